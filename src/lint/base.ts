import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_TREE, GitError, type DiffRange, type GitDeps } from '../core/git.js';
import { fingerprint, LineCache, type Fingerprint } from './fingerprint.js';
import { runCheck, type Job, type RunDeps } from './runner.js';
import type { Finding } from './types.js';

/** Folders of the head linked into the base worktree: node modules and caches that validate their entries. */
const SHARED = ['node_modules', '.mypy_cache', '.ruff_cache'];

/** The environment without the variables git exports to hooks (the commit's index and git dir). */
function outsideHook(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out = { ...env };
  for (const k of ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_PREFIX']) delete out[k];
  return out;
}

export interface BaseRun {
  fingerprints: Fingerprint[];
  /** Checks run at the base, and what each cost. */
  ran: Array<{ name: string; durationMs: number; findings: number }>;
  durationMs: number;
  /** Why the base was not linted for some checks (they keep every finding as new). */
  notes: string[];
}

/**
 * Lint the base commit in a temporary git worktree, only for the checks and files that have
 * candidate findings at the head: per-file checks on those files as they were at the base
 * (renames followed), whole-project checks on the whole base. The worktree shares the
 * object store (no fetch, no copy of history) and is removed on every path.
 */
export async function lintBase(o: {
  range: DiffRange;
  root: string;
  /** cwd within the work tree ('' at the top). */
  prefix: string;
  cwd: string;
  jobs: Array<{ job: Job; files?: string[] }>;
  /** Head path → base path, for renamed files (paths as checks name them). */
  renamedFrom: Map<string, string>;
  deps: RunDeps;
  git: GitDeps;
  tmpDir: string;
  signal: AbortSignal;
  onCleanup?: (fn: () => void) => void;
}): Promise<BaseRun> {
  const start = o.deps.now();
  const notes: string[] = [];
  if (o.range.base === EMPTY_TREE) return { fingerprints: [], ran: [], durationMs: 0, notes };
  const dir = mkdtempSync(join(o.tmpDir, 'shipline-lint-base-'));
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  o.onCleanup?.(remove);
  try {
    // Inside a pre-commit hook git exports the index and git dir of the commit being made:
    // the worktree must not see them.
    const clean = outsideHook({ ...process.env, GIT_TERMINAL_PROMPT: '0' });
    const add = await o.git.exec('git', ['worktree', 'add', '--detach', '--quiet', '--force', dir, o.range.base], {
      cwd: o.root,
      env: clean,
      timeoutMs: 120_000,
      signal: o.signal,
    });
    if (add.exitCode !== 0) throw new GitError(`git worktree add failed: ${add.stderr.trim().split('\n').pop()}`);
    const baseCwd = o.prefix ? join(dir, o.prefix) : dir;
    // Node tools and their plugins resolve from node_modules, which the worktree does not have.
    // Tools' caches (mypy checks every cached module's hash) are shared, so the base run is warm.
    for (const d of SHARED) {
      const from = join(o.cwd, d);
      if (existsSync(from) && existsSync(baseCwd) && !existsSync(join(baseCwd, d)))
        symlinkSync(from, join(baseCwd, d), 'dir');
    }
    const back = new Map([...o.renamedFrom].map(([head, base]) => [base, head]));
    const lines = new LineCache(baseCwd);
    const fingerprints: Fingerprint[] = [];
    const ran: BaseRun['ran'] = [];
    const deps: RunDeps = { ...o.deps, cwd: baseCwd, env: outsideHook(o.deps.env) };
    await Promise.all(
      o.jobs.map(async ({ job, files }) => {
        let baseFiles: string[] | undefined;
        if (files) {
          baseFiles = files.map((f) => o.renamedFrom.get(f) ?? f).filter((f) => existsSync(join(baseCwd, f)));
          if (baseFiles.length === 0) return; // every file is new: every finding in it is new
        }
        const r = await runCheck(job.check, baseFiles, deps, o.signal, () => 'budget');
        ran.push({ name: job.check.name, durationMs: r.durationMs, findings: r.findings.length });
        if (r.status === 'over-budget' || r.status === 'timed-out' || r.status === 'error' || r.parseError)
          notes.push(`${job.check.name} at the base: ${r.detail ?? r.parseError ?? r.status}`);
        for (const f of r.findings) {
          const headName = f.file ? (back.get(f.file) ?? f.file) : undefined;
          fingerprints.push(fingerprint({ ...f, file: headName } as Finding, lines.lines(f.file), headName));
        }
      }),
    );
    return { fingerprints, ran, durationMs: o.deps.now() - start, notes };
  } finally {
    remove();
    await o.git
      .exec('git', ['worktree', 'prune'], {
        cwd: o.root,
        env: { ...process.env, GIT_INDEX_FILE: undefined, GIT_DIR: undefined },
      })
      .catch(() => undefined);
  }
}
