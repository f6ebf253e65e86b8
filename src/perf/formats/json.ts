// JSON benchmark reports. Every parser returns seconds per operation (lower is better), one or
// more observations per benchmark, and ignores entries it cannot read rather than guessing.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function add(out: Map<string, number[]>, name: string, seconds: number | undefined): void {
  if (seconds === undefined || !(seconds >= 0)) return;
  const list = out.get(name) ?? [];
  list.push(seconds);
  out.set(name, list);
}

/** pytest-benchmark `--benchmark-json`: `benchmarks[].{fullname, stats.median}` in seconds. */
export function parsePytestBenchmark(doc: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
  for (const b of list) {
    if (!isObj(b) || !isObj(b.stats)) continue;
    const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
    if (name) add(out, name, num(b.stats.median) ?? num(b.stats.mean));
  }
  return out;
}

const UNIT: Record<string, number> = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };

/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out`: `benchmarks[]` with
 * `real_time` in `time_unit`. Aggregates (mean, median, stddev of --benchmark_repetitions) are
 * skipped: the repetitions themselves are the observations.
 */
export function parseGoogleBenchmark(doc: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
  for (const b of list) {
    if (!isObj(b) || b.run_type === 'aggregate' || b.error_occurred === true) continue;
    const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
    const unit = UNIT[typeof b.time_unit === 'string' ? b.time_unit : 'ns'];
    const t = num(b.real_time);
    if (name && unit && t !== undefined) add(out, name, t * unit);
  }
  return out;
}

/** hyperfine `--export-json`: `results[].{command, median, times}` in seconds. */
export function parseHyperfine(doc: unknown): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const list = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
  for (const r of list) {
    if (!isObj(r) || typeof r.command !== 'string') continue;
    add(out, r.command, num(r.median) ?? num(r.mean));
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
