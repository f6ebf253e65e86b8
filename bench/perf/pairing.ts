// How close in time must base and head run for this machine's speed to cancel? A/A probe of the
// perf gate's pairing: the same work measured twice and the spread of log(B/A), for
//   adjacent   20 ms blocks alternating in one process pinned to one CPU;
//   sequential two processes (8 blocks each, median) one after the other on the same CPU;
//   duet       the two processes at once on CPUs 0 and 1 (which side gets which CPU alternates);
//   swapped    two duets with the CPUs swapped, the mean of the two log-ratios;
//   go-suite   the bench's Go suite (50 benchmarks, 50 ms) run whole, twice (the gate's rounds);
//   go-each    the same benchmarks one at a time, the two runs of each back to back.
// `npx tsx bench/perf/pairing.ts [rounds]` (default 20; the Go rows use a quarter of them).
import { spawn, spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMeasures } from '../../src/perf/formats/index.js';
import { median } from '../../src/perf/stats.js';
import { buildSuites } from './suites.js';

const rounds = Number(process.argv[2] ?? 20);

/** CPU ms of one 20 ms-ish block of integer work in this process. */
function block(): number {
  const c = process.cpuUsage();
  let s = 0;
  for (let j = 0; j < 2e7; j++) s += j * j;
  if (s < 0) throw new Error('unreachable');
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
}

if (process.argv[2] === 'child') {
  const xs = Array.from({ length: Number(process.argv[3]) }, block);
  process.stdout.write(String(median(xs)));
  process.exit(0);
}

/** One child process pinned to `cpu`: the median CPU ms of its blocks. */
function child(cpu: number, blocks = 8): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn('taskset', [
      '-c',
      String(cpu),
      process.execPath,
      '--import',
      'tsx',
      import.meta.filename,
      'child',
      String(blocks),
    ]);
    let out = '';
    p.stdout.on('data', (d: Buffer) => (out += d));
    p.on('error', reject);
    p.on('close', () => resolve(Number(out)));
  });
}

const spread = (d: number[]) => {
  const s = [...d].sort((a, b) => a - b);
  const q = (p: number) => s[Math.round((s.length - 1) * p)];
  const mean = d.reduce((a, b) => a + b, 0) / d.length;
  const sd = Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (d.length - 1));
  return { iqr: q(0.75) - q(0.25), sd };
};
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const report = (label: string, d: number[], n = d.length) => {
  const { iqr, sd } = spread(d);
  console.log(
    `${label.padEnd(11)} pairs ${String(n).padStart(4)}  IQR ${pct(iqr).padStart(6)}  SD ${pct(sd).padStart(6)}`,
  );
};

const loads = [loadavg()[0]];
const adjacent: number[] = [];
for (let i = 0; i < rounds * 4; i++) {
  const [a, b] = [block(), block()];
  adjacent.push(Math.log(i % 2 ? a / b : b / a));
}
const sequential: number[] = [];
const duet: number[] = [];
const swapped: number[] = [];
for (let r = 0; r < rounds; r++) {
  const cpu = r % 2;
  const a = await child(cpu);
  sequential.push(Math.log((await child(cpu)) / a));
  const [x, y] = await Promise.all([child(0), child(1)]);
  duet.push(Math.log(r % 2 ? x / y : y / x));
  const [a1, b1] = await Promise.all([child(0), child(1)]);
  const [b2, a2] = await Promise.all([child(0), child(1)]);
  swapped.push((Math.log(a1 / b1) + Math.log(a2 / b2)) / 2);
}
loads.push(loadavg()[0]);

// The Go suite: whole runs against one benchmark at a time.
const dir = join(tmpdir(), `shipline-perf-pairing-${process.pid}`);
buildSuites(dir);
const bin = join(dir, 'go', 'suite.test');
function goRun(filter: string): Map<string, number> {
  const r = spawnSync(bin, ['-test.run', '^$', '-test.bench', filter, '-test.benchtime', '50ms'], {
    cwd: join(dir, 'go'),
    encoding: 'utf8',
  });
  // The gate's own Go parser: cpu-ns/op is the CPU clock the suite's benchmarks report.
  return new Map([...parseMeasures('go', r.stdout).cpu].map(([n, xs]) => [n, median(xs)]));
}
const names = [...goRun('.').keys()];
const whole = new Map<string, number[]>(names.map((n) => [n, []]));
const each = new Map<string, number[]>(names.map((n) => [n, []]));
for (let r = 0; r < Math.max(3, Math.round(rounds / 4)); r++) {
  const [a, b] = [goRun('.'), goRun('.')];
  for (const n of names) whole.get(n)!.push(Math.log(b.get(n)! / a.get(n)!));
  for (const n of names) {
    const [x, y] = [goRun(`^${n}$`), goRun(`^${n}$`)];
    each.get(n)!.push(Math.log(y.get(n)! / x.get(n)!));
  }
}
loads.push(loadavg()[0]);

console.log(`1-minute load average: ${loads.map((l) => l.toFixed(2)).join(' → ')} (${rounds} rounds)`);
report('adjacent', adjacent);
report('sequential', sequential);
report('duet', duet);
report('swapped', swapped);
for (const [label, m] of [
  ['go-suite', whole],
  ['go-each', each],
] as const) {
  // Per benchmark over the rounds, then the median benchmark (CPU clock: cpu-ns/op).
  const s = [...m.values()].map(spread);
  console.log(
    `${label.padEnd(11)} rounds ${String(m.get(names[0])!.length).padStart(3)}  IQR ${pct(median(s.map((x) => x.iqr))).padStart(6)}  SD ${pct(median(s.map((x) => x.sd))).padStart(6)}  (median of ${names.length} benchmarks, CPU)`,
  );
}
