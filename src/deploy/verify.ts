// Does the new version answer? N consecutive healthy HTTP answers within a timeout, from the
// runner (an http(s) URL) or through the cluster: the API server's service proxy, reached with
// `kubectl proxy` and the run's own credentials, on the Service under test.
import { HttpError, request } from '../core/http.js';
import type { Summary } from '../core/summary.js';
import type { Session } from './session.js';
import type { VerifyOptions } from './types.js';

export interface Check {
  /** ms since verification started. */
  atMs: number;
  ok: boolean;
  status?: number;
  /** Why it failed (status, body mismatch, no answer). */
  note?: string;
}

export interface VerifyReport {
  ok: boolean;
  /** What was checked, as the summary says it. */
  target: string;
  checks: Check[];
  reason?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The service-proxy path of a Service: /api/v1/namespaces/NS/services/NAME[:PORT]/proxy/PATH. */
export function serviceProxyPath(ns: string, service: string, port: string | undefined, path: string): string {
  return `/api/v1/namespaces/${ns}/services/${service}${port ? `:${port}` : ''}/proxy${path}`;
}

async function checkOnce(v: VerifyOptions, url: string, s: Session, atMs: number): Promise<Check> {
  try {
    const r = await request(
      { url, retries: 0, timeoutMs: Math.min(10_000, v.timeoutMs), label: 'verification' },
      { masker: s.ctx.masker },
    );
    if (r.status !== v.status)
      return {
        atMs,
        ok: false,
        status: r.status,
        note: `status ${r.status}, want ${v.status}: ${r.body.slice(0, 120).trim()}`,
      };
    if (v.body && !v.body.test(r.body))
      return {
        atMs,
        ok: false,
        status: r.status,
        note: `body does not match /${v.body.source}/: ${r.body.slice(0, 120).trim()}`,
      };
    return { atMs, ok: true, status: r.status };
  } catch (e) {
    if (e instanceof HttpError) return { atMs, ok: false, note: e.message };
    throw e;
  }
}

/** Check until `successes` in a row pass, or the timeout. `service` is needed for a path URL. */
export async function verify(s: Session, service: string | undefined, what: string): Promise<VerifyReport> {
  const v = s.o.verify!;
  const through = v.url.startsWith('/');
  const stop = new AbortController();
  const target = through
    ? `${v.url} on service/${service}${v.port ? `:${v.port}` : ''} (${what}) through the API server's service proxy`
    : `${v.url} (${what}) from the runner`;
  s.ctx.logger.info(
    `verify: ${target}: ${v.successes} answers in a row with status ${v.status}${v.body ? ` and body /${v.body.source}/` : ''}`,
  );
  const checks: Check[] = [];
  const t0 = s.ctx.now();
  try {
    const base = through ? await s.kc.proxy(stop.signal) : '';
    const url = through ? base + serviceProxyPath(s.ns, service!, v.port, v.url) : v.url;
    let streak = 0;
    for (;;) {
      const c = await checkOnce(v, url, s, s.ctx.now() - t0);
      checks.push(c);
      streak = c.ok ? streak + 1 : 0;
      if (!c.ok) s.ctx.logger.info(`verify: ✗ ${c.note}`);
      if (streak >= v.successes) {
        s.ctx.logger.info(`verify: passed (${checks.length} checks, ${Math.round((s.ctx.now() - t0) / 100) / 10} s)`);
        return { ok: true, target, checks };
      }
      if (s.ctx.now() - t0 + v.intervalMs > v.timeoutMs) break;
      await sleep(v.intervalMs);
    }
  } catch (e) {
    return { ok: false, target, checks, reason: `${target}: ${(e as Error).message}` };
  } finally {
    stop.abort();
  }
  const lastBad = [...checks].reverse().find((c) => !c.ok);
  return {
    ok: false,
    target,
    checks,
    reason: `${v.url} did not answer ${v.successes} times in a row within ${Math.round(v.timeoutMs / 1000)} s (last: ${lastBad?.note ?? 'no answer'})`,
  };
}

export function writeVerification(summary: Summary, r: VerifyReport): void {
  summary.heading(`Verification ${r.ok ? 'passed' : 'failed'}`, 3);
  summary.paragraph(`Checked ${r.target}: ${r.checks.length} request${r.checks.length === 1 ? '' : 's'}.`);
  const bad = r.checks.filter((c) => !c.ok);
  if (bad.length)
    summary.table(
      ['at', 'status', 'why it failed'],
      bad.slice(-10).map((c) => [`${(c.atMs / 1000).toFixed(1)} s`, c.status ?? '—', c.note ?? '']),
    );
}
