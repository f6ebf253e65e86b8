import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ConfigError, type FrontDoor } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { estimateUnknown } from './estimate.js';
import { fileCost } from './filecost.js';
import { moreRuns, type Overhead } from './overhead.js';
import { KeyResolver, normalizePath } from './paths.js';
import type { Item } from './plan.js';
import { asTimingsFile, mergeTimings, readReports, type TimingsFile } from './timings.js';

/** Everything the plan depends on, identical on every runner that gathers the same inputs. */
export interface ShardInputs {
  /** Globs of test files, relative to `workingDirectory`. */
  tests: string[];
  /** Absolute. */
  workingDirectory: string;
  /** Absolute: where timings and quarantine paths are resolved (the workspace). */
  workspace: string;
  timings: string[];
  quarantine?: string;
  /** How inputs are named in errors (`--tests` or input 'tests'). */
  frontDoor?: FrontDoor;
}

export interface Unmatched {
  key: string;
  seconds: number;
  hint?: string;
}

export interface Gathered {
  files: string[];
  items: Item[];
  quarantined: Item[];
  /** Why each quarantined file is there: 'quarantine file' or 'flaky: <test>'. */
  quarantineReasons: Map<string, string>;
  estimated: string[];
  estimateMethod: string;
  unmatched: Unmatched[];
  timingFiles: string[];
  warnings: string[];
  /** The fixed costs learned from shard wall times; each file's cost (its own, else `perFile`) is already in its item's seconds. */
  overhead?: Overhead;
}

const IGNORE = ['**/node_modules/**', '**/.git/**'];

function display(workspace: string, p: string): string {
  const r = relative(workspace, p);
  return r && !r.startsWith('..') && !isAbsolute(r) ? r.split('\\').join('/') : p;
}

/**
 * Glob each positive pattern on its own, so a pattern that matches nothing can be named. A file
 * reached twice through a symlink (a loop, or a link to a sibling folder) is kept once, under
 * the first path; a match whose real path leaves the workspace, or whose name holds a control
 * character (a newline would split it in every line-based format), is left out with a warning.
 */
async function globEach(
  patterns: string[],
  cwd: string,
  what: string,
  warnings: string[],
  workspace: string,
): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const negatives = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const found = new Set<string>();
  const real = new Map<string, string>();
  let twice = 0;
  const outside: string[] = [];
  const control: string[] = [];
  for (const p of patterns.filter((x) => !x.startsWith('!'))) {
    const hits = await glob([p], { cwd, onlyFiles: true, ignore: [...IGNORE, ...negatives], expandDirectories: false });
    if (!hits.length) warnings.push(`${what} '${p}' matched no file in ${cwd}`);
    // Shallowest first: a file reached again through a symlink loop keeps its shortest path.
    const depth = (x: string) => x.split('/').length;
    for (const h of hits.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))) {
      const n = normalizePath(h);
      if (found.has(n)) continue;
      if (hasControl(n)) {
        control.push(n);
        continue;
      }
      const abs = resolve(cwd, n);
      if (!isInside(abs, { workspace })) {
        outside.push(n);
        continue;
      }
      let key = abs;
      try {
        key = realpathSync(abs);
      } catch {
        // a file that vanished: keep it under its own path
      }
      const first = real.get(key);
      if (first !== undefined) {
        twice++;
        continue;
      }
      real.set(key, n);
      found.add(n);
    }
  }
  if (twice)
    warnings.push(
      `${what}: ${twice} match(es) are the same file as another match through a symlink (e.g. a link back to a parent folder); each file is planned once`,
    );
  if (outside.length)
    warnings.push(
      `${what}: ${outside.length} match(es) lead outside the workspace through a symlink and were left out (e.g. ${outside.slice(0, 3).join(', ')})`,
    );
  if (control.length)
    warnings.push(
      `${what}: ${control.length} file name(s) hold a newline or another control character and were left out, as no test runner's argument list can carry them safely (e.g. ${control
        .slice(0, 3)
        .map((c) => JSON.stringify(c))
        .join(', ')}); rename them`,
    );
  return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Find the test files, read the timings (JUnit reports and/or shipline timings JSON), book
 * them on files, estimate the rest and set the quarantined files apart. Pure in its result:
 * the same files and inputs give the same items, whatever order the filesystem lists them.
 */
