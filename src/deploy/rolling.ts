// The rolling deploy: record → lease → roll out with the real kubectl → watch the new pods and
// fail on the first definitive sign → verify → on failure diagnose, undo what this run changed
// and prove the rollback healthy by readiness.
import type { ToolResult } from '../core/tool.js';
import { dryRun } from './dry.js';
import { releaseLeases, takeLeases } from './lease.js';
import { outputs, revisionsOutput } from './outcome.js';
import { recordDeployment, type Recorded } from './preflight.js';
import { diagnose, writeSummary, type Row } from './report.js';
import { cancelled } from './cancel.js';
import { changedBy, rollBackAll } from './rollback.js';
import type { Session } from './session.js';
import { annotations, start, templateCheck } from './start.js';
import { selectorOf, type Deployment } from './status.js';
import { liveServiceFor } from './service.js';
import { verify, writeVerification, type VerifyReport } from './verify.js';
import {
  recordWorkloads,
  undoWorkload,
  watchWorkload,
  workloadRef,
  type WorkloadRecord,
  type WorkloadResult,
} from './workload.js';
import { POLL_MS, ready, watchRollout, type Results, type WatchResult } from './watch.js';

/** The deployments this run rolls out, as they are before it. */
export async function recordAll(s: Session): Promise<Recorded[]> {
  const setImage = !s.manifests;
  const wanted = s.manifests
    ? s.manifests.deployments.map((d) => ({ name: d.name, container: undefined, namespace: d.namespace }))
    : s.o.targets.map((t) => ({ ...t, namespace: undefined }));
  const recs = await Promise.all(
    wanted.map((t) =>
      recordDeployment(
        s.kcOf(t.name),
        t.name,
        t.container,
        setImage,
        setImage,
        t.namespace ?? s.ns,
        s.o.dryRun.mode !== 'none',
      ),
    ),
  );
  for (const r of recs)
    s.ctx.logger.info(
      r.exists
        ? `deployment/${r.name}: revision ${r.revision}${r.container ? `, container ${r.container} runs ${r.currentImage}` : ''}`
        : `deployment/${r.name}: does not exist yet (the manifests create it)`,
    );
  return recs;
}

export async function rolling(s: Session): Promise<ToolResult> {
  const recs = await recordAll(s);
  const workloads = await recordWorkloads(s);
  if (s.o.dryRun.mode !== 'none') return dryRun(s.kc, s.o, s.ctx, recs, s.manifests);
  // Only what this run will change: a deployment already running the image is not touched.
  const changing = recs.filter((r) => r.exists && (s.manifests || r.currentImage !== s.o.image));
  // The last lease (set-image mode) writes the change-cause too: once it is taken every lease
  // is, and the set image follows. An earlier one would leave it behind if a later lease failed.
  const annotated = new Set(s.manifests || s.leased ? [] : changing.slice(-1).map((r) => r.name));
  const leases = s.leased
    ? []
    : await takeLeases(
        s,
        changing.map((r) => ({
          ref: `deployment/${r.name}`,
          kc: s.kcOf(r.name),
          seen: r,
          with: annotated.has(r.name) ? annotations(s) : undefined,
        })),
      );
  try {
    return await rollOut(s, recs, workloads, annotated);
  } finally {
    await releaseLeases(leases);
  }
}

async function rollOut(
  s: Session,
  recs: Recorded[],
  workloads: WorkloadRecord[],
  annotated: Set<string>,
): Promise<ToolResult> {
  const started = await start(s, recs, annotated);
  if (s.ctx.signal.aborted) return cancelled(s, recs, started.patched, new Map());
  const [results, wres] = started.failure
    ? [new Map() as Results, [] as WorkloadResult[]]
    : await Promise.all([watchAll(s, recs), watchWorkloads(s, workloads)]);
  if (s.ctx.signal.aborted) return cancelled(s, recs, started.patched, results);
  const failed = recs.filter((r) => isFailure(results.get(r.name)));
  const wfailed = wres.filter((w) => w.outcome === 'failed' || w.outcome === 'timeout');
  let failure =
    started.failure ??
    ([failureLine(failed, results), ...wfailed.map((w) => `${workloadRef(w.rec)}: ${w.reason}`)]
      .filter(Boolean)
      .join('; ') ||
      undefined);
  let verification: VerifyReport | undefined;
  if (!failure && s.o.verify) {
    const service = s.o.verify.url.startsWith('/') ? await liveServiceFor(s, recs[0].name) : undefined;
    verification = await verify(s, service, 'the live Service');
    if (!verification.ok) failure = `verification failed: ${verification.reason}`;
  }
  const rows = [...rowsOf(s, recs, results), ...wres.map(workloadRow)];
  if (!failure) {
    writeSummary(s.ctx.summary, 'deployed', rows, []);
    if (verification) writeVerification(s.ctx.summary, verification);
    const revs = recs.map((r) => ({ ...r, revision: results.get(r.name)?.revision ?? r.revision }));
    return {
      outputs: outputs({
        result: 'deployed',
        revision: revisionsOutput(revs, (r) => r.revision),
        previous: revisionsOutput(recs, (r) => r.revision),
      }),
    };
  }
  return recover(s, { recs, results, failed, patched: started.patched, failure, rows, verification, workloads });
}

