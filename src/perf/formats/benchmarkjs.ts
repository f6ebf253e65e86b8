/**
 * benchmark.js results as printed by `String(event.target)` in an `on('cycle')` handler:
 * `name x 1,234,567 ops/sec ±0.55% (90 runs sampled)`. The value kept is seconds per
 * operation (1 / hz), so lower is better as in every other format.
 */
export function parseBenchmarkJs(text: string): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const raw of text.split(/\r?\n/)) {
    const m = /^(.*?) x ([\d,]+(?:\.\d+)?) ops\/sec\b/.exec(raw.trim());
    if (!m) continue;
    const hz = Number(m[2].replace(/,/g, ''));
    if (!(hz > 0)) continue;
    const list = out.get(m[1]) ?? [];
    list.push(1 / hz);
    out.set(m[1], list);
  }
  return out;
}
