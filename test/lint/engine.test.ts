import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git.js';
import { available, needs } from '../helpers/real.js';
import { parseSarif } from '../../src/lint/parsers.js';
import type { GateReport } from '../../src/lint/report.js';
import { cleanEnv, gitFirstOnPath, runLint } from './helpers.js';
import { alive } from '../helpers/step.js';
import { ROOT } from '../helpers/runner.js';

/** main: a.txt (line 1 holds "bad") and b.txt; the work: line 2 of a.txt changed (committed), c.txt new (untracked). */
function featureRepo(): TestRepo {
  const r = new TestRepo();
  r.write('a.txt', 'one bad\ntwo\nthree\n').write('b.txt', 'bad line\n').write('keep.md', '# x\n');
  r.commit('base');
  r.git('checkout', '-q', '-b', 'feature');
  r.write('a.txt', 'one bad\nbad two\nthree\n').commit('change line 2');
  r.write('c.txt', 'bad c\n');
  return r;
}

/** A "linter" made of grep: prints `file:line:text` for each line holding "bad", and fails then. */
const GREP = `- name: grep\n  run: sh -c '! grep -Hn bad "$@"' grep\n  files: ['*.txt']\n  format: gcc\n`;

const yaml = (checks: unknown[]) => dump(checks);

const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;

describe('changed files and lines', () => {
  it('lints only changed files locally (working tree against the merge-base with main)', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('failed');
    const rep = report(r);
    expect(rep.changedOnly).toBe(true);
    expect(rep.checks[0]).toMatchObject({ name: 'grep', status: 'failed', files: 2 });
    expect(rep.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['a.txt:1', 'a.txt:2', 'c.txt:1']);
    expect(r.outputs.findings).toBe('3');
    expect(r.outputs['failed-checks']).toBe('["grep"]');
  });

  it('--all lints every file', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP, all: 'true' });
    expect(
      report(r)
        .findings.map((f) => f.file)
        .sort(),
    ).toEqual(['a.txt', 'a.txt', 'b.txt', 'c.txt']);
    expect(report(r).changedOnly).toBe(false);
  });

  it.each([
    ['changed-lines', ['a.txt:2', 'c.txt:1']],
    ['changed-files', ['a.txt:1', 'a.txt:2', 'c.txt:1']],
    ['all', ['a.txt:1', 'a.txt:2', 'c.txt:1']],
    // Failing findings (new ones, fail-on new) are always annotated.
    ['none', ['a.txt:2', 'c.txt:1']],
  ])('annotate: %s', async (annotate, where) => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP, annotate });
    expect(r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`).sort()).toEqual(where);
    // Every finding is in the summary: annotated ones by the adapter's table, the rest here.
    const hidden = 3 - where.length;
    if (hidden) expect(r.summary).toContain(`Findings not annotated (${hidden})`);
    else expect(r.summary).not.toContain('Findings not annotated');
  });

  it('a check with no matching changed file is skipped and the summary says so', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP + `- name: py\n  run: flake8\n  files: ['**/*.py']\n` });
    const rep = report(r);
    expect(rep.checks[1]).toMatchObject({ name: 'py', status: 'skipped', detail: 'no changed file matches **/*.py' });
    expect(r.summary).toMatch(/\| py \| ⏭️ skipped \|/);
  });

  it('--staged lints what is staged, not other edits', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', 'ok\n').write('b.txt', 'ok\n').commit('base');
    repo.write('a.txt', 'ok\nbad staged\n').write('b.txt', 'bad unstaged\n');
    repo.git('add', 'a.txt');
    const r = await runLint(repo.dir, { checks: GREP, staged: 'true' });
    expect(report(r).findings.map((f) => f.file)).toEqual(['a.txt']);
    expect(report(r).range?.kind).toBe('staged');
  });

  it('when the changed lines cannot be told after the checks ran, the results stand and every finding is annotated', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP, 'changed-only': 'false', base: 'no-such-ref' });
    expect(r.logger.text).toMatch(
      /warning: could not tell the changed lines \(--base: "no-such-ref" is not a commit|warning: could not tell the changed lines \(input 'base': "no-such-ref"/,
    );
    expect(report(r).findings).toHaveLength(4);
    expect(r.ctx.annotations.all).toHaveLength(4);
  });

  it('from a subfolder: only its changed files, findings named from there, annotations from the root', async () => {
    const repo = new TestRepo();
    repo.write('services/api/x.txt', 'ok\nbad old\n').write('other/y.txt', 'ok\n').commit('base');
    repo.git('checkout', '-q', '-b', 'work');
    repo
      .write('services/api/x.txt', 'bad new\nbad old\n')
      .write('other/y.txt', 'bad\n')
      .write('services/api/new.txt', 'bad\n');
    const r = await runLint(join(repo.dir, 'services/api'), { checks: GREP });
    const rep = report(r);
    expect(rep.findings.map((f) => `${f.file}:${f.line}`).sort()).toEqual(['new.txt:1', 'x.txt:1', 'x.txt:2']);
    expect(r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`).sort()).toEqual([
      'services/api/new.txt:1',
      'services/api/x.txt:1',
    ]);
  });

  it('outside a git repository every file is linted; changed-only: true is a config error', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'nogit-'));
    writeFileSync(join(dir, 'x.txt'), 'bad\n');
    const r = await runLint(dir, { checks: GREP });
    expect(report(r).findings).toHaveLength(1);
    expect(r.logger.text).toMatch(/is not a git repository: linting every file/);
    const t = await runLint(dir, { checks: GREP, 'changed-only': 'true' });
    expect(t.exitCode).toBe(2); // an input error on the CLI
    expect(t.logger.text).toMatch(/error: --changed-only: needs a git repository/);
  });
});

