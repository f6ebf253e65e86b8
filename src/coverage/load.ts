import { statSync } from 'node:fs';
import { relative } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError } from '../core/errors.js';
import { CoverageParseError } from './errors.js';
import { CoverageReport } from './model.js';
import { parseFile, type Declared, type Format } from './parsers/index.js';
import { PathResolver } from './paths.js';
import type { FormatName } from './types.js';

export interface LoadedReport {
  file: string;
  format: Format;
  files: number;
  summaryOnly: boolean;
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
  for (const abs of matched) {
    const display = relative(opts.root, abs) || abs;
    if (statSync(abs).size === 0)
      throw new ConfigError(`coverage report ${display} is empty; check that the test step finished writing it`, {
        file: display,
      });
    let parsed;
    // LCOV (the usual shard format) is parsed straight into the merged report, each path
    // mapped as it first appears: no per-report copy of a 5,000-file project to collect.
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
        into: merged,
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
    let fileCount = seen.size;
    if (!parsed.mergedInto) {
      if (parsed.declared) checkDeclared(display, parsed.declared, parsed.report, notes);
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
        merged.put(f);
      }
    }
    if (parsed.summaryOnly)
      notes.push(
        `${display} is an Istanbul json-summary: totals only, so it counts in the totals but has no lines for changed-line coverage or annotations.`,
      );
    reports.push({ file: display, format: parsed.format, files: fileCount, summaryOnly: parsed.summaryOnly });
  }
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

/** Reports that state their own totals: say so when the detail they list adds up differently. */
function checkDeclared(display: string, declared: Declared, report: CoverageReport, notes: string[]): void {
  // Compare before exclusion and merging: the report's own files only.
  const t = report.totals();
  for (const k of ['lines', 'branches', 'functions'] as const) {
    const d = declared[k];
    if (!d) continue;
    if (d.total !== t[k].total || d.covered !== t[k].covered) {
      notes.push(
        `${display} states ${k} ${d.covered}/${d.total} at its root, but its per-line detail adds up to ${t[k].covered}/${t[k].total}; shipline counts the detail (Istanbul's Cobertura and Clover writers leave out branches on lines without statements, such as default parameters: use lcov or json for exact branch totals).`,
      );
    }
  }
}
