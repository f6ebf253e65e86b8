import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judge, settled } from '../../src/perf/judge.js';
import {
  benjaminiHochberg,
  criticalCount,
  holm,
  median,
  minimumDetectable,
  normalQuantile,
  rng,
  shift,
  signedRankTail,
  walshAverages,
} from '../../src/perf/stats.js';
import type { Round } from '../../src/perf/types.js';

/** Box–Muller on the seeded RNG: normal noise for simulated rounds. */
function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Simulated rounds: `names` benchmarks, head = base × (1 + slowdown[name]) with log-normal noise. */
function simulate(seed: number, n: number, names: string[], slowdown: Record<string, number>, noise = 0.02): Round[] {
  const random = rng(seed);
  return Array.from({ length: n }, (_, i) => {
    const base = new Map<string, number>();
    const head = new Map<string, number>();
    for (const name of names) {
      const load = Math.exp(normal(random) * noise * 3); // a round's shared background load
      base.set(name, 1e-6 * load * Math.exp(normal(random) * noise));
      head.set(name, 1e-6 * load * (1 + (slowdown[name] ?? 0)) * Math.exp(normal(random) * noise));
    }
    return { index: i + 1, order: ['base', 'head'], base, head };
  });
}

const settings = { threshold: 0.05, overrides: [], alpha: 0.05, correction: 'holm' as const };

describe('signed-rank distribution', () => {
  it('matches the textbook exact values', () => {
    // n = 5: the 32 sign patterns; P(T+ >= 15) = 1/32, P(T+ >= 14) = 2/32.
    const t = signedRankTail(5);
    expect(t[0]).toBeCloseTo(1, 12);
    expect(t[15]).toBeCloseTo(1 / 32, 12);
    expect(t[14]).toBeCloseTo(2 / 32, 12);
    // Tables: n = 10, one-sided 0.05 critical upper value is 45 (P(T+ >= 45) = 0.042).
    expect(criticalCount(10, 0.05)).toBe(45);
    expect(criticalCount(4, 0.05)).toBeUndefined(); // 1/16 > 0.05: too few rounds
  });

  it('the Walsh averages and the Hodges–Lehmann estimate', () => {
    expect(walshAverages([1, 3])).toEqual([1, 2, 3]);
    expect(shift([0.1, 0.2, 0.3], 0, 0.05, 0.05).estimate).toBeCloseTo(0.2, 12);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('interval and test are one computation', () => {
  it('lower bound above delta exactly when the one-sided p-value is within alpha', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -0.3, max: 0.3, noNaN: true }), { minLength: 5, maxLength: 30 }),
        fc.double({ min: 0, max: 0.1, noNaN: true }),
        fc.constantFrom(0.001, 0.01, 0.05, 0.2),
        (d, delta, alpha) => {
          const s = shift(d, delta, alpha, alpha);
          expect(s.lower > delta).toBe(s.pAbove <= alpha);
          expect(s.upper < -delta).toBe(s.pBelow <= alpha);
          expect(s.lower).toBeLessThanOrEqual(s.estimate);
          expect(s.upper).toBeGreaterThanOrEqual(s.estimate);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is equivariant: shifting every difference shifts the interval', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 6, maxLength: 20 }),
        fc.integer({ min: -500, max: 500 }),
        (raw, c) => {
          const d = raw.map((x) => x / 1000);
          const a = shift(d, 0, 0.05, 0.05);
          const b = shift(
            d.map((x) => x + c / 1000),
            0,
            0.05,
            0.05,
          );
          expect(b.estimate).toBeCloseTo(a.estimate + c / 1000, 9);
          expect(b.lower).toBeCloseTo(a.lower + c / 1000, 9);
          expect(b.upper).toBeCloseTo(a.upper + c / 1000, 9);
        },
      ),
    );
  });
});

describe('multiple comparisons', () => {
  it('Holm steps down and stops at the first p-value over its level', () => {
    const r = holm([0.01, 0.04, 0.03, 0.005], 0.05);
    // sorted: 0.005 (≤ .0125), 0.01 (≤ .0167), 0.03 (> .025): stop.
    expect(r.rejected).toEqual([true, false, false, true]);
    expect(r.levels[3]).toBeCloseTo(0.05 / 4);
    expect(r.levels[2]).toBeCloseTo(0.05 / 2);
  });

  it('Benjamini–Hochberg steps up', () => {
    const r = benjaminiHochberg([0.01, 0.04, 0.03, 0.005], 0.05);
    // k·0.05/4: 0.0125, 0.025, 0.0375, 0.05; the largest k with p(k) ≤ level is 4.
    expect(r.rejected).toEqual([true, true, true, true]);
    expect(benjaminiHochberg([0.02, 0.5], 0.05).rejected).toEqual([true, false]);
  });

  it('Holm never rejects more than BH and never more than the unadjusted test', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 60 }), (p) => {
        const h = holm(p, 0.05).rejected.filter(Boolean).length;
        const b = benjaminiHochberg(p, 0.05).rejected.filter(Boolean).length;
        expect(h).toBeLessThanOrEqual(b);
        expect(b).toBeLessThanOrEqual(p.filter((x) => x <= 0.05).length);
      }),
    );
  });
});

