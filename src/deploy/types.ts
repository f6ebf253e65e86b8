/** The deploy tool's option types, parsed once by tool.ts and read by the engine. */
/** One deployment to roll out: `name` or `name/container`. */
export interface DeployTarget {
  name: string;
  container?: string;
}

export type DryRunMode = 'none' | 'server' | 'server-or-client';

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
}
