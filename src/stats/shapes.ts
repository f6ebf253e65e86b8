/**
 * The documented REST shapes this tool reads, compacted to what it keeps (and caches):
 * GET /repos/{o}/{r}/actions/workflows, …/workflows/{id}/runs, …/runs/{id}/attempts/{n}/jobs,
 * /deployments, /deployments/{id}/statuses and /commits/{sha}.
 */
import type { DeploymentRec, JobRec, RunRec } from './types.js';

export interface WorkflowRef {
  id: number;
  name: string;
  path: string;
  state: string;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});
const arr = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
/** An ISO time as epoch ms; undefined when absent or null (a job not started yet). */
export const ms = (v: unknown): number | undefined => {
  if (typeof v !== 'string' || !v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
};

export function compactWorkflows(body: unknown): WorkflowRef[] {
  return arr(obj(body).workflows).map((w) => ({
    id: num(w.id),
    name: str(w.name),
    path: str(w.path),
    state: str(w.state),
  }));
}

export function compactRuns(body: unknown, workflow: string): RunRec[] {
  return arr(obj(body).workflow_runs).map((r) => {
    const created = ms(r.created_at) ?? 0;
    return {
      id: num(r.id),
      workflow,
      workflowId: num(r.workflow_id),
      event: str(r.event),
      sha: str(r.head_sha),
      branch: str(r.head_branch),
      runNumber: num(r.run_number),
      attempt: Math.max(1, num(r.run_attempt)),
      status: str(r.status),
      conclusion: r.conclusion === null ? null : str(r.conclusion),
      createdMs: created,
      startedMs: ms(r.run_started_at) ?? created,
      updatedMs: ms(r.updated_at) ?? created,
      commitMs: ms(obj(r.head_commit).timestamp),
    };
  });
}

export function compactJobs(body: unknown): JobRec[] {
  return arr(obj(body).jobs).map((j) => ({
    name: str(j.name),
    conclusion: j.conclusion === null || j.conclusion === undefined ? null : str(j.conclusion),
    createdMs: ms(j.created_at),
    startedMs: ms(j.started_at),
    completedMs: ms(j.completed_at),
    steps: arr(j.steps).map((s) => ({
      name: str(s.name),
      conclusion: s.conclusion === null || s.conclusion === undefined ? null : str(s.conclusion),
      startedMs: ms(s.started_at),
      completedMs: ms(s.completed_at),
    })),
  }));
}

export function compactDeployments(body: unknown): DeploymentRec[] {
  return arr(body).map((d) => ({
    id: num(d.id),
    sha: str(d.sha),
    ref: str(d.ref),
    environment: str(d.environment),
    task: str(d.task),
    createdMs: ms(d.created_at) ?? 0,
    statuses: [],
  }));
}

export function compactStatuses(body: unknown): DeploymentRec['statuses'] {
  return arr(body).map((s) => ({
    state: str(s.state),
    createdMs: ms(s.created_at) ?? 0,
    description: str(s.description),
  }));
}

/** The committer date of GET /repos/{o}/{r}/commits/{sha}. */
export function commitTime(body: unknown): number | undefined {
  const c = obj(obj(body).commit);
  return ms(obj(c.committer).date) ?? ms(obj(c.author).date);
}