describe('parallel, budget, fail-fast, timeouts', () => {
  const sleeper = (name: string, s: number, extra = '') => `- name: ${name}\n  run: sleep ${s}\n${extra}`;

  it('checks run in parallel up to `parallel`', async () => {
    const repo = featureRepo();
    const checks = sleeper('s1', 1) + sleeper('s2', 1) + sleeper('s3', 1);
    const t0 = Date.now();
    const r = await runLint(repo.dir, { checks, parallel: '3' });
    const par = Date.now() - t0;
    expect(r.exitCode).toBe(0);
    expect(par).toBeLessThan(2500);
    const t1 = Date.now();
    await runLint(repo.dir, { checks, parallel: '1' });
    expect(Date.now() - t1).toBeGreaterThanOrEqual(3000);
  });

  it('whole-project checks start first; results keep the config order', async () => {
    const repo = featureRepo();
    const log = join(repo.dir, 'order.log');
    const checks = yaml([
      { name: 'per-file', run: `echo per-file >> ${log}; : {files}`, shell: true, files: ['*.txt'] },
      { name: 'whole', run: `echo whole >> ${log}`, shell: true },
    ]);
    const r = await runLint(repo.dir, { checks, parallel: '1' });
    expect(readFileSync(log, 'utf8')).toBe('whole\nper-file\n');
    expect(report(r).checks.map((c) => c.name)).toEqual(['per-file', 'whole']);
  });

  it('when the budget runs out, running checks are killed with their process group and named', async () => {
    const repo = featureRepo();
    const pidFile = join(repo.dir, 'grandchild.pid');
    // The check starts a grandchild in the background: killing only `sh` would leave it running.
    const checks =
      `- name: hang\n  run: sleep 60 & echo $! > ${pidFile}; wait\n  shell: true\n` +
      sleeper('quick', 0) +
      sleeper('queued', 0);
    const t0 = Date.now();
    const r = await runLint(repo.dir, { checks, budget: '1', parallel: '1' });
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(r.exitCode).toBe(1);
    const rep = report(r);
    expect(rep.checks.map((c) => [c.name, c.status])).toEqual([
      ['hang', 'over-budget'],
      ['quick', 'over-budget'],
      ['queued', 'over-budget'],
    ]);
    expect(r.logger.text).toMatch(
      /error: lint gate failed: .*hang failed as a whole: killed: the gate's budget ran out; quick failed as a whole: not started/,
    );
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((res) => setTimeout(res, 300));
    expect(alive(pid)).toBe(false);
  });

  it('fail-fast cancels the rest at the first failure', async () => {
    const repo = featureRepo();
    const checks = `- name: fails\n  run: sh -c "exit 3"\n` + sleeper('slow', 30) + sleeper('later', 30);
    const t0 = Date.now();
    const r = await runLint(repo.dir, { checks, 'fail-fast': 'true', parallel: '2' });
    expect(Date.now() - t0).toBeLessThan(8000);
    expect(report(r).checks.map((c) => [c.name, c.status])).toEqual([
      ['fails', 'failed'],
      ['slow', 'cancelled'],
      ['later', 'cancelled'],
    ]);
    expect(r.outputs['failed-checks']).toBe('["fails"]');
    expect(r.logger.text).toMatch(
      /error: lint gate failed: .*fails failed as a whole: exit code 3; its output is not parsed/m,
    );
  });

  it('a check past its own timeout is killed and fails', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: sleeper('slow', 30, '  timeout: 1\n') + sleeper('ok', 0) });
    expect(report(r).checks.map((c) => [c.name, c.status, c.detail])).toEqual([
      ['slow', 'timed-out', 'killed after its 1 s timeout'],
      ['ok', 'passed', undefined],
    ]);
    expect(r.exitCode).toBe(1);
  });

  it('severity: warning reports but never fails the gate', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP.replace('format: gcc', 'format: gcc\n  severity: warning') });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.result).toBe('passed');
    expect(report(r).checks[0].status).toBe('warned');
    expect(r.ctx.annotations.all.every((a) => a.level === 'warning')).toBe(true);
  });
});

