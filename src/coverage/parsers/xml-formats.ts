import { CoverageReport, FileCoverage } from '../model.js';
import { checkCount, checkLine, CoverageParseError } from '../errors.js';
import type { Chunks } from './chunks.js';
import type { Attrs } from './xml-attrs.js';
import { streamXml } from './xml.js';

export interface ParsedXml {
  report: CoverageReport;
  /** Cobertura `<sources>`: roots the class filenames are relative to. */
  sources: string[];
  declared?: Partial<Record<'lines' | 'branches' | 'functions', { total: number; covered: number }>>;
}

function declared(a: Attrs, pairs: Array<['lines' | 'branches' | 'functions', string, string]>): ParsedXml['declared'] {
  const out: NonNullable<ParsedXml['declared']> = {};
  for (const [k, total, covered] of pairs) {
    const t = a.num(total);
    const c = a.num(covered);
    if (t !== undefined && c !== undefined && Number.isFinite(t) && Number.isFinite(c))
      out[k] = { total: t, covered: c };
  }
  return out;
}

function num(attrs: Attrs, name: string, file: string, offset: number, required = true): number {
  const n = attrs.num(name);
  if (n === undefined) {
    if (!required) return 0;
    throw new CoverageParseError(file, `missing attribute ${name}`, undefined, offset);
  }
  if (Number.isNaN(n))
    throw new CoverageParseError(
      file,
      `attribute ${name}="${(attrs.get(name) ?? '').slice(0, 30)}" is not a number`,
      undefined,
      offset,
    );
  return n;
}

/** Cobertura XML (Istanbul, coverage.py, and Java tools): class lines, condition-coverage, methods. */
export async function parseCobertura(chunks: Chunks, file: string): Promise<ParsedXml> {
  const report = new CoverageReport();
  const sources: string[] = [];
  let cur: FileCoverage | undefined;
  let method: { name: string; line: number; hits: number } | undefined;
  let sourceText: string | undefined;
  let root = false;
  let decl: ParsedXml['declared'];
  await streamXml(chunks, file, {
    wantText: (top) => top === 'source',
    text: (t) => {
      sourceText = (sourceText ?? '') + t;
    },
    open(name, a, offset) {
      if (!root) {
        if (name !== 'coverage')
          throw new CoverageParseError(
            file,
            `root element is <${name}>, not Cobertura's <coverage>`,
            undefined,
            offset,
          );
        root = true;
        decl = declared(a, [
          ['lines', 'lines-valid', 'lines-covered'],
          ['branches', 'branches-valid', 'branches-covered'],
        ]);
        return;
      }
      switch (name) {
        case 'source':
          sourceText = '';
          return;
        case 'class': {
          const filename = a.get('filename');
          if (!filename) throw new CoverageParseError(file, '<class> without a filename attribute', undefined, offset);
          // Classes of one file (and one file in several packages) add into one entry.
          cur = report.file(filename);
          return;
        }
        case 'method':
          if (cur)
            method = {
              name: a.get('name') ?? '(anonymous)',
              line: 0,
              hits: !a.has('hits') ? -1 : checkCount(num(a, 'hits', file, offset), 'hits', file, undefined, offset),
            };
          return;
        case 'line': {
          if (!cur) throw new CoverageParseError(file, '<line> outside a <class>', undefined, offset);
          const line = checkLine(num(a, 'number', file, offset), 'line number', file, undefined, offset);
          const hits = checkCount(num(a, 'hits', file, offset), 'hits', file, undefined, offset);
          if (method) {
            if (method.line === 0) method.line = line;
            if (method.hits < 0) method.hits = hits;
            return; // a method's lines repeat the class's lines: counted once, from <class><lines>
          }
          cur.addLine(line, hits);
          if (a.get('branch') === 'true') {
            const m = /\((\d+)\/(\d+)\)/.exec(a.get('condition-coverage') ?? '');
            if (!m) return;
            const covered = Number(m[1]);
            const total = Number(m[2]);
            if (covered > total)
              throw new CoverageParseError(
                file,
                `condition-coverage "${a.get('condition-coverage')}" covers more than its total`,
                undefined,
                offset,
              );
            // Cobertura gives counts, not identities: outcomes 0..total-1, the first `covered` taken.
            for (let i = 0; i < total; i++) cur.addBranch(line, 0, i, i < covered ? 1 : 0);
          }
          return;
        }
      }
    },
    close(name) {
      if (name === 'source' && sourceText !== undefined) {
        const s = sourceText.trim();
        if (s) sources.push(s);
        sourceText = undefined;
      } else if (name === 'method' && method && cur) {
        cur.addFunction(method.name, method.line, Math.max(0, method.hits));
        method = undefined;
      } else if (name === 'class') cur = undefined;
    },
  });
  return { report, sources, declared: decl };
}

