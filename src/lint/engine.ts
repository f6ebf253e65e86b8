import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { ConfigError, describeThrown, inputLabel } from '../core/errors.js';
import { formatCommand } from '../core/exec.js';
import {
  changedFiles,
  changedLines,
  cwdPrefix,
  fromRoot,
  inRanges,
  resolveDiffRange,
  revParse,
  type ChangedFile,
  type DiffRange,
  type LineRange,
} from '../core/git.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { listRepoFiles } from './detect.js';
import { findNew } from './newness.js';
import { gitRoot, pickAnnotated, planJobs, wantsChangedOnly } from './plan.js';
import { buildReport, gateSummary, seconds, toSarif } from './report.js';
import { postReview } from './review.js';
import { runCheck, runPool, Stopper, type Job, type RunDeps } from './runner.js';
import type { CheckResult, FailOn, Finding, LintOptions } from './types.js';
import { decide } from './verdict.js';

/** fail-on auto: every finding on the default branch and with --all, new ones otherwise. */
export function resolveFailOn(o: Pick<LintOptions, 'failOn'>, ctx: Pick<ToolContext, 'event'>, lint: boolean): FailOn {
  if (o.failOn !== 'auto') return o.failOn;
  const e = ctx.event;
  if (!lint) return 'any';
  if (e.isActions && e.eventName === 'push' && !!e.defaultBranch && e.refName === e.defaultBranch) return 'any';
  return 'new';
}

/** The gate: plan, run in parallel inside the budget, judge, then annotate, summarize and report. */
export async function run(o: LintOptions, ctx: ToolContext): Promise<ToolResult> {
  const start = ctx.now();
  const { logger } = ctx;
  // --json keeps stdout for the report alone: progress goes to the debug stream.
  const say = o.json ? (m: string) => logger.debug(m) : (m: string) => logger.info(m);
  // One stop for everything this run does: the budget covers git work, checks and the base run.
  const stop = new Stopper();
  const budget = setTimeout(() => stop.halt('budget'), o.budgetMs);
  const cancel = ctx.signal;
  const onCancel = () => stop.halt('cancelled');
  if (cancel?.aborted) onCancel();
  cancel?.addEventListener('abort', onCancel, { once: true });
  try {
    return await gate(o, ctx, stop, say, start);
  } finally {
    clearTimeout(budget);
    cancel?.removeEventListener('abort', onCancel);
  }
}

