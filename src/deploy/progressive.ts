// What blue-green and canary share: derive a Deployment from another (name, extra labels on
// selector and template, image, replicas), apply and delete objects, watch a rollout with
// pod-level fail-fast, and hold a watch on running pods for a while.
import { dump } from 'js-yaml';
import type { Kubectl } from './kubectl.js';
import { applyText } from './start.js';
import type { Session } from './session.js';
import { isUnschedulable, podProblem, selectorOfLabels, type Deployment, type Pod, type PodProblem } from './status.js';
import { POLL_MS, watchRollout, WorkloadReader, type WatchResult } from './watch.js';
import { runAnnotations } from './session.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
export type Obj = any;

export interface Derive {
  name: string;
  labels: Record<string, string>;
  /** container → image; undefined keeps the source's images. */
  images?: Map<string, string> | 'all';
  image?: string;
  replicas: number;
  annotations?: Record<string, string>;
}

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A new Deployment from `source`'s spec: labels added to selector and template, images set. */
export function derive(s: Session, source: Deployment, d: Derive): Obj {
  const spec: Obj = clone(source.spec);
  spec.replicas = d.replicas;
  spec.selector = { ...(spec.selector ?? {}), matchLabels: { ...(spec.selector?.matchLabels ?? {}), ...d.labels } };
  spec.template.metadata = {
    ...(spec.template.metadata ?? {}),
    labels: { ...(spec.template.metadata?.labels ?? {}), ...d.labels },
  };
  delete spec.template.metadata.labels['pod-template-hash'];
  delete spec.paused;
  const pod = spec.template.spec ?? {};
  for (const c of pod.containers ?? []) {
    const image = d.images instanceof Map ? d.images.get(c.name) : undefined;
    if (image) c.image = image;
  }
  if (s.o.imagePullSecrets.length) {
    const have = new Set((pod.imagePullSecrets ?? []).map((x: Obj) => x.name));
    pod.imagePullSecrets = [
      ...(pod.imagePullSecrets ?? []),
      ...s.o.imagePullSecrets.filter((n) => !have.has(n)).map((name) => ({ name })),
    ];
  }
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: d.name,
      namespace: source.metadata.namespace ?? s.ns,
      labels: { ...(source.metadata.labels ?? {}), ...d.labels },
      annotations: {
        'kubernetes.io/change-cause': s.o.changeCause,
        ...(s.o.annotate ? runAnnotations(s.ctx) : {}),
        ...(d.annotations ?? {}),
      },
    },
    spec,
  };
}

/** Server-side apply of objects. */
export async function applyObjects(s: Session, kc: Kubectl, objs: Obj[]): Promise<void> {
  await applyText(s, kc, objs.map((o) => dump(o, { lineWidth: -1, noRefs: true })).join('---\n'));
}

/** Delete objects that may be gone already. */
export async function remove(s: Session, kc: Kubectl, refs: string[]): Promise<void> {
  if (!refs.length) return;
  const args = ['delete', ...refs, '--ignore-not-found', '--wait=false'];
  s.ctx.logger.info(`$ ${kc.display(args)}`);
  // Also after a cancellation: removing what this run started is how it undoes it.
  await kc.text(args, { quiet: true, afterCancel: true, timeoutMs: 5000 });
}

/**
 * A Deployment this run applied is still its own: every container runs the image it set.
 * Another run (or a plain kubectl) that changed it is not this run's rollout to report or undo.
 */
export function sameTemplate(want: Obj): (d: Deployment) => string | undefined {
  const images = new Map<string, string>(
    (want.spec.template.spec?.containers ?? []).map((c: Obj) => [c.name as string, c.image as string]),
  );
  return (d) => {
    for (const c of d.spec.template.spec?.containers ?? []) {
      const image = images.get(c.name);
      if (image && c.image !== image)
        return `its pod template was changed by another run while this run watched it (container ${c.name} now runs ${c.image}, not ${image})`;
    }
    return undefined;
  };
}

/** Watch one Deployment's rollout with pod-level fail-fast (and, given what was applied, the template check). */
export function watchDeployment(
  s: Session,
  kc: Kubectl,
  name: string,
  labels: Record<string, string>,
  label?: string,
  applied?: Obj,
): Promise<WatchResult> {
  return watchRollout(kc, name, {
    replacedBy: applied ? sameTemplate(applied) : undefined,
    selector: selectorOfLabels(labels),
    timeoutMs: s.o.timeoutMs,
    graceMs: s.o.unschedulableGraceMs,
    pollMs: POLL_MS,
    signal: s.ctx.signal,
    logger: s.ctx.logger,
    now: s.ctx.now,
    label,
  });
}

/**
 * Keep watching a rolled-out Deployment's pods for `ms` (a canary pause, the blue-green
 * scale-down delay): the first definitive problem ends it early, and so does `stop` (asked
 * once per poll) answering true: the caller then looks for itself what changed.
 */
export async function hold(
  s: Session,
  kc: Kubectl,
  name: string,
  labels: Record<string, string>,
  ms: number,
  stop?: () => Promise<boolean>,
): Promise<PodProblem | undefined> {
  const end = s.ctx.now() + ms;
  const unschedulable = new Map<string, number>();
  const reader = new WorkloadReader<Deployment>(kc, 'Deployment', name, 'pods', selectorOfLabels(labels));
  while (s.ctx.now() < end && !s.ctx.signal.aborted) {
    if (stop && (await stop().catch(() => false))) return undefined;
    const [d, pods] = await reader
      .read()
      .then((r) => [r.workload, { items: r.items as Pod[] }] as const)
      .catch(() => [undefined, { items: [] as Pod[] }] as const);
    // The labels (colour, track) are this Deployment's own: its pods are the ones they select.
    const now = s.ctx.now();
    if (!d) continue;
    for (const p of pods.items) {
      if (isUnschedulable(p)) unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
      const problem = podProblem(p, now, unschedulable.get(p.metadata.name), s.o.unschedulableGraceMs);
      if (problem) return problem;
    }
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(0, end - s.ctx.now()))));
  }
  return undefined;
}

/** `10/30 pods (33 %)`: the share of pods running the new version, which is its share of traffic. */
export const share = (n: number, total: number) =>
  `${n}/${total} pods (${total ? Math.round((100 * n) / total) : 0} %)`;
