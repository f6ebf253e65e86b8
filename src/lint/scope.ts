import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, describeThrown, inputLabel } from '../core/errors.js';
import { changedFiles, cwdPrefix, fromRoot, type ChangedFile, type DiffRange, type GitDeps } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';
import { gitRoot, wantsChangedOnly } from './plan.js';
import { seconds } from './report.js';
import type { Stopper } from './runner.js';
import type { FailOn, LintOptions } from './types.js';

/** fail-on auto: every finding on the default branch and with --all, new ones otherwise. */
export function resolveFailOn(o: Pick<LintOptions, 'failOn'>, ctx: Pick<ToolContext, 'event'>, lint: boolean): FailOn {
  if (o.failOn !== 'auto') return o.failOn;
  const e = ctx.event;
  if (!lint) return 'any';
  if (e.isActions && e.eventName === 'push' && !!e.defaultBranch && e.refName === e.defaultBranch) return 'any';
  return 'new';
}

/** What this run lints and against what: the repository, the diff range, the files, fail-on. */
export interface Scope {
  /** The git work tree's root, or undefined outside git. */
  root: string | undefined;
  /** cwd within the work tree ('' at the top). */
  prefix: string;
  /** A path from the repository root as checks name it (from cwd), or undefined outside cwd. */
  local: (p: string) => string | undefined;
  gitDeps: GitDeps;
  /** The diff range, resolved once on first use (several git calls). */
  range: () => Promise<DiffRange>;
  /** The range if it was resolved already. */
  rangeIfKnown: () => DiffRange | undefined;
  /** Linting changed files only. */
  lint: boolean;
  changed?: ChangedFile[];
  /** The files checks pick from (changed ones, or all); empty when no check picks files by glob. */
  files: string[];
  /** Whether `files` was listed (a check picks files by glob). */
  listed: boolean;
  /** The changed files (paths as findings name them), listed on first use when `files` was not. */
  changedPaths: () => Promise<string[]>;
  failOn: FailOn;
}

/**
 * Where the run stands: git root, the changed files (or every file), and fail-on. The range
 * costs several git calls: resolved up front only when it picks the files (or an explicit
 * base is to be checked), later only when there are findings to judge or place; a clean run
 * of whole-project checks starts no git process at all.
 */
export async function resolveScope(
  o: LintOptions,
  ctx: ToolContext,
  stop: Stopper,
  say: (m: string) => void,
): Promise<Scope> {
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
  const gitDeps: GitDeps = { exec: ctx.exec, cwd: root ?? ctx.cwd, logger: ctx.logger, signal: stop.signal };
  let known: DiffRange | undefined;
  let resolving: Promise<DiffRange> | undefined;
  // Once, however many ask at the same time (fail-fast judges checks as they end).
  const range = () => (resolving ??= resolveRange());
  const resolveRange = async () => {
    try {
      const { resolveDiffRange } = await import('../core/git-range.js');
      return (known = await resolveDiffRange({ event: ctx.event, base: o.base, staged: o.staged }, gitDeps));
    } catch (e) {
      // A stalled fetch in a shallow clone is killed by the budget: say so, and how to avoid it.
      if (stop.why === 'budget')
        throw new ConfigError(
          `the gate's budget (${seconds(o.budgetMs)}) ran out while git looked for the diff base (${describeThrown(e)}); in a shallow clone set \`fetch-depth: 0\` on actions/checkout (or a depth that reaches the base), or raise the budget`,
        );
      throw e;
    }
  };
  const lint = changedOnly && root !== undefined;
  // No check picks files by glob: every check runs on the whole project, and listing the
  // changed (or all) files would be git work nothing reads, unless the verdict asks for it.
  const listed = o.source.checks.some((c) => c.files);
  // The range costs 3–4 git processes (more in a shallow clone): up front only when it picks the
  // files or an explicit base/staged input is to be checked; otherwise when findings need judging.
  if (lint && (listed || o.base || o.staged)) await range();
  let changed: ChangedFile[] | undefined;
  let files: string[] = [];
  const listChanged = async () => {
    changed ??= await changedFiles(await range(), gitDeps);
    return changed
      .filter((f) => f.status !== 'D')
      .map((f) => local(f.path))
      .filter((p): p is string => p !== undefined && existsSync(join(ctx.cwd, p)));
  };
  if (lint && listed) {
    files = await listChanged();
    say(`changed files: ${files.length} (${known!.description})`);
  } else if (lint && known) say(`changes: ${known.description} (no check picks files: each runs on the whole project)`);
  else if (lint)
    say('no check picks files: each runs on the whole project; the changes are read only for findings to judge');
  // Zero-config detection listed the repository's files moments ago: every file is those again.
  else if (listed) files = o.source.files ?? (await (await import('./detect.js')).listRepoFiles(ctx.cwd, ctx.exec));
  let failOn = resolveFailOn(o, ctx, lint);
  if (failOn !== 'any' && root === undefined) {
    say(`not a git repository, so nothing is new or changed: every finding counts (fail-on: any)`);
    failOn = 'any';
  }
  let paths: Promise<string[]> | undefined;
  const changedPaths = () => (paths ??= lint && !listed ? listChanged() : Promise.resolve(files));
  return {
    root,
    prefix,
    local,
    gitDeps,
    range,
    rangeIfKnown: () => known,
    lint,
    get changed() {
      return changed;
    },
    files,
    listed,
    changedPaths,
    failOn,
  };
}
