import { readFileSync, statSync } from 'node:fs';
import { parseJUnit } from './junit.js';
import type { Overhead } from './overhead.js';
import { caseKey, suiteKey } from './paths.js';

/** Reports past this size are skipped with a warning: a JUnit report this big is a mistake. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;
export const DEFAULT_ALPHA = 0.3;
/** An entry no report mentions for this many runs in a row is dropped (the file was deleted). */
export const DROP_AFTER_MISSED = 5;
/** A file stays quarantined this many runs after it was last seen flaky. */
export const FLAKY_MEMORY = 10;

export interface TimingEntry {
  /** The smoothed estimate the plan uses. */
  seconds: number;
  /** The latest measured value. */
  last: number;
  /** How many runs contributed. */
  runs: number;
  /** Runs in a row without a measurement (0 when this run measured it). */
  missed?: number;
}

export interface FlakyEntry {
  tests: string[];
  /** Runs since it was last seen flaky (0 = this run). */
  age: number;
}

/** The small file `shipline shard timings` writes and the plan reads (`.shipline/timings.json`). */
export interface TimingsFile {
  shipline: 'timings';
  version: 1;
  note: string;
  alpha: number;
  updated?: string;
  runs: number;
  files: Record<string, TimingEntry>;
  flaky: Record<string, FlakyEntry>;
  /** Learned from shard wall times (`shipline shard timings --walls`): what JUnit leaves out. */
  overhead?: Overhead;
}

/** What one run's reports say: seconds per key, and flaky tests per key. */
export interface RunTimings {
  seconds: Map<string, number>;
  flaky: Map<string, Set<string>>;
  /** One line each, naming the report. */
  warnings: string[];
  reports: number;
  cases: number;
}

export function emptyRun(): RunTimings {
  return { seconds: new Map(), flaky: new Map(), warnings: [], reports: 0, cases: 0 };
}

function add(map: Map<string, number>, key: string, s: number): void {
  map.set(key, (map.get(key) ?? 0) + s);
}

/**
 * Fold one JUnit report into `run`. A leaf suite whose cases all book to one file counts its
 * own time, the runner's clock for that file, when it has one: it includes imports and setup
 * the cases leave out, and counts once what overlapping cases count twice (gotestsum lists a Go
 * subtest beside its parent, whose time already holds it; parallel tests). Without one, the
 * cases' sum. A gotestsum report of one package books the invocation's time (below). Across reports
 * of one run a file's times add up; a test that failed in one report and passed in another
 * (a rerun) is flaky.
 */
