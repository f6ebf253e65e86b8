// Performance gate figures: real suites (Go, pytest-benchmark, Google Benchmark), real injected
// slowdowns, stress-ng load mid-run; the same recorded measurements judged by shipline's gate,
// by github-action-benchmark's rule and by a t-test on stored history. `npx tsx bench/run.ts perf`
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { judge, settled } from '../src/perf/judge.js';
import { median, normalQuantile, rng } from '../src/perf/stats.js';
import type { Round } from '../src/perf/types.js';
import { round, type BenchReport, type BenchRow } from './lib.js';
import { buildSuites, LENGTHS, type Clocks, type Suite } from './perf/suites.js';

const RECORD_ROUNDS = Number(process.env.PERF_BENCH_ROUNDS ?? 24);
const GATE_ROUNDS = 12; // the gate's default `rounds`
const GATE_RUNS = 300; // gate runs resampled from the recorded rounds
const ALL10 = ['go:BenchmarkTarget10', 'pytest-benchmark:test_suite.py::test_target10', 'google-benchmark:BM_Target10'];
const ALL5 = ['go:BenchmarkTarget5', 'pytest-benchmark:test_suite.py::test_target5', 'google-benchmark:BM_Target5'];
// The targets the clock being judged has (pytest-benchmark runs give CPU time only).
let TARGETS10 = ALL10;
let TARGETS5 = ALL5;

type Variant = 'A' | 'B' | 'S';
type Run = Map<string, number>;
type Clock = 'wall' | 'cpu';

/** Wall ms and children's CPU ms of each suite's short runs, for the time-budget figure. */
const shortMs = new Map<string, number[]>();
const shortCpuMs = new Map<string, number[]>();

/** CPU ms (user + system) of this process's waited-for children so far, from /proc (10 ms ticks). */
export function childCpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(f[13]) + Number(f[14])) * 1000) / 100; // cutime, cstime (fields 16, 17)
}

/** One suite's run, its names qualified by the suite, its wall and children's CPU ms kept. */
function runSuite(s: Suite, slow: boolean, into: Clocks): number {
  const t = performance.now();
  const c = childCpuMs();
  const got = s.run(slow);
  for (const clock of ['wall', 'cpu'] as const) for (const [k, v] of got[clock]) into[clock].set(`${s.name}:${k}`, v);
  const ms = performance.now() - t;
  shortMs.set(s.name, [...(shortMs.get(s.name) ?? []), ms]);
  shortCpuMs.set(s.name, [...(shortCpuMs.get(s.name) ?? []), childCpuMs() - c]);
  return ms;
}

/** Student t quantile by the Cornish–Fisher expansion (ample for df >= 5). */
function tQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2);
}

interface Rates {
  alarm: number;
  detect10: number;
  detect5: number;
}

/** github-action-benchmark: the current run against the last stored run, alert at ratio >= limit. */
function lastRunRule(rec: Record<Variant, Run>[], limit: number): Rates {
  let alarms = 0;
  let d10 = 0;
  let d5 = 0;
  let n = 0;
  for (let i = 1; i < rec.length; i++) {
    const prev = rec[i - 1].A;
    const over = (cur: Run, name: string) => (cur.get(name) ?? 0) / (prev.get(name) ?? Infinity) >= limit;
    alarms += [...rec[i].B.keys()].some((k) => over(rec[i].B, k)) ? 1 : 0;
    d10 += TARGETS10.filter((t) => over(rec[i].S, t)).length / TARGETS10.length;
    d5 += TARGETS5.filter((t) => over(rec[i].S, t)).length / TARGETS5.length;
    n++;
  }
  return { alarm: alarms / n, detect10: d10 / n, detect5: d5 / n };
}

/** Bencher-style t-test: alert when the run exceeds the 99% upper boundary of the last 10–20 runs. */
function tTestRule(rec: Record<Variant, Run>[]): Rates {
  let alarms = 0;
  let d10 = 0;
  let d5 = 0;
  let n = 0;
  for (let i = 10; i < rec.length; i++) {
    const hist = rec.slice(Math.max(0, i - 20), i).map((r) => r.A);
    const over = (cur: Run, name: string) => {
      const xs = hist.map((h) => h.get(name)!).filter((x) => x !== undefined);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
      return (cur.get(name) ?? 0) > mean + tQuantile(0.99, xs.length - 1) * sd;
    };
    alarms += [...rec[i].B.keys()].some((k) => over(rec[i].B, k)) ? 1 : 0;
    d10 += TARGETS10.filter((t) => over(rec[i].S, t)).length / TARGETS10.length;
    d5 += TARGETS5.filter((t) => over(rec[i].S, t)).length / TARGETS5.length;
    n++;
  }
  return { alarm: alarms / n, detect10: d10 / n, detect5: d5 / n };
}

