import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpError, parseRetryAfter, request } from '../../src/core/http.js';
import { Masker } from '../../src/core/mask.js';
import { MemoryLogger } from '../../src/core/logger.js';

let server: Server | undefined;
afterEach(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));

/** A local server that answers each request with the next scripted behaviour. */
async function serve(
  script: Array<(req: IncomingMessage, res: ServerResponse) => void>,
): Promise<{ url: string; hits: () => number }> {
  let n = 0;
  server = createServer((req, res) => {
    const step = script[Math.min(n, script.length - 1)];
    n++;
    step(req, res);
  });
  server.closeAllConnections?.bind(server);
  await new Promise<void>((r) => server!.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook/T000/SECRET`, hits: () => n };
}
const status =
  (code: number, headers: Record<string, string> = {}, body = '') =>
  (_: IncomingMessage, res: ServerResponse) => {
    res.writeHead(code, headers).end(body);
  };
const waits: number[] = [];
const sleep = async (ms: number) => {
  waits.push(ms);
};

describe('http request', () => {
  it('retries 429 honouring Retry-After, then succeeds', async () => {
    waits.length = 0;
    const s = await serve([
      status(429, { 'retry-after': '2' }),
      status(429, { 'retry-after': '1' }),
      status(200, {}, 'ok'),
    ]);
    const r = await request({ url: s.url, method: 'POST', body: '{}' }, { sleep });
    expect(r).toMatchObject({ status: 200, body: 'ok', attempts: 3 });
    expect(waits).toEqual([2000, 1000]);
  });

  it('retries 5xx with exponential backoff and returns the last answer when retries run out', async () => {
    waits.length = 0;
    const s = await serve([status(503, {}, 'busy')]);
    const r = await request({ url: s.url, retries: 2 }, { sleep, baseDelayMs: 100 });
    expect(r).toMatchObject({ status: 503, body: 'busy', attempts: 3, ok: false });
    expect(waits).toEqual([100, 200]);
    expect(s.hits()).toBe(3);
  });

  it('does not retry a 4xx: the caller shows the service error body', async () => {
    const s = await serve([status(400, {}, 'invalid_payload')]);
    const r = await request({ url: s.url }, { sleep });
    expect(r).toMatchObject({ status: 400, body: 'invalid_payload', attempts: 1 });
  });

  it('retries a connection reset', async () => {
    const s = await serve([(req) => req.socket.destroy(), status(200, {}, 'ok')]);
    const r = await request({ url: s.url }, { sleep });
    expect(r).toMatchObject({ status: 200, attempts: 2 });
  });

  it('a hanging server times out with a clear error that names the label, not the URL', async () => {
    const s = await serve([() => undefined]);
    const masker = new Masker();
    masker.add(s.url);
    const logger = new MemoryLogger(masker);
    const err = await request(
      { url: s.url, timeoutMs: 300, label: 'the Slack webhook' },
      { sleep, masker, logger },
    ).catch((e) => e);
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toBe('the Slack webhook: no answer within 0.3 s after 1 attempt');
    expect(err.message).not.toContain('SECRET');
    server!.closeAllConnections();
  });

  it('bounds any wait, including a huge Retry-After', async () => {
    waits.length = 0;
    const s = await serve([status(429, { 'retry-after': '3600' }), status(200)]);
    await request({ url: s.url }, { sleep, maxWaitMs: 5000 });
    expect(waits).toEqual([5000]);
  });

  it('parses Retry-After in seconds and as an HTTP date', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 0, 10)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(10_000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });

  describe('cancellation (ctx.signal; issue 15: a cancelled notify waited out its timeout)', () => {
    // The request timeout is ten minutes: had the abort not ended the request, the test would hang.
    const LONG = 600_000;

    it('aborting mid-request destroys the socket in flight and throws at once, naming the cause', async () => {
      let closed!: () => void;
      const socketClosed = new Promise<void>((r) => (closed = r));
      const c = new AbortController();
      const s = await serve([(req) => (req.socket.on('close', closed), c.abort(new Error('cancelled by SIGTERM')))]);
      const err = await request({ url: s.url, timeoutMs: LONG, label: 'the webhook' }, { signal: c.signal }).catch(
        (e) => e,
      );
      expect(err).toBeInstanceOf(HttpError);
      expect(err.message).toBe('the webhook: cancelled by SIGTERM; the request was abandoned');
      await socketClosed; // the server saw the client go: nothing is left connected
      expect(s.hits()).toBe(1);
    });

    it('aborting while the body streams ends the read (http-client would wait for the end forever)', async () => {
      const c = new AbortController();
      const s = await serve([
        (_, res) => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.write('partial');
          setImmediate(() => c.abort(new Error('cancelled by SIGINT')));
        },
      ]);
      const err = await request({ url: s.url, timeoutMs: LONG }, { signal: c.signal }).catch((e) => e);
      expect(err.message).toBe('the server: cancelled by SIGINT; the request was abandoned');
      server!.closeAllConnections();
    });

    it('aborting during a retry wait stops retrying: no second attempt', async () => {
      const c = new AbortController();
      const s = await serve([status(503, { 'retry-after': '600' }), status(200)]);
      const slowSleep = () => (c.abort(new Error('cancelled by SIGTERM')), new Promise<void>(() => undefined));
      const err = await request(
        { url: s.url, timeoutMs: LONG, label: 'the webhook' },
        { signal: c.signal, sleep: slowSleep, maxWaitMs: LONG },
      ).catch((e) => e);
      expect(err.message).toBe('the webhook: cancelled by SIGTERM; the request was abandoned');
      expect(s.hits()).toBe(1);
    });

    it('an already aborted signal sends nothing', async () => {
      const c = new AbortController();
      c.abort(new Error('cancelled by SIGTERM'));
      const s = await serve([status(200)]);
      const err = await request({ url: s.url }, { signal: c.signal }).catch((e) => e);
      expect(err).toBeInstanceOf(HttpError);
      expect(s.hits()).toBe(0);
    });

    it('a signal that never aborts changes nothing', async () => {
      const s = await serve([status(200, {}, 'fine')]);
      const res = await request({ url: s.url }, { signal: new AbortController().signal });
      expect(res.body).toBe('fine');
    });
  });
});
