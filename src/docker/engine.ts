import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError, describeThrown } from '../core/errors.js';
import { CommandNotFoundError, formatCommand, type ExecResult } from '../core/exec.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { dockerfileSteps, parseBuildSteps } from './build-log.js';
import {
  buildCommandLine,
  classifyFailure,
  dockerfileLine,
  errorLine,
  pushedDigest,
  type Builder,
} from './commands.js';
import {
  attemptError,
  detectBuilder,
  loginArgv,
  makeDocker,
  privateDockerConfig,
  retryBaseMs,
  withRetries,
} from './docker-cli.js';
import type { RegistryClient } from './registry.js';
import { renderSummary, type Report } from './report.js';
import { dryRun, planBuild } from './plan.js';
import type { Ending, Plan, Session } from './session.js';
import { fail, lookUp, registryClient, skip } from './skip.js';
import type { DockerOptions } from './types.js';

/** Build (or skip), push with retries, read the digest back from the registry; one summary, one exit. */
export async function run(o: DockerOptions, ctx: ToolContext): Promise<ToolResult> {
  const report: Report = {
    image: o.image.name,
    registry: o.image.registry,
    repository: o.image.repository,
    tags: o.plan.tags,
    shaTag: o.plan.shaTag,
    push: o.push,
    pushReason: o.pushReason,
    result: 'failed',
    dropped: o.plan.dropped,
  };
  for (const t of o.plan.dropped)
    ctx.logger.info(`tag template "${t}" skipped: a placeholder it uses is empty in this run`);
  for (const w of o.plan.warnings) ctx.logger.warning(`tags: ${w}`);
  const ending = await buildOrSkip(o, ctx, report);
  renderSummary(ctx.summary, report);
  return { outputs: outputs(o, ending), failure: ending.failure };
}

/** Find docker and its builder; a dry run stops at the plan, a real one goes on. */
async function buildOrSkip(o: DockerOptions, ctx: ToolContext, report: Report): Promise<Ending> {
  const started = ctx.now();
  const baseEnv: NodeJS.ProcessEnv = { ...ctx.env, ...o.secretEnv, DOCKER_CLI_HINTS: 'false' };
  const docker = makeDocker(ctx, baseEnv);
  let builder: Builder;
  let version: ExecResult;
  try {
    version = await docker.run(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 30_000 });
    builder = await detectBuilder(docker, ctx, o.secrets.length + o.ssh.length > 0);
  } catch (e) {
    if (!(e instanceof CommandNotFoundError)) throw e;
    if (o.dryRun.dry) return dryRun(o, ctx, 'docker', report);
    throw new ConfigError(
      'docker is not installed (no docker binary on PATH); install Docker or run on a runner that has it',
    );
  }
  report.builder = builder;
  // Without buildx, DOCKER_BUILDKIT=1 in the caller's environment would make a newer `docker build`
  // refuse to run: the classic builder unless the client's own BuildKit was found and is needed.
  if (builder !== 'buildx') baseEnv.DOCKER_BUILDKIT = builder === 'buildkit' ? '1' : '0';
  if (o.dryRun.dry) return dryRun(o, ctx, builder, report);
  if (version.exitCode !== 0)
    return fail(report, errorLine(version.stderr), `the Docker engine is not reachable: ${errorLine(version.stderr)}`);
  const s: Session = {
    o,
    ctx,
    report,
    builder,
    baseEnv,
    docker: makeDocker(ctx, baseEnv),
    retryBaseMs: retryBaseMs(ctx.env),
    started,
  };
  try {
    return await realRun(s);
  } finally {
    await logout(s);
  }
}

async function realRun(s: Session): Promise<Ending> {
  const { o, ctx } = s;
  const iidfile = join(mkdtempSync(join(ctx.tempDir, 'docker-build-')), 'iid');
  const plan = planBuild(o, s.builder, iidfile);
  for (const w of plan.warnings) ctx.logger.warning(w);
  const registry = await registryClient(s);
  if (o.skipIfExists) {
    const existing = await lookUp(s, registry);
    if (existing) return skip(s, registry, existing);
    ctx.logger.info(`${o.image.name}:${o.plan.shaTag} is not in the registry yet: building it`);
  }
  // Log in only now, to build (private base images) and push: a skipped run needs no login.
  const login = await logIn(s);
  if (login) return login;
  if (cancelled(s)) return fail(s.report, 'cancelled', 'cancelled before the build started');
  const built = await build(s, plan, iidfile);
  if (built.failure || !o.push) return built;
  if (cancelled(s)) return fail(s.report, 'cancelled', 'cancelled after the build, before any push');
  const pushed = await pushTags(s, plan, built.imageId ?? '');
  if (!('output' in pushed)) return pushed;
  return readDigest(s, registry, pushed.output, built.imageId ?? '');
}

