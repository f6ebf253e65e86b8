// `npm run bench [case ...]`: runs the bench cases (bench/*.bench.ts), each measuring shipline
// against its peers in the same run, and prints one table per case. Writes bench/results.md (with
// cases named, only their sections are replaced).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchReport } from './lib.js';

const here = dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const cases = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .filter((c) => wanted.length === 0 || wanted.includes(c))
  .sort((a, b) => (a === 'startup' ? -1 : b === 'startup' ? 1 : a.localeCompare(b)));

function render(r: BenchReport): string {
  const lines = [`## ${r.name}`, '', r.description, '', '| metric | value | goal | |', '| --- | --- | --- | --- |'];
  for (const row of r.rows) {
    const mark = row.pass === undefined ? '' : row.pass ? 'met' : 'MISSED';
    lines.push(
      `| ${row.metric} | ${row.value} ${row.unit} | ${row.goal ?? ''} | ${mark}${row.note ? ` ${row.note}` : ''} |`,
    );
  }
  return lines.join('\n') + '\n';
}

const head = [
  `# shipline benchmarks\n\nMeasured on ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${process.platform}/${process.arch}.\n`,
];
const out: string[] = [];
let failed = false;
for (const c of cases) {
  const mod = (await import(pathToFileURL(join(here, `${c}.bench.ts`)).href)) as { bench: () => Promise<BenchReport> };
  try {
    const report = await mod.bench();
    const text = render(report);
    process.stdout.write(text + '\n');
    out.push(text);
  } catch (e) {
    failed = true;
    const text = `## ${c}\n\nfailed to run: ${(e as Error).message}\n`;
    process.stdout.write(text + '\n');
    out.push(text);
  }
}
writeFileSync(
  join(here, 'results.md'),
  wanted.length ? mergeInto(join(here, 'results.md'), out) : [...head, ...out].join('\n'),
);

/**
 * Some cases only: their sections replace the same sections of the existing results.md (found by
 * heading, `## <case>` or `## <case>: …`), the others stay as they were measured.
 */
function mergeInto(file: string, fresh: string[]): string {
  if (!existsSync(file)) return [...head, ...fresh].join('\n');
  const [top, ...sections] = readFileSync(file, 'utf8').split(/\n(?=## )/);
  const heading = (t: string) => t.split('\n')[0];
  const caseOf = (h: string) => /^## ([^\s:]+)/.exec(h)?.[1];
  for (const text of fresh) {
    const at = sections.findIndex((sec) => caseOf(heading(sec)) === caseOf(heading(text)));
    if (at >= 0) sections[at] = text.trimEnd() + '\n';
    else sections.push(text.trimEnd() + '\n');
  }
  return [top.trimEnd() + '\n', ...sections].join('\n');
}
process.exitCode = failed ? 1 : 0;
