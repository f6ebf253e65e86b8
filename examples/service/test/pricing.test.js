import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { discountPercent, formatCents, quote, roundCents } from '../src/pricing.js';

describe('pricing', () => {
  for (const [qty, percent] of [[1, 0], [9, 0], [10, 5], [49, 5], [50, 10], [99, 10], [100, 15], [10_000, 15]]) {
    it(`gives ${percent}% off ${qty} units`, () => assert.equal(discountPercent(qty), percent));
  }

  it('quotes a discounted line with tax', () => {
    assert.deepEqual(quote(1999, 12, 20), { gross: 23988, percent: 5, discount: 1199, net: 22789, tax: 4558, total: 27347 });
  });

  it('rounds half away from zero', () => {
    assert.equal(roundCents(2.5), 3);
    assert.equal(roundCents(-2.5), -3);
    assert.equal(roundCents(2.49), 2);
  });

  it('rejects bad figures', () => {
    assert.throws(() => quote(-1, 1), /unit price/);
    assert.throws(() => quote(100, 0), /quantity/);
    assert.throws(() => quote(100, 1.5), /quantity/);
    assert.throws(() => quote(100, 1, 101), /tax/);
  });

  it('formats cents with thousands separators', () => {
    assert.equal(formatCents(0), '0.00');
    assert.equal(formatCents(5), '0.05');
    assert.equal(formatCents(123456789), '1,234,567.89');
    assert.equal(formatCents(-1050), '-10.50');
  });

  // An exhaustive sweep: every quantity up to 20,000 at several prices and tax rates keeps
  // the invariants a receipt relies on. It is the slow file of this suite on purpose.
  it('keeps total = net + tax and never charges more for more units at the same tier', () => {
    for (const unit of [1, 7, 99, 250, 1999, 4999, 123457, 999999]) {
      for (const tax of [0, 5, 7.5, 12.5, 20, 25]) {
        let previous = -1;
        for (let qty = 1; qty <= 30_000; qty++) {
          const q = quote(unit, qty, tax);
          assert.equal(q.total, q.net + q.tax);
          assert.ok(q.net <= q.gross && q.discount >= 0);
          if (discountPercent(qty) === discountPercent(qty - 1)) assert.ok(q.total >= previous);
          previous = q.total;
        }
      }
    }
  });
});
