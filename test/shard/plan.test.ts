import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseShardCount, lowerBound, planShards, type Item } from '../../src/shard/plan.js';

const itemsArb = fc
  .uniqueArray(fc.record({ path: fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6}){0,2}\.test\.ts$/), seconds: fc.double({ min: 0.001, max: 1000, noNaN: true }) }), { minLength: 1, maxLength: 120, selector: (i) => i.path })
  .map((xs) => xs as Item[]);

function shuffle<T>(xs: T[], seed: number): T[] {
  const a = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = a.length - 1; i > 0; i--) {
    s = (s * 1664525 + 1013904223) >>> 0;
    const j = s % (i + 1);
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

describe('planShards properties', () => {
  it('puts every file in exactly one shard', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 40 }), (items, n) => {
        const plan = planShards(items, n);
        const all = plan.shards.flatMap((s) => s.files);
        expect(all.length).toBe(items.length);
        expect(new Set(all)).toEqual(new Set(items.map((i) => i.path)));
      }),
      { numRuns: 300 },
    );
  });

  it('never plans an empty shard, and plans min(n, files) shards', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 40 }), (items, n) => {
        const plan = planShards(items, n);
        expect(plan.shards.length).toBe(Math.min(n, items.length));
        for (const s of plan.shards) expect(s.files.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan whatever the input order', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 16 }), fc.integer(), (items, n, seed) => {
        expect(planShards(shuffle(items, seed), n)).toEqual(planShards(items, n));
      }),
      { numRuns: 300 },
    );
  });

  it('is never below the lower bound and predicts each shard as the sum of its files', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 16 }), (items, n) => {
        const plan = planShards(items, n);
        const w = new Map(items.map((i) => [i.path, i.seconds]));
        for (const s of plan.shards) {
          const sum = s.files.reduce((t, f) => t + (w.get(f) as number), 0);
          expect(Math.abs(s.seconds - sum)).toBeLessThanOrEqual(sum * 1e-9);
        }
        expect(plan.makespan).toBeGreaterThanOrEqual(plan.lowerBound * (1 - 1e-9));
        // list scheduling's guarantee: the slowest shard was at most average when it got its last file
        expect(plan.makespan).toBeLessThanOrEqual((plan.total / plan.shards.length + plan.longest.seconds) * (1 + 1e-9));
      }),
      { numRuns: 300 },
    );
  });
});

describe('planShards cases', () => {
  it('improves on LPT where LPT is known to miss: 2,2,2,3,3 into 2 shards', () => {
    const items = [3, 3, 2, 2, 2].map((s, i) => ({ path: `f${i}`, seconds: s }));
    const plan = planShards(items, 2);
    expect(plan.makespan).toBe(6); // LPT alone gives 7
    expect(plan.algorithm).not.toBe('lpt');
  });

  it('a file that sets the bound alone', () => {
    const items = [{ path: 'slow', seconds: 100 }, ...Array.from({ length: 10 }, (_, i) => ({ path: `f${i}`, seconds: 1 }))];
    const plan = planShards(items, 4);
    expect(plan.lowerBound).toBe(100);
    expect(plan.makespan).toBe(100);
    expect(plan.longest.path).toBe('slow');
  });

  it.each([0, -1, 1.5, NaN])('rejects %s shards', (n) => expect(() => planShards([{ path: 'a', seconds: 1 }], n)).toThrow(/whole number/));

  it('rejects zero weights (estimates are never zero)', () => expect(() => planShards([{ path: 'a', seconds: 0 }], 1)).toThrow(/positive/));

  it('lowerBound is max(total / n, longest)', () => {
    expect(lowerBound([{ path: 'a', seconds: 3 }, { path: 'b', seconds: 1 }], 2)).toBe(3);
    expect(lowerBound([{ path: 'a', seconds: 3 }, { path: 'b', seconds: 3 }, { path: 'c', seconds: 3 }], 2)).toBe(4.5);
  });

  it('plans 50,000 files into 64 shards in under a second', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ path: `t/${i % 100}/f${i}.test.ts`, seconds: Math.exp(Math.sin(i * 12.9898) * 2) }));
    const t = performance.now();
    const plan = planShards(items, 64);
    expect(performance.now() - t).toBeLessThan(1000);
    expect(plan.makespan / plan.lowerBound).toBeLessThan(1.01);
  });
});

describe('chooseShardCount (shards: auto)', () => {
  const items = Array.from({ length: 40 }, (_, i) => ({ path: `f${i}`, seconds: 10 })); // 400 s
  it.each([
    [400, 1],
    [200, 2],
    [130, 4], // 3 shards: 140 s > 130
    [100, 4],
    [10, 16], // capped at max-shards
  ])('target %s s → %s shards', (target, n) => {
    const { plan } = chooseShardCount(items, target, 16);
    expect(plan.shards.length).toBe(n);
  });

  it('stops adding shards when one file alone exceeds the target', () => {
    const { plan, met } = chooseShardCount([{ path: 'big', seconds: 50 }, ...items.slice(0, 10)], 20, 16);
    expect(met).toBe(false);
    expect(plan.makespan).toBe(50);
    expect(plan.shards.length).toBe(3); // 150 s total: 3 shards reach 50 s
  });
});
