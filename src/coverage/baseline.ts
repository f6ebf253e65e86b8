import { existsSync, readFileSync } from 'node:fs';
import { ConfigError, describeThrown } from '../core/errors.js';
import type { ToolContext } from '../core/tool.js';
import type { Baseline } from './gates.js';
import type { Count, CoverageReport } from './model.js';

/** Read a baseline written by write-baseline; undefined when the file is not there. */
export function readBaseline(path: string, display: string): Baseline | undefined {
  if (!existsSync(path)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw ConfigError.forInput(
      'baseline',
      `${display} is not valid JSON (${describeThrown(e)})`,
      'point it at a file written by write-baseline',
      { file: display },
    );
  }
  const b = data as Partial<Baseline>;
  const okCount = (c: unknown) =>
    !!c &&
    typeof c === 'object' &&
    Number.isInteger((c as { total: number }).total) &&
    Number.isInteger((c as { covered: number }).covered);
  if (
    b?.format !== 'shipline-coverage-baseline' ||
    !okCount(b.lines) ||
    !okCount(b.branches) ||
    !okCount(b.functions) ||
    (b.files !== undefined && (typeof b.files !== 'object' || !Object.values(b.files ?? {}).every(okCount))) ||
    (b.detail !== undefined &&
      (typeof b.detail !== 'object' ||
        !Object.values(b.detail ?? {}).every(
          (d) =>
            !!d &&
            typeof d === 'object' &&
            (d.branches === undefined || okCount(d.branches)) &&
            (d.functions === undefined || okCount(d.functions)),
        )))
  ) {
    throw ConfigError.forInput(
      'baseline',
      `${display} is not a shipline coverage baseline`,
      'point it at a file written by write-baseline',
      { file: display },
    );
  }
  return b as Baseline;
}

export function baselineOf(report: CoverageReport, ctx: ToolContext): Baseline {
  const t = report.totals();
  const files: Record<string, Count> = {};
  const detail: NonNullable<Baseline['detail']> = {};
  for (const p of [...report.files.keys()].sort()) {
    const { lines: l, branches: b, functions: fn } = report.files.get(p)!.totals();
    if (l.total) files[p] = { total: l.total, covered: l.covered };
    const d: NonNullable<Baseline['detail']>[string] = {};
    if (b.total) d.branches = { total: b.total, covered: b.covered };
    if (fn.total) d.functions = { total: fn.total, covered: fn.covered };
    if (d.branches || d.functions) detail[p] = d;
  }
  return {
    format: 'shipline-coverage-baseline',
    version: 1,
    sha: ctx.event.sha || undefined,
    ref: ctx.event.ref || undefined,
    createdAt: new Date(ctx.now()).toISOString(),
    ...t,
    files,
    detail,
  };
}
