import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/lint/report.js';
import { available } from '../helpers/real.js';
import { cleanEnv, runLint } from './helpers.js';

/**
 * A real Python project with old findings, as a new team adopting the gate would have it:
 * kennethreitz/records (ea42736), with the real flake8 as zero-config detection sets it up
 * (mypy is left out here only for time: it takes 20 s cold on this project). Its code is not committed: the test clones it from SHIPLINE_RECORDS_REPO (a clone
 * or mirror; see test/fixtures/lint/real/README.md) and is skipped without one.
 */
const source = process.env.SHIPLINE_RECORDS_REPO ?? '/work/.mirror/kennethreitz+records/repo';
const ready = existsSync(source) && available('flake8') && available('mypy', ['--version']);

function clone(): { dir: string; git: (...a: string[]) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'lint-records-'));
  execFileSync('git', ['clone', '-q', source, dir]);
  const git = (...a: string[]) =>
    execFileSync('git', ['-c', 'user.email=dev@example.com', '-c', 'user.name=Dev', ...a], {
      cwd: dir,
      encoding: 'utf8',
    });
  git('checkout', '-q', '-b', 'pr');
  return { dir, git };
}
const edit = (dir: string, file: string, fn: (s: string) => string) =>
  writeFileSync(join(dir, file), fn(readFileSync(join(dir, file), 'utf8')));
const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;
const env = () => cleanEnv({ PATH: '/usr/bin:/bin' });
const FLAKE8 = `- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n`;

describe.skipIf(!ready)('a real repository with old findings (kennethreitz/records)', () => {
  it('a pull request changing one docstring line passes with fail-on new, and says why', async () => {
    const { dir, git } = clone();
    edit(dir, 'records.py', (s) =>
      s.replace('"""A row, from a query, from a database."""', '"""One row of a query result."""'),
    );
    git('commit', '-qam', 'docstring');
    const r = await runLint(dir, { checks: FLAKE8 }, { env: env() });
    const rep = report(r);
    expect(rep.verdict.failOn).toBe('new');
    expect(r.exitCode).toBe(0);
    expect(rep.findings.length).toBe(8);
    expect(rep.verdict.reason).toMatch(/^no new findings; \d+ existing findings \(\d+ in touched files\) not counted/);
    expect(r.ctx.annotations.all).toHaveLength(0);
  }, 60_000);

  it('a pull request adding findings fails with exactly those annotated; findings it moved stay old', async () => {
    const { dir, git } = clone();
    // An unused import at the top moves every old finding of the file down one line.
    edit(dir, 'records.py', (s) =>
      s
        .replace('import os\n', 'import os\nimport json\n')
        .replace(
          '    """A row, from a query, from a database."""',
          '    """A row, from a query, from a database."""\n    unused_name = 1 ;',
        ),
    );
    git('commit', '-qam', 'add findings');
    const r = await runLint(dir, { checks: FLAKE8 }, { env: env() });
    const rep = report(r);
    expect(r.exitCode).toBe(1);
    const failing = rep.findings
      .filter((f) => f.verdict === 'failing')
      .map((f) => `${f.check} ${f.file}:${f.line} ${f.rule}`);
    expect(failing.sort()).toEqual([
      'flake8 records.py:28 E203',
      'flake8 records.py:28 E703',
      'flake8 records.py:4 F401',
    ]);
    expect(r.ctx.annotations.all.map((a) => `${a.file}:${a.line}`).sort()).toEqual([
      'records.py:28',
      'records.py:28',
      'records.py:4',
    ]);
    // The old findings of records.py all moved down by the inserted lines, and none is new.
    expect(rep.findings.filter((f) => f.file === 'records.py' && f.verdict === 'not-counted').length).toBeGreaterThan(
      3,
    );
  }, 60_000);
});