/**
 * The gate as it runs: rounds one by one, stopping early once every benchmark is settled
 * (src/perf/rounds.ts), else at GATE_ROUNDS. Returns the last judgement and the rounds it used.
 */
function gateRun(rounds: Round[], settings: Parameters<typeof judge>[1]) {
  for (let k = 2; ; k++) {
    const j = judge(rounds.slice(0, k), settings);
    if (k >= rounds.length || settled(j)) return { j, used: k };
  }
}

/** shipline's gate on resampled sets of GATE_ROUNDS paired rounds. */
function gateRule(rec: Record<Variant, Run>[], threshold: number): Rates & { mdc: number; used: number } {
  const random = rng(7);
  const settings = { threshold, overrides: [], alpha: 0.05, correction: 'holm' as const };
  let alarms = 0;
  let d10 = 0;
  let d5 = 0;
  let used = 0;
  const mdc: number[] = [];
  for (let g = 0; g < GATE_RUNS; g++) {
    const idx = rec
      .map((_, i) => i)
      .sort(() => random() - 0.5)
      .slice(0, GATE_ROUNDS);
    const rounds = (head: Variant): Round[] =>
      idx.map((i, k) => ({ index: k + 1, order: ['base', 'head'], base: rec[i].A, head: rec[i][head] }));
    const aa = gateRun(rounds('B'), settings);
    used += aa.used;
    alarms += aa.j.benchmarks.some((b) => b.status === 'regression') ? 1 : 0;
    if (g === 0) mdc.push(...judge(rounds('B'), settings).benchmarks.map((b) => b.minDetectable));
    const flagged = new Set(
      gateRun(rounds('S'), settings)
        .j.benchmarks.filter((b) => b.status === 'regression')
        .map((b) => b.name),
    );
    d10 += TARGETS10.filter((t) => flagged.has(t)).length / TARGETS10.length;
    d5 += TARGETS5.filter((t) => flagged.has(t)).length / TARGETS5.length;
  }
  return {
    alarm: alarms / GATE_RUNS,
    detect10: d10 / GATE_RUNS,
    detect5: d5 / GATE_RUNS,
    mdc: median(mdc),
    used: used / GATE_RUNS,
  };
}

/**
 * Not a measurement: the same judge on simulated rounds with a known per-run noise (log-normal,
 * sd sigma, plus a load shared by both sides of a round), 64 benchmarks, 12 rounds, one 10% and
 * one 5% slowdown. It says how quiet a machine must be for the gate to meet its goals.
 */
function simulated(sigma: number, runs = 200): Rates {
  const random = rng(99);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const names = Array.from({ length: 64 }, (_, i) => `b${i}`);
  let alarms = 0;
  let d10 = 0;
  let d5 = 0;
  for (let g = 0; g < runs; g++) {
    const mk = (slow: Record<string, number>): Round[] =>
      Array.from({ length: GATE_ROUNDS }, (_, i) => {
        const base = new Map<string, number>();
        const head = new Map<string, number>();
        for (const n of names) {
          const load = Math.exp(gauss() * sigma * 3);
          base.set(n, load * Math.exp(gauss() * sigma));
          head.set(n, load * (1 + (slow[n] ?? 0)) * Math.exp(gauss() * sigma));
        }
        return { index: i + 1, order: ['base', 'head'], base, head };
      });
    const settings = { threshold: 0.05, overrides: [], alpha: 0.05, correction: 'holm' as const };
    alarms += judge(mk({}), settings).benchmarks.some((b) => b.status === 'regression') ? 1 : 0;
    const flagged = new Set(
      judge(mk({ b1: 0.1 }), settings)
        .benchmarks.filter((b) => b.status === 'regression')
        .map((b) => b.name),
    );
    d10 += flagged.has('b1') ? 1 : 0;
    const flagged5 = new Set(
      judge(mk({ b2: 0.05 }), { ...settings, threshold: 0.02 })
        .benchmarks.filter((b) => b.status === 'regression')
        .map((b) => b.name),
    );
    d5 += flagged5.has('b2') ? 1 : 0;
  }
  return { alarm: alarms / runs, detect10: d10 / runs, detect5: d5 / runs };
}

