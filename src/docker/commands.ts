import type { DockerOptions } from './types.js';
import { ConfigError } from '../core/errors.js';
import { formatCommand } from '../core/exec.js';

/**
 * Which builder runs: buildx when its plugin answers; `buildkit` when the inputs need BuildKit and
 * the docker client has it built in (`DOCKER_BUILDKIT=1 docker build`, as Debian's docker.io
 * 20.10 does); else the classic builder.
 */
export type Builder = 'buildx' | 'buildkit' | 'docker';

export interface BuildPlan {
  argv: string[];
  /** buildx pushes itself (multi-platform images cannot be loaded into the engine). */
  pushesItself: boolean;
  /** Inputs the classic builder cannot honour, said as warnings rather than failures. */
  warnings: string[];
}

/** Thrown when the inputs need buildx and it is not installed; the caller names the input. */
export class NeedsBuildxError extends ConfigError {
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly fix = 'install buildx (docker/setup-buildx-action) or build a single platform',
  ) {
    super(problem);
  }
}

/** The build command as a user would type it: the client's BuildKit needs DOCKER_BUILDKIT=1 in front. */
export function buildCommandLine(builder: Builder, argv: string[]): string {
  return `${builder === 'buildkit' ? 'DOCKER_BUILDKIT=1 ' : ''}${formatCommand(['docker', ...argv])}`;
}

const BUILDX_CACHE_SPEC = /^type=|,/;

/** The exact `docker build` / `docker buildx build` argv (without the leading `docker`). */
export function buildArgv(o: DockerOptions, builder: Builder, iidfile: string): BuildPlan {
  const warnings: string[] = [];
  const argv: string[] = builder === 'buildx' ? ['buildx', 'build'] : ['build'];
  if (o.file) argv.push('--file', o.file);
  if (o.target) argv.push('--target', o.target);
  if (o.noCache) argv.push('--no-cache');
  if (o.pull) argv.push('--pull');
  if (o.network) argv.push(`--network=${o.network}`);
  // BuildKit's plain progress: one line per event, which the log and the step parser read.
  if (builder === 'buildkit') argv.push('--progress=plain');
  for (const [k, v] of o.buildArgs) argv.push('--build-arg', `${k}=${v}`);
  for (const [k, v] of o.labels) argv.push('--label', `${k}=${v}`);
  for (const t of o.plan.tags) argv.push('--tag', `${o.image.name}:${t}`);
  argv.push('--iidfile', iidfile);
  let pushesItself = false;
  if (builder === 'buildx') {
    if (o.platforms.length) argv.push('--platform', o.platforms.join(','));
    for (const c of o.cacheFrom) argv.push('--cache-from', c);
    for (const c of o.cacheTo) argv.push('--cache-to', c);
    argv.push(`--provenance=${o.provenance}`);
    for (const sp of o.secrets) argv.push('--secret', sp);
    for (const sp of o.ssh) argv.push('--ssh', sp);
    for (const [k, v] of o.buildContexts) argv.push('--build-context', `${k}=${v}`);
    for (const [k, v] of o.annotations) argv.push('--annotation', `${k}=${v}`);
    // A multi-platform image cannot be loaded into the engine: buildx pushes it directly.
    pushesItself = o.platforms.length > 1 && o.push;
    if (o.platforms.length > 1 && !o.push)
      warnings.push(`${o.platforms.length} platforms and no push: buildx keeps the result in its build cache only`);
    else argv.push(pushesItself ? '--push' : '--load');
  } else {
    if (o.platforms.length > 1)
      throw new NeedsBuildxError(
        'platforms',
        `lists ${o.platforms.length} platforms (${o.platforms.join(', ')}) but docker buildx is not installed`,
      );
    if (o.platforms.length === 1) argv.push('--platform', o.platforms[0]);
    const name = builder === 'buildkit' ? 'docker build with BuildKit' : 'the classic builder';
    if (builder === 'buildkit') {
      for (const sp of o.secrets) argv.push('--secret', sp);
      for (const sp of o.ssh) argv.push('--ssh', sp);
    }
    // The classic builder has no secrets or SSH, and only buildx has named contexts and annotations:
    // baking a secret in would be worse than failing.
    for (const [input, n, buildKitHasIt] of [
      ['secrets', o.secrets.length, true],
      ['ssh', o.ssh.length, true],
      ['build-contexts', o.buildContexts.length, false],
      ['annotations', o.annotations.length, false],
    ] as const) {
      if (!n || (buildKitHasIt && builder === 'buildkit')) continue;
      if (buildKitHasIt)
        throw new NeedsBuildxError(
          input,
          'is set but neither docker buildx nor a docker client with BuildKit built in (DOCKER_BUILDKIT=1) is available, and the classic builder cannot keep it out of the image',
          "install buildx (docker/setup-buildx-action) or use a docker client with BuildKit built in (Debian's docker.io)",
        );
      throw new NeedsBuildxError(input, 'is set but docker buildx is not installed (docker build cannot do it)');
    }
    for (const c of o.cacheFrom) {
      if (BUILDX_CACHE_SPEC.test(c)) warnings.push(`cache-from "${c}" needs buildx; ${name} ignores it`);
      else argv.push('--cache-from', c);
    }
    if (o.cacheTo.length) warnings.push(`cache-to needs buildx; ${name} ignores it`);
    if (o.provenance) warnings.push(`provenance needs buildx; ${name} makes no attestations`);
  }
  argv.push(o.context);
  return { argv, pushesItself, warnings };
}

