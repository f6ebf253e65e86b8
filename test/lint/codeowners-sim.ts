import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseCodeowners } from '../../src/lint/codeowners.js';

/**
 * A simulator of GitHub's `GET /repos/{owner}/{repo}/codeowners/errors?ref=` (named a simulator:
 * it is not GitHub), answering in the documented shape `{errors: [{line, column, kind, source,
 * suggestion, message, path}]}`. It reads CODEOWNERS at `ref` from a real git repository (the
 * first of .github/, the root, docs/, as GitHub does) and reports what only GitHub can know: an
 * owner that is no user or team of the simulated organisation ("Unknown owner"), and an owner
 * written without @ ("Invalid owner", the documented example). 404 when there is no file at the ref.
 */
export class CodeownersSim {
  readonly requests: Array<{ path: string; authorization?: string }> = [];
  token = 'ghs_codeowners_sim_token_1234';
  /** Users and teams that exist and have write access. */
  known = new Set<string>(['@octocat', '@octo-org/docs']);
  url = '';
  private server?: Server;

  constructor(private readonly repoDir: string) {}

  private errors(ref: string): { status: number; body: unknown } {
    for (const path of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
      let text: string;
      try {
        text = execFileSync('git', ['show', `${ref}:${path}`], { cwd: this.repoDir, encoding: 'utf8', stdio: 'pipe' });
      } catch {
        continue;
      }
      const lines = text.split('\n');
      const errors = parseCodeowners(text).flatMap((l) =>
        l.owners
          .filter((o) => !this.known.has(o.name) && !o.name.includes('.'))
          .map((o) => {
            const kind = o.name.startsWith('@') ? 'Unknown owner' : 'Invalid owner';
            const source = lines[l.line - 1];
            return {
              line: l.line,
              column: o.column,
              kind,
              source,
              suggestion:
                kind === 'Unknown owner' ? `make sure ${o.name} exists and has write access to the repository` : null,
              message: `${kind} on line ${l.line}:\n\n  ${source}\n  ${' '.repeat(o.column - 1)}^`,
              path,
            };
          }),
      );
      return { status: 200, body: { errors } };
    }
    return {
      status: 404,
      body: {
        message: 'Not Found',
        documentation_url: 'https://docs.github.com/rest/repos/repos#list-codeowners-errors',
      },
    };
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const u = new URL(req.url ?? '/', 'http://sim');
      this.requests.push({ path: `${u.pathname}${u.search}`, authorization: req.headers.authorization });
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${this.token}`) return send(401, { message: 'Bad credentials' });
      const m = /^\/repos\/[^/]+\/[^/]+\/codeowners\/errors$/.exec(u.pathname);
      if (!m || req.method !== 'GET') return send(404, { message: 'Not Found' });
      const { status, body } = this.errors(u.searchParams.get('ref') ?? 'HEAD');
      send(status, body);
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
