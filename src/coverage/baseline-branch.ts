import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { GitError } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';

/**
 * The baseline kept on a branch of the repository (e.g. `shipline-data`), as
 * python-coverage-comment-action keeps its data: the Actions cache evicts entries after 7 days
 * unused and at 10 GB, a branch keeps them. Written with git plumbing (no checkout, the work
 * tree is never touched), one commit per default-branch run, pushed to `origin`.
 */
const REMOTE = 'origin';
const local = (branch: string) => `refs/shipline/${branch}`;

async function git(ctx: ToolContext, args: string[], env: NodeJS.ProcessEnv = {}, allowFail = false) {
  const r = await ctx.exec('git', ['-c', 'core.quotePath=false', ...args], {
    cwd: ctx.cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...env },
    timeoutMs: 120_000,
    signal: ctx.signal,
    masker: ctx.masker,
  });
  if (r.exitCode !== 0 && !allowFail)
    throw new GitError(
      `git ${args[0]} failed: ${(r.stderr.trim() || r.stdout.trim()).split('\n').slice(-2).join(' ')}`,
    );
  return r.exitCode === 0 ? r.stdout.trim() : undefined;
}

/** Fetch the branch's tip; undefined when the branch does not exist yet. */
async function fetchTip(ctx: ToolContext, branch: string): Promise<string | undefined> {
  const fetched = await git(
    ctx,
    ['fetch', '--no-tags', '--depth=1', REMOTE, `+refs/heads/${branch}:${local(branch)}`],
    {},
    true,
  );
  if (fetched === undefined) return undefined;
  return git(ctx, ['rev-parse', '--verify', '-q', `${local(branch)}^{commit}`], {}, true);
}

/** Copy `name` from the branch to `path`; false when the branch or the file is not there. */
export async function restoreFromBranch(
  ctx: ToolContext,
  branch: string,
  name: string,
  path: string,
): Promise<boolean> {
  const tip = await fetchTip(ctx, branch);
  if (!tip) return false;
  const text = await git(ctx, ['show', `${tip}:${name}`], {}, true);
  if (text === undefined) return false;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text + '\n');
  return true;
}

/** Commit `path` as `name` on the branch (on top of its tip, or as its first commit) and push it. */
export async function saveToBranch(
  ctx: ToolContext,
  branch: string,
  name: string,
  path: string,
  message: string,
): Promise<string> {
  const who = {
    GIT_AUTHOR_NAME: 'github-actions[bot]',
    GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    GIT_COMMITTER_NAME: 'github-actions[bot]',
    GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  };
  const blob = (await git(ctx, ['hash-object', '-w', path]))!;
  // Two default-branch runs may race: the loser rebuilds on the winner's commit once.
  for (let attempt = 0; ; attempt++) {
    const tip = await fetchTip(ctx, branch);
    const dir = mkdtempSync(join(tmpdir(), 'shipline-baseline-'));
    try {
      const index = { GIT_INDEX_FILE: join(dir, 'index') };
      if (tip) await git(ctx, ['read-tree', tip], index);
      await git(ctx, ['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`], index);
      const tree = (await git(ctx, ['write-tree'], index))!;
      const commit = (await git(ctx, ['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message], who))!;
      const pushed = await git(ctx, ['push', '-q', REMOTE, `${commit}:refs/heads/${branch}`], {}, attempt === 0);
      if (pushed !== undefined) return commit;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
