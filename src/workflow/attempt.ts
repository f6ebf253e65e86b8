import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';

/** Which run and attempt this is: github.run_id, run_number and run_attempt. */
export interface Attempt {
  runNumber: number;
  runId: string;
  attempt: number;
}

/**
 * The next run in `out` (runs.json keeps the last one), or with `rerun` the last run again as
 * GitHub's "Re-run all jobs" makes it: the same run id and number, run_attempt one higher, and the
 * run's artifacts from the earlier attempts still there (an upload of the same name fails
 * unless it says overwrite: true).
 */
export function nextAttempt(out: string, rerun: boolean): Attempt {
  const counter = join(out, 'runs.json');
  const last = existsSync(counter)
    ? (JSON.parse(readFileSync(counter, 'utf8')) as { last: number; runId?: string; attempt?: number })
    : undefined;
  let next: Attempt;
  if (rerun) {
    if (!last?.runId)
      throw new ConfigError(`--rerun: no earlier run in ${out} to re-run; run once without --rerun (same --out)`);
    next = { runNumber: last.last, runId: last.runId, attempt: (last.attempt ?? 1) + 1 };
  } else next = { runNumber: (last?.last ?? 0) + 1, runId: String(Date.now()), attempt: 1 };
  writeFileSync(counter, JSON.stringify({ last: next.runNumber, runId: next.runId, attempt: next.attempt }));
  return next;
}
