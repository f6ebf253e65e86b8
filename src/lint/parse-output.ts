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
  for (const f of out) if (f.fixRange) lineFix(f, cwd);
  return out;
}

/**
 * Turn a character-offset fix (eslint) into whole replaced lines, the form a review's
 * suggested change takes: the lines the range touches, with the range replaced.
 */
export function lineFix(f: Finding, cwd: string): void {
  const fr = f.fixRange!;
  delete f.fixRange;
  if (!f.file) return;
  let text: string;
  try {
    text = readFileSync(isAbsolute(f.file) ? f.file : join(cwd, f.file), 'utf8');
  } catch {
    return;
  }
  const [a, b] = fr.range;
  if (a < 0 || b < a || b > text.length) return;
  const start = text.lastIndexOf('\n', a - 1) + 1;
  const nl = text.indexOf('\n', b);
  const end = nl < 0 ? text.length : nl;
  const line = text.slice(0, start).split('\n').length;
  const endLine = line + text.slice(start, end).split('\n').length - 1;
  f.fix = { line, endLine, text: text.slice(start, a) + fr.text + text.slice(b, end) };
}
