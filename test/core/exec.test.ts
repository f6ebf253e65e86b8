import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandNotFoundError, exec, formatCommand } from '../../src/core/exec.js';
import { CpuPriority } from '../../src/core/priority.js';
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
      const r = await exec(s, [], {
        priority: niceness === undefined ? undefined : new CpuPriority(niceness),
        input: '',
      });
      const [nice, group] = r.stdout.trim().split('\n');
      expect(Number(nice)).toBe(want);
      if (autogroups) expect(group).toMatch(new RegExp(` nice ${niceness ?? 0}$`));
    },
  );

  it.runIf(autogroups)('a raised priority reaches the running command: its autogroup back at nice 0', async () => {
    const ready = join(dir, 'raised');
    // Prints its autogroup, then waits for the raise (bounded: a failure still ends) and prints it again.
    const s = script(
      'raise.sh',
      `cat >/dev/null; cat /proc/$$/autogroup; i=0; while [ ! -e ${ready} ] && [ $i -lt 500 ]; do sleep 0.01; i=$((i+1)); done; ` +
        `i=0; while ! grep -q ' nice 0$' /proc/$$/autogroup && [ $i -lt 300 ]; do sleep 0.01; i=$((i+1)); done; cat /proc/$$/autogroup`,
    );
    const priority = new CpuPriority(19);
    const r = await exec(s, [], {
      priority,
      input: '',
      onLine: () => {
        priority.raise();
        writeFileSync(ready, '');
      },
    });
    const [before, after] = r.stdout.trim().split('\n');
    expect(before).toMatch(/ nice 19$/);
    expect(after).toMatch(/ nice 0$/);
    expect(priority.niceness).toBe(0);
  });

  it("a priority never touches the caller's own autogroup (a command sharing its session)", async () => {
    const own = () => readFileSync('/proc/self/autogroup', 'utf8');
    const before = autogroups ? own() : '';
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      new CpuPriority(19).attach(child.pid!);
      expect(getPriority(child.pid!)).toBe(19);
      if (autogroups) expect(own()).toBe(before);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
