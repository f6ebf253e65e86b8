// Shards on real suites run for real: each plan's shards are run one after another as the
// runners would run them (a pytest shard is one process; a Go shard is the Go template's loop,
// one gotestsum per package), and the realised slowest shard is compared with a lower bound
// measured in the same round (lowerBound below). Suites: Go's standard library packages, and
// pytest suites checked out under $SHIPLINE_BENCH_SUITES (default ~/.cache/shipline-bench):
// click and flask. Rounds: SHARD_REAL_REPS (default: each suite's own, Suite.rounds); suites:
// SHARD_REAL_SUITES=go,click,flask. SHARD_REAL_DUMP=file appends each round's runs as one JSON line
// (learned costs, the bound's runs, every plan's shards with their walls and JUnit seconds).
import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileCost, learnFromRun } from '../src/shard/filecost.js';
import { fitOverhead, mergeOverhead, type Overhead } from '../src/shard/overhead.js';
import { planShards } from '../src/shard/plan.js';
import { median, p90, round, type BenchReport, type BenchRow } from './lib.js';
import { vitestShards } from './shard/peers.js';
import { runShard, suites, type ShardRun, type Suite } from './shard/suites.js';

/** Rounds a suite runs: SHARD_REAL_REPS for every suite, else the suite's own default. */
const repsOf = (s: Suite): number => Number(process.env.SHARD_REAL_REPS ?? s.rounds);
/** Earlier runs the timings are learned from (the first hash-sliced, the rest by shipline's plan). */
const LEARN = Number(process.env.SHARD_REAL_LEARN ?? 4);
/**
 * SHARD_REAL_ABLATION adds ablations of shipline to the plans run (a comma list): `uniform` (or 1),
 * the uniform fixed cost (the model before per-file costs); `reading`, Go reports read as before
 * gotestsum's times were understood (cases summed; no build and link), learned from the same runs.
 */
const ABLATIONS = (process.env.SHARD_REAL_ABLATION ?? '').split(',').map((a) => (a === '1' ? 'uniform' : a));
/** The units run alone each round for the lower bound: the longest by what was learned. */
const ALONE = 2;

const roundRobin = (units: string[], n: number): string[][] =>
  Array.from({ length: n }, (_, i) => [...units].sort().filter((_, j) => j % n === i));

interface Learned {
  seconds: Map<string, number>;
  /** Per-file costs over the last runs' shard walls, as `shipline shard timings --walls` learns them. */
  overhead?: Overhead;
  /** The uniform fit alone (one cost per file, smoothed run to run), from the same walls: the previous model. */
  uniform?: Overhead;
  /** The same runs learned with the previous reading of Go's reports (ShardRun.previous). */
  previous?: Learned;
}

/** The unit's planned seconds: smoothed JUnit time plus its learned fixed cost. */
const planned = (l: Learned, f: string, o = l.overhead): number =>
  Math.max(0.001, l.seconds.get(f) ?? 0) + fileCost(o, f);

/** The plan shipline makes from what it has learned so far (`o`: which fixed-cost model). */
function shiplinePlan(s: Suite, l: Learned, n: number, o = l.overhead): string[][] {
  const items = s.units.map((f) => ({ path: f, seconds: planned(l, f, o) }));
  return planShards(items, n).shards.map((x) => x.files);
}

/**
 * What the pipeline would have learned from LEARN earlier runs on the default branch: the first
 * hash-sliced (no timings yet), the rest by shipline's own plan. Each run folds its JUnit
 * seconds into the smoothed timings and its shards' wall times into the fixed costs, as
 * `shipline shard timings --walls` does.
 */
function learn(s: Suite): Learned {
  const l: Learned = { seconds: new Map() };
  const p: Learned = { seconds: new Map() };
  for (let k = 0; k < LEARN; k++) {
    const plan = k === 0 ? vitestShards(s.units, s.shards) : shiplinePlan(s, l, s.shards);
    const runs = plan.filter((u) => u.length).map((units) => ({ units, r: runShard(s, units) }));
    fold(l, runs, (r) => r.seconds);
    fold(p, runs, (r) => r.previous);
  }
  if (p.seconds.size) l.previous = p;
  return l;
}

