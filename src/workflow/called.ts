import { execFileSync } from 'node:child_process';
import { ConfigError } from '../core/errors.js';
import type { Value } from './expr.js';
import { loadWorkflow, type LoadedFile } from './load.js';
import { ExprNode, keyLine, lineOf, mapAt, type NodeMap } from './node.js';
import { excess, permissionsOf } from './permissions.js';
import type { Frame, RunState } from './types.js';

export class StartupFailure extends Error {}

/** Job keys that need what a local run does not have: refused, never skipped silently. */
const UNSUPPORTED = ['container', 'services'];

export const needsOf = (job: NodeMap): string[] =>
  typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? (job.needs as string[]) : [];

export function jobsOf(wf: LoadedFile): Record<string, NodeMap> {
  return (mapAt(wf.root, 'jobs') ?? {}) as Record<string, NodeMap>;
}

/** Read a file of a repository at a commit. */
function gitShow(repoPath: string, sha: string, path: string): string {
  return execFileSync('git', ['show', `${sha}:${path}`], {
    cwd: repoPath,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Where a reusable workflow lives: `./path` in the calling workflow's repository at its commit, or OWNER/REPO/path@ref. */
export async function loadCalled(
  state: RunState,
  frame: Frame,
  uses: string,
  where: string,
): Promise<Omit<Frame, 'inputs' | 'secrets' | 'prefix' | 'granted' | 'depth'>> {
  let repoName = frame.repoName;
  let repoPath = frame.repoPath;
  let sha = frame.sha;
  let ref = frame.ref;
  let path: string;
  if (uses.startsWith('./')) path = uses.slice(2);
  else {
    const m = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses);
    if (!m) throw new ConfigError(`${where}: uses: ${uses} is not ./path or OWNER/REPO/path@ref`);
    repoName = m[1];
    ref = m[3];
    const p = state.repoPath(repoName);
    if (!p)
      throw new ConfigError(
        `${where}: uses: ${uses}: repository ${repoName} is not available locally; map it with --repo ${repoName}=PATH`,
      );
    repoPath = p;
    path = m[2];
    try {
      sha = execFileSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
        cwd: repoPath,
        encoding: 'utf8',
      }).trim();
    } catch {
      throw new ConfigError(`${where}: uses: ${uses}: ref ${ref} is not in ${repoPath}`);
    }
  }
  let text: string;
  try {
    text = gitShow(repoPath, sha, path);
  } catch {
    throw new ConfigError(`${where}: uses: ${uses}: ${path} is not in ${repoName} at ${sha.slice(0, 12)}`);
  }
  const wf = await loadWorkflow(path, uses.startsWith('./') ? path : `${repoName}/${path}@${ref}`, text);
  if (
    !mapAt(mapAt(wf.root, 'on') ?? {}, 'workflow_call') &&
    !(Array.isArray(wf.root.on) && wf.root.on.includes('workflow_call')) &&
    wf.root.on !== 'workflow_call'
  )
    throw new ConfigError(`${where}: ${uses} is not a reusable workflow (no on: workflow_call)`);
  return { wf, repoName, repoPath, sha, ref, filePath: path };
}

/**
 * Before anything runs, as GitHub does: load every reusable workflow the run can reach and
 * check that no called job asks for more permissions than its caller grants.
 */
export async function preflight(state: RunState, frame: Frame): Promise<void> {
  const wfPerms = permissionsOf(evalStatic(frame.wf.root.permissions));
  for (const [id, job] of Object.entries(jobsOf(frame.wf))) {
    for (const key of UNSUPPORTED)
      if (job[key] !== undefined)
        throw new ConfigError(
          `${frame.wf.file}:${keyLine(job, key)}: jobs.${id}.${key}: ${key === 'container' ? 'a job container needs' : 'service containers need'} Docker, and shipline workflow run runs no containers; run the job on GitHub or drop ${key}: for local runs`,
        );
    const asked = permissionsOf(evalStatic(job.permissions)) ?? wfPerms;
    const where = `${frame.wf.file}:${lineOf(job)}`;
    if (frame.depth > 0) {
      const bad = excess(asked, frame.granted, id);
      if (bad)
        throw new StartupFailure(
          `${where}: Error calling workflow '${frame.repoName}/${frame.filePath}@${frame.ref}'. ${bad}`,
        );
    }
    if (typeof job.uses === 'string') {
      const called = await loadCalled(state, frame, job.uses, where);
      const granted = asked ?? frame.granted;
      await preflight(state, { ...called, inputs: {}, secrets: {}, prefix: '', granted, depth: frame.depth + 1 });
    }
  }
}

function evalStatic(v: NodeMap[string] | undefined): Value | undefined {
  if (v === undefined || v instanceof ExprNode) return undefined;
  return v as Value;
}
