// The packing moves behind planShards: the starts (LPT, a path's hash) and the improvement by
// moves and swaps toward the lower bound. Shard loads are indexes into the canonical order.
import type { Item } from './kk.js';

export const EPS = 1e-9;

/** A binary min-heap of shard indexes keyed by (load, index): ties go to the lowest index. */
class LoadHeap {
  private readonly h: number[];
  constructor(
    private readonly load: Float64Array,
    n: number,
  ) {
    this.h = Array.from({ length: n }, (_, i) => i);
  }
  private less(a: number, b: number): boolean {
    return this.load[a] < this.load[b] || (this.load[a] === this.load[b] && a < b);
  }
  top(): number {
    return this.h[0];
  }
  /** Restore order after the top's load grew. */
  siftTop(): void {
    const h = this.h;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.less(h[l], h[m])) m = l;
      if (r < h.length && this.less(h[r], h[m])) m = r;
      if (m === i) return;
      [h[i], h[m]] = [h[m], h[i]];
      i = m;
    }
  }
}

/** 32-bit FNV-1a: the same on every runner, cheap enough for 50,000 paths. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Each file on the shard its path hashes to: adding a file changes no other file's start. */
export function hashStart(sorted: readonly Item[], n: number): number[][] {
  const bins: number[][] = Array.from({ length: n }, () => []);
  for (let i = 0; i < sorted.length; i++) bins[fnv1a(sorted[i].path) % n].push(i);
  return bins;
}

/** Longest processing time first: each file, heaviest first, to the least-loaded shard. */
export function lpt(sorted: readonly Item[], n: number): number[][] {
  const load = new Float64Array(n);
  const bins: number[][] = Array.from({ length: n }, () => []);
  const heap = new LoadHeap(load, n);
  for (let i = 0; i < sorted.length; i++) {
    const s = heap.top();
    bins[s].push(i);
    load[s] += sorted[i].seconds;
    heap.siftTop();
  }
  return bins;
}

export function loadsOf(bins: number[][], sorted: readonly Item[]): number[] {
  return bins.map((b) => b.reduce((s, i) => s + sorted[i].seconds, 0));
}

export function makespanOf(loads: number[]): number {
  return loads.reduce((m, x) => (x > m ? x : m), 0);
}

/** Index of the first value ≥ x in an ascending array. */
function lowerIndex(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const SWAP_TARGETS = 6;

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The `k` least-loaded shard indexes, ties to the lowest index. */
function lightest(load: number[], k: number): number[] {
  return range(load.length)
    .sort((a, b) => load[a] - load[b] || a - b)
    .slice(0, k);
}

/**
 * Pairwise improvement: take the slowest shard and, against every other shard, find the
 * move of one file or the swap of two that brings the pair's larger load lowest. Each step
 * strictly lowers the sum of squared loads, so it ends; it also stops at the lower bound.
 */
export function improve(bins: number[][], sorted: readonly Item[], bound: number, maxSteps: number): number[][] {
  const n = bins.length;
  const w = (i: number): number => sorted[i].seconds;
  // Each shard's items ascending by weight (then index), with a parallel weight array.
  const items = bins.map((b) => [...b].sort((x, y) => w(x) - w(y) || x - y));
  const weights = items.map((b) => b.map(w));
  const load = loadsOf(bins, sorted);
  for (let step = 0; step < maxSteps; step++) {
    let m = 0;
    for (let i = 1; i < n; i++) if (load[i] > load[m] + EPS) m = i;
    if (load[m] <= bound * (1 + EPS)) break;
    let best: { j: number; a: number; b: number; pairMax: number } | undefined;
    const wm = weights[m];
    // Moves first (cheap: one binary search per shard); swaps only when no move helps.
    for (const swaps of [false, true]) {
      if (best) break;
      // Swaps are O(files in m) per shard: try them against the lightest few shards only.
      const targets = swaps ? lightest(load, SWAP_TARGETS) : range(n);
      for (const j of targets) {
        if (j === m) continue;
        const gap = load[m] - load[j];
        if (gap <= EPS) continue;
        const consider = (a: number, b: number, d: number): void => {
          if (d <= EPS || d >= gap - EPS) return;
          const pairMax = Math.max(load[m] - d, load[j] + d);
          if (!best || pairMax < best.pairMax - EPS) best = { j, a, b, pairMax };
        };
        if (!swaps) {
          // Move one file from m to j: weight closest to gap / 2, below gap.
          const k = lowerIndex(wm, gap / 2);
          for (const c of [k - 1, k]) if (c >= 0 && c < wm.length && wm.length > 1) consider(c, -1, wm[c]);
          continue;
        }
        // Swap a (from m) with b (from j): a - b closest to gap / 2.
        const wj = weights[j];
        for (let a = 0; a < wm.length; a++) {
          const bi = lowerIndex(wj, wm[a] - gap / 2);
          for (const c of [bi - 1, bi]) if (c >= 0 && c < wj.length) consider(a, c, wm[a] - wj[c]);
        }
      }
    }
    if (!best) break;
    const { j, a, b } = best as { j: number; a: number; b: number };
    const moved = items[m][a];
    items[m].splice(a, 1);
    weights[m].splice(a, 1);
    let delta = w(moved);
    if (b >= 0) {
      const back = items[j][b];
      items[j].splice(b, 1);
      weights[j].splice(b, 1);
      const at = lowerIndex(weights[m], w(back));
      items[m].splice(at, 0, back);
      weights[m].splice(at, 0, w(back));
      delta -= w(back);
    }
    const at = lowerIndex(weights[j], w(moved));
    items[j].splice(at, 0, moved);
    weights[j].splice(at, 0, w(moved));
    load[m] -= delta;
    load[j] += delta;
  }
  return items;
}
