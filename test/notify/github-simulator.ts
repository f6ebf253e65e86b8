import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

const FIXTURES = join(ROOT, 'test/fixtures/notify');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

export interface SimJob {
  name: string;
  /** null while running (the notifier's own job). */
  conclusion: 'success' | 'failure' | 'cancelled' | 'timed_out' | 'skipped' | null;
  steps?: string[];
  /** 1-based index into `steps` of the step that failed (or was cancelled). */
  failingStep?: number;
}

export interface SimRun {
  id: number;
  runNumber: number;
  attempt?: number;
  name?: string;
  branch?: string;
  workflowId?: number;
  event?: string;
  headSha?: string;
  message?: string;
  status?: 'completed' | 'in_progress';
  conclusion?: string | null;
  startedAt?: string;
  /** Jobs by attempt number; `jobs` is attempt 1. */
  jobs?: SimJob[];
  attempts?: Record<number, SimJob[]>;
}

export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  authorization?: string;
}

const DEFAULT_STEPS = [
  'Set up job',
  'Run actions/checkout@v4',
  'Install dependencies',
  'Run tests',
  'Upload report',
  'Complete job',
];

/**
 * A GitHub API simulator (not GitHub): serves the three routes the notifier reads, with
 * bodies cloned from GitHub's documented examples (test/fixtures/notify), real pagination
 * (per_page, page, Link), 401/403/404 bodies as GitHub sends them, and the job pages the
 * log links point at, so a test can follow a link and find the step.
 */
export class GitHubSimulator {
  readonly runs = new Map<number, SimRun>();
  readonly requests: SimRequest[] = [];
  /** Tokens answered with 403 "Resource not accessible by integration". */
  readonly forbiddenTokens = new Set<string>();
  repository = 'acme/api';
  base = '';
  /** Answer the next API requests with these statuses (an outage, a rate limit), then normally. */
  failures: Array<{ status: number; message: string }> = [];
  private server?: Server;

