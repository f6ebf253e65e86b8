import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export type Reply = { status: number; body?: string; headers?: Record<string, string> } | { hang: true };

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
  json: unknown;
  /** performance.timeOrigin + now: comparable across processes with Date.now()-like clocks. */
  at: number;
}

/**
 * A webhook receiver simulator (Slack, Teams, Discord or any JSON hook) on 127.0.0.1: it
 * records every request and answers from a queue of replies (429 with Retry-After, 500, a
 * Slack error body, or a hang), then `fallback` (Slack's 200 "ok").
 */
export class WebhookReceiver {
  readonly requests: ReceivedRequest[] = [];
  replies: Reply[] = [];
  fallback: Reply = { status: 200, body: 'ok' };
  onRequest?: (r: ReceivedRequest) => void;
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  /** The secret-looking path, like a Slack incoming webhook's. */
  readonly secretPath = `/services/T0SHIP/B0LINE/${Math.random().toString(36).slice(2)}XyZsecret`;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    const { port } = this.server.address() as { port: number };
    return `http://127.0.0.1:${port}${this.secretPath}`;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const rec: ReceivedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body,
        json,
        at: Date.now(),
      };
      this.requests.push(rec);
      this.onRequest?.(rec);
      const reply = this.replies.shift() ?? this.fallback;
      if ('hang' in reply) return; // never answer: the client's timeout must fire
      res.writeHead(reply.status, { 'content-type': 'text/plain', ...reply.headers });
      res.end(reply.body ?? '');
    });
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
