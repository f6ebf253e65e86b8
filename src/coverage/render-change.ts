import { cell } from '../core/summary.js';
import type { LineRange } from '../core/git.js';
import type { DiffCoverage } from './diff.js';
import { fmt, ratio, signed, type Baseline, type GateResult } from './gates.js';
import type { FlagResult } from './flags.js';
import type { Count, CoverageReport } from './model.js';

/** Where a file's lines are shown on GitHub: `{server}/{repo}/blob/{head sha}/{prefix}` (prefix: the workspace in the repository). */
export interface Links {
  blob: string;
}

export const table = (header: string[], rows: Array<Array<string | number>>): string =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');

const pct = (c: Count) => (c.total === 0 ? 'n/a' : `${fmt(ratio(c))}%`);
const span = (u: LineRange) => (u.start === u.end ? `L${u.start}` : `L${u.start}-L${u.end}`);
/** Markdown link text cannot hold `[`/`]` unescaped; a URL path needs spaces and `#`/`?` escaped. */
const text = (s: string) => s.replace(/([[\]\\])/g, '\\$1');
const urlPath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

export function fileLink(path: string, links?: Links, range?: LineRange): string {
  const label = range ? span(range) : text(path);
  if (!links) return range ? label : path;
  return `[${label}](${links.blob}${urlPath(path)}${range ? `#${span(range)}` : ''})`;
}

/**
 * The headline of a change: changed-line coverage and the min-diff gate it met or missed; or,
 * without a diff, the total line coverage.
 */
export function headline(diff: DiffCoverage | undefined, gates: GateResult[], total: Count): string {
  const g = gates.find((x) => x.name === 'min-diff');
  if (diff && diff.measured) {
    const c = { total: diff.measured, covered: diff.covered };
    const verdict = !g
      ? ' · no min-diff gate'
      : g.passed
        ? ` · ✅ min-diff ${g.minimum}% held`
        : ` · ❌ ${(g.minimum - (g.actual ?? 0)).toFixed(2)} points below min-diff ${g.minimum}%`;
    return `## ${g ? (g.passed ? '✅' : '❌') + ' ' : ''}Changed lines: ${pct(c)} covered (${diff.covered}/${diff.measured})${verdict}`;
  }
  if (diff)
    return `## Changed lines: none of the ${diff.changed} changed line(s) is measured${g ? ` · ✅ min-diff ${g.minimum}% cannot fail` : ''}`;
  return `## Coverage: ${fmt(ratio(total)) || 'n/a'}% lines`;
}

/** One line for the whole project: each metric, with its move against the baseline. */
export function projectLine(t: Record<'lines' | 'branches' | 'functions', Count>, baseline?: Baseline): string {
  const parts: string[] = [];
  for (const k of ['lines', 'branches', 'functions'] as const) {
    if (t[k].total === 0) continue;
    const now = ratio(t[k])!;
    const then = baseline ? ratio(baseline[k]) : undefined;
    parts.push(`${k} **${fmt(now)}%**${then !== undefined ? ` (${signed(now - then)})` : ''}`);
  }
  const vs = baseline ? ` vs baseline${baseline.sha ? ` ${baseline.sha.slice(0, 7)}` : ''}` : '';
  return `Project: ${parts.join(' · ') || 'nothing measured'}${parts.length && vs ? `, Δ${vs}` : ''}`;
}

/**
 * Changed files, worst first: their changed-line coverage, the whole file's coverage and its
 * move against the baseline (when the baseline knows the file), and the uncovered changed
 * ranges as links to the lines. Undefined when no changed file is measured.
 */
export function changedFilesTable(
  diff: DiffCoverage,
  report: CoverageReport,
  baseline: Baseline | undefined,
  links: Links | undefined,
  limit: number,
): string | undefined {
  const files = diff.files
    .filter((f) => f.measured > 0)
    .sort((a, b) => b.measured - b.covered - (a.measured - a.covered) || (a.path < b.path ? -1 : 1));
  if (!files.length) return undefined;
  const withDelta = !!baseline?.files;
  const shown = files.slice(0, limit);
  const header = ['changed file', 'changed lines', 'file', ...(withDelta ? ['Δ file'] : []), 'uncovered changed lines'];
  const rows = shown.map((f) => {
    const now = report.files.get(f.path)?.totals().lines;
    const then = baseline?.files?.[f.path];
    const delta =
      now && then && ratio(now) !== undefined && ratio(then) !== undefined
        ? signed(ratio(now)! - ratio(then)!)
        : then
          ? ''
          : 'new';
    return [
      fileLink(f.path, links),
      `${pct({ total: f.measured, covered: f.covered })} (${f.covered}/${f.measured})`,
      now ? pct(now) : 'n/a',
      ...(withDelta ? [delta] : []),
      f.uncovered
        .slice(0, 8)
        .map((u) => fileLink(f.path, links, u))
        .join(', ') + (f.uncovered.length > 8 ? `, … ${f.uncovered.length - 8} more` : ''),
    ];
  });
  const out = [table(header, rows)];
  if (files.length > shown.length) out.push('', `…and ${files.length - shown.length} more changed file(s).`);
  return out.join('\n');
}

/** One row per flag: its coverage, its changed lines and whether its own gates held. */
export function flagsTable(flags: FlagResult[]): string | undefined {
  if (!flags.length) return undefined;
  const rows = flags.map((f) => {
    const t = f.report.totals();
    const failed = f.gates.filter((g) => !g.passed);
    const d = f.diff;
    return [
      f.flag.name,
      t.lines.total ? `${pct(t.lines)} (${t.lines.covered}/${t.lines.total})` : 'n/a',
      t.branches.total ? pct(t.branches) : '',
      d && d.measured ? `${pct({ total: d.measured, covered: d.covered })} (${d.covered}/${d.measured})` : d ? '—' : '',
      f.gates.length === 0
        ? ''
        : failed.length
          ? `❌ ${failed.map((g) => g.subject.slice(f.flag.name.length + 1)).join(', ')}`
          : `✅ ${f.gates.length}`,
      f.carried ? `carried forward${f.carried.from ? ` from ${f.carried.from}` : ''}` : '',
    ];
  });
  return ['### Flags', '', table(['flag', 'lines', 'branches', 'changed lines', 'gates', ''], rows)].join('\n');
}
