import type { DiffCoverage } from './diff.js';
import { fmt, ratio, type Baseline, type GateResult } from './gates.js';
import type { Count, CoverageReport } from './model.js';
import type { FlagResult } from './flags.js';
import { changedFilesTable, flagsTable, headline, projectLine, table, type Links } from './render-change.js';

export const COMMENT_MARKER = '<!-- shipline:coverage-gate -->';

/** The marker of one call's comment: two calls on one pull request (a monorepo) keep two comments. */
export function commentMarker(id?: string): string {
  return id ? `<!-- shipline:coverage-gate:${id} -->` : COMMENT_MARKER;
}
/** GitHub rejects issue comments over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

export interface RenderInput {
  report: CoverageReport;
  gates: GateResult[];
  diff?: DiffCoverage;
  diffNote?: string;
  baseline?: Baseline;
  notes: string[];
  reports: number;
  /** Links to the head commit's lines, for uncovered changed ranges. */
  links?: Links;
  /** A flag's or component's name: headings say which part of a monorepo this is. */
  title?: string;
  /** Monorepo parts, a row each. */
  flags?: FlagResult[];
}

const show = (c: Count) => (c.total === 0 ? 'n/a' : `${fmt(ratio(c))}% (${c.covered}/${c.total})`);

/** Directory of a path, the "package" for the per-package table. */
const packageOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');

type Section = { id: string; text: string; rows?: number; cut?: number };

/**
 * The Markdown shown in the job summary and the PR comment, as sections so the comment can
 * drop the long tables first when it must fit GitHub's limit. It leads with what the change
 * did (changed-line coverage and its gate, then the changed files); the project's totals
 * follow on one line. `limits` caps table rows; `comment` leaves out what a reviewer of the
 * change does not need (the per-package table, when there is a diff to show).
 */
export function renderSections(r: RenderInput, limits = { files: 10, packages: 50, comment: false }): Section[] {
  const t = r.report.totals();
  const failed = r.gates.filter((g) => !g.passed);
  const sections: Section[] = [];
  const status =
    r.gates.length === 0
      ? 'no gate set'
      : failed.length
        ? `❌ ${failed.length} of ${r.gates.length} gate(s) failed`
        : `✅ all ${r.gates.length} gate(s) held`;
  const head = headline(r.diff, r.gates, t.lines);
  sections.push({
    id: 'totals',
    text: [
      r.title ? head.replace(/^## /, `## ${r.title}: `) : head,
      '',
      `${projectLine(t, r.baseline)} · ${status} · ${r.report.files.size} file(s) from ${r.reports} report(s)`,
      ...(r.diff?.range ? ['', `<sub>${r.diff.range.description}.</sub>`] : []),
    ].join('\n'),
  });
  if (r.diff) {
    const d = r.diff;
    const lines: string[] = [];
    const files = changedFilesTable(d, r.report, r.baseline, r.links, limits.files);
    if (files) lines.push(files);
    if (d.unmeasured)
      lines.push(
        `${files ? '\n' : ''}${d.unmeasured} of ${d.changed} changed line(s) are not measured (blank lines, comments, files without coverage).`,
      );
    if (lines.length) sections.push({ id: 'diff', text: lines.join('\n') });
  } else if (r.diffNote) sections.push({ id: 'diff', text: `### Changed lines\n\n${r.diffNote}` });
  const flags = flagsTable(r.flags ?? []);
  if (flags) sections.push({ id: 'flags', text: flags });
  if (r.gates.length) {
    // Failed gates first: they are why the check is red.
    const ordered = [...failed, ...r.gates.filter((g) => g.passed)];
    sections.push({
      id: 'gates',
      text: ['### Gates', '', ...ordered.map((g) => `- ${g.passed ? '✅' : '❌'} ${g.message}`)].join('\n'),
    });
  }
  const pkgs = new Map<string, Count>();
  for (const f of r.report.files.values()) {
    const p = packageOf(f.path);
    const c = pkgs.get(p) ?? { total: 0, covered: 0 };
    const l = f.totals().lines;
    c.total += l.total;
    c.covered += l.covered;
    pkgs.set(p, c);
  }
  // One package says nothing the project line did not; a change is read from its files.
  if (pkgs.size > 1 && !(limits.comment && r.diff)) {
    const rows = [...pkgs].sort((a, b) => (ratio(a[1]) ?? 101) - (ratio(b[1]) ?? 101) || (a[0] < b[0] ? -1 : 1));
    const shown = rows.slice(0, limits.packages);
    sections.push({
      id: 'packages',
      rows: rows.length,
      cut: rows.length - shown.length,
      text: [
        '### Packages (least covered first)',
        '',
        table(
          ['package', 'lines'],
          shown.map(([p, c]) => [p, show(c)]),
        ),
        ...(rows.length > shown.length ? ['', `…${rows.length - shown.length} more package(s) not shown.`] : []),
      ].join('\n'),
    });
  }
  if (r.notes.length)
    sections.push({ id: 'notes', text: ['### Notes', '', ...r.notes.map((n) => `- ${n}`)].join('\n') });
  return sections;
}

export function renderMarkdown(r: RenderInput): string {
  return (
    renderSections(r)
      .map((s) => s.text)
      .join('\n\n') + '\n'
  );
}

/** The sticky comment: marker first, then the summary, cut to GitHub's limit saying what was cut. */
export function renderComment(r: RenderInput, footer = '', limit = COMMENT_LIMIT, marker = COMMENT_MARKER): string {
  const build = (files: number, packages: number) =>
    `${marker}\n${renderSections(r, { files, packages, comment: true })
      .map((s) => s.text)
      .join('\n\n')}\n${footer}`;
  let body = build(10, 50);
  for (const [files, packages] of [
    [10, 20],
    [10, 5],
    [5, 0],
  ] as const) {
    if (body.length <= limit) return body;
    body = build(files, packages);
  }
  if (body.length <= limit) return body;
  const note = `\n\n> ✂️ comment truncated: ${body.length - limit + 200} characters cut to stay under GitHub's ${limit}-character limit; the full summary is in the job summary.\n`;
  const cut = body.slice(0, limit - note.length - 200);
  return cut.slice(0, Math.max(cut.lastIndexOf('\n'), marker.length)) + note;
}

/** A shields-style SVG badge for line coverage. */
export function badgeSvg(percent: number | undefined): string {
  const value = percent === undefined ? 'n/a' : `${fmt(percent).replace(/\.?0+$/, '') || '0'}%`;
  const color =
    percent === undefined
      ? '#9f9f9f'
      : percent >= 90
        ? '#4c1'
        : percent >= 80
          ? '#97ca00'
          : percent >= 70
            ? '#dfb317'
            : percent >= 50
              ? '#fe7d37'
              : '#e05d44';
  const lw = 61;
  const vw = 8 + value.length * 7;
  const w = lw + vw;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="coverage: ${value}"><title>coverage: ${value}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${lw / 2}" y="14">coverage</text><text x="${lw + vw / 2}" y="14">${value}</text></g></svg>\n`;
}
