import { delimiter, join } from 'node:path';
import { CommandNotFoundError, type ExecFn, type ExecResult } from '../core/exec.js';
import { CpuPriority } from '../core/priority.js';
import { batches, buildArgv } from './argv.js';
import { findBinary, missingBinaryMessage } from './bin.js';
import { killLeftovers, MARK, newMark, snapshotProcs } from './leftovers.js';
import type { CheckResult, CheckStatus, GitHubAccess, LintCheck } from './types.js';

export interface RunDeps {
  exec: ExecFn;
  cwd: string;
  env: NodeJS.ProcessEnv;
  now: () => number;
  /** For built-in checks that ask GitHub (CODEOWNERS errors): the token, the run's repository, HTTP deps. */
  github?: GitHubAccess;
  /** The CPU priority this check's commands run at (lowered beyond the cores); undefined: normal. */
  priority?: CpuPriority;
}

/** Why a check's signal fired: the gate's budget ran out, fail-fast, or the run was cancelled (SIGINT/SIGTERM). */
export type StopReason = 'budget' | 'fail-fast' | 'cancelled';

/** One stop for the whole gate (git work, checks, the base run): the first reason wins. */
export class Stopper {
  private readonly ctl = new AbortController();
  why: StopReason | undefined;
  get signal(): AbortSignal {
    return this.ctl.signal;
  }
  halt(r: StopReason): void {
    if (this.why) return;
    this.why = r;
    this.ctl.abort(r);
  }
}

const STOPPED: Record<StopReason, { status: CheckStatus; detail: string; before: string }> = {
  budget: { status: 'over-budget', detail: "killed: the gate's budget ran out", before: "the gate's budget ran out" },
  'fail-fast': { status: 'cancelled', detail: 'cancelled by fail-fast', before: 'cancelled by fail-fast' },
  cancelled: { status: 'cancelled', detail: 'killed: the run was cancelled', before: 'the run was cancelled' },
};

/** The environment checks run in: the project's node_modules/.bin first, no colour codes. */
export function checkEnv(cwd: string, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    PATH: [join(cwd, 'node_modules', '.bin'), env.PATH ?? ''].filter(Boolean).join(delimiter),
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    TERM: 'dumb',
  };
}

/** Output kept per stream: enough for any report, bounded when a tool prints megabytes. */
const MAX_OUTPUT = 16 * 1024 * 1024;
/** How long output may still drain after a check's process exits, before leftovers are killed. */
const LEADER_GRACE_MS = 300;
/** Findings kept per check: past this, a report would be megabytes of the same problem. */
export const MAX_FINDINGS = 2000;

/**
 * Run one check (its command, or `fix` when `useFix`) on its files, in batches that fit the
 * OS argv limit. Never throws for the check's own problems: they become its status.
 */
export async function runCheck(
  check: LintCheck,
  files: string[] | undefined,
  deps: RunDeps,
  signal: AbortSignal,
  reason: () => StopReason | undefined,
  useFix = false,
): Promise<CheckResult> {
  if (check.builtin) return (await import('./builtin.js')).runBuiltin(check, deps, signal, useFix);
  const start = deps.now();
  const argvBase = useFix ? check.fix! : check.run;
  const program = check.shell ? 'sh' : argvBase[0];
  const groups = files && check.passFiles ? batches(files) : [undefined];
  // Every process of this check carries a mark, so what it leaves behind can be found and killed.
  const mark = newMark();
  const env = { ...checkEnv(deps.cwd, deps.env), [MARK]: mark };
  let leftovers: string | undefined;
  const results: ExecResult[] = [];
  let command: string[] | undefined;
  const base = { name: check.name, files: files?.length ?? 0 };
  const before = snapshotProcs();
  try {
    for (const group of groups) {
      const { command: cmd, args } = buildArgv(argvBase, group, check.shell);
      const resolved = check.shell ? cmd : (findBinary(cmd, deps.cwd, env) ?? cmd);
      command ??= [cmd, ...args];
      const elapsed = deps.now() - start;
      const timeoutMs = check.timeoutMs ? Math.max(1, check.timeoutMs - elapsed) : undefined;
      // The check ends when its process exits: a background child holding the pipes does not keep it.
      const r = await deps.exec(resolved, args, {
        cwd: deps.cwd,
        env,
        timeoutMs,
        signal,
        maxOutputBytes: MAX_OUTPUT,
        endWithLeaderMs: LEADER_GRACE_MS,
        priority: deps.priority,
      });
      results.push(r);
      leftovers = (await killLeftovers(mark, before)) ?? leftovers;
      if (r.timedOut || r.aborted) break;
    }
  } catch (e) {
    if (e instanceof CommandNotFoundError) {
      return {
        ...base,
        status: 'error',
        detail: missingBinaryMessage(program),
        durationMs: deps.now() - start,
        findings: [],
        command,
      };
    }
    throw e;
  }
  const durationMs = deps.now() - start;
  const stdout = results.map((r) => r.stdout).join('\n');
  const stderr = results.map((r) => r.stderr).join('\n');
  const output = [stdout.trimEnd(), stderr.trimEnd()].filter(Boolean).join('\n');
  const last = results[results.length - 1];
  const failedRun = results.find((r) => r.exitCode !== 0);
  let status: CheckStatus;
  let detail: string | undefined;
  if (last.timedOut) {
    status = 'timed-out';
    detail = `killed after its ${Math.round((check.timeoutMs ?? 0) / 100) / 10} s timeout`;
  } else if (last.aborted) {
    const stopped = STOPPED[reason() ?? 'budget'];
    status = stopped.status;
    detail = stopped.detail;
  } else if (failedRun) {
    status = check.severity === 'warning' ? 'warned' : 'failed';
    detail =
      failedRun.exitCode === null
        ? `ended by signal ${failedRun.signal}`
        : `exit code ${failedRun.exitCode}${failedRun.exitCode === 127 && check.shell ? ' (a command in the script was not found: see the log)' : ''}`;
  } else status = 'passed';
  let findings: CheckResult['findings'] = [];
  let parseError: string | undefined;
  // Plain text has no findings to parse: the parsers (a third of the gate's code) load only for a format.
  if (status !== 'cancelled' && check.format !== 'text') {
    const [{ parseOutput }, { ParseError }] = await Promise.all([import('./parse-output.js'), import('./parsers.js')]);
    try {
      findings = parseOutput(check.format, stdout, stderr, check.name, deps.cwd);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      parseError = `${e.message}; the full output is in the log`;
    }
  }
  if (findings.length > MAX_FINDINGS) {
    parseError = `${findings.length} findings: only the first ${MAX_FINDINGS} are kept (the log has the output)`;
    findings = findings.slice(0, MAX_FINDINGS);
  }
  if (check.severity === 'warning') for (const f of findings) if (f.severity === 'error') f.severity = 'warning';
  const exitCode = failedRun ? failedRun.exitCode : last.exitCode;
  const truncated = results.some((r) => r.truncated);
  return {
    ...base,
    status,
    detail:
      [detail, truncated && `output over ${MAX_OUTPUT / 1024 / 1024} MiB was cut in the middle`, leftovers]
        .filter(Boolean)
        .join('; ') || undefined,
    durationMs,
    exitCode,
    findings,
    command,
    output,
    parseError,
  };
}

