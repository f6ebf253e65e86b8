import { createServer } from 'node:http';
import { quote, formatCents } from './pricing.js';
import { RateLimiter } from './ratelimit.js';
import { Store } from './store.js';
import { positiveInt, validateItem } from './validate.js';

const MAX_BODY = 64 * 1024;

function send(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        reject(Object.assign(new Error('body is not valid JSON'), { status: 400 }));
      }
    });
    req.on('error', reject);
  });
}

/** Build the HTTP server (not listening): the routes over a store and a rate limiter. */
export function createApp({ store = new Store(), limiter = new RateLimiter(), version = 'dev' } = {}) {
  const routes = {
    'GET /healthz': () => [200, { status: 'ok', version, items: store.size }],
    'GET /items': () => [200, { items: store.list() }],
    'POST /items': async (req) => {
      const { value, errors } = validateItem(await readJson(req));
      if (errors) return [422, { errors }];
      return [201, store.put(value)];
    },
    'GET /quote': (_req, url) => {
      const item = store.get(url.searchParams.get('sku') ?? '');
      if (!item) return [404, { error: 'unknown sku' }];
      const qty = positiveInt(url.searchParams.get('qty') ?? '1');
      if (!qty) return [400, { error: 'qty must be a whole number >= 1' }];
      const q = quote(item.priceCents, qty, Number(url.searchParams.get('tax') ?? 0));
      return [200, { sku: item.sku, qty, ...q, display: formatCents(q.total) }];
    },
    'POST /reserve': async (req) => {
      const body = await readJson(req);
      try {
        return [200, store.reserve(body?.sku, positiveInt(String(body?.qty)) ?? NaN)];
      } catch (e) {
        return [409, { error: e.message }];
      }
    },
  };
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const client = req.socket.remoteAddress ?? 'unknown';
    const gate = url.pathname === '/healthz' ? { allowed: true } : limiter.take(client);
    if (!gate.allowed) return send(res, 429, { error: 'slow down' }, { 'retry-after': String(Math.ceil(gate.retryAfterMs / 1000)) });
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return send(res, 404, { error: `no route ${req.method} ${url.pathname}` });
    try {
      const [status, body] = await route(req, url);
      send(res, status, body);
    } catch (e) {
      send(res, e.status ?? 500, { error: e.status ? e.message : 'internal error' });
    }
  });
}
