// One measured parse in a fresh process, so peak RSS is this parser's alone:
//   node child.mjs <parser> <file> [ours-bundle.mjs]
// Prints {ms, maxRssMB, files, lines} as JSON. The time covers the parse only (not node's start).
import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const [parser, file, bundle] = process.argv.slice(2);
const t0 = performance.now();
let files = 0;
let lines = 0;
if (parser === 'shipline') {
  const { parseFile } = await import(pathToFileURL(bundle).href);
  const r = await parseFile(file, file);
  files = r.report.files.size;
  lines = r.report.totals().lines.total;
} else if (parser === 'shipline-merge') {
  // file is a directory of shard reports: parse each and fold its files in, as the gate does.
  const { parseFile, CoverageReport } = await import(pathToFileURL(bundle).href);
  const { readdirSync } = await import('node:fs');
  const merged = new CoverageReport();
  // (LCOV is parsed straight into the merged report; the gate maps paths in mapPath.)
  for (const f of readdirSync(file).sort())
    await parseFile(`${file}/${f}`, f, undefined, { into: merged, mapPath: (p) => p });
  files = merged.files.size;
  lines = merged.totals().lines.total;
} else if (parser === 'lcov-parse') {
  const { default: parse } = await import('lcov-parse');
  const data = await new Promise((resolve, reject) =>
    parse(file, (err, d) => (err ? reject(new Error(String(err))) : resolve(d))),
  );
  files = data.length;
  for (const d of data) lines += d.lines.found;
} else if (parser === 'friedemannsommer') {
  const { default: parse } = await import('@friedemannsommer/lcov-parser');
  const sections = await parse({ from: createReadStream(file) });
  files = sections.length;
  for (const s of sections) lines += s.lines.instrumented;
} else if (parser === 'fast-xml-parser') {
  // The usual Cobertura read: the whole file as a string, parsed to objects, then walked.
  const { XMLParser } = await import('fast-xml-parser');
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['package', 'class', 'line', 'method'].includes(name),
  }).parse(readFileSync(file, 'utf8'));
  for (const p of doc.coverage.packages.package ?? []) {
    for (const c of p.classes.class ?? []) {
      files++;
      lines += (c.lines?.line ?? []).length;
    }
  }
} else throw new Error(`unknown parser ${parser}`);
const ms = performance.now() - t0;
// Peak RSS of this process image: VmHWM. (getrusage's maxRSS is no good here: Linux carries
// over the high-water mark of the forked parent across exec, so it reports the parent's RSS.)
let maxRssMB = process.resourceUsage().maxRSS / 1024;
try {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  if (hwm) maxRssMB = Number(hwm[1]) / 1024;
} catch {
  // not Linux: maxRSS it is
}
process.stdout.write(JSON.stringify({ ms, maxRssMB, files, lines }) + '\n');
