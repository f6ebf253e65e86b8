import type { Format } from './format.js';
import type { Gathered, ShardInputs } from './gather.js';
import type { Plan, Strategy } from './plan.js';

/** The test shards' option and plan types, parsed once by tool.ts and read by the engine. */
export interface ShardOptions extends ShardInputs {
  shards: number | 'auto';
  strategy: Strategy;
  targetSeconds: number;
  maxShards: number;
  /** 1-based; the quarantine shard is `shard count + 1`. */
  index?: number;
  format: Format;
  planFile: string;
}

export interface ShardPlan {
  gathered: Gathered;
  plan: Plan;
  /** The quarantined files, run as one extra shard (index = shards + 1). */
  quarantine: { files: string[]; seconds: number } | undefined;
  /** Set for shards: auto. */
  targetMet?: boolean;
  strategy: Strategy;
}

export interface TimingsCommandOptions {
  from: string[];
  out: string;
  /** The previous timings file given by --previous (default: `out` when it exists). */
  previous?: string;
  alpha?: number;
  workingDirectory: string;
  /** Globs of shard wall records (`shipline-wall-<shard>.json`) to learn the fixed costs from. */
  walls: string[];
  /** The plan those shards ran (their files); required with walls. */
  plan?: string;
}

export interface FilesCommandOptions {
  index: number;
  total: number;
  format: Format;
  plan?: string;
  tests: string[];
  timings: string[];
  quarantine?: string;
  strategy: Strategy;
  workingDirectory: string;
}
