/** The pipeline-health tool's option, data and report types, parsed once by tool.ts. */
import type { Format } from '../notify/types.js';

export const ON_BREACH = ['fail', 'alert', 'warn'] as const;
export type OnBreach = (typeof ON_BREACH)[number];

/** The window: runs created since a moment, or the last N runs of each workflow. */
export type Window = { kind: 'since'; fromMs: number; label: string } | { kind: 'last'; count: number; label: string };

/** Everything the tool needs, parsed once. */
export interface StatsOptions {
  token?: string;
  owner: string;
  repo: string;
  /** Workflow names or file names (ci.yml or .github/workflows/ci.yml); empty: every active workflow. */
  workflows: string[];
  window: Window;
  branch?: string;
  /** Absolute path of the ETag cache file (a documented, versioned JSON file). */
  cacheFile: string;
  /** Absolute folder of JUnit reports, one sub-folder per commit SHA (or run id); optional. */
  junit?: string;
  /** Absolute path of the JSON report. */
  reportFile: string;
  /** Absolute path to write the quarantine list to (the shard tool's format); optional. */
  quarantineFile?: string;
  /** Deployment environment for the DORA keys; empty: skip deployments. */
  environment?: string;
  thresholds: Thresholds;
  onBreach: OnBreach;
  webhookUrl?: URL;
  format: Format;
  dryRun: boolean;
  dryReason: string;
  timeoutMs: number;
  /** Parallel API reads (GitHub asks for few; default 4). */
  concurrency: number;
}

export interface Thresholds {
  /** Percent: a stage (job) failing more often than this breaches. */
  maxFailureRate?: number;
  /** Percent: p90 run duration up more than this against the previous window breaches. */
  maxP90Increase?: number;
  /** A test flaky now that was not in the previous window breaches. */
  newFlakyTest: boolean;
}

/** One step of one job attempt, compacted. */
export interface StepRec {
  name: string;
  conclusion: string | null;
  startedMs?: number;
  completedMs?: number;
}

export interface JobRec {
  name: string;
  conclusion: string | null;
  createdMs?: number;
  startedMs?: number;
  completedMs?: number;
  steps: StepRec[];
}

/** One workflow run with the jobs of every attempt (index 0 is attempt 1). */
export interface RunRec {
  id: number;
  workflow: string;
  workflowId: number;
  event: string;
  sha: string;
  branch: string;
  runNumber: number;
  attempt: number;
  status: string;
  conclusion: string | null;
  createdMs: number;
  startedMs: number;
  updatedMs: number;
  commitMs?: number;
  /** Undefined where the jobs could not be read (rate limit, permissions). */
  attempts?: JobRec[][];
}

export interface DeploymentRec {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  task: string;
  createdMs: number;
  /** Newest first, as GitHub lists them. */
  statuses: Array<{ state: string; createdMs: number; description: string }>;
}

export interface TestRun {
  /** `file::name` (the shard tool's quarantine form) or `suite::name`. */
  id: string;
  /** The commit SHA or run id the report folder is named after. */
  group: string;
  status: 'passed' | 'failed' | 'skipped';
}

export interface WorkflowStats {
  workflow: string;
  runs: number;
  completed: number;
  successRate: number | null;
  medianS: number | null;
  p90S: number | null;
  queueMedianS: number | null;
  previous: { runs: number; successRate: number | null; p90S: number | null };
  /** p90 change against the previous window, percent; null without a previous p90. */
  p90ChangePct: number | null;
}

export interface StageStats {
  workflow: string;
  /** A job name, matrix values grouped: `test (ubuntu, 20)` → `test (…)`. */
  name: string;
  runs: number;
  failures: number;
  failureRate: number;
  medianS: number | null;
  /** Minutes spent in failed attempts of this stage (the cost ranking). */
  minutesLost: number;
}

export interface FlakyRun {
  workflow: string;
  runId: number;
  sha: string;
  /** 'rerun': a later attempt of the same run passed; 'new-run': a later run of the same commit did. */
  kind: 'rerun' | 'new-run';
  failedAttempt: number;
  passedAttempt: number;
  /** The jobs that failed in the failing attempt. */
  jobs: string[];
}

export interface FlakyTest {
  id: string;
  failed: number;
  passed: number;
  groups: string[];
  /** Not flaky in the previous window's reports. */
  isNew: boolean;
}

export interface DeployStats {
  environment: string;
  deploys: number;
  successful: number;
  perDay: number | null;
  leadTimeMedianH: number | null;
  changeFailureRate: number | null;
  timeToRestoreMedianH: number | null;
  rollbacks: { manual: number; automatic: number };
  failedDeploys: Array<{ id: number; sha: string; why: string }>;
}

export interface Breach {
  kind: 'failure-rate' | 'p90' | 'new-flaky-test';
  line: string;
}

/** The JSON report: every figure, plus what could not be seen. */
export interface StatsReport {
  version: 1;
  repository: string;
  window: { label: string; from: string | null; to: string };
  workflows: WorkflowStats[];
  stages: StageStats[];
  steps: StageStats[];
  flakyRuns: FlakyRun[];
  flakyRunTrend: { current: number; previous: number };
  flakyTests: FlakyTest[];
  flakyTestTrend: { current: number; previous: number };
  deploys?: DeployStats;
  breaches: Breach[];
  /** What the tool could not see, one line each (permissions, rate limit, unknown names). */
  blind: string[];
  api: { calls: number; notModified: number; fromCache: number };
  totals: { runs: number; successRate: number | null; p90S: number | null; flakyRuns: number };
}
