import { karmarkarKarp, type Item } from './kk.js';
import { EPS, hashStart, improve, loadsOf, lpt, makespanOf } from './pack.js';

export type { Item } from './kk.js';

export interface PlannedShard {
  files: string[];
  seconds: number;
}

export interface Plan {
  shards: PlannedShard[];
  /** The slowest shard's predicted seconds. */
  makespan: number;
  /** max(total / shards, longest file): no plan can beat it. */
  lowerBound: number;
  total: number;
  longest: Item;
  /** Shards asked for; `shards.length` is smaller when there were fewer files. */
  requested: number;
  algorithm: 'lpt' | 'lpt+improve' | 'kk+improve' | 'stable';
}

export const STRATEGIES = ['lpt', 'stable'] as const;
export type Strategy = (typeof STRATEGIES)[number];

export interface PlanOptions {
  /**
   * lpt (default): LPT, improved when over tolerance. stable: every file starts on the shard
   * its path hashes to and moves/swaps balance to within tolerance, so adding one file moves
   * few others; it falls back to lpt when that cannot reach the tolerance.
   */
  strategy?: Strategy;
  /** Improve when LPT is more than this fraction over the lower bound (0.01 = 1%). */
  tolerance?: number;
  /** Cap on improvement steps, so a pathological input cannot stall a CI job. */
  maxSteps?: number;
}

/** Code-unit order: locale-independent, so every runner sorts alike. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Heaviest first, then by path: the canonical order every algorithm starts from. */
export function canonical(items: readonly Item[]): Item[] {
  const seen = new Map<string, Item>();
  for (const it of items) {
    const had = seen.get(it.path);
    if (!had || it.seconds > had.seconds) seen.set(it.path, it);
  }
  return [...seen.values()].sort((a, b) => b.seconds - a.seconds || byPath(a.path, b.path));
}

export function lowerBound(items: readonly Item[], n: number): number {
  let total = 0;
  let longest = 0;
  for (const it of items) {
    total += it.seconds;
    if (it.seconds > longest) longest = it.seconds;
  }
  return Math.max(total / Math.max(1, Math.min(n, items.length)), longest);
}

/**
 * Plan `n` shards. Deterministic: the result depends only on the set of (path, seconds)
 * pairs, never on their order. LPT first; when it is more than `tolerance` over the lower
 * bound, Karmarkar–Karp is tried too and the better of the two is improved by moves and
 * swaps. Never an empty shard: with fewer files than shards it plans one shard per file.
 */
export function planShards(input: readonly Item[], n: number, opts: PlanOptions = {}): Plan {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`shards must be a whole number of 1 or more, got ${n}`);
  const sorted = canonical(input);
  if (!sorted.length) throw new RangeError('no files to plan');
  for (const it of sorted)
    if (!(it.seconds > 0) || !Number.isFinite(it.seconds))
      throw new RangeError(`file ${it.path} has ${it.seconds} seconds: weights must be positive`);
  const count = Math.min(n, sorted.length);
  const bound = lowerBound(sorted, count);
  const tolerance = opts.tolerance ?? 0.01;
  let bins: number[][] | undefined;
  let algorithm: Plan['algorithm'] = 'lpt';
  if (opts.strategy === 'stable') {
    const balanced = improve(
      hashStart(sorted, count),
      sorted,
      bound * (1 + tolerance),
      opts.maxSteps ?? 20 * sorted.length + 100,
    );
    if (
      balanced.every((b) => b.length > 0) &&
      makespanOf(loadsOf(balanced, sorted)) <= bound * (1 + tolerance) * (1 + EPS)
    ) {
      bins = balanced;
      algorithm = 'stable';
    }
  }
  if (!bins) bins = lpt(sorted, count);
  if (algorithm === 'lpt' && makespanOf(loadsOf(bins, sorted)) > bound * (1 + tolerance)) {
    const steps = opts.maxSteps ?? 20 * sorted.length + 100;
    const fromLpt = improve(bins, sorted, bound, steps);
    const a = makespanOf(loadsOf(fromLpt, sorted));
    bins = fromLpt;
    algorithm = 'lpt+improve';
    if (a > bound * (1 + tolerance) && sorted.length * count <= 2_000_000) {
      const kk = karmarkarKarp(sorted, count);
      // KK may leave a shard empty when one file dominates; then it cannot win.
      if (kk.every((b) => b.length > 0)) {
        const fromKk = improve(kk, sorted, bound, steps);
        if (makespanOf(loadsOf(fromKk, sorted)) < a - EPS) {
          bins = fromKk;
          algorithm = 'kk+improve';
        }
      }
    }
  }
  // KK's bins come out in merge order: put the heaviest shard first, as LPT does.
  const shards = bins.map((b) => ({
    files: b.map((i) => sorted[i].path).sort(byPath),
    seconds: b.reduce((s, i) => s + sorted[i].seconds, 0),
  }));
  if (algorithm === 'kk+improve') shards.sort((x, y) => y.seconds - x.seconds || byPath(x.files[0], y.files[0]));
  const total = sorted.reduce((s, it) => s + it.seconds, 0);
  return {
    shards,
    makespan: makespanOf(shards.map((s) => s.seconds)),
    lowerBound: bound,
    total,
    longest: sorted[0],
    requested: n,
    algorithm,
  };
}

/**
 * `shards: auto`: the fewest shards (up to `max`) whose planned makespan meets `target`.
 * When even `max` misses it, `max`; when one file alone exceeds it, the fewest shards that
 * reach that file's time (more would not help).
 */
export function chooseShardCount(
  items: readonly Item[],
  target: number,
  max: number,
  opts: PlanOptions = {},
): { plan: Plan; met: boolean } {
  const sorted = canonical(items);
  const total = sorted.reduce((s, it) => s + it.seconds, 0);
  const longest = sorted[0]?.seconds ?? 0;
  const cap = Math.max(1, Math.min(max, sorted.length));
  const goal = Math.max(target, longest);
  let n = Math.min(cap, Math.max(1, Math.ceil(total / goal - EPS)));
  let plan = planShards(sorted, n, opts);
  while (plan.makespan > goal * (1 + EPS) && n < cap) plan = planShards(sorted, ++n, opts);
  return { plan, met: plan.makespan <= target * (1 + EPS) };
}
