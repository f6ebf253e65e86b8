import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, it } from 'node:test';
import { RateLimiter } from '../src/ratelimit.js';

describe('RateLimiter on a fake clock', () => {
  it('allows a burst up to capacity, then asks to wait', () => {
    let t = 0;
    const limiter = new RateLimiter({ capacity: 3, perSecond: 2, now: () => t });
    assert.deepEqual([1, 2, 3].map(() => limiter.take('a').allowed), [true, true, true]);
    assert.deepEqual(limiter.take('a'), { allowed: false, retryAfterMs: 500 });
    t += 500;
    assert.equal(limiter.take('a').allowed, true);
    assert.equal(limiter.take('b').allowed, true, 'clients have their own buckets');
  });
});

// These run on the real clock: they prove the refill rate holds in wall time, which is why
// this file takes a couple of seconds.
describe('RateLimiter on the real clock', () => {
  it('refills at the configured rate', async () => {
    const limiter = new RateLimiter({ capacity: 5, perSecond: 10 });
    for (let i = 0; i < 5; i++) assert.equal(limiter.take('c').allowed, true);
    assert.equal(limiter.take('c').allowed, false);
    await sleep(650);
    let granted = 0;
    while (limiter.take('c').allowed) granted++;
    assert.ok(granted >= 5 && granted <= 7, `expected about 6 refilled tokens, got ${granted}`);
  });

  it('admits a steady stream at the refill rate for a second', async () => {
    const limiter = new RateLimiter({ capacity: 1, perSecond: 20 });
    let allowed = 0;
    const end = performance.now() + 1000;
    while (performance.now() < end) {
      if (limiter.take('d').allowed) allowed++;
      await sleep(10);
    }
    assert.ok(allowed >= 15 && allowed <= 22, `expected about 20 admitted, got ${allowed}`);
  });
});
