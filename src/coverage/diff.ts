import type { DiffRange, LineRange } from '../core/git.js';
import type { CoverageReport } from './model.js';

export interface FileDiff {
  path: string;
  changed: number;
  measured: number;
  covered: number;
  /** Uncovered changed lines, merged into ranges (unmeasured lines between them are bridged). */
  uncovered: LineRange[];
}

export interface DiffCoverage {
  range?: DiffRange;
  files: FileDiff[];
  changed: number;
  measured: number;
  covered: number;
  /** Changed lines the reports do not measure (comments, blank lines, files without coverage). */
  unmeasured: number;
}

/**
 * diff-cover's definition: of the changed lines, those the report measures count; a changed
 * line is covered when its hit count is above 0. Files not in the report add only to the
 * unmeasured count.
 */
export function diffCoverage(
  report: CoverageReport,
  changed: Map<string, LineRange[]>,
  range?: DiffRange,
): DiffCoverage {
  const out: DiffCoverage = { range, files: [], changed: 0, measured: 0, covered: 0, unmeasured: 0 };
  for (const [path, ranges] of [...changed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const f = report.files.get(path);
    const fd: FileDiff = { path, changed: 0, measured: 0, covered: 0, uncovered: [] };
    let open: LineRange | undefined;
    for (const r of ranges) {
      for (let line = r.start; line <= r.end; line++) {
        fd.changed++;
        const hits = f?.lineHits(line);
        if (hits === undefined) continue;
        fd.measured++;
        if (hits > 0) {
          fd.covered++;
          open = undefined;
        } else if (open && noMeasuredBetween(report, path, open.end, line)) open.end = line;
        else {
          open = { start: line, end: line };
          fd.uncovered.push(open);
        }
      }
    }
    out.changed += fd.changed;
    out.measured += fd.measured;
    out.covered += fd.covered;
    out.unmeasured += fd.changed - fd.measured;
    if (fd.changed) out.files.push(fd);
  }
  return out;
}

function noMeasuredBetween(report: CoverageReport, path: string, a: number, b: number): boolean {
  const f = report.files.get(path);
  for (let l = a + 1; l < b; l++) if (f?.lineHits(l) !== undefined) return false;
  return true;
}
