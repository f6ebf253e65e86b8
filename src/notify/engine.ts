import { request, HttpError } from '../core/http.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { buildFacts, deriveStatus, type Facts, type ReportedStatus } from './facts.js';
import { clamp, render, summaryMarkdown } from './formats.js';
import { ApiError, GitHubApi, type ApiJob, type ApiRun } from './github.js';
import { SlackApiError, deliverBot } from './slack-bot.js';
import type { NotifyOptions } from './types.js';

const FAILED_RUN = new Set(['failure', 'timed_out', 'startup_failure']);

interface RunData {
  run?: ApiRun;
  jobs?: ApiJob[];
  /** Why job details are missing: one line, shown in the log and in the message. */
  note?: string;
  api?: GitHubApi;
}

/** Turn an API problem into one line that says what to do; a missing run is a user mistake. */
export function explainApiError(e: unknown, runId: string, repository: string, thisRun = true): string {
  if (e instanceof ApiError) {
    const said = `GitHub answered ${e.status}${e.apiMessage ? ` "${e.apiMessage}"` : ''}`;
    if ((e.status === 403 || e.status === 429) && /rate limit/i.test(e.apiMessage))
      return `the GitHub API rate limit is used up (${said}); sending without job details`;
    if (e.status === 403)
      return `the token cannot read this run's jobs (${said}): give the job \`permissions: actions: read\` (or pass a token that has it); sending without job details`;
    if (e.status === 401)
      return `the token was rejected (${said}): pass a valid token in 'token' (default \${{ github.token }}); sending without job details`;
    // What a token without access to a private repository's runs gets: the alert still goes out.
    if (e.status === 404)
      return thisRun
        ? `run ${runId} of ${repository} could not be read (${said}): the token cannot see this repository's runs (a private repository needs a token with \`actions: read\`); sending what is known without job details`
        : `run ${runId} was not found in ${repository} (${said}): check run-id (…/actions/runs/<id>), or that the token can read this repository; sending what is known without job details`;
    return `could not read the run's jobs (${said}); sending without job details`;
  }
  if (e instanceof HttpError) return `could not reach the GitHub API (${e.message}); sending without job details`;
  throw e;
}

async function readRun(o: NotifyOptions, ctx: ToolContext): Promise<RunData> {
  const { event } = ctx;
  const runId = o.runId;
  if (!runId || !event.owner || !event.repo)
    return { note: 'no run to read (GITHUB_RUN_ID and GITHUB_REPOSITORY are not set); job details left out' };
  if (!o.token)
    return { note: "no token to read the run's jobs (set 'token', or GITHUB_TOKEN on the CLI); job details left out" };
  const api = new GitHubApi(
    event.apiUrl,
    o.token,
    { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal },
    o.timeoutMs,
  );
  try {
    // This run: the attempt running now, so both reads go out at once; another run: its latest attempt.
    if (runId === event.runId) {
      const [run, jobs] = await Promise.all([
        api.run(event.owner, event.repo, runId),
        api.jobs(event.owner, event.repo, runId, event.runAttempt || '1'),
      ]);
      return { run, jobs, api };
    }
    const run = await api.run(event.owner, event.repo, runId);
    return { run, jobs: await api.jobs(event.owner, event.repo, runId, String(run.run_attempt ?? 1)), api };
  } catch (e) {
    return { note: explainApiError(e, runId, event.repository, runId === event.runId), api };
  }
}

/** when: change — was the previous completed run of this workflow on this branch a failure? */
async function previousFailed(data: RunData, o: NotifyOptions, ctx: ToolContext): Promise<boolean | string> {
  const { run, api } = data;
  const branch = run?.head_branch ?? ctx.event.refName;
  if (!api || !run?.workflow_id || !branch)
    return `cannot tell whether this is a recovery: ${data.note ?? 'the run has no workflow id or branch'}`;
  try {
    const prev = await api.previousRun(ctx.event.owner, ctx.event.repo, run.workflow_id, branch, {
      id: o.runId ?? '',
      runNumber: run.run_number,
    });
    if (!prev) return false;
    ctx.logger.info(
      `previous run on ${branch}: #${prev.run_number ?? prev.id} ${prev.conclusion ?? prev.status ?? 'unknown'}`,
    );
    return FAILED_RUN.has(prev.conclusion ?? '');
  } catch (e) {
    if (e instanceof ApiError || e instanceof HttpError) return `cannot tell whether this is a recovery: ${e.message}`;
    throw e;
  }
}

