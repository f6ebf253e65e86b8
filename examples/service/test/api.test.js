import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../src/app.js';

let server;
let base;

before(async () => {
  server = createApp({ version: 'test' });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});
after(() => new Promise((resolve) => server.close(resolve)));

const post = (path, body) => fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('HTTP API', () => {
  it('reports health with its version', async () => {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { status: 'ok', version: 'test', items: 0 });
  });

  it('creates an item and quotes it', async () => {
    assert.equal((await post('/items', { sku: 'ABC-1234', name: 'Widget', priceCents: 1999, stock: 40 })).status, 201);
    const res = await fetch(`${base}/quote?sku=ABC-1234&qty=12&tax=20`);
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.total, 27347);
    assert.equal(body.display, '273.47');
  });

  it('explains validation errors', async () => {
    const res = await post('/items', { sku: 'bad', name: '', priceCents: -1 });
    assert.equal(res.status, 422);
    assert.equal((await res.json()).errors.length, 3);
  });

  it('refuses malformed JSON and unknown routes', async () => {
    assert.equal((await post('/items', '{nope')).status, 400);
    assert.equal((await fetch(`${base}/nowhere`)).status, 404);
    assert.equal((await fetch(`${base}/quote?sku=NOPE-000`)).status, 404);
    assert.equal((await fetch(`${base}/quote?sku=ABC-1234&qty=0`)).status, 400);
  });

  it('reserves stock and refuses to oversell', async () => {
    assert.equal((await post('/reserve', { sku: 'ABC-1234', qty: 30 })).status, 200);
    const res = await post('/reserve', { sku: 'ABC-1234', qty: 30 });
    assert.equal(res.status, 409);
    assert.match((await res.json()).error, /only 10/);
  });
});
