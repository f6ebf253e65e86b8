import picomatch from 'picomatch';
import { correct, median, minimumDetectable, shift, type Correction } from './stats.js';
import type { BenchmarkResult, Override, Round } from './types.js';

export interface JudgeSettings {
  threshold: number;
  overrides: Override[];
  alpha: number;
  correction: Correction;
}

export interface Judgement {
  benchmarks: BenchmarkResult[];
  onlyBase: string[];
  onlyHead: string[];
}

/** The first override whose glob matches the name, if any. */
export function overrideFor(name: string, overrides: readonly Override[]): Override | undefined {
  return overrides.find((o) => picomatch.isMatch(name, o.pattern, { dot: true }));
}

interface Paired {
  name: string;
  d: number[];
  base: number[];
  head: number[];
  threshold: number;
  ignored: boolean;
}

function pair(rounds: readonly Round[], name: string): Pick<Paired, 'd' | 'base' | 'head'> {
  const d: number[] = [];
  const base: number[] = [];
  const head: number[] = [];
  for (const r of rounds) {
    const b = r.base.get(name);
    const h = r.head.get(name);
    if (b === undefined || h === undefined || !(b > 0) || !(h > 0)) continue;
    base.push(b);
    head.push(h);
    d.push(Math.log(h / b));
  }
  return { d, base, head };
}

/**
 * Judge every benchmark from the paired rounds. Per benchmark the paired differences are
 * log(head/base); a regression needs the one-sided test "shift > log(1 + threshold)" to
 * survive the multiplicity correction, which is the same as the interval (at the level the
 * benchmark was judged) lying wholly above 1 + threshold. Improvements are judged the same way
 * on the other side.
 */
export function judge(rounds: readonly Round[], s: JudgeSettings): Judgement {
  const baseNames = new Set(rounds.flatMap((r) => [...r.base.keys()]));
  const headNames = new Set(rounds.flatMap((r) => [...r.head.keys()]));
  const names = [...baseNames].filter((n) => headNames.has(n)).sort();
  const paired: Paired[] = names.map((name) => {
    const o = overrideFor(name, s.overrides);
    return { name, ...pair(rounds, name), threshold: o?.threshold ?? s.threshold, ignored: o?.ignore ?? false };
  });
  const judged = paired.filter((p) => !p.ignored && p.d.length > 0);
  const pReg = judged.map((p) => shift(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pAbove);
  const pImp = judged.map((p) => shift(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pBelow);
  const reg = correct(pReg, s.alpha, s.correction);
  const imp = correct(pImp, s.alpha, s.correction);
  const byName = new Map<string, BenchmarkResult>();
  judged.forEach((p, i) => {
    const delta = Math.log1p(p.threshold);
    const st = shift(p.d, delta, reg.levels[i], imp.levels[i]);
    const status = reg.rejected[i]
      ? 'regression'
      : imp.rejected[i]
        ? 'improvement'
        : st.upper < delta && st.lower > -delta
          ? 'unchanged'
          : 'inconclusive';
    byName.set(p.name, {
      name: p.name,
      status,
      rounds: p.d.length,
      base: median(p.base),
      head: median(p.head),
      ratio: Math.exp(st.estimate),
      low: Math.exp(st.lower),
      high: Math.exp(st.upper),
      confidence: 1 - reg.levels[i] - imp.levels[i],
      threshold: p.threshold,
      minDetectable: Math.expm1(minimumDetectable(st.estimate, st.lower, delta, reg.levels[i])),
      pRegression: pReg[i],
    });
  });
  const benchmarks = paired.map(
    (p) =>
      byName.get(p.name) ?? {
        name: p.name,
        status: p.ignored ? ('ignored' as const) : ('inconclusive' as const),
        rounds: p.d.length,
        base: median(p.base),
        head: median(p.head),
        ratio: p.d.length ? Math.exp(median(p.d)) : NaN,
        low: NaN,
        high: NaN,
        confidence: NaN,
        threshold: p.threshold,
        minDetectable: NaN,
        pRegression: NaN,
      },
  );
  return {
    benchmarks,
    onlyBase: [...baseNames].filter((n) => !headNames.has(n)).sort(),
    onlyHead: [...headNames].filter((n) => !baseNames.has(n)).sort(),
  };
}

/**
 * True when more rounds cannot turn this judgement into a failure: every judged benchmark is
 * `unchanged` or an `improvement` (its interval, at its adjusted level, lies below 1 + threshold)
 * and none is a regression. The gate stops early then. Stopping only in this direction never adds
 * a false alarm (the verdict at the stop is a pass, and a run that goes on can only add one), and
 * a real slowdown beyond the threshold is judged unchanged only with the interval's error rate.
 */
export function settled(j: Judgement): boolean {
  const judged = j.benchmarks.filter((b) => b.status !== 'ignored');
  return judged.length > 0 && judged.every((b) => b.status === 'unchanged' || b.status === 'improvement');
}
