import type { DockerOptions } from './types.js';
import { ConfigError } from '../core/errors.js';

/** Which builder the engine offers: buildx when its plugin answers, else the classic one. */
export type Builder = 'buildx' | 'docker';

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
  ) {
    super(problem);
  }
}

const BUILDX_CACHE_SPEC = /^type=|,/;

/** The exact `docker build` / `docker buildx build` argv (without the leading `docker`). */
export function buildArgv(o: DockerOptions, builder: Builder, iidfile: string): BuildPlan {
  const warnings: string[] = [];
  const argv: string[] = builder === 'buildx' ? ['buildx', 'build'] : ['build'];
  if (o.file) argv.push('--file', o.file);
  if (o.target) argv.push('--target', o.target);
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
    for (const c of o.cacheFrom) {
      if (BUILDX_CACHE_SPEC.test(c)) warnings.push(`cache-from "${c}" needs buildx; the classic builder ignores it`);
      else argv.push('--cache-from', c);
    }
    if (o.cacheTo.length) warnings.push('cache-to needs buildx; the classic builder ignores it');
    if (o.provenance) warnings.push('provenance needs buildx; the classic builder makes no attestations');
  }
  argv.push(o.context);
  return { argv, pushesItself, warnings };
}

const DENIED = /unauthori[sz]ed|denied|authentication required|forbidden|\b40[13]\b|incorrect username or password/i;
const TRANSIENT =
  /\b(408|429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway time-?out|internal server error|connection reset|broken pipe|unexpected EOF|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|timed? ?out/i;

/** Whether a failed login/push is worth another try: 429, 5xx, resets, timeouts; never a denial. */
export function isTransient(output: string): boolean {
  return !DENIED.test(output) && TRANSIENT.test(output);
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
