// Pod templates and Deployment defaults as the API server and deployment controller see them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { clone } from './patch.js';
import type { Obj } from './store.js';

export const REVISION = 'deployment.kubernetes.io/revision';
export const HASH = 'pod-template-hash';

/** Canonical JSON: sorted keys, nulls and empty objects dropped (template equality ignores them). */
export function canonical(v: any): any {
  if (Array.isArray(v)) return v.map(canonical);
  if (v && typeof v === 'object') {
    const out: Record<string, any> = {};
    for (const k of Object.keys(v).sort()) {
      const c = canonical(v[k]);
      if (c === null || c === undefined) continue;
      if (typeof c === 'object' && !Array.isArray(c) && Object.keys(c).length === 0) continue;
      out[k] = c;
    }
    return out;
  }
  return v;
}

export function templateKey(template: Obj): string {
  const t = clone(template ?? {});
  if (t.metadata?.labels) delete t.metadata.labels[HASH];
  return JSON.stringify(canonical(t));
}

export const revisionOf = (o: Obj): number => Number(o?.metadata?.annotations?.[REVISION] ?? 0);
export const ownedBy = (o: Obj, owner: Obj) =>
  (o.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === owner.metadata.uid && r.controller);

export function intOrPercent(v: any, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(String(v ?? ''));
  if (!m) return Number(v) || 0;
  const x = (Number(m[1]) * total) / 100;
  return roundUp ? Math.ceil(x) : Math.floor(x);
}

/** Fill the defaults the API server sets on a Deployment. */
export function defaultDeployment(d: Obj): void {
  d.spec ??= {};
  d.spec.replicas ??= 1;
  d.spec.revisionHistoryLimit ??= 10;
  d.spec.progressDeadlineSeconds ??= 600;
  d.spec.strategy ??= { type: 'RollingUpdate' };
  if (d.spec.strategy.type === 'RollingUpdate')
    d.spec.strategy.rollingUpdate = {
      maxSurge: '25%',
      maxUnavailable: '25%',
      ...(d.spec.strategy.rollingUpdate ?? {}),
    };
  d.spec.template ??= {};
  d.spec.template.metadata ??= {};
  for (const c of d.spec.template.spec?.containers ?? []) {
    c.imagePullPolicy ??= String(c.image ?? '').endsWith(':latest') ? 'Always' : 'IfNotPresent';
    c.terminationMessagePath ??= '/dev/termination-log';
    c.terminationMessagePolicy ??= 'File';
  }
  if (d.spec.template.spec) {
    d.spec.template.spec.restartPolicy ??= 'Always';
    d.spec.template.spec.dnsPolicy ??= 'ClusterFirst';
    d.spec.template.spec.schedulerName ??= 'default-scheduler';
    d.spec.template.spec.terminationGracePeriodSeconds ??= 30;
  }
  d.metadata.generation ??= 1;
  d.status ??= {};
}
