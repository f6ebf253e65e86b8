// The peers' sharding algorithms, reimplemented from their sources so the bench can run them
// on the same timing sets as shipline. Each returns the files of every shard (index 0 = shard 1).
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
const byHash = <T extends { hash: string }>(a: T, b: T): number => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0);

/**
 * Vitest 4 `BaseSequencer.shard` (packages/vitest/src/node/sequencers/BaseSequencer.ts, read
 * from node_modules/vitest/dist here): sort by sha1 of the path below the root (with its
 * leading '/'), then cut contiguous ranges whose sizes differ by at most one
 * (`calculateShardRange`).
 */
export function vitestShards(files: readonly string[], count: number, root = '/repo'): string[][] {
  const sorted = files.map((f) => ({ f, hash: sha1(posix.resolve(root, f).slice(root.length)) })).sort(byHash);
  const out: string[][] = [];
  for (let index = 1; index <= count; index++) {
    const base = Math.floor(files.length / count);
    const rem = files.length % count;
    let start: number;
    let end: number;
    if (rem >= index) {
      start = (base + 1) * (index - 1);
      end = (base + 1) * index;
    } else {
      start = rem * (base + 1) + (index - rem - 1) * base;
      end = start + base;
    }
    out.push(sorted.slice(start, end).map((x) => x.f));
  }
  return out;
}

/**
 * Jest `@jest/test-sequencer` `shard`: sha1 of the path relative to rootDir, sorted, then
 * slices of `ceil(n / shardCount)` (the last shards can be short or empty).
 */
export function jestShards(files: readonly string[], count: number): string[][] {
  const sorted = files.map((f) => ({ f, hash: sha1(f) })).sort(byHash);
  const size = Math.ceil(files.length / count);
  return Array.from({ length: count }, (_, i) => sorted.slice(size * i, size * (i + 1)).map((x) => x.f));
}

/**
 * Playwright `filterForCurrentShard` (without fullyParallel: one test group per file, in
 * file order): contiguous groups cut at equal counts of tests, not time.
 */
export function playwrightShards(
  files: readonly string[],
  tests: ReadonlyMap<string, number>,
  count: number,
): string[][] {
  const groups = [...files].sort().map((f) => ({ f, n: tests.get(f) ?? 1 }));
  const total = groups.reduce((s, g) => s + g.n, 0);
  const size = Math.floor(total / count);
  const extraOne = total - size * count;
  const out: string[][] = [];
  for (let c = 0; c < count; c++) {
    const from = size * c + Math.min(extraOne, c);
    const to = from + size + (c < extraOne ? 1 : 0);
    let current = 0;
    const shard: string[] = [];
    for (const g of groups) {
      if (current >= from && current < to) shard.push(g.f);
      current += g.n;
    }
    out.push(shard);
  }
  return out;
}

/**
 * What the split-test actions do: greedy by known time, files without timings weigh zero
 * (so they all land on whichever shard is lightest when they come up).
 */
export function greedyZeroShards(
  files: readonly string[],
  known: ReadonlyMap<string, number>,
  count: number,
): string[][] {
  const sorted = [...files].sort((a, b) => (known.get(b) ?? 0) - (known.get(a) ?? 0) || (a < b ? -1 : 1));
  const load = new Array<number>(count).fill(0);
  const out: string[][] = Array.from({ length: count }, () => []);
  for (const f of sorted) {
    let m = 0;
    for (let i = 1; i < count; i++) if (load[i] < load[m]) m = i;
    out[m].push(f);
    load[m] += known.get(f) ?? 0;
  }
  return out;
}
