// The gate end to end in-process: a real git repository, the base in a real git worktree, the
// benchmark command run for real through the exec helper in interleaved rounds.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext, runTool, specInputs } from '../../src/core/host.js';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { tool } from '../../src/perf/tool.js';
import type { PerfReport } from '../../src/perf/types.js';
import { TestRepo } from '../helpers/git.js';
import { repo } from './helpers.js';

function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!k.startsWith('GITHUB_') && !k.startsWith('INPUT_') && k !== 'ACT' && k !== 'CI') env[k] = v;
  return { ...env, RUNNER_TEMP: mkdtempSync(join(tmpdir(), 'shipline-perf-temp-')) };
}

async function gate(cwd: string, inputs: Record<string, string>, frontDoor: 'cli' | 'action' = 'action') {
  const masker = new Masker();
  const logger = new MemoryLogger(masker);
  const ctx = createContext({ frontDoor, env: cleanEnv(), logger, masker, cwd });
  const outcome = await runTool(
    tool as never,
    specInputs(tool.inputs, (n) => inputs[n], frontDoor, masker),
    ctx,
    undefined,
  );
  const text = logger.lines.join('\n');
  return { exitCode: outcome.exitCode, outputs: outcome.result?.outputs ?? {}, text, summary: ctx.summary.toString() };
}

const costs = { BenchmarkParse: 1000, BenchmarkRender: 5000, BenchmarkEncode: 200 };
const common = { command: 'node bench.mjs', format: 'go', rounds: '8', seed: '1' };

