import { describeThrown } from '../core/errors.js';
import { upsertComment } from '../core/pr-comment.js';
import { Summary } from '../core/summary.js';
import type { ToolContext } from '../core/tool.js';
import { renderSummary } from './render.js';
import type { PerfOptions, PerfReport } from './types.js';

/** The perf gate's own marker: the coverage gate's comment carries another, so neither touches the other's. */
export const COMMENT_MARKER = '<!-- shipline:perf-gate -->';
/** GitHub rejects issue comments over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;

/** The sticky comment: marker, then the job summary's report, cut to GitHub's limit saying so. */
export function renderComment(report: PerfReport, runUrl?: string, runId?: string, limit = COMMENT_LIMIT): string {
  const s = new Summary();
  renderSummary(report, s);
  const footer = runUrl ? `\n<sub>[run ${runId ?? ''}](${runUrl}) · shipline perf-gate</sub>\n` : '';
  const body = `${COMMENT_MARKER}\n${s.toString()}${footer}`;
  if (body.length <= limit) return body;
  const note = `\n\n… cut to GitHub's comment limit; the job summary and the JSON report have every benchmark.${footer}`;
  const cut = body.slice(0, limit - note.length);
  return cut.slice(0, Math.max(cut.lastIndexOf('\n'), COMMENT_MARKER.length)) + note;
}

/**
 * Post or update the perf report comment on a pull request. Returns a note for the job summary
 * when there is no comment (not a PR, dry run, no token, a fork's read-only token), else undefined.
 */
export async function postComment(
  report: PerfReport,
  options: PerfOptions,
  ctx: ToolContext,
): Promise<string | undefined> {
  const pr = ctx.event.pullRequest;
  if (!options.comment || !pr || !/^pull_request/.test(ctx.event.eventName)) return undefined;
  if (options.dryRun) return 'No PR comment: dry run.';
  if (!options.token) return 'No PR comment: input token is empty.';
  try {
    const outcome = await upsertComment(
      ctx.event,
      options.token,
      renderComment(report, ctx.event.runUrl, ctx.event.runId),
      { masker: ctx.masker, logger: ctx.logger },
      COMMENT_MARKER,
    );
    switch (outcome.kind) {
      case 'created':
      case 'updated':
        ctx.logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
        return undefined;
      case 'forbidden':
        return `No PR comment: ${outcome.reason}. The gate result stands; this summary has everything the comment would.`;
      case 'failed':
        ctx.logger.warning(`could not write the PR comment: ${outcome.reason}`);
        return `No PR comment: ${outcome.reason}.`;
      case 'skipped':
        return `No PR comment: ${outcome.reason}.`;
    }
  } catch (e) {
    ctx.logger.warning(`could not write the PR comment: ${describeThrown(e)}`);
    return `No PR comment: ${describeThrown(e)}.`;
  }
}
