import { ParseError } from './parsers.js';
import type { Finding } from './types.js';

type Raw = Omit<Finding, 'check'>;
type Obj = Record<string, unknown>;

export const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.trunc(n) : undefined;
};
export const str = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
export const obj = (v: unknown): Obj => (v && typeof v === 'object' ? (v as Obj) : {});

/** The first JSON value in a text; undefined when empty. */
export function json(text: string, what: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  for (const start of [0, t.search(/[[{]/)]) {
    if (start < 0) continue;
    try {
      return JSON.parse(t.slice(start));
    } catch {
      /* next */
    }
  }
  throw new ParseError(`the output is not ${what} JSON`);
}

export function list(doc: unknown, key: string | undefined, what: string): Obj[] {
  const arr = key ? obj(doc)[key] : doc;
  if (doc === undefined) return [];
  if (arr === null && key) return [];
  if (!Array.isArray(arr)) throw new ParseError(`${what} JSON has no ${key ?? 'top-level'} array`);
  return arr.map(obj);
}

export const level = (s: unknown, fallback: Finding['severity'] = 'error'): Finding['severity'] => {
  const w = String(s ?? '').toLowerCase();
  if (/^(error|fatal|high|critical)$/.test(w)) return 'error';
  if (/^(warning|warn|medium|low|convention|refactor|style)$/.test(w)) return 'warning';
  if (/^(info|information|note|notice|hint|ignore)$/.test(w)) return 'notice';
  return fallback;
};

/**
 * mypy: `file:line[:col]: error: message  [code]`; `note:` lines that follow a finding at the
 * same place (or the same file) belong to it and are folded into its message, not counted.
 */
export function parseMypy(text: string): Raw[] {
  const out: Raw[] = [];
  let last: Raw | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^(?!\s)([^:\n]+?):(\d+):(?:(\d+):)?\s*(error|warning|note):\s?(.*)$/.exec(line);
    if (!m) {
      if (!/^\s*$/.test(line) && !/^(Found|Success:)/.test(line)) last = undefined;
      continue;
    }
    const [, file, ln, col, kind, rest] = m;
    if (kind === 'note' && last && last.file === file) {
      last.message += `\n${rest.trim()}`;
      continue;
    }
    const tail = /\s+\[([\w-]+)\]$/.exec(rest);
    last = {
      file,
      line: Number(ln),
      column: col ? Number(col) : undefined,
      severity: kind === 'note' ? 'notice' : level(kind),
      rule: tail?.[1],
      message: (tail ? rest.slice(0, tail.index) : rest).trim(),
    };
    out.push(last);
  }
  return out;
}

/** biome lint/check --reporter=json: { diagnostics: [{ severity, message, category, location: { path, start, end } }] } */
export function parseBiomeJson(stdout: string): Raw[] {
  const doc = json(stdout, 'biome');
  return list(doc, 'diagnostics', 'biome').map((d) => {
    const loc = obj(d.location);
    const start = obj(loc.start);
    const end = obj(loc.end);
    const path = typeof loc.path === 'string' ? loc.path : str(obj(loc.path).file);
    return {
      file: path,
      line: num(start.line),
      column: num(start.column),
      endLine: num(end.line),
      endColumn: num(end.column),
      rule: str(d.category),
      message: String(d.message ?? d.description ?? ''),
      severity: level(d.severity),
    };
  });
}

/** oxlint -f json: { diagnostics: [{ message, code: "eslint(no-debugger)", severity, filename, labels: [{ span: { line, column } }], help }] } */
export function parseOxlintJson(stdout: string): Raw[] {
  const doc = json(stdout, 'oxlint');
  return list(doc, 'diagnostics', 'oxlint').map((d) => {
    const span = obj(obj((d.labels as unknown[] | undefined)?.[0]).span);
    const help = str(d.help);
    return {
      file: str(d.filename),
      line: num(span.line),
      column: num(span.column),
      rule: str(d.code),
      message: `${String(d.message ?? '')}${help ? ` (${help})` : ''}`,
      severity: level(d.severity),
    };
  });
}

/** prettier --check: `[warn] file` per unformatted file, `[error] file: SyntaxError: … (3:5)` per unparsable one. */
export function parsePrettierCheck(text: string): Raw[] {
  const out: Raw[] = [];
  for (const line of text.split(/\r?\n/)) {
    const err = /^\[error\] ([^:]+): (.*?)(?: \((\d+):(\d+)\))?$/.exec(line);
    if (err) {
      out.push({
        file: err[1],
        line: num(err[3]),
        column: num(err[4]),
        rule: 'prettier',
        message: err[2],
        severity: 'error',
      });
      continue;
    }
    const warn = /^\[warn\] (.+)$/.exec(line);
    if (!warn || /^Code style issues|^Forgot to run/.test(warn[1])) continue;
    out.push({
      file: warn[1].trim(),
      rule: 'prettier',
      message: 'not formatted by prettier (run prettier --write)',
      severity: 'error',
    });
  }
  return out;
}

/** pylint --output-format=json: [{ type, path, line, column, endLine, endColumn, symbol, message, message-id }] */
export function parsePylintJson(stdout: string): Raw[] {
  const doc = json(stdout, 'pylint');
  return list(doc, undefined, 'pylint').map((m) => ({
    file: str(m.path),
    line: num(m.line),
    // pylint's columns are 0-based.
    column: typeof m.column === 'number' ? m.column + 1 : undefined,
    endLine: num(m.endLine),
    endColumn: typeof m.endColumn === 'number' ? m.endColumn + 1 : undefined,
    rule: [str(m['message-id']), str(m.symbol)].filter(Boolean).join(' ') || undefined,
    message: String(m.message ?? ''),
    severity: m.type === 'info' ? 'notice' : m.type === 'error' || m.type === 'fatal' ? 'error' : 'warning',
  }));
}

/**
 * `--check --diff` of a formatter (black, isort, gofmt -d, ruff format --diff): one finding per
 * file, at the first line the formatter would change (in the file as it is).
 */
export function parseDiffCheck(text: string, tool: string): Raw[] {
  const out: Raw[] = [];
  const lines = text.split(/\r?\n/);
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const from = /^--- (?:a\/)?(.+?)(?::before)?(?:\t.*)?$/.exec(lines[i]);
    if (!from || !/^\+\+\+ /.test(lines[i + 1] ?? '')) continue;
    const file = from[1].trim();
    let first: number | undefined;
    for (let j = i + 2; j < lines.length && first === undefined; j++) {
      const h = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(lines[j]);
      if (!h) continue;
      let old = Number(h[1]);
      for (let k = j + 1; k < lines.length && !/^(@@|--- )/.test(lines[k]); k++) {
        if (lines[k].startsWith('-') || lines[k].startsWith('+')) {
          first = Math.max(1, old);
          break;
        }
        old++;
      }
    }
    if (seen.has(file)) continue;
    seen.add(file);
    out.push({
      file,
      line: first,
      rule: tool,
      message: `not formatted as ${tool} wants (first difference here; run ${tool} to fix)`,
      severity: 'error',
    });
  }
  // Without --diff: black's "would reformat x.py", isort's "ERROR: x.py Imports are incorrectly sorted".
  for (const l of lines) {
    const m = /^would reformat (.+)$/.exec(l) ?? /^ERROR: (.+?) Imports are incorrectly sorted/.exec(l);
    if (m && !seen.has(m[1]) && ![...seen].some((s) => m[1].endsWith(s) || s.endsWith(m[1]))) {
      seen.add(m[1]);
      out.push({
        file: m[1],
        rule: tool,
        message: `not formatted as ${tool} wants (run ${tool} to fix)`,
        severity: 'error',
      });
    }
  }
  return out;
}

