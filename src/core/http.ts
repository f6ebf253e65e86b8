import type { Logger } from './logger.js';
import type { Masker } from './mask.js';
import { ExternalError } from './errors.js';

export interface HttpRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Per attempt; default 10 s. */
  timeoutMs?: number;
  /** Retries after the first attempt; default 3. */
  retries?: number;
  /** What to call the target in messages, so a secret URL is never needed there. */
  label?: string;
  /** Retry a timed-out attempt too (off by default: a hanging server would multiply the wait). */
  retryOnTimeout?: boolean;
  /**
   * Mask secrets in the returned body (default true). Turn off only for bodies whose bytes
   * matter (a manifest is its digest; a token may contain an earlier secret) and mask what
   * you print from them yourself.
   */
  maskBody?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: string;
  attempts: number;
  ok: boolean;
}

export class HttpError extends ExternalError {
  override readonly name = 'HttpError';
  constructor(
    message: string,
    readonly attempts: number,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

export interface HttpDeps {
  masker?: Masker;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
  /** Upper bound on any one wait, including a server's Retry-After; default 30 s. */
  maxWaitMs?: number;
  /** First backoff; doubles each retry; default 500 ms. */
  baseDelayMs?: number;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RESET_CODES = new Set([
  'ECONNRESET',
  'EPIPE',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'EAI_AGAIN',
]);

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Seconds or an HTTP date, as servers send it; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function errorCode(e: unknown): string | undefined {
  const err = e as { code?: string; cause?: { code?: string } };
  return err?.cause?.code ?? err?.code;
}

/**
 * fetch with a per-attempt timeout and bounded retries on 408/429/5xx and connection resets,
 * honouring Retry-After. Non-retryable responses (and the last retryable one) are returned,
 * not thrown: the caller shows the service's own error body. Throws HttpError only when no
 * response came at all. Messages use `label`, never the (possibly secret) URL.
 */
export async function request(req: HttpRequest, deps: HttpDeps = {}): Promise<HttpResponse> {
  const retries = req.retries ?? 3;
  const doFetch = deps.fetch ?? fetch;
  const wait = deps.sleep ?? sleep;
  const maxWait = deps.maxWaitMs ?? 30_000;
  const base = deps.baseDelayMs ?? 500;
  const label = req.label ?? 'the server';
  const mask = (s: string) => (deps.masker ? deps.masker.mask(s) : s);
  const timeoutMs = req.timeoutMs ?? 10_000;
  for (let attempt = 1; ; attempt++) {
    const backoff = Math.min(maxWait, base * 2 ** (attempt - 1));
    try {
      const res = await doFetch(req.url, {
        method: req.method ?? 'GET',
        headers: req.headers,
        body: req.body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      const body = await res.text();
      if (RETRY_STATUS.has(res.status) && attempt <= retries) {
        const after = parseRetryAfter(res.headers.get('retry-after'));
        const delay = Math.min(maxWait, after ?? backoff);
        deps.logger?.info(
          `${label} answered ${res.status}; retry ${attempt}/${retries} in ${(delay / 1000).toFixed(1)} s`,
        );
        await wait(delay);
        continue;
      }
      return {
        status: res.status,
        headers: res.headers,
        body: req.maskBody === false ? body : mask(body),
        attempts: attempt,
        ok: res.ok,
      };
    } catch (e) {
      const name = (e as Error)?.name;
      const timedOut = name === 'TimeoutError' || name === 'AbortError';
      const code = errorCode(e);
      const retryable = timedOut ? req.retryOnTimeout === true : code !== undefined && RESET_CODES.has(code);
      if (retryable && attempt <= retries) {
        deps.logger?.info(
          `${label}: ${timedOut ? 'timed out' : code}; retry ${attempt}/${retries} in ${(backoff / 1000).toFixed(1)} s`,
        );
        await wait(backoff);
        continue;
      }
      const cause = (e as { cause?: { message?: string } })?.cause?.message;
      const why = timedOut
        ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s`
        : code
          ? `connection failed (${code})`
          : mask(String(cause ?? (e as Error)?.message ?? e));
      throw new HttpError(`${label}: ${why} after ${attempt} attempt${attempt > 1 ? 's' : ''}`, attempt, timedOut);
    }
  }
}
