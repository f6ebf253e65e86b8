import { createServer, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface FlakyProxy {
  /** host:port to use as the image's registry. */
  address: string;
  /** Manifest PUTs seen, with the status the proxy gave each. */
  manifestPuts: number[];
  /** `GET /v2/` requests seen (docker login's first request), with the status given. */
  logins: number[];
  /** Blob upload requests (PATCH/PUT under /blobs/uploads/) the proxy held without answering. */
  stalledUploads: number;
  close(): Promise<void>;
}

export interface FaultPlan {
  /** Answer 503 to this many manifest PUTs first (the last request of a push, which docker does not retry). */
  manifestFailures?: number;
  /** Answer 503 to this many `GET /v2/` requests first (what docker login asks). */
  loginFailures?: number;
  /** Hold every blob upload (PATCH/PUT of /blobs/uploads/) without answering: a registry stalled mid-push. */
  stallUploads?: boolean;
  /** Hold `GET /v2/` without answering: a registry that stalls login. */
  stallLogin?: boolean;
}

const UNAVAILABLE = '{"errors":[{"code":"UNAVAILABLE","message":"service unavailable (test proxy)"}]}';

/**
 * A reverse proxy in front of the real registry that injects the faults in `plan` (503s on
 * login or manifest uploads, stalled uploads or logins) and forwards everything else, bodies
 * streamed, Host kept so the registry's upload URLs point back at the proxy. A number for
 * `plan` is the old form: that many manifest PUT failures.
 */
export async function startFlakyProxy(target: string, plan: number | FaultPlan): Promise<FlakyProxy> {
  const p: FaultPlan = typeof plan === 'number' ? { manifestFailures: plan } : plan;
  const [targetHost, targetPort] = target.split(':');
  const manifestPuts: number[] = [];
  const logins: number[] = [];
  const sockets = new Set<Socket>();
  const state = { stalledUploads: 0 };
  const unavailable = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(UNAVAILABLE);
    });
  };
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    const isLogin = req.method === 'GET' && /^\/v2\/?$/.test(url);
    const isManifestPut = req.method === 'PUT' && /\/manifests\//.test(url);
    const isUpload = (req.method === 'PATCH' || req.method === 'PUT') && /\/blobs\/uploads\//.test(url);
    if (isLogin && p.stallLogin) return void req.resume();
    if (isLogin && logins.filter((s) => s === 503).length < (p.loginFailures ?? 0)) {
      logins.push(503);
      return unavailable(req, res);
    }
    if (isUpload && p.stallUploads) {
      state.stalledUploads++;
      return void req.resume();
    }
    if (isManifestPut && manifestPuts.length < (p.manifestFailures ?? 0)) {
      manifestPuts.push(503);
      return unavailable(req, res);
    }
    if (isManifestPut) manifestPuts.push(0);
    if (isLogin) logins.push(0);
    const upstream = request(
      { host: targetHost, port: Number(targetPort), method: req.method, path: req.url, headers: req.headers },
      (up) => {
        if (isManifestPut) manifestPuts[manifestPuts.length - 1] = up.statusCode ?? 0;
        if (isLogin) logins[logins.length - 1] = up.statusCode ?? 0;
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    manifestPuts,
    logins,
    get stalledUploads() {
      return state.stalledUploads;
    },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
