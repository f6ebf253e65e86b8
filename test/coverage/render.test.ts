import { describe, expect, it } from 'vitest';
import { diffCoverage } from '../../src/coverage/diff.js';
import { evaluateGates } from '../../src/coverage/gates.js';
import { CoverageReport } from '../../src/coverage/model.js';
import { badgeSvg, COMMENT_LIMIT, COMMENT_MARKER, renderComment, renderMarkdown } from '../../src/coverage/render.js';
import type { CoverageOptions } from '../../src/coverage/types.js';

function report(files: number, prefix = 'pkg', depth = 5): CoverageReport {
  const r = new CoverageReport();
  for (let i = 0; i < files; i++) {
    const f = r.file(`${prefix}${i}/${'deep/'.repeat(depth)}file${i}.ts`);
    for (let l = 1; l <= 10; l++) f.addLine(l, l <= i % 10 ? 1 : 0);
  }
  return r;
}
const opts = (o: Partial<CoverageOptions> = {}): CoverageOptions => ({
  files: ['x'],
  format: 'auto',
  exclude: [],
  min: {},
  thresholds: [],
  mergedReport: 'm',
  mergedFormat: 'lcov',
  comment: true,
  annotate: true,
  maxAnnotations: 20,
  ...o,
});

describe('gates', () => {
  const r = new CoverageReport();
  const a = r.file('src/a.ts');
  for (let l = 1; l <= 8; l++) a.addLine(l, l <= 6 ? 1 : 0); // 75%
  a.addBranch(1, 0, 0, 1);
  a.addBranch(1, 0, 1, 0); // 50%
  const b = r.file('lib/b.ts');
  b.addLine(1, 0);
  b.addLine(2, 1); // 50%

  it.each<[Partial<CoverageOptions>, boolean, RegExp]>([
    [{ min: { lines: 70 } }, true, /lines 70\.00% ≥ 70%/],
    [{ min: { lines: 80 } }, false, /lines 70\.00% \(7\/10\) is 10\.00 points below min-lines 80%/],
    [{ min: { branches: 60 } }, false, /branches 50\.00% \(1\/2\) is 10\.00 points below min-branches 60%/],
    [{ min: { functions: 50 } }, false, /the reports measure no functions, so min-functions 50% cannot hold/],
    [{ minFile: 60 }, false, /lib\/b\.ts 50\.00% \(1\/2\) is 10\.00 points below min-file 60%/],
    [{ thresholds: [{ glob: 'src/**', floors: { lines: 75 } }] }, true, /src\/\*\* lines 75\.00% ≥ 75%/],
    [
      { thresholds: [{ glob: 'lib/**', floors: { lines: 75 } }] },
      false,
      /lib\/\*\* lines 50\.00% \(1\/2\) is 25\.00 points below thresholds 75%/,
    ],
    [{ thresholds: [{ glob: 'none/**', floors: { lines: 1 } }] }, false, /no file matches/],
    [{ minDiff: 80 }, false, /the diff could not be computed/],
  ])('%j → passed %s', (o, passed, message) => {
    const gates = evaluateGates(r, opts(o), undefined, undefined);
    expect(gates.every((g) => g.passed)).toBe(passed);
    expect(gates.map((g) => g.message).join('\n')).toMatch(message);
  });

  it('max-drop compares with the baseline and says by how much it missed', () => {
    const baseline = {
      format: 'shipline-coverage-baseline' as const,
      version: 1 as const,
      lines: { total: 10, covered: 9 },
      branches: { total: 0, covered: 0 },
      functions: { total: 0, covered: 0 },
    };
    const [g] = evaluateGates(r, opts({ maxDrop: 5 }), undefined, baseline);
    expect(g.passed).toBe(false);
    expect(g.message).toMatch(
      /lines dropped 20\.00 points \(90\.00% → 70\.00%\), more than max-drop 5 allows by 15\.00/,
    );
    expect(evaluateGates(r, opts({ maxDrop: 25 }), undefined, baseline)[0].passed).toBe(true);
  });
});

