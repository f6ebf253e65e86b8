import type { Correction } from './stats.js';

export const FORMATS = [
  'go',
  'pytest-benchmark',
  'google-benchmark',
  'hyperfine',
  'tinybench',
  'benchmarkjs',
  'command',
] as const;
export type Format = (typeof FORMATS)[number];
export const CORRECTIONS = ['holm', 'bh', 'none'] as const;
/** Which clock is compared: `auto` is CPU time where the format has it (far less noisy on a busy machine), else wall. */
export const METRICS = ['auto', 'wall', 'cpu'] as const;
export type Metric = (typeof METRICS)[number];
export type Clock = Exclude<Metric, 'auto'>;

/** A per-benchmark rule: a glob on the benchmark name with its own threshold, or ignore. */
export interface Override {
  pattern: string;
  /** Fraction (0.1 = 10%); undefined with `ignore`. */
  threshold?: number;
  ignore: boolean;
}

/** Everything the performance gate needs, parsed once. */
export interface PerfOptions {
  /** The benchmark command as argv (no shell); `{output}` stands for a per-run output file. */
  command: string[];
  format: Format;
  /** The clock compared; `auto` becomes `cpu` or `wall` from the first run's output. */
  metric: Metric;
  /** Optional build command, run once in each checkout before the rounds. */
  build?: string[];
  /** Base ref or SHA; undefined means the pull request or merge-group base from the event. */
  base?: string;
  /** Folder (relative to the repository root) commands run in, in both checkouts. */
  workingDirectory: string;
  /** Most rounds (one base and one head run each). */
  rounds: number;
  /** Stop starting new rounds once this is spent (ms), build time included. */
  timeBudgetMs: number;
  /** The smallest slowdown that matters, as a fraction (0.05 = 5%). */
  threshold: number;
  overrides: Override[];
  /** Family-wise (holm) or false-discovery (bh) error rate across benchmarks. */
  alpha: number;
  correction: Correction;
  /** Run base and head at once on separate cores (duet) instead of one after the other. */
  duet: boolean;
  /** Seed of the round order; random unless set, and always written to the report. */
  seed: number;
  /** Where the JSON report goes. */
  reportPath: string;
  /** Also fail on benchmarks that ran on only one side (renamed or removed). */
  failOnMissing: boolean;
  /** Kill one benchmark run after this many ms. */
  runTimeoutMs: number;
  /** Post the report as a sticky pull request comment (needs `token`). */
  comment: boolean;
  token?: string;
  dryRun: boolean;
}

/** One run's measurements: benchmark name to seconds per operation (lower is better). */
export type Sample = Map<string, number>;

export type Side = 'base' | 'head';

export interface Round {
  index: number;
  order: Side[];
  base: Sample;
  head: Sample;
}

export type Status = 'regression' | 'improvement' | 'unchanged' | 'inconclusive' | 'ignored';

export interface BenchmarkResult {
  name: string;
  status: Status;
  rounds: number;
  /** Median seconds per operation over the rounds, per side. */
  base: number;
  head: number;
  /** Hodges–Lehmann estimate of head/base and its interval at the level it was judged. */
  ratio: number;
  low: number;
  high: number;
  /** Confidence of the interval shown (1 - two one-sided multiplicity-adjusted levels). */
  confidence: number;
  threshold: number;
  /** Smallest slowdown (fraction) these rounds would catch 80% of the time; Infinity when none. */
  minDetectable: number;
  pRegression: number;
}

export interface PerfReport {
  version: 1;
  format: Format;
  /** The clock every sample is in. */
  metric: Clock;
  base: { ref: string; sha: string };
  head: { sha: string };
  seed: number;
  rounds: number;
  duet: boolean;
  elapsedMs: number;
  alpha: number;
  correction: Correction;
  threshold: number;
  result: 'passed' | 'failed';
  regressions: string[];
  improvements: string[];
  /** Benchmarks seen on one side only. */
  onlyBase: string[];
  onlyHead: string[];
  benchmarks: BenchmarkResult[];
  /** Every round's raw measurements, for re-analysis. */
  samples: Array<{ round: number; order: Side[]; base: Record<string, number>; head: Record<string, number> }>;
}
