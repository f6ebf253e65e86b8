import type { CoverageReport } from '../model.js';

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
