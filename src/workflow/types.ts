import type { Masker } from '../core/mask.js';
import type { Value } from './expr.js';
import type { LoadedFile, NodeMap } from './load.js';

export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

/** A repository the run can read: the caller's, or a local clone standing in for OWNER/NAME. */
export interface Repo {
  name: string;
  path: string;
}

/** A recorded no-op for an action that needs a cloud account (--stub OWNER/ACTION=outputs.json). */
export interface Stub {
  outputs: Record<string, string>;
  /** Inputs the action's action.yml declares (when given), to check `with:` against. */
  inputs?: Record<string, { required: boolean; default?: string }>;
  /** A local copy of the action's action.yml (--stub-action-yml), read with the action parser. */
  actionYml?: string;
  source: string;
}

export interface RunOptions {
  /** The caller's repository (a git work tree). */
  repo: Repo;
  workflowPath: string;
  eventName: string;
  eventFile?: string;
  inputs: Record<string, string>;
  secrets: Record<string, string>;
  vars: Record<string, string>;
  jobFilter?: string;
  out: string;
  repos: Repo[];
  stubs: Map<string, Stub>;
  /** Jobs (legs) running at once. */
  parallel: number;
  /** Real deploys and pushes (SHIPLINE_LOCAL=1): no ACT=true for the tools' dry-run: auto. */
  real: boolean;
  /** Run the last run in `out` again as its next attempt. */
  rerun?: boolean;
  hostEnv: NodeJS.ProcessEnv;
  print: (line: string) => void;
  masker: Masker;
}

/** What every job of the run shares. */
export interface RunState {
  opts: RunOptions;
  runId: string;
  runNumber: number;
  event: { name: string; payload: { [k: string]: Value } };
  /** The github context without the job-specific keys. */
  github: { [k: string]: Value };
  artifactsDir: string;
  cacheDir: string;
  logsDir: string;
  workDir: string;
  summaries: { job: string; text: string }[];
  /** Every job and leg as it ended, for the run record and the demo's table. */
  legs: {
    job: string;
    result: string;
    seconds: number;
    outputs: Record<string, string>;
    steps?: { name: string; outcome: string; seconds: number }[];
  }[];
  cancel: AbortController;
  seq: number;
  /** Resolve OWNER/NAME to a local path, or undefined. */
  repoPath(name: string): string | undefined;
  slots: Semaphore;
}

/** A workflow being run: the top one, or one called through workflow_call. */
export interface Frame {
  wf: LoadedFile;
  /** Repository and commit the workflow file was loaded from (job.workflow_*). */
  repoName: string;
  repoPath: string;
  sha: string;
  /** The workflow path inside its repository (job.workflow_file_path). */
  filePath: string;
  ref: string;
  inputs: { [k: string]: Value };
  secrets: Record<string, string>;
  /** Shown before job names: "pipeline / ci / ". */
  prefix: string;
  /** What the caller grants (null: the repository default, everything). */
  granted: Record<string, string> | null;
  depth: number;
}

export interface JobOutcome {
  result: Result;
  outputs: Record<string, string>;
}

export type { NodeMap };

export class Semaphore {
  private queue: (() => void)[] = [];
  private used = 0;
  constructor(private readonly size: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.used >= this.size) await new Promise<void>((r) => this.queue.push(r));
    else this.used++;
    try {
      return await fn();
    } finally {
      const next = this.queue.shift();
      if (next) next();
      else this.used--;
    }
  }
}