export interface Job {
  check: LintCheck;
  /** Files to pass, or undefined for a whole-project run. */
  files?: string[];
  /** Files that matched, for the summary (whole-project checks count them too). */
  matched: number;
}

export interface PoolOptions {
  parallel: number;
  /** The gate's stop: budget, cancellation and fail-fast all go through it. */
  stop: Stopper;
  /** Fail-fast's test of a check that ended: true cancels the others. Undefined: no fail-fast. */
  failFast?: (r: CheckResult) => boolean | Promise<boolean>;
  /** The order jobs start in (indexes into jobs); default: whole-project checks first. */
  order?: number[];
  /**
   * The machine's cores. A check that starts while this many others hold a core runs at the
   * lowest CPU priority, so the checks that hold the cores (the longest, started first) keep
   * them; when one of those ends, the longest-running lowered check takes its core back at
   * normal priority. Undefined: every check at normal priority.
   */
  cores?: number;
  onDone?: (r: CheckResult) => void;
}

/**
 * The nice value of a check started beyond the cores: the lowest priority (weight 15 against
 * 1024 at nice 0 in Linux's scheduler), so it runs on what the checks holding a core leave.
 */
export const BEYOND_CORES_NICENESS = 19;

/**
 * Run jobs `parallel` at a time inside one budget. When the budget runs out the running
 * checks are killed (their whole process group) and the rest never start; with fail-fast the
 * first check `failFast` says fails cancels the others the same way.
 */
export async function runPool(jobs: Job[], deps: RunDeps, o: PoolOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = new Array(jobs.length);
  const { stop } = o;
  // Whole-project checks (tsc, mypy) are usually the slowest: start them first so they
  // don't begin last and set the wall time alone. Results keep the config's order.
  const order =
    o.order ??
    jobs
      .map((_, i) => i)
      .sort(
        (a, b) =>
          Number(jobs[a].check.passFiles && !!jobs[a].files) - Number(jobs[b].check.passFiles && !!jobs[b].files),
      );
  let next = 0;
  let running = 0;
  /** Checks running at normal priority, one per core at most. */
  let holdingCores = 0;
  /** The running checks beyond the cores, in the order they started. */
  const lowered: CpuPriority[] = [];
  const worker = async () => {
    while (next < order.length) {
      const i = order[next++];
      const job = jobs[i];
      if (stop.why) {
        const stopped = STOPPED[stop.why];
        results[i] = {
          name: job.check.name,
          status: stopped.status,
          detail: `not started: ${stopped.before}`,
          durationMs: 0,
          files: job.matched,
          findings: [],
        };
      } else {
        running++;
        const holdsCore = o.cores === undefined || holdingCores < o.cores;
        const priority = holdsCore ? undefined : new CpuPriority(BEYOND_CORES_NICENESS);
        if (priority) lowered.push(priority);
        else holdingCores++;
        const r = await runCheck(job.check, job.files, { ...deps, priority }, stop.signal, () => stop.why);
        // Ended beyond the cores (never raised), or holding one: a core it held goes to the
        // longest-running lowered check, which holds it from now on.
        if (priority?.niceness) lowered.splice(lowered.indexOf(priority), 1);
        else if (lowered.length) lowered.shift()!.raise();
        else holdingCores--;
        running--;
        r.files = job.matched;
        results[i] = r;
        // The judgement holds this slot (under fail-on new it lints the base: work in its own right).
        // Once every check has ended there is nothing left to cancel.
        if (o.failFast && !stop.why && (await o.failFast(r)) && (running > 0 || next < order.length))
          stop.halt('fail-fast');
      }
      o.onDone?.(results[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.parallel, jobs.length)) }, worker));
  return results;
}
