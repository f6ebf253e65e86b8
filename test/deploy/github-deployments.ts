// A GitHub Deployments API simulator (not GitHub): the four routes the deploy uses, with the
// documented shapes (https://docs.github.com/rest/deployments): create a deployment (201),
// create a status (201), list deployments by environment (newest first), list a deployment's
// statuses (newest first); 403 "Resource not accessible by integration" for a token without
// `deployments: write`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimDeployment {
  id: number;
  ref: string;
  environment: string;
  production_environment: boolean;
  statuses: Array<{ id: number; state: string; environment_url?: string; log_url?: string }>;
}

export class GitHubDeploymentsSimulator {
  readonly deployments: SimDeployment[] = [];
  readonly requests: Array<{ method: string; path: string; body?: unknown }> = [];
  url = '';
  private server?: Server;
  private next = 1000;

  constructor(
    readonly repository = 'acme/api',
    readonly forbidden = new Set<string>(),
  ) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()) ?? r());
  }

  /** A deployment made earlier (by another run), with its statuses. */
  seed(environment: string, states: string[]): SimDeployment {
    const d: SimDeployment = {
      id: this.next++,
      ref: 'main',
      environment,
      production_environment: false,
      statuses: states.map((state) => ({ id: this.next++, state })),
    };
    this.deployments.push(d);
    return d;
  }

  private send(res: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(text);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    let raw = '';
    for await (const c of req) raw += c;
    const body = raw ? JSON.parse(raw) : undefined;
    this.requests.push({ method: req.method ?? '', path: url.pathname + url.search, body });
    const token = (req.headers.authorization ?? '').replace(/^(Bearer|token) /, '');
    if (!token) return this.send(res, 401, { message: 'Requires authentication' });
    const base = `/repos/${this.repository}/deployments`;
    if (this.forbidden.has(token) && req.method === 'POST')
      return this.send(res, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/deployments/deployments#create-a-deployment',
        status: '403',
      });
    if (req.method === 'POST' && url.pathname === base) {
      const d: SimDeployment = {
        id: this.next++,
        ref: body.ref,
        environment: body.environment ?? 'production',
        production_environment: !!body.production_environment,
        statuses: [],
      };
      this.deployments.push(d);
      return this.send(res, 201, {
        id: d.id,
        url: `${this.url}${base}/${d.id}`,
        ref: d.ref,
        environment: d.environment,
      });
    }
    if (req.method === 'GET' && url.pathname === base) {
      const env = url.searchParams.get('environment');
      const list = this.deployments.filter((d) => !env || d.environment === env).reverse();
      return this.send(
        res,
        200,
        list
          .slice(0, Number(url.searchParams.get('per_page') ?? 30))
          .map((d) => ({ id: d.id, environment: d.environment, ref: d.ref })),
      );
    }
    const m = new RegExp(`^${base}/(\\d+)/statuses$`).exec(url.pathname);
    const d = m ? this.deployments.find((x) => x.id === Number(m[1])) : undefined;
    if (m && !d) return this.send(res, 404, { message: 'Not Found' });
    if (d && req.method === 'POST') {
      const st = { id: this.next++, state: body.state, environment_url: body.environment_url, log_url: body.log_url };
      d.statuses.push(st);
      return this.send(res, 201, st);
    }
    if (d && req.method === 'GET') return this.send(res, 200, [...d.statuses].reverse());
    return this.send(res, 404, { message: 'Not Found' });
  }
}
