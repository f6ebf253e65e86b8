import { githubHeaders, githubUrl, nextLink } from '../core/github-rest.js';

export { nextLink };
import { request, type HttpDeps } from '../core/http.js';
import { ExternalError } from '../core/errors.js';

/** The fields of GitHub's "workflow run" the notifier reads. */
export interface ApiRun {
  id: number;
  name?: string | null;
  head_branch?: string | null;
  head_sha?: string;
  run_number?: number;
  run_attempt?: number;
  event?: string;
  display_title?: string;
  status?: string | null;
  conclusion?: string | null;
  workflow_id?: number;
  html_url?: string;
  created_at?: string;
  run_started_at?: string;
  actor?: { login?: string; html_url?: string } | null;
  triggering_actor?: { login?: string; html_url?: string } | null;
  pull_requests?: Array<{ number: number }> | null;
  head_commit?: { id?: string; message?: string } | null;
}

export interface ApiStep {
  name: string;
  status: string;
  conclusion: string | null;
  number: number;
}

/** The fields of GitHub's "job" the notifier reads. */
export interface ApiJob {
  id: number;
  name: string;
  html_url: string | null;
  status: string;
  conclusion: string | null;
  started_at?: string | null;
  completed_at?: string | null;
  steps?: ApiStep[];
}

/** An API answer other than 2xx: status, GitHub's own message, and the docs link it gave. */
export class ApiError extends ExternalError {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    readonly path: string,
  ) {
    super(`GitHub API ${path} answered ${status}${apiMessage ? ` (${apiMessage})` : ''}`);
  }
}

/** Pages at most this deep: 100 jobs a page, and GitHub caps a run at 256 matrix jobs a job. */
const MAX_PAGES = 30;

/**
 * A small GitHub REST client over core's `request` (timeouts, retries on 429/5xx with
 * Retry-After). Octokit is not needed for three GET routes, and not loading it keeps the
 * notifier well inside its start-to-send budget.
 */
export class GitHubApi {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    private readonly deps: HttpDeps,
    private readonly timeoutMs: number,
  ) {}

  private async get(pathOrUrl: string): Promise<{ json: unknown; link: string | null }> {
    const url = githubUrl(this.baseUrl, pathOrUrl);
    const shown = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
    const res = await request(
      {
        url,
        headers: githubHeaders(this.token, 'shipline-notify'),
        timeoutMs: this.timeoutMs,
        retries: 2,
        label: `GitHub API ${shown}`,
        retryOnTimeout: false,
      },
      this.deps,
    );
    if (!res.ok) {
      let message: string;
      try {
        message = String((JSON.parse(res.body) as { message?: unknown }).message ?? '');
      } catch {
        message = res.body.slice(0, 200);
      }
      throw new ApiError(res.status, message, shown);
    }
    return { json: JSON.parse(res.body) as unknown, link: res.headers.get('link') };
  }

  async run(owner: string, repo: string, runId: string): Promise<ApiRun> {
    return (await this.get(`/repos/${owner}/${repo}/actions/runs/${runId}`)).json as ApiRun;
  }

  /** Every job of one attempt, following the Link header page by page (per_page=100). */
  async jobs(owner: string, repo: string, runId: string, attempt: string): Promise<ApiJob[]> {
    const jobs: ApiJob[] = [];
    let next: string | undefined =
      `/repos/${owner}/${repo}/actions/runs/${runId}/attempts/${attempt}/jobs?per_page=100`;
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const { json, link } = await this.get(next);
      const body = json as { total_count?: number; jobs?: ApiJob[] };
      jobs.push(...(body.jobs ?? []));
      if (body.total_count !== undefined && jobs.length >= body.total_count) break;
      next = nextLink(link);
    }
    return jobs;
  }

  /** The newest completed run of a workflow on a branch that started before this one. */
  async previousRun(
    owner: string,
    repo: string,
    workflowId: number,
    branch: string,
    current: { id: string; runNumber?: number },
  ): Promise<ApiRun | undefined> {
    const q = `branch=${encodeURIComponent(branch)}&status=completed&per_page=20`;
    const { json } = await this.get(`/repos/${owner}/${repo}/actions/workflows/${workflowId}/runs?${q}`);
    const runs = (json as { workflow_runs?: ApiRun[] }).workflow_runs ?? [];
    // Newest first; a later run that already finished is not "previous" to this one.
    return runs.find(
      (r) =>
        String(r.id) !== current.id &&
        (current.runNumber === undefined || r.run_number === undefined || r.run_number < current.runNumber),
    );
  }
}
