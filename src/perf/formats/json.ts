// JSON benchmark reports. Every parser returns seconds per operation (lower is better), one or
// more observations per benchmark, and ignores entries it cannot read rather than guessing.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Both clocks of one run: wall (elapsed) and CPU (user + system) seconds per op, where the tool has each. */
export interface Measures {
  wall: Map<string, number[]>;
  cpu: Map<string, number[]>;
}

export const noMeasures = (): Measures => ({ wall: new Map(), cpu: new Map() });

export function add(out: Map<string, number[]>, name: string, seconds: number | undefined): void {
  if (seconds === undefined || !(seconds >= 0)) return;
  const list = out.get(name) ?? [];
  list.push(seconds);
  out.set(name, list);
}

/** Python clocks that count the process's or thread's CPU time rather than elapsed time. */
const CPU_TIMERS = /(^|\.)(process_time|thread_time)(_ns)?$/;

/**
 * pytest-benchmark `--benchmark-json`: `benchmarks[].{fullname, stats.median}` in seconds, by
 * the clock in `options.timer`: `perf_counter` (the default) is wall time; a run with
 * `--benchmark-timer=time.process_time` measured CPU time, and is filed as such.
 */
export function parsePytestBenchmark(doc: unknown): Measures {
  const out = noMeasures();
  const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
  for (const b of list) {
    if (!isObj(b) || !isObj(b.stats)) continue;
    const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
    const timer = isObj(b.options) && typeof b.options.timer === 'string' ? b.options.timer : '';
    if (name) add(CPU_TIMERS.test(timer) ? out.cpu : out.wall, name, num(b.stats.median) ?? num(b.stats.mean));
  }
  return out;
}

const UNIT: Record<string, number> = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };

/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out`: `benchmarks[]` with
 * `real_time` (wall) and `cpu_time` (the benchmark thread's CPU) in `time_unit`. Aggregates
 * (mean, median, stddev of --benchmark_repetitions) are skipped: the repetitions themselves are
 * the observations.
 */
export function parseGoogleBenchmark(doc: unknown): Measures {
  const out = noMeasures();
  const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
  for (const b of list) {
    if (!isObj(b) || b.run_type === 'aggregate' || b.error_occurred === true) continue;
    const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
    const unit = UNIT[typeof b.time_unit === 'string' ? b.time_unit : 'ns'];
    if (!name || !unit) continue;
    const wall = num(b.real_time);
    const cpu = num(b.cpu_time);
    if (wall !== undefined) add(out.wall, name, wall * unit);
    if (cpu !== undefined) add(out.cpu, name, cpu * unit);
  }
  return out;
}

/**
 * hyperfine `--export-json`: `results[].{command, median}` wall seconds, and `user` + `system`
 * (the mean CPU seconds of the command's runs, from rusage) as its CPU time.
 */
export function parseHyperfine(doc: unknown): Measures {
  const out = noMeasures();
  const list = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
  for (const r of list) {
    if (!isObj(r) || typeof r.command !== 'string') continue;
    add(out.wall, r.command, num(r.median) ?? num(r.mean));
    const user = num(r.user);
    const system = num(r.system);
    if (user !== undefined && system !== undefined) add(out.cpu, r.command, user + system);
  }
  return out;
}

/** A tinybench task or vitest benchmark: latency in milliseconds, median preferred. */
function tinyLatencyMs(t: Obj): number | undefined {
  const res = isObj(t.result) ? t.result : t;
  if (isObj(res.latency)) return num(res.latency.p50) ?? num(res.latency.mean);
  return num(res.median) ?? num(res.p50) ?? num(res.mean);
}

/** `bench.table()` rows: `"Latency med (ns)": "962.00 ± 20.00"` (tinybench 3+) or `Average Time (ns)` (2). */
function tableLatencySeconds(row: Obj): number | undefined {
  for (const [key, scale] of [
    ['Latency med (ns)', 1e-9],
    ['Latency avg (ns)', 1e-9],
    ['Average Time (ns)', 1e-9],
  ] as const) {
    const v = row[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v) : NaN;
    if (Number.isFinite(n)) return n * scale;
  }
  return undefined;
}

/**
 * tinybench results: `JSON.stringify(bench.table())`, an array of `{ name, result }` tasks
 * (tinybench 2 to 6), or the report of `vitest bench --outputJson` (files → groups → benchmarks).
 */
export function parseTinybench(doc: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  if (isObj(doc) && Array.isArray(doc.files)) {
    for (const f of doc.files) {
      const groups = isObj(f) && Array.isArray(f.groups) ? f.groups : [];
      for (const g of groups) {
        if (!isObj(g) || !Array.isArray(g.benchmarks)) continue;
        const prefix = typeof g.fullName === 'string' && g.fullName ? `${g.fullName} > ` : '';
        for (const b of g.benchmarks)
          if (isObj(b) && typeof b.name === 'string') {
            const ms = tinyLatencyMs(b);
            add(out, prefix + b.name, ms === undefined ? undefined : ms / 1000);
          }
      }
    }
    return out;
  }
  const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.tasks) ? doc.tasks : [];
  for (const t of list) {
    if (!isObj(t)) continue;
    if (typeof t['Task name'] === 'string') {
      add(out, t['Task name'], tableLatencySeconds(t));
      continue;
    }
    if (typeof t.name !== 'string') continue;
    const ms = tinyLatencyMs(t);
    add(out, t.name, ms === undefined ? undefined : ms / 1000);
  }
  return out;
}
