import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { ConfigError, describeThrown } from '../core/errors.js';
import { pathRoots } from '../core/paths.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { computeDiff } from './changed.js';
import { baselineOf, readBaseline } from './baseline.js';
import { restoreFromBranch, saveToBranch } from './baseline-branch.js';
import { carryForward, flagResults } from './flags.js';
import { evaluateGates, fmt, ratio } from './gates.js';
import { upsertComment } from '../core/pr-comment.js';
import { writeHandoff } from './handoff.js';
import { postComment } from './post.js';
import { loadReports } from './load.js';
import type { Links } from './render-change.js';
import { badgeSvg, commentMarker, renderComment, renderSections, type RenderInput } from './render.js';
import type { CoverageOptions } from './types.js';
import { writeCobertura, writeLcov, writeText } from './writers.js';

/** Links to the lines at the head commit (a pull request's head, not GitHub's merge commit). */
function blobLinks(ctx: ToolContext, prefix = ''): Links | undefined {
  const e = ctx.event;
  const sha = e.pullRequest?.headSha || e.sha;
  if (!e.repository || !sha) return undefined;
  const dir = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
  return { blob: `${e.serverUrl.replace(/\/$/, '')}/${e.repository}/blob/${sha}/${dir}` };
}

/** Write one output file; a path that cannot be written is the input's fault, said in one line. */
async function writeOutput(ctx: ToolContext, input: string, path: string, write: () => unknown): Promise<void> {
  try {
    await write();
  } catch (e) {
    throw ConfigError.forInput(
      input,
      `${relative(ctx.cwd, path) || path} cannot be written (${describeThrown(e)})`,
      'point it at a writable path inside the workspace',
      undefined,
      ctx.frontDoor,
    );
  }
}