const pct = (x: number) => round(x * 100, 1);

const lengthsText = () =>
  `go test -benchtime ${LENGTHS.goBenchtime}, Google Benchmark --benchmark_min_time=${LENGTHS.ccMinTime}, ` +
  `pytest-benchmark --benchmark-max-time=${LENGTHS.pyMaxTime}`;

type Stored = Record<string, number> | { wall: Record<string, number>; cpu: Record<string, number> };

interface Recording {
  rec: Record<Variant, Stored>[];
  pairMs: number[];
  plain: Record<string, number>;
  shortMs: Record<string, number[]>;
  /** Children's CPU ms of the plain runs and the short runs (absent in older recordings). */
  plainCpu?: Record<string, number>;
  shortCpuMs?: Record<string, number[]>;
  /** 1-minute load average at the start of each round. */
  load?: number[];
}

/** One clock of a stored run (older recordings stored wall time only, flat). */
function clockOf(r: Stored, clock: Clock): Run {
  if ('wall' in r && typeof r.wall === 'object') return new Map(Object.entries(r[clock]));
  return clock === 'wall' ? new Map(Object.entries(r as Record<string, number>)) : new Map();
}

/** Record ROUNDS rounds of the three suites (A, B, S in a random order), load mid-run. */
function record(): Recording {
  const suites = buildSuites(join(tmpdir(), `shipline-perf-bench-${process.pid}`));
  const plainCpu: Record<string, number> = {};
  const plain = new Map(
    suites.map((s) => {
      const c = childCpuMs();
      const ms = s.plainMs();
      plainCpu[s.name] = childCpuMs() - c;
      return [s.name, ms];
    }),
  );
  const random = rng(20261129);
  const rec: Record<Variant, Clocks>[] = [];
  const pairMs: number[] = [];
  const load: number[] = [];
  const loadFrom = Math.floor(RECORD_ROUNDS / 3);
  const loadTo = Math.floor((2 * RECORD_ROUNDS) / 3);
  let stress: ReturnType<typeof spawn> | undefined;
  try {
    for (let i = 0; i < RECORD_ROUNDS; i++) {
      if (i === loadFrom)
        stress = spawn('stress-ng', ['--cpu', '1', '--timeout', '900s', '--quiet'], { stdio: 'ignore' });
      if (i === loadTo && stress?.pid) stress.kill('SIGTERM');
      load.push(loadavg()[0]);
      // Suite by suite, the three variants back to back in a random order: a benchmark's base
      // and head runs are one suite run apart, as in the gate (which runs one suite).
      const got = {} as Record<Variant, Clocks>;
      for (const v of ['A', 'B', 'S'] as Variant[]) got[v] = { wall: new Map(), cpu: new Map() };
      let pair = 0;
      for (const s of suites) {
        const order = (['A', 'B', 'S'] as Variant[]).sort(() => random() - 0.5);
        for (const v of order) {
          const ms = runSuite(s, v === 'S', got[v]);
          if (v !== 'S') pair += ms;
        }
      }
      pairMs.push(pair);
      rec.push(got);
    }
  } finally {
    if (stress && stress.exitCode === null) stress.kill('SIGTERM');
  }
  const store = (c: Clocks) => ({ wall: Object.fromEntries(c.wall), cpu: Object.fromEntries(c.cpu) });
  return {
    rec: rec.map((r) => ({ A: store(r.A), B: store(r.B), S: store(r.S) })),
    pairMs,
    plain: Object.fromEntries(plain),
    shortMs: Object.fromEntries(shortMs),
    plainCpu,
    shortCpuMs: Object.fromEntries(shortCpuMs),
    load,
  };
}

/** Spread of the A/A log-ratios per benchmark (IQR, %), median over benchmarks: the machine's noise. */
function noise(rec: Record<Variant, Run>[]): number {
  const iqr = [...rec[0].A.keys()].map((k) => {
    const d = rec.map((r) => Math.log(r.B.get(k)! / r.A.get(k)!)).sort((a, b) => a - b);
    return d[Math.floor(d.length * 0.75)] - d[Math.floor(d.length * 0.25)];
  });
  return median(iqr);
}

