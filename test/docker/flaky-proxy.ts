import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyProxy {
  /** host:port to use as the image's registry. */
  address: string;
  /** Manifest PUTs seen, with the status the proxy gave each. */
  manifestPuts: number[];
  close(): Promise<void>;
}

/**
 * A reverse proxy in front of the real registry that answers 503 to the first `failures`
 * manifest uploads (the last request of a push, which docker itself does not retry) and
 * forwards everything else, bodies streamed, Host kept so the registry's upload URLs point
 * back at the proxy.
 */
export async function startFlakyProxy(target: string, failures: number): Promise<FlakyProxy> {
  const [targetHost, targetPort] = target.split(':');
  const manifestPuts: number[] = [];
  const server: Server = createServer((req, res) => {
    const isManifestPut = req.method === 'PUT' && /\/manifests\//.test(req.url ?? '');
    if (isManifestPut && manifestPuts.length < failures) {
      manifestPuts.push(503);
      req.resume();
      req.on('end', () => {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end('{"errors":[{"code":"UNAVAILABLE","message":"service unavailable (test proxy)"}]}');
      });
      return;
    }
    if (isManifestPut) manifestPuts.push(0);
    const upstream = request(
      { host: targetHost, port: Number(targetPort), method: req.method, path: req.url, headers: req.headers },
      (up) => {
        if (isManifestPut) manifestPuts[manifestPuts.length - 1] = up.statusCode ?? 0;
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
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    manifestPuts,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