/** Load, merge, gate, report: the coverage gate from reports to outputs. */
export async function run(o: CoverageOptions, ctx: ToolContext): Promise<ToolResult> {
  const { logger } = ctx;
  if (o.postComment) return postComment(o.postComment, o.token, ctx);
  let commentFile = '';
  const loaded = await loadReports({
    root: ctx.cwd,
    files: o.files,
    format: o.format,
    exclude: o.exclude,
    also: pathRoots(ctx, { temp: true }).also,
    frontDoor: ctx.frontDoor,
  });
  const { report } = loaded;
  for (const r of loaded.reports) logger.info(`read ${r.file} (${r.format}, ${r.files} file(s))`);
  const baselineDisplay = o.baseline ? relative(ctx.cwd, o.baseline) || o.baseline : '';
  if (o.baseline && o.baselineBranch) {
    const name = baselineDisplay.split(sep).join('/');
    try {
      if (await restoreFromBranch(ctx, o.baselineBranch, name, o.baseline))
        logger.info(`baseline ${name} restored from branch ${o.baselineBranch}`);
      else logger.info(`no ${name} on branch ${o.baselineBranch} yet`);
    } catch (e) {
      logger.warning(`could not read the baseline from branch ${o.baselineBranch}: ${describeThrown(e)}`);
    }
  }
  const baseline = o.baseline ? readBaseline(o.baseline, baselineDisplay) : undefined;
  const notes = [...loaded.notes];
  if (o.baseline && !baseline) {
    // A mistyped path and an evicted cache look alike: say it loudly, and fail when asked to.
    const gates = o.maxDrop !== undefined ? 'max-drop is not checked and the delta is empty' : 'the delta is empty';
    if (o.baselineRequired)
      throw ConfigError.forInput(
        'baseline',
        `${baselineDisplay} does not exist, and baseline-required is true`,
        'check the path (and that the step restoring the baseline ran), or set baseline-required: false',
        undefined,
        ctx.frontDoor,
      );
    const text = `No baseline at ${baselineDisplay}: ${gates}. Check the path; on the first run it appears once write-baseline has run on the default branch (set baseline-required: true to fail instead).`;
    notes.push(text);
    logger.warning(text);
    ctx.annotations.add({ level: 'warning', title: 'coverage baseline missing', message: text });
  }
  const carried = o.flags?.length
    ? carryForward(
        report,
        o.flags,
        loaded.reports.map((r) => r.file),
        baseline,
        notes,
      )
    : new Map();
  const cancelled = () => ctx.signal.aborted;
  const {
    diff,
    note: diffNote,
    prefix,
  } = cancelled()
    ? { diff: undefined, note: 'Not computed: the run was cancelled.' }
    : await computeDiff(o, ctx, report);
  const flags = flagResults(report, o, diff, carried);
  const gates = [...evaluateGates(report, o, diff, baseline), ...flags.flatMap((f) => f.gates)];
  const failed = gates.filter((g) => !g.passed);
  const totals = report.totals();

  // Files for downstream tools.
  // LCOV always (the merged-report output); Cobertura beside it when asked.
  await writeOutput(ctx, 'merged-report', o.mergedReport, () => writeText(o.mergedReport, writeLcov(report)));
  if (o.mergedFormat !== 'lcov') {
    const cob = o.mergedReport.replace(/\.(info|lcov)$/, '') + '.cobertura.xml';
    await writeOutput(ctx, 'merged-report', cob, () => writeText(cob, writeCobertura(report, ctx.now())));
  }
  if (o.writeBaseline) {
    const path = o.writeBaseline;
    await writeOutput(ctx, 'write-baseline', path, () => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, JSON.stringify(baselineOf(report, ctx), null, 2) + '\n');
    });
    logger.info(`baseline written to ${relative(ctx.cwd, path) || path}`);
    if (o.baselineBranch) {
      const name = (relative(ctx.cwd, path) || path).split(sep).join('/');
      try {
        const c = await saveToBranch(
          ctx,
          o.baselineBranch,
          name,
          path,
          `coverage baseline for ${ctx.event.sha || 'a local run'}`,
        );
        logger.info(`baseline committed to branch ${o.baselineBranch} (${c.slice(0, 7)})`);
      } catch (e) {
        // The gate's verdict stands; a baseline not kept is said loudly, for the next run's sake.
        const text = `The baseline was not saved to branch ${o.baselineBranch}: ${describeThrown(e)} (the job needs contents: write and actions/checkout with persist-credentials).`;
        logger.warning(text);
        notes.push(text);
      }
    }
  }
  if (o.badge) {
    const path = o.badge;
    await writeOutput(ctx, 'badge', path, () => {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, badgeSvg(ratio(totals.lines)));
    });
  }

  // Annotations on uncovered changed ranges, capped; the summary lists every file.
  if (diff && o.annotate) {
    let n = 0;
    let held = 0;
    for (const f of diff.files) {
      for (const u of f.uncovered) {
        if (n >= o.maxAnnotations) {
          held++;
          continue;
        }
        n++;
        ctx.annotations.add({
          level: 'warning',
          file: f.path,
          line: u.start,
          endLine: u.end,
          title: 'uncovered changed lines',
          message:
            u.start === u.end
              ? `Changed line ${u.start} is not covered by tests.`
              : `Changed lines ${u.start}-${u.end} are not covered by tests.`,
        });
      }
    }
    if (held)
      notes.push(
        `${held} more uncovered changed range(s) were not annotated (max-annotations ${o.maxAnnotations}); see the changed-files table.`,
      );
  }

  const render: RenderInput = {
    report,
    gates,
    diff,
    diffNote,
    baseline,
    notes,
    reports: loaded.reports.length,
    links: blobLinks(ctx, prefix),
    flags,
  };
  // Each call (or set of flags) keeps its own comment: two workflows never overwrite each other.
  const marker = commentMarker(
    o.commentId || (o.flags?.length ? `flags:${o.flags.map((f) => f.name).join(',')}` : undefined),
  );
  // Comment first, so what happened to it is in the job summary too.
  const pr = ctx.event.pullRequest;
  if (cancelled()) notes.push('No PR comment: the run was cancelled.');
  else if (o.comment && pr && /^pull_request/.test(ctx.event.eventName)) {
    const body = renderComment(
      render,
      ctx.event.runUrl ? `\n<sub>[run ${ctx.event.runId}](${ctx.event.runUrl}) · shipline coverage-gate</sub>\n` : '',
      undefined,
      marker,
    );
    // A fork's token cannot comment: hand the comment to a workflow_run workflow instead.
    const handOff = (why: string) => {
      const file = o.commentFile!;
      writeHandoff(file, { pr: pr.number, headSha: pr.headSha, marker, body });
      commentFile = file;
      notes.push(
        `No PR comment from this run (${why}): the comment is in ${relative(ctx.cwd, file) || file}, for the workflow_run workflow to post.`,
      );
    };
    if (o.commentFile && pr.fromFork) handOff('a fork pull request');
    else if (!o.token) notes.push('No PR comment: input token is empty.');
    else {
      try {
        const outcome = await upsertComment(
          ctx.event,
          o.token,
          body,
          { masker: ctx.masker, logger, signal: ctx.signal },
          marker,
        );
        if (outcome.kind === 'created' || outcome.kind === 'updated')
          logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
        else if (outcome.kind === 'forbidden' && o.commentFile) handOff(outcome.reason);
        else if (outcome.kind === 'forbidden')
          notes.push(
            `No PR comment: ${outcome.reason}. The gate result stands; this summary has everything the comment would (set comment-file to post it from a workflow_run workflow).`,
          );
        else if (outcome.kind === 'failed') {
          logger.warning(`could not write the PR comment: ${outcome.reason}`);
          notes.push(`No PR comment: ${outcome.reason}.`);
        }
      } catch (e) {
        logger.warning(`could not write the PR comment: ${describeThrown(e)}`);
        notes.push(`No PR comment: ${describeThrown(e)}.`);
      }
    }
  }
  for (const s of renderSections(render)) ctx.summary.raw(s.text + '\n');

  const delta =
    baseline && ratio(totals.lines) !== undefined && ratio(baseline.lines) !== undefined
      ? (ratio(totals.lines)! - ratio(baseline.lines)!).toFixed(2)
      : '';
  const outputs = {
    lines: fmt(ratio(totals.lines)),
    branches: fmt(ratio(totals.branches)),
    functions: fmt(ratio(totals.functions)),
    'diff-lines': diff && diff.measured ? fmt((diff.covered / diff.measured) * 100) : '',
    delta,
    passed: String(failed.length === 0),
    'merged-report': o.mergedReport,
    'comment-file': commentFile,
  };
  const pc = (v: string) => (v ? `${v}%` : 'n/a');
  logger.info(
    `coverage: lines ${pc(outputs.lines)}, branches ${pc(outputs.branches)}, functions ${pc(outputs.functions)}${outputs['diff-lines'] ? `, changed lines ${outputs['diff-lines']}%` : ''}`,
  );
  return {
    outputs,
    failure: cancelled()
      ? 'coverage gate cancelled: the totals and merged report are written; changed lines and the PR comment were skipped'
      : failed.length
        ? `coverage gate failed: ${failed
            .slice(0, 5)
            .map((g) => g.message)
            .join('; ')}${failed.length > 5 ? `; and ${failed.length - 5} more (see the summary)` : ''}`
        : undefined,
  };
}
