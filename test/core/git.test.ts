import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventContext } from '../../src/core/context.js';
import { ConfigError } from '../../src/core/errors.js';
import { exec } from '../../src/core/exec.js';
import { changedFiles, changedLines, parseUnifiedDiff, unquoteGitPath, type GitDeps } from '../../src/core/git.js';
import { resolveDiffRange } from '../../src/core/git-range.js';
import { TestRepo } from '../helpers/git.js';

function ctx(over: Partial<EventContext>): EventContext {
  return {
    eventName: '',
    payload: {},
    sha: '',
    ref: '',
    refName: '',
    refType: '',
    repository: 'acme/api',
    owner: 'acme',
    repo: 'api',
    runId: '1',
    runNumber: '1',
    runAttempt: '1',
    serverUrl: 'https://github.com',
    apiUrl: 'https://api.github.com',
    workflow: 'ci',
    job: 'lint',
    actor: 'dev',
    workspace: '',
    defaultBranch: 'main',
    isAct: false,
    isActions: true,
    ...over,
  };
}
const deps = (repo: TestRepo): GitDeps => ({ exec, cwd: repo.dir });

/** main with a base commit, and a feature branch with two commits on top. */
function prRepo() {
  const repo = new TestRepo();
  repo.write('src/app.py', 'a = 1\nb = 2\nc = 3\n').write('README.md', 'hi\n').write('old name.txt', 'x\ny\n');
  const base = repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/app.py', 'a = 1\nb = 20\nc = 3\nd = 4\n');
  repo.git('mv', 'old name.txt', 'new name.txt');
  repo.commit('change app, rename');
  repo
    .write('with space.py', 'x = 1\n')
    .write('$(touch pwned).py', 'y = 2\n')
    .write('-rf', 'z\n')
    .write('quote"d ünï.txt', 'q\n');
  const head = repo.commit('weird names');
  // GitHub's merge commit for the PR: first parent the base tip, second the PR head.
  repo.git('checkout', '-q', '--detach', 'main');
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  const merge = repo.head();
  repo.git('update-ref', 'refs/pull/1/merge', merge);
  repo.git('checkout', '-q', 'main');
  return { repo, base, head, merge };
}

const prEvent = (base: string, head: string, sha: string) =>
  ctx({
    eventName: 'pull_request',
    sha,
    pullRequest: { number: 1, baseSha: base, headSha: head, baseRef: 'main', headRef: 'feature', fromFork: false },
  });

const WANT_FILES = ['$(touch pwned).py', '-rf', 'new name.txt', 'quote"d ünï.txt', 'src/app.py', 'with space.py'];