/** JaCoCo XML: packages of source files with per-line instruction and branch counters. */
export async function parseJacoco(chunks: Chunks, file: string): Promise<ParsedXml> {
  const report = new CoverageReport();
  let pkg = '';
  let root = false;
  let cls: { source: string } | undefined;
  let method: { name: string; line: number; covered: number } | undefined;
  let cur: FileCoverage | undefined;
  const pathOf = (source: string) => (pkg ? `${pkg}/${source}` : source);
  await streamXml(chunks, file, {
    open(name, a, offset) {
      if (!root) {
        if (name !== 'report')
          throw new CoverageParseError(file, `root element is <${name}>, not JaCoCo's <report>`, undefined, offset);
        root = true;
        return;
      }
      switch (name) {
        case 'package':
          pkg = a.get('name') ?? '';
          return;
        case 'class':
          cls = { source: a.get('sourcefilename') ?? `${(a.get('name') ?? '').split('$')[0].split('/').pop()}.java` };
          return;
        case 'method':
          if (cls)
            method = {
              name: `${a.get('name') ?? '?'}${a.get('desc') ?? ''}`,
              line: a.has('line') ? checkLine(num(a, 'line', file, offset), 'line', file, undefined, offset) : 0,
              covered: -1,
            };
          return;
        case 'counter':
          if (method && a.get('type') === 'METHOD')
            method.covered = checkCount(num(a, 'covered', file, offset), 'covered', file, undefined, offset);
          return;
        case 'sourcefile':
          cur = new FileCoverage(pathOf(a.get('name') ?? ''));
          return;
        case 'line': {
          if (!cur) return;
          const nr = checkLine(num(a, 'nr', file, offset), 'line nr', file, undefined, offset);
          const ci = checkCount(num(a, 'ci', file, offset, false), 'ci', file, undefined, offset);
          const mi = checkCount(num(a, 'mi', file, offset, false), 'mi', file, undefined, offset);
          const cb = checkCount(num(a, 'cb', file, offset, false), 'cb', file, undefined, offset);
          const mb = checkCount(num(a, 'mb', file, offset, false), 'mb', file, undefined, offset);
          // JaCoCo's LINE counter: a line with any covered instruction is covered.
          if (ci + mi > 0) cur.addLine(nr, ci > 0 ? 1 : 0);
          for (let i = 0; i < cb + mb; i++) cur.addBranch(nr, 0, i, i < cb ? 1 : 0);
          return;
        }
      }
    },
    close(name) {
      if (name === 'method' && method && cls) {
        // Methods are listed under classes; their file is the class's source file.
        report.file(pathOf(cls.source)).addFunction(method.name, method.line, method.covered > 0 ? 1 : 0);
        method = undefined;
      } else if (name === 'class') cls = undefined;
      else if (name === 'sourcefile' && cur) {
        report.put(cur);
        cur = undefined;
      } else if (name === 'package') pkg = '';
    },
  });
  return { report, sources: [] };
}

