import { spawnSync } from 'node:child_process';

/** One measured figure. `ratio` rows compare us with a peer measured in the same run. */
export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  /** e.g. "≤ 1.6" — shown beside the value; `pass` says whether it held. */
  goal?: string;
  pass?: boolean;
  note?: string;
}

export interface BenchReport {
  name: string;
  /** What was measured and how, one paragraph. */
  description: string;
  rows: BenchRow[];
}

/** A bench case: a module in bench/ exporting `bench` (run by bench/run.ts). */
export type BenchCase = () => Promise<BenchReport>;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The 90th percentile by nearest rank: the smallest value with at least 90% of them at or below it. */
export function p90(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.ceil(0.9 * xs.length) - 1];
}

/** Wall time of a command, median of `runs` after `warmup` runs, in ms. */
export function timeCommand(
  cmd: string,
  args: string[],
  opts: { runs?: number; warmup?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): number {
  const times: number[] = [];
  for (let i = 0; i < (opts.warmup ?? 2) + (opts.runs ?? 15); i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: 'ignore' });
    const ms = performance.now() - t;
    if (r.error) throw r.error;
    if (i >= (opts.warmup ?? 2)) times.push(ms);
  }
  return median(times);
}

/**
 * Interleave the runs of several commands so machine noise hits all of them alike: every timed
 * run (ms) of each command, the commands taking turns in each iteration, so runs with the same
 * index were taken moments apart and share the machine's speed at that time.
 */
export function timeInterleavedRuns(
  cmds: Record<string, { cmd: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string }>,
  runs = 15,
  warmup = 2,
): Record<string, number[]> {
  const times: Record<string, number[]> = {};
  for (const k of Object.keys(cmds)) times[k] = [];
  for (let i = 0; i < warmup + runs; i++) {
    for (const [k, c] of Object.entries(cmds)) {
      const t = performance.now();
      const r = spawnSync(c.cmd, c.args, { env: c.env ?? process.env, cwd: c.cwd, stdio: 'ignore' });
      const ms = performance.now() - t;
      if (r.error) throw r.error;
      if (i >= warmup) times[k].push(ms);
    }
  }
  return times;
}

/** The median of each command's runs. */
export function medians(runs: Record<string, number[]>): Record<string, number> {
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
}

/** The median run (ms) of each command, timed in turns (`timeInterleavedRuns`). */
export function timeInterleaved(
  cmds: Record<string, { cmd: string; args: string[]; env?: NodeJS.ProcessEnv; cwd?: string }>,
  runs = 15,
  warmup = 2,
): Record<string, number> {
  return medians(timeInterleavedRuns(cmds, runs, warmup));
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
