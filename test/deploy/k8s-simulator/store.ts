// The simulator's object store: namespaced objects by resource, a global resourceVersion,
// and watchers that hear every change. Label and field selectors as the API server parses them.
/* eslint-disable @typescript-eslint/no-explicit-any */
import { randomUUID } from 'node:crypto';
import { clone } from './patch.js';

export type Obj = any;
export type Resource =
  | 'deployments'
  | 'replicasets'
  | 'pods'
  | 'events'
  | 'configmaps'
  | 'services'
  | 'statefulsets'
  | 'daemonsets'
  | 'controllerrevisions';

export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: Obj;
}

type Watcher = { resource: Resource; namespace?: string; filter: (o: Obj) => boolean; send: (e: WatchEvent) => void };

export const KINDS: Record<Resource, { kind: string; apiVersion: string }> = {
  deployments: { kind: 'Deployment', apiVersion: 'apps/v1' },
  replicasets: { kind: 'ReplicaSet', apiVersion: 'apps/v1' },
  pods: { kind: 'Pod', apiVersion: 'v1' },
  events: { kind: 'Event', apiVersion: 'v1' },
  configmaps: { kind: 'ConfigMap', apiVersion: 'v1' },
  services: { kind: 'Service', apiVersion: 'v1' },
  statefulsets: { kind: 'StatefulSet', apiVersion: 'apps/v1' },
  daemonsets: { kind: 'DaemonSet', apiVersion: 'apps/v1' },
  controllerrevisions: { kind: 'ControllerRevision', apiVersion: 'apps/v1' },
};

export class Store {
  private rv = 1000;
  private readonly objects = new Map<string, Obj>();
  private readonly watchers = new Set<Watcher>();

  get resourceVersion(): string {
    return String(this.rv);
  }

  private key(resource: Resource, ns: string, name: string): string {
    return `${resource}/${ns}/${name}`;
  }

  get(resource: Resource, ns: string, name: string): Obj | undefined {
    return this.objects.get(this.key(resource, ns, name));
  }

  list(resource: Resource, ns?: string, filter: (o: Obj) => boolean = () => true): Obj[] {
    const out: Obj[] = [];
    for (const [k, o] of this.objects) {
      if (!k.startsWith(`${resource}/`)) continue;
      if (ns && o.metadata.namespace !== ns) continue;
      if (filter(o)) out.push(o);
    }
    return out.sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  }

  /** Create or replace; stamps uid, resourceVersion, creationTimestamp and notifies watchers. */
  put(resource: Resource, obj: Obj): Obj {
    const ns = obj.metadata.namespace ?? 'default';
    const k = this.key(resource, ns, obj.metadata.name);
    const old = this.objects.get(k);
    const o = clone(obj);
    o.kind = KINDS[resource].kind;
    o.apiVersion = KINDS[resource].apiVersion;
    o.metadata.namespace = ns;
    o.metadata.uid = old?.metadata.uid ?? o.metadata.uid ?? randomUUID();
    o.metadata.creationTimestamp =
      old?.metadata.creationTimestamp ?? o.metadata.creationTimestamp ?? new Date().toISOString();
    if (
      old &&
      JSON.stringify({ ...old, metadata: { ...old.metadata, resourceVersion: '' } }) ===
        JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: '' } })
    )
      return old;
    o.metadata.resourceVersion = String(++this.rv);
    this.objects.set(k, o);
    this.notify(resource, { type: old ? 'MODIFIED' : 'ADDED', object: o });
    return o;
  }

  delete(resource: Resource, ns: string, name: string): Obj | undefined {
    const k = this.key(resource, ns, name);
    const old = this.objects.get(k);
    if (!old) return undefined;
    this.objects.delete(k);
    const gone = { ...clone(old), metadata: { ...old.metadata, resourceVersion: String(++this.rv) } };
    this.notify(resource, { type: 'DELETED', object: gone });
    return gone;
  }

  watch(
    resource: Resource,
    namespace: string | undefined,
    filter: (o: Obj) => boolean,
    send: (e: WatchEvent) => void,
  ): () => void {
    const w: Watcher = { resource, namespace, filter, send };
    this.watchers.add(w);
    return () => this.watchers.delete(w);
  }

  private notify(resource: Resource, e: WatchEvent): void {
    for (const w of this.watchers) {
      if (w.resource !== resource) continue;
      if (w.namespace && e.object.metadata.namespace !== w.namespace) continue;
      if (w.filter(e.object)) w.send(e);
    }
  }
}

/** `app=api,tier!=db,env in (a,b),!legacy,track` → a predicate on labels. */
export function labelSelector(
  expr: string | null | undefined,
): (labels: Record<string, string> | undefined) => boolean {
  if (!expr) return () => true;
  const terms: Array<(l: Record<string, string>) => boolean> = [];
  for (const raw of expr.match(/[^,(]+(\([^)]*\))?/g) ?? []) {
    const t = raw.trim().replace(/^,/, '').trim();
    if (!t) continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(t))) {
      const [, k, op, vs] = m;
      const set = vs.split(',').map((s) => s.trim());
      terms.push((l) => (op === 'in' ? set.includes(l[k]) : !set.includes(l[k])));
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(t))) {
      const [, k, op, v] = m;
      terms.push((l) => (op === '!=' ? l[k] !== v : l[k] === v));
    } else if ((m = /^!([\w./-]+)$/.exec(t))) {
      const k = m[1];
      terms.push((l) => !(k in l));
    } else {
      const k = t;
      terms.push((l) => k in l);
    }
  }
  return (labels) => terms.every((f) => f(labels ?? {}));
}

/** `metadata.name=api,involvedObject.kind=Pod` → a predicate on dotted paths. */
export function fieldSelector(expr: string | null | undefined): (o: Obj) => boolean {
  if (!expr) return () => true;
  const terms = expr.split(',').map((t) => {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(t.trim());
    if (!m) return () => true;
    const [, path, op, v] = m;
    return (o: Obj) => {
      const got = path.split('.').reduce((n: Obj, s) => n?.[s], o);
      const s = got === undefined || got === null ? '' : String(got);
      return op === '!=' ? s !== v : s === v;
    };
  });
  return (o) => terms.every((f) => f(o));
}

/** A label selector object (matchLabels + matchExpressions) as a predicate. */
export function selectorObject(sel: Obj): (labels: Record<string, string> | undefined) => boolean {
  return labelSelector(selectorString(sel));
}

export function selectorString(sel: Obj): string {
  const parts = Object.entries(sel?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
  for (const e of sel?.matchExpressions ?? []) {
    if (e.operator === 'In') parts.push(`${e.key} in (${e.values.join(',')})`);
    else if (e.operator === 'NotIn') parts.push(`${e.key} notin (${e.values.join(',')})`);
    else if (e.operator === 'Exists') parts.push(e.key);
    else if (e.operator === 'DoesNotExist') parts.push(`!${e.key}`);
  }
  return parts.join(',');
}
