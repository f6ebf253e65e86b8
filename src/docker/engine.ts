import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { ConfigError, describeThrown } from '../core/errors.js';
import { CommandNotFoundError, formatCommand, type ExecResult } from '../core/exec.js';
import { sleep } from '../core/http.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import {
  NeedsBuildxError,
  backoffMs,
  buildArgv,
  dockerfileLine,
  errorLine,
  isTransient,
  pushedDigest,
  type Builder,
} from './commands.js';
import { RegistryClient, type Manifest } from './registry.js';
import { dockerCredentials } from './credentials.js';
import { renderSummary, type Report } from './report.js';
import type { DockerOptions } from './tool.js';

interface Docker {
  run(args: string[], opts?: { input?: string; stream?: boolean; timeoutMs?: number }): Promise<ExecResult>;
  env: NodeJS.ProcessEnv;
}

function makeDocker(ctx: ToolContext, env: NodeJS.ProcessEnv): Docker {
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

async function detectBuilder(docker: Docker): Promise<Builder> {
  try {
    const r = await docker.run(['buildx', 'version'], { timeoutMs: 20_000 });
    return r.exitCode === 0 ? 'buildx' : 'docker';
  } catch (e) {
    if (e instanceof CommandNotFoundError) return 'docker';
    throw e;
  }
}

/**
 * A private DOCKER_CONFIG for this run, so `docker login` never writes the user's
 * ~/.docker. The buildx plugin and builder instances are linked in, so they still work.
 */
function privateDockerConfig(ctx: ToolContext): string {
  const original = ctx.env.DOCKER_CONFIG || join(ctx.env.HOME || homedir(), '.docker');
  const dir = mkdtempSync(join(ctx.tempDir, 'docker-config-'));
  for (const sub of ['cli-plugins', 'buildx']) {
    if (existsSync(join(original, sub))) symlinkSync(join(original, sub), join(dir, sub));
  }
  return dir;
}

/** Run a registry-bound docker command, retrying transient failures with backoff. */
async function withRetries(
  o: DockerOptions,
  ctx: ToolContext,
  what: string,
  fn: () => Promise<ExecResult>,
): Promise<ExecResult & { attempts: number }> {
  const base = Number(ctx.env.SHIPLINE_RETRY_BASE_MS) || 1000;
  for (let attempt = 1; ; attempt++) {
    const r = await fn();
    if (r.exitCode === 0) return { ...r, attempts: attempt };
    const output = `${r.stdout}\n${r.stderr}`;
    if (attempt > o.retries || !isTransient(output)) return { ...r, attempts: attempt };
    const delay = backoffMs(attempt, base);
    ctx.logger.warning(
      `${what} failed (${errorLine(output)}); retry ${attempt}/${o.retries} in ${(delay / 1000).toFixed(1)} s`,
    );
    await sleep(delay);
  }
}

function loginArgv(o: DockerOptions): string[] {
  return ['login', '--username', o.username ?? '', '--password-stdin', o.image.registry];
}

/** The commands a dry run prints, exactly as a real run would give them to docker. */
function dryRun(o: DockerOptions, ctx: ToolContext, builder: Builder, report: Report): ToolResult {
  const iid = join(ctx.tempDir, 'docker-build-iid');
  let plan;
  try {
    plan = buildArgv(o, builder, iid);
  } catch (e) {
    if (e instanceof NeedsBuildxError)
      throw ConfigError.forInput(
        e.input,
        e.problem,
        'install buildx (docker/setup-buildx-action) or build a single platform',
      );
    throw e;
  }
  const cmds: string[] = [];
  if (o.username) cmds.push(`${formatCommand(['docker', ...loginArgv(o)])}   # password on standard input`);
  if (o.skipIfExists)
    cmds.push(
      `# GET /v2/${o.image.repository}/manifests/${o.plan.shaTag} on ${o.image.registry}: skip the build if it exists`,
    );
  cmds.push(formatCommand(['docker', ...plan.argv]));
  if (o.push && !plan.pushesItself)
    for (const t of o.plan.tags) cmds.push(formatCommand(['docker', 'push', `${o.image.name}:${t}`]));
  if (o.username) cmds.push(formatCommand(['docker', 'logout', o.image.registry]));
  ctx.logger.info(`dry run (${o.dryRun.reason}): these are the commands a real run gives docker:`);
  for (const c of cmds) ctx.logger.info(`  ${c}`);
  for (const w of plan.warnings) ctx.logger.warning(w);
  Object.assign(report, { result: 'dry run', commands: cmds });
  renderSummary(ctx.summary, report);
  return { outputs: outputs(o, '', '', false) };
}

function outputs(o: DockerOptions, digest: string, imageId: string, skipped: boolean): Record<string, string> {
  return {
    image: `${o.image.name}:${o.plan.shaTag}`,
    tags: o.plan.tags.map((t) => `${o.image.name}:${t}`).join('\n'),
    digest,
    'image-ref': digest ? `${o.image.name}@${digest}` : '',
    'image-id': imageId,
    skipped: String(skipped),
  };
}

/** Build (or skip), push with retries, read the digest back from the registry. */
export async function runDockerBuild(o: DockerOptions, ctx: ToolContext): Promise<ToolResult> {
  const started = ctx.now();
  const report: Report = {
    image: o.image.name,
    tags: o.plan.tags,
    shaTag: o.plan.shaTag,
    push: o.push,
    pushReason: o.pushReason,
    result: 'failed',
    dropped: o.plan.dropped,
  };
  for (const t of o.plan.dropped)
    ctx.logger.info(`tag template "${t}" skipped: a placeholder it uses is empty in this run`);
  const baseEnv: NodeJS.ProcessEnv = { ...ctx.env, DOCKER_CLI_HINTS: 'false' };
  let docker = makeDocker(ctx, baseEnv);

  let builder: Builder;
  let version: ExecResult;
  try {
    version = await docker.run(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 30_000 });
    builder = await detectBuilder(docker);
  } catch (e) {
    if (!(e instanceof CommandNotFoundError)) throw e;
    if (o.dryRun.dry) return dryRun(o, ctx, 'docker', report);
    throw new ConfigError(
      'docker is not installed (no docker binary on PATH); install Docker or run on a runner that has it',
    );
  }
  report.builder = builder;
  // Without buildx, DOCKER_BUILDKIT=1 in the caller's environment would make `docker build`
  // refuse to run; the classic builder is what we have, so say so.
  if (builder === 'docker') {
    baseEnv.DOCKER_BUILDKIT = '0';
    docker = makeDocker(ctx, baseEnv);
  }
  if (o.dryRun.dry) return dryRun(o, ctx, builder, report);
  if (version.exitCode !== 0) {
    report.error = errorLine(version.stderr);
    renderSummary(ctx.summary, report);
    return {
      outputs: outputs(o, '', '', false),
      failure: `the Docker engine is not reachable: ${errorLine(version.stderr)}`,
    };
  }

  const iidfile = join(mkdtempSync(join(ctx.tempDir, 'docker-build-')), 'iid');
  let plan;
  try {
    plan = buildArgv(o, builder, iidfile);
  } catch (e) {
    if (e instanceof NeedsBuildxError)
      throw ConfigError.forInput(
        e.input,
        e.problem,
        'install buildx (docker/setup-buildx-action) or build a single platform',
      );
    throw e;
  }
  for (const w of plan.warnings) ctx.logger.warning(w);

  let configDir: string | undefined;
  let loggedIn = false;
  try {
    const credentials =
      o.username && o.password
        ? { username: o.username, password: o.password }
        : await dockerCredentials(o.image.registry, ctx);
    if (credentials) ctx.masker.add(credentials.password);
    const registry = new RegistryClient(o.image, credentials, {
      masker: ctx.masker,
      logger: ctx.logger,
      retries: o.retries,
      baseDelayMs: Number(ctx.env.SHIPLINE_RETRY_BASE_MS) || 1000,
    });

    if (o.skipIfExists) {
      let existing: Manifest | undefined;
      try {
        existing = await registry.manifest(o.plan.shaTag);
      } catch (e) {
        ctx.logger.warning(
          `could not ask ${o.image.registry} whether ${o.image.name}:${o.plan.shaTag} exists (${describeThrown(e)}); carrying on as if it does not`,
        );
      }
      if (existing) return await skip(o, ctx, registry, existing, report, started);
      ctx.logger.info(`${o.image.name}:${o.plan.shaTag} is not in the registry yet: building it`);
    }
    // Log in only now, to build (private base images) and push: a skipped run needs no login.
    if (o.username && o.password) {
      configDir = privateDockerConfig(ctx);
      docker = makeDocker(ctx, { ...baseEnv, DOCKER_CONFIG: configDir });
      ctx.logger.info(`$ ${formatCommand(['docker', ...loginArgv(o)])}   # password on standard input`);
      const login = await withRetries(o, ctx, 'docker login', () =>
        docker.run(loginArgv(o), { input: o.password, timeoutMs: 120_000 }),
      );
      if (login.exitCode !== 0) {
        report.error = errorLine(`${login.stdout}\n${login.stderr}`);
        renderSummary(ctx.summary, report);
        return {
          outputs: outputs(o, '', '', false),
          failure: `docker login to ${o.image.registry} as "${o.username}" failed: ${report.error}; check the username and password inputs`,
        };
      }
      loggedIn = true;
    }

    // Build.
    const buildStart = ctx.now();
    ctx.logger.startGroup(
      `docker ${plan.argv.slice(0, builder === 'buildx' ? 2 : 1).join(' ')} (${o.plan.tags.length} tags)`,
    );
    ctx.logger.info(`$ ${formatCommand(['docker', ...plan.argv])}`);
    const build = await docker.run(plan.argv, { stream: true });
    ctx.logger.endGroup();
    report.buildMs = ctx.now() - buildStart;
    if (build.exitCode !== 0) {
      const output = `${build.stdout}\n${build.stderr}`;
      report.error = errorLine(output);
      report.log = tail(output, 40);
      const at = dockerfileLine(output);
      if (at && o.file)
        ctx.annotations.add({
          level: 'error',
          message: report.error,
          file: relative(ctx.cwd, o.file) || o.file,
          line: at,
        });
      renderSummary(ctx.summary, report);
      return {
        outputs: outputs(o, '', '', false),
        failure: `docker build failed (exit ${build.exitCode ?? build.signal}): ${report.error}`,
      };
    }
    const imageId = existsSync(iidfile) ? readFileSync(iidfile, 'utf8').trim() : '';
    if (imageId && !plan.pushesItself) {
      const inspect = await docker.run(['image', 'inspect', '--format', '{{.Size}}', imageId], { timeoutMs: 30_000 });
      if (inspect.exitCode === 0) report.sizeBytes = Number(inspect.stdout.trim()) || undefined;
    }
    report.imageId = imageId;

    if (!o.push) {
      report.result = 'built';
      report.totalMs = ctx.now() - started;
      ctx.logger.info(`built ${o.image.name}:${o.plan.shaTag} (${imageId}); not pushed: ${o.pushReason}`);
      renderSummary(ctx.summary, report);
      return { outputs: outputs(o, '', imageId, false) };
    }

    // Push every tag: the first uploads the layers, the rest only put a manifest.
    let pushOutput = '';
    if (!plan.pushesItself) {
      for (const t of o.plan.tags) {
        const ref = `${o.image.name}:${t}`;
        ctx.logger.info(`$ ${formatCommand(['docker', 'push', ref])}`);
        const push = await withRetries(o, ctx, `docker push ${ref}`, () => docker.run(['push', ref], { stream: true }));
        if (push.exitCode !== 0) {
          report.error = errorLine(`${push.stdout}\n${push.stderr}`);
          report.log = tail(`${push.stdout}\n${push.stderr}`, 40);
          renderSummary(ctx.summary, report);
          return {
            outputs: outputs(o, '', imageId, false),
            failure: `docker push ${ref} failed after ${push.attempts} attempt${push.attempts > 1 ? 's' : ''}: ${report.error}`,
          };
        }
        if (push.attempts > 1) report.pushAttempts = Math.max(report.pushAttempts ?? 1, push.attempts);
        if (t === o.plan.shaTag) pushOutput = push.stdout;
      }
    }

    // The digest, read back from the registry (what a deploy will pull).
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
    Object.assign(report, { result: 'built', digest, totalMs: ctx.now() - started });
    ctx.logger.info(`pushed ${o.image.name}@${digest || '(digest unknown)'} as ${o.plan.tags.join(', ')}`);
    renderSummary(ctx.summary, report);
    return {
      outputs: outputs(o, digest, imageId, false),
      failure: digest
        ? undefined
        : `pushed ${o.image.name}:${o.plan.shaTag} but could not read its digest back from the registry`,
    };
  } finally {
    if (loggedIn) {
      const out = await docker.run(['logout', o.image.registry], { timeoutMs: 30_000 }).catch(() => undefined);
      if (out?.exitCode !== 0)
        ctx.logger.warning(`docker logout ${o.image.registry} failed; the private config is removed anyway`);
    }
    if (configDir) rmSync(configDir, { recursive: true, force: true });
  }
}

