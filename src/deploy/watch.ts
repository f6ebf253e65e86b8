import type { Logger } from '../core/logger.js';
import type { Kubectl } from './kubectl.js';
import {
  complete,
  counts,
  deadlineExceeded,
  isUnschedulable,
  observed,
  ownedBy,
  podProblem,
  progressLine,
  readyPods,
  replicaFailure,
  revisionOf,
  type Deployment,
  type Pod,
  type PodProblem,
  type ReplicaSet,
} from './status.js';

/** How often the rollout is read; success is reported within this (plus one kubectl call) of the last pod ready. */
export const POLL_MS = 500;

export interface WatchOptions {
  selector: string;
  timeoutMs: number;
  graceMs: number;
  pollMs: number;
  signal: AbortSignal;
  logger: Logger;
  now: () => number;
  /** lastUpdateTime of a ProgressDeadlineExceeded condition present before we started: stale, ignored. */
  staleDeadline?: string;
  /** Prefix of the progress lines ("rollback"). */
  label?: string;
  /** Judge by readiness alone (a rollback: the deadline condition may be left over from the failed rollout). */
  ignoreDeadline?: boolean;
  /**
   * Is the pod template still this run's? A description of what replaced it when not: another
   * run's rollout is not ours to report as done (issue 15, item 4).
   */
  replacedBy?: (d: Deployment) => string | undefined;
}

export interface WatchResult {
  name: string;
  outcome: 'complete' | 'failed' | 'timeout' | 'aborted' | 'replaced';
  deployment?: Deployment;
  /** The new ReplicaSet's pods at the last look. */
  pods: Pod[];
  problem?: PodProblem;
  /** One line, without the `deployment/name: ` prefix. */
  reason?: string;
  revision: number;
  elapsedMs: number;
}

export type Results = Map<string, WatchResult>;

/** `2/3`: available of desired, as the summary shows it. */
export const ready = (w: WatchResult | undefined): string => {
  if (!w?.deployment) return '';
  const c = counts(w.deployment);
  return `${Math.min(c.available, c.desired)}/${c.desired}`;
};

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

interface List {
  items: Array<ReplicaSet | Pod>;
}

interface Named {
  kind?: string;
  metadata: { name: string };
}

/**
 * Reads a workload (`deployment`, `statefulset`, `daemonset`) and the objects its selector
 * matches. `kubectl get deployments,replicasets,pods -l SEL` lists the workload too when its
 * own labels match its selector (the usual shape): one kubectl call a round instead of two. When
 * it is not in that list (its labels differ, or it is gone) it is read by name, exactly as
 * before, and so are the later rounds: then two calls a round, in parallel.
 */
export class WorkloadReader<W extends Named> {
  private together: boolean;
  constructor(
    private readonly kc: Kubectl,
    private readonly kind: 'Deployment' | 'StatefulSet' | 'DaemonSet',
    private readonly name: string,
    private readonly others: string,
    private readonly selector: string,
  ) {
    this.together = !!selector;
  }

  async read(signal?: AbortSignal): Promise<{ workload: W; items: Named[] }> {
    const opts = { signal, quiet: true };
    const resource = this.kind.toLowerCase();
    const list = (types: string) => this.kc.json<{ items: Named[] }>(['get', types, '-l', this.selector], opts);
    if (this.together) {
      const all = await list(`${resource}s,${this.others}`);
      const items = all.items.filter((i) => i.kind !== this.kind);
      const own = all.items.find((i) => i.kind === this.kind && i.metadata.name === this.name) as W | undefined;
      if (own) return { workload: own, items };
      this.together = false;
      return { workload: await this.kc.json<W>(['get', resource, this.name], opts), items };
    }
    const [workload, rest] = await Promise.all([
      this.kc.json<W>(['get', resource, this.name], opts),
      list(this.others),
    ]);
    return { workload, items: rest.items };
  }
}

/**
 * Watch one deployment's rollout by polling it and its new pods (one kubectl call a round, see
 * WorkloadReader), until it is complete, a new pod shows a definitive failure, the deadline
 * condition fires, or the timeout passes.
 */
