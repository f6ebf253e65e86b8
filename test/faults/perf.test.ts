// Fault catalogue of perf-gate (issue 15): bad inputs, paths, hostile contents, signals, through
// the built action as the runner runs it, on a real git repository whose benchmark is a real
// child process (test/perf/helpers.ts). Cases that passed before issue 15 stay here.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionLikeRunner, type RunOptions, type RunnerResult } from '../helpers/runner.js';
import { HOSTILE_LINES, injected, runnerCommands } from '../helpers/workflow-commands.js';
import { repo } from '../perf/helpers.js';
import { alive, oneLine } from '../helpers/step.js';

const costs = { BenchmarkA: 1000, BenchmarkB: 300 };

function gate(
  dir: string,
  base: string,
  inputs: Record<string, string>,
  extra: Partial<RunOptions> = {},
): Promise<RunnerResult> {
  return runActionLikeRunner('actions/perf-gate', {
    workspace: dir,
    eventName: 'workflow_dispatch',
    inputs: { command: 'node bench.mjs', format: 'go', rounds: '2', seed: '1', base, ...inputs },
    timeoutMs: 60_000,
    ...extra,
  });
}

/** A script outside the repository, so the base and the head checkouts both run it. */
function outsideScript(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'perf-fault-')), name);
  writeFileSync(file, text);
  return file;
}

describe('perf-gate faults: bad inputs (one line naming the input and the fix; passed before issue 15)', () => {
  it.each([
    [{ format: '' }, /^input 'format': .*set the format the command prints/],
    [{ threshold: 'five' }, /^input 'threshold': "five" is not a percentage; write e\.g\. 5%/],
    [{ 'time-budget': 'soon' }, /^input 'time-budget': "soon" is not a duration; write e\.g\. 90s/],
    [{ rounds: '1' }, /^input 'rounds': /],
    [{ command: "node 'bench.mjs" }, /^input 'command': /],
  ])('%j', async (inputs, line) => {
    const { r, base } = repo(costs, costs);
    expect(oneLine(await gate(r.dir, base, inputs))).toMatch(line);
  });
});

describe('perf-gate faults: paths stay inside the workspace (issue 15 item 15)', () => {
  it.each([
    [
      { 'working-directory': '..' },
      /^input 'working-directory': \.\. resolves to .*, outside the workspace \(.*\); use a path inside the workspace/,
    ],
    [{ 'working-directory': '/etc' }, /^input 'working-directory': \/etc resolves to \/etc, outside the workspace/],
    [
      { 'report-path': '../perf.json' },
      /^input 'report-path': \.\.\/perf\.json resolves to .*perf\.json, outside the workspace/,
    ],
    [
      { 'report-path': '/etc/perf.json' },
      /^input 'report-path': \/etc\/perf\.json resolves to \/etc\/perf\.json, outside/,
    ],
  ])('%j is refused before the benchmark runs', async (inputs, line) => {
    const { r, base } = repo(costs, costs);
    const res = await gate(r.dir, base, inputs);
    expect(oneLine(res)).toMatch(line);
    expect(existsSync(join(dirname(r.dir), 'perf.json'))).toBe(false);
    expect(res.stdout).not.toMatch(/BenchmarkA/);
  });

  it('a working-directory that is a symlink out of the workspace is refused', async () => {
    const { r, base } = repo(costs, costs);
    const outside = join(dirname(r.dir), `perf-outside-${Date.now()}`);
    mkdirSync(outside);
    symlinkSync(outside, join(r.dir, 'bench-dir'));
    expect(oneLine(await gate(r.dir, base, { 'working-directory': 'bench-dir' }))).toMatch(
      /^input 'working-directory': bench-dir resolves to .*perf-outside-\d+, outside the workspace/,
    );
  });

  it('a report in the workspace or the runner temp folder is written (already held)', async () => {
    const { r, base } = repo(costs, costs);
    const res = await gate(r.dir, base, { 'report-path': 'out/perf.json' });
    expect(res.exitCode, res.stdout).toBe(0);
    expect(res.outputs.report).toBe(join(r.dir, 'out/perf.json'));
    expect(existsSync(res.outputs.report)).toBe(true);
  });
});