/** What the service said, and what to do about it. Slack's error codes are plain text bodies. */
export function explainDelivery(status: number, body: string): string {
  const said = body.trim() ? `: ${clamp(body.trim().replace(/\s+/g, ' '), 300)}` : '';
  const fix =
    status === 404 || status === 410
      ? 'the webhook no longer exists (removed or disabled): create a new one and update the secret'
      : status === 400
        ? "the service rejected the message: check that 'format' matches the service (slack, teams, discord or json)"
        : status === 401 || status === 403
          ? 'the service refused the request: check the webhook is still allowed to post there'
          : status === 429
            ? 'still rate-limited after the retries: send fewer messages or try later'
            : status >= 500
              ? 'the service kept failing after the retries: check its status page'
              : 'check the webhook URL and the service';
  return `the webhook answered ${status}${said}; ${fix}`;
}

function writeSummary(ctx: ToolContext, f: Facts, format: string, payload: string, outcome: string): void {
  const { facts, jobs } = summaryMarkdown(f);
  ctx.summary.heading(`Notification: ${f.title}`, 3).paragraph(outcome);
  ctx.summary.table(['Run', 'Details'], facts);
  if (f.note) ctx.summary.paragraph(`> ⚠️ ${f.note}`);
  if (jobs.length) ctx.summary.list(jobs);
  ctx.summary.details(
    `What was ${outcome.startsWith('Sent') ? 'sent' : 'prepared'} (${format})`,
    '```json\n' + payload + '\n```',
  );
}

/**
 * A webhook URL is a secret as a whole and in parts: a service's error body may echo only its
 * path (`/services/T…/B…/secret`) or its last segment, so those are masked too.
 */
export function maskUrl(ctx: ToolContext, url: URL): void {
  ctx.masker.add(url.href);
  if (url.pathname.length > 1) ctx.masker.add(url.pathname);
  if (url.search) ctx.masker.add(url.search.slice(1));
  for (const part of url.pathname.split('/')) if (part.length >= 16) ctx.masker.add(part);
  for (const [, v] of url.searchParams) if (v.length >= 8) ctx.masker.add(v);
}

/** Bot-token mode: post or update, reply per failed job; fills `out`, returns the problem if any. */
async function sendBot(
  o: NotifyOptions,
  ctx: ToolContext,
  facts: Facts,
  message: Record<string, unknown>,
  out: Record<'ts' | 'thread-ts' | 'channel-id', string>,
): Promise<string | undefined> {
  ctx.masker.add(o.bot!.token);
  try {
    const r = await deliverBot(o.bot!, ctx, facts, message, o.timeoutMs);
    Object.assign(out, { ts: r.ts, 'thread-ts': r.threadTs, 'channel-id': r.channelId });
    ctx.logger.info(
      `${o.bot!.updateTs ? 'updated' : 'posted'} the Slack message ${r.ts} in ${r.channelId}${facts.failedJobs.length && o.bot!.threadReplies && facts.status !== 'running' ? ` with ${facts.failedJobs.length - r.replyProblems.length} thread repl${facts.failedJobs.length === 1 ? 'y' : 'ies'}` : ''}`,
    );
    for (const p of r.replyProblems) ctx.logger.warning(p);
    return undefined;
  } catch (e) {
    if (e instanceof SlackApiError || e instanceof HttpError) return e.message;
    throw e;
  }
}

