import { describeThrown } from '../core/errors.js';
import { changedLines, type LineRange } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';
import type { BaseInfo, findNew } from './newness.js';
import type { Job, RunDeps, Stopper } from './runner.js';
import type { Scope } from './scope.js';
import type { CheckResult, FailOn, LintOptions } from './types.js';
import { decide, type Verdict } from './verdict.js';

type Newness = Awaited<ReturnType<typeof findNew>>;

/** Newness found in several parts (a check judged early for fail-fast, the rest at the end), as one. */
function mergeNewness(parts: Newness[]): Newness | undefined {
  if (parts.length <= 1) return parts[0];
  const ran = parts.filter((p) => p.base.source !== 'not needed');
  const first = ran[0] ?? parts[0];
  return {
    fresh: new Set(parts.flatMap((p) => [...p.fresh])),
    notes: parts.flatMap((p) => p.notes),
    base: {
      ...first.base,
      durationMs: ran.reduce((s, p) => s + p.base.durationMs, 0),
      checks: ran.flatMap((p) => p.base.checks),
    } satisfies BaseInfo,
  };
}

export interface Judgement {
  verdict: Verdict;
  failOn: FailOn;
  lines?: Map<string, LineRange[]>;
  changedSet: Set<string>;
  newness?: Newness;
}

/**
 * The verdict's knowledge, gathered once and only when asked for: the changed lines (one
 * `git diff`) and, for fail-on new, which findings did not exist at the base. Fail-fast asks
 * about one check as it ends; the verdict reuses whatever that already learnt.
 */
export class Judge {
  failOn: FailOn;
  private lines?: Promise<Map<string, LineRange[]> | undefined>;
  private readonly judged = new Map<string, Newness>();
  /** Base runs one at a time: two git worktrees added at once would race on `worktree prune`. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly o: LintOptions,
    private readonly ctx: ToolContext,
    private readonly stop: Stopper,
    private readonly scope: Scope,
    private readonly jobs: Job[],
    private readonly deps: RunDeps,
  ) {
    this.failOn = scope.failOn;
  }

  /** Whether findings are placed on changed lines here: in a git work tree, for the verdict or the annotations. */
  private get needsLines(): boolean {
    return (
      this.scope.root !== undefined &&
      (this.failOn !== 'any' || this.o.annotate === 'changed-lines' || this.o.annotate === 'changed-files')
    );
  }

  /** Changed lines by file (paths as findings name them); one git diff, on first use. */
  private changedLines(): Promise<Map<string, LineRange[]> | undefined> {
    return (this.lines ??= this.readLines());
  }

  private async readLines(): Promise<Map<string, LineRange[]> | undefined> {
    try {
      const byPath = await changedLines(await this.scope.range(), this.scope.gitDeps);
      const lines = new Map<string, LineRange[]>();
      for (const [p, r] of byPath) {
        const l = this.scope.local(p);
        if (l !== undefined) lines.set(l, r);
      }
      return lines;
    } catch (e) {
      if (this.stop.why === 'budget') throw e;
      // Cancelled while the diff was read beside the checks: the run says cancelled, and its
      // findings are judged as a cancelled run's are, without the lines (fail-on unchanged).
      if (this.stop.why) return undefined;
      // The checks' results stand; without a diff every finding counts and is annotated.
      this.ctx.logger.warning(
        `could not tell the changed lines (${describeThrown(e)}): every finding counts (fail-on: any)`,
      );
      this.failOn = 'any';
      return undefined;
    }
  }

  /** Which of these checks' findings are new (base run or baseline), remembered per check. */
  private async newFor(results: CheckResult[]): Promise<Newness> {
    const run = this.queue.then(async () =>
      (await import('./newness.js')).findNew({
        o: this.o,
        ctx: this.ctx,
        stop: this.stop,
        results,
        jobs: this.jobs.filter((j) => results.some((r) => r.name === j.check.name)),
        range: await this.scope.range(),
        changed: this.scope.changed,
        root: this.scope.root!,
        prefix: this.scope.prefix,
        deps: this.deps,
        gitDeps: this.scope.gitDeps,
      }),
    );
    this.queue = run.catch(() => undefined);
    const n = await run;
    for (const r of results) this.judged.set(r.name, n);
    return n;
  }

  /** What the verdict needs to judge these findings, as far as it can be known now. */
  private async knowledge(results: CheckResult[], final: boolean): Promise<Omit<Judgement, 'verdict'>> {
    const findings = results.flatMap((r) => r.findings);
    let lines: Map<string, LineRange[]> | undefined;
    // The diff is most of a clean run's git time: only with findings to judge or place.
    if (findings.length && this.needsLines) {
      if (!final || !this.stop.why) lines = await this.changedLines();
      // After a stop, only a diff fail-fast already read.
      else if (this.lines) lines = await this.lines.catch(() => undefined);
    }
    const changedSet = new Set(
      this.scope.lint && findings.length
        ? await this.scope.changedPaths().catch(() => (lines ? [...lines.keys()] : []))
        : lines
          ? [...lines.keys()]
          : [],
    );
    let newness: Newness | undefined;
    if (this.failOn === 'new' && findings.length) {
      const known = [...new Set(results.map((r) => this.judged.get(r.name)).filter((n) => n !== undefined))];
      const rest = results.filter((r) => !this.judged.has(r.name) && r.findings.length);
      // After a stop the base is not linted: findings of checks not judged yet count as new.
      if (rest.length && !this.stop.why) known.push(await this.newFor(rest));
      else if (rest.length && known.length)
        known.push({
          fresh: new Set(rest.flatMap((r) => r.findings)),
          notes: [],
          base: { source: 'not needed', durationMs: 0, checks: [] },
        });
      newness = mergeNewness(known);
    }
    return { failOn: this.failOn, lines, changedSet, newness };
  }

  private decideWith(results: CheckResult[], k: Omit<Judgement, 'verdict'>): Verdict {
    return decide({
      results,
      checks: this.o.source.checks,
      failOn: k.failOn,
      failLevel: this.o.failLevel,
      lines: k.lines,
      changed: k.changedSet,
      fresh: k.newness?.fresh,
    });
  }

  /**
   * Fail-fast's question as a check ends: does it fail the verdict? A check with no parsed
   * findings that failed as a whole does; otherwise only a finding the verdict counts does
   * (an old finding under fail-on new, one off the changed lines under changed-lines, does not).
   */
  async failsVerdict(r: CheckResult): Promise<boolean> {
    if (r.status === 'over-budget' || r.status === 'cancelled' || this.stop.why) return false;
    try {
      return this.decideWith([r], await this.knowledge([r], false)).result === 'failed';
    } catch {
      // Not knowing is no reason to cancel the others: the verdict meets the same error and says it.
      return false;
    }
  }

  /**
   * A check finished while others still run: when its findings will need the changed lines
   * (the judgement reads them for any finding), start that git diff now, off the gate's
   * critical path, instead of after the last check. Nothing is read for a run without findings.
   */
  warm(r: CheckResult): void {
    if (r.findings.length && this.needsLines && !this.stop.why)
      // A failure here is met again, and said, where the judgement awaits the same promise.
      this.changedLines().catch(() => undefined);
  }

  /** The gate's verdict on every check's results. */
  async judge(results: CheckResult[]): Promise<Judgement> {
    const k = await this.knowledge(results, true);
    return { ...k, verdict: this.decideWith(results, k) };
  }
}
