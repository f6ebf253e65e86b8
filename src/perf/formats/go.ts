import { add, noMeasures, type Measures } from './json.js';

/** The unit of a CPU time a benchmark reports itself: `b.ReportMetric(cpuNs/float64(b.N), "cpu-ns/op")`. */
export const GO_CPU_UNIT = 'cpu-ns/op';

/**
 * `go test -bench` text output (also with -count, -benchmem, several packages). Each result line is
 * `BenchmarkName-P <iterations> <value> ns/op [<value> <unit>]...`; the -P GOMAXPROCS suffix is
 * dropped, and names are qualified by package when the output covers more than one.
 * Repeated lines (-count) are kept as separate observations. `ns/op` is wall time; Go prints no
 * CPU time, so a benchmark that reports one itself under the unit `cpu-ns/op` gives the CPU clock.
 */
export function parseGo(text: string): Measures {
  const rows: Array<{ pkg: string; name: string; ns: number; cpu: boolean }> = [];
  let pkg = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const p = /^pkg:\s+(\S+)/.exec(line);
    if (p) {
      pkg = p[1];
      continue;
    }
    const m = /^(Benchmark\S*?)(?:-\d+)?\s+\d+\s+(.*)$/.exec(line);
    if (!m) continue;
    const fields = m[2].trim().split(/\s+/);
    for (let i = 0; i + 1 < fields.length; i += 2) {
      if (fields[i + 1] !== 'ns/op' && fields[i + 1] !== GO_CPU_UNIT) continue;
      const ns = Number(fields[i]);
      if (Number.isFinite(ns)) rows.push({ pkg, name: m[1], ns, cpu: fields[i + 1] === GO_CPU_UNIT });
    }
  }
  const pkgs = new Set(rows.map((r) => r.pkg));
  const out = noMeasures();
  for (const r of rows)
    add(r.cpu ? out.cpu : out.wall, pkgs.size > 1 && r.pkg ? `${r.pkg}.${r.name}` : r.name, r.ns / 1e9);
  return out;
}