const DENIED = /unauthori[sz]ed|denied|authentication required|forbidden|\b40[13]\b|incorrect username or password/i;
const TRANSIENT =
  /\b(408|429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway time-?out|internal server error|connection reset|broken pipe|unexpected EOF|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|timed? ?out/i;

/** Docker's own words for a registry that did not answer in time (its client timeout, a dial timeout). */
const NO_ANSWER =
  /Client\.Timeout exceeded|i\/o timeout|TLS handshake timeout|context deadline exceeded|connection refused/i;

/** What a failed login or push says about the registry: it refused us, it is unwell, or neither. */
export type RegistryFailure = 'denied' | 'transient' | 'other';

/**
 * Read a failed login/push: the HTTP status the daemon quotes (`failed with status: 503 …`)
 * decides first, then a registry that did not answer, then denial words, then transient ones.
 * A port or digest containing "401" is not a denial: only a quoted status or the words are.
 */
export function classifyFailure(output: string): RegistryFailure {
  const status = /status(?: code)?:? (\d{3})\b/i.exec(output)?.[1];
  if (status) {
    if (status === '401' || status === '403') return 'denied';
    if (/^(408|429|5\d\d)$/.test(status)) return 'transient';
  }
  if (NO_ANSWER.test(output)) return 'transient';
  const words = output.replace(/https?:\/\/\S+|\d+\.\d+\.\d+\.\d+:\d+|sha256:[0-9a-f]+/g, '');
  if (DENIED.test(words)) return 'denied';
  return TRANSIENT.test(words) ? 'transient' : 'other';
}

/** Whether a failed login/push is worth another try: 429, 5xx, resets, timeouts; never a denial. */
export function isTransient(output: string): boolean {
  return classifyFailure(output) === 'transient';
}

/** `1.2.3: digest: sha256:… size: 735` as `docker push` prints it. */
export function pushedDigest(output: string): string | undefined {
  return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}

/** The line of docker's output that says what went wrong (the last error-looking line). */
export function errorLine(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter(
      (l) =>
        l &&
        !/^DEPRECATED|^Install the buildx|^BuildKit is currently|^Environment-variable|^https:\/\/docs\.docker\.com/.test(
          l,
        ),
    );
  const err = [...lines]
    .reverse()
    .find((l) =>
      /error|failed|unknown instruction|not found|denied|unauthori[sz]ed|returned a non-zero code|unexpected|unavailable|too many requests/i.test(
        l,
      ),
    );
  return err ?? lines[lines.length - 1] ?? '(no output)';
}

/** The Dockerfile line docker blames (classic: `parse error line 2`, BuildKit: `Dockerfile:2`). */
export function dockerfileLine(output: string): number | undefined {
  const m = /dockerfile parse error (?:on )?line (\d+)/i.exec(output) ?? /Dockerfile:(\d+)\b/.exec(output);
  return m ? Number(m[1]) : undefined;
}

/** Retry delays: 1 s, 2 s, 4 s … capped at 30 s (SHIPLINE_RETRY_BASE_MS scales it, for tests). */
export function backoffMs(attempt: number, baseMs = 1000): number {
  return Math.min(30_000, baseMs * 2 ** (attempt - 1));
}
