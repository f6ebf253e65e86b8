import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Store } from '../src/store.js';

/** A small seeded PRNG so the stress run is the same every time. */
function prng(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

describe('Store', () => {
  it('puts, gets and lists items in SKU order', () => {
    const store = new Store();
    store.put({ sku: 'BB-200', name: 'b', priceCents: 2, stock: 1 });
    store.put({ sku: 'AA-100', name: 'a', priceCents: 1, stock: 5 });
    assert.deepEqual(store.list().map((i) => i.sku), ['AA-100', 'BB-200']);
    assert.equal(store.get('AA-100').available, 5);
    assert.equal(store.get('CC-300'), undefined);
  });

  it('reserves and releases without going out of bounds', () => {
    const store = new Store();
    store.put({ sku: 'AA-100', name: 'a', priceCents: 1, stock: 3 });
    assert.equal(store.reserve('AA-100', 2).available, 1);
    assert.throws(() => store.reserve('AA-100', 2), /only 1 of AA-100 available/);
    assert.equal(store.release('AA-100', 5).available, 3);
    assert.throws(() => store.reserve('ZZ-999', 1), /unknown sku/);
  });

  it('never lets available stock go negative under 100,000 random operations', () => {
    const rand = prng(7);
    const store = new Store();
    const skus = Array.from({ length: 50 }, (_, i) => `SK-${100 + i}`);
    for (const sku of skus) store.put({ sku, name: sku, priceCents: 100, stock: 20 });
    for (let i = 0; i < 100_000; i++) {
      const sku = skus[Math.floor(rand() * skus.length)];
      const qty = 1 + Math.floor(rand() * 5);
      try {
        if (rand() < 0.6) store.reserve(sku, qty);
        else store.release(sku, qty);
      } catch (e) {
        assert.match(e.message, /available/);
      }
      const item = store.get(sku);
      assert.ok(item.available >= 0 && item.available <= item.stock);
    }
  });
});
