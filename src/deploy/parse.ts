// parse(): every input once into typed DeployOptions; every mistake is one ConfigError line
// naming the input and the fix.
import { resolveDryRun } from '../core/dry-run.js';
import type { Inputs } from '../core/inputs.js';
import { checkGlob, pathRoots } from '../core/paths.js';
import type { ToolContext } from '../core/tool.js';
import type { DeployOptions, DeployTarget, VerifyOptions } from './types.js';

const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const CONTAINER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** `api`, `api/web`, `deployment/api/web` → a target; anything else is a ConfigError naming the line. */
export function parseTarget(line: string, inputs: Pick<Inputs, 'fail'>): DeployTarget {
  const parts = line.replace(/^(deployments?|deploy)\//, '').split('/');
  const [name, container, ...rest] = parts;
  if (rest.length || !NAME.test(name ?? '') || (container !== undefined && !CONTAINER.test(container))) {
    throw inputs.fail(
      'deployments',
      `"${line}" is not a deployment name or name/container`,
      'write one deployment a line, e.g. api or api/web (lower-case names)',
    );
  }
  return container ? { name, container } : { name };
}

/** `300`, `300s`, `5m` → milliseconds. */
export function parseDuration(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = m[2] ?? 's';
  return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]!);
}

function duration(inputs: Inputs, name: string, fallback: string, allowZero = false): number {
  const raw = inputs.string(name, fallback);
  const ms = parseDuration(raw);
  if (ms === undefined || ms < 0 || (ms === 0 && !allowZero))
    throw inputs.fail(name, `"${raw}" is not a duration`, 'use seconds (300), or a number with s, m or h (90s, 5m)');
  return ms;
}

/** A container image reference as the kubelet accepts it (lower-case repository, optional tag and digest). */
export const IMAGE_REF =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$/;

/** The reference names a tag or a digest (without either, the kubelet silently pulls :latest). */
export function pinned(ref: string): boolean {
  if (ref.includes('@')) return true;
  const slash = ref.lastIndexOf('/');
  return ref.lastIndexOf(':') > slash;
}

function checkImage(inputs: Inputs, name: string, ref: string, example: string): void {
  if (!IMAGE_REF.test(ref)) throw inputs.fail(name, `"${ref}" is not a valid image reference`, example);
  if (!pinned(ref))
    throw inputs.fail(
      name,
      `"${ref}" has neither a tag nor a digest, so the cluster would pull ${ref}:latest`,
      `name the version: ${ref}:<tag> or ${ref}@sha256:<digest> (the docker-build action outputs it)`,
    );
}

/** `10,50,100` → [10, 50, 100]: rising whole percentages ending at 100. */
export function parseSteps(raw: string, inputs: Pick<Inputs, 'fail'>): number[] {
  const steps = raw
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((s) => Number(s.replace(/%$/, '')));
  const fix = 'give rising percentages ending at 100, e.g. 10,50,100';
  if (!steps.length || steps.some((s) => !Number.isInteger(s) || s <= 0 || s > 100))
    throw inputs.fail('canary-steps', `"${raw}" is not a list of percentages`, fix);
  if (steps.some((s, i) => i > 0 && s <= steps[i - 1]))
    throw inputs.fail('canary-steps', `"${raw}" does not rise step by step`, fix);
  if (steps[steps.length - 1] !== 100) throw inputs.fail('canary-steps', `"${raw}" does not end at 100`, fix);
  return steps;
}

function parseVerify(inputs: Inputs): VerifyOptions | undefined {
  const url = inputs.optional('verify-url');
  if (!url) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(url) && !url.startsWith('/'))
    throw inputs.fail(
      'verify-url',
      `"${url}" is neither an http(s) URL nor a path`,
      'give https://host/path (fetched from the runner) or /path (fetched through the cluster on the Service)',
    );
  const bodyText = inputs.optional('verify-body');
  let body: RegExp | undefined;
  try {
    body = bodyText ? new RegExp(bodyText) : undefined;
  } catch (e) {
    throw inputs.fail(
      'verify-body',
      `is not a regular expression (${(e as Error).message})`,
      'escape it or give plain text',
    );
  }
  return {
    url,
    port: inputs.optional('verify-port'),
    status: inputs.number('verify-status', 200, { min: 100, max: 599, integer: true }),
    body,
    successes: inputs.number('verify-successes', 3, { min: 1, max: 100, integer: true }),
    timeoutMs: duration(inputs, 'verify-timeout', '60'),
    intervalMs: duration(inputs, 'verify-interval', '1'),
  };
}

function checkModes(inputs: Inputs, targets: DeployTarget[], manifests: string[], image: string | undefined): void {
  if (targets.length && manifests.length)
    throw inputs.fail(
      'manifests',
      'is set together with deployments',
      'use deployments + image to update images in place, or manifests (+ images) to apply files, not both',
    );
  if (!targets.length && !manifests.length)
    throw inputs.fail(
      'deployments',
      'is empty and no manifests are given',
      'name the deployments to update (one a line, name or name/container) with image, or set manifests',
    );
  if (manifests.length && image)
    throw inputs.fail(
      'image',
      'is set together with manifests',
      'with manifests, give substitutions in images (repository=reference a line)',
    );
  if (targets.length && !image)
    throw inputs.fail(
      'image',
      'is required with deployments',
      'set the image reference to roll out, ideally name@sha256:digest (the docker-build action outputs it)',
    );
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.name))
      throw inputs.fail('deployments', `deployment "${t.name}" is listed twice`, 'list each deployment once');
    seen.add(t.name);
  }
}

