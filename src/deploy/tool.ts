import { resolveDryRun } from '../core/dry-run.js';
import type { Inputs } from '../core/inputs.js';
import { defineTool, type ToolContext } from '../core/tool.js';
import type { DeployOptions, DeployTarget } from './types.js';

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

function duration(inputs: Inputs, name: string, fallback: string): number {
  const raw = inputs.string(name, fallback);
  const ms = parseDuration(raw);
  if (ms === undefined || ms <= 0)
    throw inputs.fail(name, `"${raw}" is not a duration`, 'use seconds (300), or a number with s, m or h (90s, 5m)');
  return ms;
}

/** A container image reference as the kubelet accepts it (lower-case repository, optional tag and digest). */
export const IMAGE_REF =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$/;

function parseOptions(inputs: Inputs, ctx: ToolContext): DeployOptions {
  const targets = inputs.list('deployments').map((l) => parseTarget(l, inputs));
  const manifests = inputs.list('manifests');
  const image = inputs.optional('image');
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
  if (image && !IMAGE_REF.test(image))
    throw inputs.fail(
      'image',
      `"${image}" is not a valid image reference`,
      'use registry/repository:tag or registry/repository@sha256:digest, lower-case',
    );
  const seen = new Set<string>();
  for (const t of targets) {
    if (seen.has(t.name))
      throw inputs.fail('deployments', `deployment "${t.name}" is listed twice`, 'list each deployment once');
    seen.add(t.name);
  }
  const images = inputs.keyValues('images').map(([k, v]) => [k.trim(), v.trim()] as [string, string]);
  for (const [, ref] of images)
    if (!IMAGE_REF.test(ref))
      throw inputs.fail(
        'images',
        `"${ref}" is not a valid image reference`,
        'write one name=registry/repository:tag (or @sha256:digest) a line',
      );
  if (images.length && !manifests.length)
    throw inputs.fail('images', 'is only used with manifests', 'set manifests, or use deployments + image');
  // core's auto|true|false, plus `server`: a server's verdict or nothing.
  const setting = inputs.string('dry-run', 'auto').toLowerCase();
  if (!['auto', 'true', 'false', 'server'].includes(setting))
    throw inputs.fail('dry-run', `"${setting}" is not allowed`, 'use auto (dry under act), true, false or server');
  const decision = setting === 'server' ? undefined : resolveDryRun(setting, ctx.env, inputs.frontDoor);
  const dryRun: DeployOptions['dryRun'] = decision
    ? { mode: decision.dry ? 'server-or-client' : 'none', reason: decision.reason }
    : { mode: 'server', reason: 'dry-run is server' };
  const namespace = inputs.optional('namespace');
  if (namespace && !NAME.test(namespace))
    throw inputs.fail(
      'namespace',
      `"${namespace}" is not a namespace name`,
      'use a lower-case DNS label such as production',
    );
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
    dryRun,
    unschedulableGraceMs: duration(inputs, 'unschedulable-grace', '60'),
  };
}

export const tool = defineTool<DeployOptions>({
  inputs: [
    {
      name: 'kubeconfig',
      description:
        "Kubeconfig file content (a secret: written to a 0600 file in RUNNER_TEMP, removed afterwards, never printed). Empty: the runner's current kubectl context.",
      default: '',
      secret: true,
      env: 'SHIPLINE_KUBECONFIG',
    },
    { name: 'context', description: 'Kubeconfig context to use (default: its current context).', default: '' },
    { name: 'namespace', description: "Namespace of the deployments (default: the context's namespace).", default: '' },
    {
      name: 'deployments',
      description:
        'Deployments to update with image, one a line: name, or name/container when the pod has several containers. Several roll out in parallel.',
      default: '',
      kind: 'list',
    },
    {
      name: 'image',
      description: 'Image reference to roll out to deployments, ideally name@sha256:digest.',
      default: '',
    },
    {
      name: 'manifests',
      description:
        'Manifest files or globs to apply instead (server-side apply), one a line; their Deployments are watched and rolled back.',
      default: '',
      kind: 'list',
    },
    {
      name: 'images',
      description:
        'Image substitutions for manifests, one repository=reference a line (e.g. ghcr.io/acme/api=ghcr.io/acme/api@sha256:...).',
      default: '',
      kind: 'list',
    },
    {
      name: 'timeout',
      description:
        'How long the rollout may take before it fails, in seconds (or 90s, 5m); a rollback gets as long again to become healthy.',
      default: '300',
    },
    {
      name: 'rollback',
      description:
        'On failure, undo every deployment this run changed to its recorded revision and wait until it is healthy.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'fail-fast',
      description: 'Stop watching the other deployments as soon as one fails.',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'change-cause',
      description: 'Recorded in the kubernetes.io/change-cause annotation (default: the commit SHA and the run URL).',
      default: '',
    },
    {
      name: 'unschedulable-grace',
      description: 'How long a new pod may stay unschedulable before the rollout fails, in seconds.',
      default: '60',
    },
    {
      name: 'dry-run',
      description:
        'auto, true, false or server: true prints the commands and validates them with --dry-run=server where the cluster allows it (else client); server insists on server; auto is dry under act.',
      default: 'auto',
    },
  ],
  outputs: [
    { name: 'result', description: 'deployed, rolled-back or failed (dry-run in a dry run).' },
    {
      name: 'revision',
      description: 'The revision now rolled out (one name=revision a line when several deployments).',
    },
    {
      name: 'previous-revision',
      description: 'The revision recorded before the rollout (one name=revision a line when several deployments).',
    },
    { name: 'reason', description: 'Why the rollout failed, in one line (empty on success).' },
  ],
  parse: parseOptions,
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
});