async function gate(
  o: LintOptions,
  ctx: ToolContext,
  stop: Stopper,
  say: (m: string) => void,
  start: number,
): Promise<ToolResult> {
  const { logger } = ctx;
  const changedOnly = wantsChangedOnly(o, ctx);
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
  const gitDeps = { exec: ctx.exec, cwd: root ?? ctx.cwd, logger, signal: stop.signal };
  const budgetText = `the gate's budget (${seconds(o.budgetMs)})`;
  // Resolving the range costs several git calls: up front only when it picks the files,
  // otherwise later and only when there are findings to judge or place.
  let range: DiffRange | undefined;
  const resolveRange = async () => {
    try {
      return (range ??= await resolveDiffRange({ event: ctx.event, base: o.base, staged: o.staged }, gitDeps));
    } catch (e) {
      // A stalled fetch in a shallow clone is killed by the budget: say so, and how to avoid it.
      if (stop.why === 'budget')
        throw new ConfigError(
          `${budgetText} ran out while git looked for the diff base (${describeThrown(e)}); in a shallow clone set \`fetch-depth: 0\` on actions/checkout (or a depth that reaches the base), or raise the budget`,
        );
      throw e;
    }
  };
  if (root !== undefined && changedOnly) await resolveRange();
  const lint = changedOnly && range !== undefined;
  let changed: ChangedFile[] | undefined;
  let files: string[];
  if (lint) {
    changed = await changedFiles(range!, gitDeps);
    files = changed
      .filter((f) => f.status !== 'D')
      .map((f) => local(f.path))
      .filter((p): p is string => p !== undefined && existsSync(join(ctx.cwd, p)));
    say(`changed files: ${files.length} (${range!.description})`);
  } else files = await listRepoFiles(ctx.cwd, ctx.exec);
  let failOn = resolveFailOn(o, ctx, lint);
  if (failOn !== 'any' && root === undefined) {
    say(`not a git repository, so nothing is new or changed: every finding counts (fail-on: any)`);
    failOn = 'any';
  }

  const { checks } = o.source;
  say(
    `checks: ${checks.map((c) => c.name).join(', ') || 'none'} (${o.source.kind === 'config' ? o.source.file : o.source.kind === 'inline' ? 'inline checks input' : 'detected'})`,
  );
  if (o.source.kind === 'detected')
    for (const d of o.source.detections ?? [])
      if (d.picked || !/nothing in the repository/.test(d.reason))
        say(`  ${d.picked ? 'picked' : 'not picked'} ${d.tool}: ${d.reason}`);
  const { jobs, skipped } = planJobs(checks, files, lint);
  const github = { token: o.token, event: ctx.event, http: { masker: ctx.masker, logger } };
  const deps: RunDeps = { exec: ctx.exec, cwd: ctx.cwd, env: ctx.env, now: ctx.now, github };

  if (o.fix) await runFixes(jobs, deps, ctx, say, stop);

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
  const ran = await runPool(jobs, deps, { parallel: o.parallel, stop, failFast: o.failFast, onDone: log });
  const byName = new Map([...ran, ...skipped].map((r) => [r.name, r]));
  const results = checks.map((c) => byName.get(c.name)!);
  const findings = results.flatMap((r) => r.findings);

  // Changed lines: only when there are findings to judge or place (the diff is most of a clean run's git time).
  const needsLines = failOn !== 'any' || o.annotate === 'changed-lines' || o.annotate === 'changed-files';
  let lines: Map<string, LineRange[]> | undefined;
  if (root !== undefined && findings.length && needsLines && !stop.why) {
    try {
      const byPath = await changedLines(await resolveRange(), gitDeps);
      lines = new Map();
      for (const [p, r] of byPath) {
        const l = local(p);
        if (l !== undefined) lines.set(l, r);
      }
    } catch (e) {
      if (stop.why === 'budget') throw e;
      // The checks' results stand; without a diff every finding counts and is annotated.
      logger.warning(`could not tell the changed lines (${describeThrown(e)}): every finding counts (fail-on: any)`);
      failOn = 'any';
    }
  }
  const changedSet = new Set(lint ? files : lines ? [...lines.keys()] : []);
  let newness: Awaited<ReturnType<typeof findNew>> | undefined;
  if (failOn === 'new' && findings.length && !stop.why) {
    newness = await findNew({
      o,
      ctx,
      stop,
      results,
      jobs,
      range: await resolveRange(),
      changed,
      root: root!,
      prefix,
      deps,
      gitDeps,
    });
    for (const n of newness.notes) say(n);
  }
  const verdict = decide({
    results,
    checks,
    failOn,
    failLevel: o.failLevel,
    lines,
    changed: changedSet,
    fresh: newness?.fresh,
  });
  const annotated = new Set([...verdict.failing, ...pickAnnotated(findings, o.annotate, lines)]);
  const failingSet = new Set(verdict.failing);
  if (!o.json) annotate(ctx, prefix, findings, annotated, failingSet, verdict.whole);

  const review =
    o.review && !stop.why
      ? await postReview({
          event: ctx.event,
          token: o.token,
          dry: o.dryRun,
          findings: verdict.failing
            .filter((f) => f.file && f.line !== undefined && inRanges(lines?.get(f.file), f.line))
            .map((f) => ({ finding: f, path: prefix && !isAbsolute(f.file!) ? `${prefix}/${f.file}` : f.file! })),
          summary: `**Lint gate: ${verdict.reason}**`,
          http: { masker: ctx.masker, logger },
        })
      : undefined;
  if (review?.kind === 'forbidden' || review?.kind === 'failed') logger.warning(review.note);
  else if (review) say(review.note);
  const durationMs = ctx.now() - start;
  const cancelled = stop.why === 'cancelled';
  const result = cancelled ? 'cancelled' : verdict.result;
  const report = buildReport({
    result,
    durationMs,
    range: lint || failOn !== 'any' ? range : undefined,
    changedOnly: lint,
    changedFiles: files.length,
    source: o.source,
    results,
    annotated: o.json ? new Set() : annotated,
    verdict,
    fresh: newness?.fresh,
    base: newness?.base,
    review: review?.note,
  });
  const reportPath = resolvePath(o.report ?? join(ctx.tempDir, 'shipline-lint', `report-${process.pid}.json`), ctx.cwd);
  write(reportPath, JSON.stringify(report, null, 2) + '\n');
  if (o.sarif) write(resolvePath(o.sarif, ctx.cwd), JSON.stringify(toSarif(results, prefix), null, 2) + '\n');
  if (o.writeBaseline) {
    const { writeBaseline } = await import('./baseline.js');
    const head = root ? await revParse(gitDeps, 'HEAD') : undefined;
    writeBaseline(resolvePath(o.baseline, ctx.cwd), findings, ctx.cwd, head);
  }
  if (o.json) logger.info(JSON.stringify(report, null, 2));
  else ctx.summary.raw(gateSummary(report, results).toString());

  const failure = cancelled
    ? `lint gate cancelled: ${results.filter((r) => r.status === 'cancelled').length} check(s) stopped; ${verdict.reason}`
    : verdict.result === 'failed'
      ? `lint gate failed: ${verdict.reason}`
      : undefined;
  if (!o.json) say(`lint gate ${result} in ${seconds(durationMs)}: ${verdict.reason}`);
  const failedChecks = results.filter(
    (r) => verdict.whole.some((w) => w.name === r.name) || verdict.failing.some((f) => f.check === r.name),
  );
  const outputs = {
    result,
    'failed-checks': JSON.stringify(failedChecks.map((r) => r.name)),
    findings: String(findings.length),
    'failing-findings': String(verdict.failing.length),
    'duration-ms': String(durationMs),
    report: reportPath,
  };
  // On the CLI, --json's stdout is the report alone (outputs are in it).
  return { outputs: o.json && ctx.frontDoor === 'cli' ? {} : outputs, failure };
}