/** Clover XML (Istanbul's and OpenClover's): per-file lines of type stmt/cond/method. */
export async function parseClover(chunks: Chunks, file: string): Promise<ParsedXml> {
  const report = new CoverageReport();
  let root = false;
  let cur: FileCoverage | undefined;
  let fileMetrics:
    { methods: number; covered: number; conditionals?: number; coveredConditionals?: number } | undefined;
  let sawMethodLines = false;
  let decl: ParsedXml['declared'];
  let inProject = false;
  await streamXml(chunks, file, {
    open(name, a, offset) {
      if (!root) {
        if (name !== 'coverage')
          throw new CoverageParseError(file, `root element is <${name}>, not Clover's <coverage>`, undefined, offset);
        root = true;
        return;
      }
      if (name === 'project') inProject = true;
      else if (name === 'metrics' && inProject && !decl && !cur)
        decl = declared(a, [
          ['branches', 'conditionals', 'coveredconditionals'],
          ['functions', 'methods', 'coveredmethods'],
        ]);
      if (name === 'file') {
        const path = a.get('path') ?? a.get('name');
        if (!path) throw new CoverageParseError(file, '<file> without a path or name', undefined, offset);
        cur = new FileCoverage(path);
        fileMetrics = undefined;
        sawMethodLines = false;
      } else if (name === 'metrics' && cur && !fileMetrics) {
        fileMetrics = {
          methods: checkCount(num(a, 'methods', file, offset, false), 'methods', file, undefined, offset),
          covered: checkCount(num(a, 'coveredmethods', file, offset, false), 'coveredmethods', file, undefined, offset),
          conditionals: a.has('conditionals')
            ? checkCount(num(a, 'conditionals', file, offset), 'conditionals', file, undefined, offset)
            : undefined,
          coveredConditionals: a.has('coveredconditionals')
            ? checkCount(num(a, 'coveredconditionals', file, offset), 'coveredconditionals', file, undefined, offset)
            : undefined,
        };
      } else if (name === 'line' && cur) {
        const line = checkLine(num(a, 'num', file, offset), 'line num', file, undefined, offset);
        if (a.get('type') === 'method') {
          sawMethodLines = true;
          cur.addFunction(
            a.get('name') ?? a.get('signature') ?? `method@${line}`,
            line,
            checkCount(num(a, 'count', file, offset), 'count', file, undefined, offset),
          );
          return;
        }
        if (a.get('type') === 'cond') {
          const t = checkCount(num(a, 'truecount', file, offset), 'truecount', file, undefined, offset);
          const f = checkCount(num(a, 'falsecount', file, offset), 'falsecount', file, undefined, offset);
          // Istanbul writes covered/uncovered outcome counts here (OpenClover: true/false hit counts).
          for (let i = 0; i < t + f; i++) cur.addBranch(line, 0, i, i < t ? 1 : 0);
          cur.addLine(
            line,
            !a.has('count')
              ? t > 0
                ? 1
                : 0
              : checkCount(num(a, 'count', file, offset), 'count', file, undefined, offset),
          );
          return;
        }
        cur.addLine(line, checkCount(num(a, 'count', file, offset), 'count', file, undefined, offset));
      }
    },
    close(name) {
      if (name === 'file' && cur) {
        // Istanbul's clover has no method lines, only the file's method counts.
        if (!sawMethodLines && fileMetrics)
          for (let i = 0; i < fileMetrics.methods; i++)
            cur.addFunction(`#${i + 1}`, 0, i < fileMetrics.covered ? 1 : 0);
        // Istanbul lists branches only on statement lines; the file's metrics count them all.
        // The rest are kept as the file's unlisted branches, so its totals equal the tool's.
        if (fileMetrics?.conditionals !== undefined && fileMetrics.coveredConditionals !== undefined) {
          const t = cur.totals().branches;
          const total = fileMetrics.conditionals - t.total;
          const covered = fileMetrics.coveredConditionals - t.covered;
          if (total > 0 && covered >= 0 && covered <= total) cur.unlisted = { branches: { total, covered } };
        }
        report.put(cur);
        cur = undefined;
      } else if (name === 'project') inProject = false;
    },
  });
  return { report, sources: [], declared: decl };
}
