import { CoverageReport, FileCoverage } from '../model.js';
import { CoverageParseError, MAX_COUNT, MAX_LINE } from '../errors.js';
import type { Chunks } from './chunks.js';

/** The longest line we buffer; past it the file is not LCOV (or is binary). */
const MAX_LINE_BYTES = 16 << 20;

const C = { A: 65, B: 66, D: 68, E: 69, F: 70, H: 72, L: 76, N: 78, R: 82, S: 83, T: 84, V: 86, colon: 58, comma: 44, minus: 45, cr: 13, nl: 10, zero: 48, nine: 57, e: 101 };

/** A non-negative integer from bytes, or -1 when not one; -2 when beyond MAX_COUNT. */
function uint(buf: Buffer, s: number, e: number): number {
  if (s >= e) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = buf[i] - C.zero;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n > MAX_COUNT ? -2 : n;
}

/**
 * Streaming LCOV parser: works on bytes, one line at a time, so memory holds the coverage
 * model and one chunk, never the file (a 2 GB trace file parses in bounded memory).
 * Accepts geninfo's tracefile format (lcov 1.x and 2.x: FN with end lines, FNL/FNA, BRDA
 * with '-'), and several records for one file (per-test data) which are added.
 */
export class LcovParser {
  readonly report = new CoverageReport();
  private cur: FileCoverage | undefined;
  private fnLines = new Map<string, number>();
  private fnByIndex = new Map<string, number>();
  private lineNo = 0;
  private carry: Buffer | undefined;

  constructor(private readonly file: string) {}

  private fail(problem: string): never {
    throw new CoverageParseError(this.file, problem, this.lineNo);
  }

  private count(buf: Buffer, s: number, e: number, what: string): number {
    const n = uint(buf, s, e);
    if (n === -2) this.fail(`${what} "${buf.toString('utf8', s, e)}" is too large (over ${MAX_COUNT})`);
    if (n < 0) this.fail(`${what} "${buf.toString('utf8', s, Math.min(e, s + 40))}" is not a whole number of 0 or more`);
    return n;
  }

  private lineNumber(buf: Buffer, s: number, e: number, what: string): number {
    const n = this.count(buf, s, e, what);
    if (n < 1 || n > MAX_LINE) this.fail(`${what} ${n} is not a line number (1 to ${MAX_LINE})`);
    return n;
  }

  private need(): FileCoverage {
    if (!this.cur) this.fail('coverage data before any SF: line (a record must start with SF:<path>)');
    return this.cur;
  }

  /** Feed one chunk. */
  push(chunk: Buffer): void {
    let start = 0;
    if (this.carry) {
      const nl = chunk.indexOf(C.nl);
      if (nl < 0) {
        this.carry = Buffer.concat([this.carry, chunk]);
        if (this.carry.length > MAX_LINE_BYTES) this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
        return;
      }
      const line = Buffer.concat([this.carry, chunk.subarray(0, nl)]);
      this.carry = undefined;
      this.line(line, 0, line.length);
      start = nl + 1;
    }
    for (;;) {
      const nl = chunk.indexOf(C.nl, start);
      if (nl < 0) break;
      this.line(chunk, start, nl);
      start = nl + 1;
    }
    if (start < chunk.length) {
      if (chunk.length - start > MAX_LINE_BYTES) this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
      this.carry = Buffer.from(chunk.subarray(start));
    }
  }

  /** End of input: the last line, and a check that no record was left open. */
  end(): CoverageReport {
    if (this.carry) {
      const line = this.carry;
      this.carry = undefined;
      this.line(line, 0, line.length);
    }
    if (this.cur) {
      this.lineNo++;
      this.fail(`the file ends inside the record for ${this.cur.path} (no end_of_record): it is truncated`);
    }
    if (this.lineNo === 0 || this.report.files.size === 0) throw new CoverageParseError(this.file, 'has no coverage records (no SF: ... end_of_record)');
    return this.report;
  }

