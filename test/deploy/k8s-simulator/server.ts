// A Kubernetes API simulator that the real kubectl talks to over plain HTTP: /version,
// legacy discovery, apps/v1 Deployments and ReplicaSets, core/v1 Pods (+ logs) and Events,
// lists with label/field selectors, watch streams, the four patch types, server-side apply,
// server dry run and SelfSubjectAccessReviews. It is a simulator, not a cluster: pods are
// scripted by their image (see behaviour.ts).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { load } from 'js-yaml';
import type { Behaviour } from './behaviour.js';
import { Controller, defaultDeployment, REVISION } from './controller.js';
import { defaultWorkload } from './workloads.js';
import { aggregated, discovery } from './discovery.js';
import { decodeAccessReview } from './protobuf.js';
import { selfSigned } from './tls.js';
import { jsonPatch, mergePatch, strategicMerge } from './patch.js';
import { fieldSelector, KINDS, labelSelector, Store, type Obj, type Resource } from './store.js';

export interface SimulatorOptions {
  /** Minor version served at /version (the kubectl dispatcher picks its kubectl by it). */
  minor?: string;
  /** Milliseconds until a pod of an ordinary image is ready. */
  readyDelayMs?: number;
  /**
   * When set, requests must carry `Authorization: Bearer <token>`. Served over HTTPS then
   * (a throwaway self-signed certificate): kubectl sends no bearer token over plain HTTP.
   */
  token?: string;
  /** false: reject `dryRun=All` the way a cluster with a side-effecting admission webhook does. */
  serverDryRun?: boolean;
  /** `verb resource` pairs SelfSubjectAccessReview answers "no" to (e.g. 'patch deployments'). */
  deny?: string[];
  /** An admission policy: a message denies the write (as a validating webhook would). */
  admission?: (object: Obj) => string | undefined;
  /** Behaviour per exact image reference, overriding the tag rules. */
  overrides?: Record<string, Behaviour>;
  tickMs?: number;
  /** Answer aggregated discovery when kubectl asks for it (default), or only the legacy lists. */
  discovery?: 'aggregated' | 'legacy';
  /**
   * HTTP stand-ins by image reference: the service proxy
   * (`/api/v1/namespaces/NS/services/NAME[:PORT]/proxy/PATH`) forwards to the stand-in of the
   * image of a ready pod the Service selects (round robin), as kube-proxy would to the pod.
   */
  backends?: Record<string, string>;
}

export interface RecordedRequest {
  /** Date.now() when it arrived. */
  at: number;
  method: string;
  path: string;
  query: string;
  contentType?: string;
  body?: string;
}

export interface SeedDeployment {
  name: string;
  namespace?: string;
  replicas?: number;
  containers: Array<{ name: string; image: string }>;
  labels?: Record<string, string>;
  /** spec.selector (default: matchLabels of the labels). */
  selector?: Obj;
  minReadySeconds?: number;
  progressDeadlineSeconds?: number;
  maxSurge?: number | string;
  maxUnavailable?: number | string;
}

class HttpStatus extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: Obj,
  ) {
    super(message);
  }
}

const GROUPS: Record<string, Resource[]> = {
  v1: ['pods', 'events', 'configmaps', 'services'],
  'apps/v1': ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'controllerrevisions'],
};
const SINGULAR: Record<Resource, string> = {
  deployments: 'deployments.apps',
  replicasets: 'replicasets.apps',
  pods: 'pods',
  events: 'events',
  configmaps: 'configmaps',
  services: 'services',
  statefulsets: 'statefulsets.apps',
  daemonsets: 'daemonsets.apps',
  controllerrevisions: 'controllerrevisions.apps',
};

export class K8sSimulator {
  readonly store = new Store();
  readonly controller: Controller;
  readonly requests: RecordedRequest[] = [];
  private server?: Server;
  private timer?: NodeJS.Timeout;
  private readonly opts: Required<Omit<SimulatorOptions, 'token' | 'overrides' | 'admission' | 'backends'>> &
    Pick<SimulatorOptions, 'token' | 'overrides' | 'admission' | 'backends'>;
  private proxyTurn = 0;
  url = '';

  constructor(options: SimulatorOptions = {}) {
    this.opts = {
      minor: '32',
      readyDelayMs: 1000,
      serverDryRun: true,
      deny: [],
      tickMs: 100,
      discovery: 'aggregated',
      ...options,
    };
    this.controller = new Controller(this.store, {
      readyDelayMs: this.opts.readyDelayMs,
      overrides: { ...(options.overrides ?? {}) },
    });
  }

