// What "changed" means for a run: the diff range of a pull request, a merge queue entry, a push, a
// new branch or local work, deepening a shallow clone as far as needed (split from git.ts).
import type { EventContext } from './context.js';
import { ConfigError } from './errors.js';
import {
  EMPTY_TREE,
  GitError,
  ZERO_SHA,
  git,
  hasCommit,
  isShallow,
  mergeBase,
  repoRoot,
  revParse,
  type DiffRange,
  type GitDeps,
} from './git.js';

async function hasRemote(deps: GitDeps, name = 'origin'): Promise<boolean> {
  return (await git(deps, ['remote'], true)).split('\n').includes(name);
}

/** Try to bring `revs` into a shallow clone, deeper each round; true once `done()` holds. */
async function deepenUntil(deps: GitDeps, fetchArgs: string[], done: () => Promise<boolean>): Promise<boolean> {
  if (await done()) return true;
  if (!(await hasRemote(deps))) return false;
  for (const depth of [50, 500, 0]) {
    const depthArgs = depth ? [`--depth=${depth}`] : (await isShallow(deps)) ? ['--unshallow'] : [];
    deps.logger?.info(
      `shallow clone: fetching ${depth ? `${depth} commits of history` : 'the full history'} to find the diff base`,
    );
    await git(deps, ['fetch', '--no-tags', '--quiet', ...depthArgs, 'origin', ...fetchArgs], true);
    if (deps.signal?.aborted) throw new GitError('the fetch of more history was stopped');
    if (await done()) return true;
  }
  return false;
}

