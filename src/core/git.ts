import { readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { EventContext } from './context.js';
import { ExternalError, ConfigError } from './errors.js';
import type { ExecFn } from './exec.js';
import type { Logger } from './logger.js';

export interface GitDeps {
  exec: ExecFn;
  cwd: string;
  logger?: Logger;
  /** Stops every git call (a budget or a cancelled run); a stopped fetch gives up deepening. */
  signal?: AbortSignal;
}

/** What to compare. `head` undefined means the working tree (plus untracked files). */
export interface DiffRange {
  base: string;
  head?: string;
  staged?: boolean;
  kind: 'pull_request' | 'merge_group' | 'push' | 'new-branch' | 'local' | 'staged' | 'explicit' | 'initial';
  /** One line for logs and summaries. */
  description: string;
  /** The work tree's top folder (git's real path), so later steps need not ask git again. */
  root?: string;
}

export type ChangeStatus = 'A' | 'M' | 'D' | 'R' | 'C' | 'T' | 'U';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** For renames and copies. */
  previousPath?: string;
}

/** Inclusive 1-based line range in the head version of a file. */
export interface LineRange {
  start: number;
  end: number;
}

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_SHA = /^0+$/;

export class GitError extends ExternalError {
  override readonly name = 'GitError';
}

/** Run git with stable output settings; throws GitError with git's own message on failure. */
export async function git(deps: GitDeps, args: string[], allowFail = false): Promise<string> {
  const r = await deps.exec('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
    cwd: deps.cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    timeoutMs: 120_000,
    signal: deps.signal,
  });
  if (r.exitCode !== 0 && !allowFail) {
    const msg = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' ');
    throw new GitError(`git ${args[0]} failed: ${msg}`);
  }
  return r.exitCode === 0 ? r.stdout : '';
}

async function ok(deps: GitDeps, args: string[]): Promise<boolean> {
  const r = await deps.exec('git', args, {
    cwd: deps.cwd,
    timeoutMs: 60_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    signal: deps.signal,
  });
  return r.exitCode === 0;
}

export const hasCommit = (deps: GitDeps, rev: string) => ok(deps, ['cat-file', '-e', `${rev}^{commit}`]);
export const isShallow = async (deps: GitDeps) =>
  (await git(deps, ['rev-parse', '--is-shallow-repository'], true)).trim() === 'true';

export async function revParse(deps: GitDeps, rev: string): Promise<string | undefined> {
  const out = (await git(deps, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], true)).trim();
  return out || undefined;
}

export async function mergeBase(deps: GitDeps, a: string, b: string): Promise<string | undefined> {
  return (await git(deps, ['merge-base', a, b], true)).trim() || undefined;
}

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

