import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { hasCommit, repoRoot, revParse, type GitDeps } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';

export interface BaseCheckout {
  ref: string;
  sha: string;
  headSha: string;
  /** The base's copy of the repository (a detached git worktree). */
  root: string;
  /** Remove the worktree (always call, also on failure). */
  remove: () => Promise<void>;
}

/** The base to compare against: the input, else the pull request's or merge group's base. */
export function baseRef(input: string | undefined, ctx: ToolContext): string | undefined {
  if (input) return input;
  if (ctx.event.pullRequest?.baseSha) return ctx.event.pullRequest.baseSha;
  const mg = ctx.event.payload.merge_group as { base_sha?: unknown } | undefined;
  if (mg && typeof mg.base_sha === 'string' && mg.base_sha) return mg.base_sha;
  return undefined;
}

/**
 * Check the base out next to the head as a detached git worktree, fetching it into a shallow
 * clone when missing. Anything that stops this is one ConfigError line naming input 'base'.
 */
export async function checkoutBase(
  ref: string | undefined,
  ctx: ToolContext,
  fail: (problem: string, fix: string) => ConfigError,
): Promise<BaseCheckout> {
  const deps: GitDeps = { exec: ctx.exec, cwd: ctx.cwd, logger: ctx.logger };
  if (!ref)
    throw fail(
      'is empty and this is not a pull_request or merge_group run',
      'set base to the branch, tag or SHA to compare with (e.g. origin/main)',
    );
  let root: string;
  try {
    root = await repoRoot(deps);
  } catch {
    throw fail(`cannot be checked out: ${ctx.cwd} is not in a git repository`, 'run after actions/checkout');
  }
  const rootDeps = { ...deps, cwd: root };
  let fetched = false;
  if (!(await hasCommit(rootDeps, ref)) && /^[\w./-]+$/.test(ref) && !ref.startsWith('-')) {
    ctx.logger.info(`fetching base ${ref}`);
    const f = await ctx.exec('git', ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref], {
      cwd: root,
      timeoutMs: 300_000,
      env: { ...ctx.env, GIT_TERMINAL_PROMPT: '0' },
    });
    fetched = f.exitCode === 0;
  }
  const sha = (await revParse(rootDeps, ref)) ?? (fetched ? await revParse(rootDeps, 'FETCH_HEAD') : undefined);
  if (!sha)
    throw fail(
      `"${ref}" cannot be checked out: no such commit in this clone or on origin`,
      'set fetch-depth: 0 on actions/checkout, or set base to an existing branch, tag or SHA',
    );
  const headSha = (await revParse(rootDeps, 'HEAD')) ?? '';
  const dir = join(ctx.tempDir, `shipline-perf-base-${process.pid}-${Date.now().toString(36)}`);
  const r = await ctx.exec('git', ['worktree', 'add', '--detach', '--force', dir, sha], {
    cwd: root,
    timeoutMs: 300_000,
  });
  if (r.exitCode !== 0 || !existsSync(dir))
    throw fail(
      `"${ref}" cannot be checked out: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 200)}`,
      'check that the base commit exists and the workspace is writable',
    );
  return {
    ref,
    sha,
    headSha,
    root: dir,
    remove: async () => {
      await ctx.exec('git', ['worktree', 'remove', '--force', dir], { cwd: root, timeoutMs: 120_000 });
      await ctx.exec('git', ['worktree', 'prune'], { cwd: root, timeoutMs: 60_000 });
    },
  };
}

/** The folder commands run in, in each checkout. */
export function sideDirs(headRoot: string, baseRoot: string, cwd: string, workingDirectory: string) {
  const rel = join(relative(headRoot, cwd), workingDirectory);
  return { head: join(headRoot, rel), base: join(baseRoot, rel) };
}