function parseDryRun(inputs: Inputs, ctx: ToolContext): DeployOptions['dryRun'] {
  // core's auto|true|false, plus `server`: a server's verdict or nothing.
  const setting = inputs.string('dry-run', 'auto').toLowerCase();
  if (!['auto', 'true', 'false', 'server'].includes(setting))
    throw inputs.fail('dry-run', `"${setting}" is not allowed`, 'use auto (dry under act), true, false or server');
  const decision = setting === 'server' ? undefined : resolveDryRun(setting, ctx.env, inputs.frontDoor);
  return decision
    ? { mode: decision.dry ? 'server-or-client' : 'none', reason: decision.reason }
    : { mode: 'server', reason: 'dry-run is server' };
}

export function parseOptions(inputs: Inputs, ctx: ToolContext): DeployOptions {
  const targets = inputs.list('deployments').map((l) => parseTarget(l, inputs));
  const manifests = inputs.list('manifests');
  // Manifests come from the workspace: a pattern reaching out of it is refused before anything
  // is read; a match that leaves it through a symlink is refused when the files are read.
  for (const m of manifests) checkGlob('manifests', m, pathRoots(ctx));
  const image = inputs.optional('image');
  checkModes(inputs, targets, manifests, image);
  if (image)
    checkImage(inputs, 'image', image, 'use registry/repository:tag or registry/repository@sha256:digest, lower-case');
  const images = inputs.keyValues('images').map(([k, v]) => [k.trim(), v.trim()] as [string, string]);
  for (const [, ref] of images)
    checkImage(inputs, 'images', ref, 'write one name=registry/repository:tag (or @sha256:digest) a line');
  if (images.length && !manifests.length)
    throw inputs.fail('images', 'is only used with manifests', 'set manifests, or use deployments + image');
  const namespace = inputs.optional('namespace');
  if (namespace && !NAME.test(namespace))
    throw inputs.fail(
      'namespace',
      `"${namespace}" is not a namespace name`,
      'use a lower-case DNS label such as production',
    );
  const strategy = inputs.enum('strategy', ['rolling', 'blue-green', 'canary'] as const, 'rolling');
  const action = inputs.enum('action', ['deploy', 'promote', 'reject'] as const, 'deploy');
  if (strategy === 'rolling' && action !== 'deploy')
    throw inputs.fail('action', `${action} needs a strategy to act on`, 'set strategy: blue-green or canary');
  if (strategy !== 'rolling' && targets.length > 1)
    throw inputs.fail('deployments', `strategy ${strategy} takes one deployment`, 'run one step per deployment');
  const service = inputs.optional('service');
  if (service && !NAME.test(service))
    throw inputs.fail('service', `"${service}" is not a Service name`, 'use the live Service name, e.g. api');
  const secrets = inputs.list('imagepullsecrets', { commas: true });
  for (const s of secrets)
    if (!NAME.test(s))
      throw inputs.fail('imagepullsecrets', `"${s}" is not a Secret name`, 'list Secret names, e.g. ghcr');
  const event = ctx.event;
  const defaultCause = [event.sha ? `deploy ${event.sha}` : 'deploy', event.runUrl ? `(${event.runUrl})` : '']
    .filter(Boolean)
    .join(' ');
  return {
    kubeconfig: inputs.optional('kubeconfig'),
    context: inputs.optional('context'),
    namespace,
    targets,
    image,
    manifests,
    images,
    timeoutMs: duration(inputs, 'timeout', '300'),
    rollback: inputs.boolean('rollback', true),
    failFast: inputs.boolean('fail-fast', true),
    changeCause: inputs.optional('change-cause') ?? defaultCause,
    dryRun: parseDryRun(inputs, ctx),
    unschedulableGraceMs: duration(inputs, 'unschedulable-grace', '60'),
    strategy,
    action,
    service,
    canarySteps: parseSteps(inputs.string('canary-steps', '10,50,100'), inputs),
    canaryPauseMs: duration(inputs, 'canary-pause', '30', true),
    baseline: inputs.boolean('baseline', true),
    scaleDownDelayMs: duration(inputs, 'scale-down-delay', '30', true),
    promotion: inputs.enum('promotion', ['auto', 'manual'] as const, 'auto'),
    verify: parseVerify(inputs),
    imagePullSecrets: secrets,
    annotate: inputs.boolean('annotate', true),
    onConflict: inputs.enum('on-conflict', ['fail', 'wait'] as const, 'fail'),
    leaseMs: duration(inputs, 'lease', '900'),
    environment: inputs.optional('environment'),
    environmentUrl: inputs.optional('environment-url'),
    githubToken: inputs.optional('github-token'),
  };
}
