import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { git, gitOk, type GitDeps } from '../core/git.js';
import type { ToolContext } from '../core/tool.js';

/**
 * The baseline kept on a branch of the repository (e.g. `shipline-data`), as
 * python-coverage-comment-action keeps its data: the Actions cache evicts entries after 7 days
 * unused and at 10 GB, a branch keeps them. Written with git plumbing (no checkout, the work
 * tree is never touched), one commit per default-branch run, pushed to `origin`.
 */
const REMOTE = 'origin';
const local = (branch: string) => `refs/shipline/${branch}`;

/** The one git runner (core/git), in the workspace, with extra environment where a call needs it. */
const deps = (ctx: ToolContext, env?: NodeJS.ProcessEnv): GitDeps => ({
  exec: ctx.exec,
  cwd: ctx.cwd,
  signal: ctx.signal,
  env,
});

/** Fetch the branch's tip; undefined when the branch does not exist yet. */
async function fetchTip(ctx: ToolContext, branch: string): Promise<string | undefined> {
  const fetched = await gitOk(deps(ctx), [
    'fetch',
    '--no-tags',
    '--depth=1',
    REMOTE,
    `+refs/heads/${branch}:${local(branch)}`,
  ]);
  if (!fetched) return undefined;
  return (await git(deps(ctx), ['rev-parse', '--verify', '-q', `${local(branch)}^{commit}`], true)).trim() || undefined;
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
  // An absent file (or an empty one, which is no baseline either) is not restored.
  const text = (await git(deps(ctx), ['show', `${tip}:${name}`], true)).trim();
  if (!text) return false;
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
  const blob = (await git(deps(ctx), ['hash-object', '-w', path])).trim();
  // Two default-branch runs may race: the loser rebuilds on the winner's commit once.
  for (let attempt = 0; ; attempt++) {
    const tip = await fetchTip(ctx, branch);
    const dir = mkdtempSync(join(tmpdir(), 'shipline-baseline-'));
    try {
      const index = deps(ctx, { GIT_INDEX_FILE: join(dir, 'index') });
      if (tip) await git(index, ['read-tree', tip]);
      await git(index, ['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`]);
      const tree = (await git(index, ['write-tree'])).trim();
      const commit = (
        await git(deps(ctx, who), ['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message])
      ).trim();
      const push = ['push', '-q', REMOTE, `${commit}:refs/heads/${branch}`];
      // The first push may lose a race (then it is rebuilt on the winner's tip); a second failure is an error.
      if (attempt > 0) {
        await git(deps(ctx), push);
        return commit;
      }
      if (await gitOk(deps(ctx), push)) return commit;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