export function addReport(
  run: RunTimings,
  text: string,
  label: string,
  roots: string[],
  outcomes: Map<string, { failed: boolean; passed: boolean; key: string; name: string }>,
): void {
  const report = parseJUnit(text);
  run.reports++;
  for (const p of report.problems) run.warnings.push(`${label}: ${p}`);
  let unnamed = 0;
  const keys = report.cases.map((c) => caseKey(c, roots));
  const inSuite = new Set<number>();
  // What this report books, by key; added to the run at the end.
  const mine = new Map<string, number>();
  for (const s of report.suites) {
    const byKey = new Map<string, number>();
    for (const i of s.cases) {
      inSuite.add(i);
      const k = keys[i];
      if (k === undefined) unnamed++;
      else add(byKey, k, report.cases[i].seconds);
    }
    const sk = byKey.size === 0 ? suiteKey(s, roots) : undefined;
    if (byKey.size === 1 && s.seconds !== undefined && s.seconds > 0) byKey.set([...byKey.keys()][0], s.seconds);
    else if (sk && s.seconds !== undefined && s.cases.length === 0) byKey.set(sk, s.seconds);
    for (const [k, v] of byKey) add(mine, k, v);
  }
  report.cases.forEach((c, i) => {
    run.cases++;
    const k = keys[i];
    if (!inSuite.has(i)) {
      if (k === undefined) unnamed++;
      else add(mine, k, c.seconds);
    }
    if (k === undefined) return;
    if (c.flaky) markFlaky(run, k, c.name);
    if (c.status === 'skipped') return;
    const id = `${k}\0${c.classname ?? ''}\0${c.name}`;
    const o = outcomes.get(id) ?? { failed: false, passed: false, key: k, name: c.name };
    if (c.status === 'failed') o.failed = true;
    else o.passed = true;
    outcomes.set(id, o);
  });
  // gotestsum's root time is its whole invocation: `go` resolving the build, compiling and
  // linking the test binary, then running it (the suite's time is the run alone). When the
  // report holds one package, as the Go template's loop writes it (one gotestsum a package),
  // that is the package's cost in its shard, and the plan should weigh it, not the run alone.
  if (report.goVersion && report.seconds !== undefined && mine.size === 1) {
    const [[k, v]] = [...mine];
    mine.set(k, Math.max(v, report.seconds));
  }
  for (const [k, v] of mine) add(run.seconds, k, v);
  if (unnamed)
    run.warnings.push(
      `${label}: ${unnamed} test case(s) have no file or classname attribute and no path-like suite name, so their time is not used; configure the reporter to write file names (jest-junit: addFileAttribute, pytest: -o junit_family=xunit1)`,
    );
  if (!report.cases.length && !report.problems.length) run.warnings.push(`${label}: the report holds no test cases`);
}

function markFlaky(run: RunTimings, key: string, test: string): void {
  const set = run.flaky.get(key) ?? new Set<string>();
  set.add(test);
  run.flaky.set(key, set);
}

/** Read JUnit reports from disk into one run, warning (by file) about anything unusable. */
export function readReports(
  paths: string[],
  roots: string[],
  display: (p: string) => string = (p) => p,
  maxBytes = MAX_REPORT_BYTES,
): RunTimings {
  const run = emptyRun();
  const outcomes = new Map<string, { failed: boolean; passed: boolean; key: string; name: string }>();
  for (const p of paths) {
    const label = display(p);
    let text: string;
    try {
      const size = statSync(p).size;
      if (size > maxBytes) {
        run.warnings.push(
          `${label}: ${(size / 1048576).toFixed(1)} MiB is over the ${(maxBytes / 1048576).toFixed(1)} MiB limit for a JUnit report, so it was skipped; report test files, not every log line (drop system-out)`,
        );
        continue;
      }
      text = readFileSync(p, 'utf8');
    } catch (e) {
      run.warnings.push(`${label}: could not be read (${(e as Error).message})`);
      continue;
    }
    addReport(run, text, label, roots, outcomes);
  }
  for (const o of outcomes.values()) if (o.failed && o.passed) markFlaky(run, o.key, o.name);
  return run;
}

const NOTE = (alpha: number): string =>
  `Seconds per test file for shipline shard. "seconds" is smoothed over recent runs (exponential moving average: each run moves it ${Math.round(alpha * 100)}% of the way to the new measurement), so one noisy run does not swing the plan; "last" is the latest measurement. "overhead", when present, is learned from shard wall times: "perFile" seconds each file costs beyond its JUnit time (imports, collection, a Go test binary's build), "perShard" each shard's start-up, "files" the files whose own cost differs from "perFile" (fitted over the shards in "history", the last runs' shard wall times).`;

export function emptyTimings(alpha = DEFAULT_ALPHA): TimingsFile {
  return { shipline: 'timings', version: 1, note: NOTE(alpha), alpha, runs: 0, files: {}, flaky: {} };
}

const r4 = (n: number): number => Math.round(n * 10000) / 10000;

