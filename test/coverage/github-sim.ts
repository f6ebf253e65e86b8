import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimComment {
  id: number;
  body: string;
  user: { login: string };
  html_url: string;
}

/** A pull request review as GitHub stores it (POST /repos/{o}/{r}/pulls/{n}/reviews). */
export interface SimReview {
  id: number;
  commit_id?: string;
  event?: string;
  body?: string;
  comments: Array<{ path: string; line: number; start_line?: number; side?: string; body: string }>;
}

export interface SimRequest {
  method: string;
  path: string;
  authorization?: string;
  body?: string;
}

/**
 * A small local simulator of GitHub's issue-comments API (list with pagination, create,
 * update), named a simulator: it is not GitHub. `forbidden` makes writes answer 403 the
 * way a fork PR's read-only token is answered; it records every request.
 */
export class GitHubSim {
  readonly comments = new Map<number, SimComment[]>();
  readonly requests: SimRequest[] = [];
  readonly reviews = new Map<number, SimReview[]>();
  /** Lines of each file a review comment may point at (the PR's diff, RIGHT side); unset = any. */
  diffLines?: Map<string, Set<number>>;
  forbidden = false;
  /**
   * Who GET /user says the token is. Unset: 403, as GitHub answers an installation token (the
   * workflow's GITHUB_TOKEN), whose comments are written as github-actions[bot].
   */
  identity?: string;
  token = 'ghs_simulated_token_123456';
  /** Pull requests GET /repos/acme/api/pulls/{n} answers (head and base as GitHub's pull request object has them). */
  readonly pulls = new Map<number, { head: { sha: string; ref: string }; base: { sha: string; ref: string } }>();
  private nextId = 1000;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => this.server?.close(() => r()));
  }

  seed(pr: number, body: string, login = 'someone'): SimComment {
    const c = {
      id: this.nextId++,
      body,
      user: { login },
      html_url: `https://github.com/acme/api/pull/${pr}#issuecomment-${this.nextId}`,
    };
    this.comments.set(pr, [...(this.comments.get(pr) ?? []), c]);
    return c;
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://sim');
    this.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      authorization: req.headers.authorization,
      body: body || undefined,
    });
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return { status: 401, body: { message: 'Bad credentials' } };
    if (url.pathname === '/user' && req.method === 'GET')
      return this.identity
        ? { status: 200, body: { login: this.identity, type: 'User' } }
        : { status: 403, body: { message: 'Resource not accessible by integration' } };
    let m = /^\/repos\/acme\/api\/issues\/(\d+)\/comments$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const all = this.comments.get(Number(m[1])) ?? [];
      const per = Number(url.searchParams.get('per_page') ?? 30);
      const page = Number(url.searchParams.get('page') ?? 1);
      return { status: 200, body: all.slice((page - 1) * per, page * per) };
    }
    if (m && req.method === 'POST') {
      if (this.forbidden) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const text = (JSON.parse(body) as { body: string }).body;
      if (text.length > 65536)
        return {
          status: 422,
          body: {
            message: 'Validation Failed',
            errors: [{ message: 'body is too long (maximum is 65536 characters)' }],
          },
        };
      return { status: 201, body: this.seed(Number(m[1]), text, this.identity ?? 'github-actions[bot]') };
    }
    m = /^\/repos\/acme\/api\/pulls\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'GET') {
      const pr = this.pulls.get(Number(m[1]));
      return pr
        ? { status: 200, body: { number: Number(m[1]), state: 'open', ...pr } }
        : {
            status: 404,
            body: {
              message: 'Not Found',
              documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
            },
          };
    }
    m = /^\/repos\/acme\/api\/pulls\/(\d+)\/reviews$/.exec(url.pathname);
    if (m && req.method === 'POST') {
      if (this.forbidden) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const r = JSON.parse(body) as Omit<SimReview, 'id'>;
      // GitHub refuses a review whose comment is not on a line of the diff.
      const off = (r.comments ?? []).find((c) => this.diffLines && !this.diffLines.get(c.path)?.has(c.line));
      if (off)
        return {
          status: 422,
          body: {
            message: 'Unprocessable Entity',
            errors: ['Line could not be resolved'],
            documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
          },
        };
      const review = { id: this.nextId++, ...r, comments: r.comments ?? [] };
      this.reviews.set(Number(m[1]), [...(this.reviews.get(Number(m[1])) ?? []), review]);
      return { status: 200, body: { id: review.id, state: 'COMMENTED', body: r.body, commit_id: r.commit_id } };
    }
    m = /^\/repos\/acme\/api\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'PATCH') {
      if (this.forbidden) return { status: 403, body: { message: 'Resource not accessible by integration' } };
      const text = (JSON.parse(body) as { body: string }).body;
      if (text.length > 65536) return { status: 422, body: { message: 'Validation Failed' } };
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === Number(m![1]));
        if (c) {
          c.body = text;
          return { status: 200, body: c };
        }
      }
      return { status: 404, body: { message: 'Not Found' } };
    }
    return { status: 404, body: { message: 'Not Found' } };
  }
}
