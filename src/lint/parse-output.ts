import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseNpmAudit } from './audit.js';
import { parseGovulncheck, parsePipAudit } from './audit-more.js';
import { parseBanditJson, parseCheckstyle, parseEslintJson, parseGcc, parseSarif, parseTsc } from './parsers.js';
import {
  parseActionlintJson,
  parseBiomeJson,
  parseDiffCheck,
  parseGolangciJson,
  parseHadolintJson,
  parseMypy,
  parseOxlintJson,
  parsePrettierCheck,
  parsePylintJson,
  parseRuffJson,
} from './parsers-more.js';
import { parseRdjson } from './parsers-rdjson.js';
import type { Finding, OutputFormat } from './types.js';

type Raw = Omit<Finding, 'check'>;

/** A finding's path relative to the workspace, without a leading './'. */
export function normalizePath(file: string | undefined, cwd: string): string | undefined {
  if (!file) return undefined;
  let f = file.trim();
  if (isAbsolute(f)) {
    const rel = relative(cwd, f);
    if (!rel.startsWith('..')) f = rel;
  }
  while (f.startsWith('./')) f = f.slice(2);
  return f || undefined;
}

/** Parse a check's output in its format. `text` yields no findings (the log shows it all). */
export function parseOutput(
  format: OutputFormat,
  stdout: string,
  stderr: string,
  check: string,
  cwd: string,
): Finding[] {
  let raw: Raw[];
  switch (format) {
    case 'eslint-json':
      raw = parseEslintJson(stdout);
      break;
    case 'tsc':
      raw = parseTsc(stdout + '\n' + stderr);
      break;
    case 'gcc':
      raw = parseGcc(stdout + '\n' + stderr);
      break;
    case 'bandit-json':
      raw = parseBanditJson(stdout);
      break;
    case 'checkstyle':
      raw = parseCheckstyle(stdout);
      break;
    case 'sarif':
      raw = parseSarif(stdout);
      break;
    case 'mypy':
      raw = parseMypy(stdout + '\n' + stderr);
      break;
    case 'biome-json':
      raw = parseBiomeJson(stdout);
      break;
    case 'rdjson':
      raw = parseRdjson(stdout);
      break;
    case 'oxlint-json':
      raw = parseOxlintJson(stdout);
      break;
    case 'prettier-check':
      raw = parsePrettierCheck(stdout + '\n' + stderr);
      break;
    case 'pylint-json':
      raw = parsePylintJson(stdout);
      break;
    case 'diff-check':
      raw = parseDiffCheck(stdout + '\n' + stderr, check);
      break;
    case 'ruff-json':
      raw = parseRuffJson(stdout);
      break;
    case 'golangci-json':
      raw = parseGolangciJson(stdout);
      break;
    case 'hadolint-json':
      raw = parseHadolintJson(stdout);
      break;
    case 'actionlint-json':
      raw = parseActionlintJson(stdout);
      break;
    case 'npm-audit-json':
      raw = parseNpmAudit(stdout, cwd);
      break;
    case 'pip-audit-json':
      raw = parsePipAudit(stdout, stderr, cwd);
      break;
    case 'govulncheck-json':
      raw = parseGovulncheck(stdout, stderr, cwd);
      break;
    case 'text':
      raw = [];
      break;
  }
  const out = raw.map((r) => ({ check, ...r, file: normalizePath(r.file, cwd) }));
  for (const f of out) {
    if (f.fixEdits) editsFix(f, cwd);
    if (f.fixRange) lineFix(f, cwd);
  }
  return out;
}

/** UTF-16 offset of a 1-based line and code-point column in a text, or undefined past its end. */
function offsetOf(text: string, lineStarts: number[], line: number, column: number): number | undefined {
  const start = lineStarts[line - 1];
  if (start === undefined) return undefined;
  let at = start;
  for (let c = 1; c < column; c++) {
    if (at >= text.length || text[at] === '\n') return undefined;
    at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
  }
  return at;
}

/** The text of a finding's file, or undefined when it has none or cannot be read. */
function findingText(f: Finding, cwd: string): string | undefined {
  if (!f.file) return undefined;
  try {
    return readFileSync(isAbsolute(f.file) ? f.file : join(cwd, f.file), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Line/column edits (rdjson suggestions) as one character-offset fix: the span from the first
 * edit's start to the last one's end, with each edit applied and the text between them kept.
 * Overlapping edits are not one fix: then no suggestion is offered.
 */
function editsFix(f: Finding, cwd: string): void {
  const edits = f.fixEdits!;
  delete f.fixEdits;
  const text = findingText(f, cwd);
  if (text === undefined) return;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const spans = edits.map((e) => ({
    a: offsetOf(text, lineStarts, e.line, e.column),
    b: offsetOf(text, lineStarts, e.endLine, e.endColumn),
    text: e.text,
  }));
  if (spans.some((s) => s.a === undefined || s.b === undefined || s.b < s.a)) return;
  spans.sort((x, y) => x.a! - y.a!);
  let out = '';
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && spans[i].a! < spans[i - 1].b!) return;
    out += (i > 0 ? text.slice(spans[i - 1].b, spans[i].a) : '') + spans[i].text;
  }
  f.fixRange = { range: [spans[0].a!, spans[spans.length - 1].b!], text: out };
}

/**
 * Turn a character-offset fix (eslint) into whole replaced lines, the form a review's
 * suggested change takes: the lines the range touches, with the range replaced.
 */
export function lineFix(f: Finding, cwd: string): void {
  const fr = f.fixRange!;
  delete f.fixRange;
  const text = findingText(f, cwd);
  if (text === undefined) return;
  const [a, b] = fr.range;
  if (a < 0 || b < a || b > text.length) return;
  const start = text.lastIndexOf('\n', a - 1) + 1;
  const nl = text.indexOf('\n', b);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(0, start).split('\n').length;
  const endLine = line + text.slice(start, end).split('\n').length - 1;
  f.fix = { line, endLine, text: text.slice(start, a) + fr.text + text.slice(b, end) };
}
