// StatefulSet and DaemonSet controllers, as the real ones behave where a deploy can see it:
// one ControllerRevision per pod template (numbered, owned, `data` a strategic-merge patch that
// `kubectl rollout undo` applies), pods labelled `controller-revision-hash`, status with
// currentRevision/updateRevision (StatefulSet) or updatedNumberScheduled (DaemonSet).
// StatefulSet: ordered pods `name-0…`, RollingUpdate from the highest ordinal down to
// `partition`, one pod at a time and only while every other pod is ready; OnDelete replaces
// nothing. DaemonSet: one pod per simulated node (3), RollingUpdate within maxUnavailable.
import { createHash, randomBytes } from 'node:crypto';
import { clone } from './patch.js';
import { selectorObject, type Obj, type Store } from './store.js';
import { intOrPercent, templateKey } from './template.js';

export const NODES = ['sim-node-1', 'sim-node-2', 'sim-node-3'];
const REV_HASH = 'controller-revision-hash';

/** The API server's defaults for StatefulSets and DaemonSets. */
export function defaultWorkload(resource: 'statefulsets' | 'daemonsets', o: Obj): void {
  o.spec ??= {};
  o.spec.revisionHistoryLimit ??= 10;
  o.spec.updateStrategy ??= { type: 'RollingUpdate' };
  if (o.spec.updateStrategy.type === 'RollingUpdate')
    o.spec.updateStrategy.rollingUpdate =
      resource === 'statefulsets'
        ? { partition: 0, ...(o.spec.updateStrategy.rollingUpdate ?? {}) }
        : { maxUnavailable: 1, maxSurge: 0, ...(o.spec.updateStrategy.rollingUpdate ?? {}) };
  if (resource === 'statefulsets') {
    o.spec.replicas ??= 1;
    o.spec.podManagementPolicy ??= 'OrderedReady';
  }
  o.metadata.generation ??= 1;
  o.status ??= {};
}

const owner = (o: Obj) => ({
  apiVersion: 'apps/v1',
  kind: o.kind,
  name: o.metadata.name,
  uid: o.metadata.uid,
  controller: true,
  blockOwnerDeletion: true,
});
const owns = (o: Obj, x: Obj) =>
  (x.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === o.metadata.uid && r.controller);
