import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { HttpError, request } from '../core/http.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { explainDelivery } from '../notify/engine.js';
import { ApiError, RateLimitError, StatsApi } from './api.js';
import { EtagCache } from './cache.js';
import { collect, type Collected } from './collect.js';
import { digestPayload } from './digest.js';
import { writeSummary } from './render.js';
import { buildReport } from './report.js';
import { quarantineText, readTestRuns } from './tests.js';
import type { StatsOptions, StatsReport } from './types.js';

/** Why nothing could be read, in one line that says what to do; user mistakes are ConfigErrors. */
function explainRead(e: unknown, o: StatsOptions): string {
  if (e instanceof ApiError) {
    if (e.status === 404)
      throw ConfigError.forInput(
        'repository',
        `${o.owner}/${o.repo} was not found (${e.message})`,
        'name an existing repository as owner/name; a private one needs a token that can read it',
      );
    if (e.status === 401) return `the token was rejected (${e.message}): pass a valid token in 'token'`;
    if (e.status === 403 && !/rate limit/i.test(e.apiMessage))
      return `the token cannot read Actions data (${e.message}): give the job \`permissions: actions: read\` (or pass a token that has it)`;
    return `could not read the workflow runs: ${e.message}`;
  }
  if (e instanceof RateLimitError || e instanceof HttpError) return `could not read the workflow runs: ${e.message}`;
  throw e;
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

async function sendDigest(o: StatsOptions, ctx: ToolContext, report: StatsReport): Promise<string | undefined> {
  if (!o.webhookUrl) return undefined;
  const payload = JSON.stringify(digestPayload(o.format, report, ctx.event));
  if (o.dryRun) {
    ctx.logger.info(`dry run (${o.dryReason}): would POST the ${o.format} digest to the webhook:\n${payload}`);
    return undefined;
  }
  try {
    const res = await request(
      {
        url: o.webhookUrl.href,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'shipline-pipeline-health' },
        body: payload,
        timeoutMs: o.timeoutMs,
        label: 'the webhook',
      },
      { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal },
    );
    if (res.ok) ctx.logger.info(`sent the ${o.format} digest (HTTP ${res.status})`);
    else return `could not deliver the digest: ${explainDelivery(res.status, res.body)}`;
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    return `could not deliver the digest: ${e.message}`;
  }
  return undefined;
}

function outputs(report: StatsReport | undefined, reportPath: string, quarantine?: string): Record<string, string> {
  const t = report?.totals;
  return {
    runs: String(t?.runs ?? 0),
    'success-rate': t?.successRate === null || t === undefined ? '' : String(t.successRate),
    'p90-duration-s': t?.p90S === null || t === undefined ? '' : String(Math.round(t.p90S)),
    'flaky-runs': String(t?.flakyRuns ?? 0),
    report: report ? reportPath : '',
    quarantine: quarantine ?? '',
    breaches: JSON.stringify(report?.breaches.map((b) => b.line) ?? []),
  };
}

/** Read the runs, work out every figure, report them, gate on the thresholds, save the cache. */
export async function run(o: StatsOptions, ctx: ToolContext): Promise<ToolResult> {
  const { logger } = ctx;
  if (o.token) ctx.masker.add(o.token);
  if (o.webhookUrl) ctx.masker.add(o.webhookUrl.href);
  const repository = `${o.owner}/${o.repo}`;
  const cache = EtagCache.load(o.cacheFile, repository);
  if (cache.note) logger.warning(cache.note);
  const api = new StatsApi(ctx.event.apiUrl, o.token ?? '', cache, {
    masker: ctx.masker,
    logger,
    signal: ctx.signal,
    timeoutMs: o.timeoutMs,
    now: ctx.now,
  });
  const event = { ...ctx.event, owner: o.owner, repo: o.repo, repository };
  let data: Collected;
  try {
    data = await collect(o, api, cache, event, logger, ctx.now());
  } catch (e) {
    if (ctx.signal.aborted) return cancelled(ctx, o);
    const line = explainRead(e, o);
    ctx.summary
      .heading(`Pipeline health: ${repository}`, 2)
      .paragraph(`> ⚠️ **Not seen:** ${line}. No figures were computed.`);
    return { outputs: outputs(undefined, o.reportFile), failure: line };
  }
  if (ctx.signal.aborted) return cancelled(ctx, o);
  const cur = data.runs.filter((r) => r.createdMs >= data.fromMs);
  if (!cur.length) {
    const line = `no runs of ${o.workflows.length ? o.workflows.join(', ') : 'any workflow'} in the window (${o.window.label}${o.branch ? `, branch ${o.branch}` : ''}); widen 'since' or check 'workflows'`;
    data.blind.push(line);
  }
  let tests;
  if (o.junit) {
    const t = readTestRuns(o.junit);
    for (const p of t.problems) logger.warning(`junit: ${p}`);
    tests = t.runs;
  }
  const report = buildReport({
    o,
    data,
    tests,
    knownFlaky: cache.data.flakyTests,
    commitMs: (sha) => data.runs.find((r) => r.sha === sha && r.commitMs !== undefined)?.commitMs ?? cache.commit(sha),
    api: { calls: api.calls, notModified: api.notModified, fromCache: cache.hits },
    now: ctx.now(),
  });
  for (const b of report.blind) logger.warning(b);
  write(o.reportFile, JSON.stringify(report, null, 2) + '\n');
  let quarantine: string | undefined;
  if (o.quarantineFile) {
    write(o.quarantineFile, quarantineText(report.flakyTests, new Date(ctx.now()).toISOString().slice(0, 10)));
    quarantine = o.quarantineFile;
  }
  writeSummary(ctx.summary, report, data.runs, data.fromMs);
  logger.info(
    `${report.totals.runs} run(s), ${report.totals.successRate ?? '–'}% successful, p90 ${report.totals.p90S ?? '–'} s, ${report.totals.flakyRuns} flaky run(s); report ${relative(ctx.cwd, o.reportFile) || o.reportFile}`,
  );
  for (const b of report.breaches) logger.warning(b.line);
  const digestProblem = await sendDigest(o, ctx, report);
  if (digestProblem) logger.warning(digestProblem);
  cache.save(
    ctx.now(),
    report.flakyTests.map((t) => t.id),
  );
  const out = outputs(report, o.reportFile, quarantine);
  if (report.breaches.length && o.onBreach === 'fail')
    return {
      outputs: out,
      failure: `${report.breaches.length} pipeline-health threshold(s) breached: ${report.breaches[0].line}${report.breaches.length > 1 ? ` (+${report.breaches.length - 1} more)` : ''}`,
    };
  return { outputs: out };
}

function cancelled(ctx: ToolContext, o: StatsOptions): ToolResult {
  ctx.summary.heading(`Pipeline health: ${o.owner}/${o.repo}`, 2).paragraph('Cancelled before the runs were read.');
  return { outputs: outputs(undefined, o.reportFile), failure: 'cancelled before the runs were read' };
}
