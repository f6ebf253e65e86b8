import { CoverageReport, FileCoverage } from '../model.js';
import { CoverageParseError, MAX_COUNT, MAX_LINE } from '../errors.js';
import type { Chunks } from './chunks.js';
import { Interner } from './intern.js';
import { C as BYTES, isEndOfRecord, uint } from './lcov-bytes.js';

// Module-local copies of the imported constants the per-byte and per-line code reads: under a
// test runner's module transform (vitest's) every use of an imported binding is a property read
// on the module's namespace, which made this parser 4x slower there than in dist/ (issue 12).
const C = BYTES;
const [MAX_HITS, LAST_LINE] = [MAX_COUNT, MAX_LINE];

/** The longest line we buffer; past it the file is not LCOV (or is binary). */
const MAX_LINE_BYTES = 16 << 20;

export interface LcovTarget {
  /** Accumulate into this report (a merge of many reports) instead of a fresh one. */
  into: CoverageReport;
  /** Map a report's path to the key to merge under; null leaves the record out. Called once per distinct path. */
  mapPath: (raw: string) => string | null;
}

export class LcovParser {
  readonly report: CoverageReport;
  private readonly mapPath?: (raw: string) => string | null;
  private readonly mapped = new Map<string, string | null>();
  /** Distinct files this report named (after mapping). */
  readonly seen = new Set<string>();
  private records = 0;
  private cur: FileCoverage | undefined;
  private fnByIndex = new Map<string, number>();
  private lineNo = 0;
  private carry: Buffer | undefined;
  private readonly strings = new Interner();

  constructor(
    private readonly file: string,
    target?: LcovTarget,
  ) {
    this.report = target?.into ?? new CoverageReport();
    this.mapPath = target?.mapPath;
  }

  private fail(problem: string): never {
    throw new CoverageParseError(this.file, problem, this.lineNo);
  }

  private count(buf: Buffer, s: number, e: number, what: string): number {
    const n = uint(buf, s, e);
    if (n === -2) this.fail(`${what} "${buf.toString('utf8', s, e)}" is too large (over ${MAX_HITS})`);
    if (n < 0)
      this.fail(`${what} "${buf.toString('utf8', s, Math.min(e, s + 40))}" is not a whole number of 0 or more`);
    return n;
  }

  private lineNumber(buf: Buffer, s: number, e: number, what: string): number {
    const n = this.count(buf, s, e, what);
    if (n < 1 || n > LAST_LINE) this.fail(`${what} ${n} is not a line number (1 to ${LAST_LINE})`);
    return n;
  }

  private need(): FileCoverage {
    if (!this.cur) this.fail('coverage data before any SF: line (a record must start with SF:<path>)');
    return this.cur;
  }

