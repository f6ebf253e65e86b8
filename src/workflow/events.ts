import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../core/errors.js';
import type { Value } from './expr.js';

type Obj = { [k: string]: Value };
const ZERO = '0'.repeat(40);

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function tryGit(cwd: string, args: string[]): string {
  try {
    return git(cwd, args);
  } catch {
    return '';
  }
}

/** The caller's name: --repository, else origin's OWNER/NAME, else local/<folder>. */
export function repositoryName(cwd: string): string {
  const url = tryGit(cwd, ['remote', 'get-url', 'origin']);
  const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  if (m) return `${m[1]}/${m[2]}`;
  return `local/${cwd.split('/').filter(Boolean).pop() ?? 'repo'}`;
}

export function defaultBranch(cwd: string): string {
  const head = tryGit(cwd, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD']).replace(/^origin\//, '');
  if (head) return head;
  for (const b of ['main', 'master'])
    if (tryGit(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`])) return b;
  return tryGit(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']) || 'main';
}

function commit(cwd: string, sha: string, repoUrl: string): Obj {
  const [name, email, date, ...msg] = git(cwd, ['show', '-s', '--format=%an%n%ae%n%aI%n%B', sha]).split('\n');
  const author = { name, email, username: name };
  return {
    id: sha,
    tree_id: git(cwd, ['rev-parse', `${sha}^{tree}`]),
    message: msg.join('\n').trim(),
    timestamp: date,
    author,
    committer: author,
    distinct: true,
    url: `${repoUrl}/commit/${sha}`,
  };
}

/** A merge commit made locally, as GitHub makes refs/pull/N/merge (no work tree touched). */
function mergeCommit(cwd: string, base: string, head: string, message: string): string {
  let tree: string;
  try {
    tree = git(cwd, ['merge-tree', '--write-tree', base, head]).split('\n')[0];
  } catch {
    throw new ConfigError(
      `--event: ${head} does not merge cleanly into ${base}; GitHub would not run pull_request workflows on a conflicting merge ref`,
    );
  }
  return git(cwd, [
    '-c',
    'user.name=GitHub',
    '-c',
    'user.email=noreply@github.com',
    'commit-tree',
    tree,
    '-p',
    base,
    '-p',
    head,
    '-m',
    message,
  ]);
}

export interface EventInfo {
  name: string;
  payload: Obj;
  sha: string;
  ref: string;
  headRef: string;
  baseRef: string;
}

/** The event payload, shaped as GitHub's webhook documentation shows it, from the local repository. */
export function buildEvent(
  cwd: string,
  name: string,
  repository: string,
  inputs: Record<string, string>,
  eventFile?: string,
): EventInfo {
  const sha = git(cwd, ['rev-parse', 'HEAD']);
  const branch = tryGit(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']) || defaultBranch(cwd);
  const dflt = defaultBranch(cwd);
  const [owner, repoShort] = repository.split('/');
  const url = `https://github.com/${repository}`;
  const actor = tryGit(cwd, ['config', 'user.name']) || 'local';
  const repo: Obj = {
    id: 1,
    name: repoShort,
    full_name: repository,
    private: true,
    owner: { login: owner, type: 'Organization' },
    html_url: url,
    clone_url: `${url}.git`,
    default_branch: dflt,
    visibility: 'private',
  };
  const sender = { login: actor, type: 'User' };
  if (eventFile) {
    const payload = JSON.parse(readFileSync(eventFile, 'utf8')) as Obj;
    return { name, payload, sha, ref: `refs/heads/${branch}`, headRef: '', baseRef: '' };
  }
  switch (name) {
    case 'push': {
      const before = tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${sha}~1`]) || ZERO;
      const head = commit(cwd, sha, url);
      return {
        name,
        sha,
        ref: `refs/heads/${branch}`,
        headRef: '',
        baseRef: '',
        payload: {
          ref: `refs/heads/${branch}`,
          before,
          after: sha,
          created: before === ZERO,
          deleted: false,
          forced: false,
          base_ref: null,
          compare: `${url}/compare/${before.slice(0, 12)}...${sha.slice(0, 12)}`,
          commits: [head],
          head_commit: head,
          pusher: { name: actor, email: '' },
          repository: repo,
          sender,
        },
      };
    }
    case 'pull_request':
    case 'merge_group': {
      const baseSha = git(cwd, ['rev-parse', dflt]);
      const number = 1;
      const merge = mergeCommit(
        cwd,
        baseSha,
        sha,
        name === 'pull_request' ? `Merge ${sha} into ${baseSha}` : `Merge pull request #${number}`,
      );
      if (name === 'merge_group') {
        const headRef = `refs/heads/gh-readonly-queue/${dflt}/pr-${number}-${baseSha}`;
        git(cwd, ['update-ref', headRef, merge]);
        return {
          name,
          sha: merge,
          ref: headRef,
          headRef: '',
          baseRef: '',
          payload: {
            action: 'checks_requested',
            merge_group: {
              head_sha: merge,
              head_ref: headRef,
              base_sha: baseSha,
              base_ref: `refs/heads/${dflt}`,
              head_commit: commit(cwd, merge, url),
            },
            repository: repo,
            sender,
          },
        };
      }
      const ref = `refs/pull/${number}/merge`;
      git(cwd, ['update-ref', ref, merge]);
      const side = (r: string, s: string) => ({ label: `${owner}:${r}`, ref: r, sha: s, repo, user: { login: owner } });
      return {
        name,
        sha: merge,
        ref,
        headRef: branch,
        baseRef: dflt,
        payload: {
          action: 'synchronize',
          number,
          pull_request: {
            number,
            state: 'open',
            draft: false,
            title: commit(cwd, sha, url).message as string,
            user: sender,
            html_url: `${url}/pull/${number}`,
            head: side(branch, sha),
            base: side(dflt, baseSha),
            merge_commit_sha: merge,
            merged: false,
          },
          repository: repo,
          sender,
        },
      };
    }
    case 'workflow_dispatch':
      return {
        name,
        sha,
        ref: `refs/heads/${branch}`,
        headRef: '',
        baseRef: '',
        payload: { inputs, ref: `refs/heads/${branch}`, repository: repo, sender, workflow: '' },
      };
    case 'schedule':
      return {
        name,
        sha: git(cwd, ['rev-parse', dflt]),
        ref: `refs/heads/${dflt}`,
        headRef: '',
        baseRef: '',
        payload: { schedule: inputs.cron ?? '', repository: repo },
      };
    default:
      throw new ConfigError(
        `--event: ${name} is not one of push, pull_request, merge_group, workflow_dispatch, schedule; use --event-file with the payload for another`,
      );
  }
}
