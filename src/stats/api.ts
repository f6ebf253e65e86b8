import { ExternalError } from '../core/errors.js';
import { githubHeaders, githubUrl, nextLink } from '../core/github-rest.js';
import { request, sleep as realSleep, type HttpResponse } from '../core/http.js';
import type { Logger } from '../core/logger.js';
import type { Masker } from '../core/mask.js';
import type { EtagCache } from './cache.js';

/** GitHub answered an error: its status and message, for one line that says what to do. */
export class ApiError extends ExternalError {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    readonly path: string,
  ) {
    super(`GitHub answered ${status}${apiMessage ? ` "${apiMessage}"` : ''} for ${path}`);
  }
}

/** The primary rate limit is (nearly) used up and resets too late to wait for. */
export class RateLimitError extends ExternalError {
  override readonly name = 'RateLimitError';
}

export interface ApiDeps {
  masker: Masker;
  logger: Logger;
  signal: AbortSignal;
  timeoutMs: number;
  now: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Longest wait for a rate limit to reset or a Retry-After; default 60 s. */
  maxWaitMs?: number;
  /** Stop reading details when this few requests are left; default 25. */
  reserve?: number;
}

/**
 * GitHub REST reads for pipeline health: conditional GETs (If-None-Match; a 304 is free and
 * reuses the cached compacted body), Link pagination, and rate-limit awareness: it reads
 * x-ratelimit-remaining/reset after every answer, waits out a secondary limit (403/429 with
 * Retry-After, or the "secondary rate limit" message), and stops early rather than spend the
 * last requests of the hour.
 */
export class StatsApi {
  calls = 0;
  notModified = 0;
  remaining?: number;
  resetMs?: number;
  private readonly headers: Record<string, string>;
  constructor(
    private readonly apiUrl: string,
    token: string,
    private readonly cache: EtagCache,
    private readonly deps: ApiDeps,
  ) {
    this.headers = githubHeaders(token, 'shipline-pipeline-health');
  }

  private async fetchOnce(url: string, etag?: string): Promise<HttpResponse> {
    if (this.deps.signal.aborted) throw new ExternalError('cancelled');
    this.calls++;
    return request(
      {
        url,
        headers: etag ? { ...this.headers, 'if-none-match': etag } : this.headers,
        timeoutMs: this.deps.timeoutMs,
        retries: 3,
        label: 'the GitHub API',
      },
      {
        masker: this.deps.masker,
        logger: this.deps.logger,
        sleep: this.deps.sleep,
        maxWaitMs: this.deps.maxWaitMs,
        signal: this.deps.signal,
      },
    );
  }

  /** One conditional GET; `compact` turns the JSON body into what is kept in the cache. */
  async get<T>(pathOrUrl: string, compact: (body: unknown) => T, keep = true): Promise<{ data: T; next?: string }> {
    const url = githubUrl(this.apiUrl, pathOrUrl);
    const cached = !keep
      ? undefined
      : (this.cache.etag(url) as { etag: string; data: { data: T; next?: string } } | undefined);
    const wait = this.deps.sleep ?? realSleep;
    const maxWait = this.deps.maxWaitMs ?? 60_000;
    for (let tries = 1; ; tries++) {
      const res = await this.fetchOnce(url, cached?.etag);
      this.readLimits(res);
      if (res.status === 304 && cached) {
        this.notModified++;
        this.cache.touchEtag(url);
        return cached.data;
      }
      if (res.ok) {
        const out = { data: compact(JSON.parse(res.body) as unknown), next: nextLink(res.headers.get('link')) };
        const etag = res.headers.get('etag');
        if (etag && keep) this.cache.setEtag(url, etag, out);
        this.checkReserve();
        return out;
      }
      const message = apiMessage(res.body);
      const secondary = /secondary rate limit/i.test(message) || res.headers.has('retry-after');
      const primary = res.headers.get('x-ratelimit-remaining') === '0';
      if ((res.status === 403 || res.status === 429) && (secondary || primary) && tries <= 3) {
        const after = Number(res.headers.get('retry-after'));
        const delay =
          Number.isFinite(after) && res.headers.has('retry-after')
            ? after * 1000
            : primary && this.resetMs !== undefined
              ? this.resetMs - this.deps.now()
              : 60_000;
        if (delay > maxWait)
          throw new RateLimitError(
            `the GitHub API rate limit is used up (${message || res.status}) and resets in ${Math.ceil(delay / 1000)} s`,
          );
        this.deps.logger.info(`GitHub rate limit (${res.status}); waiting ${(delay / 1000).toFixed(0)} s`);
        await wait(Math.max(0, delay));
        continue;
      }
      throw new ApiError(res.status, message, new URL(url).pathname);
    }
  }

  /**
   * Every page of a list, following Link rel="next"; `stop` ends early (e.g. past the window).
   * `keep: false` for answers the caller caches itself (the jobs of completed attempts).
   */
  async all<T>(
    path: string,
    compact: (body: unknown) => T[],
    stop?: (page: T[]) => boolean,
    keep = true,
  ): Promise<T[]> {
    const out: T[] = [];
    let next: string | undefined = path;
    while (next) {
      const page: { data: T[]; next?: string } = await this.get(next, compact, keep);
      out.push(...page.data);
      if (stop?.(page.data)) break;
      next = page.next;
    }
    return out;
  }

  private readLimits(res: HttpResponse): void {
    const rem = res.headers.get('x-ratelimit-remaining');
    const reset = res.headers.get('x-ratelimit-reset');
    if (rem !== null && rem !== '') this.remaining = Number(rem);
    if (reset) this.resetMs = Number(reset) * 1000;
  }

  private checkReserve(): void {
    if (this.remaining !== undefined && this.remaining < (this.deps.reserve ?? 25))
      throw new RateLimitError(
        `only ${this.remaining} GitHub API requests are left this hour (resets ${this.resetMs ? new Date(this.resetMs).toISOString() : 'soon'}); stopped reading to leave them to other jobs`,
      );
  }
}

function apiMessage(body: string): string {
  try {
    const m = (JSON.parse(body) as { message?: unknown }).message;
    return typeof m === 'string' ? m : '';
  } catch {
    return body.trim().slice(0, 200);
  }
}