async function watchWorkloads(s: Session, recs: WorkloadRecord[]): Promise<WorkloadResult[]> {
  const abort = new AbortController();
  return Promise.all(
    recs.map(async (r) => {
      const w = await watchWorkload(s, r, abort.signal);
      if (w.outcome === 'not-watched') s.ctx.logger.info(`${workloadRef(r)}: ${w.reason}`);
      if ((w.outcome === 'failed' || w.outcome === 'timeout') && s.o.failFast) abort.abort();
      return w;
    }),
  );
}

/** Undo the StatefulSets and DaemonSets whose spec this run changed (their generation moved). */
async function undoWorkloads(s: Session, recs: WorkloadRecord[]): Promise<Array<{ ok: boolean; text: string }>> {
  const moved = await Promise.all(
    recs.map(async (r) => {
      const o = await r.kc
        .json<{ metadata: { generation?: number } }>(['get', r.kind.toLowerCase(), r.name], { quiet: true })
        .catch(() => undefined);
      return !!o && (o.metadata.generation ?? 0) > r.generation;
    }),
  );
  return Promise.all(recs.filter((_, i) => moved[i]).map((r) => undoWorkload(s, r)));
}

const workloadRow = (w: WorkloadResult): Row => ({
  kind: w.rec.kind.toLowerCase(),
  name: w.rec.name,
  previous: 0,
  revision: 0,
  result: w.outcome,
  ready: w.progress,
});

const isFailure = (w: WatchResult | undefined): boolean => !!w && w.outcome !== 'complete' && w.outcome !== 'aborted';

const failureLine = (failed: Recorded[], results: Results): string | undefined =>
  failed.length ? failed.map((r) => `deployment/${r.name}: ${results.get(r.name)!.reason}`).join('; ') : undefined;

/** Watch every rollout in parallel; with fail-fast, the first failure stops the others. */
async function watchAll(s: Session, recs: Recorded[]): Promise<Results> {
  const results: Results = new Map();
  const abort = new AbortController();
  const stop = AbortSignal.any([abort.signal, s.ctx.signal]);
  await Promise.all(
    recs.map(async (r) => {
      const kc = s.kcOf(r.name);
      const selector = r.selector || (await selectorNow(s, r.name));
      const w = await watchRollout(kc, r.name, {
        selector,
        timeoutMs: s.o.timeoutMs,
        graceMs: s.o.unschedulableGraceMs,
        pollMs: POLL_MS,
        signal: stop,
        logger: s.ctx.logger,
        now: s.ctx.now,
        staleDeadline: r.staleDeadline,
        replacedBy: templateCheck(s, r),
      });
      results.set(r.name, w);
      if (!isFailure(w)) return;
      s.ctx.logger.info(`✗ deployment/${r.name}: ${w.reason}`);
      if (s.o.failFast && !abort.signal.aborted) {
        if (recs.length > 1) s.ctx.logger.info('fail-fast: stopping the other rollouts');
        abort.abort();
      }
    }),
  );
  return results;
}

async function selectorNow(s: Session, name: string): Promise<string> {
  const d = await s.kcOf(name).json<Deployment>(['get', 'deployment', name]);
  return selectorOf(d);
}

function rowsOf(s: Session, recs: Recorded[], results: Results): Row[] {
  return recs.map((r) => {
    const w = results.get(r.name);
    return {
      name: r.name,
      container: r.container,
      image: s.manifests ? undefined : s.o.image,
      previous: r.revision,
      revision: w?.revision ?? r.revision,
      result: w?.outcome ?? 'not started',
      ready: ready(w),
    };
  });
}

interface Failed {
  recs: Recorded[];
  results: Results;
  failed: Recorded[];
  patched: Set<string>;
  failure: string;
  rows: Row[];
  verification?: VerifyReport;
  workloads: WorkloadRecord[];
}

/** Diagnose first (a rollback deletes the failing pods), then undo what this run changed. */
async function recover(s: Session, f: Failed): Promise<ToolResult> {
  const diagnoses = await Promise.all(
    f.failed
      .filter((r) => f.results.get(r.name)!.outcome !== 'replaced')
      .map((r) => diagnose(s.kcOf(r.name), f.results.get(r.name)!)),
  );
  const changed = await changedBy(s, f.recs, f.results, f.patched);
  // What failed: the watched deployments, or (a failed verification) everything it checked.
  const subjects = f.failed.length || !f.verification || f.verification.ok ? f.failed : changed;
  const undo = await rollBackAll(s, changed, subjects, f.results);
  const wundo = s.o.rollback ? await undoWorkloads(s, f.workloads) : [];
  const failure = [f.failure, changed.length || !wundo.length ? undo.state : '', ...wundo.map((w) => w.text)]
    .filter(Boolean)
    .join('; ');
  if (wundo.some((w) => !w.ok)) undo.result = 'failed';
  else if (wundo.length && !changed.length) undo.result = 'rolled-back';
  for (const row of f.rows) {
    const a = undo.after.get(row.name);
    if (!a) continue;
    row.result = `${row.result}, rolled back`;
    row.revision = a.revision;
    row.ready = ready(a);
  }
  writeSummary(s.ctx.summary, undo.result === 'rolled-back' ? 'rolled back' : 'failed', f.rows, diagnoses, failure);
  if (f.verification) writeVerification(s.ctx.summary, f.verification);
  const current = f.recs.map((r) => ({
    ...r,
    revision: undo.after.get(r.name)?.revision ?? f.results.get(r.name)?.revision ?? r.revision,
  }));
  return {
    outputs: outputs({
      result: undo.result,
      revision: revisionsOutput(current, (r) => r.revision),
      previous: revisionsOutput(f.recs, (r) => r.revision),
      reason: failure,
    }),
    failure,
  };
}
