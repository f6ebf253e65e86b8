// A JUnit reporter for `node --test` that records which file each test case came from.
// Node 20's built-in junit reporter writes classname="test" and no file attribute, so a
// report made with it cannot be used to balance shards by file; this one can. Zero
// dependencies: node --test --test-reporter=./reporters/junit.mjs --test-reporter-destination=junit.xml
import { relative } from 'node:path';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export default async function* junit(source) {
  const byFile = new Map();
  const suites = new Map(); // file → stack of open suite names by nesting
  for await (const event of source) {
    if (event.type === 'test:start') {
      const stack = suites.get(event.data.file) ?? [];
      stack[event.data.nesting] = event.data.name;
      stack.length = event.data.nesting + 1;
      suites.set(event.data.file, stack);
      continue;
    }
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    if (data.details?.type === 'suite' || !data.file) continue;
    const file = relative(process.cwd(), data.file).split('\\').join('/');
    const path = (suites.get(data.file) ?? []).slice(0, data.nesting);
    const cases = byFile.get(file) ?? [];
    cases.push({
      name: data.name,
      classname: [file.replace(/\.[cm]?[jt]s$/, ''), ...path].join('.'),
      seconds: (data.details?.duration_ms ?? 0) / 1000,
      failure: event.type === 'test:fail' ? String(data.details?.error?.message ?? data.details?.error ?? 'failed') : undefined,
      skipped: Boolean(data.skip || data.todo),
    });
    byFile.set(file, cases);
  }
  yield '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n';
  for (const [file, cases] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const time = cases.reduce((t, c) => t + c.seconds, 0);
    const failures = cases.filter((c) => c.failure).length;
    const skipped = cases.filter((c) => c.skipped).length;
    yield `  <testsuite name="${esc(file)}" file="${esc(file)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time.toFixed(6)}">\n`;
    for (const c of cases) {
      const open = `    <testcase name="${esc(c.name)}" classname="${esc(c.classname)}" file="${esc(file)}" time="${c.seconds.toFixed(6)}"`;
      if (c.failure) yield `${open}>\n      <failure message="${esc(c.failure.split('\n')[0])}">${esc(c.failure)}</failure>\n    </testcase>\n`;
      else if (c.skipped) yield `${open}>\n      <skipped/>\n    </testcase>\n`;
      else yield `${open}/>\n`;
    }
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