/** The default branch as a local ref: origin/HEAD, origin/<name>, then a local main/master. */
export async function defaultBranchRef(deps: GitDeps, name?: string): Promise<string | undefined> {
  // One for-each-ref instead of a rev-parse per candidate: process starts are the cost here.
  const candidates = [
    ...(name ? [`refs/remotes/origin/${name}`, `refs/heads/${name}`] : []),
    'refs/remotes/origin/HEAD',
    'refs/remotes/origin/main',
    'refs/remotes/origin/master',
    'refs/heads/main',
    'refs/heads/master',
  ];
  const out = await git(deps, ['for-each-ref', '--format=%(refname) %(symref)', ...candidates], true);
  const found = new Map<string, string>();
  for (const line of out.split('\n')) {
    const [ref, symref] = line.trim().split(' ');
    if (ref) found.set(ref, symref || ref);
  }
  for (const c of candidates) {
    const hit = found.get(c);
    if (hit) return hit.replace(/^refs\/(remotes|heads)\//, '');
  }
  return undefined;
}

export interface ResolveOptions {
  event: EventContext;
  /** An explicit base ref or SHA (input `base`). */
  base?: string;
  /** Compare the index with HEAD (a pre-commit hook). */
  staged?: boolean;
}

function shallowFix(what: string, depth: string): ConfigError {
  return new ConfigError(
    `${what} is not in this clone and could not be fetched; set \`fetch-depth: ${depth}\` on actions/checkout (0 fetches all history)`,
  );
}

/**
 * Decide what "changed" means for this run: a PR's changes, a push's commits, a new
 * branch's commits since it left the default branch, or locally the work since the
 * merge-base with the default branch (working tree included). In a shallow clone it
 * deepens what it needs, or says exactly which fetch-depth to set.
 */
export async function resolveDiffRange(opts: ResolveOptions, deps: GitDeps): Promise<DiffRange> {
  // The top folder is asked for alongside the range (process starts are the cost); outside a
  // repository its error is the one to give.
  const [root, range] = await Promise.allSettled([repoRoot(deps), resolveRange(opts, deps)]);
  if (root.status === 'rejected') throw root.reason;
  if (range.status === 'rejected') throw range.reason;
  return { ...range.value, root: root.value };
}

async function resolveRange(opts: ResolveOptions, deps: GitDeps): Promise<DiffRange> {
  const { event } = opts;
  if (opts.staged) {
    const head = (await revParse(deps, 'HEAD')) ? 'HEAD' : EMPTY_TREE;
    return { base: head, staged: true, kind: 'staged', description: 'staged changes against HEAD' };
  }
  const local = !event.isActions;
  const head = local ? undefined : ((await revParse(deps, 'HEAD')) ?? 'HEAD');
  if (opts.base) {
    const baseRef = opts.base;
    const found = await deepenUntil(deps, [baseRef], async () => (await revParse(deps, baseRef)) !== undefined);
    if (!found)
      throw ConfigError.forInput(
        'base',
        `"${baseRef}" is not a commit or ref in this repository`,
        'name a branch, tag or SHA that exists (fetch it first in a shallow clone)',
      );
    const mb = (await deepenUntil(deps, [baseRef], async () => (await mergeBase(deps, baseRef, 'HEAD')) !== undefined))
      ? await mergeBase(deps, baseRef, 'HEAD')
      : undefined;
    return {
      base: mb ?? baseRef,
      head,
      kind: 'explicit',
      description: `changes since ${baseRef}${mb ? ` (merge-base ${mb.slice(0, 7)})` : ''}`,
    };
  }
  const pr = event.pullRequest;
  if (pr && /^pull_request/.test(event.eventName)) {
    // actions/checkout checks out GitHub's merge commit: its first parent is the base tip,
    // so with fetch-depth 2 the PR's changes are HEAD^1..HEAD with no further fetch.
    const headSha = (await revParse(deps, 'HEAD')) ?? pr.headSha;
    const parents = (await git(deps, ['rev-list', '--parents', '-n', '1', headSha], true)).trim().split(' ').slice(1);
    if (parents.length === 2 && (await hasCommit(deps, parents[0])) && headSha !== pr.headSha) {
      return {
        base: parents[0],
        head: headSha,
        kind: 'pull_request',
        description: `pull request #${pr.number}: merge commit ${headSha.slice(0, 7)} against its base parent ${parents[0].slice(0, 7)}`,
      };
    }
    const got = await deepenUntil(
      deps,
      [pr.baseSha, headSha, ...(pr.baseRef ? [`+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`] : [])],
      async () => (await hasCommit(deps, pr.baseSha)) && (await mergeBase(deps, pr.baseSha, headSha)) !== undefined,
    );
    if (!got)
      throw shallowFix(
        `pull request #${pr.number}'s base commit ${pr.baseSha.slice(0, 7)} (or its merge-base with ${headSha.slice(0, 7)})`,
        '0',
      );
    const mb = (await mergeBase(deps, pr.baseSha, headSha))!;
    return {
      base: mb,
      head: headSha,
      kind: 'pull_request',
      description: `pull request #${pr.number}: ${headSha.slice(0, 7)} against merge-base ${mb.slice(0, 7)} with ${pr.baseRef || 'base'}`,
    };
  }
  if (event.eventName === 'merge_group') {
    // A merge queue tests head_sha (the queue branch: the base branch's tip plus the queued
    // pull requests); its changes are base_sha..head_sha, the group against its parent commit.
    const group = (event.payload.merge_group ?? {}) as Record<string, unknown>;
    const baseSha = typeof group.base_sha === 'string' ? group.base_sha : '';
    const headSha = (typeof group.head_sha === 'string' && group.head_sha) || (await revParse(deps, 'HEAD')) || 'HEAD';
    if (!baseSha)
      throw new ConfigError(
        'the merge_group event payload has no merge_group.base_sha; run on the event GitHub sends, or set the base input',
      );
    const baseRef = typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : '';
    const got = await deepenUntil(
      deps,
      [baseSha, headSha, ...(baseRef ? [`+refs/heads/${baseRef}:refs/remotes/origin/${baseRef}`] : [])],
      async () => (await hasCommit(deps, baseSha)) && (await hasCommit(deps, headSha)),
    );
    if (!got) throw shallowFix(`the merge group's base commit ${baseSha.slice(0, 7)}`, '0');
    return {
      base: baseSha,
      head: headSha,
      kind: 'merge_group',
      description: `merge group ${headSha.slice(0, 7)} against its base ${baseSha.slice(0, 7)}${baseRef ? ` on ${baseRef}` : ''}`,
    };
  }
  if (event.eventName === 'push') {
    const before = String(event.payload.before ?? '');
    const after = String(event.payload.after ?? '') || (await revParse(deps, 'HEAD')) || 'HEAD';
    const commits = Array.isArray(event.payload.commits) ? event.payload.commits.length : 0;
    if (before && !ZERO_SHA.test(before)) {
      const got = await deepenUntil(deps, [before], () => hasCommit(deps, before));
      if (got)
        return {
          base: before,
          head: after,
          kind: 'push',
          description: `push ${before.slice(0, 7)}..${after.slice(0, 7)}`,
        };
      // A force push can leave `before` unreachable; fall through to the new-branch rule.
      deps.logger?.warning(
        `the push's previous head ${before.slice(0, 7)} is not fetchable (force push?); comparing with the default branch instead`,
      );
    }
    // A new branch (before is all zeros): its commits since it left the default branch.
    const defName = event.defaultBranch || undefined;
    const branch = event.refName;
    if (defName && branch !== defName) {
      const fetched = await deepenUntil(deps, [`+refs/heads/${defName}:refs/remotes/origin/${defName}`], async () => {
        const ref = await defaultBranchRef(deps, defName);
        return ref !== undefined && (await mergeBase(deps, ref, after)) !== undefined;
      });
      const ref = await defaultBranchRef(deps, defName);
      const mb = fetched && ref ? await mergeBase(deps, ref, after) : undefined;
      if (mb)
        return {
          base: mb,
          head: after,
          kind: 'new-branch',
          description: `new branch ${branch}: changes since it left ${defName} (${mb.slice(0, 7)})`,
        };
    }
    // The first push of a repository, or of the default branch itself: the pushed commits.
    const parent = commits > 0 ? await revParse(deps, `${after}~${commits}`) : undefined;
    if (parent)
      return {
        base: parent,
        head: after,
        kind: 'new-branch',
        description: `new branch ${branch}: its ${commits} pushed commit(s)`,
      };
    if (!(await revParse(deps, `${after}^`)) && !(await isShallow(deps))) {
      return {
        base: EMPTY_TREE,
        head: after,
        kind: 'initial',
        description: `initial commit ${after.slice(0, 7)}: every file`,
      };
    }
    throw shallowFix(`the base of new branch ${branch || after.slice(0, 7)}`, commits > 0 ? String(commits + 1) : '0');
  }
  // Local use (and other events): the work since the merge-base with the default branch.
  // The merge-base fails without a HEAD commit too: HEAD is asked for only then (one process less).
  const defRef = await defaultBranchRef(deps, event.defaultBranch || undefined);
  const mb = defRef ? await mergeBase(deps, defRef, 'HEAD') : undefined;
  if (mb)
    return {
      base: mb,
      head,
      kind: 'local',
      description: `${local ? 'working tree' : 'HEAD'} against merge-base ${mb.slice(0, 7)} with ${defRef}`,
    };
  const tip = (await revParse(deps, 'HEAD')) ?? EMPTY_TREE;
  return {
    base: tip,
    head,
    kind: 'local',
    description:
      tip === EMPTY_TREE
        ? 'no commits yet: every file'
        : `no default branch found: ${local ? 'uncommitted changes' : 'HEAD'} only`,
  };
}