/** Fold one run into what was learned, as `shipline shard timings --walls` does, with `read` the reading of its reports. */
function fold(
  l: Learned,
  runs: Array<{ units: string[]; r: ShardRun }>,
  read: (r: ShardRun) => Map<string, number>,
): void {
  const thisRun = new Map<string, number>();
  for (const { r } of runs) for (const [f, v] of read(r)) thisRun.set(f, v);
  for (const [f, v] of thisRun) l.seconds.set(f, l.seconds.has(f) ? 0.3 * v + 0.7 * (l.seconds.get(f) as number) : v);
  const points = runs.map(({ units, r }) => ({
    files: units.length,
    rest: r.wall - units.reduce((a, f) => a + (thisRun.get(f) ?? 0), 0),
  }));
  const fit = fitOverhead(points, l.uniform?.perFile);
  if (fit) l.uniform = mergeOverhead(l.uniform, fit, 0.3);
  l.overhead = learnFromRun(
    l.overhead,
    runs.map(({ units, r }) => ({
      files: units,
      rest: r.wall - units.reduce((a, f) => a + (thisRun.get(f) ?? 0), 0),
    })),
  );
}

/** The fixed cost learned per unit against the one measured (its own wall less its JUnit seconds, median over every run). */
function unitCosts(what: string, o: Overhead | undefined, rests: Map<string, number[]>): string {
  const misses = [...rests]
    .map(([u, xs]) => ({ u, learned: fileCost(o, u), measured: median(xs) }))
    .sort((a, b) => Math.abs(b.measured - b.learned) - Math.abs(a.measured - a.learned));
  if (!misses.length) return '';
  const measured = misses.map((m) => m.measured);
  const err = misses.reduce((a, m) => a + Math.abs(m.measured - m.learned), 0) / misses.length;
  return (
    `${what} measured (its own wall − its JUnit, median) ${round(Math.min(...measured), 2)}–${round(Math.max(...measured), 2)} s, ` +
    `mean |learned − measured| ${round(err, 2)} s, most: ${misses
      .slice(0, 3)
      .map((m) => `${m.u} ${round(m.learned, 2)} learned / ${round(m.measured, 2)} measured`)
      .join(', ')}; `
  );
}

const OURS = 'shipline (JUnit + per-file fixed cost)';
const BOUND = '(lower bound)';
const spread = (xs: number[]): string =>
  `${round(Math.min(...xs), 2)}–${round(Math.max(...xs), 2)} s (±${round((50 * (Math.max(...xs) - Math.min(...xs))) / median(xs), 1)}%)`;

type Clock = 'wall' | 'cpu';
interface BoundRun {
  idle: ShardRun;
  whole: ShardRun;
  solo: ShardRun[];
}

/**
 * The lower bound of one round, from runs made in that round, the same for every plan:
 *   bound = max( max over the units u run alone of T({u}),  S + (T(all) − S) / k )
 * with T(x) a shard holding x run as the runner runs it, S = T(nothing) (the runner's start-up
 * with no test: pytest on the conftest alone; for the Go loop, the shell alone), k the shards.
 * Why no plan of k shards beats it (up to noise, which the bench reports):
 * - a shard holding u does at least what u alone does, so its wall ≥ T({u});
 * - one process running the tests of two shards does their work less one start-up (and less any
 *   import both would do), so T(A ∪ B) ≤ T(A) + T(B) − S; merging a plan's k' ≤ k non-empty
 *   shards one by one gives Σ T(shard) ≥ T(all) + (k' − 1)·S, and the slowest shard is at least
 *   the mean, S + (T(all) − S)/k' ≥ S + (T(all) − S)/k.
 * The old bound, max(Σ of the plan's shard walls ÷ k, longest units alone), changed with the plan.
 */
function lowerBound(b: BoundRun, m: Clock, k: number): number {
  const s = b.idle[m];
  return Math.max(...b.solo.map((r) => r[m]), s + Math.max(0, b.whole[m] - s) / k);
}

