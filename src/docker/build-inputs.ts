import { existsSync, readFileSync, statSync } from 'node:fs';
import type { Inputs } from '../core/inputs.js';
import { insidePath, pathRoots } from '../core/paths.js';
import type { InputSpec, ToolContext } from '../core/tool.js';

/** Build argument names that hold credentials (NPM_TOKEN, DB_PASSWORD, AWS_SECRET_ACCESS_KEY, API_KEY …). */
const SECRET_ARG = /token|secret|passw(or)?d|\bpwd\b|_pwd$|api_?key|private_?key|access_?key|credential|auth/i;

/** Mask and warn about build arguments named like credentials. */
export function warnSecretBuildArgs(buildArgs: Array<[string, string]>, ctx: ToolContext): void {
  // A build argument is visible in the build line, `docker history` and the image config: one
  // whose name says it is a credential is masked everywhere we print, and pointed at `secrets`.
  for (const [k, v] of buildArgs) {
    if (!SECRET_ARG.test(k) || !v) continue;
    ctx.masker.add(v);
    ctx.logger.warning(
      `build-args: ${k} looks like a secret; its value is masked here, but a build argument stays readable in the image (docker history): pass it with the secrets input instead (id=${k.toLowerCase()},env=…) and read it with RUN --mount=type=secret`,
    );
  }
}

/** `secrets` (id=value, masked) and `secret-files` (id=path) as buildx --secret specs. */
export function parseSecrets(
  inputs: Inputs,
  ctx: ToolContext,
): { secrets: string[]; secretEnv: Record<string, string> } {
  const out: string[] = [];
  const env: Record<string, string> = {};
  for (const [id, value] of inputs.keyValues('secrets')) {
    ctx.masker.add(value);
    // The value goes to docker through the environment, never on the command line.
    const name = `SHIPLINE_SECRET_${id.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()}`;
    out.push(`id=${id},env=${name}`);
    env[name] = value;
  }
  for (const [id, path] of inputs.keyValues('secret-files')) {
    // A secret file the job wrote: in the workspace or the runner temp folder, nowhere else.
    const abs = insidePath('secret-files', path, pathRoots(ctx, { temp: true }));
    if (!existsSync(abs))
      throw inputs.fail(
        'secret-files',
        `"${id}" points at ${path}, which does not exist`,
        'give id=path of a file the job wrote',
      );
    // A RUN step that prints the file would put it in the log: a token-sized file is masked too.
    if (statSync(abs).isFile() && statSync(abs).size <= 64 * 1024) ctx.masker.add(readFileSync(abs, 'utf8'));
    out.push(`id=${id},src=${abs}`);
  }
  return { secrets: out, secretEnv: env };
}

/** The inputs of the tag rules and of BuildKit (secrets, ssh, contexts), declared once here. */
export const BUILD_INPUT_SPECS: InputSpec[] = [
  {
    name: 'latest',
    description:
      "auto, true (always) or false (never: immutable-tag registries such as ECR). auto: latest on the default branch; with type= rules in tags, metadata-action's latest=auto (with a semver, pep440, match or git-tag rule's tag, never a pre-release).",
    default: 'auto',
  },
  {
    name: 'branch-tag',
    description:
      'Tag the image with the branch slug; false for immutable-tag registries (ECR rejects a re-pushed tag).',
    default: 'true',
    kind: 'boolean',
  },
  {
    name: 'no-cache',
    description: 'Build without the layer cache (docker build --no-cache).',
    default: 'false',
    kind: 'boolean',
  },
  {
    name: 'pull',
    description: 'Always pull newer base images (docker build --pull).',
    default: 'false',
    kind: 'boolean',
  },
  {
    name: 'network',
    description: 'Networking mode for the RUN steps (docker build --network), e.g. none or host.',
  },
  {
    name: 'secrets',
    description:
      'Build secrets, one id=value a line, read in the Dockerfile with RUN --mount=type=secret,id=…; never in a layer (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
    kind: 'list',
    secret: true,
  },
  {
    name: 'secret-files',
    description:
      'Build secrets from files, one id=path a line (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
    kind: 'list',
  },
  {
    name: 'ssh',
    description:
      'SSH agent sockets or keys for RUN --mount=type=ssh, one default|id[=path] a line (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
    kind: 'list',
  },
  {
    name: 'build-contexts',
    description: 'Additional named contexts, one name=path-or-image a line (buildx only).',
    kind: 'list',
  },
  {
    name: 'annotations',
    description: 'OCI annotations, one key=value a line (buildx only).',
    kind: 'list',
  },
];