/** Fold one run into the previous timings (pure). Keys are written sorted, so the file diffs well. */
export function mergeTimings(
  previous: TimingsFile | undefined,
  run: RunTimings,
  alpha = previous?.alpha ?? DEFAULT_ALPHA,
  updated?: string,
): TimingsFile {
  const prev = previous ?? emptyTimings(alpha);
  const files: Record<string, TimingEntry> = {};
  const keys = [...new Set([...Object.keys(prev.files), ...run.seconds.keys()])].sort();
  for (const k of keys) {
    const now = run.seconds.get(k);
    const old = prev.files[k];
    if (now === undefined) {
      const missed = (old.missed ?? 0) + 1;
      if (missed < DROP_AFTER_MISSED) files[k] = { ...old, missed };
      continue;
    }
    files[k] = old
      ? { seconds: r4(alpha * now + (1 - alpha) * old.seconds), last: r4(now), runs: old.runs + 1 }
      : { seconds: r4(now), last: r4(now), runs: 1 };
  }
  const flaky: Record<string, FlakyEntry> = {};
  const fkeys = [...new Set([...Object.keys(prev.flaky), ...run.flaky.keys()])].sort();
  for (const k of fkeys) {
    const seen = run.flaky.get(k);
    if (seen) flaky[k] = { tests: [...new Set([...(prev.flaky[k]?.tests ?? []), ...seen])].sort(), age: 0 };
    else if (prev.flaky[k].age + 1 < FLAKY_MEMORY) flaky[k] = { ...prev.flaky[k], age: prev.flaky[k].age + 1 };
  }
  const out: TimingsFile = {
    shipline: 'timings',
    version: 1,
    note: NOTE(alpha),
    alpha,
    updated,
    runs: prev.runs + 1,
    files,
    flaky,
  };
  if (prev.overhead) out.overhead = prev.overhead;
  return out;
}

/** Validate a parsed timings JSON; a message naming what is wrong when it is not one. */
export function asTimingsFile(value: unknown): TimingsFile | string {
  if (!value || typeof value !== 'object') return 'is not a JSON object';
  const v = value as Partial<TimingsFile>;
  if (v.shipline !== 'timings') return 'is not a shipline timings file (no "shipline": "timings")';
  if (v.version !== 1) return `has version ${String(v.version)}, this shipline reads version 1`;
  if (!v.files || typeof v.files !== 'object') return 'has no "files" object';
  for (const [k, e] of Object.entries(v.files)) {
    if (!e || typeof e.seconds !== 'number' || !Number.isFinite(e.seconds) || e.seconds < 0)
      return `entry "${k}" has no valid "seconds"`;
  }
  const o = v.overhead;
  if (
    o !== undefined &&
    (!o ||
      typeof o !== 'object' ||
      ![o.perFile, o.perShard, o.runs].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0))
  )
    return 'has an "overhead" without valid "perFile", "perShard" and "runs"';
  const bad = overheadProblem(o);
  if (bad) return `has an "overhead" whose ${bad}`;
  return {
    ...emptyTimings(typeof v.alpha === 'number' ? v.alpha : DEFAULT_ALPHA),
    ...v,
    flaky: v.flaky ?? {},
    runs: v.runs ?? 0,
  } as TimingsFile;
}

const seconds = (n: unknown): boolean => typeof n === 'number' && Number.isFinite(n);

/** What is wrong with an overhead's per-file costs or wall history, if anything. */
function overheadProblem(o: TimingsFile['overhead']): string | undefined {
  if (!o) return undefined;
  if (
    o.files !== undefined &&
    (typeof o.files !== 'object' || !Object.values(o.files).every((n) => seconds(n) && n >= 0))
  )
    return '"files" are not seconds ≥ 0 by file';
  if (
    o.history !== undefined &&
    (!Array.isArray(o.history) ||
      !o.history.every(
        (s) =>
          s &&
          seconds(s.run) &&
          seconds(s.rest) &&
          Array.isArray(s.files) &&
          s.files.every((f) => typeof f === 'string'),
      ))
  )
    return '"history" is not a list of shards ({run, files, rest})';
  return undefined;
}
