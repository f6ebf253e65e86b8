import { statSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, type FrontDoor } from '../core/errors.js';
import { isInside } from '../core/paths.js';
import { CoverageParseError } from './errors.js';
import { CoverageReport, type Count, type FileCoverage } from './model.js';

type Totals = Record<'lines' | 'branches' | 'functions', Count>;
import { parseFile, type Declared, type Format } from './parsers/index.js';
import { goStatementLines } from './go-lines.js';
import { PathResolver } from './paths.js';
import type { FormatName } from './types.js';

export interface LoadedReport {
  file: string;
  format: Format;
  files: number;
  summaryOnly: boolean;
  /** Set when this report was the same run as an earlier one in another format, and not counted again. */
  duplicateOf?: string;
}

export interface Loaded {
  report: CoverageReport;
  reports: LoadedReport[];
  /** Things the user should know (summary-only reports, totals the report disagrees with, unmatched paths). */
  notes: string[];
  excluded: number;
}

/** Repository files for path matching: tracked and untracked, without node_modules and .git. */
export async function listRepoFiles(root: string): Promise<string[]> {
  const { globSync } = await import('tinyglobby');
  return globSync(['**/*'], { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: true, onlyFiles: true });
}

/**
 * Find the reports, parse each in a stream, map its paths to the repository and merge them
 * all. Every failure names the report (and line); no report at all is an error, never 0%.
 */
export async function loadReports(opts: {
  root: string;
  files: string[];
  format: FormatName;
  exclude: string[];
  /** Folders besides the workspace that reports may be read from (the runner's temp folder). */
  also?: string[];
  frontDoor?: FrontDoor;
}): Promise<Loaded> {
  const { globSync } = await import('tinyglobby');
  const matched = globSync(opts.files, {
    cwd: opts.root,
    absolute: true,
    onlyFiles: true,
    dot: true,
    ignore: ['**/node_modules/**'],
  }).sort();
  if (!matched.length)
    throw ConfigError.forInput(
      'files',
      `no file matches ${opts.files.map((f) => `"${f}"`).join(', ')} under ${opts.root}`,
      'check the paths, and that the test step wrote its reports before this step (upload/download them between jobs)',
    );
  const repoFiles = await listRepoFiles(opts.root);
  const resolver = new PathResolver(opts.root, () => repoFiles);
  const excluded = opts.exclude.length ? picomatch(opts.exclude, { dot: true }) : () => false;
  const merged = new CoverageReport();
  const reports: LoadedReport[] = [];
  const notes: string[] = [];
  const notFound = new Set<string>();
  let excludedCount = 0;
  // Reports already counted: a second format of the same run (jest's lcov.info beside its
  // cobertura-coverage.xml) names exactly the same files and would count every hit twice.
  const counted: Array<{ display: string; format: string; files: Set<string>; declared?: Declared; detail?: Totals }> =
    [];
  for (const abs of matched) {
    const display = relative(opts.root, abs) || abs;
    if (!isInside(abs, { workspace: opts.root, also: opts.also }))
      throw ConfigError.forInput(
        'files',
        `${display} leads outside the workspace (${opts.root}) through a symlink`,
        'name reports inside the workspace',
        undefined,
        opts.frontDoor,
      );
    if (statSync(abs).size === 0)
      throw new ConfigError(`coverage report ${display} is empty; check that the test step finished writing it`, {
        file: display,
      });
    let parsed;
    // The first report (often the only one) is parsed straight into the merged report, each
    // path mapped as it first appears; a later one into its own, to be checked, then merged.
    const target = counted.length === 0 ? merged : new CoverageReport();
    const seen = new Set<string>();
    const mapPath = (raw: string): string | null => {
      if (excluded(raw) || excluded(raw.replace(/\\/g, '/'))) {
        excludedCount++;
        return null;
      }
      const r = resolver.resolve(raw, []);
      if ('outside' in r) throw outsideError(display, r.outside, opts.root);
      if (excluded(r.path)) {
        excludedCount++;
        return null;
      }
      if (!r.found) notFound.add(r.path);
      seen.add(r.path);
      return r.path;
    };
    try {
      parsed = await parseFile(abs, display, opts.format === 'auto' ? undefined : opts.format, {
        into: target,
        mapPath,
      });
    } catch (e) {
      if (e instanceof CoverageParseError)
        throw new ConfigError(
          `coverage report ${e.message}; fix or regenerate it${opts.format === 'auto' ? '' : ', or check input format'}`,
          { file: display, line: e.line },
        );
      throw e;
    }
    const files: FileCoverage[] = [];
    let fileCount = seen.size;
    if (!parsed.mergedInto) {
      fileCount = parsed.report.files.size;
      for (const f of parsed.report.files.values()) {
        if (excluded(f.path) || excluded(f.path.replace(/\\/g, '/'))) {
          excludedCount++;
          continue;
        }
        const r = resolver.resolve(f.path, parsed.sources);
        if ('outside' in r) throw outsideError(display, r.outside, opts.root);
        if (excluded(r.path)) {
          excludedCount++;
          continue;
        }
        if (!r.found) notFound.add(r.path);
        f.path = r.path;
        seen.add(r.path);
        files.push(f);
      }
    }
    const twin =
      target !== merged
        ? counted.find(
            (c) =>
              c.format !== parsed.format &&
              sameSet(c.files, seen) &&
              sameLines([...target.files.values(), ...files], merged),
          )
        : undefined;
    if (twin) {
      notes.push(
        `${display} (${parsed.format}) names exactly the files of ${twin.display} (${twin.format}): read as the same run in another format and counted once, from ${twin.display}. To merge shards, give every shard's report in one format.`,
      );
      reports.push({
        file: display,
        format: parsed.format,
        files: fileCount,
        summaryOnly: parsed.summaryOnly,
        duplicateOf: twin.display,
      });
      continue;
    }
    if (target !== merged) for (const f of target.files.values()) merged.put(f);
    for (const f of files) merged.put(f);
    counted.push({
      display,
      format: parsed.format,
      files: seen,
      declared: parsed.declared,
      detail: parsed.declared ? parsed.report.totals() : undefined,
    });
    if (parsed.summaryOnly)
      notes.push(
        `${display} is an Istanbul json-summary: totals only, so it counts in the totals but has no lines for changed-line coverage or annotations.`,
      );
    reports.push({ file: display, format: parsed.format, files: fileCount, summaryOnly: parsed.summaryOnly });
  }
  // One report read whole: its root totals are the tool's own numbers, and the headline uses them.
  const alone = counted.length === 1 && excludedCount === 0;
  for (const c of counted) if (c.declared && c.detail) checkDeclared(c.display, c.declared, c.detail, notes, alone);
  if (alone && counted[0].declared) merged.declared = counted[0].declared;
  const goNote = goStatementLines(merged, opts.root);
  if (goNote) notes.push(goNote);
  if (notFound.size)
    notes.push(
      `${notFound.size} file(s) named by the reports are not in this checkout (e.g. ${[...notFound].slice(0, 3).join(', ')}); they are kept under those paths.`,
    );
  if (merged.files.size === 0)
    throw ConfigError.forInput(
      'exclude',
      `leaves no file: all ${excludedCount} file(s) in the reports are excluded`,
      'narrow the exclude globs',
    );
  return { report: merged, reports, notes, excluded: excludedCount };
}

