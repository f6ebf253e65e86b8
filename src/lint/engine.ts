import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { ConfigError, describeThrown, inputLabel } from '../core/errors.js';
import { formatCommand } from '../core/exec.js';
import {
  changedFiles,
  changedLines,
  cwdPrefix,
  fromRoot,
  inRanges,
  resolveDiffRange,
  type DiffRange,
  type LineRange,
} from '../core/git.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { listRepoFiles } from './detect.js';
import { buildReport, gateSummary, seconds, toSarif } from './report.js';
import { isFailing, runCheck, runPool, type Job, type RunDeps } from './runner.js';
import type { CheckResult, Finding, LintCheck, LintOptions } from './types.js';

/** A matcher for a check's globs: patterns without '/' match a file's name anywhere. */
export function globMatcher(globs: string[]): (path: string) => boolean {
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
export function planJobs(
  checks: LintCheck[],
  files: string[],
  changedOnly: boolean,
): { jobs: Job[]; skipped: CheckResult[] } {
  const jobs: Job[] = [];
  const skipped: CheckResult[] = [];
  for (const check of checks) {
    if (!check.files) {
      jobs.push({ check, matched: 0 });
      continue;
    }
    const match = globMatcher(check.files);
    const matched = files.filter((f) => match(f));
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

/** The gate: plan, run in parallel inside the budget, then annotate, summarize and report. */
export async function run(o: LintOptions, ctx: ToolContext): Promise<ToolResult> {
  const start = ctx.now();
  const { logger } = ctx;
  // --json keeps stdout for the report alone: progress goes to the debug stream.
  const say = o.json ? (m: string) => logger.debug(m) : (m: string) => logger.info(m);
  const changedOnly = wantsChangedOnly(o, ctx);
  const needsLines = o.annotate === 'changed-lines' || o.annotate === 'changed-files';
  const root = gitRoot(ctx.cwd, ctx.env);
  if (root === undefined && changedOnly) {
    if (o.changedOnly === 'true' || o.staged || o.base)
      throw new ConfigError(
        `${inputLabel('changed-only', ctx.frontDoor)}: needs a git repository at ${ctx.cwd}; run it in a git checkout, or lint every file (changed-only: false, --all)`,
      );
    say(`${ctx.cwd} is not a git repository: linting every file`);
  }
  // git diff names files from the repository root; checks run (and findings are named) from
  // cwd, which may be a subfolder (`cd services/api && shipline lint`).
  const prefix = root === undefined ? '' : cwdPrefix(root, ctx.cwd);
  const local = (p: string): string | undefined => fromRoot(p, prefix);
  const gitDeps = { exec: ctx.exec, cwd: root ?? ctx.cwd, logger };
  // Resolving the range costs several git calls: up front only when it picks the files,
  // otherwise later and only when there are findings to place on changed lines.
  let range: DiffRange | undefined;
  const resolveRange = async () =>
    (range ??= await resolveDiffRange({ event: ctx.event, base: o.base, staged: o.staged }, gitDeps));
  if (root !== undefined && changedOnly) await resolveRange();
  const lint = changedOnly && range !== undefined;
  let files: string[];
  if (lint) {
    files = (await changedFiles(range!, gitDeps))
      .filter((f) => f.status !== 'D')
      .map((f) => local(f.path))
      .filter((p): p is string => p !== undefined && existsSync(join(ctx.cwd, p)));
    say(`changed files: ${files.length} (${range!.description})`);
  } else files = await listRepoFiles(ctx.cwd, ctx.exec);

  const { checks } = o.source;
  say(
    `checks: ${checks.map((c) => c.name).join(', ') || 'none'} (${o.source.kind === 'config' ? o.source.file : o.source.kind === 'inline' ? 'inline checks input' : 'detected'})`,
  );
  if (o.source.kind === 'detected')
    for (const d of o.source.detections ?? [])
      if (d.picked || !/nothing in the repository/.test(d.reason))
        say(`  ${d.picked ? 'picked' : 'not picked'} ${d.tool}: ${d.reason}`);
  const { jobs, skipped } = planJobs(checks, files, lint);
  const deps: RunDeps = { exec: ctx.exec, cwd: ctx.cwd, env: ctx.env, now: ctx.now };

  if (o.fix) await runFixes(jobs, deps, ctx, say);

  const log = (r: CheckResult) => {
    if (o.json) return;
    logger.startGroup(
      `${r.name}: ${r.status} in ${seconds(r.durationMs)}, ${r.findings.length} finding(s)${r.detail ? ` (${r.detail})` : ''}`,
    );
    if (r.command)
      logger.info(`$ ${formatCommand(r.command).slice(0, 2000)}${r.command.join(' ').length > 2000 ? ' …' : ''}`);
    if (r.output) logger.info(r.output);
    if (r.parseError) logger.warning(`${r.name}: ${r.parseError}`);
    logger.endGroup();
  };
  for (const s of skipped) say(`${s.name}: skipped (${s.detail})`);
  const ran = await runPool(jobs, deps, {
    parallel: o.parallel,
    budgetMs: Math.max(1, o.budgetMs - (ctx.now() - start)),
    failFast: o.failFast,
    onDone: log,
  });
  const byName = new Map([...ran, ...skipped].map((r) => [r.name, r]));
  const results = checks.map((c) => byName.get(c.name)!);

  const failed = results.filter((r) => isFailing(r.status));
  const findings = results.flatMap((r) => r.findings);
  // No findings, nothing to place: skip the diff (it is most of a clean run's git time).
  let lines: Map<string, LineRange[]> | undefined;
  if (root !== undefined && findings.length && needsLines) {
    try {
      const byPath = await changedLines(await resolveRange(), gitDeps);
      lines = new Map();
      for (const [p, r] of byPath) {
        const l = local(p);
        if (l !== undefined) lines.set(l, r);
      }
    } catch (e) {
      // The checks' results stand; without a diff every finding is annotated instead.
      logger.warning(`could not tell the changed lines (${describeThrown(e)}): annotating every finding`);
    }
  }
  const annotated = pickAnnotated(findings, o.annotate, lines);
  if (!o.json) {
    for (const f of findings) {
      if (!annotated.has(f)) continue;
      ctx.annotations.add({
        level: f.severity,
        message: f.message,
        title: `${f.check}${f.rule ? `: ${f.rule}` : ''}`,
        file: f.file && prefix && !isAbsolute(f.file) ? `${prefix}/${f.file}` : f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endLine === f.line ? f.endColumn : undefined,
      });
    }
  }
  const durationMs = ctx.now() - start;
  const result = failed.length ? 'failed' : 'passed';
  const report = buildReport({
    result,
    durationMs,
    range: lint ? range : undefined,
    changedOnly: lint,
    changedFiles: files.length,
    source: o.source,
    results,
    annotated: o.json ? new Set() : annotated,
  });
  const reportPath = resolvePath(o.report ?? join(ctx.tempDir, 'shipline-lint', `report-${process.pid}.json`), ctx.cwd);
  write(reportPath, JSON.stringify(report, null, 2) + '\n');
  if (o.sarif) write(resolvePath(o.sarif, ctx.cwd), JSON.stringify(toSarif(results, prefix), null, 2) + '\n');
  if (o.json) logger.info(JSON.stringify(report, null, 2));
  else ctx.summary.raw(gateSummary(report, results).toString());

  const failure = failed.length
    ? `lint gate failed: ${failed.map((r) => `${r.name} (${r.detail ?? r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''})`).join(', ')}`
    : undefined;
  if (!o.json)
    say(`lint gate ${result} in ${seconds(durationMs)}: ${findings.length} finding(s), ${annotated.size} annotated`);
  const outputs = {
    result,
    'failed-checks': JSON.stringify(failed.map((r) => r.name)),
    findings: String(findings.length),
    'duration-ms': String(durationMs),
    report: reportPath,
  };
  // On the CLI, --json's stdout is the report alone (outputs are in it).
  return { outputs: o.json && ctx.frontDoor === 'cli' ? {} : outputs, failure };
}

/** `--fix`: each check's fix command on its files, one after another (fixers may touch the same file). */
async function runFixes(jobs: Job[], deps: RunDeps, ctx: ToolContext, say: (m: string) => void): Promise<void> {
  const never = new AbortController().signal;
  for (const job of jobs) {
    if (!job.check.fix) continue;
    const r = await runCheck(job.check, job.files, deps, never, () => undefined, true);
    say(
      `fix ${job.check.name}: ${r.status === 'error' ? r.detail : `exit code ${r.exitCode}`} in ${seconds(r.durationMs)}`,
    );
    if (r.status === 'error') ctx.logger.warning(`fix ${job.check.name}: ${r.detail}`);
  }
}

/** The root of the git work tree holding `cwd` (a `.git` up the tree), found without spawning git. */
export function gitRoot(cwd: string, env: NodeJS.ProcessEnv): string | undefined {
  if (env.GIT_DIR) return env.GIT_WORK_TREE ? resolve(env.GIT_WORK_TREE) : resolve(cwd);
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function resolvePath(p: string, cwd: string): string {
  return isAbsolute(p) ? p : join(cwd, p);
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
