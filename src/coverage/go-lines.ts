import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoverageReport } from './model.js';
import { blockStatementLines, goTokens } from './parsers/go-source.js';

/**
 * Go profiles count statements; LCOV and changed-line coverage count lines. Give each Go file
 * the lines that hold statements (read from its source in the checkout), so the merged LCOV,
 * the changed-line figure and the headline all count the same things: a comment or blank line
 * inside a block is not measured. A file whose source is not here keeps the lines its blocks
 * span, and the returned note says so.
 */
export function goStatementLines(report: CoverageReport, root: string): string | undefined {
  const missing: string[] = [];
  for (const f of report.files.values()) {
    if (!f.blocks || f.statementLines) continue;
    let src: Uint8Array;
    try {
      src = readFileSync(join(root, f.path));
    } catch {
      missing.push(f.path);
      continue;
    }
    const tokens = goTokens(src);
    f.clearLines();
    for (const key of f.blocks.keys()) {
      const b = f.blocks.get(key)!;
      if (b.statements === 0) continue;
      const m = /^(\d+)\.(\d+),(\d+)\.(\d+)$/.exec(key)!;
      const lines = blockStatementLines(
        tokens,
        { line: Number(m[1]), col: Number(m[2]) },
        { line: Number(m[3]), col: Number(m[4]) },
      ) ?? [b.start];
      // A line is covered when any statement on it ran.
      for (const l of lines) f.maxLine(l, b.hits);
    }
    f.statementLines = true;
  }
  if (!missing.length) return undefined;
  return `${missing.length} Go file(s) are not in this checkout (e.g. ${missing.slice(0, 3).join(', ')}): their lines in the merged LCOV and changed-line coverage are every line their blocks span, not only lines holding statements.`;
}
