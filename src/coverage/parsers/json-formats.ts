import { CoverageReport, FileCoverage, type Count } from '../model.js';
import { checkCount, checkLine, CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';
import { jsonMembers } from './json-stream.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

function loc(v: unknown): number | undefined {
  if (!isObj(v) || !isObj(v.start)) return undefined;
  const l = v.start.line;
  return typeof l === 'number' ? l : undefined;
}

/** Istanbul coverage-final.json: statement, function and branch maps with their counters. */
export function istanbulFile(key: string, v: unknown, file: string): FileCoverage {
  const bad = (what: string): never => {
    throw new CoverageParseError(file, `entry "${key.slice(0, 80)}" is not Istanbul coverage (${what})`);
  };
  if (!isObj(v) || !isObj(v.statementMap) || !isObj(v.s)) bad('no statementMap/s');
  const o = v as Obj;
  const f = new FileCoverage(typeof o.path === 'string' ? o.path : key);
  const s = o.s as Obj;
  const sm = o.statementMap as Obj;
  for (const [id, l] of Object.entries(sm)) {
    const line = loc(l);
    if (line === undefined) bad(`statement ${id} has no start line`);
    // Istanbul's line coverage: the largest count of the statements starting on a line.
    f.maxLine(checkLine(line!, 'statement line', file), checkCount(Number(s[id] ?? 0), `statement ${id} count`, file));
  }
  const fm = isObj(o.fnMap) ? o.fnMap : {};
  const fc = isObj(o.f) ? o.f : {};
  for (const [id, fn] of Object.entries(fm)) {
    if (!isObj(fn)) bad(`function ${id}`);
    const fo = fn as Obj;
    const line = loc(fo.decl) ?? loc(fo.loc) ?? 0;
    f.addFunction(
      typeof fo.name === 'string' ? fo.name : `(fn ${id})`,
      line,
      checkCount(Number(fc[id] ?? 0), `function ${id} count`, file),
    );
  }
  const bm = isObj(o.branchMap) ? o.branchMap : {};
  const bc = isObj(o.b) ? o.b : {};
  for (const [id, br] of Object.entries(bm)) {
    if (!isObj(br)) bad(`branch ${id}`);
    const bo = br as Obj;
    const counts = bc[id];
    if (!Array.isArray(counts)) bad(`branch ${id} has no counts`);
    const line =
      loc(bo.loc) ??
      (Array.isArray(bo.locations) ? loc(bo.locations[0]) : undefined) ??
      (typeof bo.line === 'number' ? bo.line : undefined);
    if (line === undefined) bad(`branch ${id} has no line`);
    (counts as unknown[]).forEach((n, i) =>
      f.addBranch(checkLine(line!, 'branch line', file), id, i, checkCount(Number(n), `branch ${id} count`, file)),
    );
  }
  return f;
}

export async function parseIstanbulJson(chunks: Chunks, file: string): Promise<CoverageReport> {
  const report = new CoverageReport();
  for await (const m of jsonMembers(chunks, file)) report.put(istanbulFile(m.key, m.value, file));
  if (report.files.size === 0) throw new CoverageParseError(file, 'has no files (an empty Istanbul coverage object)');
  return report;
}

function count(v: unknown, what: string, file: string): Count {
  if (!isObj(v) || typeof v.total !== 'number' || typeof v.covered !== 'number')
    throw new CoverageParseError(file, `${what} has no total/covered counts`);
  const total = checkCount(v.total, `${what} total`, file);
  const covered = checkCount(v.covered, `${what} covered`, file);
  if (covered > total) throw new CoverageParseError(file, `${what} covers ${covered} of ${total}`);
  return { total, covered };
}

/** Istanbul json-summary: totals per file only (no lines, so no changed-line coverage). */
export async function parseIstanbulSummary(chunks: Chunks, file: string): Promise<CoverageReport> {
  const report = new CoverageReport();
  for await (const m of jsonMembers(chunks, file)) {
    if (m.key === 'total') continue;
    const v = m.value;
    if (!isObj(v) || !isObj(v.lines))
      throw new CoverageParseError(file, `entry "${m.key.slice(0, 80)}" is not an Istanbul summary (no lines)`);
    const f = new FileCoverage(m.key);
    f.summary = {
      lines: count(v.lines, `${m.key} lines`, file),
      branches: isObj(v.branches) ? count(v.branches, `${m.key} branches`, file) : { total: 0, covered: 0 },
      functions: isObj(v.functions) ? count(v.functions, `${m.key} functions`, file) : { total: 0, covered: 0 },
    };
    report.put(f);
  }
  if (report.files.size === 0)
    throw new CoverageParseError(file, 'has no files (only a total): shipline needs per-file entries');
  return report;
}

function lineList(v: unknown, what: string, file: string): number[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new CoverageParseError(file, `${what} is not a list`);
  // coverage.py lists line 0 as executed for an empty module; it is not a statement.
  return v.filter((n) => n !== 0).map((n) => checkLine(Number(n), what, file));
}

/** coverage.py JSON: executed/missing lines and executed/missing arcs per file. */
export async function parseCoveragePyJson(chunks: Chunks, file: string): Promise<CoverageReport> {
  const report = new CoverageReport();
  let sawMeta = false;
  for await (const m of jsonMembers(chunks, file, new Set(['files']))) {
    if (!m.parent) {
      if (m.key === 'meta') sawMeta = true;
      continue;
    }
    const v = m.value;
    if (!isObj(v) || !Array.isArray(v.executed_lines))
      throw new CoverageParseError(file, `files["${m.key.slice(0, 80)}"] is not coverage.py data (no executed_lines)`);
    const f = new FileCoverage(m.key);
    for (const l of lineList(v.missing_lines, 'missing_lines', file)) f.addLine(l, 0);
    for (const l of lineList(v.executed_lines, 'executed_lines', file)) f.addLine(l, 1);
    const arcs = (list: unknown, hits: number) => {
      if (list === undefined) return;
      if (!Array.isArray(list)) throw new CoverageParseError(file, 'branches are not a list of [from, to] pairs');
      for (const arc of list) {
        if (!Array.isArray(arc) || arc.length !== 2)
          throw new CoverageParseError(file, 'a branch is not a [from, to] pair');
        // An arc is identified by its source line and destination (negative = exit).
        f.addBranch(checkLine(Number(arc[0]), 'branch line', file), 0, Number(arc[1]), hits);
      }
    };
    arcs(v.executed_branches, 1);
    arcs(v.missing_branches, 0);
    report.put(f);
  }
  if (!sawMeta && report.files.size === 0)
    throw new CoverageParseError(file, 'is not coverage.py JSON (no meta and no files)');
  return report;
}
