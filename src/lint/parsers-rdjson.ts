import { json, level, list, num, obj, str } from './parsers-more.js';
import type { Finding } from './types.js';

type Raw = Omit<Finding, 'check'>;

/** An rdjson position: 1-based line and column (absent column: the line's start). */
const pos = (p: unknown) => ({ line: num(obj(p).line), column: num(obj(p).column) ?? 1 });

/**
 * reviewdog's Diagnostic Format, JSON (rdjson): `{ diagnostics: [{ message, severity, code: { value },
 * location: { path, range: { start, end } }, suggestions: [{ range, text }] }] }` — biome
 * `--reporter=rdjson` writes it, with its fixes as `suggestions` (its `--reporter=json` has none).
 */
export function parseRdjson(stdout: string): Raw[] {
  return list(json(stdout, 'rdjson'), 'diagnostics', 'rdjson').map((d) => {
    const loc = obj(d.location);
    const range = obj(loc.range);
    const start = pos(range.start);
    const end = range.end ? pos(range.end) : undefined;
    const edits = ((d.suggestions as unknown[] | undefined) ?? []).map(obj).flatMap((s) => {
      const r = obj(s.range);
      const a = pos(r.start);
      const b = r.end ? pos(r.end) : a;
      return a.line && b.line && typeof s.text === 'string'
        ? [{ line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: s.text }]
        : [];
    });
    return {
      file: str(loc.path),
      line: start.line,
      column: start.line ? start.column : undefined,
      endLine: end?.line,
      endColumn: end?.line ? end.column : undefined,
      rule: str(obj(d.code).value),
      message: String(d.message ?? ''),
      // rdjson severities are ERROR, WARNING, INFO (UNKNOWN_SEVERITY: the tool's default, an error).
      severity: level(d.severity),
      ...(edits.length ? { fixEdits: edits } : {}),
    };
  });
}