/** Every failing finding, plus those `annotate` asks for, becomes an annotation; whole-check failures too. */
function annotate(
  ctx: ToolContext,
  prefix: string,
  findings: Finding[],
  annotated: Set<Finding>,
  failing: Set<Finding>,
  whole: Array<{ name: string; why: string }>,
): void {
  for (const w of whole)
    ctx.annotations.add({ level: 'error', title: `${w.name} failed as a whole`, message: `${w.name}: ${w.why}` });
  for (const f of findings) {
    if (!annotated.has(f)) continue;
    ctx.annotations.add({
      level: failing.has(f) || f.severity === 'notice' ? f.severity : 'warning',
      message: failing.has(f) ? f.message : `${f.message} (not counted by the verdict)`,
      title: `${f.check}${f.rule ? `: ${f.rule}` : ''}`,
      file: f.file && prefix && !isAbsolute(f.file) ? `${prefix}/${f.file}` : f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endLine === f.line ? f.endColumn : undefined,
    });
  }
}

/** `--fix`: each check's fix command on its files, one after another (fixers may touch the same file). */
async function runFixes(
  jobs: Job[],
  deps: RunDeps,
  ctx: ToolContext,
  say: (m: string) => void,
  stop: Stopper,
): Promise<void> {
  for (const job of jobs) {
    if (!job.check.fix || stop.why) continue;
    // Fixers run inside the budget and stop on cancellation like the checks.
    const r = await runCheck(job.check, job.files, deps, stop.signal, () => stop.why, true);
    say(
      `fix ${job.check.name}: ${r.status === 'error' ? r.detail : `exit code ${r.exitCode}`} in ${seconds(r.durationMs)}`,
    );
    if (r.status === 'error') ctx.logger.warning(`fix ${job.check.name}: ${r.detail}`);
  }
}

function resolvePath(p: string, cwd: string): string {
  return isAbsolute(p) ? p : join(cwd, p);
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
