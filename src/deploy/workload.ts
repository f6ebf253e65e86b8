// StatefulSets and DaemonSets from manifests: watched with the same pod-level fail-fast as a
// Deployment, by their own update semantics (StatefulSet: updateRevision/currentRevision and
// the partition; DaemonSet: updatedNumberScheduled), and rolled back with `kubectl rollout
// undo`. OnDelete updates nothing until pods are deleted: reported, not waited for.
import type { Kubectl } from './kubectl.js';
import { KubectlError } from './kubectl.js';
import type { Session } from './session.js';
import {
  isUnschedulable,
  podProblem,
  labelSelectorString,
  type Condition,
  type Container,
  type LabelSelector,
  type Meta,
  type Pod,
} from './status.js';
import { POLL_MS, WorkloadReader } from './watch.js';

export type WorkloadKind = 'StatefulSet' | 'DaemonSet';

interface Workload {
  metadata: Meta;
  spec: {
    replicas?: number;
    selector?: LabelSelector;
    updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } };
    template: { spec?: { containers?: Container[] } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    readyReplicas?: number;
    updatedReplicas?: number;
    currentRevision?: string;
    updateRevision?: string;
    desiredNumberScheduled?: number;
    updatedNumberScheduled?: number;
    numberAvailable?: number;
    conditions?: Condition[];
  };
}

export interface WorkloadRecord {
  kind: WorkloadKind;
  name: string;
  kc: Kubectl;
  /** It existed before this run (so `rollout undo` has something to go back to). */
  existed: boolean;
  generation: number;
}

export interface WorkloadResult {
  rec: WorkloadRecord;
  outcome: 'complete' | 'failed' | 'timeout' | 'not-watched';
  reason?: string;
  progress: string;
}

const ref = (w: { kind: WorkloadKind; name: string }) => `${w.kind.toLowerCase()}/${w.name}`;
export { ref as workloadRef };

export async function recordWorkloads(s: Session): Promise<WorkloadRecord[]> {
  return Promise.all(
    (s.manifests?.workloads ?? []).map(async (w) => {
      const kc = s.kc.inNamespace(w.namespace);
      try {
        const o = await kc.json<Workload>(['get', w.kind.toLowerCase(), w.name], { quiet: true });
        return { kind: w.kind, name: w.name, kc, existed: true, generation: o.metadata.generation ?? 0 };
      } catch (e) {
        if (e instanceof KubectlError && e.notFound)
          return { kind: w.kind, name: w.name, kc, existed: false, generation: 0 };
        throw e;
      }
    }),
  );
}

/** Done as `kubectl rollout status` decides it for the kind; or why it is not watched. */
function judge(kind: WorkloadKind, o: Workload): { done: boolean; progress: string; onDelete?: boolean } {
  const st = o.status ?? {};
  const observed = (st.observedGeneration ?? 0) >= (o.metadata.generation ?? 0);
  const onDelete = o.spec.updateStrategy?.type === 'OnDelete';
  if (kind === 'StatefulSet') {
    const n = o.spec.replicas ?? 1;
    const partition = o.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
    const updated = st.updatedReplicas ?? 0;
    const progress = `${updated}/${n} pods updated, ${st.readyReplicas ?? 0}/${n} ready${partition ? ` (partition ${partition}: ordinals below it stay)` : ''}`;
    const done =
      observed &&
      (st.readyReplicas ?? 0) >= n &&
      (partition > 0 ? updated >= n - partition : st.updateRevision === st.currentRevision);
    return { done, progress, onDelete };
  }
  const desired = st.desiredNumberScheduled ?? 0;
  const progress = `${st.updatedNumberScheduled ?? 0}/${desired} pods updated, ${st.numberAvailable ?? 0}/${desired} available`;
  const done = observed && (st.updatedNumberScheduled ?? 0) >= desired && (st.numberAvailable ?? 0) >= desired;
  return { done, progress, onDelete };
}

/** Pods running this template (every container at the template's image): the new ones. */
const isNew = (o: Workload, p: Pod) =>
  (o.spec.template.spec?.containers ?? []).every(
    (c) => (p.spec?.containers ?? []).find((x) => x.name === c.name)?.image === c.image,
  );

