// Pure reading of Deployment, ReplicaSet and Pod objects: is the rollout complete, is a new
// pod definitively failing, and how to say so in one line. No I/O, so it is tested directly.

export const REVISION = 'deployment.kubernetes.io/revision';

export interface Meta {
  name: string;
  namespace?: string;
  uid?: string;
  generation?: number;
  resourceVersion?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{ uid: string; kind: string; name: string; controller?: boolean }>;
  creationTimestamp?: string;
}

export interface Condition {
  type: string;
  status: string;
  reason?: string;
  message?: string;
  lastUpdateTime?: string;
  lastTransitionTime?: string;
}

export interface Container {
  name: string;
  image?: string;
}

export interface Deployment {
  kind?: string;
  metadata: Meta;
  spec: {
    replicas?: number;
    paused?: boolean;
    minReadySeconds?: number;
    progressDeadlineSeconds?: number;
    selector?: LabelSelector;
    template: { spec?: { containers?: Container[]; initContainers?: Container[] } };
  };
  status?: {
    observedGeneration?: number;
    replicas?: number;
    updatedReplicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    conditions?: Condition[];
  };
}

export interface ContainerStatus {
  name: string;
  image?: string;
  ready?: boolean;
  restartCount?: number;
  state?: {
    waiting?: { reason?: string; message?: string };
    running?: object;
    terminated?: { reason?: string; exitCode?: number; message?: string };
  };
  lastState?: { terminated?: { reason?: string; exitCode?: number; message?: string } };
}

export interface Pod {
  kind?: string;
  metadata: Meta;
  spec?: { containers?: Container[] };
  status?: {
    phase?: string;
    reason?: string;
    message?: string;
    conditions?: Condition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
  };
}

export interface ReplicaSet {
  kind?: string;
  metadata: Meta;
  spec?: { replicas?: number };
  status?: { replicas?: number; readyReplicas?: number; availableReplicas?: number; conditions?: Condition[] };
}

export const revisionOf = (o: { metadata: Meta } | undefined): number =>
  Number(o?.metadata.annotations?.[REVISION] ?? 0) || 0;

/** Labels as an equality selector, as `kubectl -l` takes it (`app=api,track=canary`). */
export const selectorOfLabels = (labels: Record<string, string>): string =>
  Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** A workload's `spec.selector` (metav1.LabelSelector). */
export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

/**
 * A label selector as `kubectl -l` takes it: matchLabels as `k=v`, matchExpressions as `k in (a,b)`,
 * `k notin (a)`, `k`, `!k`; Kubernetes requires them all (matchLabels alone selects too many pods).
 */
