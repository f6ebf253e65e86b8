// The simulator's deployment, replica-set and kubelet loops, in one tick: Deployments own
// ReplicaSets (one per pod template, with the revision annotation), which own Pods whose
// status follows the scripted behaviour of their image. Rolling updates honour
// maxSurge/maxUnavailable and minReadySeconds; Progressing/Available conditions, including
// ProgressDeadlineExceeded, follow the real controller's rules.
import { createHash, randomBytes } from 'node:crypto';
import { atAge, behaviourFor, containerAt, type Behaviour } from './behaviour.js';
import { clone } from './patch.js';
import { selectorObject, type Obj, type Store } from './store.js';
import { Workloads } from './workloads.js';
import { HASH, intOrPercent, ownedBy, REVISION, revisionOf, templateKey } from './template.js';

export { defaultDeployment, REVISION, templateKey } from './template.js';

export interface ControllerOptions {
  readyDelayMs: number;
  overrides: Record<string, Behaviour>;
}

interface PodSim {
  createdAt: number;
  readySince?: number;
  logs: Record<string, { log: string; previousLog?: string }>;
  emitted: Set<string>;
}

export class Controller {
  private readonly pods = new Map<string, PodSim>();
  private readonly workloads: Workloads;
  /** When each deployment (namespace/name) last became complete: every new pod ready and available. */
  readonly completedAt = new Map<string, number>();
  constructor(
    private readonly store: Store,
    private readonly options: ControllerOptions,
  ) {
    this.workloads = new Workloads(store);
  }

  /**
   * From now on, pods of `image` behave as `b` (e.g. `{ kind: 'crash', oom: false, at: Date.now() }`:
   * running ready pods crash now, whatever the load on the machine made of the timing before).
   */
  misbehave(image: string, b: Behaviour): void {
    this.options.overrides[image] = b;
  }

  /** Logs of a pod's container (`previous`: the one that crashed), or undefined. */
  logs(uid: string, container: string, previous: boolean): string | undefined {
    const l = this.pods.get(uid)?.logs[container];
    return previous ? l?.previousLog : l?.log;
  }

  /** Pretend a pod was created at `at` (seeded deployments start out ready). */
  backdate(uid: string, at: number): void {
    const sim = this.pods.get(uid);
    if (sim && sim.createdAt > at) {
      sim.createdAt = at;
      sim.readySince = undefined;
    }
  }

  tick(now = Date.now()): void {
    for (const d of this.store.list('deployments')) this.syncDeployment(d, now);
    for (const rs of this.store.list('replicasets')) this.syncReplicaSet(rs, now);
    this.workloads.sync((uid) => !!this.pods.get(uid)?.readySince);
    for (const p of this.store.list('pods')) this.syncPod(p, now);
    for (const rs of this.store.list('replicasets')) this.rsStatus(rs, now);
    for (const d of this.store.list('deployments'))
      this.deploymentStatus(this.store.get('deployments', d.metadata.namespace, d.metadata.name), now);
  }

  private event(involved: Obj, type: string, reason: string, message: string): void {
    const ns = involved.metadata.namespace;
    const name = `${involved.metadata.name}.${randomBytes(8).toString('hex')}`;
    const ts = new Date().toISOString();
    this.store.put('events', {
      metadata: { name, namespace: ns },
      involvedObject: {
        kind: involved.kind,
        namespace: ns,
        name: involved.metadata.name,
        uid: involved.metadata.uid,
        apiVersion: involved.apiVersion,
      },
      reason,
      message,
      type,
      count: 1,
      firstTimestamp: ts,
      lastTimestamp: ts,
      source: { component: involved.kind === 'Pod' ? 'kubelet' : 'deployment-controller' },
    });
  }

  private podsOf(rs: Obj): Obj[] {
    return this.store.list('pods', rs.metadata.namespace, (p) => ownedBy(p, rs));
  }

  private available(p: Obj, minReadySeconds: number, now: number): boolean {
    const sim = this.pods.get(p.metadata.uid);
    return !!sim?.readySince && now - sim.readySince >= minReadySeconds * 1000;
  }

