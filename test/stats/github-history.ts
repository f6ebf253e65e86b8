import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { ROOT } from '../helpers/runner.js';

const FIXTURES = join(ROOT, 'test/fixtures/notify');
const fixture = (name: string) => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Record<string, unknown>;

import type { HAttempt, HDeployment, HRun, HWorkflow } from './history-types.js';

export type * from './history-types.js';
export { generateHistory } from './history-generator.js';

/**
 * A GitHub API simulator for run histories (not GitHub): serves the workflow list, workflow runs
 * (newest first, `created=>=…` filter, per_page/page with Link headers), the jobs of every run
 * attempt, deployments and their statuses, and commits — bodies cloned from GitHub's documented
 * examples (test/fixtures/notify). Every answer carries an ETag and the x-ratelimit-* headers; an
 * If-None-Match that matches gets a 304 (not counted against the limit, as on GitHub). Faults:
 * a token without actions: read (403), secondary rate limits (403 + Retry-After), 500s and hangs.
 */
export class HistorySimulator {
  readonly workflows: HWorkflow[] = [];
  readonly runs: HRun[] = [];
  readonly deployments: HDeployment[] = [];
  readonly requests: Array<{ path: string; status: number }> = [];
  repository = 'acme/api';
  base = '';
  /** Tokens answered with 403 "Resource not accessible by integration" on Actions routes. */
  readonly forbiddenTokens = new Set<string>();
  /** The next N requests answer a secondary rate limit (403, Retry-After: 0). */
  secondaryLimits = 0;
  /** The next requests answer these statuses, then normally. */
  failures: number[] = [];
  /** Never answer (a hung API). */
  hang = false;
  remaining = 5000;
  private server?: Server;
  private runTemplate = fixture('get-workflow-run.json');
  private jobTemplate = (fixture('list-jobs-for-workflow-run-attempt.json').jobs as Array<Record<string, unknown>>)[0];

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

  /** Requests answered (not 304s): what counts against GitHub's primary limit. */
  get counted(): number {
    return this.requests.filter((r) => r.status !== 304).length;
  }

