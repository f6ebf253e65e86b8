// Changed-line coverage for the gate: find the change's lines with git and measure them in the report.
import { ConfigError, describeThrown } from '../core/errors.js';
import { resolveDiffRange } from '../core/git-range.js';
import { changedLines, cwdPrefix, fromRoot, type LineRange } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';
import { diffCoverage, type DiffCoverage } from './diff.js';
import type { CoverageReport } from './model.js';
import type { CoverageOptions } from './types.js';

/** The change's coverage, or why it was not computed (an error when min-diff asks for it). */
export async function computeDiff(
  o: CoverageOptions,
  ctx: ToolContext,
  report: CoverageReport,
): Promise<{ diff?: DiffCoverage; note?: string; prefix?: string }> {
  const wanted = o.minDiff !== undefined || o.base !== undefined || !!ctx.event.pullRequest;
  if (!wanted) return { note: 'Not computed: set min-diff or base (or run on a pull request).' };
  const deps = { exec: ctx.exec, cwd: ctx.cwd, logger: ctx.logger };
  try {
    const range = await resolveDiffRange({ event: ctx.event, base: o.base }, deps);
    const raw = await changedLines(range, deps);
    // git names paths from the top of the repository; reports are relative to the workspace.
    const prefix = range.root ? cwdPrefix(range.root, ctx.cwd) : '';
    const changed = new Map<string, LineRange[]>();
    for (const [p, r] of raw) {
      const local = fromRoot(p, prefix);
      if (local !== undefined) changed.set(local, r);
    }
    return { diff: diffCoverage(report, changed, range), prefix };
  } catch (e) {
    if (e instanceof ConfigError && o.minDiff !== undefined) throw e;
    const why = describeThrown(e);
    if (o.minDiff !== undefined)
      throw ConfigError.forInput(
        'min-diff',
        `changed lines could not be found (${why})`,
        'run in a git checkout with the base fetched (actions/checkout fetch-depth: 0), or set base',
      );
    ctx.logger.warning(`changed-line coverage skipped: ${why}`);
    return { note: `Not computed: ${why}` };
  }
}
