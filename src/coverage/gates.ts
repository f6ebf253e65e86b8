import picomatch from 'picomatch';
import type { DiffCoverage } from './diff.js';
import type { Count, CoverageReport } from './model.js';
import type { CoverageOptions, Metric } from './types.js';

export interface GateResult {
  name: string;
  /** What is measured, e.g. "lines" or "src/api/** branches". */
  subject: string;
  actual?: number;
  minimum: number;
  passed: boolean;
  /** One line: the figure, the floor and by how much it missed. */
  message: string;
}

export interface Baseline {
  format: 'shipline-coverage-baseline';
  version: 1;
  sha?: string;
  ref?: string;
  createdAt?: string;
  lines: Count;
  branches: Count;
  functions: Count;
  /** Line coverage per file (from version 1 files written since per-file Δ): the changed-files table's Δ. */
  files?: Record<string, Count>;
  /** Branch and function coverage per file, where a file has any (written since flags carry forward): a carried flag's branch and function totals. */
  detail?: Record<string, { branches?: Count; functions?: Count }>;
}

/** Exact ratio as a percentage; undefined when nothing is measured. */
export const ratio = (c: Count): number | undefined => (c.total === 0 ? undefined : (c.covered / c.total) * 100);
/** Two decimals, rounded down so 99.999% never shows as 100%. */
export const fmt = (p: number | undefined): string =>
  p === undefined ? '' : (Math.floor(p * 100 + 1e-9) / 100).toFixed(2);

function gate(name: string, subject: string, c: Count | undefined, minimum: number, none: string): GateResult {
  const actual = c ? ratio(c) : undefined;
  if (actual === undefined) {
    return {
      name,
      subject,
      minimum,
      passed: false,
      message: `${subject}: ${none}, so ${name} ${minimum}% cannot hold (measure it, or drop the gate)`,
    };
  }
  const passed = actual + 1e-9 >= minimum;
  const by = minimum - actual;
  return {
    name,
    subject,
    actual,
    minimum,
    passed,
    message: passed
      ? `${subject} ${fmt(actual)}% ≥ ${minimum}%`
      : `${subject} ${fmt(actual)}% (${c!.covered}/${c!.total}) is ${by.toFixed(2)} points below ${name} ${minimum}%`,
  };
}

const METRICS: Metric[] = ['lines', 'branches', 'functions'];

/** Every gate that is set, each saying by how much it held or missed. */
export function evaluateGates(
  report: CoverageReport,
  o: CoverageOptions,
  diff: DiffCoverage | undefined,
  baseline: Baseline | undefined,
): GateResult[] {
  const out: GateResult[] = [];
  const totals = report.totals();
  for (const m of METRICS) {
    const min = o.min[m];
    if (min !== undefined) out.push(gate(`min-${m}`, m, totals[m], min, `the reports measure no ${m}`));
  }
  if (o.minFile !== undefined) {
    const low: GateResult[] = [];
    for (const f of [...report.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const t = f.totals().lines;
      if (t.total === 0) continue;
      const g = gate('min-file', f.path, t, o.minFile, 'no lines measured');
      if (!g.passed) low.push(g);
    }
    out.push(...low);
    if (!low.length)
      out.push({
        name: 'min-file',
        subject: 'every file',
        minimum: o.minFile,
        passed: true,
        message: `every file ≥ ${o.minFile}% lines`,
      });
  }
  for (const t of o.thresholds) {
    const match = picomatch(t.glob, { dot: true });
    const sum = report.totals((p) => match(p));
    for (const m of METRICS) {
      const min = t.floors[m];
      if (min === undefined) continue;
      out.push(gate(`thresholds`, `${t.glob} ${m}`, sum[m], min, `no file matches or none has ${m} data`));
    }
  }
  if (o.minDiff !== undefined) {
    if (!diff)
      out.push({
        name: 'min-diff',
        subject: 'changed lines',
        minimum: o.minDiff,
        passed: false,
        message: 'changed lines: the diff could not be computed, so min-diff cannot hold',
      });
    else if (diff.measured === 0) {
      // Nothing measurable changed (docs, config): nothing can be uncovered.
      out.push({
        name: 'min-diff',
        subject: 'changed lines',
        minimum: o.minDiff,
        passed: true,
        message: `changed lines: none of the ${diff.changed} changed line(s) is measured by the reports`,
      });
    } else
      out.push(
        gate(
          'min-diff',
          'changed lines',
          { total: diff.measured, covered: diff.covered },
          o.minDiff,
          'no changed line measured',
        ),
      );
  }
  if (o.maxDrop !== undefined && baseline) {
    const now = ratio(totals.lines);
    const then = ratio(baseline.lines);
    if (now !== undefined && then !== undefined) {
      const delta = now - then;
      const passed = delta + 1e-9 >= -o.maxDrop;
      out.push({
        name: 'max-drop',
        subject: 'lines vs baseline',
        actual: delta,
        minimum: -o.maxDrop,
        passed,
        message: passed
          ? `lines ${fmt(now)}% vs baseline ${fmt(then)}% (${signed(delta)} points, max-drop ${o.maxDrop})`
          : `lines dropped ${(-delta).toFixed(2)} points (${fmt(then)}% → ${fmt(now)}%), more than max-drop ${o.maxDrop} allows by ${(-delta - o.maxDrop).toFixed(2)}`,
      });
    }
  }
  return out;
}

export function signed(n: number): string {
  const r = Math.round(n * 100) / 100;
  return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)}`;
}