/** The SHA tag exists: build nothing, point any new tags at the same manifest. */
async function skip(
  o: DockerOptions,
  ctx: ToolContext,
  registry: RegistryClient,
  existing: Manifest,
  report: Report,
  started: number,
): Promise<ToolResult> {
  ctx.logger.info(
    `${o.image.name}:${o.plan.shaTag} already exists (${existing.digest}): skipping the build (skip-if-exists is true)`,
  );
  const retagged: string[] = [];
  if (o.push) {
    for (const t of o.plan.tags) {
      if (t === o.plan.shaTag) continue;
      try {
        const current = await registry.manifest(t);
        if (current?.digest === existing.digest) continue;
        await registry.putManifest(t, existing);
        retagged.push(t);
      } catch (e) {
        report.error = describeThrown(e);
        renderSummary(ctx.summary, { ...report, result: 'skipped', digest: existing.digest });
        return {
          outputs: outputs(o, existing.digest, '', true),
          failure: `the build was skipped but tagging ${o.image.name}:${t} failed: ${describeThrown(e)}`,
        };
      }
    }
    if (retagged.length)
      ctx.logger.info(`pointed ${retagged.map((t) => `${o.image.name}:${t}`).join(', ')} at ${existing.digest}`);
  }
  Object.assign(report, { result: 'skipped', digest: existing.digest, retagged, totalMs: ctx.now() - started });
  renderSummary(ctx.summary, report);
  return { outputs: outputs(o, existing.digest, '', true) };
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
