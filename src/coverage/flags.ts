import picomatch from 'picomatch';
import type { DiffCoverage } from './diff.js';
import { evaluateGates, type Baseline, type GateResult } from './gates.js';
import { CoverageReport } from './model.js';
import type { CoverageOptions, Flag } from './types.js';

/**
 * Flags (codecov's flags and components in one): a named part of a monorepo, chosen by path
 * globs, with its own floors and its own section. A flag that names its `reports` and sets
 * `carryforward` keeps its last known coverage when a run did not upload it (a service whose
 * tests did not run because nothing in it changed).
 */
export interface FlagResult {
  flag: Flag;
  report: CoverageReport;
  diff?: DiffCoverage;
  gates: GateResult[];
  /** The flag's report was not in this run; its files come from the baseline. */
  carried?: { files: number; from?: string };
}

/** Which of a flag's files a path belongs to. */
export const flagMatcher = (f: Flag) => picomatch(f.paths, { dot: true });

/**
 * Put the baseline's files of every carried-forward flag whose reports this run did not
 * read into `report` (totals only: line, branch and function counts per file, where the
 * baseline has them; no line detail). Returns the flags carried, by name.
 */
export function carryForward(
  report: CoverageReport,
  flags: Flag[],
  readReports: string[],
  baseline: Baseline | undefined,
  notes: string[],
): Map<string, { files: number; from?: string }> {
  const carried = new Map<string, { files: number; from?: string }>();
  for (const flag of flags) {
    if (!flag.carryforward || !flag.reports?.length) continue;
    const isReport = picomatch(flag.reports, { dot: true });
    if (readReports.some((r) => isReport(r))) continue;
    if (!baseline?.files) {
      notes.push(
        `Flag ${flag.name}: no report in this run and no baseline with per-file coverage to carry forward; its section is empty.`,
      );
      continue;
    }
    const match = flagMatcher(flag);
    let n = 0;
    for (const [path, lines] of Object.entries(baseline.files)) {
      if (!match(path) || report.files.has(path)) continue;
      const f = report.file(path);
      const d = baseline.detail?.[path];
      f.summary = {
        lines: { ...lines },
        branches: { ...(d?.branches ?? { total: 0, covered: 0 }) },
        functions: { ...(d?.functions ?? { total: 0, covered: 0 }) },
      };
      n++;
    }
    const from = baseline.sha?.slice(0, 7);
    carried.set(flag.name, { files: n, from });
    notes.push(
      `Flag ${flag.name}: no report in this run (${flag.reports.join(', ')}); carried forward ${n} file(s) from the baseline${from ? ` of ${from}` : ''} (totals only${baseline.detail ? '' : ': lines; this baseline predates per-file branch and function counts'}).`,
    );
  }
  return carried;
}

/** Each flag's part of the report and diff, gated against the flag's own floors. */
export function flagResults(
  report: CoverageReport,
  o: CoverageOptions,
  diff: DiffCoverage | undefined,
  carried: Map<string, { files: number; from?: string }>,
): FlagResult[] {
  return (o.flags ?? []).map((flag) => {
    const match = flagMatcher(flag);
    const part = new CoverageReport();
    for (const f of report.files.values()) if (match(f.path)) part.files.set(f.path, f);
    let sub: DiffCoverage | undefined;
    if (diff) {
      const files = diff.files.filter((f) => match(f.path));
      sub = { range: diff.range, files, changed: 0, measured: 0, covered: 0, unmeasured: 0 };
      for (const f of files) {
        sub.changed += f.changed;
        sub.measured += f.measured;
        sub.covered += f.covered;
        sub.unmeasured += f.changed - f.measured;
      }
    }
    const gates = evaluateGates(
      part,
      { ...o, min: flag.min, minFile: undefined, thresholds: [], minDiff: flag.minDiff, maxDrop: undefined },
      sub,
      undefined,
    ).map((g) => ({ ...g, subject: `${flag.name} ${g.subject}`, message: `${flag.name}: ${g.message}` }));
    return { flag, report: part, diff: sub, gates, carried: carried.get(flag.name) };
  });
}