describe('faults', () => {
  it('a missing binary is one clear line', async () => {
    const repo = featureRepo();
    const r = await runLint(
      repo.dir,
      { checks: `- name: eslint\n  run: eslint .\n` },
      { env: cleanEnv({ PATH: '/usr/bin:/bin' }) },
    );
    expect(r.exitCode).toBe(1);
    expect(report(r).checks[0]).toMatchObject({
      status: 'error',
      detail: 'eslint not found: add it to devDependencies or remove the check',
    });
    expect(r.logger.text).toMatch(
      /error: lint gate failed: .*eslint failed as a whole: eslint not found: add it to devDependencies or remove the check/,
    );
    expect(r.logger.text).not.toMatch(/crashed|at .*\.js:\d+/);
  });

  it('a check printing megabytes is bounded: output capped, findings capped, the gate finishes', async () => {
    const repo = featureRepo();
    // ~45 MB of finding lines.
    const checks = yaml([
      { name: 'flood', run: "yes 'a.txt:1:1: E100 flood' | head -n 2000000; exit 1", shell: true, format: 'gcc' },
    ]);
    const r = await runLint(repo.dir, { checks, annotate: 'all' });
    const rep = report(r);
    expect(rep.checks[0].status).toBe('failed');
    expect(rep.checks[0].findings).toBe(2000);
    expect(rep.checks[0].detail).toMatch(/output over 16 MiB was cut in the middle/);
    expect(rep.checks[0].parseError).toMatch(/only the first 2000 are kept/);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(200_000);
  });

  it('invalid UTF-8 in output is decoded, never a crash', async () => {
    const repo = featureRepo();
    const checks = yaml([
      { name: 'bytes', run: "printf 'a.txt:2:1: bad \\377\\376 bytes\\n'; exit 1", shell: true, format: 'gcc' },
    ]);
    const r = await runLint(repo.dir, { checks });
    expect(report(r).findings[0]).toMatchObject({ file: 'a.txt', line: 2, message: 'bad \uFFFD\uFFFD bytes' });
  });

  it('output that is not in the declared format still shows in full in the log', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, {
      checks: `- name: broken\n  run: sh -c "echo Oops, config error; exit 2"\n  format: eslint-json\n`,
    });
    const c = report(r).checks[0];
    expect(c.status).toBe('failed');
    expect(c.parseError).toMatch(/not eslint JSON/);
    expect(r.logger.text).toContain('Oops, config error');
    expect(r.summary).toContain('broken: output (no findings parsed)');
  });

  it('file names like $(touch pwned).txt and -rf reach the linter as plain names', async () => {
    const repo = new TestRepo();
    repo.write('ok.txt', 'fine\n').commit('base');
    repo.write('$(touch pwned).txt', 'bad\n').write('-rf.txt', 'bad\n').write('`id`.txt', 'bad\n');
    // printf echoes its argv; a shell check gets the names as "$@".
    const checks = `- name: argv\n  run: printf '%s\\n'\n  files: ['*.txt']\n- name: viashell\n  run: for f in {files}; do grep -Hn bad "$f"; done\n  shell: true\n  files: ['*.txt']\n  format: gcc\n`;
    const r = await runLint(repo.dir, { checks });
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    const argvOut = r.logger.lines.join('\n');
    expect(argvOut).toContain('./-rf.txt');
    expect(argvOut).toContain('$(touch pwned).txt');
    expect(
      report(r)
        .findings.map((f) => f.file)
        .sort(),
    ).toEqual(['$(touch pwned).txt', '-rf.txt', '`id`.txt']);
  });

  needs('flake8 (Debian)', available('flake8'))('real flake8 on hostile file names', async () => {
    const repo = new TestRepo();
    repo.write('ok.py', 'x = 1\n').commit('base');
    repo.write('$(touch pwned).py', 'import os\n').write('-rf.py', 'import sys\n');
    const r = await runLint(repo.dir, {
      checks: `- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n`,
    });
    expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(
      report(r)
        .findings.map((f) => `${f.file} ${f.rule}`)
        .sort(),
    ).toEqual(['$(touch pwned).py F401', '-rf.py F401']);
  });
});