export async function bench(): Promise<BenchReport> {
  const { list, missing } = suites();
  const rows: BenchRow[] = [];
  const notes: string[] = [];
  const load0 = loadavg()[0];
  const t0 = performance.now();
  for (const s of list) {
    const ts = performance.now();
    const REPS = repsOf(s);
    const learned = learn(s);
    const algos: Record<string, (n: number) => string[][]> = {
      'shipline (JUnit + per-file fixed cost)': (n) => shiplinePlan(s, learned, n),
      'round-robin': (n) => roundRobin(s.units, n),
      'hash slices (vitest --shard)': (n) => vitestShards(s.units, n),
    };
    if (ABLATIONS.includes('uniform'))
      algos['shipline (JUnit + uniform fixed cost)'] = (n) => shiplinePlan(s, learned, n, learned.uniform);
    const prev = learned.previous;
    if (ABLATIONS.includes('reading') && prev)
      algos['shipline, previous reading of Go reports (cases summed, no build and link)'] = (n) =>
        shiplinePlan(s, prev, n);
    const longest = [...s.units].sort((a, b) => planned(learned, b) - planned(learned, a)).slice(0, ALONE);
    const ratios: Record<string, Record<Clock, number[]>> = {};
    // Checks of the bound's two premises, per plan and round: (Σ shard walls − (k'−1)·S) / T(all)
    // (≥ 1 when splitting saves nothing), and the slowest of (unit alone / its shard) (≤ 1).
    const merged: number[] = [];
    const aloneOverShard: number[] = [];
    // The same plan's shard walls, round by round: what noise alone does to the ratio.
    const ours: number[][] = [];
    // Which of shipline's shards ran slowest each round: a lone unit that the bound also ran alone
    // makes the round's ratio that unit's wall over its own wall alone (one command timed twice).
    const slowestIs: string[] = [];
    const bounds: BoundRun[] = [];
    // Each unit's own wall less its JUnit seconds, where the runner times units one by one (the Go loop).
    const unitRest = new Map<string, number[]>();
    const unitRestPrev = new Map<string, number[]>();
    for (let rep = 0; rep < REPS; rep++) {
      // A different order each round, the bound's runs included, so a slow spell of the machine
      // does not always hit one plan or the bound.
      const names = [BOUND, ...Object.keys(algos)];
      const order = names.map((_, i) => names[(i + rep) % names.length]);
      const walls: Record<string, { shards: string[][]; runs: ShardRun[] }> = {};
      let b: BoundRun | undefined;
      for (const name of order) {
        if (name === BOUND) {
          b = { idle: runShard(s, s.idle), whole: runShard(s, s.units), solo: longest.map((u) => runShard(s, [u])) };
          continue;
        }
        const shards = algos[name](s.shards).filter((x) => x.length);
        walls[name] = { shards, runs: shards.map((units) => runShard(s, units)) };
      }
      if (process.env.SHARD_REAL_DUMP)
        appendFileSync(
          process.env.SHARD_REAL_DUMP,
          JSON.stringify({
            suite: s.name,
            rep,
            load: loadavg()[0],
            overhead: learned.overhead,
            seconds: Object.fromEntries(learned.seconds),
            bound: b && { idle: b.idle.wall, whole: b.whole.wall, solo: b.solo.map((r) => r.wall), longest },
            plans: Object.fromEntries(
              Object.entries(walls).map(([k, v]) => [
                k,
                v.shards.map((units, i) => ({
                  units,
                  wall: v.runs[i].wall,
                  junit: Object.fromEntries(v.runs[i].seconds),
                })),
              ]),
            ),
          }) + '\n',
        );
      const bound = b as BoundRun;
      bounds.push(bound);
      for (const [name, { shards, runs }] of Object.entries(walls)) {
        if (name === OURS) {
          ours.push(runs.map((r) => r.wall));
          const slowest = Math.max(...runs.map((x) => x.wall));
          const j = runs.findIndex((r) => r.wall === slowest);
          slowestIs.push(
            shards[j].length === 1 && longest.includes(shards[j][0])
              ? `${shards[j][0]} alone (run alone for the bound too)`
              : `shard ${j + 1} (${shards[j].length} units)`,
          );
        }
        for (const r of runs)
          for (const [u, w] of r.unitWalls) {
            (unitRest.get(u) ?? unitRest.set(u, []).get(u))?.push(w - (r.seconds.get(u) ?? 0));
            (unitRestPrev.get(u) ?? unitRestPrev.set(u, []).get(u))?.push(w - (r.previous.get(u) ?? 0));
          }
        for (const m of ['wall', 'cpu'] as const)
          ((ratios[name] ??= { wall: [], cpu: [] })[m] as number[]).push(
            Math.max(...runs.map((r) => r[m])) / lowerBound(bound, m, s.shards),
          );
        const sum = runs.reduce((a, r) => a + r.wall, 0);
        merged.push((sum - (runs.length - 1) * bound.idle.wall) / bound.whole.wall);
        longest.forEach((u, i) => {
          const j = shards.findIndex((x) => x.includes(u));
          aloneOverShard.push(bound.solo[i].wall / runs[j].wall);
        });
      }
    }
    for (const [name, r] of Object.entries(ratios)) {
      const isOurs = name === OURS;
      rows.push({
        metric: `${s.name}, ${s.shards} shards — ${name}: realised slowest shard / realised lower bound (wall), median of ${REPS}`,
        value: round(median(r.wall), 3),
        unit: '×',
        goal: isOurs ? '≤ 1.05' : undefined,
        pass: isOurs ? median(r.wall) <= 1.05 : undefined,
        note: `p90 ${round(p90(r.wall), 3)}; by CPU time median ${round(median(r.cpu), 3)}, p90 ${round(p90(r.cpu), 3)}`,
      });
    }
    const o = learned.overhead;
    const own = Object.entries(o?.files ?? {}).sort(([, a], [, b]) => b - a);
    // Noise: each shard's median wall over the rounds (the same plan every round) against the median bound.
    const med = ours[0].map((_, i) => median(ours.map((r) => r[i])));
    const slowest = ours.map((r) => Math.max(...r));
    const wallBounds = bounds.map((b) => lowerBound(b, 'wall', s.shards));
    const denoised = Math.max(...med) / median(wallBounds);
    const which = bounds.map((b) =>
      Math.max(...b.solo.map((r) => r.wall)) >= b.idle.wall + (b.whole.wall - b.idle.wall) / s.shards
        ? 'alone'
        : 'mean',
    );
    // What the plan predicted for each of its shards against what they realised (median over the rounds).
    const plan = algos[OURS](s.shards).filter((x) => x.length);
    const predicted = plan.map((units) => (o?.perShard ?? 0) + units.reduce((a, f) => a + planned(learned, f), 0));
    const predVsReal = predicted.map((p, i) => `${round(p, 2)}→${round(med[i], 2)}`).join(', ');
    // Per unit: the fixed cost learned against the one measured (its own wall less its JUnit, median over every run).
    const unitNote =
      unitCosts('per unit, the fixed cost', o, unitRest) +
      (learned.previous ? unitCosts('with the previous reading', learned.previous.overhead, unitRestPrev) : '');
    const imbalance = ours.map((r) => Math.max(...r) / (r.reduce((a, b) => a + b, 0) / r.length));
    const meanOverBound = ours.map((r, i) => r.reduce((a, b) => a + b, 0) / r.length / wallBounds[i]);
    notes.push(
      `${s.name}: shipline's shards predicted→realised (median) ${predVsReal} s; ${unitNote}` +
        `per round, shipline's slowest shard ${slowestIs.join(', ')}; its slowest / its mean shard ${ours.map((_, i) => round(imbalance[i], 3)).join(', ')} and its mean shard / the bound ${meanOverBound.map((x) => round(x, 3)).join(', ')}; ` +
        `learned ${o ? `${o.perFile} s per file, ${o.perShard} s per shard, ${own.length} file(s) with their own cost${own.length ? ` (most: ${own[0][0]} ${own[0][1]} s)` : ''}` : 'no fixed cost'}; ` +
        `uniform model ${learned.uniform?.perFile ?? 0} s per file; run alone for the bound: ${longest.join(', ')}; ` +
        `over the rounds S (no test) ${spread(bounds.map((b) => b.idle.wall))}, T(all) ${spread(bounds.map((b) => b.whole.wall))}, ` +
        `bound ${spread(wallBounds)} (set by ${which.join(', ')}); premises: (Σ shard walls − (k−1)·S) / T(all) min ${round(Math.min(...merged), 3)}, median ${round(median(merged), 3)} (≥ 1 expected), ` +
        `unit alone / its shard max ${round(Math.max(...aloneOverShard), 3)} (≤ 1 expected); ` +
        `shipline's plan across rounds: slowest shard ${round(Math.min(...slowest), 2)}–${round(Math.max(...slowest), 2)} s, its shards' median walls / median bound ${round(denoised, 3)}; ` +
        `${round((performance.now() - ts) / 60000, 1)} min`,
    );
  }
  if (missing.length) notes.push(`not run (absent): ${missing.join('; ')}`);
  return {
    name: 'shard-real: plans run for real on real suites',
    description:
      `Each plan's shards run one after another as separate runners would run them (pytest: one process a shard; Go: the Go template's loop, one gotestsum per package), in rounds of rotating order (${list.map((s) => `${repsOf(s)} for ${s.name}`).join(', ')}). ` +
      `Realised lower bound, measured each round in the same rotation and the same for every plan: max(the ${ALONE} longest units (by what was learned) each run alone, S + (T(all) − S) ÷ shards), ` +
      `T(all) = one shard holding every unit, S = a shard running no test (pytest on the conftest alone; the Go loop with no package). No plan beats it: a shard does at least what each of its units does alone, and one process running two shards' tests saves at least one start-up S, so the shards' walls sum to at least T(all) + (shards − 1)·S. ` +
      `Timings come from ${LEARN} earlier runs (one hash-sliced, the rest by shipline’s plan), ` +
      `as the pipeline learns them. Load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end (2 cores shared with other sessions); ${round((performance.now() - t0) / 60000, 1)} min in all. ` +
      notes.join('. ') +
      '.',
    rows,
  };
}
