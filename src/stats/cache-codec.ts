import type { JobRec } from './types.js';

/**
 * The cache file's compact form of a run attempt's jobs: names and conclusions interned in one
 * table, times in whole seconds. A job is `[name, conclusion, createdS, queueS, seconds, steps]`,
 * a step `[name, conclusion, offsetS (from the job's start), seconds]`; absent values are null.
 * GitHub's times have whole-second precision, so nothing is lost.
 */
export type PackedStep = [number, number, number | null, number | null];
export type PackedJob = [number, number, number | null, number | null, number | null, PackedStep[]];

export class Interner {
  readonly table: string[];
  private readonly index = new Map<string, number>();
  constructor(table: string[] = []) {
    this.table = [...table];
    this.table.forEach((s, i) => this.index.set(s, i));
  }
  id(s: string | null): number {
    if (s === null) return -1;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.table.length;
      this.table.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  str(i: number): string | null {
    return i < 0 ? null : (this.table[i] ?? '');
  }
}

const s = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms / 1000));
const diff = (a: number | undefined, b: number | undefined) =>
  a === undefined || b === undefined ? null : Math.round((a - b) / 1000);

export function packJobs(jobs: JobRec[], t: Interner): PackedJob[] {
  return jobs.map((j) => [
    t.id(j.name),
    t.id(j.conclusion),
    s(j.createdMs ?? j.startedMs),
    diff(j.startedMs, j.createdMs ?? j.startedMs),
    diff(j.completedMs, j.startedMs),
    j.steps.map((st): PackedStep => [
      t.id(st.name),
      t.id(st.conclusion),
      diff(st.startedMs, j.startedMs),
      diff(st.completedMs, st.startedMs),
    ]),
  ]);
}

const plus = (base: number | undefined, d: number | null) =>
  base === undefined || d === null ? undefined : base + d * 1000;

export function unpackJobs(packed: PackedJob[], t: Interner): JobRec[] {
  return packed.map(([name, conclusion, createdS, queueS, seconds, steps]) => {
    const createdMs = createdS === null ? undefined : createdS * 1000;
    const startedMs = plus(createdMs, queueS);
    return {
      name: t.str(name) ?? '',
      conclusion: t.str(conclusion),
      createdMs,
      startedMs,
      completedMs: plus(startedMs, seconds),
      steps: steps.map(([n, c, off, sec]) => {
        const st = plus(startedMs, off);
        return { name: t.str(n) ?? '', conclusion: t.str(c), startedMs: st, completedMs: plus(st, sec) };
      }),
    };
  });
}