export function labelSelectorString(sel: LabelSelector | undefined): string {
  const parts = [selectorOfLabels(sel?.matchLabels ?? {})].filter(Boolean);
  for (const e of sel?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}

/** The label selector of a deployment as `kubectl -l` takes it. */
export const selectorOf = (d: Deployment): string => labelSelectorString(d.spec.selector);

export const ownedBy = (o: { metadata: Meta }, ownerUid: string | undefined): boolean =>
  !!ownerUid && (o.metadata.ownerReferences ?? []).some((r) => r.uid === ownerUid && r.controller !== false);

export interface Counts {
  desired: number;
  updated: number;
  total: number;
  ready: number;
  available: number;
}

export function counts(d: Deployment): Counts {
  const s = d.status ?? {};
  return {
    desired: d.spec.replicas ?? 1,
    updated: s.updatedReplicas ?? 0,
    total: s.replicas ?? 0,
    ready: s.readyReplicas ?? 0,
    available: s.availableReplicas ?? 0,
  };
}

/** The controller has seen the latest spec. */
export const observed = (d: Deployment): boolean => (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);

/**
 * Done the way `kubectl rollout status` decides it, minus its conditions: every replica is
 * updated and available and no old pod is left. Readiness is read directly, so a stale
 * ProgressDeadlineExceeded condition (left by an earlier rollout) cannot fail a healthy one.
 */
export function complete(d: Deployment): boolean {
  const c = counts(d);
  return observed(d) && c.updated === c.desired && c.total === c.updated && c.available >= c.updated;
}

/** Pods with the Ready condition true. */
export const readyPods = (pods: Pod[]): number =>
  pods.filter((p) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')).length;

/** `deployment/api: 2/3 new pods ready, 3/3 updated, 1 old pending termination (12 s)` */
export function progressLine(d: Deployment, newReady: number, elapsedMs: number): string {
  const c = counts(d);
  const old = Math.max(0, c.total - c.updated);
  return `deployment/${d.metadata.name}: ${Math.min(newReady, c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated${old ? `, ${old} old pending termination` : ''} (${Math.round(elapsedMs / 1000)} s)`;
}

/** A definitive sign that a new pod will not come up. */
export interface PodProblem {
  reason: string;
  pod: string;
  container?: string;
  image?: string;
  /** Human explanation, in parentheses in the failure line. */
  detail: string;
  /** kubelet's own message, for the summary. */
  message?: string;
  restarts?: number;
}

/** Waiting reasons that never fix themselves without a new spec. */
const DEFINITIVE_WAITING = new Set([
  'ImagePullBackOff',
  'InvalidImageName',
  'CrashLoopBackOff',
  'CreateContainerConfigError',
  'CreateContainerError',
  'ErrImageNeverPull',
  'RunContainerError',
]);

/** ErrImagePull is retried by the kubelet; only a missing or forbidden image is definitive at once. */
const PERMANENT_PULL =
  /not found|manifest unknown|unauthorized|denied|forbidden|invalid reference|no such host|repository does not exist/i;

function pullDetail(image: string | undefined, message = ''): string {
  const img = image ?? 'the image';
  if (/not found|manifest unknown|does not exist/i.test(message)) return `image ${img} not found`;
  if (/unauthorized|denied|forbidden|authentication/i.test(message))
    return `pulling image ${img} was denied: check imagePullSecrets`;
  return `could not pull image ${img}`;
}

function exitText(cs: ContainerStatus): string {
  const t = cs.lastState?.terminated ?? cs.state?.terminated;
  return t?.exitCode !== undefined ? `exited with code ${t.exitCode}` : 'keeps exiting';
}

/**
 * The first definitive problem of a pod, or undefined while it may still come up. Slow
 * starters (startup probes, long readiness, minReadySeconds) are never a problem here: only
 * the timeout ends them. `unschedulableSince` is when this watcher first saw it unschedulable.
 */
export function podProblem(
  pod: Pod,
  now: number,
  unschedulableSince: number | undefined,
  graceMs: number,
): PodProblem | undefined {
  const name = pod.metadata.name;
  const st = pod.status ?? {};
  const images = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c.image]));
  for (const cs of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) {
    const image = cs.image || images.get(cs.name);
    const waiting = cs.state?.waiting;
    const restarts = cs.restartCount ?? 0;
    const base = { pod: name, container: cs.name, image, restarts };
    const oom = cs.lastState?.terminated?.reason === 'OOMKilled' || cs.state?.terminated?.reason === 'OOMKilled';
    if (oom)
      return {
        ...base,
        reason: 'OOMKilled',
        detail: `container ${cs.name} ran out of memory (OOMKilled), restarted ${restarts} time${restarts === 1 ? '' : 's'}`,
        message: waiting?.message,
      };
    if (waiting?.reason === 'ErrImagePull' && PERMANENT_PULL.test(waiting.message ?? ''))
      return { ...base, reason: 'ErrImagePull', detail: pullDetail(image, waiting.message), message: waiting.message };
    if (waiting?.reason && DEFINITIVE_WAITING.has(waiting.reason)) {
      const r = waiting.reason;
      const detail =
        r === 'ImagePullBackOff' || r === 'ErrImageNeverPull'
          ? pullDetail(image, `${waiting.message ?? ''}`)
          : r === 'InvalidImageName'
            ? `image reference ${image ?? ''} is invalid`.replace('  ', ' ')
            : r === 'CrashLoopBackOff' || r === 'RunContainerError'
              ? `container ${cs.name} ${exitText(cs)}, restarted ${restarts} time${restarts === 1 ? '' : 's'}`
              : `container ${cs.name}: ${waiting.message ?? r}`;
      return { ...base, reason: r, detail, message: waiting.message };
    }
    if (restarts >= 2)
      return {
        ...base,
        reason: 'Restarting',
        detail: `container ${cs.name} ${exitText(cs)}, restarted ${restarts} times`,
        message: cs.lastState?.terminated?.message,
      };
  }
  if (st.phase === 'Failed')
    return { pod: name, reason: st.reason ?? 'Failed', detail: st.message ?? 'the pod failed', message: st.message };
  const sched = (st.conditions ?? []).find((c) => c.type === 'PodScheduled');
  if (
    sched?.status === 'False' &&
    sched.reason === 'Unschedulable' &&
    unschedulableSince !== undefined &&
    now - unschedulableSince >= graceMs
  ) {
    return {
      pod: name,
      reason: 'Unschedulable',
      detail: `unschedulable for ${Math.round((now - unschedulableSince) / 1000)} s: ${sched.message ?? 'no node fits'}`,
      message: sched.message,
    };
  }
  return undefined;
}

export const isUnschedulable = (pod: Pod): boolean =>
  (pod.status?.conditions ?? []).some(
    (c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable',
  );

/** The Progressing condition, when the controller has given up (ProgressDeadlineExceeded). */
export function deadlineExceeded(d: Deployment): Condition | undefined {
  return (d.status?.conditions ?? []).find(
    (c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded',
  );
}

/** A ReplicaSet that cannot create its pods (quota, admission): a definitive failure. */
export function replicaFailure(rs: ReplicaSet | undefined): Condition | undefined {
  return (rs?.status?.conditions ?? []).find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
}

/** Pod state in a few words, for the summary table. */
export function podState(pod: Pod): string {
  const cs = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
  const waiting = cs.find((c) => c.state?.waiting?.reason && c.state.waiting.reason !== 'ContainerCreating');
  if (waiting) return waiting.state!.waiting!.reason!;
  if (isUnschedulable(pod)) return 'Unschedulable';
  const ready = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
  return ready ? 'Ready' : (pod.status?.phase ?? 'Pending');
}