  private send(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    status: number,
    body: unknown,
    extra: Record<string, string> = {},
  ): void {
    const text = JSON.stringify(body);
    const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`;
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    if (status === 200 && req.headers['if-none-match'] === etag) {
      this.requests.push({ path, status: 304 });
      res.writeHead(304, { etag, 'x-ratelimit-remaining': String(this.remaining), 'x-ratelimit-reset': reset });
      return void res.end();
    }
    if (status === 200) this.remaining = Math.max(0, this.remaining - 1);
    this.requests.push({ path, status });
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(this.remaining),
      'x-ratelimit-reset': reset,
      ...(status === 200 ? { etag } : {}),
      ...extra,
    });
    res.end(text);
  }

  private page<T>(url: URL, items: T[]): { items: T[]; link: Record<string, string> } {
    const per = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const pageNo = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const at = (n: number) => {
      const u = new URL(url.href.replace(url.origin, this.base));
      u.searchParams.set('page', String(n));
      return `<${u.href}>`;
    };
    const links: string[] = [];
    if (pageNo < last) links.push(`${at(pageNo + 1)}; rel="next"`, `${at(last)}; rel="last"`);
    return {
      items: items.slice((pageNo - 1) * per, pageNo * per),
      link: links.length ? { link: links.join(', ') } : {},
    };
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    if (this.hang) return;
    const url = new URL(req.url ?? '/', this.base);
    const path = url.pathname;
    const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (this.failures.length) {
      const status = this.failures.shift()!;
      return this.send(
        req,
        res,
        path,
        status,
        { message: status === 429 ? 'rate limited' : 'Server Error' },
        status === 429 ? { 'retry-after': '0' } : {},
      );
    }
    if (this.secondaryLimits > 0) {
      this.secondaryLimits--;
      return this.send(
        req,
        res,
        path,
        403,
        {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
        },
        { 'retry-after': '0' },
      );
    }
    if (this.remaining <= 0)
      return this.send(req, res, path, 403, { message: 'API rate limit exceeded for installation.' }, {});
    const prefix = `/repos/${this.repository}`;
    if (!path.startsWith(prefix + '/')) return this.send(req, res, path, 404, fixture('error-404-not-found.json'));
    const rest = path.slice(prefix.length);
    if (rest.startsWith('/actions/') && this.forbiddenTokens.has(token))
      return this.send(req, res, path, 403, fixture('error-403-not-accessible.json'));
    let m: RegExpExecArray | null;
    if (rest === '/actions/workflows') {
      const p = this.page(url, this.workflows);
      return this.send(
        req,
        res,
        path,
        200,
        {
          total_count: this.workflows.length,
          workflows: p.items.map((w) => ({
            id: w.id,
            node_id: `W_${w.id}`,
            name: w.name,
            path: w.path,
            state: w.state ?? 'active',
          })),
        },
        p.link,
      );
    }
    if ((m = /^\/actions\/workflows\/(\d+)\/runs$/.exec(rest))) {
      const id = Number(m[1]);
      const created = /^>=(.+)$/.exec(url.searchParams.get('created') ?? '');
      const from = created ? Date.parse(created[1]) : -Infinity;
      const branch = url.searchParams.get('branch');
      const runs = this.runs
        .filter((r) => r.workflowId === id && r.createdMs >= from && (!branch || (r.branch ?? 'main') === branch))
        .sort((a, b) => b.createdMs - a.createdMs);
      const p = this.page(url, runs);
      return this.send(
        req,
        res,
        path,
        200,
        { total_count: runs.length, workflow_runs: p.items.map((r) => this.runBody(r)) },
        p.link,
      );
    }
    if ((m = /^\/actions\/runs\/(\d+)\/attempts\/(\d+)\/jobs$/.exec(rest))) {
      const run = this.runs.find((r) => r.id === Number(m![1]));
      const attempt = run?.attempts[Number(m[2]) - 1];
      if (!run || !attempt) return this.send(req, res, path, 404, fixture('error-404-not-found.json'));
      const jobs = this.jobBodies(run, Number(m[2]), attempt);
      const p = this.page(url, jobs);
      return this.send(req, res, path, 200, { total_count: jobs.length, jobs: p.items }, p.link);
    }
    if (rest === '/deployments') {
      const env = url.searchParams.get('environment');
      const deps = this.deployments
        .filter((d) => !env || d.environment === env)
        .sort((a, b) => b.createdMs - a.createdMs)
        .map((d) => ({
          url: `${this.base}${prefix}/deployments/${d.id}`,
          id: d.id,
          node_id: `DE_${d.id}`,
          sha: d.sha,
          ref: 'main',
          task: d.task ?? 'deploy',
          payload: {},
          original_environment: d.environment,
          environment: d.environment,
          description: null,
          created_at: iso(d.createdMs),
          updated_at: iso(d.createdMs),
          transient_environment: false,
          production_environment: d.environment === 'production',
        }));
      const p = this.page(url, deps);
      return this.send(req, res, path, 200, p.items, p.link);
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(rest))) {
      const d = this.deployments.find((x) => x.id === Number(m![1]));
      if (!d) return this.send(req, res, path, 404, fixture('error-404-not-found.json'));
      const statuses = [...d.statuses]
        .sort((a, b) => b.atMs - a.atMs)
        .map((s, i) => ({
          id: d.id * 100 + i,
          state: s.state,
          description: s.description ?? '',
          environment: d.environment,
          created_at: iso(s.atMs),
          updated_at: iso(s.atMs),
          deployment_url: `${this.base}${prefix}/deployments/${d.id}`,
        }));
      const p = this.page(url, statuses);
      return this.send(req, res, path, 200, p.items, p.link);
    }
    if ((m = /^\/commits\/([0-9a-f]+)$/.exec(rest))) {
      const r = this.runs.find((x) => x.sha === m![1]);
      const at = iso(r?.commitMs ?? r?.createdMs ?? 0);
      return this.send(req, res, path, 200, {
        sha: m[1],
        commit: { author: { name: 'A', date: at }, committer: { name: 'A', date: at }, message: 'change' },
      });
    }
    return this.send(req, res, path, 404, fixture('error-404-not-found.json'));
  }

  private runBody(r: HRun): Record<string, unknown> {
    const last = r.attempts[r.attempts.length - 1];
    const wf = this.workflows.find((w) => w.id === r.workflowId);
    const started = r.createdMs + last.startS * 1000;
    return {
      ...this.runTemplate,
      id: r.id,
      name: wf?.name ?? 'ci',
      path: wf?.path ?? '.github/workflows/ci.yml',
      head_branch: r.branch ?? 'main',
      head_sha: r.sha,
      run_number: r.id,
      event: r.event ?? 'push',
      status: 'completed',
      conclusion: last.conclusion,
      workflow_id: r.workflowId,
      created_at: iso(r.createdMs),
      updated_at: iso(started + last.seconds * 1000),
      run_started_at: iso(started),
      run_attempt: r.attempts.length,
      head_commit: {
        ...(this.runTemplate.head_commit as object),
        id: r.sha,
        timestamp: iso(r.commitMs ?? r.createdMs),
      },
    };
  }

  private jobBodies(run: HRun, n: number, a: HAttempt): Array<Record<string, unknown>> {
    const runStart = run.createdMs + a.startS * 1000;
    return a.jobs.map((j, i) => {
      const id = run.id * 1000 + n * 100 + i;
      const created = runStart;
      const started = created + (j.queueS ?? 0) * 1000;
      let t = started;
      const steps = (j.steps ?? [{ name: 'Run', conclusion: j.conclusion, seconds: j.seconds }]).map((s, k) => {
        const from = t;
        t += s.seconds * 1000;
        return {
          name: s.name,
          status: 'completed',
          conclusion: s.conclusion,
          number: k + 1,
          started_at: iso(from),
          completed_at: iso(t),
        };
      });
      return {
        ...this.jobTemplate,
        id,
        run_id: run.id,
        run_attempt: n,
        head_sha: run.sha,
        status: 'completed',
        conclusion: j.conclusion,
        created_at: iso(created),
        started_at: iso(started),
        completed_at: iso(started + j.seconds * 1000),
        name: j.name,
        steps,
      };
    });
  }
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
