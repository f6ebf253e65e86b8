import { readFileSync } from 'node:fs';
import { describeThrown } from '../core/errors.js';
import { KeyResolver } from './paths.js';

/**
 * What JUnit does not see. A shard's wall time is its process start-up plus, for every file,
 * the file's test time and a fixed cost the reports leave out (importing and collecting the
 * file, building a Go package's test binary):
 *
 *     wall(shard) = perShard + Σ over its files (junit seconds + perFile)
 *
 * `perFile` changes the plan (a shard of many small files is slower than their JUnit sum);
 * `perShard` does not (every shard pays it) but belongs in the predicted times.
 */
export interface Overhead {
  /** Seconds each file costs beyond its JUnit time. */
  perFile: number;
  /** Seconds each shard costs whatever its files (start-up). */
  perShard: number;
  /** Runs whose shard wall times contributed. */
  runs: number;
  /** Files whose own cost beyond JUnit differs from `perFile` (learned per file, filecost.ts). */
  files?: Record<string, number>;
  /** The last runs' shards the fit looks at (filecost.ts). */
  history?: WallShard[];
}

/** One shard of a past run: its files and the wall seconds their JUnit times did not account for. */
export interface WallShard {
  /** The run it came from (`Overhead.runs` after that run). */
  run: number;
  files: string[];
  rest: number;
}

/** One shard of one run: its file count and the wall seconds JUnit did not account for. */
export interface WallPoint {
  files: number;
  rest: number;
}

/** Of two learned overheads, the one from more runs. */
export function moreRuns(a: Overhead | undefined, b: Overhead | undefined): Overhead | undefined {
  if (!a || !b) return a ?? b;
  return b.runs > a.runs ? b : a;
}

/** The record a test leg writes beside its JUnit reports (`shipline-wall-<shard>.json`). */
export interface WallRecord {
  shipline: 'shard-wall';
  version: 1;
  shard: number;
  total: number;
  seconds: number;
}

/** Parse a wall record; a message naming what is wrong when it is not one. */
export function asWallRecord(text: string): WallRecord | string {
  let v: Partial<WallRecord>;
  try {
    v = JSON.parse(text) as Partial<WallRecord>;
  } catch (e) {
    return `is not valid JSON (${(e as Error).message})`;
  }
  if (!v || typeof v !== 'object' || v.shipline !== 'shard-wall') return 'is not a shipline shard wall record';
  for (const k of ['shard', 'total', 'seconds'] as const)
    if (typeof v[k] !== 'number' || !Number.isFinite(v[k]) || (v[k] as number) < 0) return `has no valid "${k}"`;
  return v as WallRecord;
}

const clamp0 = (n: number): number => (n > 0 ? n : 0);

/**
 * Least squares for rest = perShard + perFile × files over one run's shards, both terms at
 * least 0. With every shard holding the same number of files (or one shard) the two cannot be
 * told apart: then only `perShard` is fitted, given the previous `perFile`.
 */
export function fitOverhead(points: readonly WallPoint[], previousPerFile = 0): Omit<Overhead, 'runs'> | undefined {
  if (!points.length) return undefined;
  const k = points.length;
  const nBar = points.reduce((s, p) => s + p.files, 0) / k;
  const rBar = points.reduce((s, p) => s + p.rest, 0) / k;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.files - nBar) ** 2;
    sxy += (p.files - nBar) * (p.rest - rBar);
  }
  if (k < 2 || sxx === 0) return { perFile: previousPerFile, perShard: clamp0(rBar - previousPerFile * nBar) };
  let perFile = sxy / sxx;
  let perShard = rBar - perFile * nBar;
  if (perFile < 0) {
    perFile = 0;
    perShard = clamp0(rBar);
  } else if (perShard < 0) {
    // Through the origin: all of it per file.
    perShard = 0;
    const snn = points.reduce((s, p) => s + p.files * p.files, 0);
    perFile = clamp0(points.reduce((s, p) => s + p.files * p.rest, 0) / snn);
  }
  return { perFile, perShard };
}

const r4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Smooth a run's fit into the previous overhead, as file timings are smoothed. */
export function mergeOverhead(previous: Overhead | undefined, fit: Omit<Overhead, 'runs'>, alpha: number): Overhead {
  if (!previous) return { perFile: r4(fit.perFile), perShard: r4(fit.perShard), runs: 1 };
  return {
    perFile: r4(alpha * fit.perFile + (1 - alpha) * previous.perFile),
    perShard: r4(alpha * fit.perShard + (1 - alpha) * previous.perShard),
    runs: previous.runs + 1,
  };
}

export interface PlanShards {
  /** Shards in the plan, the quarantine shard not counted. */
  total: number;
  files: Map<number, string[]>;
}

/** The files of each shard in a plan file (the quarantine shard included), by 1-based index. */
export function planShardFiles(planPath: string): PlanShards | string {
  let doc: { shipline?: string; shards?: Array<{ files?: unknown }>; quarantine?: { files?: unknown } | null };
  try {
    doc = JSON.parse(readFileSync(planPath, 'utf8')) as typeof doc;
  } catch (e) {
    return `cannot be read as JSON (${describeThrown(e)})`;
  }
  if (doc?.shipline !== 'shard-plan' || !Array.isArray(doc.shards)) return 'is not a shipline shard plan';
  const out = new Map<number, string[]>();
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((f): f is string => typeof f === 'string') : []);
  doc.shards.forEach((s, i) => out.set(i + 1, list(s?.files)));
  if (doc.quarantine) out.set(doc.shards.length + 1, list(doc.quarantine.files));
  return { total: doc.shards.length, files: out };
}

/**
 * One point per shard: its files and the wall seconds its files' JUnit times leave over.
 * `seconds` are this run's JUnit seconds by report key, booked on plan files as the plan books them.
 */
export function wallPoints(
  walls: readonly WallRecord[],
  plan: PlanShards,
  seconds: ReadonlyMap<string, number>,
  prefix = '',
): { points: WallPoint[]; shards: Array<Omit<WallShard, 'run'>>; skipped: string[] } {
  const all = [...new Set([...plan.files.values()].flat())];
  const resolver = new KeyResolver(all, prefix);
  const booked = new Map<string, number>();
  for (const [key, s] of seconds) {
    const hit = resolver.resolve(key);
    if (hit) for (const f of hit.files) booked.set(f, (booked.get(f) ?? 0) + s / hit.files.length);
  }
  const points: WallPoint[] = [];
  const shards: Array<Omit<WallShard, 'run'>> = [];
  const skipped: string[] = [];
  for (const w of walls) {
    const files = plan.files.get(w.shard);
    if (!files || w.total !== plan.total) {
      skipped.push(`shard ${w.shard} of ${w.total} is not in the plan (${plan.total} shards)`);
      continue;
    }
    if (!files.length) continue;
    const junit = files.reduce((s, f) => s + (booked.get(f) ?? 0), 0);
    points.push({ files: files.length, rest: w.seconds - junit });
    shards.push({ files, rest: w.seconds - junit });
  }
  return { points, shards, skipped };
}
