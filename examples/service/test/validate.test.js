import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { positiveInt, validateItem } from '../src/validate.js';

describe('validateItem', () => {
  it('accepts a good item and trims its name', () => {
    assert.deepEqual(validateItem({ sku: 'ABC-1234', name: ' Widget ', priceCents: 250 }), { value: { sku: 'ABC-1234', name: 'Widget', priceCents: 250, stock: 0 } });
  });
  const bad = [
    [null, 'body must be a JSON object'],
    [[1], 'body must be a JSON object'],
    [{ sku: 'abc-1', name: 'x', priceCents: 1 }, 'sku must look like ABC-1234'],
    [{ sku: 'ABC-1234', name: '', priceCents: 1 }, 'name must be 1 to 80 characters'],
    [{ sku: 'ABC-1234', name: 'x', priceCents: 1.5 }, 'priceCents must be a whole number >= 0'],
    [{ sku: 'ABC-1234', name: 'x', priceCents: 1, stock: -1 }, 'stock must be a whole number >= 0'],
  ];
  for (const [body, message] of bad) {
    it(`rejects ${JSON.stringify(body)}`, () => assert.ok(validateItem(body).errors.includes(message)));
  }
});

describe('positiveInt', () => {
  it('parses whole numbers from 1', () => assert.equal(positiveInt('42'), 42));
  for (const text of ['0', '-1', '1.5', 'x', '', '9999999999', undefined]) {
    it(`refuses ${JSON.stringify(text)}`, () => assert.equal(positiveInt(text), undefined));
  }
});
