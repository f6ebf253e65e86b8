import type { Overhead, WallShard } from './overhead.js';

/**
 * Per-file fixed costs, learned from the shard wall times of recent runs.
 *
 * A uniform cost per file misses the file that pays much more than the rest: click's
 * `tests/test_stream_lifecycle.py` collects (then deselects) 30,000 stress cases, 4 s that no
 * JUnit time shows, against ~0.1 s for its neighbours. One run's shard walls cannot say which
 * file of a slow shard was slow, but runs group the files differently, and the file that sits in
 * every shard that ran long is the one. So the timings file keeps the last HISTORY_RUNS runs'
 * shards (their files and the seconds their JUnit times left over) and fits over all of them
 *
 *     rest(shard) = perShard + Σ over its files (perFile + extra[file])
 *
 * by least squares with an L1 penalty on every `extra` (lasso, by coordinate descent), then
 * refits the files it picked without the penalty. The penalty's bar is the walls' own noise:
 * a file keeps the uniform `perFile` until the misses of the shards it sat in add up to more
 * than noise explains, so with one or two runs the fit is the uniform one, and a file's own cost
 * emerges as runs regroup it. It is the prior that fits the data: most files cost about the same,
 * a few cost a lot.
 */

/** How many past runs' shard walls the fit looks at. */
export const HISTORY_RUNS = 6;
/**
 * The L1 penalty: a file keeps the common cost until its shards' misses add up to more than
 * PENALTY × the walls' noise × √(its shards). The noise is the robust spread (1.4826 × median
 * absolute deviation) of what the uniform fit leaves, so one file that really is slow does not
 * raise it, and noise alone seldom passes the bar.
 */
export const PENALTY = 1.5;
const SWEEPS = 200;

const r4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Fit `perShard`, `perFile` and each file's own cost over the shards given (see above). */
export function fitFileCosts(
  shards: readonly WallShard[],
  start: { perFile: number; perShard: number } = { perFile: 0, perShard: 0 },
): { perFile: number; perShard: number; files: Map<string, number> } {
  if (!shards.length) return { perFile: start.perFile, perShard: start.perShard, files: new Map() };
  const y = shards.map((s) => s.rest);
  const n = shards.map((s) => s.files.length);
  const k = shards.length;
  const member = new Map<string, number[]>();
  shards.forEach((s, i) => {
    for (const f of s.files) (member.get(f) ?? member.set(f, []).get(f))?.push(i);
  });
  const uniform = robustUniform(y, n, start.perFile);
  // At least 2% of a typical shard's left-over seconds: with few shards the uniform fit can be
  // near exact, and a bar of 0 would hand every file its own cost.
  const noise = Math.max(
    mad(y.map((v, i) => v - uniform.perShard - uniform.perFile * n[i])),
    0.02 * median(y.map(Math.abs)),
  );
  let perShard = start.perShard;
  let perFile = start.perFile;
  const extra = new Map<string, number>();
  const pred = shards.map((_, i) => perShard + perFile * n[i]);
  // Two passes: the lasso picks the files with their own cost; then those are refitted without
  // the penalty (which would otherwise shrink a real 4 s to 3 s), the others held at 0.
  let chosen: Set<string> | undefined;
  for (let sweep = 0; sweep < 2 * SWEEPS; sweep++) {
    if (sweep === SWEEPS) chosen = new Set([...extra].filter(([, e]) => e !== 0).map(([f]) => f));
    let moved = 0;
    // perShard and perFile are not penalised: least squares for both at once on what the
    // files' own costs leave, perShard ≥ 0 and no file's cost (perFile + extra) below 0.
    let minExtra = 0;
    for (const e of extra.values()) minExtra = Math.min(minExtra, e);
    const left = y.map((v, i) => v - pred[i] + perShard + perFile * n[i]);
    const next = shardAndFile(left, n, perFile, -minExtra);
    moved += Math.abs(next.perShard - perShard) + Math.abs(next.perFile - perFile);
    for (let i = 0; i < k; i++) pred[i] += next.perShard - perShard + (next.perFile - perFile) * n[i];
    ({ perShard, perFile } = next);
    for (const [f, rows] of member) {
      if (chosen && !chosen.has(f)) continue;
      const old = extra.get(f) ?? 0;
      let z = 0;
      for (const i of rows) z += y[i] - pred[i] + old;
      const m = rows.length;
      const bar = chosen ? 0 : PENALTY * noise * Math.sqrt(rows.length);
      const soft = Math.sign(z) * Math.max(Math.abs(z) - bar, 0);
      const next = Math.max(soft / m, -perFile);
      if (next === old) continue;
      for (const i of rows) pred[i] += next - old;
      extra.set(f, next);
      moved += Math.abs(next - old);
    }
    if (moved < 1e-7) sweep = chosen ? 2 * SWEEPS : SWEEPS - 1;
  }
  const files = new Map<string, number>();
  for (const [f, e] of extra) if (r4(e) !== 0) files.set(f, r4(Math.max(0, perFile + e)));
  return { perFile: r4(perFile), perShard: r4(perShard), files };
}

