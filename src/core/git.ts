import { readFileSync, realpathSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { ExternalError, ConfigError } from './errors.js';
import type { ExecFn } from './exec.js';
import type { Logger } from './logger.js';

export interface GitDeps {
  exec: ExecFn;
  cwd: string;
  logger?: Logger;
  /** Stops every git call (a budget or a cancelled run); a stopped fetch gives up deepening. */
  signal?: AbortSignal;
  /** Variables added to git's environment (GIT_INDEX_FILE, author and committer). */
  env?: NodeJS.ProcessEnv;
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
export const ZERO_SHA = /^0+$/;

export class GitError extends ExternalError {
  override readonly name = 'GitError';
}

/** Run git with stable output settings; throws GitError with git's own message on failure. */
export async function git(deps: GitDeps, args: string[], allowFail = false): Promise<string> {
  const r = await deps.exec('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
    cwd: deps.cwd,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...deps.env },
    timeoutMs: 120_000,
    signal: deps.signal,
  });
  if (r.exitCode !== 0 && !allowFail) {
    const msg = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' ');
    throw new GitError(`git ${args[0]} failed: ${msg}`);
  }
  return r.exitCode === 0 ? r.stdout : '';
}

/** Whether a git command succeeds (its output unread). */
export async function gitOk(deps: GitDeps, args: string[]): Promise<boolean> {
  const r = await deps.exec('git', args, {
    cwd: deps.cwd,
    timeoutMs: 120_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...deps.env },
    signal: deps.signal,
  });
  return r.exitCode === 0;
}

export const hasCommit = (deps: GitDeps, rev: string) => gitOk(deps, ['cat-file', '-e', `${rev}^{commit}`]);
export const isShallow = async (deps: GitDeps) =>
  (await git(deps, ['rev-parse', '--is-shallow-repository'], true)).trim() === 'true';

export async function revParse(deps: GitDeps, rev: string): Promise<string | undefined> {
  const out = (await git(deps, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], true)).trim();
  return out || undefined;
}

export async function mergeBase(deps: GitDeps, a: string, b: string): Promise<string | undefined> {
  return (await git(deps, ['merge-base', a, b], true)).trim() || undefined;
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
