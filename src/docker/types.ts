import type { DryRunDecision } from '../core/dry-run.js';
import type { ImageName } from './reference.js';
import type { TagPlan } from './tags.js';

/** The image build's options, parsed once by tool.ts and read by the engine. */
export interface DockerOptions {
  image: ImageName;
  /** Absolute context directory, or a remote context (URL) passed through as is. */
  context: string;
  /** Absolute Dockerfile path; undefined for a remote context without `file`. */
  file?: string;
  target?: string;
  buildArgs: Array<[string, string]>;
  /** OCI labels merged with the user's. */
  labels: Array<[string, string]>;
  plan: TagPlan;
  push: boolean;
  pushReason: string;
  skipIfExists: boolean;
  username?: string;
  password?: string;
  platforms: string[];
  cacheFrom: string[];
  cacheTo: string[];
  provenance: boolean;
  retries: number;
  noCache: boolean;
  pull: boolean;
  /** Networking mode for RUN steps (docker build --network). */
  network?: string;
  /** buildx --secret specs (id=…,env=… or id=…,src=…); values travel in the environment only. */
  secrets: string[];
  /** The secret values, by the environment variable each --secret spec names. */
  secretEnv: Record<string, string>;
  ssh: string[];
  buildContexts: Array<[string, string]>;
  annotations: Array<[string, string]>;
  /** How long one docker push attempt may run before it is killed and retried (login: at most 60 s). */
  attemptTimeoutMs: number;
  dryRun: DryRunDecision;
}