  private line(buf: Buffer, s: number, e: number): void {
    this.lineNo++;
    if (e > s && buf[e - 1] === C.cr) e--;
    if (s === e) return;
    const colon = buf.indexOf(C.colon, s);
    const k = colon < 0 || colon > e ? -1 : colon - s;
    const c0 = buf[s];
    const v = colon + 1;
    if (k === 2 && c0 === C.D && buf[s + 1] === C.A) return this.da(buf, v, e);
    if (k === 4 && c0 === C.B && buf[s + 1] === C.R && buf[s + 2] === C.D && buf[s + 3] === C.A) return this.brda(buf, v, e);
    if (k < 0) {
      if (e - s === 13 && buf.toString('latin1', s, e) === 'end_of_record') {
        const f = this.need();
        this.report.put(f);
        this.cur = undefined;
        return;
      }
      this.garbage(buf, s, e);
    }
    const key = buf.toString('latin1', s, colon);
    switch (key) {
      case 'SF': {
        if (this.cur) this.report.put(this.cur);
        const path = buf.toString('utf8', v, e).trim();
        if (!path) this.fail('SF: names no file');
        this.cur = new FileCoverage(path);
        this.fnLines.clear();
        this.fnByIndex.clear();
        return;
      }
      case 'FN': {
        const f = this.need();
        const c1 = buf.indexOf(C.comma, v);
        if (c1 < 0 || c1 >= e) this.fail('FN: needs <line>,<name>');
        const line = this.lineNumber(buf, v, c1, 'FN line');
        let nameStart = c1 + 1;
        const c2 = buf.indexOf(C.comma, nameStart);
        if (c2 > 0 && c2 < e && uint(buf, nameStart, c2) >= 0) nameStart = c2 + 1; // lcov 2: FN:<start>,<end>,<name>
        const name = buf.toString('utf8', nameStart, e);
        this.fnLines.set(name, line);
        f.addFunction(name, line, 0);
        return;
      }
      case 'FNDA': {
        const f = this.need();
        const c1 = buf.indexOf(C.comma, v);
        if (c1 < 0 || c1 >= e) this.fail('FNDA: needs <hits>,<name>');
        const hits = this.count(buf, v, c1, 'FNDA hit count');
        const name = buf.toString('utf8', c1 + 1, e);
        f.addFunction(name, this.fnLines.get(name) ?? 0, hits);
        return;
      }
      case 'FNL': {
        // lcov 2.2: FNL:<index>,<start>[,<end>] then FNA:<index>,<hits>,<name>
        this.need();
        const c1 = buf.indexOf(C.comma, v);
        if (c1 < 0 || c1 >= e) this.fail('FNL: needs <index>,<line>');
        let c2 = buf.indexOf(C.comma, c1 + 1);
        if (c2 < 0 || c2 > e) c2 = e;
        this.fnByIndex.set(buf.toString('latin1', v, c1), this.lineNumber(buf, c1 + 1, c2, 'FNL line'));
        return;
      }
      case 'FNA': {
        const f = this.need();
        const c1 = buf.indexOf(C.comma, v);
        const c2 = c1 < 0 ? -1 : buf.indexOf(C.comma, c1 + 1);
        if (c1 < 0 || c2 < 0 || c2 >= e) this.fail('FNA: needs <index>,<hits>,<name>');
        const hits = this.count(buf, c1 + 1, c2, 'FNA hit count');
        f.addFunction(buf.toString('utf8', c2 + 1, e), this.fnByIndex.get(buf.toString('latin1', v, c1)) ?? 0, hits);
        return;
      }
      case 'TN':
      case 'VER':
      case 'LF':
      case 'LH':
      case 'BRF':
      case 'BRH':
      case 'FNF':
      case 'FNH':
      case 'MCDC':
        return;
      default:
        // Other upper-case keys are later lcov extensions: skipped, as geninfo's readers do.
        if (/^[A-Z][A-Z0-9_]*$/.test(key)) return;
        this.garbage(buf, s, e);
    }
  }