/** The gate's figures and the peers' on one clock of the recording. */
function clockRows(data: Recording, clock: Clock): BenchRow[] {
  const rec = data.rec.map((r) => ({ A: clockOf(r.A, clock), B: clockOf(r.B, clock), S: clockOf(r.S, clock) }));
  if (!rec.length || rec[0].A.size === 0) return [];
  TARGETS10 = ALL10.filter((t) => rec[0].S.has(t));
  TARGETS5 = ALL5.filter((t) => rec[0].S.has(t));
  const tag = clock === 'cpu' ? 'CPU time (metric auto)' : 'wall time (metric wall)';
  const m = rec[0].A.size;
  const ours5 = gateRule(rec, 0.05);
  const ours2 = gateRule(rec, 0.02);
  const rows: BenchRow[] = [
    {
      metric: `${tag}: benchmarks judged`,
      value: m,
      unit: '',
      note: `targets: ${TARGETS10.length} at 10%, ${TARGETS5.length} at 5%`,
    },
    { metric: `${tag}: machine noise, median IQR of the A/A log-ratios`, value: pct(noise(rec)), unit: '%' },
    {
      metric: `${tag}: shipline A/A, suite runs with any alarm (threshold 5%)`,
      value: pct(ours5.alarm),
      unit: '%',
      goal: '≤ 1',
      pass: ours5.alarm <= 0.01,
    },
    {
      metric: `${tag}: shipline A/A, rounds the gate ran (of ${GATE_ROUNDS}; it stops once every benchmark is settled)`,
      value: round(ours5.used, 1),
      unit: '',
    },
    {
      metric: `${tag}: shipline, 10% slowdown caught (threshold 5%)`,
      value: pct(ours5.detect10),
      unit: '%',
      goal: '≥ 95',
      pass: ours5.detect10 >= 0.95,
    },
    {
      metric: `${tag}: shipline, 5% slowdown caught (threshold 5%: at the margin, ≤ 50% by design)`,
      value: pct(ours5.detect5),
      unit: '%',
    },
    {
      metric: `${tag}: shipline A/A, suite runs with any alarm (threshold 2%)`,
      value: pct(ours2.alarm),
      unit: '%',
      goal: '≤ 1',
      pass: ours2.alarm <= 0.01,
    },
    {
      metric: `${tag}: shipline, 5% slowdown caught (threshold 2%)`,
      value: pct(ours2.detect5),
      unit: '%',
      goal: '≥ 80',
      pass: ours2.detect5 >= 0.8,
    },
    {
      metric: `${tag}: shipline, median minimum detectable change (80% power, threshold 5%)`,
      value: pct(ours5.mdc),
      unit: '%',
    },
  ];
  for (const [name, r] of [
    ['github-action-benchmark 150%', lastRunRule(rec, 1.5)],
    ['github-action-benchmark 200%', lastRunRule(rec, 2.0)],
    ['t-test on history (99%)', tTestRule(rec)],
  ] as const) {
    rows.push({ metric: `${tag}: ${name}, A/A suite runs with any alarm`, value: pct(r.alarm), unit: '%' });
    rows.push({ metric: `${tag}: ${name}, 10% slowdown caught`, value: pct(r.detect10), unit: '%' });
    rows.push({ metric: `${tag}: ${name}, 5% slowdown caught`, value: pct(r.detect5), unit: '%' });
  }
  return rows;
}