const isReady = (p: Obj) => (p.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True');

export class Workloads {
  constructor(private readonly store: Store) {}

  sync(readySince: (uid: string) => boolean): void {
    for (const s of this.store.list('statefulsets')) this.statefulSet(this.revisions(s), readySince);
    for (const d of this.store.list('daemonsets')) this.daemonSet(this.revisions(d));
  }

  /** The revision of the current template (made when new), and the object re-read. */
  private revisions(o: Obj): { o: Obj; update: Obj; revs: Obj[] } {
    const ns = o.metadata.namespace;
    const revs = this.store.list('controllerrevisions', ns, (r) => owns(o, r)).sort((a, b) => a.revision - b.revision);
    const key = templateKey(o.spec.template);
    const keyOf = (r: Obj) => {
      const { $patch: _p, ...t } = r.data.spec.template;
      return templateKey(t);
    };
    let update = revs.find((r) => keyOf(r) === key);
    const max = Math.max(0, ...revs.map((r) => r.revision));
    if (!update) {
      const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
      update = this.store.put('controllerrevisions', {
        metadata: {
          name: `${o.metadata.name}-${hash}`,
          namespace: ns,
          labels: { ...(o.spec.selector?.matchLabels ?? {}), [REV_HASH]: hash },
          ownerReferences: [owner(o)],
        },
        data: { spec: { template: { ...clone(o.spec.template), $patch: 'replace' } } },
        revision: max + 1,
      });
      revs.push(update);
    } else if (update.revision < max) {
      // A rollback (undo) to an old template makes it the newest revision again.
      update = this.store.put('controllerrevisions', { ...update, revision: max + 1 });
    }
    return { o, update, revs };
  }

  private pod(o: Obj, rev: Obj, name: string, extra: Obj = {}): void {
    const { $patch: _p, ...template } = rev.data.spec.template;
    const hash = o.kind === 'StatefulSet' ? rev.metadata.name : rev.metadata.labels[REV_HASH];
    const labels = { ...(template.metadata?.labels ?? {}), [REV_HASH]: hash, ...extra.labels };
    this.store.put('pods', {
      metadata: { name, namespace: o.metadata.namespace, labels, ownerReferences: [owner(o)] },
      spec: { ...clone(template.spec), nodeName: extra.nodeName },
      status: { phase: 'Pending', conditions: [] },
    });
  }

  private statefulSet(
    { o, update, revs }: { o: Obj; update: Obj; revs: Obj[] },
    _ready: (uid: string) => boolean,
  ): void {
    const ns = o.metadata.namespace;
    const n: number = o.spec.replicas;
    const pods = this.store.list('pods', ns, (p) => owns(o, p));
    const byOrdinal = new Map(pods.map((p) => [Number(p.metadata.name.slice(o.metadata.name.length + 1)), p]));
    const hashOf = (p: Obj) => p.metadata.labels?.[REV_HASH];
    const updateHash = update.metadata.name;
    const current = revs.find((r) => r.metadata.name === o.status?.currentRevision) ?? update;
    const partition = o.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
    // Create the lowest missing ordinal once every lower one is ready (OrderedReady).
    for (let i = 0; i < n; i++) {
      if (byOrdinal.has(i)) {
        if (!isReady(byOrdinal.get(i)) && o.spec.podManagementPolicy === 'OrderedReady') break;
        continue;
      }
      const rev = i < partition ? current : update;
      this.pod(o, rev, `${o.metadata.name}-${i}`, {
        labels: { 'statefulset.kubernetes.io/pod-name': `${o.metadata.name}-${i}` },
      });
      break;
    }
    for (const [i, p] of byOrdinal) if (i >= n) this.store.delete('pods', ns, p.metadata.name);
    if (o.spec.updateStrategy?.type === 'RollingUpdate') {
      const all = [...byOrdinal.entries()].filter(([i]) => i < n);
      const everyReady = all.length === n && all.every(([, p]) => isReady(p));
      const outdated = all.filter(([i, p]) => i >= partition && hashOf(p) !== updateHash).sort((a, b) => b[0] - a[0]);
      if (everyReady && outdated.length) this.store.delete('pods', ns, outdated[0][1].metadata.name);
    }
    const now = this.store.list('pods', ns, (p) => owns(o, p));
    const updated = now.filter((p) => hashOf(p) === updateHash).length;
    const currentRevision = updated === n ? update.metadata.name : (o.status?.currentRevision ?? current.metadata.name);
    const currentHash = currentRevision;
    const status = {
      observedGeneration: o.metadata.generation,
      replicas: now.length,
      readyReplicas: now.filter(isReady).length,
      availableReplicas: now.filter(isReady).length,
      currentReplicas: now.filter((p) => hashOf(p) === currentHash).length,
      updatedReplicas: updated,
      currentRevision,
      updateRevision: update.metadata.name,
      collisionCount: 0,
    };
    if (JSON.stringify(status) !== JSON.stringify(o.status)) this.store.put('statefulsets', { ...o, status });
  }

  private daemonSet({ o, update }: { o: Obj; update: Obj; revs: Obj[] }): void {
    const ns = o.metadata.namespace;
    const pods = this.store.list('pods', ns, (p) => owns(o, p));
    const updateHash = update.metadata.labels[REV_HASH];
    const onNode = new Map(pods.map((p) => [p.spec.nodeName, p]));
    for (const node of NODES)
      if (!onNode.has(node))
        this.pod(o, update, `${o.metadata.name}-${randomBytes(3).toString('hex').slice(0, 5)}`, { nodeName: node });
    if (o.spec.updateStrategy?.type === 'RollingUpdate') {
      const maxUnavailable =
        intOrPercent(o.spec.updateStrategy.rollingUpdate?.maxUnavailable ?? 1, NODES.length, true) || 1;
      // Outdated pods that are not available go at once; available ones within maxUnavailable,
      // counting every node without an available pod as unavailable.
      const outdated = pods.filter((p) => p.metadata.labels?.[REV_HASH] !== updateHash);
      for (const p of outdated.filter((x) => !isReady(x))) this.store.delete('pods', ns, p.metadata.name);
      const unavailable = NODES.length - pods.filter(isReady).length;
      for (const p of outdated.filter(isReady).slice(0, Math.max(0, maxUnavailable - unavailable)))
        this.store.delete('pods', ns, p.metadata.name);
    }
    const now = this.store.list('pods', ns, (p) => owns(o, p));
    const ready = now.filter(isReady).length;
    const status = {
      observedGeneration: o.metadata.generation,
      desiredNumberScheduled: NODES.length,
      currentNumberScheduled: now.length,
      numberMisscheduled: 0,
      numberReady: ready,
      numberAvailable: ready,
      numberUnavailable: NODES.length - ready,
      updatedNumberScheduled: now.filter((p) => p.metadata.labels?.[REV_HASH] === updateHash).length,
    };
    if (JSON.stringify(status) !== JSON.stringify(o.status)) this.store.put('daemonsets', { ...o, status });
  }
}

export { selectorObject };