  addRun(run: SimRun): this {
    this.runs.set(run.id, run);
    return this;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.base = `http://127.0.0.1:${(this.server.address() as { port: number }).port}`;
    return this.base;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** The job's page (its html_url): the log links point here. */
  jobHtmlUrl(runId: number, jobId: number): string {
    return `${this.base}/${this.repository}/actions/runs/${runId}/job/${jobId}`;
  }

  private send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, {
      'content-type': typeof body === 'string' ? 'text/html' : 'application/json; charset=utf-8',
      ...headers,
    });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
  }

  private jobsOf(run: SimRun, attempt: number): Array<Record<string, unknown>> {
    const sims = (attempt === 1 ? run.jobs : run.attempts?.[attempt]) ?? run.attempts?.[attempt] ?? [];
    const template = (fixture('list-jobs-for-workflow-run-attempt.json').jobs as Array<Record<string, unknown>>)[0];
    const stepTemplate = (template.steps as Array<Record<string, unknown>>)[0];
    return sims.map((s, i) => {
      const id = run.id * 1000 + attempt * 100 + i + 1;
      const names = s.steps ?? DEFAULT_STEPS;
      const steps = names.map((name, k) => {
        const n = k + 1;
        const failing = s.failingStep === n;
        const after = s.failingStep !== undefined && n > s.failingStep && name !== 'Complete job';
        const conclusion =
          s.conclusion === null
            ? n === 1
              ? 'success'
              : null
            : failing
              ? s.conclusion === 'cancelled'
                ? 'cancelled'
                : 'failure'
              : after
                ? 'skipped'
                : 'success';
        return {
          ...stepTemplate,
          name,
          number: n,
          status: conclusion === null ? 'in_progress' : 'completed',
          conclusion,
        };
      });
      return {
        ...template,
        id,
        run_id: run.id,
        run_attempt: attempt,
        run_url: `${this.base}/repos/${this.repository}/actions/runs/${run.id}`,
        url: `${this.base}/repos/${this.repository}/actions/jobs/${id}`,
        html_url: this.jobHtmlUrl(run.id, id),
        check_run_url: `${this.base}/repos/${this.repository}/check-runs/${id}`,
        head_sha: run.headSha ?? template.head_sha,
        status: s.conclusion === null ? 'in_progress' : 'completed',
        conclusion: s.conclusion,
        completed_at: s.conclusion === null ? null : template.completed_at,
        name: s.name,
        steps,
        workflow_name: run.name ?? 'ci',
        head_branch: run.branch ?? 'main',
        labels: ['ubuntu-latest'],
      };
    });
  }

  private runBody(run: SimRun): Record<string, unknown> {
    const t = fixture('get-workflow-run.json');
    const server = 'https://github.com';
    return {
      ...t,
      id: run.id,
      name: run.name ?? 'ci',
      head_branch: run.branch ?? 'main',
      head_sha: run.headSha ?? t.head_sha,
      run_number: run.runNumber,
      run_attempt: run.attempt ?? 1,
      event: run.event ?? 'push',
      display_title: run.message ?? t.display_title,
      status: run.status ?? 'in_progress',
      conclusion: run.conclusion ?? null,
      workflow_id: run.workflowId ?? 159038,
      url: `${this.base}/repos/${this.repository}/actions/runs/${run.id}`,
      html_url: `${server}/${this.repository}/actions/runs/${run.id}`,
      run_started_at: run.startedAt ?? new Date(Date.now() - 222_000).toISOString(),
      created_at: run.startedAt ?? new Date(Date.now() - 222_000).toISOString(),
      jobs_url: `${this.base}/repos/${this.repository}/actions/runs/${run.id}/jobs`,
      head_commit: {
        ...(t.head_commit as object),
        id: run.headSha ?? t.head_sha,
        message: run.message ?? (t.head_commit as { message: string }).message,
      },
    };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', this.base);
    const auth = req.headers.authorization;
    this.requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, authorization: auth });
    const repo = this.repository;
    const notFound = (doc: string) =>
      this.send(res, 404, {
        ...fixture('error-404-not-found.json'),
        documentation_url: `https://docs.github.com/rest/actions/${doc}`,
      });

    const page = new RegExp(`^/${repo}/actions/runs/(\\d+)/job/(\\d+)$`).exec(url.pathname);
    if (page) {
      const run = this.runs.get(Number(page[1]));
      const job = run && [1, 2, 3].flatMap((a) => this.jobsOf(run, a)).find((j) => j.id === Number(page[2]));
      if (!job) return this.send(res, 404, '<h1>404</h1>');
      const steps = (job.steps as Array<{ name: string; number: number; conclusion: string }>).map(
        (s) => `<div id="step:${s.number}:1" data-conclusion="${s.conclusion}">${s.name}</div>`,
      );
      return this.send(res, 200, `<html><h1>${job.name as string}</h1>${steps.join('')}</html>`);
    }

    if (!auth?.startsWith('Bearer ') && !auth?.startsWith('token '))
      return this.send(res, 401, {
        message: 'Requires authentication',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    const token = auth.replace(/^(Bearer|token) /, '');
    const failure = this.failures.shift();
    if (failure)
      return this.send(res, failure.status, {
        message: failure.message,
        documentation_url: 'https://docs.github.com/rest',
        status: String(failure.status),
      });
    if (this.forbiddenTokens.has(token)) return this.send(res, 403, fixture('error-403-not-accessible.json'));

    let m = new RegExp(`^/repos/${repo}/actions/runs/(\\d+)$`).exec(url.pathname);
    if (m) {
      const run = this.runs.get(Number(m[1]));
      return run ? this.send(res, 200, this.runBody(run)) : notFound('workflow-runs#get-a-workflow-run');
    }
    m = new RegExp(`^/repos/${repo}/actions/runs/(\\d+)/attempts/(\\d+)/jobs$`).exec(url.pathname);
    if (m) {
      const run = this.runs.get(Number(m[1]));
      if (!run) return notFound('workflow-jobs#list-jobs-for-a-workflow-run-attempt');
      const all = this.jobsOf(run, Number(m[2]));
      const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
      const pageNo = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(all.length / perPage));
      const links: string[] = [];
      const at = (p: number) => {
        const u = new URL(url);
        u.searchParams.set('page', String(p));
        return `<${u.href}>`;
      };
      if (pageNo < last) links.push(`${at(pageNo + 1)}; rel="next"`, `${at(last)}; rel="last"`);
      return this.send(
        res,
        200,
        { total_count: all.length, jobs: all.slice((pageNo - 1) * perPage, pageNo * perPage) },
        links.length ? { link: links.join(', ') } : {},
      );
    }
    m = new RegExp(`^/repos/${repo}/actions/workflows/(\\d+)/runs$`).exec(url.pathname);
    if (m) {
      const wid = Number(m[1]);
      const branch = url.searchParams.get('branch');
      const status = url.searchParams.get('status');
      const runs = [...this.runs.values()]
        .filter(
          (r) =>
            (r.workflowId ?? 159038) === wid &&
            (!branch || (r.branch ?? 'main') === branch) &&
            (!status || (r.status ?? 'in_progress') === status),
        )
        .sort((a, b) => b.id - a.id)
        .map((r) => this.runBody(r));
      return this.send(res, 200, {
        total_count: runs.length,
        workflow_runs: runs.slice(0, Number(url.searchParams.get('per_page') ?? 30)),
      });
    }
    return notFound('');
  }
}
