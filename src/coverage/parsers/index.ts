import { open } from 'node:fs/promises';
import type { Count, CoverageReport } from '../model.js';
import { CoverageParseError } from '../errors.js';
import { fileChunks, looksBinary, type Chunks } from './chunks.js';
import { parseGoProfile } from './go.js';
import { parseCoveragePyJson, parseIstanbulJson, parseIstanbulSummary } from './json-formats.js';
import { parseLcov, type LcovTarget } from './lcov.js';
import { parseClover, parseCobertura, parseJacoco } from './xml-formats.js';
import { FORMATS } from '../types.js';

export { FORMATS };
export type Format = (typeof FORMATS)[number];

export interface Parsed {
  format: Format;
  report: CoverageReport;
  sources: string[];
  /** Totals only (json-summary): no line detail. */
  summaryOnly: boolean;
  /** Totals the report states about itself (Cobertura root, Clover project metrics), to check the detail against. */
  declared?: Declared;
  /** LCOV parsed straight into the caller's merged report (paths already mapped): `report` is that report. */
  mergedInto?: boolean;
}

export type Declared = Partial<Record<'lines' | 'branches' | 'functions', Count>>;

/** Decide the format from the first bytes of the file. */
export function detectFormat(head: Buffer, file: string): Format {
  if (head.length === 0) throw new CoverageParseError(file, 'is empty');
  if (looksBinary(head)) throw new CoverageParseError(file, 'is a binary file, not a coverage report');
  const text = head.toString('utf8').replace(/^\uFEFF/, '');
  const t = text.trimStart();
  if (t === '') throw new CoverageParseError(file, 'is empty (only whitespace)');
  if (/^mode: (set|count|atomic)\b/.test(t)) return 'go';
  if (t.startsWith('<')) {
    if (/<report[\s>]/.test(t) || /DOCTYPE report/.test(t)) return 'jacoco';
    if (/<coverage[^>]*\bclover=/.test(t) || /<coverage[^>]*>\s*<project/.test(t)) return 'clover';
    if (/<coverage[\s>]/.test(t)) return 'cobertura';
    throw new CoverageParseError(file, 'is XML but not Cobertura, JaCoCo or Clover (unknown root element)');
  }
  if (t.startsWith('{')) {
    if (/"statementMap"\s*:/.test(t)) return 'istanbul-json';
    if (/"meta"\s*:\s*\{[^}]*"(version|format)"/.test(t) || /"files"\s*:\s*\{[^]*"executed_lines"/.test(t))
      return 'coveragepy-json';
    if (/"total"\s*:\s*\{\s*"lines"/.test(t) || /"lines"\s*:\s*\{\s*"total"\s*:\s*\d+\s*,\s*"covered"/.test(t))
      return 'istanbul-summary';
    throw new CoverageParseError(
      file,
      'is JSON but not a known coverage format (Istanbul coverage-final/json-summary or coverage.py JSON)',
    );
  }
  if (/^(TN|SF|VER):/m.test(t)) return 'lcov';
  throw new CoverageParseError(
    file,
    `is not a known coverage format (starts with "${t.slice(0, 30).replace(/\s+/g, ' ')}")`,
  );
}

export async function readHead(path: string, bytes = 16384): Promise<Buffer> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function parseChunks(format: Format, chunks: Chunks, file: string, target?: LcovTarget): Promise<Parsed> {
  switch (format) {
    case 'lcov':
      return {
        format,
        report: await parseLcov(chunks, file, target),
        sources: [],
        summaryOnly: false,
        mergedInto: target !== undefined,
      };
    case 'cobertura':
      return { format, ...(await parseCobertura(chunks, file)), summaryOnly: false };
    case 'jacoco':
      return { format, ...(await parseJacoco(chunks, file)), summaryOnly: false };
    case 'clover':
      return { format, ...(await parseClover(chunks, file)), summaryOnly: false };
    case 'istanbul-json':
      return { format, report: await parseIstanbulJson(chunks, file), sources: [], summaryOnly: false };
    case 'istanbul-summary':
      return { format, report: await parseIstanbulSummary(chunks, file), sources: [], summaryOnly: true };
    case 'go':
      return { format, report: await parseGoProfile(chunks, file), sources: [], summaryOnly: false };
    case 'coveragepy-json':
      return { format, report: await parseCoveragePyJson(chunks, file), sources: [], summaryOnly: false };
  }
}

/** The line of a byte offset, counted by streaming the file again (only on the error path). */
async function lineOfOffset(path: string, offset: number): Promise<number> {
  let line = 1;
  let seen = 0;
  for await (const chunk of fileChunks(path)) {
    const end = Math.min(chunk.length, offset - seen);
    for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1)) line++;
    seen += chunk.length;
    if (seen >= offset) break;
  }
  return line;
}

/** Parse one report file: detect (unless `format` is given), stream, and point errors at a line. */
export async function parseFile(path: string, display: string, format?: Format, target?: LcovTarget): Promise<Parsed> {
  const head = await readHead(path);
  const fmt = format ?? detectFormat(head, display);
  if (format && head.length === 0) throw new CoverageParseError(display, 'is empty');
  try {
    return await parseChunks(fmt, fileChunks(path), display, target);
  } catch (e) {
    if (e instanceof CoverageParseError && e.offset !== undefined && !e.line)
      throw e.withLine(await lineOfOffset(path, e.offset));
    throw e;
  }
}