/** `docker login` into a private config when credentials are given; an Ending only when it fails. */
async function logIn(s: Session): Promise<Ending | undefined> {
  const { o, ctx } = s;
  if (!o.username || !o.password) return undefined;
  const dir = privateDockerConfig(ctx);
  s.configDir = dir;
  // It will hold the credentials: removed on every exit path, a cancelled one included.
  ctx.onCleanup(() => rmSync(dir, { recursive: true, force: true }));
  s.docker = makeDocker(ctx, { ...s.baseEnv, DOCKER_CONFIG: s.configDir });
  ctx.logger.info(`$ ${formatCommand(['docker', ...loginArgv(o)])}   # password on standard input`);
  // Login is one small request: it gets at most a minute an attempt, however long pushes may take.
  const loginTimeout = Math.min(60_000, o.attemptTimeoutMs);
  const login = await withRetries(o, ctx, s.retryBaseMs, 'docker login', loginTimeout, (timeoutMs) =>
    s.docker.run(loginArgv(o), { input: o.password, timeoutMs }),
  );
  if (login.exitCode !== 0) {
    const text = `${login.stdout}\n${login.stderr}`;
    const error = attemptError(login, loginTimeout);
    const tries = `${login.attempts} attempt${login.attempts > 1 ? 's' : ''}`;
    const why = cancelled(s)
      ? 'the run was cancelled'
      : login.timedOut || classifyFailure(text) === 'transient'
        ? `${o.image.registry} is unreachable or failing (${tries}), so the credentials were never checked; retry later or check the registry's status`
        : classifyFailure(text) === 'denied'
          ? 'check the username and password inputs'
          : `check that ${o.image.registry} is a registry this runner can reach`;
    return fail(
      s.report,
      error,
      `docker login to ${o.image.registry} as "${o.username}" failed: ${error}; ${why}`,
      text,
    );
  }
  s.loggedIn = true;
  return undefined;
}

/** The run was cancelled (SIGINT/SIGTERM): start nothing more. */
function cancelled(s: Session): boolean {
  return s.ctx.signal.aborted;
}

async function logout(s: Session): Promise<void> {
  if (s.loggedIn && !cancelled(s)) {
    const out = await s.docker.run(['logout', s.o.image.registry], { timeoutMs: 30_000 }).catch(() => undefined);
    if (out?.exitCode !== 0)
      s.ctx.logger.warning(`docker logout ${s.o.image.registry} failed; the private config is removed anyway`);
  }
  if (s.configDir) rmSync(s.configDir, { recursive: true, force: true });
}

/** Run the build; the image id (and size) on success, the Dockerfile line annotated on failure. */
async function build(s: Session, plan: Plan, iidfile: string): Promise<Ending> {
  const { o, ctx, report } = s;
  const buildStart = ctx.now();
  ctx.logger.startGroup(
    `docker ${plan.argv.slice(0, s.builder === 'buildx' ? 2 : 1).join(' ')} (${o.plan.tags.length} tags)`,
  );
  ctx.logger.info(`$ ${buildCommandLine(s.builder, plan.argv)}`);
  const result = await s.docker.run(plan.argv, { stream: true });
  ctx.logger.endGroup();
  report.buildMs = ctx.now() - buildStart;
  report.steps = dockerfileSteps(parseBuildSteps(`${result.stdout}\n${result.stderr}`), o.labels);
  if (result.exitCode !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    const error = errorLine(output);
    const at = dockerfileLine(output);
    if (at && o.file)
      ctx.annotations.add({ level: 'error', message: error, file: relative(ctx.cwd, o.file) || o.file, line: at });
    return fail(report, error, `docker build failed (exit ${result.exitCode ?? result.signal}): ${error}`, output);
  }
  const imageId = existsSync(iidfile) ? readFileSync(iidfile, 'utf8').trim() : '';
  if (imageId && !plan.pushesItself) {
    const inspect = await s.docker.run(['image', 'inspect', '--format', '{{.Size}}', imageId], { timeoutMs: 30_000 });
    if (inspect.exitCode === 0) report.sizeBytes = Number(inspect.stdout.trim()) || undefined;
  }
  report.imageId = imageId;
  if (!o.push) {
    report.result = 'built';
    report.totalMs = ctx.now() - s.started;
    ctx.logger.info(`built ${o.image.name}:${o.plan.shaTag} (${imageId}); not pushed: ${o.pushReason}`);
  }
  return { imageId };
}

