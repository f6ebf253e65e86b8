// The deploy's option and result types, shared by the spec, the engine and the strategies.

/** One deployment to roll out: `name` or `name/container`. */
export interface DeployTarget {
  name: string;
  container?: string;
}

export type DryRunMode = 'none' | 'server' | 'server-or-client';
export type Strategy = 'rolling' | 'blue-green' | 'canary';
export type Action = 'deploy' | 'promote' | 'reject';
export type Result = 'deployed' | 'rolled-back' | 'promoted' | 'rejected' | 'failed' | 'dry-run';

/** HTTP verification: where and what counts as healthy. */
export interface VerifyOptions {
  /**
   * `http(s)://…` is fetched from the runner as is (a public or runner-reachable URL); a path
   * (`/healthz`) is fetched through the API server's service proxy (`kubectl proxy`) on the
   * Service under test: the preview (blue-green, canary) or the live one (rolling).
   */
  url: string;
  /** Service port for a path URL (name or number); default the Service's first port. */
  port?: string;
  status: number;
  /** A regular expression the body must match. */
  body?: RegExp;
  /** Consecutive passing checks needed. */
  successes: number;
  timeoutMs: number;
  intervalMs: number;
}

export interface DeployOptions {
  /** Kubeconfig content (a secret), or undefined to use the runner's current context. */
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  targets: DeployTarget[];
  image?: string;
  manifests: string[];
  /** `repository=reference` substitutions for manifests. */
  images: Array<[string, string]>;
  timeoutMs: number;
  rollback: boolean;
  failFast: boolean;
  changeCause: string;
  dryRun: { mode: DryRunMode; reason: string };
  unschedulableGraceMs: number;
  strategy: Strategy;
  action: Action;
  /** The live Service (blue-green, canary); default the one whose selector matches the Deployment. */
  service?: string;
  /** Canary traffic shares in percent, ending at 100. */
  canarySteps: number[];
  /** Wait at each canary step (watching the canary pods) before the next. */
  canaryPauseMs: number;
  /** Canary: also run a baseline Deployment (the old image, as many pods as the canary). */
  baseline: boolean;
  /** Blue-green: how long the old colour stays up (and the new one is watched) after the switch. */
  scaleDownDelayMs: number;
  /** Switch (blue-green) or go to 100 % (canary) at once, or wait for `action: promote`. */
  promotion: 'auto' | 'manual';
  verify?: VerifyOptions;
  imagePullSecrets: string[];
  /** Write run URL, commit and actor on every object applied. */
  annotate: boolean;
  /** Another run holds the deployment: fail at once, or wait for its lease to end. */
  onConflict: 'fail' | 'wait';
  /** How long a lease is good for when its run never releases it (killed runner). */
  leaseMs: number;
  /** GitHub Deployments: the environment to record (none: not recorded), its URL, the token. */
  environment?: string;
  environmentUrl?: string;
  githubToken?: string;
}
