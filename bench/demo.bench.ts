import { join } from 'node:path';
import { round, timeInterleaved, type BenchReport } from './lib.js';

const root = join(import.meta.dirname, '..');

/**
 * `npm run demo` (pipeline.yml run by `shipline workflow run`) against the same tools run
 * through the CLI in sequence (bench/demo/cli-sequence.mjs, the demo before the executor).
 * Runs interleaved; BENCH_DEMO_RUNS (default 2) of each, no warm-up beyond the first pair.
 */
export async function bench(): Promise<BenchReport> {
  const env = { ...process.env, NO_COLOR: '1', DOCKER_HOST: 'unix:///nonexistent' };
  const runs = Number(process.env.BENCH_DEMO_RUNS ?? 2);
  const t = timeInterleaved(
    {
      executor: { cmd: process.execPath, args: [join(root, 'scripts/demo.mjs')], env, cwd: root },
      cli: { cmd: process.execPath, args: [join(root, 'bench/demo/cli-sequence.mjs')], env, cwd: root },
    },
    runs,
    0,
  );
  const ratio = t.executor / t.cli;
  return {
    name: 'demo: pipeline.yml through the executor vs the tools through the CLI',
    description:
      'Median wall time of `npm run demo` (the real pipeline.yml → ci.yml → cd.yml on examples/service, run by `shipline workflow run`: fresh workspaces, checkouts, artifacts, cache) against the same tools through the CLI in sequence with the stage order written by hand; no Docker engine for either (image stage dry).',
    rows: [
      { metric: 'executor (npm run demo)', value: round(t.executor / 1000, 1), unit: 's' },
      { metric: 'CLI in sequence', value: round(t.cli / 1000, 1), unit: 's' },
      { metric: 'ratio executor / CLI', value: round(ratio), unit: '×', goal: '≤ 1.5', pass: ratio <= 1.5 },
    ],
  };
}