/** Push every tag: the first uploads the layers, the rest only put a manifest. */
async function pushTags(s: Session, plan: Plan, imageId: string): Promise<Ending | { output: string }> {
  const { o, ctx, report } = s;
  let output = '';
  if (plan.pushesItself) return { output };
  for (const t of o.plan.tags) {
    const ref = `${o.image.name}:${t}`;
    ctx.logger.info(`$ ${formatCommand(['docker', 'push', ref])}`);
    const push = await withRetries(o, ctx, s.retryBaseMs, `docker push ${ref}`, o.attemptTimeoutMs, (timeoutMs) =>
      s.docker.run(['push', ref], { stream: true, timeoutMs }),
    );
    if (push.exitCode !== 0) {
      const text = `${push.stdout}\n${push.stderr}`;
      const error = cancelled(s) ? 'cancelled' : attemptError(push, o.attemptTimeoutMs);
      const tries = `${push.attempts} attempt${push.attempts > 1 ? 's' : ''}`;
      const fix = cancelled(s)
        ? `the push was stopped; the registry may hold some of its layers, but no tag from this attempt`
        : push.timedOut
          ? `the registry stalled: raise attempt-timeout-seconds (${o.attemptTimeoutMs / 1000}) for very large layers, or check ${o.image.registry}`
          : '';
      const line = `docker push ${ref} failed after ${tries}: ${error}${fix ? `; ${fix}` : ''}`;
      return { imageId, ...fail(report, error, line, text) };
    }
    if (push.attempts > 1) report.pushAttempts = Math.max(report.pushAttempts ?? 1, push.attempts);
    if (t === o.plan.shaTag) output = push.stdout;
  }
  return { output };
}

/** The digest, read back from the registry (what a deploy will pull), else the one docker push printed. */
async function readDigest(s: Session, registry: RegistryClient, pushOutput: string, imageId: string): Promise<Ending> {
  const { o, ctx, report } = s;
  let digest = '';
  try {
    digest = (await registry.manifest(o.plan.shaTag))?.digest ?? '';
    if (!digest) ctx.logger.warning(`${o.image.name}:${o.plan.shaTag} was pushed but the registry does not list it`);
  } catch (e) {
    ctx.logger.warning(`could not read the digest back from ${o.image.registry} (${describeThrown(e)})`);
  }
  const printed = pushedDigest(pushOutput);
  if (!digest && printed) {
    ctx.logger.warning(`using the digest docker push printed (${printed})`);
    digest = printed;
  } else if (digest && printed && digest !== printed)
    ctx.logger.warning(`the registry says ${digest} but docker push printed ${printed}; outputs use the registry's`);
  Object.assign(report, { result: 'built', digest, totalMs: ctx.now() - s.started });
  ctx.logger.info(`pushed ${o.image.name}@${digest || '(digest unknown)'} as ${o.plan.tags.join(', ')}`);
  return {
    digest,
    imageId,
    failure: digest
      ? undefined
      : `pushed ${o.image.name}:${o.plan.shaTag} but could not read its digest back from the registry`,
  };
}

function outputs(o: DockerOptions, e: Ending): Record<string, string> {
  const digest = e.digest ?? '';
  const tags = o.plan.tags.map((t) => `${o.image.name}:${t}`);
  // Sorted by key, as metadata-action writes them.
  const labels = [...o.labels].sort(([a], [b]) => a.localeCompare(b));
  const json = {
    tags,
    'tag-names': o.plan.tags,
    labels: Object.fromEntries(labels),
    annotations: o.annotations.map(([k, v]) => `${k}=${v}`),
  };
  return {
    image: `${o.image.name}:${o.plan.shaTag}`,
    tags: tags.join('\n'),
    version: o.plan.version,
    labels: labels.map(([k, v]) => `${k}=${v}`).join('\n'),
    json: JSON.stringify(json),
    digest,
    'image-ref': digest ? `${o.image.name}@${digest}` : '',
    'image-id': e.imageId ?? '',
    skipped: String(e.skipped ?? false),
  };
}
