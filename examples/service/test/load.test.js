import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app.js';
import { RateLimiter } from '../src/ratelimit.js';
import { Store } from '../src/store.js';

// Real sockets, real concurrency: the slowest file of the suite, which is what makes
// balancing shards by measured time (not by file count) worth it.
let server;
let base;
const store = new Store();

before(async () => {
  for (let i = 0; i < 200; i++) store.put({ sku: `LD-${1000 + i}`, name: `item ${i}`, priceCents: 100 + i, stock: 1_000_000 });
  server = createApp({ store, limiter: new RateLimiter({ capacity: 1_000_000, perSecond: 1_000_000 }) });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

async function inBatches(total, concurrency, fn) {
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < total) await fn(next++);
  }));
}

describe('under load', () => {
  it('answers 400 quotes with consistent totals', async () => {
    await inBatches(400, 16, async (i) => {
      const sku = `LD-${1000 + (i % 200)}`;
      const res = await fetch(`${base}/quote?sku=${sku}&qty=${1 + (i % 120)}`);
      assert.equal(res.status, 200);
      const body = await res.json();
      assert.equal(body.total, body.net + body.tax);
    });
  });

  it('keeps reservations exact under 250 concurrent requests', async () => {
    await inBatches(250, 24, async (i) => {
      const res = await fetch(`${base}/reserve`, { method: 'POST', body: JSON.stringify({ sku: 'LD-1000', qty: 1 + (i % 3) }) });
      assert.equal(res.status, 200);
    });
    const expected = Array.from({ length: 250 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    assert.equal(store.get('LD-1000').reserved, expected);
  });

  it('rate-limits a client that floods it', async () => {
    const tight = createApp({ limiter: new RateLimiter({ capacity: 10, perSecond: 0.001 }) });
    await new Promise((resolve) => tight.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${tight.address().port}/items`;
    const statuses = [];
    for (let i = 0; i < 25; i++) statuses.push((await fetch(url)).status);
    await new Promise((resolve) => tight.close(resolve));
    assert.equal(statuses.filter((s) => s === 200).length, 10);
    assert.equal(statuses.filter((s) => s === 429).length, 15);
  });
});