  /** Feed one chunk. Newlines are found by a plain byte loop: far cheaper than a native call a line. */
  push(chunk: Buffer): void {
    let start = 0;
    const n = chunk.length;
    if (this.carry) {
      let nl = 0;
      while (nl < n && chunk[nl] !== C.nl) nl++;
      if (nl === n) {
        this.carry = Buffer.concat([this.carry, chunk]);
        if (this.carry.length > MAX_LINE_BYTES)
          this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
        return;
      }
      const line = Buffer.concat([this.carry, chunk.subarray(0, nl)]);
      this.carry = undefined;
      this.line(line, 0, line.length);
      start = nl + 1;
    }
    for (let i = start; i < n; i++) {
      if (chunk[i] === C.nl) {
        this.line(chunk, start, i);
        start = i + 1;
      }
    }
    if (start < n) {
      if (n - start > MAX_LINE_BYTES)
        this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
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
    if (this.records === 0)
      throw new CoverageParseError(this.file, 'has no coverage records (no SF: ... end_of_record)');
    return this.report;
  }

  private line(buf: Buffer, s: number, e: number): void {
    this.lineNo++;
    if (e > s && buf[e - 1] === C.cr) e--;
    if (s === e) return;
    const c0 = buf[s];
    if (c0 === C.D && buf[s + 1] === C.A && buf[s + 2] === C.colon) return this.da(buf, s + 3, e);
    if (c0 === C.B && buf[s + 1] === C.R && buf[s + 2] === C.D && buf[s + 3] === C.A && buf[s + 4] === C.colon)
      return this.brda(buf, s + 5, e);
    let colon = s;
    while (colon < e && buf[colon] !== C.colon) colon++;
    if (colon === e) colon = -1;
    const v = colon + 1;
    if (colon < 0) {
      if (e - s === 13 && isEndOfRecord(buf, s)) {
        this.need();
        this.cur = undefined;
        return;
      }
      this.garbage(buf, s, e);
    }
    const klen = colon - s;
    const c1 = buf[s + 1];
    if (klen === 2 && c0 === C.S && c1 === C.F) {
      let ps = v;
      let pe = e;
      while (ps < pe && (buf[ps] === 32 || buf[ps] === 9)) ps++;
      while (pe > ps && (buf[pe - 1] === 32 || buf[pe - 1] === 9)) pe--;
      if (ps === pe) this.fail('SF: names no file');
      // Several records for one file (per-test data, concatenated shards) add into one entry.
      const raw = this.strings.get(buf, ps, pe);
      let key: string | null = raw;
      if (this.mapPath) {
        const hit = this.mapped.get(raw);
        key = hit !== undefined ? hit : this.mapPath(raw);
        if (hit === undefined) this.mapped.set(raw, key);
      }
      this.records++;
      if (key === null)
        this.cur = new FileCoverage(raw); // left out: parsed for errors, then dropped
      else {
        this.seen.add(key);
        this.cur = this.report.file(key);
      }
      // (Map#clear allocates a fresh table: only when there is something to clear.)
      if (this.fnByIndex.size) this.fnByIndex.clear();
      return;
    }
    if (klen === 2 && c0 === C.F && c1 === C.N) {
      const f = this.need();
      const comma1 = buf.indexOf(C.comma, v);
      if (comma1 < 0 || comma1 >= e) this.fail('FN: needs <line>,<name>');
      const line = this.lineNumber(buf, v, comma1, 'FN line');
      let nameStart = comma1 + 1;
      const comma2 = buf.indexOf(C.comma, nameStart);
      if (comma2 > 0 && comma2 < e && uint(buf, nameStart, comma2) >= 0) nameStart = comma2 + 1; // lcov 2: FN:<start>,<end>,<name>
      f.addFunction(this.strings.get(buf, nameStart, e), line, 0);
      return;
    }
    if (klen === 4 && c0 === C.F && c1 === C.N && buf[s + 2] === C.D && buf[s + 3] === C.A) {
      const f = this.need();
      const comma1 = buf.indexOf(C.comma, v);
      if (comma1 < 0 || comma1 >= e) this.fail('FNDA: needs <hits>,<name>');
      const hits = this.count(buf, v, comma1, 'FNDA hit count');
      const name = this.strings.get(buf, comma1 + 1, e);
      // FNDA names the function its record's FN declared; the file's entry has its line.
      f.addFunction(name, f.functions.get(name)?.line ?? 0, hits);
      return;
    }
    // The summary lines (LF, LH, BRF, BRH, FNF, FNH) and TN carry nothing we do not count ourselves.
    if (
      (klen === 2 && ((c0 === C.L && (c1 === C.F || c1 === C.H)) || (c0 === C.T && c1 === C.N))) ||
      (klen === 3 &&
        (c0 === C.B || c0 === C.F) &&
        (c1 === C.R || c1 === C.N) &&
        (buf[s + 2] === C.F || buf[s + 2] === C.H))
    )
      return;
    const key = buf.toString('latin1', s, colon);
    switch (key) {
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
      case 'VER':
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
    const f = this.cur ?? this.need();
    // DA:<line>,<hits>[,<checksum>], parsed in place.
    let i = v;
    let line = 0;
    for (; i < e; i++) {
      const d = buf[i] - C.zero;
      if (d < 0 || d > 9) break;
      line = line * 10 + d;
    }
    if (i === v || i === e || buf[i] !== C.comma) {
      let c1 = v;
      while (c1 < e && buf[c1] !== C.comma) c1++;
      if (c1 === e) this.fail('DA: needs <line>,<hits>');
      this.fail(`DA line "${buf.toString('utf8', v, Math.min(c1, v + 40))}" is not a whole number of 1 or more`);
    }
    // coverage.py writes DA:0 for an empty file (its line 0 "runs"); no tool counts it.
    if (line === 0) return;
    if (line > LAST_LINE) this.fail(`DA line ${line} is not a line number (1 to ${LAST_LINE})`);
    const hs = ++i;
    let hits = 0;
    for (; i < e; i++) {
      const d = buf[i] - C.zero;
      if (d < 0 || d > 9) break;
      hits = hits * 10 + d;
    }
    if (i === hs || (i < e && buf[i] !== C.comma) || hits > MAX_HITS) {
      let c2 = hs;
      while (c2 < e && buf[c2] !== C.comma) c2++;
      const text = buf.toString('latin1', hs, c2);
      if (text.startsWith('-')) this.fail(`DA hit count "${text}" is negative`);
      // gcov can write large counts in exponent form (1.2e+06).
      const x = Number(text);
      if (!/^[0-9.e+]+$/i.test(text) || !Number.isFinite(x) || x < 0 || x > MAX_HITS)
        this.fail(`DA hit count "${text}" is not a whole number from 0 to ${MAX_HITS}`);
      hits = Math.round(x);
    }
    f.addLine(line, hits);
  }

  private brda(buf: Buffer, v: number, e: number): void {
    const f = this.cur ?? this.need();
    let c1 = v;
    while (c1 < e && buf[c1] !== C.comma) c1++;
    let c2 = c1 + 1;
    while (c2 < e && buf[c2] !== C.comma) c2++;
    let c3 = e - 1;
    while (c3 > c2 && buf[c3] !== C.comma) c3--;
    if (c1 >= e || c2 >= e || c3 <= c2) this.fail('BRDA: needs <line>,<block>,<branch>,<taken>');
    const line = this.lineNumber(buf, v, c1, 'BRDA line');
    const taken = e - c3 === 2 && buf[c3 + 1] === C.minus ? 0 : this.count(buf, c3 + 1, e, 'BRDA taken count');
    const block = uint(buf, c1 + 1, c2);
    const index = uint(buf, c2 + 1, c3);
    f.addBranch(
      line,
      block >= 0 && block < 1024 ? block : buf.toString('latin1', c1 + 1, c2),
      index >= 0 && index < 1024 ? index : buf.toString('utf8', c2 + 1, c3),
      taken,
    );
  }
}

export async function parseLcov(chunks: Chunks, file: string, target?: LcovTarget): Promise<CoverageReport> {
  const p = new LcovParser(file, target);
  for await (const chunk of chunks) p.push(chunk);
  return p.end();
}
