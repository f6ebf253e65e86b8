import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, exec, formatCommand, lowerPriority } from '../../src/core/exec.js';
import { Masker } from '../../src/core/mask.js';

const dir = mkdtempSync(join(tmpdir(), 'exec-test-'));
const script = (name: string, body: string) => {
  const p = join(dir, name);
  writeFileSync(p, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return p;
};

describe('exec', () => {
  it('captures exit code, stdout and stderr of a real script', async () => {
    const r = await exec(script('out.sh', 'echo out; echo err >&2; exit 3'), []);
    expect(r).toMatchObject({ exitCode: 3, stdout: 'out\n', stderr: 'err\n', timedOut: false });
  });

  it('passes argv literally: no shell ever sees the arguments', async () => {
    const marker = join(dir, 'pwned');
    const args = ['$(touch ' + marker + ')', '`touch ' + marker + '`', '; rm -rf /', '-rf', 'a b', "it's"];
    const r = await exec(process.execPath, ['-e', 'console.log(JSON.stringify(process.argv.slice(1)))', ...args]);
    expect(JSON.parse(r.stdout)).toEqual(args);
    expect(existsSync(marker)).toBe(false);
  });

  it('a missing binary is CommandNotFoundError', async () => {
    await expect(exec('definitely-not-a-command-xyz', [])).rejects.toBeInstanceOf(CommandNotFoundError);
  });

  it('a timeout kills the whole process group, grandchildren included', async () => {
    const pidFile = join(dir, 'grandchild.pid');
    const s = script('hang.sh', `sleep 60 & echo $! > ${pidFile}; wait`);
    const r = await exec(s, [], { timeoutMs: 500 });
    expect(r.timedOut).toBe(true);
    expect(r.durationMs).toBeLessThan(10_000);
    const { readFileSync } = await import('node:fs');
    const pid = Number(readFileSync(pidFile, 'utf8'));
    await new Promise((res) => setTimeout(res, 300));
    // Gone, or a zombie waiting for a reaper (containers often have no init that reaps).
    let state = 'gone';
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0];
    } catch {
      /* gone */
    }
    expect(['gone', 'Z', 'X']).toContain(state);
  });

  it('an abort signal stops the command (fail-fast and budgets)', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 200);
    const r = await exec('sleep', ['30'], { signal: ac.signal });
    expect(r.aborted).toBe(true);
    expect(r.exitCode).toBeNull();
  });

  it('streams masked lines and masks the captured output', async () => {
    const m = new Masker();
    m.add('hunter2-secret');
    const lines: string[] = [];
    const r = await exec(script('leak.sh', 'echo "password=hunter2-secret"; echo done >&2'), [], {
      masker: m,
      onLine: (l, s) => lines.push(`${s}:${l}`),
    });
    expect(r.stdout).toBe('password=***\n');
    expect(lines).toEqual(expect.arrayContaining(['stdout:password=***', 'stderr:done']));
  });

  it('keeps the head and tail of megabytes of output and survives invalid UTF-8', async () => {
    const r = await exec(
      process.execPath,
      [
        '-e',
        "process.stdout.write(Buffer.from([0xff,0xfe,0x41])); process.stdout.write('x'.repeat(5_000_000)); process.stdout.write('END')",
      ],
      { maxOutputBytes: 1_000_000 },
    );
    expect(r.truncated).toBe(true);
    expect(r.stdout.length).toBeLessThan(1_100_000);
    expect(r.stdout.endsWith('END')).toBe(true);
    expect(r.stdout).toContain('\uFFFD');
  });

  it('feeds stdin (how passwords reach docker login)', async () => {
    const r = await exec('cat', [], { input: 'from-stdin' });
    expect(r.stdout).toBe('from-stdin');
  });

  it('formats commands for display with quoting', () => {
    expect(formatCommand(['docker', 'build', '-t', 'a b', "it's"])).toBe(`docker build -t 'a b' 'it'\\''s'`);
  });

  // The command reads its input to the end first: exec lowers the priority before it ends the
  // input, so what the command then starts (`nice` prints its own nice value) has it.
  const autogroups = existsSync('/proc/self/autogroup');
  it.each([
    [undefined, getPriority()],
    [10, Math.max(10, getPriority())],
    [19, 19],
  ])(
    'niceness %s: the command and what it starts run at nice %s, in an autogroup niced the same',
    async (niceness, want) => {
      const s = script('nice.sh', 'cat >/dev/null; nice; cat /proc/$$/autogroup 2>/dev/null || true');
      const r = await exec(s, [], { niceness, input: '' });
      const [nice, group] = r.stdout.trim().split('\n');
      expect(Number(nice)).toBe(want);
      if (autogroups) expect(group).toMatch(new RegExp(` nice ${niceness ?? 0}$`));
    },
  );

  it("lowerPriority never touches the caller's own autogroup (a command sharing its session)", async () => {
    const own = () => readFileSync('/proc/self/autogroup', 'utf8');
    const before = autogroups ? own() : '';
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      lowerPriority(child.pid!, 19);
      expect(getPriority(child.pid!)).toBe(19);
      if (autogroups) expect(own()).toBe(before);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
