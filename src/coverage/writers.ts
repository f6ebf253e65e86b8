import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ratio } from './gates.js';
import type { CoverageReport } from './model.js';
import { writeLcov } from './parsers/lcov-writer.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rate = (c: { total: number; covered: number }) => ((ratio(c) ?? 100) / 100).toFixed(4);

/** Cobertura XML, a file at a time (branch outcomes per line as condition-coverage). */
export function* writeCobertura(report: CoverageReport, now = Date.now()): Generator<string> {
  const t = report.totals();
  yield `<?xml version="1.0" ?>\n<coverage lines-valid="${t.lines.total}" lines-covered="${t.lines.covered}" line-rate="${rate(t.lines)}" branches-valid="${t.branches.total}" branches-covered="${t.branches.covered}" branch-rate="${rate(t.branches)}" timestamp="${now}" complexity="0" version="shipline">\n<sources><source>.</source></sources>\n<packages>\n`;
  const byPkg = new Map<string, string[]>();
  for (const p of [...report.files.keys()].sort()) {
    const pkg = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
    byPkg.set(pkg, [...(byPkg.get(pkg) ?? []), p]);
  }
  for (const [pkg, paths] of byPkg) {
    const out: string[] = [`<package name="${esc(pkg)}"><classes>`];
    for (const p of paths) {
      const f = report.files.get(p)!;
      const ft = f.totals();
      out.push(
        `<class name="${esc(p.slice(p.lastIndexOf('/') + 1))}" filename="${esc(p)}" line-rate="${rate(ft.lines)}" branch-rate="${rate(ft.branches)}" complexity="0"><methods>`,
      );
      for (const fn of f.functions.values())
        out.push(
          `<method name="${esc(fn.name)}" signature="" hits="${fn.hits}">${fn.line > 0 ? `<lines><line number="${fn.line}" hits="${fn.hits}"/></lines>` : ''}</method>`,
        );
      out.push('</methods><lines>');
      const byLine = new Map<number, { total: number; covered: number }>();
      for (const b of f.branches.values()) {
        const c = byLine.get(b.line) ?? { total: 0, covered: 0 };
        c.total++;
        if (b.hits > 0) c.covered++;
        byLine.set(b.line, c);
      }
      for (const [line, hits] of f.lines()) {
        const b = byLine.get(line);
        out.push(
          b
            ? `<line number="${line}" hits="${hits}" branch="true" condition-coverage="${Math.floor((b.covered / b.total) * 100)}% (${b.covered}/${b.total})"/>`
            : `<line number="${line}" hits="${hits}" branch="false"/>`,
        );
      }
      out.push('</lines></class>');
    }
    out.push('</classes></package>\n');
    yield out.join('');
  }
  yield '</packages>\n</coverage>\n';
}

export async function writeText(path: string, parts: Iterable<string>): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await pipeline(Readable.from(parts), createWriteStream(path));
}

export { writeLcov };
