import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/runner.js';

/** Start the child tool, wait until its command runs, return it with a promise of its exit. */
async function start(mode: 'children' | 'stubborn', env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-cancel-'));
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/core/cancel/child.ts'), dir, mode], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  child.stdout.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 300 && !existsSync(join(dir, 'ready')); i++) await new Promise((r) => setTimeout(r, 50));
  expect(existsSync(join(dir, 'ready')), stderr).toBe(true);
  return { child, dir, exited, output: () => stderr };
}

/** Gone: no such process, or a zombie waiting for a reaper that this container may not have. */
function gone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

describe('cancellation: the boundary on SIGINT / SIGTERM, with real processes', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s kills the command and its grandchild, writes the summary, runs cleanups, exits %i',
    async (sig, code) => {
      const run = await start('children');
      const grandchild = Number(readFileSync(join(run.dir, 'grandchild.pid'), 'utf8'));
      expect(gone(grandchild)).toBe(false);
      run.child.kill(sig);
      expect(await run.exited, run.output()).toBe(code);
      for (let i = 0; i < 40 && !gone(grandchild); i++) await new Promise((r) => setTimeout(r, 50));
      expect(gone(grandchild), `grandchild ${grandchild} is gone`).toBe(true);
      expect(readFileSync(join(run.dir, 'summary.md'), 'utf8')).toContain('the command ended: aborted=true');
      expect(readFileSync(join(run.dir, 'cleaned'), 'utf8')).toBe('yes');
      expect(existsSync(join(run.dir, 'credentials')), 'the cleanup removed the credentials').toBe(false);
      expect(run.output()).toContain(`${sig}: cancelling`);
    },
  );

  it('a second signal exits at once, even when the tool ignores the first', async () => {
    const run = await start('stubborn', { SHIPLINE_CANCEL_GRACE_MS: '300000' });
    run.child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 200));
    expect(run.child.exitCode).toBe(null);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(130);
  });

  it('a tool that ignores the abort is ended when the grace period is over', async () => {
    const run = await start('stubborn', { SHIPLINE_CANCEL_GRACE_MS: '300' });
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(143);
  });
});
