import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TLSSocket } from 'node:tls';

export interface ProxyHit {
  /** CONNECT (a tunnel, as clients use for https and http-client for all) or the method of an absolute-URI request. */
  method: string;
  /** host:port for CONNECT, the absolute URI otherwise. */
  target: string;
  /** The Proxy-Authorization header, when the client sent one. */
  proxyAuthorization?: string;
}

export interface TlsIdentity {
  key: string;
  cert: string;
  /** PEM file to hand a client through NODE_EXTRA_CA_CERTS. */
  caFile: string;
}

/** A self-signed certificate for `host`, made by the real openssl (P-256: fast to make). */
export function selfSignedCert(host: string): TlsIdentity {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-cert-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      `/CN=${host}`,
      '-addext',
      `subjectAltName=DNS:${host}`,
    ],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8'), caFile: cert };
}

/**
 * A logging forward proxy on 127.0.0.1, as a corporate one behaves: CONNECT tunnels and
 * absolute-URI requests (`GET http://host/path`). Names under `hosts` are the only ones it can
 * reach (standing in for the corporate DNS that the runner itself cannot use): each maps to
 * 127.0.0.1. A name in `tlsFront` gets its TLS terminated here with the given identity and is
 * then forwarded as plain HTTP, so an https:// URL can reach a plain local server (a client
 * trusts it through NODE_EXTRA_CA_CERTS). Anything else is answered 502.
 */
export class LoggingProxy {
  readonly hits: ProxyHit[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  url = '';

  constructor(
    /** host name → port on 127.0.0.1 it reaches ('*' keeps the requested port). */
    readonly hosts: Record<string, number | '*'>,
    readonly tlsFront: Record<string, TlsIdentity> = {},
  ) {}

  private resolve(host: string, port: number): number | undefined {
    const mapped = this.hosts[host.toLowerCase()];
    return mapped === '*' ? port : mapped;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.hits.push({
        method: req.method ?? '',
        target: req.url ?? '',
        proxyAuthorization: req.headers['proxy-authorization'],
      });
      let target: URL;
      try {
        target = new URL(req.url ?? '');
      } catch {
        res.writeHead(400).end('absolute URI required');
        return;
      }
      const port = this.resolve(target.hostname, Number(target.port || 80));
      if (target.protocol !== 'http:' || port === undefined) {
        res.writeHead(502).end(`proxy: cannot reach ${target.host}`);
        return;
      }
      const headers = { ...req.headers };
      delete headers['proxy-authorization'];
      delete headers['proxy-connection'];
      const upstream = httpRequest(
        { host: '127.0.0.1', port, method: req.method, path: `${target.pathname}${target.search}`, headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end('proxy: upstream failed'));
      req.pipe(upstream);
    });
    this.server.on('connect', (req, client: Socket, head: Buffer) => {
      this.hits.push({
        method: 'CONNECT',
        target: req.url ?? '',
        proxyAuthorization: req.headers['proxy-authorization'],
      });
      this.sockets.add(client);
      client.on('close', () => this.sockets.delete(client));
      client.on('error', () => undefined);
      const [host, portText] = (req.url ?? '').split(/:(?=\d+$)/);
      const port = this.resolve(host, Number(portText));
      if (port === undefined) {
        client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
        return;
      }
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        const identity = this.tlsFront[host.toLowerCase()];
        const inner = identity
          ? new TLSSocket(client, { isServer: true, key: identity.key, cert: identity.cert })
          : client;
        inner.on('error', () => upstream.destroy());
        if (head.length) upstream.write(head);
        inner.pipe(upstream).pipe(inner);
      });
      this.sockets.add(upstream);
      upstream.on('close', () => this.sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  /** Hits whose target names `host`. */
  to(host: string): ProxyHit[] {
    return this.hits.filter((h) => h.target.toLowerCase().includes(host.toLowerCase()));
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
