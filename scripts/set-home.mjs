// The one substitution a fork or a private mirror makes: `npm run set-home -- acme/shipline`
// rewrites every reference to where shipline lives (package.json `repository`, the docs, the
// templates, the workflows' messages, the act events) from the current home to the new one.
// Reusable workflows need nothing: they find their own repository through job.workflow_repository.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : process.cwd();
const next = process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--root');
if (!next || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(next)) {
  console.error('usage: npm run set-home -- <owner>/<name>   (the repository that hosts your copy of shipline)');
  process.exit(2);
}
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const current = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')?.[1];
if (!current) {
  console.error('package.json has no github.com repository url to start from');
  process.exit(2);
}
if (current === next) {
  console.log(`already ${next}`);
  process.exit(0);
}
const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  .split('\0')
  .filter((f) => f && !f.startsWith('dist/') && !f.startsWith('test/fixtures/') && /\.(md|ya?ml|json|ts|mjs)$/.test(f));
let changed = 0;
for (const f of files) {
  const p = join(root, f);
  let text;
  try {
    text = readFileSync(p, 'utf8');
  } catch {
    continue;
  }
  if (!text.includes(current)) continue;
  writeFileSync(p, text.split(current).join(next));
  changed++;
}
console.log(`${current} → ${next} in ${changed} files; run npm run docs and npm run build, then commit`);
