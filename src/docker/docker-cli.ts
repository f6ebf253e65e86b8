import { existsSync, mkdtempSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CommandNotFoundError, type ExecResult } from '../core/exec.js';
import { sleep } from '../core/http.js';
import type { ToolContext } from '../core/tool.js';
import { backoffMs, errorLine, isTransient, type Builder } from './commands.js';
import type { DockerOptions } from './types.js';

/** The docker CLI with this run's environment (DOCKER_CONFIG, DOCKER_BUILDKIT) bound in. */
export interface Docker {
  run(args: string[], opts?: { input?: string; stream?: boolean; timeoutMs?: number }): Promise<ExecResult>;
  env: NodeJS.ProcessEnv;
}

export function makeDocker(ctx: ToolContext, env: NodeJS.ProcessEnv): Docker {
  return {
    env,
    run: (args, opts = {}) =>
      ctx.exec('docker', args, {
        cwd: ctx.cwd,
        env,
        input: opts.input,
        timeoutMs: opts.timeoutMs,
        onLine: opts.stream ? (line) => ctx.logger.info(line) : undefined,
      }),
  };
}

/**
 * buildx when its plugin answers. Else, when the inputs need BuildKit (secrets, ssh), the client's
 * own BuildKit if `DOCKER_BUILDKIT=1 docker build --help` runs and offers --secret (Debian's
 * docker.io 20.10 does; a client without buildx since 23.0 refuses with "the buildx component
 * is missing"). Else the classic builder.
 */
export async function detectBuilder(docker: Docker, ctx: ToolContext, wantBuildKit: boolean): Promise<Builder> {
  try {
    const r = await docker.run(['buildx', 'version'], { timeoutMs: 20_000 });
    if (r.exitCode === 0) return 'buildx';
    if (!wantBuildKit) return 'docker';
    const probe = await makeDocker(ctx, { ...docker.env, DOCKER_BUILDKIT: '1' }).run(['build', '--help'], {
      timeoutMs: 20_000,
    });
    return probe.exitCode === 0 && /--secret\b/.test(probe.stdout) ? 'buildkit' : 'docker';
  } catch (e) {
    if (e instanceof CommandNotFoundError) return 'docker';
    throw e;
  }
}

/**
 * A private DOCKER_CONFIG for this run, so `docker login` never writes the user's
 * ~/.docker. The buildx plugin and builder instances are linked in, so they still work.
 */
export function privateDockerConfig(ctx: ToolContext): string {
  const original = ctx.env.DOCKER_CONFIG || join(ctx.env.HOME || homedir(), '.docker');
  const dir = mkdtempSync(join(ctx.tempDir, 'docker-config-'));
  for (const sub of ['cli-plugins', 'buildx']) {
    if (existsSync(join(original, sub))) symlinkSync(join(original, sub), join(dir, sub));
  }
  return dir;
}

/**
 * The first retry's delay in ms: 1000, or SHIPLINE_RETRY_BASE_MS (an undocumented knob for
 * tests, which cannot wait seconds per retry). Read once per run, for docker and the registry.
 */
export function retryBaseMs(env: NodeJS.ProcessEnv): number {
  return Number(env.SHIPLINE_RETRY_BASE_MS) || 1000;
}

/** What one attempt's failure was, in words: a killed attempt says how long it was given. */
export function attemptError(r: ExecResult, timeoutMs: number): string {
  if (r.timedOut) return `no answer within ${Math.round(timeoutMs / 1000)} s, so the attempt was stopped`;
  return errorLine(`${r.stdout}\n${r.stderr}`);
}

/**
 * Run a registry-bound docker command, each attempt bounded by `timeoutMs` (killed with its
 * process group when over), retrying transient failures and timeouts with backoff. A
 * cancelled run never retries.
 */
export async function withRetries(
  o: DockerOptions,
  ctx: ToolContext,
  baseMs: number,
  what: string,
  timeoutMs: number,
  fn: (timeoutMs: number) => Promise<ExecResult>,
): Promise<ExecResult & { attempts: number }> {
  for (let attempt = 1; ; attempt++) {
    const r = await fn(timeoutMs);
    if (r.exitCode === 0) return { ...r, attempts: attempt };
    const output = `${r.stdout}\n${r.stderr}`;
    const transient = r.timedOut || isTransient(output);
    if (ctx.signal.aborted || attempt > o.retries || !transient) return { ...r, attempts: attempt };
    const delay = backoffMs(attempt, baseMs);
    ctx.logger.warning(
      `${what} failed (${attemptError(r, timeoutMs)}); retry ${attempt}/${o.retries} in ${(delay / 1000).toFixed(1)} s`,
    );
    await sleep(delay);
    if (ctx.signal.aborted) return { ...r, attempts: attempt };
  }
}

export function loginArgv(o: DockerOptions): string[] {
  return ['login', '--username', o.username ?? '', '--password-stdin', o.image.registry];
}

export function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
