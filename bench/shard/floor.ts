// The noise floor under the realised-shard figure of `bench/run.ts shard-real`: the same shard (the
// same units, so perfectly balanced by construction) run `k` times one after another in a round, as a
// plan's k shards are run, and the slowest of the k over their mean, per round. No plan, whatever it
// knows, can expect its realised slowest shard closer to the mean shard than this: the figure's
// median over the rounds is what the machine's run-to-run noise alone costs a plan of k equal shards.
//
//   npx tsx bench/shard/floor.ts [rounds]      (default 8; SHARD_REAL_SUITES=go picks the suite)
//
// The units: every k-th unit of the suite, sorted (round-robin's first shard, about a k-th of it);
// SHARD_FLOOR_EVERY=n takes every n-th instead, for shorter shards (the plan's own shards on Go
// run ~2.5 s; every 4th package ~4.6 s).
import { loadavg } from 'node:os';
import { median, p90, round } from '../lib.js';
import { runShard, suites } from './suites.js';

const K = 4;
const ROUNDS = Number(process.argv[2] ?? 8);
const EVERY = Number(process.env.SHARD_FLOOR_EVERY ?? K);
const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / xs.length;

const { list, missing } = suites();
if (!list.length) {
  console.error(`no suite to run: ${missing.join('; ')}`);
  process.exit(2);
}
for (const s of list) {
  const units = [...s.units].sort().filter((_, j) => j % EVERY === 0);
  runShard(s, units); // once untimed: the build cache and the page cache as the rounds meet them
  const ratios: number[] = [];
  const walls: number[][] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const w = Array.from({ length: K }, () => runShard(s, units).wall);
    walls.push(w);
    ratios.push(Math.max(...w) / mean(w));
    console.log(
      `${s.name} round ${r + 1}: ${w.map((x) => round(x, 2)).join(', ')} s; slowest / mean ${round(ratios[r], 3)} (load ${loadavg()[0].toFixed(1)})`,
    );
  }
  const all = walls.flat();
  const m = mean(all);
  const sd = Math.sqrt(all.reduce((a, x) => a + (x - m) ** 2, 0) / (all.length - 1));
  console.log(
    `${s.name}, ${units.length} units a shard, ${K} identical shards, ${ROUNDS} rounds: slowest / mean median ${round(median(ratios), 3)}, p90 ${round(p90(ratios), 3)}; ` +
      `a shard's wall ${round(m, 2)} s ± ${round((100 * sd) / m, 1)}% (sd over all runs)`,
  );
}
