import { isAbsolute, join } from 'node:path';
import { changedFiles, fromRoot, type ChangedFile, type DiffRange, type GitDeps } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';
import { lintBase } from './base.js';
import { readBaseline } from './baseline.js';
import { fingerprint, LineCache, unmatched, type Fingerprint } from './fingerprint.js';
import type { Job, RunDeps, Stopper } from './runner.js';
import type { CheckResult, Finding, LintOptions } from './types.js';

const RANK = { error: 3, warning: 2, notice: 1 } as const;

export interface BaseInfo {
  /** Where the base findings came from. */
  source: 'baseline' | 'worktree' | 'not needed';
  file?: string;
  commit?: string;
  durationMs: number;
  checks: Array<{ name: string; durationMs: number; findings: number }>;
}

/**
 * For fail-on new: which head findings did not exist at the base. The base findings come from
 * the committed baseline file when there is one, else from linting the base commit in a git
 * worktree — only the checks and files with findings that could fail, so a clean run never pays.
 */
export async function findNew(a: {
  o: LintOptions;
  ctx: ToolContext;
  stop: Stopper;
  results: CheckResult[];
  jobs: Job[];
  range: DiffRange;
  changed?: ChangedFile[];
  root: string;
  prefix: string;
  deps: RunDeps;
  gitDeps: GitDeps;
}): Promise<{ fresh: Set<Finding>; base: BaseInfo; notes: string[] }> {
  const start = a.ctx.now();
  const notes: string[] = [];
  const advisory = new Set(a.o.source.checks.filter((c) => c.severity === 'warning').map((c) => c.name));
  const all = a.results.flatMap((r) => r.findings);
  const candidates = all.filter((f) => !advisory.has(f.check) && RANK[f.severity] >= RANK[a.o.failLevel]);
  // Nothing could fail: no base is needed, and every finding is judged by level alone.
  if (candidates.length === 0)
    return { fresh: new Set(all), base: { source: 'not needed', durationMs: 0, checks: [] }, notes };
  const heads = new LineCache(a.ctx.cwd);
  const headFps: Fingerprint[] = candidates.map((f) => fingerprint(f, heads.lines(f.file)));
  let baseFps: Fingerprint[];
  let base: BaseInfo;
  const baselinePath = isAbsolute(a.o.baseline) ? a.o.baseline : join(a.ctx.cwd, a.o.baseline);
  const fromFile = readBaseline(baselinePath, a.ctx.frontDoor === 'cli' ? '--baseline' : "input 'baseline'");
  if (fromFile) {
    baseFps = fromFile;
    base = { source: 'baseline', file: a.o.baseline, durationMs: a.ctx.now() - start, checks: [] };
    notes.push(`new findings: matched against ${fromFile.length} finding(s) of the baseline ${a.o.baseline}`);
  } else {
    const changed = a.changed ?? (await changedFiles(a.range, a.gitDeps));
    const renamedFrom = new Map<string, string>();
    for (const c of changed) {
      if (!c.previousPath) continue;
      const head = fromRoot(c.path, a.prefix);
      const prev = fromRoot(c.previousPath, a.prefix);
      if (head !== undefined && prev !== undefined) renamedFrom.set(head, prev);
    }
    const byCheck = new Map<string, Set<string>>();
    for (const f of candidates) {
      const s = byCheck.get(f.check) ?? new Set<string>();
      if (f.file) s.add(f.file);
      byCheck.set(f.check, s);
    }
    const baseJobs = a.jobs
      .filter((j) => byCheck.has(j.check.name))
      .map((j) => ({ job: j, files: j.files ? j.files.filter((f) => byCheck.get(j.check.name)!.has(f)) : undefined }))
      .filter((j) => !j.files || j.files.length);
    const run = await lintBase({
      range: a.range,
      root: a.root,
      prefix: a.prefix,
      cwd: a.ctx.cwd,
      jobs: baseJobs,
      renamedFrom,
      deps: a.deps,
      git: a.gitDeps,
      tmpDir: a.ctx.tempDir,
      signal: a.stop.signal,
      // A cancelled run still removes the base worktree.
      onCleanup: (fn) => a.ctx.onCleanup(fn),
    });
    baseFps = run.fingerprints;
    notes.push(...run.notes);
    base = { source: 'worktree', commit: a.range.base, durationMs: run.durationMs, checks: run.ran };
    notes.push(
      `new findings: linted the base ${a.range.base.slice(0, 7)} in a worktree (${run.ran.map((r) => r.name).join(', ') || 'no check needed it'}) in ${(run.durationMs / 1000).toFixed(2)} s; commit a baseline (shipline lint baseline) to skip this`,
    );
  }
  const fresh = new Set<Finding>();
  for (const i of unmatched(headFps, baseFps)) fresh.add(candidates[i]);
  // Findings below the fail level are judged by level, not by newness.
  const judged = new Set(candidates);
  for (const f of all) if (!judged.has(f)) fresh.add(f);
  return { fresh, base, notes };
}
