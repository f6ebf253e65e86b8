import type { ToolContext } from '../core/tool.js';
import { seconds } from './report.js';
import { runCheck, type Job, type RunDeps, type Stopper } from './runner.js';

/** `--fix`: each check's fix command on its files, one after another (fixers may touch the same file). */
export async function runFixes(
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
