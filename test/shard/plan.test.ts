import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseShardCount, lowerBound, planShards, STRATEGIES, type Item } from '../../src/shard/plan.js';

const itemsArb = fc
  .uniqueArray(
    fc.record({
      path: fc.stringMatching(/^[a-z]{1,6}(\/[a-z]{1,6}){0,2}\.test\.ts$/),
      seconds: fc.double({ min: 0.001, max: 1000, noNaN: true }),
    }),
    { minLength: 1, maxLength: 120, selector: (i) => i.path },
  )
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

describe.each(STRATEGIES)('planShards properties, strategy %s', (strategy) => {
  it('puts every file in exactly one shard', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 40 }), (items, n) => {
        const plan = planShards(items, n, { strategy });
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
        const plan = planShards(items, n, { strategy });
        expect(plan.shards.length).toBe(Math.min(n, items.length));
        for (const s of plan.shards) expect(s.files.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same plan whatever the input order', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 16 }), fc.integer(), (items, n, seed) => {
        expect(planShards(shuffle(items, seed), n, { strategy })).toEqual(planShards(items, n, { strategy }));
      }),
      { numRuns: 300 },
    );
  });

  it('is never below the lower bound and predicts each shard as the sum of its files', () => {
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 16 }), (items, n) => {
        const plan = planShards(items, n, { strategy });
        const w = new Map(items.map((i) => [i.path, i.seconds]));
        for (const s of plan.shards) {
          const sum = s.files.reduce((t, f) => t + (w.get(f) as number), 0);
          expect(Math.abs(s.seconds - sum)).toBeLessThanOrEqual(sum * 1e-9);
        }
        expect(plan.makespan).toBeGreaterThanOrEqual(plan.lowerBound * (1 - 1e-9));
        // lpt: list scheduling's guarantee (the slowest shard was at most average when it got
        // its last file); stable: accepted only within 1% of the bound, else lpt
        const guarantee = plan.total / plan.shards.length + plan.longest.seconds;
        expect(plan.makespan).toBeLessThanOrEqual(
          (strategy === 'stable' ? Math.max(guarantee, plan.lowerBound * 1.01) : guarantee) * (1 + 1e-9),
        );
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
    const items = [
      { path: 'slow', seconds: 100 },
      ...Array.from({ length: 10 }, (_, i) => ({ path: `f${i}`, seconds: 1 })),
    ];
    const plan = planShards(items, 4);
    expect(plan.lowerBound).toBe(100);
    expect(plan.makespan).toBe(100);
    expect(plan.longest.path).toBe('slow');
  });

  it.each([0, -1, 1.5, NaN])('rejects %s shards', (n) =>
    expect(() => planShards([{ path: 'a', seconds: 1 }], n)).toThrow(/whole number/),
  );

  it('rejects zero weights (estimates are never zero)', () =>
    expect(() => planShards([{ path: 'a', seconds: 0 }], 1)).toThrow(/positive/));

  it('lowerBound is max(total / n, longest)', () => {
    expect(
      lowerBound(
        [
          { path: 'a', seconds: 3 },
          { path: 'b', seconds: 1 },
        ],
        2,
      ),
    ).toBe(3);
    expect(
      lowerBound(
        [
          { path: 'a', seconds: 3 },
          { path: 'b', seconds: 3 },
          { path: 'c', seconds: 3 },
        ],
        2,
      ),
    ).toBe(4.5);
  });

  it('plans 50,000 files into 64 shards within 1% of the lower bound (speed: bench/shard.bench.ts)', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({
      path: `t/${i % 100}/f${i}.test.ts`,
      seconds: Math.exp(Math.sin(i * 12.9898) * 2),
    }));
    const plan = planShards(items, 64);
    expect(plan.makespan / plan.lowerBound).toBeLessThan(1.01);
  });
});

describe('strategy stable', () => {
  const r = (seed: number): (() => number) => {
    let a = seed;
    return () => ((a = (a * 1103515245 + 12345) % 2147483648) + 0.5) / 2147483648;
  };
  const lognormal = (n: number, seed: number): Item[] => {
    const rnd = r(seed);
    return Array.from({ length: n }, (_, i) => ({
      path: `test/f${i}.test.ts`,
      seconds: 4 * Math.exp(1.2 * Math.sqrt(-2 * Math.log(rnd())) * Math.cos(2 * Math.PI * rnd())),
    }));
  };
  const moved = (a: string[][], b: string[][]): number => {
    const where = new Map<string, number>();
    a.forEach((s, i) => s.forEach((f) => where.set(f, i)));
    return b.reduce((m, s, i) => m + s.filter((f) => where.has(f) && where.get(f) !== i).length, 0);
  };

  it.each([
    [500, 8, 1],
    [1000, 16, 2],
    [2000, 32, 3],
  ])(
    '%s files into %s shards: within 1%% of the bound, and adding one file moves under 10%% of the others (lpt moves far more)',
    (n, k, seed) => {
      const items = lognormal(n, seed);
      const added = [...items, { path: 'test/new.test.ts', seconds: 4 }];
      const a = planShards(items, k, { strategy: 'stable' });
      const b = planShards(added, k, { strategy: 'stable' });
      expect(a.algorithm).toBe('stable');
      expect(a.makespan / a.lowerBound).toBeLessThanOrEqual(1.01 + 1e-9);
      const stable = moved(
        a.shards.map((s) => s.files),
        b.shards.map((s) => s.files),
      );
      const lpt = moved(
        planShards(items, k).shards.map((s) => s.files),
        planShards(added, k).shards.map((s) => s.files),
      );
      expect(stable / n).toBeLessThan(0.1);
      expect(stable).toBeLessThan(lpt);
    },
  );

  it('reaches the tolerance or falls back to lpt (3,3,2,2,2 into 2 shards at 0% tolerance)', () => {
    const items = [3, 3, 2, 2, 2].map((s, i) => ({ path: `f${i}`, seconds: s }));
    const plan = planShards(items, 2, { strategy: 'stable', tolerance: 0 });
    expect(plan.makespan).toBe(6);
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
