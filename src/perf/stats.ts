// Paired, distribution-free statistics for base-vs-head rounds: the Hodges–Lehmann estimate of
// the median log-ratio, its confidence bounds from the exact Wilcoxon signed-rank distribution
// (so the interval and the test are the same computation, inverted), and Holm / Benjamini–Hochberg
// across benchmarks. No random numbers are used in a verdict: the same rounds give the same result.

/** Seeded PRNG (mulberry32): the round order, reproducible from the seed in the report. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** All n(n+1)/2 pairwise means x_i, x_j (i <= j), sorted ascending. */
export function walshAverages(xs: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < xs.length; i++) for (let j = i; j < xs.length; j++) out.push((xs[i] + xs[j]) / 2);
  return out.sort((a, b) => a - b);
}

const tailCache = new Map<number, Float64Array>();

/**
 * Upper tail of the signed-rank statistic T+ under the null for n pairs:
 * tail[t] = P(T+ >= t), t = 0 .. n(n+1)/2. Exact, by dynamic programming over the ranks.
 */
export function signedRankTail(n: number): Float64Array {
  const hit = tailCache.get(n);
  if (hit) return hit;
  const max = (n * (n + 1)) / 2;
  let p = new Float64Array(max + 1);
  p[0] = 1;
  for (let r = 1; r <= n; r++) {
    const next = new Float64Array(max + 1);
    for (let s = 0; s <= max; s++) {
      if (p[s] === 0) continue;
      next[s] += p[s] / 2;
      if (s + r <= max) next[s + r] += p[s] / 2;
    }
    p = next;
  }
  const tail = new Float64Array(max + 2);
  for (let t = max; t >= 0; t--) tail[t] = tail[t + 1] + p[t];
  tailCache.set(n, tail);
  return tail;
}

/** The smallest count c with P(T+ >= c) <= alpha, or undefined when n is too small for alpha. */
export function criticalCount(n: number, alpha: number): number | undefined {
  const tail = signedRankTail(n);
  const max = (n * (n + 1)) / 2;
  for (let c = 0; c <= max; c++) if (tail[c] <= alpha) return c;
  return undefined;
}

export interface ShiftSummary {
  /** Hodges–Lehmann estimate: the median of the Walsh averages. */
  estimate: number;
  /** One-sided lower bound at level alphaLow (-Infinity when the rounds are too few). */
  lower: number;
  /** One-sided upper bound at level alphaHigh (+Infinity when the rounds are too few). */
  upper: number;
  /** P-value of H0: shift <= delta against shift > delta. */
  pAbove: number;
  /** P-value of H0: shift >= -delta against shift < -delta. */
  pBelow: number;
}

/** Walsh averages strictly above x: the signed-rank statistic at shift x (ties count against
 * the claim, which keeps quantised timers conservative and the interval and test exactly dual). */
function countAbove(sorted: readonly number[], x: number): number {
  let n = 0;
  for (const w of sorted) if (w > x) n++;
  return n;
}

function countBelow(sorted: readonly number[], x: number): number {
  let n = 0;
  for (const w of sorted) if (w < x) n++;
  return n;
}

/**
 * The shift of paired differences d (e.g. log(head/base) per round) against a margin delta >= 0.
 * `lower` uses alphaLow and `upper` alphaHigh, so each side can carry its own (multiplicity-
 * adjusted) level. By construction `lower > delta` exactly when `pAbove <= alphaLow`.
 */
export function shift(d: readonly number[], delta: number, alphaLow: number, alphaHigh: number): ShiftSummary {
  const n = d.length;
  const w = walshAverages(d);
  const N = w.length;
  const tail = signedRankTail(n);
  const cLow = criticalCount(n, alphaLow);
  const cHigh = criticalCount(n, alphaHigh);
  // Reject "shift <= x" when at least c Walsh averages exceed x, i.e. when x < the c-th largest.
  const lower = cLow === undefined || cLow === 0 ? -Infinity : w[N - cLow];
  const upper = cHigh === undefined || cHigh === 0 ? Infinity : w[cHigh - 1];
  return {
    estimate: median(w),
    lower,
    upper,
    pAbove: tail[countAbove(w, delta)],
    pBelow: tail[countBelow(w, -delta)],
  };
}

/**
 * Holm's step-down levels: the level each p-value is judged at, and which are rejected
 * (family-wise error <= alpha under any dependence between benchmarks).
 */
export function holm(p: readonly number[], alpha: number): { rejected: boolean[]; levels: number[] } {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  const rejected = new Array<boolean>(m).fill(false);
  const levels = new Array<number>(m).fill(alpha / Math.max(1, m));
  let stopped = false;
  order.forEach((i, k) => {
    levels[i] = alpha / (m - k);
    if (!stopped && p[i] <= levels[i]) rejected[i] = true;
    else stopped = true;
  });
  return { rejected, levels };
}

/**
 * Benjamini–Hochberg step-up (false-discovery rate <= alpha for independent or positively
 * dependent tests). Levels are alpha·R/m, the Benjamini–Yekutieli level for the intervals of
 * the R selected benchmarks (alpha/m when none is selected).
 */
export function benjaminiHochberg(p: readonly number[], alpha: number): { rejected: boolean[]; levels: number[] } {
  const m = p.length;
  const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
  let r = 0;
  order.forEach((i, k) => {
    if (p[i] <= ((k + 1) * alpha) / m) r = k + 1;
  });
  const rejected = new Array<boolean>(m).fill(false);
  for (let k = 0; k < r; k++) rejected[order[k]] = true;
  const level = (alpha * Math.max(1, r)) / Math.max(1, m);
  return { rejected, levels: new Array<number>(m).fill(level) };
}

export type Correction = 'holm' | 'bh' | 'none';

export function correct(p: readonly number[], alpha: number, how: Correction) {
  if (how === 'holm') return holm(p, alpha);
  if (how === 'bh') return benjaminiHochberg(p, alpha);
  return { rejected: p.map((x) => x <= alpha), levels: p.map(() => alpha) };
}

/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(q: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
  ];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (q <= 0) return -Infinity;
  if (q >= 1) return Infinity;
  if (q < lo) {
    const t = Math.sqrt(-2 * Math.log(q));
    return (
      (((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) /
      ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1)
    );
  }
  if (q > 1 - lo) return -normalQuantile(1 - q);
  const t = q - 0.5;
  const r = t * t;
  return (
    ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * t) /
    (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)
  );
}

/**
 * The smallest slowdown (as a log-ratio) these rounds would flag with 80% probability at
 * level alpha: the margin plus the interval's half-width, scaled from the alpha quantile to
 * alpha + 80% power (a normal approximation of the signed-rank interval's width).
 */
export function minimumDetectable(estimate: number, lower: number, delta: number, alpha: number): number {
  if (!Number.isFinite(lower)) return Infinity;
  const half = Math.max(0, estimate - lower);
  const za = normalQuantile(1 - alpha);
  return delta + (half * (za + normalQuantile(0.8))) / za;
}
