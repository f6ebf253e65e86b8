/**
 * The figures, as pure functions of the runs read. Definitions (docs/pipeline-health.md):
 * - success rate: successful runs / concluded runs (success, failure, timed_out, startup_failure);
 *   cancelled, skipped and neutral runs count in `runs` but not in the rate.
 * - duration: updated_at − run_started_at of the run's latest attempt; median (mean of the middle
 *   two) and p90 (nearest rank) over completed runs.
 * - queue time: the longest wait (started_at − created_at) of any job in the latest attempt.
 * - stages: job names with matrix values grouped (`test (ubuntu, 20)` → `test (…)`); a stage run is one
 *   job attempt that succeeded or failed (cancelled and skipped are not counted); minutes lost are the
 *   minutes of the failed job attempts.
 */
import type { FlakyRun, JobRec, RunRec, StageStats, WorkflowStats } from './types.js';

const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
const CONCLUDED = new Set(['success', ...FAILED]);

export function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(xs: number[], p: number): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}

const round = (x: number | null, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

/** `test (ubuntu-latest, 20)` → `test (…)`: one stage for every cell of a matrix. */
export function stageName(job: string): string {
  return job.replace(/\s*\([^()]*\)\s*$/, ' (…)');
}

export function runSeconds(r: RunRec): number {
  return Math.max(0, (r.updatedMs - r.startedMs) / 1000);
}

function queueSeconds(r: RunRec): number | undefined {
  const jobs = r.attempts?.[r.attempts.length - 1];
  if (!jobs?.length) return undefined;
  let worst: number | undefined;
  for (const j of jobs)
    if (j.startedMs !== undefined && j.createdMs !== undefined)
      worst = Math.max(worst ?? 0, (j.startedMs - j.createdMs) / 1000);
  return worst;
}

export function successRate(runs: RunRec[]): number | null {
  const concluded = runs.filter((r) => CONCLUDED.has(r.conclusion ?? ''));
  if (!concluded.length) return null;
  return round((100 * concluded.filter((r) => r.conclusion === 'success').length) / concluded.length);
}

export function workflowStats(runs: RunRec[], fromMs: number): WorkflowStats[] {
  const names = [...new Set(runs.map((r) => r.workflow))];
  return names.map((workflow) => {
    const mine = runs.filter((r) => r.workflow === workflow);
    const cur = mine.filter((r) => r.createdMs >= fromMs);
    const prev = mine.filter((r) => r.createdMs < fromMs);
    const done = cur.filter((r) => r.status === 'completed');
    const durations = done.map(runSeconds);
    const p90 = percentile(durations, 90);
    const prevP90 = percentile(prev.filter((r) => r.status === 'completed').map(runSeconds), 90);
    return {
      workflow,
      runs: cur.length,
      completed: done.length,
      successRate: successRate(cur),
      medianS: round(median(durations)),
      p90S: round(p90),
      queueMedianS: round(median(done.map(queueSeconds).filter((q): q is number => q !== undefined))),
      previous: { runs: prev.length, successRate: successRate(prev), p90S: round(prevP90) },
      p90ChangePct: p90 !== null && prevP90 ? round((100 * (p90 - prevP90)) / prevP90) : null,
    };
  });
}

const jobSeconds = (j: { startedMs?: number; completedMs?: number }) =>
  j.startedMs !== undefined && j.completedMs !== undefined ? Math.max(0, (j.completedMs - j.startedMs) / 1000) : 0;

interface Acc {
  workflow: string;
  name: string;
  runs: number;
  failures: number;
  seconds: number[];
  lost: number;
}

function add(map: Map<string, Acc>, workflow: string, name: string, conclusion: string | null, s: number): void {
  if (!CONCLUDED.has(conclusion ?? '')) return;
  const key = `${workflow}\u0000${name}`;
  const a = map.get(key) ?? { workflow, name, runs: 0, failures: 0, seconds: [], lost: 0 };
  a.runs++;
  a.seconds.push(s);
  if (FAILED.has(conclusion ?? '')) {
    a.failures++;
    a.lost += s;
  }
  map.set(key, a);
}

function finish(map: Map<string, Acc>): StageStats[] {
  return [...map.values()]
    .map((a) => ({
      workflow: a.workflow,
      name: a.name,
      runs: a.runs,
      failures: a.failures,
      failureRate: round((100 * a.failures) / a.runs) as number,
      medianS: round(median(a.seconds)),
      minutesLost: round(a.lost / 60) as number,
    }))
    .sort((x, y) => y.minutesLost - x.minutesLost || y.failureRate - x.failureRate || x.name.localeCompare(y.name));
}

/** Per stage (job) and per step: failure rate, duration, minutes lost; every attempt counts. */
export function stageStats(runs: RunRec[], fromMs: number): { stages: StageStats[]; steps: StageStats[] } {
  const stages = new Map<string, Acc>();
  const steps = new Map<string, Acc>();
  for (const r of runs) {
    if (r.createdMs < fromMs || !r.attempts) continue;
    for (const jobs of r.attempts)
      for (const j of jobs) {
        const stage = stageName(j.name);
        add(stages, r.workflow, stage, j.conclusion, jobSeconds(j));
        for (const s of j.steps) add(steps, r.workflow, `${stage} › ${s.name}`, s.conclusion, jobSeconds(s));
      }
  }
  return { stages: finish(stages), steps: finish(steps) };
}

const failedJobs = (jobs: JobRec[]) => jobs.filter((j) => FAILED.has(j.conclusion ?? '')).map((j) => j.name);
const passed = (jobs: JobRec[]) =>
  jobs.length > 0 && jobs.every((j) => j.conclusion === 'success' || j.conclusion === 'skipped');

/**
 * Runs that failed and then passed on the same commit: a later attempt of the same run that
 * passed ('rerun'), or, for a commit whose runs were not re-run, a later run of the same
 * workflow and commit that succeeded after one that failed ('new-run').
 */
export function flakyRuns(runs: RunRec[]): FlakyRun[] {
  const out: FlakyRun[] = [];
  const seen = new Set<string>();
  for (const r of runs) {
    if (!r.attempts || r.attempts.length < 2) continue;
    const failedAt = r.attempts.findIndex((a) => failedJobs(a).length > 0);
    if (failedAt < 0) continue;
    const passedAt = r.attempts.findIndex((a, i) => i > failedAt && passed(a));
    if (passedAt < 0) continue;
    seen.add(`${r.workflow}\u0000${r.sha}`);
    out.push({
      workflow: r.workflow,
      runId: r.id,
      sha: r.sha,
      kind: 'rerun',
      failedAttempt: failedAt + 1,
      passedAttempt: passedAt + 1,
      jobs: failedJobs(r.attempts[failedAt]),
    });
  }
  const bySha = new Map<string, RunRec[]>();
  for (const r of runs) {
    if (!r.sha || r.status !== 'completed') continue;
    const key = `${r.workflow}\u0000${r.sha}`;
    bySha.set(key, [...(bySha.get(key) ?? []), r]);
  }
  for (const [key, rs] of bySha) {
    if (seen.has(key) || rs.length < 2) continue;
    const sorted = rs.sort((a, b) => a.createdMs - b.createdMs);
    const fail = sorted.findIndex((r) => FAILED.has(r.conclusion ?? ''));
    if (fail < 0) continue;
    const pass = sorted.findIndex((r, i) => i > fail && r.conclusion === 'success');
    if (pass < 0) continue;
    const f = sorted[fail];
    out.push({
      workflow: f.workflow,
      runId: sorted[pass].id,
      sha: f.sha,
      kind: 'new-run',
      failedAttempt: f.attempt,
      passedAttempt: sorted[pass].attempt,
      jobs: f.attempts ? failedJobs(f.attempts[f.attempts.length - 1]) : [],
    });
  }
  return out;
}

/** The flaky runs created in [from, to). */
export function flakyIn(flaky: FlakyRun[], runs: RunRec[], from: number, to = Infinity): number {
  const created = new Map(runs.map((r) => [r.id, r.createdMs]));
  return flaky.filter((f) => {
    const t = created.get(f.runId) ?? 0;
    return t >= from && t < to;
  }).length;
}