  private garbage(buf: Buffer, s: number, e: number): never {
    const text = buf.toString('utf8', s, Math.min(e, s + 60)).replace(/[^\x20-\x7e]/g, '?');
    this.fail(`"${text}" is not an LCOV line (expected KEY:value, e.g. DA:<line>,<hits>)`);
  }

  private da(buf: Buffer, v: number, e: number): void {
    const f = this.need();
    const c1 = buf.indexOf(C.comma, v);
    if (c1 < 0 || c1 >= e) this.fail('DA: needs <line>,<hits>');
    let c2 = buf.indexOf(C.comma, c1 + 1);
    if (c2 < 0 || c2 > e) c2 = e;
    // coverage.py writes DA:0 for an empty file (its line 0 "runs"); no tool counts it.
    if (c1 - v === 1 && buf[v] === C.zero) return;
    const line = this.lineNumber(buf, v, c1, 'DA line');
    let hits: number;
    if (buf[c1 + 1] === C.minus) this.fail(`DA hit count "${buf.toString('utf8', c1 + 1, c2)}" is negative`);
    const n = uint(buf, c1 + 1, c2);
    if (n >= 0) hits = n;
    else {
      // gcov can write large counts in exponent form (1.2e+06).
      const text = buf.toString('latin1', c1 + 1, c2);
      const x = Number(text);
      if (n === -2 || !Number.isFinite(x) || x < 0 || x > MAX_COUNT || !/^[0-9.e+]+$/i.test(text)) {
        this.fail(`DA hit count "${text}" is not a whole number from 0 to ${MAX_COUNT}`);
      }
      hits = Math.round(x);
    }
    f.addLine(line, hits);
  }

  private brda(buf: Buffer, v: number, e: number): void {
    const f = this.need();
    const c1 = buf.indexOf(C.comma, v);
    const c2 = c1 < 0 ? -1 : buf.indexOf(C.comma, c1 + 1);
    const c3 = c2 < 0 ? -1 : buf.lastIndexOf(C.comma, e - 1);
    if (c1 < 0 || c2 < 0 || c3 <= c2 || c3 >= e) this.fail('BRDA: needs <line>,<block>,<branch>,<taken>');
    const line = this.lineNumber(buf, v, c1, 'BRDA line');
    const taken = e - c3 === 2 && buf[c3 + 1] === C.minus ? 0 : this.count(buf, c3 + 1, e, 'BRDA taken count');
    f.addBranch(line, buf.toString('latin1', c1 + 1, c2), buf.toString('utf8', c2 + 1, c3), taken);
  }
}

export async function parseLcov(chunks: Chunks, file: string): Promise<CoverageReport> {
  const p = new LcovParser(file);
  for await (const chunk of chunks) p.push(chunk);
  return p.end();
}

/** Write a report as LCOV (the format every downstream tool reads), a file at a time. */
export function* writeLcov(report: CoverageReport): Generator<string> {
  const paths = [...report.files.keys()].sort();
  for (const path of paths) {
    const f = report.files.get(path)!;
    const out: string[] = ['TN:', `SF:${path}`];
    const fns = [...f.functions.values()].sort((a, b) => a.line - b.line || (a.name < b.name ? -1 : 1));
    for (const fn of fns) if (fn.line > 0) out.push(`FN:${fn.line},${fn.name}`);
    for (const fn of fns) out.push(`FNDA:${fn.hits},${fn.name}`);
    const t = f.totals();
    out.push(`FNF:${t.functions.total}`, `FNH:${t.functions.covered}`);
    const brs = [...f.branches.values()].sort((a, b) => a.line - b.line);
    for (const b of brs) out.push(`BRDA:${b.line},${b.block},${b.index},${b.hits}`);
    out.push(`BRF:${t.branches.total}`, `BRH:${t.branches.covered}`);
    let lf = 0;
    let lh = 0;
    for (const [line, hits] of f.lines()) {
      out.push(`DA:${line},${hits}`);
      lf++;
      if (hits > 0) lh++;
    }
    out.push(`LF:${lf}`, `LH:${lh}`, 'end_of_record');
    yield out.join('\n') + '\n';
  }
}