export async function bench(): Promise<BenchReport> {
  // PERF_BENCH_REPLAY=<file> re-judges a recording instead of measuring again.
  const replay = process.env.PERF_BENCH_REPLAY;
  const data: Recording = replay ? (JSON.parse(readFileSync(replay, 'utf8')) as Recording) : record();
  const saved = join(tmpdir(), `shipline-perf-bench-${Date.now()}.json`);
  if (!replay) writeFileSync(saved, JSON.stringify(data));
  const { pairMs } = data;
  const plain = new Map(Object.entries(data.plain));
  const plainMs = [...plain.values()].reduce((a, b) => a + b, 0);
  const suiteNames = Object.keys(data.shortMs);
  const ROUNDS = data.rec.length;
  const loadFrom = Math.floor(ROUNDS / 3);
  const loadTo = Math.floor((2 * ROUNDS) / 3);
  const gateMs = median(pairMs) * GATE_ROUNDS;
  // Gate time on each clock: 2 runs per round (base, head) of each suite's short run.
  const ratio = (short: Record<string, number[]>, plainOf: Record<string, number>) => {
    const gate = suiteNames.reduce((a, n) => a + 2 * GATE_ROUNDS * median(short[n]), 0);
    const full = suiteNames.reduce((a, n) => a + plainOf[n], 0);
    const per = suiteNames.map((n) => `${n} ${round((2 * GATE_ROUNDS * median(short[n])) / plainOf[n])}×`).join(', ');
    return { value: round(gate / full), per };
  };
  const cpuRatio = data.shortCpuMs && data.plainCpu ? ratio(data.shortCpuMs, data.plainCpu) : undefined;
  const wallRatio = ratio(data.shortMs, data.plain);
  const rows: BenchRow[] = [
    {
      metric: 'benchmarks in the suite (go + pytest-benchmark + google-benchmark)',
      value: clockOf(data.rec[0].A, 'cpu').size || clockOf(data.rec[0].A, 'wall').size,
      unit: '',
      goal: '≥ 50',
      pass: (clockOf(data.rec[0].A, 'cpu').size || clockOf(data.rec[0].A, 'wall').size) >= 50,
    },
    {
      metric: `gate time, wall clock (${GATE_ROUNDS} rounds, both sides) / one plain run (${LENGTHS.plainReps} repetitions)`,
      value: round(gateMs / plainMs),
      unit: '×',
      goal: '≈ 2.5',
      pass: gateMs / plainMs <= 3,
      note: `per suite: ${wallRatio.per}`,
    },
  ];
  if (cpuRatio)
    rows.push({
      metric: `gate time, CPU of the benchmark processes (${GATE_ROUNDS} rounds, both sides) / one plain run`,
      value: cpuRatio.value,
      unit: '×',
      goal: '≈ 2.5',
      pass: cpuRatio.value <= 3,
      note: `per suite: ${cpuRatio.per}`,
    });
  rows.push(...clockRows(data, 'cpu'), ...clockRows(data, 'wall'));
  for (const sigma of [0.01, 0.02]) {
    const r = simulated(sigma);
    const tag = `simulated, per-run noise ${sigma * 100}% (not measured)`;
    rows.push({
      metric: `shipline ${tag}: A/A alarm`,
      value: pct(r.alarm),
      unit: '%',
      goal: '≤ 1',
      pass: r.alarm <= 0.01,
    });
    rows.push({
      metric: `shipline ${tag}: 10% caught (threshold 5%)`,
      value: pct(r.detect10),
      unit: '%',
      goal: '≥ 95',
      pass: r.detect10 >= 0.95,
    });
    rows.push({
      metric: `shipline ${tag}: 5% caught (threshold 2%)`,
      value: pct(r.detect5),
      unit: '%',
      goal: '≥ 80',
      pass: r.detect5 >= 0.8,
    });
  }
  const load = data.load?.length
    ? `1-minute load average at the rounds' starts: min ${round(Math.min(...data.load))}, median ${round(median(data.load))}, max ${round(Math.max(...data.load))} (2 CPUs). `
    : '';
  return {
    name: 'perf',
    description:
      `${ROUNDS} rounds recorded on this machine (2 CPUs; the load averages below say what else ran), each running each of the three real suites ` +
      `as base (A), an identical base (B) and head with an injected 10%/5% slowdown in two benchmarks per suite (S), back to back in a random order; ` +
      `one run measures each benchmark as a team's CI suite does (${lengthsText()}); one plain run is ${LENGTHS.plainReps} such repetitions in one process, as benchstat advises, ` +
      `so ${GATE_ROUNDS} rounds of one repetition a side cost ${(2 * GATE_ROUNDS) / LENGTHS.plainReps}× a plain run before process start-up; ` +
      `stress-ng --cpu 1 runs during rounds ${loadFrom + 1}–${loadTo}. ${load}` +
      `Each run is read on both clocks where the tool has them (Go: ns/op and the benchmarks' own cpu-ns/op from getrusage; ` +
      `Google Benchmark: real_time and cpu_time; pytest-benchmark runs with --benchmark-timer=time.process_time, so its wall rows are absent). ` +
      `shipline's figures are ${GATE_RUNS} gate runs of ${Math.min(GATE_ROUNDS, ROUNDS)} rounds ` +
      `resampled from those rounds (they overlap, so the rates carry the uncertainty of ${ROUNDS} rounds, not ${GATE_RUNS} runs); ` +
      `github-action-benchmark's rule compares each run with the previous run's base; the t-test uses the last 10–20 base runs. ` +
      (replay ? `Replayed from ${replay}.` : `Recording saved to ${saved} (PERF_BENCH_REPLAY re-judges it).`),
    rows,
  };
}