/** Read the run, decide whether to send, render, deliver, and report — never silently. */
export async function run(o: NotifyOptions, ctx: ToolContext): Promise<ToolResult> {
  const { logger } = ctx;
  // The parsed URL may be normalised (a trailing slash): mask that form too.
  if (o.webhookUrl) maskUrl(ctx, o.webhookUrl);
  ctx.masker.add(o.token);

  const data = await readRun(o, ctx);
  if (data.note) logger.warning(data.note);
  const status: ReportedStatus = o.status ?? (data.jobs ? deriveStatus(data.jobs) : 'unknown');

  let recovered = false;
  let skip: string | undefined;
  if (status === 'success' && o.when === 'failure') skip = 'the run succeeded and when is failure';
  if (status === 'success' && o.when === 'change') {
    const prev = await previousFailed(data, o, ctx);
    if (typeof prev === 'string') {
      logger.warning(prev);
      skip = 'the run succeeded and the previous run could not be read';
    } else if (prev) recovered = true;
    else skip = 'the run succeeded and so did the previous run on this branch (when is change)';
  }

  const facts = buildFacts({
    event: ctx.event,
    runId: o.runId,
    run: data.run,
    jobs: data.jobs,
    status,
    recovered,
    title: o.title,
    mention: o.mention,
    note: data.note,
    now: ctx.now(),
  });
  const failedJobs = JSON.stringify(facts.failedJobs);
  const bot = { ts: '', 'thread-ts': '', 'channel-id': '' };
  const outputs = (sent: boolean) => ({ sent: String(sent), status, 'failed-jobs': failedJobs, ...bot });
  logger.info(
    `status: ${status}${recovered ? ' (recovered)' : ''}; ${facts.failedJobs.length} failed job${facts.failedJobs.length === 1 ? '' : 's'}${facts.failedJobs.map((j) => `\n  ${j.name}${j.step ? ` — step ${j.step.number} "${j.step.name}"` : ''}${j.url ? ` ${j.url}` : ''}`).join('')}`,
  );

  const message = render(o.bot ? 'slack' : o.format, facts);
  const payload = JSON.stringify(message);
  const pretty = JSON.stringify(message, null, 2);
  if (skip) {
    logger.info(`not sending: ${skip}`);
    writeSummary(ctx, facts, o.format, pretty, `Not sent: ${skip}.`);
    return { outputs: outputs(false) };
  }
  if (o.bot && !o.dryRun) {
    const problem = await sendBot(o, ctx, facts, message, bot);
    const line = problem && `could not post to Slack: ${ctx.masker.mask(problem)}`;
    writeSummary(ctx, facts, 'slack bot', pretty, line ? `Not sent: ${line}.` : `Sent (Slack bot, ts ${bot.ts}).`);
    if (!line) return { outputs: outputs(true) };
    if (o.failOnError) return { outputs: outputs(false), failure: line };
    logger.warning(`${line} (fail-on-error is false, so the step passes)`);
    return { outputs: outputs(false) };
  }
  if (o.dryRun || !o.webhookUrl) {
    logger.info(
      `dry run (${o.dryReason}): would POST ${Buffer.byteLength(payload)} bytes of ${o.format} JSON to the webhook (URL hidden):\n${pretty}`,
    );
    writeSummary(ctx, facts, o.format, pretty, `Dry run (${o.dryReason}): not sent.`);
    return { outputs: outputs(false) };
  }

  let problem: string | undefined;
  try {
    const res = await request(
      {
        url: o.webhookUrl.href,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'shipline-notify' },
        body: payload,
        timeoutMs: o.timeoutMs,
        retries: 3,
        label: 'the webhook',
      },
      { masker: ctx.masker, logger, signal: ctx.signal },
    );
    if (res.ok)
      logger.info(
        `sent the ${o.format} message (HTTP ${res.status}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''})`,
      );
    else problem = explainDelivery(res.status, res.body);
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    problem = `${e.message}${e.timedOut ? `; the webhook did not answer: check the URL and the service, or raise timeout-seconds (${o.timeoutMs / 1000})` : '; check the webhook URL'}`;
  }
  if (!problem) {
    writeSummary(ctx, facts, o.format, pretty, `Sent (${o.format}).`);
    return { outputs: outputs(true) };
  }
  const line = `could not deliver the ${o.format} message: ${ctx.masker.mask(problem)}`;
  writeSummary(ctx, facts, o.format, pretty, `Not sent: ${line}.`);
  if (o.failOnError) return { outputs: outputs(false), failure: line };
  logger.warning(`${line} (fail-on-error is false, so the step passes)`);
  return { outputs: outputs(false) };
}
