import { TestRepo } from '../helpers/git.js';

/**
 * A benchmark program that prints go-format results: each benchmark's ns/op is its cost from
 * costs.json times a little deterministic noise per run (seeded by a counter file), so a test
 * can put a 30% slowdown in one benchmark of head and nothing else.
 */
const BENCH = `import { readFileSync, writeFileSync, existsSync } from 'node:fs';
const costs = JSON.parse(readFileSync('costs.json', 'utf8'));
if (costs.fail) { console.error('panic: ' + costs.fail); process.exit(2); }
if (costs.silent) { console.log('ok  	example.com/x	0.01s'); process.exit(0); }
const f = process.env.RUNNER_TEMP + '/count-' + process.env.SHIPLINE_PERF_SIDE;
const n = existsSync(f) ? Number(readFileSync(f, 'utf8')) + 1 : 0;
writeFileSync(f, String(n));
let x = (n + 1) * 2654435761 % 4294967296;
const noise = () => { x = (x * 1103515245 + 12345) % 2147483648; return 1 + (x / 2147483648 - 0.5) * 0.02; };
console.log('goos: linux\\npkg: example.com/x');
for (const [name, ns] of Object.entries(costs)) console.log(name + '-2   1000   ' + (ns * noise()).toFixed(1) + ' ns/op');
console.log('PASS');
`;

export function repo(baseCosts: object, headCosts: object): { r: TestRepo; base: string } {
  const r = new TestRepo();
  r.write('bench.mjs', BENCH).write('costs.json', JSON.stringify(baseCosts));
  const base = r.commit('base');
  r.write('costs.json', JSON.stringify(headCosts));
  r.commit('head');
  return { r, base };
}
