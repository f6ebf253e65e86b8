import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseJUnit } from '../shard/junit.js';
import type { FlakyTest, TestRun } from './types.js';

/**
 * Test results from JUnit reports in a local folder (downloaded artifacts): one sub-folder per
 * commit SHA or run id (`<folder>/<sha>/**\/*.xml`), holding that commit's shards and retries.
 */
export function readTestRuns(folder: string): { runs: TestRun[]; problems: string[] } {
  const runs: TestRun[] = [];
  const problems: string[] = [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : f.endsWith('.xml') ? [p] : [];
    });
  for (const file of walk(folder)) {
    const rel = relative(folder, file).split(sep);
    if (rel.length < 2) {
      problems.push(`${rel.join('/')}: not in a per-commit sub-folder; skipped`);
      continue;
    }
    const report = parseJUnit(readFileSync(file, 'utf8'));
    for (const p of report.problems) problems.push(`${rel.join('/')}: ${p}`);
    for (const c of report.cases) {
      const id = `${c.file ?? c.classname ?? c.suite ?? ''}::${c.name}`;
      runs.push({ id, group: rel[0], status: c.status });
      // A case that failed then passed inside one report (surefire rerunFailure, pytest-rerunfailures).
      if (c.flaky) runs.push({ id, group: rel[0], status: 'failed' });
    }
  }
  return { runs, problems };
}

/** Tests that failed and passed in the same group (commit); `isNew` against `before`. */
export function flakyTests(runs: TestRun[], before: Set<string>): FlakyTest[] {
  const by = new Map<string, { failed: number; passed: number; groups: Map<string, Set<string>> }>();
  for (const r of runs) {
    if (r.status === 'skipped') continue;
    const t = by.get(r.id) ?? { failed: 0, passed: 0, groups: new Map() };
    if (r.status === 'failed') t.failed++;
    else t.passed++;
    const g = t.groups.get(r.group) ?? new Set();
    g.add(r.status);
    t.groups.set(r.group, g);
    by.set(r.id, t);
  }
  const out: FlakyTest[] = [];
  for (const [id, t] of by) {
    const groups = [...t.groups].filter(([, s]) => s.size === 2).map(([g]) => g);
    if (groups.length) out.push({ id, failed: t.failed, passed: t.passed, groups, isNew: !before.has(id) });
  }
  return out.sort((a, b) => b.groups.length - a.groups.length || b.failed - a.failed || a.id.localeCompare(b.id));
}

/** The shard tool's quarantine file: `path::test` a line, the evidence in a trailing comment. */
export function quarantineText(tests: FlakyTest[], when: string): string {
  const lines = [
    `# shipline pipeline-health quarantine list, ${when}`,
    "# one test file (or path::test) a line, read by the shard tool's quarantine input",
  ];
  for (const t of tests)
    lines.push(
      `${t.id}  # flaky: failed ${t.failed}, passed ${t.passed} within ${t.groups.length} commit(s): ${t.groups
        .slice(0, 5)
        .map((g) => g.slice(0, 12))
        .join(', ')}`,
    );
  return lines.join('\n') + '\n';
}
