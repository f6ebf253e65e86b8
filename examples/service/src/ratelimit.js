/**
 * A token bucket per client: `capacity` requests at once, refilled at `perSecond`.
 * The clock is injectable so tests can run on real time or on a fake one.
 */
export class RateLimiter {
  #buckets = new Map();

  constructor({ capacity = 20, perSecond = 10, now = () => performance.now() } = {}) {
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.now = now;
  }

  /** Take one token for `key`; returns { allowed, retryAfterMs }. */
  take(key) {
    const t = this.now();
    const b = this.#buckets.get(key) ?? { tokens: this.capacity, at: t };
    b.tokens = Math.min(this.capacity, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.#buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return { allowed: true, retryAfterMs: 0 };
    }
    return { allowed: false, retryAfterMs: Math.ceil(((1 - b.tokens) / this.perSecond) * 1000) };
  }
}