describe('perf-gate faults: hostile contents', () => {
  it('a benchmark that prints workflow commands: none of them is live', async () => {
    const { r, base } = repo(costs, costs);
    // Outside the repository, so base and head run the same wrapper around their own bench.mjs.
    const noisy = outsideScript(
      'noisy.mjs',
      `for (const l of ${JSON.stringify(HOSTILE_LINES)}) { console.log(l); console.error(l); }\nawait import(process.cwd() + '/bench.mjs');\n`,
    );
    const res = await gate(r.dir, base, { command: `node ${noisy}` });
    expect(res.exitCode, res.stdout + res.stderr).toBe(0);
    expect(injected(res.stdout)).toEqual([]);
    expect(runnerCommands(res.stderr)).toEqual([]);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  });

  it('a benchmark that crashes: one line naming the side and the command, its output shown (already held)', async () => {
    const { r, base } = repo(costs, { ...costs, fail: 'index out of range' });
    const line = oneLine(await gate(r.dir, base, {}));
    expect(line).toMatch(/node bench\.mjs/);
    expect(line).toMatch(/head|exit/);
  });

  it('a base that is not in the repository: one line saying which ref and what to fetch (already held)', async () => {
    const { r } = repo(costs, costs);
    const line = oneLine(await gate(r.dir, '0123456789abcdef0123456789abcdef01234567', {}));
    expect(line).toMatch(/0123456789abcdef/);
  });
});

describe('perf-gate faults: time bounds', () => {
  it('a benchmark that never ends is killed at run-timeout: one line naming the command and the bound', async () => {
    const { r, base } = repo(costs, costs);
    const forever = outsideScript('forever.mjs', 'setInterval(() => undefined, 1000);\n');
    const line = oneLine(await gate(r.dir, base, { command: `node ${forever}`, 'run-timeout': '1s' }));
    expect(line).toMatch(/forever\.mjs/);
  });
});

describe('perf-gate faults: signals', () => {
  it('SIGTERM while the benchmark runs: the benchmark is stopped, the summary written, exit 143', async () => {
    const { r, base } = repo(costs, costs);
    // A benchmark that announces itself, then never finishes: only a kill ends it.
    // The gate shows a benchmark's output only when it ends: this one says it started in a file.
    const started = join(mkdtempSync(join(tmpdir(), 'perf-started-')), 'started');
    const hang = outsideScript(
      'hang.mjs',
      `require('node:fs').writeFileSync(${JSON.stringify(started)}, String(process.pid));\nsetInterval(() => undefined, 1000);\n`.replace(
        "require('node:fs')",
        "(await import('node:fs'))",
      ),
    );
    const res = await gate(
      r.dir,
      base,
      { command: `node ${hang}`, 'run-timeout': '10m', 'time-budget': '30m' },
      {
        onSpawn: (child) => {
          const poll = setInterval(() => {
            if (existsSync(started)) {
              clearInterval(poll);
              child.kill('SIGTERM');
            }
          }, 50);
          child.on('exit', () => clearInterval(poll));
        },
      },
    );
    expect(res.exitCode, res.stdout + res.stderr).toBe(143);
    expect(res.stdout + res.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
    expect(res.summary, res.stdout + res.stderr).toMatch(
      /perf gate cancelled by SIGTERM after .* s: the running benchmark was stopped/,
    );
    expect(res.outputs.result).toBe('cancelled');
    // Not blamed on the benchmark: before, the step said "fix the benchmark command".
    expect(res.stdout).not.toMatch(/fix the benchmark command/);
    const pid = Number(readFileSync(started, 'utf8'));
    expect(alive(pid), 'the benchmark process is gone').toBe(false);
  });
});
