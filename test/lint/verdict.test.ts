import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { fingerprint, unmatched } from '../../src/lint/fingerprint.js';
import type { GateReport } from '../../src/lint/report.js';
import type { Finding } from '../../src/lint/types.js';
import { TestRepo } from '../helpers/git.js';
import { runCli } from '../../src/cli.js';
import { cleanEnv, runLint } from './helpers.js';

/** A linter made of grep: `file:line: error: …` for each line holding "bad", a warning for "meh". */
const GREP = dump([
  {
    name: 'grep',
    run: `sh -c 'grep -Hn bad "$@" | sed "s/:/: error: /2"; grep -Hn meh "$@" | sed "s/:/: warning: /2"; ! grep -q -e bad -e meh "$@"' grep`,
    files: ['*.txt'],
    format: 'gcc',
  },
]);
/** A linter whose findings depend on another line: with a `strict` line, every line holding "x" is a finding. */
const STRICT = dump([
  {
    name: 'strict',
    run: `sh -c 'for f; do grep -q "^strict" "$f" && grep -Hn x "$f"; done; true' strict`,
    files: ['*.txt'],
    format: 'gcc',
  },
]);
const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
const where = (r: { ctx: { annotations: { all: ReadonlyArray<{ file?: string; line?: number }> } } }) =>
  r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`).sort();

/** main holds 3 old findings in a.txt; the branch works on top of it. */
function repoWithDebt(): TestRepo {
  const r = new TestRepo();
  r.write('a.txt', 'one\nbad old 1\ntwo\nbad old 2\nmeh old\n').write('b.txt', 'fine\n');
  r.commit('base with debt');
  r.git('checkout', '-q', '-b', 'feature');
  return r;
}

describe('fail-on new', () => {
  it('a change adding no finding passes, and the summary says why', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one (docstring edited)\nbad old 1\ntwo\nbad old 2\nmeh old\n').commit('edit line 1');
    const r = await runLint(repo.dir, { checks: GREP });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.result).toBe('passed');
    expect(r.outputs['failing-findings']).toBe('0');
    const rep = report(r);
    expect(rep.verdict.reason).toBe(
      'no new findings; 3 existing findings (3 in touched files) not counted (fail-on: new, fail-level: warning)',
    );
    expect(r.summary).toContain(`**${rep.verdict.reason}**`);
    expect(rep.verdict.base?.source).toBe('worktree');
    expect(r.ctx.annotations.all).toHaveLength(0);
  });

  it('a finding moved by an insertion above it is not new', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'inserted\nlines\none\nbad old 1\ntwo\nbad old 2\nmeh old\n').commit('insert above');
    const r = await runLint(repo.dir, { checks: GREP });
    expect(r.exitCode).toBe(0);
    expect(report(r).findings.map((f) => [f.line, f.new])).toEqual([
      [4, false],
      [6, false],
      [7, false],
    ]);
  });

  it('a change adding findings fails with exactly those annotated', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one\nbad old 1\ntwo\nbad new\nbad old 2\nmeh old\nmeh new\n').write('c.txt', 'bad c\n');
    repo.commit('add findings');
    const r = await runLint(repo.dir, { checks: GREP, annotate: 'none' });
    expect(r.exitCode).toBe(1);
    expect(where(r)).toEqual(['a.txt:4', 'a.txt:7', 'c.txt:1']);
    expect(report(r).verdict.reason).toBe(
      '3 new findings (2 errors, 1 warning), 3 on changed lines; 3 existing findings (3 in touched files) not counted (fail-on: new, fail-level: warning)',
    );
    expect(r.outputs['failing-findings']).toBe('3');
  });

  it('a duplicate of an old finding is new (each base finding matches once)', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one\nbad old 1\ntwo\nbad old 2\nmeh old\nbad old 2\n').commit('duplicate');
    const r = await runLint(repo.dir, { checks: GREP });
    expect(where(r)).toEqual(['a.txt:6']);
  });

  it('a finding the change causes on an unchanged line counts as new', async () => {
    const repo = new TestRepo();
    repo.write('s.txt', 'plain\nx marks\nend\n').commit('base');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write('s.txt', 'strict\nplain\nx marks\nend\n').commit('turn strict on');
    const r = await runLint(repo.dir, { checks: STRICT, annotate: 'changed-lines' });
    expect(r.exitCode).toBe(1);
    // Line 3 did not change, but its finding is new: it is annotated although off the changed lines.
    expect(where(r)).toEqual(['s.txt:3']);
  });

  it('fail-level error: new warnings are reported, not failing', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one\nbad old 1\ntwo\nbad old 2\nmeh old\nmeh new\n').commit('new warning');
    const r = await runLint(repo.dir, { checks: GREP, 'fail-level': 'error' });
    expect(r.exitCode).toBe(0);
    expect(report(r).verdict.reason).toMatch(/^no new findings; 2 findings below fail-level error not counted; /);
  });

  it('a committed baseline replaces the base run', async () => {
    const repo = repoWithDebt();
    // The baseline is written on main (every file), then the branch adds one finding.
    repo.git('checkout', '-q', 'main');
    const first = await runLint(repo.dir, { checks: GREP, all: 'true' });
    expect(first.outputs.findings).toBe('3');
    // `shipline lint baseline` through the CLI front door.
    let out = '';
    const code = await runCli(['lint', 'baseline', '--cwd', repo.dir, `--checks=${GREP}`], cleanEnv(), {
      out: (s) => void (out += s),
      err: (s) => void (out += s),
    });
    expect(code, out).toBe(0);
    expect(out).toMatch(/baseline written: .*lint-baseline\.json \(3 findings\); commit it/);
    const file = join(repo.dir, '.shipline/lint-baseline.json');
    expect(existsSync(file)).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1, findings: expect.any(Array) });
    repo.commit('baseline');
    repo.git('checkout', '-q', '-b', 'work');
    repo.write('a.txt', 'zero\none\nbad old 1\ntwo\nbad old 2\nmeh old\nbad new\n').commit('work');
    const r = await runLint(repo.dir, { checks: GREP });
    expect(report(r).verdict.base?.source).toBe('baseline');
    expect(where(r)).toEqual(['a.txt:7']);
  });

  it('an unparsed check fails as a whole, with an annotation saying so', async () => {
    const repo = repoWithDebt();
    repo.write('b.txt', 'fine\nchanged\n').commit('change');
    const r = await runLint(repo.dir, { checks: `- name: opaque\n  run: sh -c 'echo something is off; exit 1'\n` });
    expect(r.exitCode).toBe(1);
    expect(report(r).verdict.wholeChecks).toEqual([
      {
        name: 'opaque',
        why: 'exit code 1; its output is not parsed into findings (format: text), so it passes or fails as a whole',
      },
    ]);
    expect(r.ctx.annotations.all).toMatchObject([{ level: 'error', title: 'opaque failed as a whole' }]);
  });
});

describe('other fail-on modes', () => {
  it.each([
    ['changed-lines', 1, ['a.txt:4']],
    ['changed-files', 1, ['a.txt:2', 'a.txt:4', 'a.txt:5', 'a.txt:6']],
    ['any', 1, ['a.txt:2', 'a.txt:4', 'a.txt:5', 'a.txt:6']],
  ])('fail-on %s', async (failOn, code, annotated) => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one\nbad old 1\ntwo\nbad new\nbad old 2\nmeh old\n').commit('one new');
    const r = await runLint(repo.dir, { checks: GREP, 'fail-on': failOn, annotate: 'none' });
    expect(r.exitCode).toBe(code);
    expect(where(r)).toEqual(annotated);
    expect(report(r).verdict.base).toBeUndefined();
  });

  it('a whole-project check (no files glob): changed files are listed only for the verdict, and still right', async () => {
    const repo = repoWithDebt();
    repo.write('a.txt', 'one\nbad old 1\ntwo\nbad old 2\nmeh old\n').write('b.txt', 'fine\nbad new\n').commit('b');
    // The same grep on every .txt file, the way a whole-project linter runs.
    const whole = dump([{ ...(load(GREP) as Array<{ run: string }>)[0], files: undefined }]).replaceAll(
      '"$@"',
      '*.txt',
    );
    expect(whole).not.toContain('files:');
    const r = await runLint(repo.dir, { checks: whole, 'fail-on': 'changed-files', annotate: 'none' });
    expect(report(r).checks, r.logger.text).toMatchObject([{ name: 'grep', status: 'failed' }]);
    expect(where(r), report(r).verdict.reason).toEqual(['b.txt:2']);
    expect(report(r).changedFiles).toBeNull();
    expect(r.summary).toContain('on the whole project (no check picks files; changes: ');
  });

  it('--all defaults to fail-on any', async () => {
    const repo = repoWithDebt();
    const r = await runLint(repo.dir, { checks: GREP, all: 'true' });
    expect(report(r).verdict.failOn).toBe('any');
    expect(r.exitCode).toBe(1);
  });
});

describe('fingerprints', () => {
  const f = (line: number, message = 'm'): Finding => ({ check: 'c', file: 'x', line, message, severity: 'error' });
  it('match moved lines, and fall back to the line alone when a neighbour changed', () => {
    const base = ['a', 'B', 'c'];
    const head = ['new', 'a', 'B', 'c'];
    const edited = ['a2', 'B', 'c'];
    const b = [fingerprint(f(2), base)];
    expect(unmatched([fingerprint(f(3), head)], b).size).toBe(0);
    expect(unmatched([fingerprint(f(2), edited)], b).size).toBe(0);
    expect(unmatched([fingerprint(f(2, 'other'), base)], b)).toEqual(new Set([0]));
  });
  it('line numbers inside messages do not make a finding new', () => {
    expect(fingerprint(f(1, 'redefinition of x from line 12'), ['l']).exact).toBe(
      fingerprint(f(1, 'redefinition of x from line 40'), ['l']).exact,
    );
  });
});