describe('git: changed files and lines', () => {
  it('pull_request on the merge commit in a fetch-depth 2 clone: no fetch needed', async () => {
    const { repo, base, head, merge } = prRepo();
    const clone = new TestRepo(mkdtempSync(join(tmpdir(), 'pr-clone-')), true);
    clone.git('remote', 'add', 'origin', `file://${repo.dir}`);
    repo.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    clone.git('fetch', '-q', '--depth=2', 'origin', 'refs/pull/1/merge');
    clone.git('checkout', '-q', '--detach', merge);
    clone.git('remote', 'remove', 'origin'); // prove nothing more is fetched
    const range = await resolveDiffRange({ event: prEvent(base, head, merge) }, deps(clone));
    expect(range.kind).toBe('pull_request');
    const files = await changedFiles(range, deps(clone));
    expect(files.map((f) => f.path).sort()).toEqual(WANT_FILES);
    expect(files.find((f) => f.path === 'new name.txt')).toMatchObject({ status: 'R', previousPath: 'old name.txt' });
    const lines = await changedLines(range, deps(clone));
    expect(lines.get('src/app.py')).toEqual([
      { start: 2, end: 2 },
      { start: 4, end: 4 },
    ]);
    expect(lines.get('quote"d ünï.txt')).toEqual([{ start: 1, end: 1 }]);
    expect(lines.has('new name.txt')).toBe(false); // a pure rename changes no line
    expect(existsSync(join(clone.dir, 'pwned'))).toBe(false);
  });

  it('pull_request on the head commit in a depth-1 clone: deepens until the merge-base is found', async () => {
    const { repo, base, head } = prRepo();
    const clone = repo.shallowClone(1, 'feature');
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const range = await resolveDiffRange({ event: prEvent(base, head, head) }, deps(clone));
    expect(range.base).toBe(base);
    expect((await changedFiles(range, deps(clone))).map((f) => f.path).sort()).toEqual(WANT_FILES);
  });

  it('a shallow clone that cannot fetch says which fetch-depth to set', async () => {
    const { repo, base, head } = prRepo();
    const clone = repo.shallowClone(1, 'feature');
    clone.git('remote', 'remove', 'origin');
    const err = await resolveDiffRange({ event: prEvent(base, head, head) }, deps(clone)).catch((e) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/set `fetch-depth: 0` on actions\/checkout/);
  });

  it('push: before..after', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', '1\n');
    const before = repo.commit('one');
    repo.write('b.txt', '2\n').write('a.txt', '1\n1b\n');
    const after = repo.commit('two');
    const range = await resolveDiffRange(
      { event: ctx({ eventName: 'push', refName: 'main', payload: { before, after, commits: [{}] } }) },
      deps(repo),
    );
    expect(range).toMatchObject({ kind: 'push', base: before, head: after });
    expect(await changedLines(range, deps(repo))).toEqual(
      new Map([
        ['a.txt', [{ start: 2, end: 2 }]],
        ['b.txt', [{ start: 1, end: 1 }]],
      ]),
    );
  });

  it('push of a new branch (all-zero before): its changes since it left the default branch, in a shallow clone', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', '1\n');
    repo.commit('one');
    repo.write('main-only.txt', 'm\n');
    repo.commit('main moves on');
    repo.git('checkout', '-q', '-b', 'topic', 'HEAD~1');
    repo.write('t1.txt', 't\n');
    repo.commit('t1');
    repo.write('t2.txt', 't\n');
    const after = repo.commit('t2');
    const clone = repo.shallowClone(1, 'topic');
    const event = ctx({
      eventName: 'push',
      refName: 'topic',
      defaultBranch: 'main',
      payload: { before: '0'.repeat(40), after, commits: [{}, {}] },
    });
    const range = await resolveDiffRange({ event }, deps(clone));
    expect(range.kind).toBe('new-branch');
    expect((await changedFiles(range, deps(clone))).map((f) => f.path).sort()).toEqual(['t1.txt', 't2.txt']);
  });

  it('first push of a repository: every file, against the empty tree', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', '1\n');
    const after = repo.commit('root');
    const range = await resolveDiffRange(
      { event: ctx({ eventName: 'push', refName: 'main', payload: { before: '0'.repeat(40), after, commits: [] } }) },
      deps(repo),
    );
    expect(range.kind).toBe('initial');
    expect((await changedFiles(range, deps(repo))).map((f) => f.path)).toEqual(['a.txt']);
  });

  it('local: the working tree (untracked included) against the merge-base with main; --staged: the index only', async () => {
    const repo = new TestRepo();
    repo.write('a.txt', '1\n');
    repo.commit('one');
    repo.git('checkout', '-q', '-b', 'work');
    repo.write('committed.txt', 'c\n');
    repo.commit('c');
    repo.write('staged.txt', 's\n');
    repo.git('add', 'staged.txt');
    repo.write('untracked file.txt', 'u\nv\n');
    const local = await resolveDiffRange({ event: ctx({ isActions: false }) }, deps(repo));
    expect(local.kind).toBe('local');
    expect((await changedFiles(local, deps(repo))).map((f) => f.path).sort()).toEqual([
      'committed.txt',
      'staged.txt',
      'untracked file.txt',
    ]);
    expect((await changedLines(local, deps(repo))).get('untracked file.txt')).toEqual([{ start: 1, end: 2 }]);
    const staged = await resolveDiffRange({ event: ctx({ isActions: false }), staged: true }, deps(repo));
    expect((await changedFiles(staged, deps(repo))).map((f) => f.path)).toEqual(['staged.txt']);
  });

  it('an explicit base that does not exist is a one-line error naming the input', async () => {
    const repo = new TestRepo();
    repo.write('a', '1\n');
    repo.commit('one');
    await expect(resolveDiffRange({ event: ctx({}), base: 'origin/nope' }, deps(repo))).rejects.toThrow(
      /^input 'base': "origin\/nope" is not a commit or ref/,
    );
  });
});

describe('diff parsing', () => {
  it('unquotes C-quoted paths', () => {
    expect(unquoteGitPath('"b/quote\\"d \\303\\274n.txt"')).toBe('b/quote"d ün.txt');
    expect(unquoteGitPath('b/plain.txt')).toBe('b/plain.txt');
  });
  it('reads hunks, deletions-only hunks and deleted files', () => {
    const diff = [
      'diff --git a/x b/x',
      '--- a/x',
      '+++ b/x',
      '@@ -1,0 +2,3 @@',
      '+a',
      '@@ -10,2 +12,0 @@',
      '@@ -20 +21 @@',
      'diff --git a/gone b/gone',
      '--- a/gone',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
    ].join('\n');
    expect(parseUnifiedDiff(diff)).toEqual(
      new Map([
        [
          'x',
          [
            { start: 2, end: 4 },
            { start: 21, end: 21 },
          ],
        ],
      ]),
    );
  });
});

describe('git: edges', () => {
  it('outside a repository: a one-line ConfigError, not git usage text', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
    await expect(resolveDiffRange({ event: ctx({ isActions: false }) }, { exec, cwd: dir })).rejects.toThrow(
      /is not inside a git repository/,
    );
  });

  it('run from a subfolder: paths are repository-relative, untracked ones too', async () => {
    const repo = new TestRepo();
    repo.write('pkg/a.py', '1\n');
    repo.commit('one');
    repo.git('checkout', '-q', '-b', 'work');
    repo.write('pkg/a.py', '1\n2\n').write('pkg/new.py', 'n\n');
    const sub = { exec, cwd: join(repo.dir, 'pkg') };
    const range = await resolveDiffRange({ event: ctx({ isActions: false }) }, sub);
    expect((await changedFiles(range, sub)).map((f) => f.path).sort()).toEqual(['pkg/a.py', 'pkg/new.py']);
    expect((await changedLines(range, sub)).get('pkg/new.py')).toEqual([{ start: 1, end: 1 }]);
  });

  it('finds the default branch through origin/HEAD in one call', async () => {
    const { defaultBranchRef } = await import('../../src/core/git-range.js');
    const upstream = new TestRepo();
    upstream.write('a', '1\n');
    upstream.commit('one');
    const clone = upstream.shallowClone(1);
    expect(await defaultBranchRef(deps(clone))).toBe('origin/main');
    expect(await defaultBranchRef(deps(upstream))).toBe('main');
  });
});
