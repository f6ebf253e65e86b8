import { describe, expect, it } from 'vitest';
import type { EventContext } from '../../src/core/context.js';
import { exec } from '../../src/core/exec.js';
import { resolveDiffRange } from '../../src/core/git-range.js';
import { changedFiles, type GitDeps } from '../../src/core/git.js';
import { TestRepo } from '../helpers/git.js';

// A merge queue runs the workflow on `merge_group` with head_sha = the queue branch's tip
// (the base branch plus the queued pull requests) and base_sha = its parent on the base
// branch. The payload's shape is GitHub's MergeGroup schema (head_sha, head_ref, base_sha,
// base_ref, head_commit).
function queueRepo() {
  const repo = new TestRepo();
  repo.write('src/app.py', 'a = 1\n').write('README.md', 'hi\n');
  repo.commit('base');
  repo.git('checkout', '-q', '-b', 'feature');
  repo.write('src/app.py', 'a = 2\n').write('src/new.py', 'n = 1\n');
  repo.commit('the queued pull request');
  repo.git('checkout', '-q', 'main');
  repo.write('docs/other.md', 'already on main\n');
  const baseSha = repo.commit('another pull request, merged earlier');
  // The queue branch: main's tip with the pull request merged on top.
  const queue = 'gh-readonly-queue/main/pr-7-' + baseSha;
  repo.git('checkout', '-q', '-b', queue);
  repo.git('merge', '-q', '--no-ff', '-m', 'Merge pull request #7', 'feature');
  const headSha = repo.head();
  repo.git('checkout', '-q', 'main');
  return { repo, baseSha, headSha, queue };
}

function mergeGroupEvent(baseSha: string, headSha: string, queue: string): EventContext {
  return {
    eventName: 'merge_group',
    payload: {
      action: 'checks_requested',
      merge_group: {
        head_sha: headSha,
        head_ref: `refs/heads/${queue}`,
        base_sha: baseSha,
        base_ref: 'refs/heads/main',
      },
      repository: { full_name: 'acme/api', default_branch: 'main' },
    },
    sha: headSha,
    ref: `refs/heads/${queue}`,
    refName: queue,
    refType: 'branch',
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
  };
}

describe('git: merge_group', () => {
  it("diffs merge_group.base_sha..head_sha in actions/checkout's depth-1 clone of the queue branch", async () => {
    const { repo, baseSha, headSha, queue } = queueRepo();
    const clone = repo.shallowClone(1, queue);
    expect(clone.git('rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const deps: GitDeps = { exec, cwd: clone.dir };
    const range = await resolveDiffRange({ event: mergeGroupEvent(baseSha, headSha, queue) }, deps);
    expect(range).toMatchObject({ kind: 'merge_group', base: baseSha, head: headSha });
    // The queued pull request's files: not main's earlier commits, not nothing.
    expect((await changedFiles(range, deps)).map((f) => f.path).sort()).toEqual(['src/app.py', 'src/new.py']);
  });

  it('a payload without base_sha is a one-line error, not a silent empty diff', async () => {
    const { repo, headSha, queue } = queueRepo();
    const ev = mergeGroupEvent('', headSha, queue);
    await expect(resolveDiffRange({ event: ev }, { exec, cwd: repo.dir })).rejects.toThrow(/merge_group\.base_sha/);
  });
});