/** ruff check --output-format=json (documented format): [{ code, message, filename, location: { row, column }, end_location, fix }] */
export function parseRuffJson(stdout: string): Raw[] {
  const doc = json(stdout, 'ruff');
  return list(doc, undefined, 'ruff').map((m) => {
    const loc = obj(m.location);
    const end = obj(m.end_location);
    const edits = (obj(m.fix).edits as unknown[] | undefined)?.map(obj) ?? [];
    const e = edits.length === 1 ? edits[0] : undefined;
    const eStart = obj(e?.location);
    const eEnd = obj(e?.end_location);
    return {
      file: str(m.filename),
      line: num(loc.row),
      column: num(loc.column),
      endLine: num(end.row),
      endColumn: num(end.column),
      rule: str(m.code) ?? 'syntax-error',
      message: String(m.message ?? ''),
      severity: 'error' as const,
      // A whole-line edit can be offered as a suggested change.
      ...(e && num(eStart.column) === 1 && num(eEnd.column) === 1 && num(eStart.row)
        ? { fix: { line: num(eStart.row)!, endLine: num(eEnd.row)! - 1, text: String(e.content ?? '') } }
        : {}),
    };
  });
}

/** golangci-lint --out-format json / --output.json.path stdout (documented): { Issues: [{ FromLinter, Text, Severity, Pos: { Filename, Line, Column } }] } */
export function parseGolangciJson(stdout: string): Raw[] {
  const doc = json(stdout, 'golangci-lint');
  return list(doc, 'Issues', 'golangci-lint').map((m) => {
    const pos = obj(m.Pos);
    return {
      file: str(pos.Filename),
      line: num(pos.Line),
      column: num(pos.Column),
      rule: str(m.FromLinter),
      message: String(m.Text ?? ''),
      severity: level(m.Severity),
    };
  });
}

/** hadolint --format json (documented): [{ code, column, file, level, line, message }] */
export function parseHadolintJson(stdout: string): Raw[] {
  const doc = json(stdout, 'hadolint');
  return list(doc, undefined, 'hadolint').map((m) => ({
    file: str(m.file),
    line: num(m.line),
    column: num(m.column),
    rule: str(m.code),
    message: String(m.message ?? ''),
    severity: level(m.level),
  }));
}

/** actionlint -format '{{json .}}' (documented): [{ message, filepath, line, column, kind, end_column }] */
export function parseActionlintJson(stdout: string): Raw[] {
  const doc = json(stdout, 'actionlint');
  return list(doc, undefined, 'actionlint').map((m) => ({
    file: str(m.filepath),
    line: num(m.line),
    column: num(m.column),
    endColumn: num(m.end_column ?? m.endColumn),
    rule: str(m.kind),
    message: String(m.message ?? ''),
    severity: 'error',
  }));
}