function outsideError(display: string, path: string, root: string): ConfigError {
  return new ConfigError(
    `coverage report ${display} names ${path}, which is outside the repository (${root}) and matches no file in it; run this step in the checkout the tests ran on, or leave that file out with input exclude`,
    { file: display },
  );
}

/**
 * Reports that state their own totals: say so when the detail they list adds up differently.
 * Alone, the report's root is the headline (the tool's own numbers); merged, the detail is all
 * that can be added up, so the note says how far each report's detail falls short of its root.
 */
function checkDeclared(display: string, declared: Declared, t: Totals, notes: string[], alone: boolean): void {
  // `t` was taken before exclusion and merging: the report's own files only.
  for (const k of ['lines', 'branches', 'functions'] as const) {
    const d = declared[k];
    if (!d) continue;
    if (d.total !== t[k].total || d.covered !== t[k].covered) {
      const short = `its per-file detail adds up to ${t[k].covered}/${t[k].total} (${signed(t[k].covered - d.covered)} covered, ${signed(t[k].total - d.total)} in all)`;
      notes.push(
        alone
          ? `${display} states ${k} ${d.covered}/${d.total} at its root, the total shown here; ${short}, which the per-file and changed-line figures use (Istanbul's Cobertura and Clover writers leave out branches on lines without statements, such as default parameters).`
          : `${display} states ${k} ${d.covered}/${d.total} at its root, but ${short}; merged totals can only add up the detail (for exact totals merge lcov or json reports).`,
      );
    }
  }
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** Every file measures the same lines with the same covered/uncovered state as in `merged`. */
function sameLines(files: FileCoverage[], merged: CoverageReport): boolean {
  for (const f of files) {
    const m = merged.files.get(f.path);
    if (!m || m.measuredLines !== f.measuredLines) return false;
    for (const [line, hits] of f.lines()) {
      const h = m.lineHits(line);
      if (h === undefined || h > 0 !== hits > 0) return false;
    }
  }
  return true;
}
