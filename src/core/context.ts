import { readFileSync } from 'node:fs';
import { ConfigError } from './errors.js';

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  headRef: string;
  baseRef: string;
  htmlUrl?: string;
  /** Head repository differs from the base: no write token, no secrets. */
  fromFork: boolean;
}

/** Everything a tool may want to know about the run, read once and passed in. */
export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
  /** The checked-out commit (on pull_request, GitHub's merge commit). */
  sha: string;
  ref: string;
  refName: string;
  refType: 'branch' | 'tag' | '';
  repository: string;
  owner: string;
  repo: string;
  runId: string;
  runNumber: string;
  runAttempt: string;
  serverUrl: string;
  apiUrl: string;
  workflow: string;
  job: string;
  actor: string;
  workspace: string;
  defaultBranch: string;
  pullRequest?: PullRequestInfo;
  /** Running under nektos/act. */
  isAct: boolean;
  /** Running under a GitHub Actions runner (or act, which sets the same variable). */
  isActions: boolean;
  /** Link to this run's page, when known. */
  runUrl?: string;
}

function obj(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

/** Read GITHUB_EVENT_PATH and the GITHUB_* variables. Missing event file: empty payload (local use). */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  let payload: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      text = undefined; // the runner always writes it; locally a stale variable is harmless
    }
    if (text !== undefined && text.trim()) {
      try {
        payload = obj(JSON.parse(text));
      } catch (e) {
        throw new ConfigError(
          `GITHUB_EVENT_PATH (${path}) is not valid JSON (${(e as Error).message}); point it at a webhook payload file or unset it`,
        );
      }
    }
  }
  const repository = env.GITHUB_REPOSITORY ?? str(obj(payload.repository).full_name);
  const [owner = '', repo = ''] = repository.split('/');
  const pr = obj(payload.pull_request);
  let pullRequest: PullRequestInfo | undefined;
  if (Object.keys(pr).length) {
    const head = obj(pr.head);
    const base = obj(pr.base);
    pullRequest = {
      number: Number(pr.number ?? payload.number ?? 0),
      headSha: str(head.sha),
      baseSha: str(base.sha),
      headRef: str(head.ref),
      baseRef: str(base.ref),
      htmlUrl: str(pr.html_url) || undefined,
      fromFork: str(obj(head.repo).full_name) !== '' && str(obj(head.repo).full_name) !== str(obj(base.repo).full_name),
    };
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
  const runId = env.GITHUB_RUN_ID ?? '';
  const ref = env.GITHUB_REF ?? '';
  const refType =
    (env.GITHUB_REF_TYPE as EventContext['refType']) ||
    (ref.startsWith('refs/tags/') ? 'tag' : ref.startsWith('refs/heads/') ? 'branch' : '');
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref,
    refName: env.GITHUB_REF_NAME ?? ref.replace(/^refs\/(heads|tags)\//, ''),
    refType,
    repository,
    owner,
    repo,
    runId,
    runNumber: env.GITHUB_RUN_NUMBER ?? '',
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    serverUrl,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    workflow: env.GITHUB_WORKFLOW ?? '',
    job: env.GITHUB_JOB ?? '',
    actor: env.GITHUB_ACTOR ?? '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    defaultBranch: str(obj(payload.repository).default_branch),
    pullRequest,
    isAct: env.ACT === 'true',
    isActions: env.GITHUB_ACTIONS === 'true',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
  };
}
