import { isAbsolute, relative } from 'node:path';
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
    case 'text':
      raw = [];
      break;
  }
  return raw.map((r) => ({ check, ...r, file: normalizePath(r.file, cwd) }));
}