describe('the sticky comment', () => {
  it("carries the marker and fits GitHub's limit, saying what it cut", () => {
    // 300 packages with 1,500-character names: 50 table rows alone pass 65,536 characters.
    const input = { report: report(300, 'pkg', 300), gates: [], notes: [], reports: 1 };
    const full = renderMarkdown(input);
    const body = renderComment(input);
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(body.startsWith(COMMENT_MARKER)).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/280 more package\(s\) not shown/);
    expect(full).toMatch(/250 more package\(s\) not shown/);
  });
  it('hard-truncates with a note when even the short form is too long', () => {
    const notes = Array.from({ length: 2000 }, (_, i) => `note ${i} ${'x'.repeat(60)}`);
    const body = renderComment({ report: report(3), gates: [], notes, reports: 1 });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body).toMatch(/comment truncated: \d+ characters cut to stay under GitHub's 65536-character limit/);
  });
});

describe('badge', () => {
  it.each([
    [95.5, '95.5%', '#4c1'],
    [72, '72%', '#dfb317'],
    [undefined, 'n/a', '#9f9f9f'],
  ])('%s → %s', (p, text, color) => {
    const svg = badgeSvg(p);
    expect(svg).toContain(`>${text}</text>`);
    expect(svg).toContain(color);
  });
});

describe('the comment leads with the change', () => {
  // src/a.ts: 10 lines, 1-6 covered; changed 5-9 (5,6 covered; 7-9 not). lib/new.ts: new, all covered.
  const r = new CoverageReport();
  const a = r.file('src/a.ts');
  for (let l = 1; l <= 10; l++) a.addLine(l, l <= 6 ? 1 : 0);
  const n = r.file('lib/new.ts');
  n.addLine(1, 3);
  const diff = diffCoverage(
    r,
    new Map([
      ['src/a.ts', [{ start: 5, end: 9 }]],
      ['lib/new.ts', [{ start: 1, end: 2 }]],
      ['README.md', [{ start: 1, end: 3 }]],
    ]),
  );
  const links = { blob: 'https://github.com/acme/api/blob/abc123/' };
  const baseline = {
    format: 'shipline-coverage-baseline' as const,
    version: 1 as const,
    sha: 'def4567890',
    lines: { total: 10, covered: 7 },
    branches: { total: 0, covered: 0 },
    functions: { total: 0, covered: 0 },
    files: { 'src/a.ts': { total: 10, covered: 7 } },
  };
  const gates = evaluateGates(r, opts({ minDiff: 80 }), diff, baseline);

  it('patch coverage and its gate first, then the changed files with Δ and links to the uncovered lines', () => {
    const body = renderComment({ report: r, gates, diff, baseline, notes: [], reports: 1, links });
    const lines = body.split('\n');
    expect(lines[0]).toBe(COMMENT_MARKER);
    expect(lines[1]).toBe('## ❌ Changed lines: 50.00% covered (3/6) · ❌ 30.00 points below min-diff 80%');
    expect(lines[3]).toMatch(
      /^Project: lines \*\*63\.63%\*\* \(−6\.36\), Δ vs baseline def4567 · ❌ 1 of 1 gate\(s\) failed/,
    );
    expect(body).toContain('| changed file | changed lines | file | Δ file | uncovered changed lines |');
    expect(body).toContain(
      '| [src/a.ts](https://github.com/acme/api/blob/abc123/src/a.ts) | 40.00% (2/5) | 60.00% | −10.00 | [L7-L9](https://github.com/acme/api/blob/abc123/src/a.ts#L7-L9) |',
    );
    expect(body).toContain(
      '| [lib/new.ts](https://github.com/acme/api/blob/abc123/lib/new.ts) | 100.00% (1/1) | 100.00% | new |  |',
    );
    expect(body).toContain('4 of 10 changed line(s) are not measured');
    // The changed files say more about a change than a package table: the comment drops it, the summary keeps it.
    expect(body).not.toContain('### Packages');
    expect(renderMarkdown({ report: r, gates, diff, baseline, notes: [], reports: 1, links })).toContain(
      '### Packages',
    );
  });

  it('without a baseline there is no Δ column, and without a repository no links', () => {
    const body = renderComment({ report: r, gates: [], diff, notes: [], reports: 1 });
    expect(body).toContain('## Changed lines: 50.00% covered (3/6) · no min-diff gate');
    expect(body).toContain('| changed file | changed lines | file | uncovered changed lines |');
    expect(body).toContain('| src/a.ts | 40.00% (2/5) | 60.00% | L7-L9 |');
    expect(body).not.toContain('Δ');
  });
});
