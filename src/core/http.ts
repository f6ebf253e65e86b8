import type { IncomingHttpHeaders } from 'node:http';
import { VERSION } from '../version.js';
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
  /** Upper bound on any one wait, including a server's Retry-After; default 30 s. */
  maxWaitMs?: number;
  /** First backoff; doubles each retry; default 500 ms. */
  baseDelayMs?: number;
  /**
   * The run's cancellation (`ctx.signal`): aborting it destroys the request in flight and ends
   * any wait between retries at once, so a cancelled step never waits out a timeout.
   */
  signal?: AbortSignal;
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

class Aborted extends Error {}

/** `p`, or a rejection with Aborted as soon as `signal` aborts (p is left to settle unobserved). */
function abortable<T>(p: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return p;
  if (signal.aborted) return Promise.reject(new Aborted());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Aborted());
    signal.addEventListener('abort', onAbort, { once: true });
    const done = () => signal.removeEventListener('abort', onAbort);
    p.then(
      (v) => (done(), resolve(v)),
      (e: unknown) => (done(), reject(e)),
    );
  });
}

function reasonOf(signal: AbortSignal): string {
  const r = signal.reason as { message?: unknown } | undefined;
  return typeof r?.message === 'string' ? r.message : 'cancelled';
}

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

/** The proxy a request to `url` would use (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, either case), shown without credentials. */
export async function proxyFor(url: string): Promise<string | undefined> {
  const { getProxyUrl } = await import('@actions/http-client/lib/proxy');
  const proxy = getProxyUrl(new URL(url));
  return proxy ? proxy.host : undefined;
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const h = new Headers();
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) h.append(k, one);
  }
  return h;
}

/**
 * One HTTP request through `@actions/http-client`, so HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and
 * their lower-case forms) behave as in every other action; with a per-attempt timeout and
 * bounded retries on 408/429/5xx and connection resets, honouring Retry-After. Non-retryable
 * responses (and the last retryable one) are returned, not thrown: the caller shows the
 * service's own error body. Throws HttpError only when no response came at all. Messages use
 * `label`, never the (possibly secret) URL. The user agent is the request's `user-agent`
 * header, else `shipline/<version>`.
 */
export async function request(req: HttpRequest, deps: HttpDeps = {}): Promise<HttpResponse> {
  // Loaded on first use: tools that make no HTTP call never pay for it.
  const { HttpClient } = await import('@actions/http-client');
  const retries = req.retries ?? 3;
  const wait = deps.sleep ?? sleep;
  const maxWait = deps.maxWaitMs ?? 30_000;
  const base = deps.baseDelayMs ?? 500;
  const label = req.label ?? 'the server';
  const mask = (s: string) => (deps.masker ? deps.masker.mask(s) : s);
  const timeoutMs = req.timeoutMs ?? 10_000;
  const headers: Record<string, string> = {};
  let userAgent = `shipline/${VERSION}`;
  for (const [k, v] of Object.entries(req.headers ?? {})) {
    if (k.toLowerCase() === 'user-agent') userAgent = v;
    else headers[k.toLowerCase()] = v;
  }
  // Retries are ours (Retry-After, resets, every verb the caller allows); the client's are off.
  const signal = deps.signal;
  // http-client has no abort option; a handler hands node's request the signal, which destroys
  // the socket of the request in flight (node's `signal` option of http.request).
  const handlers = signal
    ? [
        {
          prepareRequest: (options: { signal?: AbortSignal }) => void (options.signal = signal),
          canHandleAuthentication: () => false,
          handleAuthentication: () => Promise.reject(new Error('not used')),
        },
      ]
    : [];
  const client = new HttpClient(userAgent, handlers as never, {
    socketTimeout: timeoutMs,
    allowRetries: false,
    keepAlive: false,
  });
  const cancelled = (attempt: number) =>
    new HttpError(`${label}: ${reasonOf(signal!)}; the request was abandoned`, attempt, false);
  try {
    for (let attempt = 1; ; attempt++) {
      const backoff = Math.min(maxWait, base * 2 ** (attempt - 1));
      if (signal?.aborted) throw cancelled(attempt);
      try {
        const res = await abortable(
          client.request(req.method ?? 'GET', req.url, req.body ?? null, { ...headers }),
          signal,
        );
        // readBody never settles when the socket is destroyed mid-body: race it with the signal.
        const body = await abortable(res.readBody(), signal);
        const status = res.message.statusCode ?? 0;
        const resHeaders = toHeaders(res.message.headers);
        if (RETRY_STATUS.has(status) && attempt <= retries) {
          const after = parseRetryAfter(resHeaders.get('retry-after'));
          const delay = Math.min(maxWait, after ?? backoff);
          deps.logger?.info(
            `${label} answered ${status}; retry ${attempt}/${retries} in ${(delay / 1000).toFixed(1)} s`,
          );
          await abortable(wait(delay), signal).catch(() => undefined);
          continue;
        }
        return {
          status,
          headers: resHeaders,
          body: req.maskBody === false ? body : mask(body),
          attempts: attempt,
          ok: status >= 200 && status < 300,
        };
      } catch (e) {
        if (e instanceof Aborted || signal?.aborted) throw cancelled(attempt);
        const message = String((e as Error)?.message ?? e);
        // http-client reports its socket timeout as "Request timeout: <path>" (the path may be secret).
        const timedOut = message.startsWith('Request timeout');
        const code = errorCode(e);
        const retryable = timedOut ? req.retryOnTimeout === true : code !== undefined && RESET_CODES.has(code);
        if (retryable && attempt <= retries) {
          deps.logger?.info(
            `${label}: ${timedOut ? 'timed out' : code}; retry ${attempt}/${retries} in ${(backoff / 1000).toFixed(1)} s`,
          );
          await abortable(wait(backoff), signal).catch(() => undefined);
          continue;
        }
        const proxy = await proxyFor(req.url).catch(() => undefined);
        const via = proxy
          ? ` (through the proxy ${proxy}, from HTTPS_PROXY/HTTP_PROXY; NO_PROXY lists hosts to reach directly)`
          : '';
        const cause = (e as { cause?: { message?: string } })?.cause?.message;
        const why = timedOut
          ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s`
          : code
            ? `connection failed (${code})`
            : mask(String(cause ?? message));
        throw new HttpError(
          `${label}: ${why}${via} after ${attempt} attempt${attempt > 1 ? 's' : ''}`,
          attempt,
          timedOut,
        );
      }
    }
  } finally {
    client.dispose();
  }
}
