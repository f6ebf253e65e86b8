import type { EventContext } from '../core/context.js';
import { ConfigError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { ApiError, RateLimitError, type StatsApi } from './api.js';
import type { EtagCache } from './cache.js';
import { compactJobs, compactRuns, compactWorkflows, type WorkflowRef } from './shapes.js';
import type { DeploymentRec, RunRec, StatsOptions } from './types.js';

export interface Collected {
  runs: RunRec[];
  /** Where the current window starts; runs before it (down to twice the window) are the previous window. */
  fromMs: number;
  prevFromMs: number;
  deployments?: DeploymentRec[];
  blind: string[];
}

const DAY = 86_400_000;

/** Run `fn` over `items`, `limit` at a time, stopping at the first error (which is thrown). */
async function pool<T>(items: T[], limit: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  let failed: unknown;
  const worker = async () => {
    while (failed === undefined && i < items.length) {
      const item = items[i++];
      try {
        await fn(item);
      } catch (e) {
        failed ??= e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
  if (failed !== undefined) throw failed;
}

/** Match `workflows` (names, file names or paths) against the repository's workflows. */
export function pickWorkflows(all: WorkflowRef[], wanted: string[], blind: string[]): WorkflowRef[] {
  if (!wanted.length) return all.filter((w) => w.state === 'active');
  const picked: WorkflowRef[] = [];
  const unknown: string[] = [];
  for (const w of wanted) {
    const hit = all.find(
      (x) => x.name === w || x.path === w || x.path.split('/').pop() === w || x.path === `.github/workflows/${w}`,
    );
    if (hit) {
      if (!picked.includes(hit)) picked.push(hit);
    } else unknown.push(w);
  }
  const known = all.map((x) => `${x.name} (${x.path.split('/').pop()})`).join(', ') || 'none';
  if (unknown.length && !picked.length)
    throw ConfigError.forInput(
      'workflows',
      `no workflow named ${unknown.map((u) => `'${u}'`).join(', ')} in this repository`,
      `use a workflow name or file name, one a line; the repository has: ${known}`,
    );
  for (const u of unknown) blind.push(`workflow '${u}' does not exist in this repository (it has: ${known})`);
  return picked;
}

function explain(e: unknown, what: string): string {
  if (e instanceof RateLimitError) return `${what}: ${e.message}`;
  if (e instanceof ApiError && e.status === 403 && !/rate limit/i.test(e.apiMessage))
    return `${what}: the token cannot read Actions data (${e.message}); give the job \`permissions: actions: read\``;
  if (e instanceof Error) return `${what}: ${e.message}`;
  throw e;
}

/** Read the workflows, their runs over two windows, every attempt's jobs, and the deployments. */
export async function collect(
  o: StatsOptions,
  api: StatsApi,
  cache: EtagCache,
  event: EventContext,
  logger: Logger,
  now: number,
): Promise<Collected> {
  const repo = `/repos/${event.owner}/${event.repo}`;
  const blind: string[] = [];
  const workflows = pickWorkflows(
    await api.all(`${repo}/actions/workflows?per_page=100`, compactWorkflows),
    o.workflows,
    blind,
  );
  const win = o.window;
  const fromMs = win.kind === 'since' ? win.fromMs : 0;
  const prevFromMs = win.kind === 'since' ? fromMs - (now - fromMs) : 0;
  const runs: RunRec[] = [];
  for (const wf of workflows) {
    const q = new URLSearchParams({ per_page: '100', exclude_pull_requests: 'true' });
    // The filter is rounded down to the day so that runs on the same day ask the same URL (a 304
    // when nothing changed); the runs before the window are dropped here instead.
    if (win.kind === 'since') q.set('created', `>=${new Date(prevFromMs).toISOString().slice(0, 10)}`);
    if (o.branch) q.set('branch', o.branch);
    const limit = win.kind === 'last' ? win.count * 2 : Infinity;
    let seen = 0;
    const got = await api.all(
      `${repo}/actions/workflows/${wf.id}/runs?${q}`,
      (b) => compactRuns(b, wf.name),
      (page) => (seen += page.length) >= limit,
    );
    // Copies: the cached page holds the runs as GitHub listed them, without the jobs added below.
    runs.push(
      ...got
        .slice(0, limit)
        .filter((r) => win.kind === 'last' || r.createdMs >= prevFromMs)
        .map((r) => ({ ...r })),
    );
  }
  runs.sort((a, b) => a.createdMs - b.createdMs);
  let cur = fromMs;
  let prev = prevFromMs;
  if (win.kind === 'last') {
    // The last N runs of each workflow are the window; the N before them the previous one.
    const byWf = new Map<string, RunRec[]>();
    for (const r of runs) byWf.set(r.workflow, [...(byWf.get(r.workflow) ?? []), r]);
    const starts = [...byWf.values()].map((rs) => rs[Math.max(0, rs.length - win.count)]?.createdMs ?? now);
    cur = Math.min(...starts, now);
    prev = runs[0]?.createdMs ?? cur;
  }
  // Jobs: every attempt of the window's runs; of the previous window's, only re-run ones (flaky trend).
  const wanted = runs.filter((r) => r.status === 'completed' && (r.createdMs >= cur || r.attempt > 1));
  try {
    await pool(wanted, o.concurrency, async (r) => {
      r.attempts = [];
      for (let n = 1; n <= r.attempt; n++) {
        const hit = cache.attempt(r.id, n);
        if (hit) {
          r.attempts.push(hit);
          continue;
        }
        const jobs = await api.all(
          `${repo}/actions/runs/${r.id}/attempts/${n}/jobs?per_page=100`,
          compactJobs,
          undefined,
          false,
        );
        if (n < r.attempt || r.status === 'completed') cache.setAttempt(r.id, n, jobs);
        r.attempts.push(jobs);
      }
    });
  } catch (e) {
    const missing = wanted.filter((r) => !r.attempts || r.attempts.length < r.attempt);
    for (const r of missing) r.attempts = undefined;
    blind.push(explain(e, `jobs and steps of ${missing.length} of ${wanted.length} run(s) not read`));
  }
  let deployments: DeploymentRec[] | undefined;
  if (o.environment) {
    try {
      deployments = await readDeployments(api, cache, repo, o.environment, prev, runs);
    } catch (e) {
      blind.push(explain(e, `deployments to ${o.environment} not read`));
    }
  }
  logger.info(
    `read ${runs.length} run(s) of ${workflows.length} workflow(s) in ${api.calls} API call(s) (${api.notModified} not modified)`,
  );
  return { runs, fromMs: cur, prevFromMs: prev, deployments, blind };
}

async function readDeployments(
  api: StatsApi,
  cache: EtagCache,
  repo: string,
  environment: string,
  sinceMs: number,
  runs: RunRec[],
): Promise<DeploymentRec[]> {
  const { compactDeployments, compactStatuses, commitTime } = await import('./shapes.js');
  const q = new URLSearchParams({ environment, per_page: '100' });
  const all = await api.all(`${repo}/deployments?${q}`, compactDeployments, (page) =>
    page.some((d) => d.createdMs < sinceMs),
  );
  const deps = all.filter((d) => d.createdMs >= sinceMs);
  for (const d of deps)
    d.statuses = await api.all(`${repo}/deployments/${d.id}/statuses?per_page=100`, compactStatuses);
  // Commit times for lead time: from the runs' head commits, else one (cached, immutable) commit read.
  const known = new Map(runs.filter((r) => r.commitMs !== undefined).map((r) => [r.sha, r.commitMs as number]));
  for (const d of deps) {
    if (known.has(d.sha) || cache.commit(d.sha) !== undefined) continue;
    const ms = (await api.get(`${repo}/commits/${d.sha}`, commitTime)).data;
    if (ms !== undefined) cache.setCommit(d.sha, ms);
  }
  return deps;
}

export const WINDOW_DAY_MS = DAY;
