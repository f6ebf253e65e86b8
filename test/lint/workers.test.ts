import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LintCheck } from '../../src/lint/types.js';
import { boundWorkers, slotsPerCheck } from '../../src/lint/workers.js';
import { TestRepo } from '../helpers/git.js';
import { available, needs } from '../helpers/real.js';
import { runLint } from './helpers.js';

const check = (run: string[], extra: Partial<LintCheck> = {}): LintCheck => ({
  name: 'c',
  run,
  shell: false,
  passFiles: true,
  format: 'gcc',
  severity: 'error',
  ...extra,
});
const dir = () => mkdtempSync(join(tmpdir(), 'lint-workers-'));
const runOf = (c: LintCheck, cwd: string, slots = 1, cores = 2) => boundWorkers(c, slots, cores, cwd).run;

describe('workers bounded to the slots the gate leaves a check', () => {
  it('slots: the cores shared by the checks running at once, at least one', () => {
    expect(slotsPerCheck(2, 2)).toBe(1);
    expect(slotsPerCheck(2, 4)).toBe(1);
    expect(slotsPerCheck(8, 3)).toBe(2);
    expect(slotsPerCheck(4, 1)).toBe(4);
    expect(slotsPerCheck(4, 0)).toBe(4);
  });

  it.each([
    [['flake8'], ['flake8', '--jobs=1']],
    [
      ['flake8', '--max-line-length', '100'],
      ['flake8', '--jobs=1', '--max-line-length', '100'],
    ],
    [
      ['python3', '-m', 'flake8', '--select', 'F'],
      ['python3', '-m', 'flake8', '--jobs=1', '--select', 'F'],
    ],
    [['/usr/bin/flake8'], ['/usr/bin/flake8', '--jobs=1']],
    // Another program that mentions flake8 is not flake8.
    [
      ['pre-commit', 'run', 'flake8'],
      ['pre-commit', 'run', 'flake8'],
    ],
    [
      ['mypy', '.'],
      ['mypy', '.'],
    ],
    // The user's own choice stands.
    [
      ['flake8', '--jobs', '4'],
      ['flake8', '--jobs', '4'],
    ],
    [
      ['flake8', '-j2'],
      ['flake8', '-j2'],
    ],
    [
      ['flake8', '--jobs=auto'],
      ['flake8', '--jobs=auto'],
    ],
    // oxlint: a thread per core unless --threads.
    [
      ['oxlint', '-f', 'json'],
      ['oxlint', '--threads=1', '-f', 'json'],
    ],
    [
      ['npx', '--no-install', 'oxlint', '-f', 'json'],
      ['npx', '--no-install', 'oxlint', '--threads=1', '-f', 'json'],
    ],
    [
      ['oxlint', '--threads=4'],
      ['oxlint', '--threads=4'],
    ],
    [
      ['oxlint', '--threads', '4'],
      ['oxlint', '--threads', '4'],
    ],
    // eslint (--concurrency off) and pylint (-j 1) use one core by default: nothing to bound.
    [
      ['eslint', '--format', 'json'],
      ['eslint', '--format', 'json'],
    ],
    [
      ['pylint', '--output-format=json'],
      ['pylint', '--output-format=json'],
    ],
  ])('%j → %j', (run, want) => {
    expect(runOf(check(run), dir())).toEqual(want);
  });

  it('unchanged when the slots are all the cores, for shell scripts and built-in checks', () => {
    const cwd = dir();
    expect(runOf(check(['flake8']), cwd, 2, 2)).toEqual(['flake8']);
    expect(runOf(check(['flake8 "$@"'], { shell: true }), cwd)).toEqual(['flake8 "$@"']);
    expect(runOf(check(['flake8'], { builtin: 'codeowners' }), cwd)).toEqual(['flake8']);
  });

  it.each([
    ['setup.cfg', '[metadata]\nname = x\n\n[flake8]\nmax-line-length = 100\njobs = 4\n'],
    ['tox.ini', '[tox]\nenvlist = py3\n[flake8]\njobs: auto\n'],
    ['.flake8', '[flake8]\nj = 2\n'],
  ])('the project sets jobs in %s: left to it', (file, text) => {
    const cwd = dir();
    writeFileSync(join(cwd, file), text);
    expect(runOf(check(['flake8']), cwd)).toEqual(['flake8']);
  });

  it('config discovery as flake8 does it: the first file with a [flake8] section, from cwd up', () => {
    const top = dir();
    const sub = join(top, 'svc');
    mkdirSync(sub);
    writeFileSync(join(top, 'tox.ini'), '[flake8]\njobs = 3\n');
    // Found from a subfolder.
    expect(runOf(check(['flake8']), sub)).toEqual(['flake8']);
    // A nearer config without jobs wins over the parent's (flake8 reads only one).
    writeFileSync(join(sub, 'setup.cfg'), '[flake8]\nmax-line-length = 100\n');
    expect(runOf(check(['flake8']), sub)).toEqual(['flake8', '--jobs=1']);
    // jobs in another tool's section is not flake8's.
    writeFileSync(join(sub, 'setup.cfg'), '[pylint]\njobs = 4\n[flake8]\nselect = F\n');
    expect(runOf(check(['flake8']), sub)).toEqual(['flake8', '--jobs=1']);
    // --config names the file; --isolated reads none.
    writeFileSync(join(sub, 'ci.cfg'), '[flake8]\njobs = 2\n');
    expect(runOf(check(['flake8', '--config', 'ci.cfg']), sub)).toEqual(['flake8', '--config', 'ci.cfg']);
    expect(runOf(check(['flake8', '--isolated']), top)).toEqual(['flake8', '--jobs=1', '--isolated']);
  });

  needs('flake8 (Debian)', available('flake8'))(
    'the gate runs real flake8 with the bounded workers beside another check, findings intact',
    async () => {
      const repo = new TestRepo();
      repo.write('a.py', 'import os\n').write('b.py', 'import sys\n').write('c.txt', 'ok\n').commit('base');
      const r = await runLint(repo.dir, {
        all: 'true',
        parallel: '2',
        checks:
          "- name: flake8\n  run: flake8\n  files: ['**/*.py']\n  format: gcc\n- name: txt\n  run: cat\n  files: ['*.txt']\n",
      });
      const cores = availableParallelism();
      const ran = r.logger.lines.find((l) => l.startsWith('$ flake8'));
      expect(ran).toBe(cores > 1 ? `$ flake8 --jobs=${Math.floor(cores / 2)} a.py b.py` : '$ flake8 a.py b.py');
      expect(r.outputs.findings).toBe('2');
      expect(r.exitCode).toBe(1);
    },
  );

  it('the gate runs real oxlint on one thread beside another check, findings intact', async () => {
    const repo = new TestRepo();
    repo.write('a.js', 'debugger;\n').write('b.js', '\ndebugger;\n').write('c.txt', 'ok\n').commit('base');
    const oxlint = join(import.meta.dirname, '../../node_modules/.bin/oxlint');
    const r = await runLint(repo.dir, {
      all: 'true',
      parallel: '2',
      checks: `- name: oxlint\n  run: ${oxlint} -f json\n  files: ['**/*.js']\n  format: oxlint-json\n- name: txt\n  run: cat\n  files: ['*.txt']\n`,
    });
    const cores = availableParallelism();
    const ran = r.logger.lines.find((l) => l.startsWith(`$ ${oxlint}`));
    expect(ran).toBe(`$ ${oxlint}${cores > 1 ? ` --threads=${Math.floor(cores / 2)}` : ''} -f json a.js b.js`);
    expect(r.outputs.findings).toBe('2');
    expect(r.exitCode).toBe(1);
  });
});
