import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** A message the simulated workspace holds. */
export interface SlackMessage {
  channel: string;
  ts: string;
  text: string;
  blocks?: unknown[];
  threadTs?: string;
  /** How many times chat.update changed it. */
  edits: number;
}

export interface SlackCall {
  method: string;
  authorization?: string;
  body: Record<string, unknown>;
}

/**
 * A stand-in for the Slack Web API methods bot-token mode uses, answering as Slack documents
 * them (https://api.slack.com/methods/chat.postMessage, chat.update, and the rate-limit page):
 * HTTP 200 with `{"ok": true, "channel", "ts", "message"}` or `{"ok": false, "error": code}`,
 * and HTTP 429 with Retry-After and `{"ok": false, "error": "ratelimited"}` when rate-limited.
 * Channels resolve by id or `#name`; the bot is a member of some only.
 */
export class SlackApiSimulator {
  readonly token = `xoxb-${Date.now()}-sim-${Math.random().toString(36).slice(2)}`;
  /** name → id; the bot is a member of the ids in `member`. */
  readonly channels = new Map<string, string>([
    ['deploys', 'C0DEPLOYS1'],
    ['private-ops', 'C0PRIVOPS2'],
  ]);
  readonly member = new Set(['C0DEPLOYS1']);
  readonly messages: SlackMessage[] = [];
  readonly calls: SlackCall[] = [];
  /** Answer this many next calls 429 ratelimited with this Retry-After (seconds). */
  rateLimit = { remaining: 0, retryAfter: '1' };
  base = '';
  private server?: Server;
  private clock = 1_700_000_000;
  private seq = 0;

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as { port: number }).port}/api`;
    return this.base;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  }

  private resolve(channel: unknown): string | undefined {
    const c = String(channel ?? '');
    if ([...this.channels.values()].includes(c)) return c;
    return this.channels.get(c.replace(/^#/, ''));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const method = (req.url ?? '').replace(/^\/api\//, '');
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return this.send(res, 200, { ok: false, error: 'invalid_json' });
      }
      this.calls.push({ method, authorization: req.headers.authorization, body });
      if (this.rateLimit.remaining > 0) {
        this.rateLimit.remaining--;
        return this.send(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': this.rateLimit.retryAfter });
      }
      if (!req.headers.authorization) return this.send(res, 200, { ok: false, error: 'not_authed' });
      if (req.headers.authorization !== `Bearer ${this.token}`)
        return this.send(res, 200, { ok: false, error: 'invalid_auth' });
      const channel = this.resolve(body.channel);
      if (!channel) return this.send(res, 200, { ok: false, error: 'channel_not_found' });
      if (method === 'chat.postMessage') {
        if (!this.member.has(channel)) return this.send(res, 200, { ok: false, error: 'not_in_channel' });
        if (!body.text && !body.blocks) return this.send(res, 200, { ok: false, error: 'no_text' });
        const ts = `${this.clock++}.${String(++this.seq).padStart(6, '0')}`;
        const m: SlackMessage = {
          channel,
          ts,
          text: String(body.text ?? ''),
          blocks: body.blocks as unknown[] | undefined,
          threadTs: body.thread_ts as string | undefined,
          edits: 0,
        };
        if (m.threadTs && !this.messages.some((x) => x.ts === m.threadTs && x.channel === channel))
          return this.send(res, 200, { ok: false, error: 'thread_not_found' });
        this.messages.push(m);
        return this.send(res, 200, {
          ok: true,
          channel,
          ts,
          message: { type: 'message', text: m.text, ts, bot_id: 'B0SHIPLINE' },
        });
      }
      if (method === 'chat.update') {
        const m = this.messages.find((x) => x.ts === body.ts && x.channel === channel);
        if (!m) return this.send(res, 200, { ok: false, error: 'message_not_found' });
        m.text = String(body.text ?? m.text);
        m.blocks = (body.blocks as unknown[] | undefined) ?? m.blocks;
        m.edits++;
        return this.send(res, 200, { ok: true, channel, ts: m.ts, text: m.text, message: { text: m.text } });
      }
      return this.send(res, 200, { ok: false, error: 'unknown_method' });
    });
  }
}