/**
 * Fold one run's shards into the learned overhead: keep the last HISTORY_RUNS runs' shards and
 * fit over them. Returns the new overhead (with `files` holding only files whose own cost differs
 * from `perFile`).
 */
export function learnFromRun(previous: Overhead | undefined, shards: ReadonlyArray<Omit<WallShard, 'run'>>): Overhead {
  const run = (previous?.runs ?? 0) + 1;
  const history = [
    ...(previous?.history ?? []).filter((s) => s.run > run - HISTORY_RUNS),
    ...shards.filter((s) => s.files.length).map((s) => ({ run, files: [...s.files], rest: r4(s.rest) })),
  ];
  const fit = fitFileCosts(history, previous ?? undefined);
  const out: Overhead = { perFile: fit.perFile, perShard: fit.perShard, runs: run };
  if (fit.files.size) out.files = Object.fromEntries([...fit.files].sort(([a], [b]) => (a < b ? -1 : 1)));
  out.history = history;
  return out;
}

/** What one file costs beyond its JUnit time: its own learned cost, else the uniform one. */
export function fileCost(overhead: Overhead | undefined, file: string): number {
  if (!overhead) return 0;
  return overhead.files?.[file] ?? overhead.perFile;
}

/**
 * The uniform line through the shards by least absolute deviations (reweighted least squares),
 * so the shards holding a really slow file (a third of them, with few runs) do not pull it up
 * and inflate the noise measured around it.
 */
function robustUniform(y: number[], n: number[], was: number): { perShard: number; perFile: number } {
  let fit = shardAndFile(y, n, was, 0);
  for (let it = 0; it < 20; it++) {
    const w = y.map((v, i) => 1 / Math.max(Math.abs(v - fit.perShard - fit.perFile * n[i]), 1e-3));
    fit = shardAndFile(y, n, fit.perFile, 0, w);
  }
  return fit;
}

/**
 * Least squares for left = perShard + perFile × n, perShard ≥ 0 and perFile ≥ floor. With every
 * shard holding as many files the two cannot be told apart: perFile stays where it was.
 */
function shardAndFile(
  left: number[],
  n: number[],
  was: number,
  floor: number,
  w: number[] = n.map(() => 1),
): { perShard: number; perFile: number } {
  const sw = w.reduce((a, b) => a + b, 0);
  const nBar = n.reduce((a, b, i) => a + w[i] * b, 0) / sw;
  const yBar = left.reduce((a, b, i) => a + w[i] * b, 0) / sw;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n.length; i++) {
    sxx += w[i] * (n[i] - nBar) ** 2;
    sxy += w[i] * (n[i] - nBar) * (left[i] - yBar);
  }
  let perFile = Math.max(floor, sxx > 1e-12 ? sxy / sxx : was);
  let perShard = yBar - perFile * nBar;
  if (perShard < 0) {
    perShard = 0;
    const snn = n.reduce((a, b, i) => a + w[i] * b * b, 0);
    perFile = Math.max(floor, snn ? left.reduce((a, v, i) => a + w[i] * v * n[i], 0) / snn : was);
  }
  return { perShard, perFile };
}

/** 1.4826 × the median absolute deviation: the standard deviation of the normal part of `xs`. */
function mad(xs: number[]): number {
  const m = median(xs);
  return 1.4826 * median(xs.map((x) => Math.abs(x - m)));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}
