/**
 * `go test -bench` text output (also with -count, -benchmem, several packages). Each result line is
 * `BenchmarkName-P <iterations> <value> ns/op [<value> <unit>]...`; the -P GOMAXPROCS suffix is
 * dropped, and names are qualified by package when the output covers more than one.
 * Repeated lines (-count) are kept as separate observations.
 */
export function parseGo(text: string): Map<string, number[]> {
  const rows: Array<{ pkg: string; name: string; ns: number }> = [];
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
      if (fields[i + 1] !== 'ns/op') continue;
      const ns = Number(fields[i]);
      if (Number.isFinite(ns)) rows.push({ pkg, name: m[1], ns });
    }
  }
  const pkgs = new Set(rows.map((r) => r.pkg));
  const out = new Map<string, number[]>();
  for (const r of rows) {
    const key = pkgs.size > 1 && r.pkg ? `${r.pkg}.${r.name}` : r.name;
    const list = out.get(key) ?? [];
    list.push(r.ns / 1e9);
    out.set(key, list);
  }
  return out;
}
