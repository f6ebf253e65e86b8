import type { Finding } from './types.js';
import { ExternalError } from '../core/errors.js';

type Raw = Omit<Finding, 'check'>;

export class ParseError extends ExternalError {
  override readonly name = 'ParseError';
}

function severityOf(word: string | undefined, fallback: Finding['severity'] = 'error'): Finding['severity'] {
  const w = (word ?? '').toLowerCase();
  if (/^(error|fatal|failure|high|e)$/.test(w)) return 'error';
  if (/^(warning|warn|medium|low|w|style|convention|refactor)$/.test(w)) return 'warning';
  if (/^(note|info|information|notice|none)$/.test(w)) return 'notice';
  return fallback;
}

const num = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n > 0 ? Math.trunc(n) : undefined;
};

/** The first JSON value in a text (tools sometimes print a banner before it). */
function json(text: string, what: string): unknown {
  const t = text.trim();
  if (!t) return undefined;
  try {
    return JSON.parse(t);
  } catch {
    const start = t.search(/[[{]/);
    if (start > 0) {
      try {
        return JSON.parse(t.slice(start));
      } catch {
        /* fall through */
      }
    }
    throw new ParseError(`the output is not ${what} JSON`);
  }
}

function isRangeFix(v: unknown): v is { range: [number, number]; text: string } {
  const f = v as { range?: unknown; text?: unknown } | undefined;
  return (
    !!f &&
    Array.isArray(f.range) &&
    f.range.length === 2 &&
    f.range.every((n) => typeof n === 'number') &&
    typeof f.text === 'string'
  );
}

/** eslint --format json: [{ filePath, messages: [{ ruleId, severity 1|2, message, line, column }] }] */
export function parseEslintJson(stdout: string): Raw[] {
  const doc = json(stdout, 'eslint');
  if (doc === undefined) return [];
  if (!Array.isArray(doc)) throw new ParseError('eslint JSON is not an array of files');
  const out: Raw[] = [];
  for (const f of doc as Array<{ filePath?: string; messages?: Array<Record<string, unknown>> }>) {
    for (const m of f.messages ?? []) {
      out.push({
        file: f.filePath,
        line: num(m.line),
        column: num(m.column),
        endLine: num(m.endLine),
        endColumn: num(m.endColumn),
        rule: typeof m.ruleId === 'string' ? m.ruleId : undefined,
        message: String(m.message ?? ''),
        severity: m.severity === 2 || m.fatal ? 'error' : 'warning',
        ...(isRangeFix(m.fix) ? { fixRange: { range: m.fix.range, text: m.fix.text } } : {}),
      });
    }
  }
  return out;
}

/** tsc --pretty false: `src/a.ts(3,7): error TS2322: message` (+ indented continuation lines). */
export function parseTsc(text: string): Raw[] {
  const out: Raw[] = [];
  let last: Raw | undefined;
  for (const line of text.split(/\r?\n/)) {
    const m = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/.exec(line);
    const g = m ? undefined : /^(error|warning) (TS\d+): (.*)$/.exec(line);
    if (m) {
      last = {
        file: m[1],
        line: Number(m[2]),
        column: Number(m[3]),
        severity: severityOf(m[4]),
        rule: m[5],
        message: m[6],
      };
      out.push(last);
    } else if (g) {
      last = { severity: severityOf(g[1]), rule: g[2], message: g[3] };
      out.push(last);
    } else if (last && /^\s+\S/.test(line)) last.message += `\n${line.trim()}`;
    else last = undefined;
  }
  return out;
}

/**
 * `file:line[:col]: message`: flake8, shellcheck -f gcc, yamllint parsable, mypy, ruff concise,
 * golangci-lint, actionlint. Severity and rule come from the common spellings of each.
 */
export function parseGcc(text: string): Raw[] {
  const out: Raw[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^(?!\s)([^:\n]+?):(\d+):(?:(\d+):)?\s*(.*)$/.exec(line);
    if (!m || !m[4].trim()) continue;
    let msg = m[4].trim();
    let severity: Finding['severity'] = 'error';
    let rule: string | undefined;
    let s =
      /^(error|warning|note|info|style|fatal)\s*:\s*(.*)$/i.exec(msg) ?? /^\[(error|warning|info)\]\s*(.*)$/i.exec(msg);
    if (s) {
      severity = severityOf(s[1]);
      msg = s[2];
    }
    // flake8 / ruff / pycodestyle codes lead the message: `F401 'os' imported but unused`
    s = /^([A-Z]{1,4}\d{2,4})\s+(?:\[\*\]\s+)?(.*)$/.exec(msg);
    if (s) {
      rule = s[1];
      msg = s[2];
      if (/^W/.test(rule)) severity = 'warning';
    }
    // shellcheck `[SC2086]`, mypy `[arg-type]`, yamllint `(document-start)`, golangci `(errcheck)`
    const tail = /\s+(?:\[([\w.-]+)\]|\(([\w.-]+)\))$/.exec(msg);
    if (tail && !rule) {
      rule = tail[1] ?? tail[2];
      msg = msg.slice(0, tail.index);
    }
    out.push({ file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, rule, message: msg, severity });
  }
  return out;
}

/** bandit -f json: { results: [{ filename, line_number, col_offset, issue_severity, test_id, issue_text }] } */
export function parseBanditJson(stdout: string): Raw[] {
  const doc = json(stdout, 'bandit') as
    { results?: Array<Record<string, unknown>>; errors?: Array<Record<string, unknown>> } | undefined;
  if (doc === undefined) return [];
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.results))
    throw new ParseError('bandit JSON has no results array');
  const out: Raw[] = doc.results.map((r) => ({
    file: String(r.filename ?? ''),
    line: num(r.line_number),
    column: typeof r.col_offset === 'number' ? r.col_offset + 1 : undefined,
    rule: [r.test_id, r.test_name].filter(Boolean).join(' ') || undefined,
    message: `${String(r.issue_text ?? '')}${r.issue_confidence ? ` (severity ${String(r.issue_severity).toLowerCase()}, confidence ${String(r.issue_confidence).toLowerCase()})` : ''}`,
    severity: String(r.issue_severity).toUpperCase() === 'LOW' ? 'warning' : 'error',
  }));
  for (const e of doc.errors ?? [])
    out.push({ file: String(e.filename ?? ''), message: String(e.reason ?? 'bandit error'), severity: 'error' });
  return out;
}

function xmlAttrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const ent: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    out[m[1]] = (m[2] ?? m[3]).replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : (ent[e] ?? all),
    );
  }
  return out;
}

/** Checkstyle XML: <file name="..."><error line column severity message source/></file> */
export function parseCheckstyle(stdout: string): Raw[] {
  const text = stdout.trim();
  if (!text) return [];
  if (!/<checkstyle[\s>]/.test(text)) throw new ParseError('the output is not checkstyle XML');
  const out: Raw[] = [];
  let file: string | undefined;
  for (const m of text.matchAll(/<(file|error)\b([^>]*?)\/?>/g)) {
    const a = xmlAttrs(m[2]);
    if (m[1] === 'file') file = a.name;
    else
      out.push({
        file,
        line: num(a.line),
        column: num(a.column),
        rule: a.source || undefined,
        message: a.message ?? '',
        severity: severityOf(a.severity),
      });
  }
  return out;
}

/** SARIF 2.1.0: runs[].results[] with ruleId, level, message.text and a physical location. */
export function parseSarif(stdout: string): Raw[] {
  const doc = json(stdout, 'SARIF') as { runs?: Array<{ results?: Array<Record<string, unknown>> }> } | undefined;
  if (doc === undefined) return [];
  if (!doc || !Array.isArray(doc.runs)) throw new ParseError('SARIF has no runs array');
  const out: Raw[] = [];
  for (const run of doc.runs) {
    for (const r of run.results ?? []) {
      const loc = (
        r.locations as
          | Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: Record<string, unknown> } }>
          | undefined
      )?.[0]?.physicalLocation;
      const region = loc?.region ?? {};
      const level = typeof r.level === 'string' ? r.level : 'warning';
      out.push({
        file: loc?.artifactLocation?.uri
          ? decodeURIComponent(loc.artifactLocation.uri.replace(/^file:\/\//, ''))
          : undefined,
        line: num(region.startLine),
        column: num(region.startColumn),
        endLine: num(region.endLine),
        endColumn: num(region.endColumn),
        rule: typeof r.ruleId === 'string' ? r.ruleId : undefined,
        message: String((r.message as { text?: string } | undefined)?.text ?? ''),
        severity: level === 'error' ? 'error' : level === 'note' || level === 'none' ? 'notice' : 'warning',
      });
    }
  }
  return out;
}