  async start(): Promise<this> {
    const handler = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.server = this.opts.token ? createTlsServer(selfSigned(), handler) : createServer(handler);
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `${this.opts.token ? 'https' : 'http'}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.timer = setInterval(() => this.controller.tick(), this.opts.tickMs);
    return this;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** A kubeconfig that points kubectl at this simulator. */
  kubeconfig(namespace = 'default', token = this.opts.token ?? 'simulator-token'): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: simulator',
      '  cluster:',
      `    server: ${this.url}`,
      ...(this.url.startsWith('https') ? ['    insecure-skip-tls-verify: true'] : []),
      'users:',
      '- name: deployer',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: simulator',
      '  context:',
      '    cluster: simulator',
      '    user: deployer',
      `    namespace: ${namespace}`,
      'current-context: simulator',
      '',
    ].join('\n');
  }

  /** Create a Deployment whose first revision is already rolled out and ready (the starting state). */
  seed(d: SeedDeployment): Obj {
    const labels = d.labels ?? { app: d.name };
    const obj: Obj = {
      metadata: { name: d.name, namespace: d.namespace ?? 'default', labels, generation: 1 },
      spec: {
        replicas: d.replicas ?? 3,
        selector: d.selector ?? { matchLabels: labels },
        minReadySeconds: d.minReadySeconds,
        progressDeadlineSeconds: d.progressDeadlineSeconds,
        strategy: {
          type: 'RollingUpdate',
          rollingUpdate: { maxSurge: d.maxSurge ?? '25%', maxUnavailable: d.maxUnavailable ?? '25%' },
        },
        template: {
          metadata: { labels },
          spec: { containers: d.containers.map((c) => ({ ...c, ports: [{ containerPort: 8080, protocol: 'TCP' }] })) },
        },
      },
    };
    defaultDeployment(obj);
    this.store.put('deployments', obj);
    // Pods of the seed are born long ago: ready at once (minReadySeconds included).
    const past = Date.now() - 3_600_000;
    for (let i = 0; i < 4; i++) {
      this.controller.tick(i === 0 ? Date.now() : Date.now());
      for (const p of this.store.list('pods')) this.controller.backdate(p.metadata.uid, past);
    }
    this.controller.tick();
    return this.deployment(d.name, d.namespace);
  }

  /** A Service selecting `selector`, port 80 → 8080. */
  seedService(name: string, selector: Record<string, string>, namespace = 'default'): Obj {
    return this.store.put('services', {
      metadata: { name, namespace },
      spec: { selector, ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], type: 'ClusterIP' },
    });
  }

  service(name: string, namespace = 'default'): Obj {
    return this.store.get('services', namespace, name);
  }

  deployment(name: string, namespace = 'default'): Obj {
    return this.store.get('deployments', namespace, name);
  }

  replicaSets(name: string, namespace = 'default'): Obj[] {
    const d = this.deployment(name, namespace);
    return this.store.list('replicasets', namespace, (rs) =>
      (rs.metadata.ownerReferences ?? []).some((r: Obj) => r.uid === d?.metadata.uid),
    );
  }

  revision(name: string, namespace = 'default'): number {
    return Number(this.deployment(name, namespace)?.metadata.annotations?.[REVISION] ?? 0);
  }

  /** Images of the ready pods of a deployment (what is actually serving). */
  readyImages(name: string, namespace = 'default'): string[] {
    const d = this.deployment(name, namespace);
    const sel = labelSelector(
      Object.entries(d.spec.selector.matchLabels)
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    );
    return this.store
      .list(
        'pods',
        namespace,
        (p) =>
          sel(p.metadata.labels) &&
          (p.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True'),
      )
      .flatMap((p) => p.spec.containers.map((c: Obj) => `${c.name}=${c.image}`));
  }

  private async raw(req: IncomingMessage): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  }

  private async body(req: IncomingMessage): Promise<string> {
    return (await this.raw(req)).toString('utf8');
  }

  private send(res: ServerResponse, code: number, obj: unknown): void {
    const text = JSON.stringify(obj);
    res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  private fail(res: ServerResponse, e: HttpStatus): void {
    this.send(res, e.code, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: e.message,
      reason: e.reason,
      ...(e.details ? { details: e.details } : {}),
      code: e.code,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const rec: RecordedRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      contentType: req.headers['content-type'],
    };
    this.requests.push(rec);
    try {
      if (this.opts.token && req.headers.authorization !== `Bearer ${this.opts.token}` && url.pathname !== '/version') {
        throw new HttpStatus(401, 'Unauthorized', 'Unauthorized');
      }
      const docs = discovery(this.opts.minor, url.host);
      const accept = req.headers.accept ?? '';
      if (
        req.method === 'GET' &&
        (url.pathname === '/api' || url.pathname === '/apis') &&
        this.opts.discovery === 'aggregated' &&
        accept.includes('as=APIGroupDiscoveryList')
      ) {
        const version =
          accept.includes('v=v2;') || accept.includes('v=v2,') || /v=v2(;|,|$)/.test(accept) ? 'v2' : 'v2beta1';
        const text = JSON.stringify(aggregated(docs, url.pathname, version));
        res.writeHead(200, {
          'Content-Type': `application/json;g=apidiscovery.k8s.io;v=${version};as=APIGroupDiscoveryList`,
          'Content-Length': Buffer.byteLength(text),
        });
        res.end(text);
        return;
      }
      if (req.method === 'GET' && url.pathname in docs) return this.send(res, 200, docs[url.pathname]);
      if (req.method === 'POST' && url.pathname === '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews') {
        const raw = await this.raw(req);
        const review = rec.contentType?.includes('protobuf')
          ? decodeAccessReview(raw)
          : JSON.parse(raw.toString('utf8'));
        rec.body = JSON.stringify(review);
        const a = review.spec?.resourceAttributes ?? {};
        const denied = this.opts.deny.includes(`${a.verb} ${a.resource}`);
        return this.send(res, 201, {
          ...review,
          status: { allowed: !denied, ...(denied ? { reason: `simulator denies ${a.verb} ${a.resource}` } : {}) },
        });
      }
      const sp = /^\/api\/v1\/namespaces\/([^/]+)\/services\/([^/:]+)(?::([^/]+))?\/proxy(\/.*)?$/.exec(url.pathname);
      if (sp) return await this.serviceProxy(res, sp[1], sp[2], (sp[4] ?? '/') + url.search);
      const m =
        /^\/(?:api\/(v1)|apis\/(apps\/v1))(?:\/namespaces\/([^/]+))?\/(\w+)(?:\/([^/]+))?(?:\/(log|status))?$/.exec(
          url.pathname,
        );
      if (m && m[1] === 'v1' && m[4] === 'namespaces' && !m[3] && m[5])
        return this.send(res, 200, {
          kind: 'Namespace',
          apiVersion: 'v1',
          metadata: { name: m[5] },
          status: { phase: 'Active' },
        });
      if (!m || !GROUPS[m[1] ?? m[2]]?.includes(m[4] as Resource))
        throw new HttpStatus(404, 'NotFound', 'the server could not find the requested resource');
      const resource = m[4] as Resource;
      const ns = m[3];
      const name = m[5] ? decodeURIComponent(m[5]) : undefined;
      const q = url.searchParams;
      if (q.get('dryRun') && !this.opts.serverDryRun)
        throw new HttpStatus(400, 'BadRequest', 'admission webhook "policy.simulator.local" does not support dry run');
      if (req.method === 'GET' && name && m[6] === 'log') return this.logs(res, ns!, name, q);
      if (req.method === 'GET' && name) {
        const o = this.store.get(resource, ns ?? 'default', name);
        if (!o) throw notFound(resource, name);
        return this.send(res, 200, o);
      }
      if (req.method === 'GET') return this.list(req, res, resource, ns, q);
      rec.body = await this.body(req);
      if (req.method === 'PATCH' && name)
        return this.patch(res, resource, ns ?? 'default', name, rec.contentType ?? '', rec.body, q);
      if (req.method === 'POST' && !name) return this.create(res, resource, ns ?? 'default', JSON.parse(rec.body), q);
      if (req.method === 'DELETE' && name) return this.remove(res, resource, ns ?? 'default', name);
      throw new HttpStatus(405, 'MethodNotAllowed', `the server does not allow this method on the requested resource`);
    } catch (e) {
      if (e instanceof HttpStatus) return this.fail(res, e);
      this.fail(res, new HttpStatus(500, 'InternalError', `simulator error: ${(e as Error).message}`));
    }
  }

  /** The API server's service proxy: to a ready pod the Service selects, here its image's stand-in. */
  private async serviceProxy(res: ServerResponse, ns: string, name: string, path: string): Promise<void> {
    const svc = this.store.get('services', ns, name);
    if (!svc) throw notFound('services', name);
    const sel = labelSelector(
      Object.entries(svc.spec?.selector ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    );
    const pods = Object.keys(svc.spec?.selector ?? {}).length
      ? this.store.list(
          'pods',
          ns,
          (p) =>
            sel(p.metadata.labels) &&
            (p.status?.conditions ?? []).some((c: Obj) => c.type === 'Ready' && c.status === 'True'),
        )
      : [];
    if (!pods.length) throw new HttpStatus(503, 'ServiceUnavailable', `no endpoints available for service "${name}"`);
    const pod = pods[this.proxyTurn++ % pods.length];
    const image = pod.spec.containers[0].image;
    const backend = this.opts.backends?.[image];
    if (!backend) throw new HttpStatus(502, 'BadGateway', `simulator: no HTTP stand-in for image ${image}`);
    const r = await fetch(backend + path);
    const text = await r.text();
    res.writeHead(r.status, { 'Content-Type': r.headers.get('content-type') ?? 'text/plain' });
    res.end(text);
  }

  private logs(res: ServerResponse, ns: string, name: string, q: URLSearchParams): void {
    const pod = this.store.get('pods', ns, name);
    if (!pod) throw notFound('pods', name);
    const container = q.get('container') ?? pod.spec.containers[0].name;
    const previous = q.get('previous') === 'true';
    const text = this.controller.logs(pod.metadata.uid, container, previous);
    if (text === undefined) {
      throw new HttpStatus(
        400,
        'BadRequest',
        previous
          ? `previous terminated container "${container}" in pod "${name}" not found`
          : `container "${container}" in pod "${name}" is waiting to start: ContainerCreating`,
      );
    }
    const tail = Number(q.get('tailLines') ?? 0);
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const out = (tail > 0 ? lines.slice(-tail) : lines).map((l) => l + '\n').join('');
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end(out);
  }

  private list(
    req: IncomingMessage,
    res: ServerResponse,
    resource: Resource,
    ns: string | undefined,
    q: URLSearchParams,
  ): void {
    const labels = labelSelector(q.get('labelSelector'));
    const fields = fieldSelector(q.get('fieldSelector'));
    const filter = (o: Obj) => labels(o.metadata.labels) && fields(o);
    if (q.get('watch') === 'true' || q.get('watch') === '1') {
      const since = Number(q.get('resourceVersion') ?? 0);
      // Headers go out at once: kubectl waits for them before it reads a single event.
      res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
      res.flushHeaders();
      const write = (type: string, object: Obj) => res.write(JSON.stringify({ type, object }) + '\n');
      for (const o of this.store.list(resource, ns, filter))
        if (Number(o.metadata.resourceVersion) > since) write(since ? 'MODIFIED' : 'ADDED', o);
      const stop = this.store.watch(resource, ns, filter, (e) => write(e.type, e.object));
      const timeout = Number(q.get('timeoutSeconds') ?? 0);
      const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
      res.on('close', () => {
        stop();
        clearTimeout(timer);
      });
      void req;
      return;
    }
    const { kind, apiVersion } = KINDS[resource];
    this.send(res, 200, {
      kind: `${kind}List`,
      apiVersion,
      metadata: { resourceVersion: this.store.resourceVersion },
      items: this.store.list(resource, ns, filter),
    });
  }

  private validate(resource: Resource, o: Obj): void {
    if (resource !== 'deployments') return;
    const containers = o.spec?.template?.spec?.containers;
    if (!Array.isArray(containers) || containers.length === 0)
      throw new HttpStatus(
        422,
        'Invalid',
        `Deployment.apps "${o.metadata.name}" is invalid: spec.template.spec.containers: Required value`,
      );
    for (const [i, c] of containers.entries()) {
      if (!c.image)
        throw new HttpStatus(
          422,
          'Invalid',
          `Deployment.apps "${o.metadata.name}" is invalid: spec.template.spec.containers[${i}].image: Required value`,
        );
    }
    const sel = labelSelector(
      Object.entries(o.spec?.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(','),
    );
    if (!o.spec?.selector || !sel(o.spec.template?.metadata?.labels))
      throw new HttpStatus(
        422,
        'Invalid',
        `Deployment.apps "${o.metadata.name}" is invalid: spec.template.metadata.labels: Invalid value: selector does not match template labels`,
      );
  }

  /** Store a changed deployment: generation moves when the spec does. */
  private commit(resource: Resource, before: Obj | undefined, after: Obj, dry: boolean): Obj {
    if (resource === 'statefulsets' || resource === 'daemonsets') {
      defaultWorkload(resource, after);
      after.metadata.generation =
        (before?.metadata.generation ?? 0) +
        (before && JSON.stringify(before.spec) === JSON.stringify(after.spec) ? 0 : 1);
      if (before) after.status = before.status;
    }
    if (resource === 'deployments') {
      defaultDeployment(after);
      after.metadata.generation =
        (before?.metadata.generation ?? 0) +
        (before && JSON.stringify(before.spec) === JSON.stringify(after.spec) ? 0 : 1);
      if (before) after.status = before.status;
    }
    this.validate(resource, after);
    const denied = this.opts.admission?.(after);
    if (denied)
      throw new HttpStatus(
        403,
        'Forbidden',
        `admission webhook "policy.simulator.local" denied the request: ${denied}`,
      );
    if (dry) return { ...after, kind: KINDS[resource].kind, apiVersion: KINDS[resource].apiVersion };
    const saved = this.store.put(resource, after);
    this.controller.tick();
    return this.store.get(resource, saved.metadata.namespace, saved.metadata.name) ?? saved;
  }

  private patch(
    res: ServerResponse,
    resource: Resource,
    ns: string,
    name: string,
    type: string,
    body: string,
    q: URLSearchParams,
  ): void {
    const current = this.store.get(resource, ns, name);
    const dry = q.get('dryRun') === 'All';
    if (type.startsWith('application/apply-patch')) {
      const applied = load(body) as Obj;
      if (!current) {
        applied.metadata.namespace ??= ns;
        return this.send(res, 201, this.commit(resource, undefined, { ...applied, status: {} }, dry));
      }
      // Server-side apply, simplified: the applied config is merged over the live object.
      const next = strategicMerge(current, { ...applied, status: undefined });
      return this.send(res, 200, this.commit(resource, current, next, dry));
    }
    if (!current) throw notFound(resource, name);
    let next: Obj;
    try {
      const patch = JSON.parse(body);
      if (type.startsWith('application/strategic-merge-patch+json')) next = strategicMerge(current, patch);
      else if (type.startsWith('application/merge-patch+json')) next = mergePatch(current, patch);
      else if (type.startsWith('application/json-patch+json')) next = jsonPatch(current, patch);
      else
        throw new HttpStatus(
          415,
          'UnsupportedMediaType',
          `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml, application/strategic-merge-patch+json`,
        );
    } catch (e) {
      if (e instanceof HttpStatus) throw e;
      throw new HttpStatus(422, 'Invalid', `the patch could not be applied: ${(e as Error).message}`);
    }
    // Optimistic concurrency, as the API server: a resourceVersion in the patch must be the current one.
    const wantRv = next.metadata?.resourceVersion;
    if (wantRv && wantRv !== current.metadata.resourceVersion)
      throw new HttpStatus(
        409,
        'Conflict',
        `Operation cannot be fulfilled on ${SINGULAR[resource]} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      );
    next.metadata = { ...next.metadata, name, namespace: ns, uid: current.metadata.uid };
    this.send(res, 200, this.commit(resource, current, next, dry));
  }

  private create(res: ServerResponse, resource: Resource, ns: string, obj: Obj, q: URLSearchParams): void {
    obj.metadata ??= {};
    obj.metadata.namespace ??= ns;
    if (this.store.get(resource, ns, obj.metadata.name))
      throw new HttpStatus(409, 'AlreadyExists', `${SINGULAR[resource]} "${obj.metadata.name}" already exists`);
    this.send(res, 201, this.commit(resource, undefined, { ...obj, status: {} }, q.get('dryRun') === 'All'));
  }

  /** The garbage collector, in the foreground: whatever the deleted object owned goes too. */
  private collect(ns: string, uid: string): void {
    for (const r of ['replicasets', 'pods'] as Resource[])
      for (const o of this.store.list(r, ns, (x) =>
        (x.metadata.ownerReferences ?? []).some((ref: Obj) => ref.uid === uid),
      )) {
        this.store.delete(r, ns, o.metadata.name);
        this.collect(ns, o.metadata.uid);
      }
  }

  private remove(res: ServerResponse, resource: Resource, ns: string, name: string): void {
    const gone = this.store.delete(resource, ns, name);
    if (!gone) throw notFound(resource, name);
    this.collect(ns, gone.metadata.uid);
    this.send(res, 200, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name, kind: resource, uid: gone.metadata.uid },
    });
  }
}

function notFound(resource: Resource, name: string): HttpStatus {
  const [kind, group] = SINGULAR[resource].split('.');
  return new HttpStatus(404, 'NotFound', `${SINGULAR[resource]} "${name}" not found`, {
    name,
    group: group ?? '',
    kind,
  });
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<K8sSimulator> {
  return new K8sSimulator(options).start();
}
