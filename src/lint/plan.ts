import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { inRanges, type LineRange } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';
import type { Job } from './runner.js';
import type { CheckResult, Finding, LintCheck, LintOptions } from './types.js';

/** A matcher for a check's globs: patterns without '/' match a file's name anywhere. */
export async function globMatcher(globs: string[]): Promise<(path: string) => boolean> {
  // picomatch loads only when a check picks files by glob: a run of whole-project checks never needs it.
  const { default: picomatch } = await import('picomatch');
  const full = globs.filter((g) => g.includes('/'));
  const base = globs.filter((g) => !g.includes('/'));
  const a = full.length ? picomatch(full, { dot: true }) : () => false;
  const b = base.length ? picomatch(base, { dot: true, basename: true }) : () => false;
  return (p) => a(p) || b(p);
}

/** Whether this run lints changed files only (`auto`: on PRs, pushes, staged and local runs). */
export function wantsChangedOnly(
  o: Pick<LintOptions, 'changedOnly' | 'staged' | 'base'>,
  ctx: Pick<ToolContext, 'event'>,
): boolean {
  if (o.changedOnly !== 'auto') return o.changedOnly === 'true';
  if (o.staged || o.base) return true;
  const e = ctx.event;
  return !e.isActions || /^(pull_request|pull_request_target|push|merge_group)$/.test(e.eventName);
}

/** The jobs of this run: each check with the files it gets, or skipped with the reason. */
export async function planJobs(
  checks: LintCheck[],
  files: string[],
  changedOnly: boolean,
): Promise<{ jobs: Job[]; skipped: CheckResult[] }> {
  const jobs: Job[] = [];
  const skipped: CheckResult[] = [];
  for (const check of checks) {
    if (!check.files) {
      jobs.push({ check, matched: 0 });
      continue;
    }
    const match = await globMatcher(check.files);
    const skip = check.exclude?.length ? await globMatcher(check.exclude) : () => false;
    const matched = files.filter((f) => match(f) && !skip(f));
    if (matched.length === 0) {
      skipped.push({
        name: check.name,
        status: 'skipped',
        detail: `no ${changedOnly ? 'changed ' : ''}file matches ${check.files.join(', ')}`,
        durationMs: 0,
        files: 0,
        findings: [],
      });
      continue;
    }
    jobs.push({ check, files: check.passFiles ? matched : undefined, matched: matched.length });
  }
  return { jobs, skipped };
}

/** Which findings become annotations. */
export function pickAnnotated(
  findings: Finding[],
  mode: LintOptions['annotate'],
  lines: Map<string, LineRange[]> | undefined,
): Set<Finding> {
  if (mode === 'none') return new Set();
  if (mode === 'all' || !lines) return new Set(findings);
  return new Set(
    findings.filter(
      (f) =>
        f.file &&
        lines.has(f.file) &&
        (mode === 'changed-files' || (f.line !== undefined && inRanges(lines.get(f.file), f.line))),
    ),
  );
}

/** The root of the git work tree holding `cwd` (a `.git` up the tree), found without spawning git. */
export function gitRoot(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GIT_DIR) return env.GIT_WORK_TREE ? resolve(env.GIT_WORK_TREE) : resolve(cwd);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
