import type { EventContext } from '../core/context.js';
import type { ApiJob, ApiRun } from './github.js';

export type ReportedStatus = 'success' | 'failure' | 'cancelled' | 'unknown' | 'running';

export interface Link {
  text: string;
  url?: string;
}

/** One failed or cancelled job, the step that broke it, and the log link at that step. */
export interface FailedJob {
  name: string;
  conclusion: string;
  step?: { name: string; number: number };
  /** The job's log, scrolled to the failing step when there is one. */
  url?: string;
}

/** The facts every format renders: one model, four renderings, so they never disagree. */
export interface Facts {
  status: ReportedStatus;
  /** A success right after a failure on the same branch (when: change). */
  recovered: boolean;
  title: string;
  repository: Link;
  workflow: string;
  run: Link & { number: string; attempt: string };
  /** Branch, or PR when the run is for one. */
  ref?: Link & { kind: 'branch' | 'pr' | 'tag' };
  event: string;
  commit?: Link & { sha: string; message?: string };
  actor?: Link;
  durationMs?: number;
  failedJobs: FailedJob[];
  mention?: string;
  /** Why job details are missing, when they are (e.g. the token lacks actions: read). */
  note?: string;
}

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);

/** The job's log link at a step: GitHub scrolls to `#step:<n>:1`. */
export function stepLink(jobUrl: string | null | undefined, step: number | undefined): string | undefined {
  if (!jobUrl) return undefined;
  return step === undefined ? jobUrl : `${jobUrl}#step:${step}:1`;
}

/** Failed and cancelled jobs with their first failing (or cancelled) step. */
export function failedJobs(jobs: ApiJob[]): FailedJob[] {
  const out: FailedJob[] = [];
  for (const j of jobs) {
    if (j.status !== 'completed' || !j.conclusion || !(FAILED.has(j.conclusion) || j.conclusion === 'cancelled'))
      continue;
    const steps = j.steps ?? [];
    const step =
      steps.find((s) => s.conclusion && FAILED.has(s.conclusion)) ?? steps.find((s) => s.conclusion === 'cancelled');
    out.push({
      name: j.name,
      conclusion: j.conclusion,
      step: step ? { name: step.name, number: step.number } : undefined,
      url: stepLink(j.html_url, step?.number),
    });
  }
  return out;
}

/**
 * The run's status from its finished jobs. The notifier's own job is still running, so
 * unfinished jobs are left out: a failure anywhere is a failure, then cancelled, else success.
 */
export function deriveStatus(jobs: ApiJob[]): ReportedStatus {
  const done = jobs.filter((j) => j.status === 'completed');
  if (done.some((j) => j.conclusion && FAILED.has(j.conclusion))) return 'failure';
  if (done.some((j) => j.conclusion === 'cancelled')) return 'cancelled';
  return 'success';
}

export function statusWord(status: ReportedStatus, recovered: boolean): string {
  if (recovered) return 'recovered';
  return {
    success: 'succeeded',
    failure: 'failed',
    cancelled: 'was cancelled',
    unknown: 'finished (status unknown)',
    running: 'is running',
  }[status];
}

function firstLine(s: string | undefined | null): string | undefined {
  const line = s?.split(/\r?\n/)[0]?.trim();
  return line || undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

export interface FactInput {
  event: EventContext;
  runId?: string;
  run?: ApiRun;
  jobs?: ApiJob[];
  status: ReportedStatus;
  recovered: boolean;
  title?: string;
  mention?: string;
  note?: string;
  now: number;
}

/** Assemble the facts from the API's run (when read) and the event context (always there). */
export function buildFacts(i: FactInput): Facts {
  const { event, run } = i;
  const server = event.serverUrl.replace(/\/+$/, '');
  const repoUrl = event.repository ? `${server}/${event.repository}` : undefined;
  const workflow = run?.name ?? event.workflow ?? 'workflow';
  const runNumber = String(run?.run_number ?? event.runNumber ?? '');
  const attempt = String(run?.run_attempt ?? event.runAttempt ?? '1');
  const runId = i.runId ?? event.runId;
  const runUrl =
    run?.html_url ??
    (repoUrl && runId ? `${repoUrl}/actions/runs/${runId}${attempt !== '1' ? `/attempts/${attempt}` : ''}` : undefined);

  let ref: Facts['ref'];
  const pr = event.pullRequest;
  const prNumber = pr?.number || run?.pull_requests?.[0]?.number;
  if (prNumber) {
    const prTitle = str((event.payload.pull_request as Record<string, unknown> | undefined)?.title);
    ref = {
      kind: 'pr',
      text: `#${prNumber}${prTitle ? ` ${prTitle}` : ''}`,
      url: pr?.htmlUrl ?? (repoUrl ? `${repoUrl}/pull/${prNumber}` : undefined),
    };
  } else {
    const branch = run?.head_branch ?? event.refName;
    if (branch) {
      const tag = event.refType === 'tag';
      ref = {
        kind: tag ? 'tag' : 'branch',
        text: branch,
        url: repoUrl ? `${repoUrl}/tree/${encodeURI(branch)}` : undefined,
      };
    }
  }

  const sha = run?.head_sha ?? pr?.headSha ?? event.sha;
  const headCommit = event.payload.head_commit as Record<string, unknown> | undefined;
  const message =
    firstLine(run?.head_commit?.message) ??
    firstLine(str(headCommit?.message)) ??
    (run?.display_title && !prNumber ? run.display_title : undefined);
  const commit = sha
    ? { sha, text: sha.slice(0, 7), url: repoUrl ? `${repoUrl}/commit/${sha}` : undefined, message }
    : undefined;

  const login = run?.triggering_actor?.login ?? run?.actor?.login ?? event.actor;
  const actor = login ? { text: login, url: `${server}/${login}` } : undefined;

  const started = Date.parse(run?.run_started_at ?? run?.created_at ?? '');
  const durationMs = Number.isNaN(started) ? undefined : Math.max(0, i.now - started);

  const facts: Facts = {
    status: i.status,
    recovered: i.recovered,
    title: i.title ?? `${workflow} ${statusWord(i.status, i.recovered)}`,
    repository: { text: event.repository || 'repository', url: repoUrl },
    workflow,
    run: {
      text: `#${runNumber}${attempt !== '1' ? ` (attempt ${attempt})` : ''}`,
      url: runUrl,
      number: runNumber,
      attempt,
    },
    ref,
    event: run?.event ?? event.eventName,
    commit,
    actor,
    durationMs,
    failedJobs: i.jobs ? failedJobs(i.jobs) : [],
    mention: i.status === 'failure' || i.status === 'cancelled' || i.status === 'unknown' ? i.mention : undefined,
    note: i.note,
  };
  return facts;
}

/** `1h 2m`, `3m 4s`, `5s`. */
export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (h) return `${h}h ${m}m`;
  if (m) return `${m}m ${sec}s`;
  return `${sec}s`;
}