export async function gather(inp: ShardInputs): Promise<Gathered> {
  const warnings: string[] = [];
  if (!existsSync(inp.workingDirectory) || !statSync(inp.workingDirectory).isDirectory()) {
    throw ConfigError.forInput(
      'working-directory',
      `${inp.workingDirectory} is not a directory`,
      'set it to the folder the test globs are relative to',
      undefined,
      inp.frontDoor,
    );
  }
  if (!inp.tests.length)
    throw ConfigError.forInput(
      'tests',
      'is empty',
      'list the test file globs, one a line (e.g. test/**/*.test.ts)',
      undefined,
      inp.frontDoor,
    );
  const files = await globEach(inp.tests, inp.workingDirectory, 'tests glob', warnings, inp.workspace);
  if (!files.length) {
    throw ConfigError.forInput(
      'tests',
      `no file matched ${inp.tests.map((t) => `'${t}'`).join(', ')} in ${display(inp.workspace, inp.workingDirectory) || '.'}`,
      'check the globs and working-directory (globs are relative to working-directory)',
      undefined,
      inp.frontDoor,
    );
  }

  // Timings: shipline JSON files are read as they are; JUnit reports make one more run,
  // smoothed into the JSON's estimates exactly as `shipline shard timings` would.
  const timingFiles = inp.timings.length
    ? await globEach(inp.timings, inp.workspace, 'timings glob', warnings, inp.workspace)
    : [];
  const roots = [inp.workingDirectory, inp.workspace];
  const prefix = display(inp.workspace, inp.workingDirectory);
  let base: TimingsFile | undefined;
  const reports: string[] = [];
  for (const rel of timingFiles) {
    const abs = resolve(inp.workspace, rel);
    if (!rel.toLowerCase().endsWith('.json')) {
      reports.push(abs);
      continue;
    }
    let parsed: TimingsFile | string;
    try {
      parsed = asTimingsFile(JSON.parse(readFileSync(abs, 'utf8')));
    } catch (e) {
      parsed = `is not valid JSON (${(e as Error).message})`;
    }
    if (typeof parsed === 'string') warnings.push(`timings file ${rel} ${parsed}; it was ignored`);
    else
      base = base
        ? {
            ...base,
            files: { ...base.files, ...parsed.files },
            flaky: { ...base.flaky, ...parsed.flaky },
            overhead: moreRuns(base.overhead, parsed.overhead),
          }
        : parsed;
  }
  let timings = base;
  if (reports.length) {
    const run = readReports(reports, roots, (p) => display(inp.workspace, p));
    warnings.push(...run.warnings.map((w) => `timings report ${w}`));
    timings = mergeTimings(base, run);
  }

  const resolver = new KeyResolver(files, prefix === '.' ? '' : prefix);
  const known = new Map<string, number>();
  const unmatched: Unmatched[] = [];
  for (const [key, entry] of Object.entries(timings?.files ?? {})) {
    const hit = resolver.resolve(key);
    if (!hit) {
      const look = resolver.lookalike(key);
      const hint = look
        ? `timings name '${key}', tests have '${look}': check working-directory`
        : /\s/.test(key)
          ? 'this is a test title, not a file: make the reporter write file names (jest-junit: addFileAttribute "true", or suiteNameTemplate "{filepath}")'
          : undefined;
      unmatched.push({ key, seconds: entry.seconds, hint });
      continue;
    }
    for (const f of hit.files) known.set(f, (known.get(f) ?? 0) + entry.seconds / hit.files.length);
  }
  const unknown = files.filter((f) => !known.has(f));
  const est = estimateUnknown(known, unknown, (f) => {
    try {
      return statSync(resolve(inp.workingDirectory, f)).size;
    } catch {
      return 1;
    }
  });
  // The fixed cost per file that JUnit does not see (learned from shard wall times).
  const overhead = timings?.overhead;
  const seconds = (f: string): number =>
    Math.max(0.001, (known.get(f) ?? (est.seconds.get(f) as number)) + fileCost(overhead, f));

  const reasons = new Map<string, string>();
  for (const [key, entry] of Object.entries(timings?.flaky ?? {})) {
    for (const f of resolver.resolve(key)?.files ?? [])
      if (!reasons.has(f)) reasons.set(f, `flaky in JUnit history: ${entry.tests.slice(0, 3).join(', ')}`);
  }
  if (inp.quarantine) await readQuarantine(inp, files, resolver, reasons, warnings);
  if (reasons.size && reasons.size === files.length) {
    warnings.push('every test file is quarantined, so they run as ordinary shards; trim the quarantine list');
    reasons.clear();
  }
  const items: Item[] = [];
  const quarantined: Item[] = [];
  for (const f of files) (reasons.has(f) ? quarantined : items).push({ path: f, seconds: seconds(f) });
  return {
    files,
    items,
    quarantined,
    quarantineReasons: reasons,
    estimated: unknown,
    estimateMethod: est.method,
    unmatched,
    timingFiles,
    warnings,
    overhead,
  };
}

/** The quarantine file: a test file path, a glob, or `path::test name` per line; `#` comments. */
async function readQuarantine(
  inp: ShardInputs,
  files: string[],
  resolver: KeyResolver,
  reasons: Map<string, string>,
  warnings: string[],
): Promise<void> {
  const path = resolve(inp.workspace, inp.quarantine as string);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw ConfigError.forInput(
      'quarantine',
      `${inp.quarantine} cannot be read`,
      'point it at a file listing flaky tests, one test file (or path::test) a line, or leave it empty',
      undefined,
      inp.frontDoor,
    );
  }
  const { default: picomatch } = await import('picomatch');
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+#.*$/, '').trim();
    if (!line || line.startsWith('#')) return;
    const target = normalizePath(line.split('::')[0]);
    let hits: string[];
    if (/[*?[{]/.test(target)) {
      const isMatch = picomatch(target, { dot: true });
      hits = files.filter((f) => isMatch(f));
    } else hits = resolver.resolve(target)?.files ?? [];
    if (!hits.length) warnings.push(`quarantine ${inp.quarantine}:${i + 1}: '${line}' matches no test file`);
    for (const f of hits) if (!reasons.has(f)) reasons.set(f, `quarantine ${inp.quarantine}:${i + 1}`);
  });
}

/** A newline, tab or other control character: no runner's argument list or line format carries it safely. */
function hasControl(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
