// Noise probe for the perf bench: A/A rounds (the same build run twice, in a random order, back
// to back) for several run lengths and clocks, and the spread of the per-round log-ratios.
// `npx tsx bench/perf/noise.ts [rounds] [suite,...]` (default 6 rounds, all suites). Each config is
// `label=goBenchtime/ccMinTime/pyMaxTime/reps/goClock`; NOISE_CONFIGS overrides the list (';'-separated).
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, rng } from '../../src/perf/stats.js';
import { buildSuites, type Clocks, type GoClock, type Lengths, type Suite } from './suites.js';

const rounds = Number(process.argv[2] ?? 6);
const only = process.argv[3]?.split(',');
const DEFAULT =
  'go3ms=3ms/0.003/0.002/1/rusage;go3ms-proc=3ms/0.003/0.002/1/process;go50ms=50ms/0.05/0.05/1/rusage;' +
  'go50ms-proc=50ms/0.05/0.05/1/process;go17msx3-proc=17ms/0.017/0.017/3/process;go100ms-proc=100ms/0.1/0.1/1/process';

interface Config {
  label: string;
  lengths: Lengths;
  suites: Suite[];
}

const configs: Config[] = (process.env.NOISE_CONFIGS ?? DEFAULT).split(';').map((spec, i) => {
  const [label, rest] = spec.split('=');
  const [go, cc, py, reps, clock] = rest.split('/');
  const lengths: Lengths = {
    goBenchtime: go,
    ccMinTime: Number(cc),
    pyMaxTime: Number(py),
    reps: Number(reps),
    plainReps: 10,
    goClock: clock as GoClock,
  };
  const suites = buildSuites(join(tmpdir(), `shipline-perf-noise-${process.pid}-${i}`), lengths).filter(
    (s) => !only || only.includes(s.name),
  );
  return { label, lengths, suites };
});

type Pair = { a: Clocks; b: Clocks; ms: number };
const got = new Map<string, Pair[]>();
const random = rng(Date.now() & 0xffff);
const loads: number[] = [];
for (let r = 0; r < rounds; r++) {
  loads.push(loadavg()[0]);
  for (const c of [...configs].sort(() => random() - 0.5)) {
    const t = performance.now();
    const run = () => {
      const out: Clocks = { wall: new Map(), cpu: new Map() };
      for (const s of c.suites) {
        const x = s.run(false);
        for (const k of ['wall', 'cpu'] as const) for (const [n, v] of x[k]) out[k].set(`${s.name}:${n}`, v);
      }
      return out;
    };
    const first = run();
    const second = run();
    const [a, b] = random() < 0.5 ? [first, second] : [second, first];
    got.set(c.label, [...(got.get(c.label) ?? []), { a, b, ms: performance.now() - t }]);
  }
  process.stderr.write(`round ${r + 1}/${rounds} load ${loadavg()[0].toFixed(2)}\n`);
}

const pct = (x: number) => (x * 100).toFixed(2).padStart(7);
console.log(
  `load (1-min) at round starts: min ${Math.min(...loads).toFixed(2)} median ${median(loads).toFixed(2)} max ${Math.max(...loads).toFixed(2)}; ${rounds} rounds`,
);
console.log('config            clock  suite             n  IQR%   robustSD%  |median|%  pair-s');
for (const c of configs) {
  const pairs = got.get(c.label)!;
  for (const clock of ['cpu', 'wall'] as const) {
    const bySuite = new Map<string, number[][]>();
    for (const name of pairs[0].a[clock].keys()) {
      const d = pairs.map((p) => Math.log(p.b[clock].get(name)! / p.a[clock].get(name)!)).sort((x, y) => x - y);
      const suite = name.split(':')[0];
      bySuite.set(suite, [...(bySuite.get(suite) ?? []), d]);
    }
    for (const [suite, ds] of bySuite) {
      const iqr = median(ds.map((d) => d[Math.floor(d.length * 0.75)] - d[Math.floor(d.length * 0.25)]));
      const sd = median(ds.map((d) => 1.4826 * median(d.map((x) => Math.abs(x - median(d))))));
      const abs = median(ds.flatMap((d) => d.map(Math.abs)));
      console.log(
        `${c.label.padEnd(17)} ${clock.padEnd(5)} ${suite.padEnd(17)} ${String(ds.length).padStart(2)} ${pct(iqr)} ${pct(sd)} ${pct(abs)}  ${(median(pairs.map((p) => p.ms)) / 1000).toFixed(1)}`,
      );
    }
  }
}