describe('perf gate end to end (real git worktree, real command)', () => {
  it('fails on a 30% slowdown in one benchmark, names it, and says how sure it is', async () => {
    const { r, base } = repo(costs, { ...costs, BenchmarkRender: 6500 });
    const report = join(r.dir, 'perf.json');
    const res = await gate(r.dir, { ...common, base, 'report-path': report });
    expect(res.exitCode).toBe(1);
    expect(res.outputs.result).toBe('failed');
    expect(JSON.parse(res.outputs.regressions)).toEqual(['BenchmarkRender']);
    const rep = JSON.parse(readFileSync(report, 'utf8')) as PerfReport;
    const render = rep.benchmarks.find((b) => b.name === 'BenchmarkRender')!;
    expect(render.ratio).toBeGreaterThan(1.25);
    expect(render.low).toBeGreaterThan(1.05);
    expect(rep.rounds).toBe(8);
    expect(rep.samples).toHaveLength(8);
    expect(rep.base.sha).toBe(base);
    // Randomised order: both orders occur (seed 1 over 8 rounds).
    expect(new Set(rep.samples.map((s) => s.order.join()))).toEqual(new Set(['base,head', 'head,base']));
    expect(res.summary).toMatch(/Regressions and improvements[\s\S]*BenchmarkRender[\s\S]*regression/);
    expect(res.summary).toContain('All 3 benchmarks');
    expect(res.text).toMatch(/1 of 3 benchmarks slower than base beyond the threshold: BenchmarkRender \+3\d\.\d%/);
    // The base worktree is gone afterwards.
    expect(r.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('passes when base and head are the same (A/A), stopping once every benchmark is settled, and an override can silence a benchmark', async () => {
    const { r, base } = repo(costs, costs);
    const res = await gate(r.dir, { ...common, base, rounds: '30' });
    expect(res.exitCode).toBe(0);
    expect(res.outputs.result).toBe('passed');
    expect(res.outputs.regressions).toBe('[]');
    expect(existsSync(res.outputs.report)).toBe(true);
    // ±1% noise against a 5% threshold: every interval is inside ±5% long before 30 rounds
    // (3 benchmarks under Holm need 6 rounds for a finite interval at 0.05/3).
    const rep = JSON.parse(readFileSync(res.outputs.report, 'utf8')) as PerfReport;
    expect(rep.rounds).toBeGreaterThanOrEqual(6);
    expect(rep.rounds).toBeLessThan(30);
    expect(rep.benchmarks.every((b) => b.status === 'unchanged')).toBe(true);
    expect(res.text).toContain(`every benchmark is settled after ${rep.rounds} of 30 rounds`);

    const slow = repo(costs, { ...costs, BenchmarkEncode: 400 });
    const silenced = await gate(slow.r.dir, { ...common, base: slow.base, overrides: 'BenchmarkEnc*=ignore' });
    expect(silenced.exitCode).toBe(0);
    expect(silenced.summary).toMatch(/BenchmarkEncode \| ignored/);
  });

  it('runs a build command in each checkout first', async () => {
    const { r, base } = repo(costs, costs);
    r.write('build.mjs', "import { writeFileSync } from 'node:fs'; writeFileSync('built.txt', 'yes');\n").commit(
      'add build',
    );
    // base has no build.mjs: the build fails on base, in one line naming the side.
    const res = await gate(r.dir, { ...common, base, build: 'node build.mjs' });
    expect(res.exitCode).toBe(1);
    expect(res.text).toMatch(/the build command exited with 1 on base \(node build\.mjs\): .*; fix the build command/);
  });

  it('a command failing on head is one clear line', async () => {
    const { r, base } = repo(costs, { fail: 'index out of range' });
    const res = await gate(r.dir, { ...common, base });
    expect(res.exitCode).toBe(1);
    const errors = res.text.split('\n').filter((l) => /benchmark command/.test(l));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /the benchmark command exited with 2 on head \(node bench\.mjs\): panic: index out of range/,
    );
    expect(res.text).not.toMatch(/at .*\.js:\d+/);
  });

  it('a format that parses nothing names input format', async () => {
    const { r, base } = repo(costs, costs);
    const res = await gate(r.dir, { ...common, base, format: 'pytest-benchmark' });
    expect(res.exitCode).toBe(1);
    expect(res.text).toMatch(/input 'format': found no pytest-benchmark benchmark results in the (base|head) output/);
  });

  it('a base that cannot be checked out, or none at all, is one line naming base', async () => {
    const { r } = repo(costs, costs);
    const bad = await gate(r.dir, { ...common, base: 'no-such-branch' });
    expect(bad.exitCode).toBe(1);
    expect(bad.text).toMatch(/input 'base': "no-such-branch" cannot be checked out: no such commit/);
    const none = await gate(r.dir, { ...common }, 'cli');
    expect(none.text).toMatch(/--base: is empty and this is not a pull_request or merge_group run/);
  });

  it('command format times the whole process: CPU from rusage by default (metric auto), wall on request', async () => {
    const r = new TestRepo();
    // Sleeps 300 ms and spins 40 ms: the wall clock sees both, the CPU clock only the spin.
    r.write('spin.mjs', 'setTimeout(() => { const end = Date.now() + 40; while (Date.now() < end); }, 300);\n');
    const base = r.commit('base');
    const times = async (metric: string) => {
      const report = join(r.dir, `cmd-${metric}.json`);
      const res = await gate(r.dir, {
        command: 'node spin.mjs',
        format: 'command',
        base,
        rounds: '2',
        metric,
        'report-path': report,
      });
      expect(res.outputs.result).toBe('passed');
      const rep = JSON.parse(readFileSync(report, 'utf8')) as PerfReport;
      expect(rep.benchmarks.map((b) => b.name)).toEqual(['node spin.mjs']);
      expect(res.summary).toMatch(metric === 'wall' ? /wall time compared/ : /CPU time compared/);
      return { metric: rep.metric, base: rep.samples.map((s) => s.base['node spin.mjs']) };
    };
    const cpu = await times('auto');
    expect(cpu.metric).toBe('cpu');
    const wall = await times('wall');
    expect(wall.metric).toBe('wall');
    for (const v of wall.base) expect(v).toBeGreaterThan(0.3);
    // The CPU time has no sleep in it: it is below the wall time of the same command.
    expect(Math.max(...cpu.base)).toBeLessThan(Math.min(...wall.base));
  });

  it('metric cpu on output with no CPU time is one line naming input metric and how to get it', async () => {
    const { r, base } = repo(costs, costs);
    expect((await gate(r.dir, { ...common, base, metric: 'cpu' })).text).toMatch(
      /input 'metric': is cpu but go test -bench prints wall time only \(ns\/op\).*cpu-ns\/op/,
    );
    expect((await gate(r.dir, { ...common, base, format: 'tinybench', metric: 'cpu' })).text).toMatch(
      /input 'metric': is cpu but tinybench reports wall time only; set metric to wall or auto/,
    );
    const rep = join(r.dir, 'auto.json');
    await gate(r.dir, { ...common, base, 'report-path': rep });
    expect((JSON.parse(readFileSync(rep, 'utf8')) as PerfReport).metric).toBe('wall'); // auto: go has wall only
  });

  it('duet runs both sides at once when the machine has 2 CPUs (else falls back, saying so)', async () => {
    const { r, base } = repo(costs, { ...costs, BenchmarkRender: 6500 });
    const report = join(r.dir, 'duet.json');
    const res = await gate(r.dir, { ...common, base, duet: 'true', 'report-path': report });
    const rep = JSON.parse(readFileSync(report, 'utf8')) as PerfReport;
    expect(rep.duet).toBe(availableParallelism() >= 2);
    if (!rep.duet) expect(res.text).toMatch(/duet needs at least 2 CPUs/);
    expect(rep.regressions).toEqual(['BenchmarkRender']);
  });

  it('bad inputs are one line each', async () => {
    const { r, base } = repo(costs, costs);
    expect((await gate(r.dir, { ...common, base, threshold: 'five' })).text).toMatch(
      /input 'threshold': "five" is not a percentage/,
    );
    expect((await gate(r.dir, { ...common, base, format: '' })).text).toMatch(/input 'format': is required but empty/);
    expect((await gate(r.dir, { ...common, base, format: 'jmh' })).text).toMatch(
      /input 'format': "jmh" is not allowed; use one of: go/,
    );
    expect((await gate(r.dir, { ...common, base, command: 'go test | tee x' })).text).toMatch(
      /input 'command': shell operator \|/,
    );
    expect((await gate(r.dir, { ...common, base, overrides: 'Bench*=lots' })).text).toMatch(
      /input 'overrides': "Bench\*=lots" has no threshold/,
    );
  });
});
