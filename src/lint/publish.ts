import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { formatCommand } from '../core/exec.js';
import { inRanges, revParse } from '../core/git.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import type { Judgement } from './judge.js';
import { pickAnnotated } from './plan.js';
import { buildReport, gateSummary, seconds, toSarif } from './report.js';
import type { ReviewOutcome } from './review.js';
import type { Stopper } from './runner.js';
import type { Scope } from './scope.js';
import type { CheckResult, Finding, LintOptions } from './types.js';

/** A check's log group as it ends: its status, command, output and parse problem. */
export function logCheck(ctx: ToolContext, r: CheckResult): void {
  const { logger } = ctx;
  logger.startGroup(
    `${r.name}: ${r.status} in ${seconds(r.durationMs)}, ${r.findings.length} finding(s)${r.detail ? ` (${r.detail})` : ''}`,
  );
  if (r.command)
    logger.info(`$ ${formatCommand(r.command).slice(0, 2000)}${r.command.join(' ').length > 2000 ? ' …' : ''}`);
  if (r.output) logger.info(r.output);
  if (r.parseError) logger.warning(`${r.name}: ${r.parseError}`);
  logger.endGroup();
}

/** A finding's path from the repository root (annotations and review comments name files so). */
const fromTop = (prefix: string, file: string) => (prefix && !isAbsolute(file) ? `${prefix}/${file}` : file);

/** Every failing finding, plus those `annotate` asks for, becomes an annotation; whole-check failures too. */
function annotate(ctx: ToolContext, prefix: string, findings: Finding[], annotated: Set<Finding>, j: Judgement): void {
  const failing = new Set(j.verdict.failing);
  for (const w of j.verdict.whole)
    ctx.annotations.add({ level: 'error', title: `${w.name} failed as a whole`, message: `${w.name}: ${w.why}` });
  for (const f of findings) {
    if (!annotated.has(f)) continue;
    ctx.annotations.add({
      level: failing.has(f) || f.severity === 'notice' ? f.severity : 'warning',
      message: failing.has(f) ? f.message : `${f.message} (not counted by the verdict)`,
      title: `${f.check}${f.rule ? `: ${f.rule}` : ''}`,
      file: f.file ? fromTop(prefix, f.file) : f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endLine === f.line ? f.endColumn : undefined,
    });
  }
}

/** The opt-in pull request review: a comment per failing finding on a changed line. */
async function review(o: LintOptions, ctx: ToolContext, scope: Scope, j: Judgement): Promise<ReviewOutcome> {
  const { postReview } = await import('./review.js');
  const r = await postReview({
    event: ctx.event,
    token: o.token,
    dry: o.dryRun,
    findings: j.verdict.failing
      .filter((f) => f.file && f.line !== undefined && inRanges(j.lines?.get(f.file), f.line))
      .map((f) => ({ finding: f, path: fromTop(scope.prefix, f.file!) })),
    summary: `**Lint gate: ${j.verdict.reason}**`,
    http: { masker: ctx.masker, logger: ctx.logger },
  });
  if (r.kind === 'forbidden' || r.kind === 'failed') ctx.logger.warning(r.note);
  return r;
}

/**
 * Everything the gate tells: annotations, the review, the report and SARIF files, the baseline
 * (`shipline lint baseline`), the summary or --json report, and the outputs.
 */
export async function publish(a: {
  o: LintOptions;
  ctx: ToolContext;
  stop: Stopper;
  scope: Scope;
  results: CheckResult[];
  judgement: Judgement;
  start: number;
  say: (m: string) => void;
}): Promise<ToolResult> {
  const { o, ctx, stop, scope, results, judgement: j } = a;
  const { verdict } = j;
  const findings = results.flatMap((r) => r.findings);
  const annotated = new Set([...verdict.failing, ...pickAnnotated(findings, o.annotate, j.lines)]);
  if (!o.json) annotate(ctx, scope.prefix, findings, annotated, j);
  const reviewed = o.review && !stop.why ? await review(o, ctx, scope, j) : undefined;
  if (reviewed && reviewed.kind !== 'forbidden' && reviewed.kind !== 'failed') a.say(reviewed.note);
  const durationMs = ctx.now() - a.start;
  const cancelled = stop.why === 'cancelled';
  const result = cancelled ? 'cancelled' : verdict.result;
  const report = buildReport({
    result,
    durationMs,
    range: scope.lint || j.failOn !== 'any' ? scope.rangeIfKnown() : undefined,
    changedOnly: scope.lint,
    changedFiles: scope.listed ? scope.files.length : null,
    source: o.source,
    results,
    annotated: o.json ? new Set() : annotated,
    verdict,
    fresh: j.newness?.fresh,
    base: j.newness?.base,
    review: reviewed?.note,
  });
  const reportPath = resolvePath(o.report ?? join(ctx.tempDir, 'shipline-lint', `report-${process.pid}.json`), ctx.cwd);
  write(reportPath, JSON.stringify(report, null, 2) + '\n');
  if (o.sarif) write(resolvePath(o.sarif, ctx.cwd), JSON.stringify(toSarif(results, scope.prefix), null, 2) + '\n');
  if (o.writeBaseline) {
    const { writeBaseline } = await import('./baseline.js');
    const head = scope.root ? await revParse(scope.gitDeps, 'HEAD') : undefined;
    writeBaseline(resolvePath(o.baseline, ctx.cwd), findings, ctx.cwd, head);
  }
  if (o.json) ctx.logger.info(JSON.stringify(report, null, 2));
  else ctx.summary.raw(gateSummary(report, results).toString());

  const failure = cancelled
    ? `lint gate cancelled: ${results.filter((r) => r.status === 'cancelled').length} check(s) stopped; ${verdict.reason}`
    : verdict.result === 'failed'
      ? `lint gate failed: ${verdict.reason}`
      : undefined;
  if (!o.json) a.say(`lint gate ${result} in ${seconds(durationMs)}: ${verdict.reason}`);
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

function resolvePath(p: string, cwd: string): string {
  return isAbsolute(p) ? p : join(cwd, p);
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