  private syncDeployment(d: Obj, now: number): void {
    if (d.spec.paused) return;
    const ns = d.metadata.namespace;
    const rss = this.store.list('replicasets', ns, (rs) => ownedBy(rs, d));
    const key = templateKey(d.spec.template);
    const maxRev = Math.max(0, ...rss.map(revisionOf));
    let newRS = rss.find((rs) => templateKey(rs.spec.template) === key);
    const carried = Object.fromEntries(
      Object.entries(d.metadata.annotations ?? {}).filter(
        ([k]) => k !== REVISION && !k.startsWith('kubectl.kubernetes.io/'),
      ),
    );
    if (!newRS) {
      const hash = createHash('sha256')
        .update(key)
        .digest('hex')
        .slice(0, 10)
        .replace(/[0-9]/g, (c) => 'bcdfghjklm'[Number(c)]);
      const template = clone(d.spec.template);
      template.metadata ??= {};
      template.metadata.labels = { ...(template.metadata.labels ?? {}), [HASH]: hash };
      newRS = this.store.put('replicasets', {
        metadata: {
          name: `${d.metadata.name}-${hash}`,
          namespace: ns,
          labels: template.metadata.labels,
          annotations: { ...carried, [REVISION]: String(maxRev + 1) },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'Deployment',
              name: d.metadata.name,
              uid: d.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
          generation: 1,
        },
        spec: {
          replicas: 0,
          minReadySeconds: d.spec.minReadySeconds ?? 0,
          selector: { matchLabels: { ...(d.spec.selector?.matchLabels ?? {}), [HASH]: hash } },
          template,
        },
        status: { replicas: 0 },
      });
    } else if (
      revisionOf(newRS) < maxRev ||
      JSON.stringify({ ...newRS.metadata.annotations, [REVISION]: '' }) !==
        JSON.stringify({ ...carried, [REVISION]: '' })
    ) {
      // A rollback reuses the old ReplicaSet and gives it the next revision.
      const rev = revisionOf(newRS) < maxRev ? maxRev + 1 : revisionOf(newRS);
      newRS = this.store.put('replicasets', {
        ...newRS,
        metadata: { ...newRS.metadata, annotations: { ...carried, [REVISION]: String(rev) } },
      });
    }
    if (d.metadata.annotations?.[REVISION] !== newRS.metadata.annotations[REVISION]) {
      d = this.store.put('deployments', {
        ...d,
        metadata: {
          ...d.metadata,
          annotations: { ...(d.metadata.annotations ?? {}), [REVISION]: newRS.metadata.annotations[REVISION] },
        },
      });
    }
    const olds = this.store
      .list('replicasets', ns, (rs) => ownedBy(rs, d) && rs.metadata.uid !== newRS.metadata.uid)
      .sort((a, b) => revisionOf(a) - revisionOf(b));
    const desired: number = d.spec.replicas;
    const scale = (rs: Obj, n: number) => {
      if (rs.spec.replicas === n) return rs;
      this.event(
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled ${n > rs.spec.replicas ? 'up' : 'down'} replica set ${rs.metadata.name} from ${rs.spec.replicas} to ${n}`,
      );
      return this.store.put('replicasets', { ...rs, spec: { ...rs.spec, replicas: n } });
    };
    if (d.spec.strategy.type === 'Recreate') {
      for (const rs of olds) scale(rs, 0);
      if (olds.every((rs) => this.podsOf(rs).length === 0)) scale(newRS, desired);
      return;
    }
    const ru = d.spec.strategy.rollingUpdate ?? {};
    const surge = intOrPercent(ru.maxSurge, desired, true);
    let unavail = intOrPercent(ru.maxUnavailable, desired, false);
    if (surge === 0 && unavail === 0) unavail = 1;
    const mrs = d.spec.minReadySeconds ?? 0;
    const total = () => [newRS, ...olds].reduce((n, rs) => n + rs.spec.replicas, 0);
    if (newRS.spec.replicas > desired) newRS = scale(newRS, desired);
    else if (newRS.spec.replicas < desired) {
      const room = desired + surge - total();
      if (room > 0) newRS = scale(newRS, newRS.spec.replicas + Math.min(room, desired - newRS.spec.replicas));
    }
    const avail = (rs: Obj) => this.podsOf(rs).filter((p) => this.available(p, mrs, now)).length;
    const minAvailable = desired - unavail;
    const newUnavailable = newRS.spec.replicas - avail(newRS);
    let budget = total() - minAvailable - newUnavailable;
    // Unhealthy old pods go first and cost nothing; then healthy ones while enough stay available.
    for (let i = 0; i < olds.length && budget > 0; i++) {
      const bad = olds[i].spec.replicas - avail(olds[i]);
      const cut = Math.min(bad, budget);
      if (cut > 0) {
        olds[i] = scale(olds[i], olds[i].spec.replicas - cut);
        budget -= cut;
      }
    }
    let spare = [newRS, ...olds].reduce((n, rs) => n + avail(rs), 0) - minAvailable;
    for (let i = 0; i < olds.length && spare > 0; i++) {
      const cut = Math.min(olds[i].spec.replicas, spare);
      if (cut > 0) {
        olds[i] = scale(olds[i], olds[i].spec.replicas - cut);
        spare -= cut;
      }
    }
  }

  private syncReplicaSet(rs: Obj, now: number): void {
    const pods = this.podsOf(rs);
    const want = rs.spec.replicas ?? 0;
    for (let i = pods.length; i < want; i++) {
      const name = `${rs.metadata.name}-${randomBytes(4)
        .toString('hex')
        .slice(0, 5)
        .replace(/[0-9]/g, (c) => 'bcdfghjklm'[Number(c)])}`;
      const p = this.store.put('pods', {
        metadata: {
          name,
          namespace: rs.metadata.namespace,
          labels: { ...(rs.spec.template.metadata?.labels ?? {}) },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: rs.metadata.name,
              uid: rs.metadata.uid,
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        spec: { ...clone(rs.spec.template.spec), nodeName: undefined },
        status: { phase: 'Pending', conditions: [] },
      });
      this.pods.set(p.metadata.uid, { createdAt: now, logs: {}, emitted: new Set() });
      this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${name}`);
    }
    if (pods.length > want) {
      // Unready pods first, then the youngest, as the ReplicaSet controller does.
      const ranked = [...pods].sort(
        (a, b) =>
          Number(!!this.pods.get(a.metadata.uid)?.readySince) - Number(!!this.pods.get(b.metadata.uid)?.readySince) ||
          (this.pods.get(b.metadata.uid)?.createdAt ?? 0) - (this.pods.get(a.metadata.uid)?.createdAt ?? 0),
      );
      for (const p of ranked.slice(0, pods.length - want)) {
        this.store.delete('pods', p.metadata.namespace, p.metadata.name);
        this.pods.delete(p.metadata.uid);
        this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`);
      }
    }
  }

  private syncPod(p: Obj, now: number): void {
    let sim = this.pods.get(p.metadata.uid);
    if (!sim) {
      sim = { createdAt: now, logs: {}, emitted: new Set() };
      this.pods.set(p.metadata.uid, sim);
    }
    const age = now - sim.createdAt;
    const containers: Obj[] = p.spec.containers ?? [];
    const behaviours = containers.map((c) =>
      atAge(behaviourFor(c.image ?? '', this.options.readyDelayMs, this.options.overrides, c.name), sim.createdAt),
    );
    const unschedulable = behaviours.some((b) => b.kind === 'unschedulable');
    const views = containers.map((c, i) => containerAt(c.name, c.image ?? '', behaviours[i], age, p.metadata.name));
    const iso = new Date(sim.createdAt).toISOString();
    const allReady = views.length > 0 && views.every((v) => v.status.ready);
    if (allReady) sim.readySince ??= now;
    else sim.readySince = undefined;
    for (const [i, v] of views.entries()) sim.logs[containers[i].name] = { log: v.log, previousLog: v.previousLog };
    const readyAt = sim.readySince ? new Date(sim.readySince).toISOString() : iso;
    const status: Obj = unschedulable
      ? {
          phase: 'Pending',
          conditions: [
            {
              type: 'PodScheduled',
              status: 'False',
              reason: 'Unschedulable',
              message:
                '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
              lastTransitionTime: iso,
              lastProbeTime: null,
            },
          ],
          qosClass: 'Burstable',
        }
      : {
          phase: views.some((v) => v.status.state.running || v.status.lastState) ? 'Running' : 'Pending',
          conditions: [
            { type: 'PodScheduled', status: 'True', lastTransitionTime: iso, lastProbeTime: null },
            { type: 'Initialized', status: 'True', lastTransitionTime: iso, lastProbeTime: null },
            {
              type: 'ContainersReady',
              status: allReady ? 'True' : 'False',
              lastTransitionTime: readyAt,
              lastProbeTime: null,
              ...(allReady ? {} : { reason: 'ContainersNotReady' }),
            },
            {
              type: 'Ready',
              status: allReady ? 'True' : 'False',
              lastTransitionTime: readyAt,
              lastProbeTime: null,
              ...(allReady ? {} : { reason: 'ContainersNotReady' }),
            },
          ],
          hostIP: '10.0.0.11',
          podIP: `10.244.0.${(parseInt(p.metadata.uid.slice(0, 2), 16) % 250) + 2}`,
          startTime: iso,
          containerStatuses: views.map((v) => v.status),
          qosClass: 'BestEffort',
        };
    const events = unschedulable
      ? [{ type: 'Warning', reason: 'FailedScheduling', message: status.conditions[0].message as string }]
      : [
          {
            type: 'Normal',
            reason: 'Scheduled',
            message: `Successfully assigned ${p.metadata.namespace}/${p.metadata.name} to sim-node-1`,
          },
          ...views.flatMap((v) => v.events),
        ];
    for (const e of events) {
      const k = `${e.reason}:${e.message}`;
      if (sim.emitted.has(k)) continue;
      sim.emitted.add(k);
      this.event(p, e.type, e.reason, e.message);
    }
    this.store.put('pods', {
      ...p,
      spec: { ...p.spec, nodeName: unschedulable ? undefined : (p.spec.nodeName ?? 'sim-node-1') },
      status,
    });
  }

  private rsStatus(rs: Obj, now: number): void {
    const pods = this.podsOf(rs);
    const mrs = rs.spec.minReadySeconds ?? 0;
    const ready = pods.filter((p) => this.pods.get(p.metadata.uid)?.readySince).length;
    const available = pods.filter((p) => this.available(p, mrs, now)).length;
    const status = {
      replicas: pods.length,
      fullyLabeledReplicas: pods.length,
      readyReplicas: ready,
      availableReplicas: available,
      observedGeneration: rs.metadata.generation ?? 1,
    };
    if (JSON.stringify(status) !== JSON.stringify(rs.status)) this.store.put('replicasets', { ...rs, status });
  }

  private deploymentStatus(d: Obj, now: number): void {
    if (!d) return;
    const rss = this.store.list('replicasets', d.metadata.namespace, (rs) => ownedBy(rs, d));
    const newRS = rss.find((rs) => templateKey(rs.spec.template) === templateKey(d.spec.template));
    const sum = (f: (rs: Obj) => number) => rss.reduce((n, rs) => n + (f(rs) ?? 0), 0);
    const desired: number = d.spec.replicas;
    const status: Obj = {
      observedGeneration: d.metadata.generation,
      replicas: sum((rs) => rs.status?.replicas),
      updatedReplicas: newRS?.status?.replicas ?? 0,
      readyReplicas: sum((rs) => rs.status?.readyReplicas),
      availableReplicas: sum((rs) => rs.status?.availableReplicas),
    };
    status.unavailableReplicas = Math.max(0, Math.max(desired, status.replicas) - status.availableReplicas);
    for (const k of ['readyReplicas', 'availableReplicas', 'updatedReplicas', 'unavailableReplicas'])
      if (!status[k]) delete status[k];
    const old: Obj = d.status ?? {};
    const ts = new Date(now).toISOString();
    const prev = (type: string) => (old.conditions ?? []).find((c: Obj) => c.type === type);
    const cond = (type: string, st: string, reason: string, message: string, touch: boolean) => {
      const p = prev(type);
      const same = p && p.status === st && p.reason === reason;
      return {
        type,
        status: st,
        lastUpdateTime: same && !touch ? p.lastUpdateTime : ts,
        lastTransitionTime: p && p.status === st ? p.lastTransitionTime : ts,
        reason,
        message,
      };
    };
    const ru = d.spec.strategy?.rollingUpdate ?? {};
    const minAvail =
      desired - (d.spec.strategy?.type === 'Recreate' ? desired : intOrPercent(ru.maxUnavailable, desired, false));
    const available = (status.availableReplicas ?? 0) >= minAvail;
    const rsName = newRS?.metadata.name ?? d.metadata.name;
    const complete =
      (status.updatedReplicas ?? 0) === desired &&
      status.replicas === desired &&
      (status.availableReplicas ?? 0) === desired &&
      status.observedGeneration >= d.metadata.generation;
    const progressed =
      (status.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
      (status.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
      (status.availableReplicas ?? 0) > (old.availableReplicas ?? 0) ||
      status.replicas < (old.replicas ?? 0) ||
      old.observedGeneration !== status.observedGeneration;
    const p = prev('Progressing');
    let progressing;
    if (complete && p?.reason !== 'NewReplicaSetAvailable')
      this.completedAt.set(`${d.metadata.namespace}/${d.metadata.name}`, now);
    if (complete)
      progressing = cond(
        'Progressing',
        'True',
        'NewReplicaSetAvailable',
        `ReplicaSet "${rsName}" has successfully progressed.`,
        p?.reason !== 'NewReplicaSetAvailable',
      );
    else if (progressed)
      progressing = cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, true);
    else if (
      p?.reason === 'ProgressDeadlineExceeded' ||
      (p && now - Date.parse(p.lastUpdateTime) > d.spec.progressDeadlineSeconds * 1000)
    )
      progressing = cond(
        'Progressing',
        'False',
        'ProgressDeadlineExceeded',
        `ReplicaSet "${rsName}" has timed out progressing.`,
        false,
      );
    else
      progressing =
        p ?? cond('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, true);
    status.conditions = [
      available
        ? cond('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', false)
        : cond(
            'Available',
            'False',
            'MinimumReplicasUnavailable',
            'Deployment does not have minimum availability.',
            false,
          ),
      progressing,
    ];
    if (JSON.stringify(status) !== JSON.stringify(old)) this.store.put('deployments', { ...d, status });
  }
}

export { selectorObject };