describe('fix, JSON and SARIF', () => {
  it('--fix runs each fix command on the files, then the gate', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP + `  fix: sed -i s/bad/good/\n`, fix: 'true' });
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(repo.dir, 'c.txt'), 'utf8')).toBe('good c\n');
    // Unchanged files are not touched.
    expect(readFileSync(join(repo.dir, 'b.txt'), 'utf8')).toBe('bad line\n');
  });

  it('--json prints the report alone and no outputs or annotations', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP, json: 'true' });
    expect(r.outputs).toEqual({});
    expect(r.ctx.annotations.all).toEqual([]);
    const infos = r.logger.lines.filter((l) => !l.startsWith('debug:') && !l.startsWith('error:'));
    expect(infos).toHaveLength(1);
    const rep = JSON.parse(infos[0]) as GateReport;
    expect(rep.result).toBe('failed');
    expect(rep.findings).toHaveLength(3);
  });

  it('writes SARIF 2.1.0 that reads back to the same findings', async () => {
    const repo = featureRepo();
    const r = await runLint(repo.dir, { checks: GREP, sarif: 'out/lint.sarif' });
    const sarif = readFileSync(join(repo.dir, 'out/lint.sarif'), 'utf8');
    expect(JSON.parse(sarif).version).toBe('2.1.0');
    expect(
      parseSarif(sarif)
        .map((f) => `${f.file}:${f.line}`)
        .sort(),
    ).toEqual(
      report(r)
        .findings.map((f) => `${f.file}:${f.line}`)
        .sort(),
    );
  });
});

describe('git work off the critical path', () => {
  /** A `git` first on PATH that stamps each call (ns since the epoch) before running the real one. */
  function stampedGit(): { env: NodeJS.ProcessEnv; calls: () => Array<{ at: number; args: string }> } {
    const bin = gitFirstOnPath((dir) => `echo "$(date +%s%N) $*" >> '${join(dir, 'calls')}'`);
    const log = join(bin, 'calls');
    return {
      env: cleanEnv(),
      calls: () =>
        (existsSync(log) ? readFileSync(log, 'utf8') : '')
          .split('\n')
          .filter(Boolean)
          .map((l) => ({ at: Number(l.slice(0, l.indexOf(' '))), args: l.slice(l.indexOf(' ') + 1) })),
    };
  }

  it('reads the changed lines while a longer check still runs, once a finished check has findings', async () => {
    const repo = featureRepo();
    const git = stampedGit();
    const ended = join(repo.dir, '.slow-ended');
    // grep ends at once with findings; slow holds its slot for 1.5 s and stamps its end.
    const slow = `- name: slow\n  run: sh -c 'sleep 1.5; date +%s%N > ${ended}'\n  files: ['*.txt']\n  pass-files: false\n`;
    const r = await runLint(repo.dir, { checks: GREP + slow, all: 'true', parallel: '2' }, { env: git.env });
    expect(r.outputs.result).toBe('failed');
    const diffs = git.calls().filter((c) => / diff /.test(c.args));
    expect(diffs.length).toBeGreaterThan(0);
    // The changed lines (for annotations, annotate: changed-lines) were read before slow ended.
    expect(diffs[0].at).toBeLessThan(Number(readFileSync(ended, 'utf8')));
    expect(report(r).findings.length).toBe(4);
  });

  it('lists the repository once in a zero-config run of every file: the files detection listed are linted', async () => {
    const r = new TestRepo();
    r.write('.prettierrc', '{}\n').write('src/a.ts', 'const a = 1;\n').write('.gitignore', 'node_modules\n');
    symlinkSync(join(ROOT, 'node_modules'), join(r.dir, 'node_modules'));
    r.commit('init');
    r.write('src/b.ts', 'const   b =  2\n'); // untracked, not ignored: listed, and linted
    const git = stampedGit();
    const run = await runLint(r.dir, { all: 'true' }, { env: git.env });
    expect(report(run).source.kind).toBe('detected');
    expect(report(run).findings.map((f) => `${f.check} ${f.file}`)).toEqual(['prettier src/b.ts']);
    expect(git.calls().filter((c) => /ls-files -z --cached --others/.test(c.args))).toHaveLength(1);
  });

  it('starts no diff when no check has findings', async () => {
    const repo = featureRepo();
    const git = stampedGit();
    const clean = `- name: clean\n  run: 'true'\n  files: ['*.txt']\n`;
    const r = await runLint(repo.dir, { checks: clean, all: 'true' }, { env: git.env });
    expect(r.outputs.result).toBe('passed');
    expect(git.calls().map((c) => c.args)).not.toContainEqual(expect.stringMatching(/ diff /));
  });
});