export async function watchRollout(kc: Kubectl, name: string, o: WatchOptions): Promise<WatchResult> {
  const start = o.now();
  const say = (line: string) => o.logger.info(o.label ? `${o.label}: ${line}` : line);
  const unschedulable = new Map<string, number>();
  let last: { d?: Deployment; pods: Pod[]; revision: number } = { pods: [], revision: 0 };
  let lastLine = '';
  let lastLog = 0;
  const reader = new WorkloadReader<Deployment>(kc, 'Deployment', name, 'replicasets,pods', o.selector);
  const result = (outcome: WatchResult['outcome'], extra: Partial<WatchResult> = {}): WatchResult => ({
    name,
    outcome,
    deployment: last.d,
    pods: last.pods,
    revision: last.revision,
    elapsedMs: o.now() - start,
    ...extra,
  });
  for (;;) {
    if (o.signal.aborted) return result('aborted');
    let d: Deployment;
    let list: List;
    try {
      const read = await reader.read(o.signal);
      [d, list] = [read.workload, { items: read.items as List['items'] }];
    } catch (e) {
      if (o.signal.aborted) return result('aborted');
      // One failed poll (an API server hiccup) is not a failed rollout; the timeout still bounds it.
      o.logger.warning(`deployment/${name}: could not read the rollout state (${(e as Error).message}); retrying`);
      await sleep(o.pollMs, o.signal);
      if (o.now() - start > o.timeoutMs)
        return result('timeout', {
          reason: `not ready after ${Math.round(o.timeoutMs / 1000)} s and its state could not be read`,
        });
      continue;
    }
    const now = o.now();
    const revision = revisionOf(d);
    const other = o.replacedBy?.(d);
    if (other) {
      last = { ...last, d, revision };
      return result('replaced', { reason: other });
    }
    const rs = observed(d)
      ? (list.items.filter((i) => i.kind === 'ReplicaSet') as ReplicaSet[]).find(
          (r) => ownedBy(r, d.metadata.uid) && revisionOf(r) === revision,
        )
      : undefined;
    const pods = rs
      ? (list.items.filter((i) => i.kind === 'Pod') as Pod[]).filter((p) => ownedBy(p, rs.metadata.uid))
      : [];
    last = { d, pods, revision };
    for (const p of pods) {
      if (isUnschedulable(p)) unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
      else unschedulable.delete(p.metadata.name);
    }
    if (complete(d)) {
      say(`${progressLine(d, readyPods(pods), now - start)}: ${o.label ? 'healthy' : 'rolled out'}`);
      return result('complete');
    }
    if (rs) {
      for (const p of pods) {
        const problem = podProblem(p, now, unschedulable.get(p.metadata.name), o.graceMs);
        if (problem)
          return result('failed', { problem, reason: `${problem.reason} on ${problem.pod} (${problem.detail})` });
      }
      const rf = replicaFailure(rs);
      if (rf)
        return result('failed', {
          reason: `ReplicaFailure: ${rf.message ?? rf.reason ?? 'the ReplicaSet cannot create pods'}`,
        });
      const pde = deadlineExceeded(d);
      if (pde && !o.ignoreDeadline && pde.lastUpdateTime !== o.staleDeadline) {
        const c = counts(d);
        return result('failed', {
          reason: `ProgressDeadlineExceeded (no progress for ${d.spec.progressDeadlineSeconds ?? 600} s: ${c.available}/${c.desired} available)`,
        });
      }
    }
    const line = progressLine(d, readyPods(pods), now - start);
    const shape = line.replace(/ \(\d+ s\)$/, '');
    if (shape !== lastLine || now - lastLog >= 10_000) {
      say(line);
      lastLine = shape;
      lastLog = now;
    }
    if (now - start >= o.timeoutMs) {
      const c = counts(d);
      return result('timeout', {
        reason: `not rolled out after ${Math.round(o.timeoutMs / 1000)} s (${Math.min(readyPods(pods), c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated)`,
      });
    }
    await sleep(o.pollMs, o.signal);
  }
}
