import type { Report } from './report.js';
import type { ToolContext } from '../core/tool.js';
import type { Builder, buildArgv } from './commands.js';
import type { Docker } from './docker-cli.js';
import type { DockerOptions } from './types.js';

/** How a run ended: what the outputs say and, when the step fails, the one line saying why. */
export interface Ending {
  digest?: string;
  imageId?: string;
  skipped?: boolean;
  failure?: string;
}

/** What the stages of one real run share. */
export interface Session {
  o: DockerOptions;
  ctx: ToolContext;
  report: Report;
  docker: Docker;
  builder: Builder;
  baseEnv: NodeJS.ProcessEnv;
  retryBaseMs: number;
  started: number;
  /** Set once logged in: the private DOCKER_CONFIG to log out of and remove. */
  configDir?: string;
  loggedIn?: boolean;
}

export type Plan = ReturnType<typeof buildArgv>;
