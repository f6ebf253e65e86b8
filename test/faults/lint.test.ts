// Fault catalogue of lint-gate (issue 15, items 3, 12, 13, 15): bad inputs, paths, hostile
// contents, signals, through the built action as the runner runs it, on real git repositories
// with checks that are real child processes. Cases that passed before issue 15 stay here; the
// workflow-command injection cases live in workflow-commands.test.ts, the budget's git cases in
// test/lint/cancel.test.ts.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TestRepo } from '../helpers/git.js';
import { runActionLikeRunner, type RunOptions, type RunnerResult } from '../helpers/runner.js';
import { alive, oneLine } from '../helpers/step.js';

const check = (name: string, script: string) => `- name: ${name}\n  run: ${JSON.stringify(script)}\n  shell: true\n`;

/** A repository with one file and a passing check in the default config file. */
function repo(): TestRepo {
  const r = new TestRepo();
  r.write('app.py', 'print("hello")\n');
  r.write('.shipline/lint.yml', `checks:\n${check('ok', 'true').replace(/^/gm, '  ')}`);
  r.commit('base');
  return r;
}

function gate(dir: string, inputs: Record<string, string>, extra: Partial<RunOptions> = {}): Promise<RunnerResult> {
  return runActionLikeRunner('actions/lint-gate', {
    workspace: dir,
    eventName: 'workflow_dispatch',
    inputs: { 'changed-only': 'false', ...inputs },
    timeoutMs: 60_000,
    ...extra,
  });
}

describe('lint-gate faults: bad inputs (one line naming the input and the fix; passed before issue 15)', () => {
  it.each([
    [{ 'fail-on': 'sometimes' }, /^input 'fail-on': "sometimes" is not allowed; use one of: auto, new/],
    [{ budget: '0' }, /^input 'budget': /],
    [{ parallel: 'many' }, /^input 'parallel': /],
    [{ checks: '- name: x\n  run: [' }, /checks/],
    [{ checks: '- name: x' }, /run/],
    [{ config: 'ci/lint.yml' }, /^input 'config': ci\/lint\.yml does not exist; create it/],
  ])('%j', async (inputs, line) => {
    expect(oneLine(await gate(repo().dir, inputs))).toMatch(line);
  });
});

describe('lint-gate faults: paths stay inside the workspace (issue 15 item 15)', () => {
  it.each([
    [{ config: '../lint.yml' }, /^input 'config': \.\.\/lint\.yml resolves to .*lint\.yml, outside the workspace/],
    [{ config: '/etc/passwd' }, /^input 'config': \/etc\/passwd resolves to \/etc\/passwd, outside the workspace/],
    [{ report: '../report.json' }, /^input 'report': \.\.\/report\.json resolves to .*, outside the workspace/],
    [{ sarif: '/etc/lint.sarif' }, /^input 'sarif': \/etc\/lint\.sarif resolves to \/etc\/lint\.sarif, outside/],
    [
      { baseline: '../../baseline.json' },
      /^input 'baseline': \.\.\/\.\.\/baseline\.json resolves to .*, outside the workspace/,
    ],
  ])('%j is refused before any check runs', async (inputs, line) => {
    const r = repo();
    // A config outside the workspace that would run a command, as a pull request could plant one.
    const outer = join(dirname(r.dir), 'lint.yml');
    writeFileSync(outer, `checks:\n${check('planted', 'echo PLANTED-RAN').replace(/^/gm, '  ')}`);
    const res = await gate(r.dir, inputs);
    expect(oneLine(res)).toMatch(line);
    expect(res.stdout).not.toContain('PLANTED-RAN');
    expect(existsSync(join(dirname(r.dir), 'report.json'))).toBe(false);
    expect(res.outputs.report).toBeUndefined();
  });

  it('a config that is a symlink out of the workspace is refused', async () => {
    const r = repo();
    const outer = mkdtempSync(join(tmpdir(), 'lint-outside-'));
    writeFileSync(join(outer, 'lint.yml'), `checks:\n${check('planted', 'echo PLANTED-RAN').replace(/^/gm, '  ')}`);
    mkdirSync(join(r.dir, 'ci'));
    symlinkSync(join(outer, 'lint.yml'), join(r.dir, 'ci', 'lint.yml'));
    const res = await gate(r.dir, { config: 'ci/lint.yml' });
    expect(oneLine(res)).toMatch(/^input 'config': ci\/lint\.yml resolves to .*lint-outside-.*, outside the workspace/);
    expect(res.stdout).not.toContain('PLANTED-RAN');
  });

  it('reports inside the workspace are written (already held)', async () => {
    const r = repo();
    const res = await gate(r.dir, { report: 'out/lint.json', sarif: 'out/lint.sarif' });
    expect(res.exitCode, res.stdout).toBe(0);
    expect(res.outputs.report).toBe(join(r.dir, 'out/lint.json'));
    expect(JSON.parse(readFileSync(join(r.dir, 'out/lint.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('lint-gate faults: hostile contents', () => {
  it('a check printing a secret-looking token given as the review token: masked everywhere', async () => {
    const r = repo();
    const token = 'ghs_lintFaultToken0123456789abcdefXYZ';
    const res = await gate(r.dir, { checks: check('leak', `echo app.py:1:1: error: ${token} [E1]; exit 1`), token });
    expect(res.exitCode).toBe(1);
    const shown = res.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n');
    expect(shown + res.stderr + res.summary).not.toContain(token);
    expect(shown).toMatch(/\*\*\*/);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('a check that cannot start (no such program): one line naming the check (already held)', async () => {
    const r = repo();
    const res = await gate(r.dir, { checks: '- name: ghost\n  run: no-such-linter-xyz .\n' });
    expect(res.exitCode).toBe(1);
    expect(res.outputs['failed-checks']).toBe('["ghost"]');
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });
});

describe('lint-gate faults: signals (issue 15 item 3)', () => {
  it('SIGTERM while a check runs: the check is killed, the summary and outputs written, exit 143', async () => {
    const r = repo();
    const pidFile = join(r.dir, 'check.pid');
    const res = await gate(
      r.dir,
      { checks: check('slow', `echo $$ > ${pidFile}; echo CHECK-STARTED; exec sleep 60`), budget: '600' },
      {
        onSpawn: (child, output) => {
          const poll = setInterval(() => {
            if (output().includes('CHECK-STARTED') || existsSync(pidFile)) {
              clearInterval(poll);
              child.kill('SIGTERM');
            }
          }, 50);
          child.on('exit', () => clearInterval(poll));
        },
      },
    );
    expect(res.exitCode, res.stdout + res.stderr).toBe(143);
    expect(res.outputs.result).toBe('cancelled');
    expect(res.summary).not.toBe('');
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid), 'the check process is gone').toBe(false);
  });
});