export async function watchWorkload(
  s: Session,
  rec: WorkloadRecord,
  signal: AbortSignal,
  label = '',
): Promise<WorkloadResult> {
  const t0 = s.ctx.now();
  const unschedulable = new Map<string, number>();
  let progress = '';
  let said = '';
  // The selector is immutable (apps/v1), so after the first round the workload and its pods
  // come in one call where its labels match it.
  let reader: WorkloadReader<Workload & { kind?: string }> | undefined;
  for (;;) {
    if (signal.aborted) return { rec, outcome: 'timeout', reason: 'stopped', progress };
    let o: Workload;
    let pods: { items: Pod[] };
    if (reader) {
      const r = await reader.read(signal);
      [o, pods] = [r.workload, { items: r.items as Pod[] }];
    } else {
      o = await rec.kc.json<Workload>(['get', rec.kind.toLowerCase(), rec.name], { quiet: true, signal });
      const selector = labelSelectorString(o.spec.selector);
      pods = await podsOf(rec.kc, selector, signal);
      reader = new WorkloadReader(rec.kc, rec.kind, rec.name, 'pods', selector);
    }
    const j = judge(rec.kind, o);
    progress = j.progress;
    if (progress !== said) s.ctx.logger.info(`${label}${ref(rec)}: ${progress}`);
    said = progress;
    if (j.onDelete)
      return {
        rec,
        outcome: 'not-watched',
        progress,
        reason: 'updateStrategy OnDelete: pods take the new template only when deleted; not waited for',
      };
    const now = s.ctx.now();
    for (const p of pods.items.filter((x) => isNew(o, x))) {
      if (isUnschedulable(p)) unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
      const problem = podProblem(p, now, unschedulable.get(p.metadata.name), s.o.unschedulableGraceMs);
      if (problem)
        return { rec, outcome: 'failed', progress, reason: `${problem.reason} on ${problem.pod} (${problem.detail})` };
    }
    if (j.done) return { rec, outcome: 'complete', progress };
    if (now - t0 >= s.o.timeoutMs)
      return {
        rec,
        outcome: 'timeout',
        progress,
        reason: `not rolled out after ${Math.round(s.o.timeoutMs / 1000)} s (${progress})`,
      };
    await new Promise((r) => setTimeout(r, POLL_MS));
  }
}

/** The pods a workload's selector selects. */
const podsOf = (kc: Kubectl, selector: string, signal?: AbortSignal) =>
  kc.json<{ items: Pod[] }>(['get', 'pods', '-l', selector], { quiet: true, signal });

/**
 * A StatefulSet (OrderedReady) waits for a broken pod to become ready before it replaces it,
 * so reverting the template is not enough: Kubernetes documents deleting the pods that ran the
 * bad template ("forced rollback"). Here: the pods not ready and not on the reverted template.
 */
async function forceRollback(s: Session, rec: WorkloadRecord): Promise<void> {
  const o = await rec.kc.json<Workload>(['get', 'statefulset', rec.name], { quiet: true });
  const pods = await podsOf(rec.kc, labelSelectorString(o.spec.selector));
  const ready = (p: Pod) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  const broken = pods.items.filter((p) => !isNew(o, p) && !ready(p)).map((p) => `pod/${p.metadata.name}`);
  if (!broken.length) return;
  const args = ['delete', ...broken, '--wait=false'];
  s.ctx.logger.info(`$ ${rec.kc.display(args)}  (forced rollback: the StatefulSet would wait for them forever)`);
  await rec.kc.text(args, { quiet: true });
}

/** `kubectl rollout undo` of a workload this run changed, then wait for it. One line of what happened. */
export async function undoWorkload(s: Session, rec: WorkloadRecord): Promise<{ ok: boolean; text: string }> {
  if (!rec.existed) return { ok: false, text: `nothing to roll ${ref(rec)} back to: it did not exist before this run` };
  const args = ['rollout', 'undo', ref(rec)];
  s.ctx.logger.info(`$ ${rec.kc.display(args)}`);
  try {
    await rec.kc.text(args, { quiet: true });
  } catch (e) {
    return { ok: false, text: `rollback of ${ref(rec)} failed: ${(e as Error).message}` };
  }
  if (rec.kind === 'StatefulSet') await forceRollback(s, rec);
  const w = await watchWorkload(s, rec, new AbortController().signal, 'rollback: ');
  return w.outcome === 'complete' || w.outcome === 'not-watched'
    ? {
        ok: true,
        text: `${ref(rec)} rolled back (${w.outcome === 'complete' ? w.progress : 'OnDelete: its pods take it when deleted'})`,
      }
    : { ok: false, text: `${ref(rec)} was rolled back but is not healthy: ${w.reason}` };
}