/** The repository's top folder; a ConfigError outside a repository. */
export async function repoRoot(deps: GitDeps): Promise<string> {
  const r = await deps.exec('git', ['rev-parse', '--show-toplevel'], {
    cwd: deps.cwd,
    timeoutMs: 30_000,
    signal: deps.signal,
  });
  if (r.exitCode !== 0)
    throw new ConfigError(
      `${deps.cwd} is not inside a git repository, so there are no changed files to find; run in a clone (actions/checkout) or lint every file`,
    );
  return r.stdout.trim();
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
  const root = await repoRoot(deps);
  return { ...(await resolveRange(opts, deps)), root };
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
  const [defRef, head0] = await Promise.all([
    defaultBranchRef(deps, event.defaultBranch || undefined),
    revParse(deps, 'HEAD'),
  ]);
  const tip = head0 ?? EMPTY_TREE;
  if (defRef && tip !== EMPTY_TREE) {
    const mb = await mergeBase(deps, defRef, 'HEAD');
    if (mb)
      return {
        base: mb,
        head,
        kind: 'local',
        description: `${local ? 'working tree' : 'HEAD'} against merge-base ${mb.slice(0, 7)} with ${defRef}`,
      };
  }
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

function diffArgs(range: DiffRange): string[] {
  if (range.staged) return ['--cached', range.base];
  return range.head ? [range.base, range.head] : [range.base];
}

/** The changed files of a range (renames detected), plus untracked files for working-tree ranges. */
export async function changedFiles(range: DiffRange, deps: GitDeps): Promise<ChangedFile[]> {
  // Untracked files are listed at the same time as the diff runs: process starts dominate.
  const untrackedP =
    !range.head && !range.staged
      ? git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/'])
      : Promise.resolve('');
  const [out, untracked] = await Promise.all([
    git(deps, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', ...diffArgs(range), '--']),
    untrackedP,
  ]);
  const parts = out.split('\0');
  const files: ChangedFile[] = [];
  for (let i = 0; i < parts.length - 1;) {
    const status = parts[i++];
    if (!status) continue;
    const code = status[0] as ChangeStatus;
    if (code === 'R' || code === 'C') {
      const previousPath = parts[i++];
      files.push({ path: parts[i++], status: code, previousPath });
    } else files.push({ path: parts[i++], status: code });
  }
  for (const p of untracked.split('\0')) if (p) files.push({ path: p, status: 'A' });
  return files;
}

/** Undo git's C-style quoting of a path ("a\"b\303\251"). */
export function unquoteGitPath(s: string): string {
  if (!s.startsWith('"')) return s;
  const bytes: number[] = [];
  const map: Record<string, number> = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
  for (let i = 1; i < s.length - 1; i++) {
    const c = s[i];
    if (c === '\\') {
      const n = s[i + 1];
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        bytes.push(map[n] ?? n.charCodeAt(0));
        i += 1;
      }
    } else bytes.push(...Buffer.from(c, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Parse `git diff -U0` into the added/changed line ranges of each file's new version. */
export function parseUnifiedDiff(diff: string): Map<string, LineRange[]> {
  const result = new Map<string, LineRange[]>();
  let current: LineRange[] | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const raw = line.slice(4).replace(/\t$/, '');
      if (raw === '/dev/null') {
        current = undefined;
        continue;
      }
      const path = unquoteGitPath(raw).replace(/^b\//, '');
      current = result.get(path) ?? [];
      result.set(path, current);
    } else if (line.startsWith('@@') && current) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      if (count > 0) current.push({ start, end: start + count - 1 });
    }
  }
  return result;
}

/** Changed line ranges per file (head side); untracked files count as wholly changed. */
export async function changedLines(range: DiffRange, deps: GitDeps): Promise<Map<string, LineRange[]>> {
  const out = await git(deps, [
    'diff',
    '-U0',
    '-M',
    '--no-ext-diff',
    '--src-prefix=a/',
    '--dst-prefix=b/',
    '--diff-filter=AMRCT',
    ...diffArgs(range),
    '--',
  ]);
  const map = parseUnifiedDiff(out);
  if (!range.head && !range.staged) {
    const root = range.root ?? (await repoRoot(deps));
    const untracked = await git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/']);
    for (const p of untracked.split('\0')) {
      if (!p) continue;
      let lines: number;
      try {
        const text = readFileSync(join(root, p), 'utf8');
        lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
      } catch {
        continue;
      }
      if (lines > 0) map.set(p, [{ start: 1, end: lines }]);
    }
  }
  return map;
}

/** Where `cwd` sits inside the work tree `root`, '' at the top (`services/api` after `cd services/api`). */
export function cwdPrefix(root: string, cwd: string): string {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const rel = relative(real(root), real(cwd));
  return rel.startsWith('..') ? '' : rel.split(sep).join('/');
}

/** A repository-relative path as seen from the folder `prefix`; undefined when it lies outside. */
export function fromRoot(path: string, prefix: string): string | undefined {
  if (!prefix) return path;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}

/** True when `line` falls in one of `ranges`. */
export function inRanges(ranges: readonly LineRange[] | undefined, line: number): boolean {
  return !!ranges?.some((r) => line >= r.start && line <= r.end);
}