describe('judging simulated rounds (seeded)', () => {
  const names = Array.from({ length: 60 }, (_, i) => `Benchmark${i}`);

  it('A/A: 60 benchmarks with a shared noisy load raise no alarm across 25 seeded suites', () => {
    let alarms = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const j = judge(simulate(seed, 12, names, {}), settings);
      alarms += j.benchmarks.some((b) => b.status === 'regression') ? 1 : 0;
    }
    expect(alarms).toBe(0);
  });

  it('catches a 15% slowdown in one benchmark and names only it', () => {
    const j = judge(simulate(7, 12, names, { Benchmark3: 0.15 }), settings);
    expect(j.benchmarks.filter((b) => b.status === 'regression').map((b) => b.name)).toEqual(['Benchmark3']);
    const b3 = j.benchmarks.find((b) => b.name === 'Benchmark3')!;
    expect(b3.low).toBeGreaterThan(1.05);
    expect(b3.ratio).toBeGreaterThan(1.1);
    expect(b3.ratio).toBeLessThan(1.2);
  });

  it('a slowdown below the threshold is never a regression, however sure', () => {
    const j = judge(simulate(3, 30, ['A'], { A: 0.03 }, 0.001), settings);
    expect(j.benchmarks[0].status).toBe('unchanged'); // sure it is within the threshold
    expect(j.benchmarks[0].low).toBeGreaterThan(1.0);
    const k = judge(simulate(3, 30, ['A'], { A: 0.03 }, 0.001), { ...settings, threshold: 0.01 });
    expect(k.benchmarks[0].status).toBe('regression');
  });

  it('overrides: ignore and per-glob thresholds, first match wins', () => {
    const rounds = simulate(9, 12, ['ParseA', 'ParseB', 'Render'], { ParseA: 0.2, ParseB: 0.2, Render: 0.2 });
    const j = judge(rounds, {
      ...settings,
      overrides: [
        { pattern: 'ParseA', ignore: true },
        { pattern: 'Parse*', threshold: 0.5, ignore: false },
      ],
    });
    const by = Object.fromEntries(j.benchmarks.map((b) => [b.name, b]));
    expect(by.ParseA.status).toBe('ignored');
    expect(by.ParseB.status).not.toBe('regression');
    expect(by.ParseB.threshold).toBe(0.5);
    expect(by.Render.status).toBe('regression');
  });

  it('an improvement is reported as one, and the minimum detectable change shrinks with rounds', () => {
    const j = judge(simulate(11, 12, ['A'], { A: -0.2 }), settings);
    expect(j.benchmarks[0].status).toBe('improvement');
    const few = judge(simulate(5, 8, ['A'], {}), settings).benchmarks[0].minDetectable;
    const many = judge(simulate(5, 40, ['A'], {}), settings).benchmarks[0].minDetectable;
    expect(many).toBeLessThan(few);
    expect(judge(simulate(5, 3, ['A'], {}), settings).benchmarks[0].minDetectable).toBe(Infinity);
  });

  it('settled (the early stop): only when no benchmark is a regression or undecided', () => {
    // Quiet A/A: too few rounds for a finite interval at 0.05/60, then every benchmark inside ±5%.
    expect(settled(judge(simulate(4, 8, names, {}, 0.005), settings))).toBe(false);
    expect(settled(judge(simulate(4, 14, names, {}, 0.005), settings))).toBe(true);
    // Faster is settled too; a regression or an undecided benchmark is not.
    expect(settled(judge(simulate(4, 14, names, { Benchmark1: -0.3 }, 0.005), settings))).toBe(true);
    expect(settled(judge(simulate(4, 14, names, { Benchmark1: 0.3 }, 0.005), settings))).toBe(false);
    expect(settled(judge(simulate(4, 14, names, { Benchmark1: 0.05 }, 0.005), settings))).toBe(false);
    // Nothing judged (all ignored) is never settled: the rounds go on to `rounds`.
    const all = { ...settings, overrides: [{ pattern: '*', ignore: true }] };
    expect(settled(judge(simulate(4, 14, names, {}, 0.005), all))).toBe(false);
  });

  it('benchmarks on one side only are listed, not judged', () => {
    const rounds = simulate(2, 6, ['A', 'B'], {});
    for (const r of rounds) {
      r.base.delete('B');
      r.head.set('C', 1);
    }
    const j = judge(rounds, settings);
    expect(j.benchmarks.map((b) => b.name)).toEqual(['A']);
    expect(j.onlyHead).toEqual(['B', 'C']);
  });
});

describe('helpers', () => {
  it('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 5);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 5);
  });
  it('minimum detectable change is the margin plus the scaled half-width', () => {
    expect(minimumDetectable(0, -0.02, 0.05, 0.05)).toBeCloseTo(0.05 + (0.02 * (1.644854 + 0.841621)) / 1.644854, 5);
    expect(minimumDetectable(0, -Infinity, 0.05, 0.05)).toBe(Infinity);
  });
  it('the seeded RNG is reproducible', () => {
    const a = rng(42);
    const b = rng(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
