import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../helpers/runner.js';

const DIR = join(ROOT, 'test/fixtures/lint/audit');

/**
 * A simulator of the npm registry's audit side, named a simulator: it is not the registry. It
 * answers the real npm client's `npm audit` the way registry.npmjs.org documents it: POST
 * /-/npm/v1/security/advisories/bulk with `{name: [versions]}` → the advisories of each package
 * (fixtures/lint/audit/advisories.json, from GitHub's advisory database), and GET /<name> with
 * the packuments npm reads to work out fixes (trimmed copies of the real ones). `auditEndpoint:
 * false` answers 405 as a read-only registry mirror does (the one on this machine does).
 */
export class NpmAuditSim {
  readonly bulkRequests: Array<Record<string, string[]>> = [];
  auditEndpoint = true;
  url = '';
  private server?: Server;
  private readonly advisories = JSON.parse(readFileSync(join(DIR, 'advisories.json'), 'utf8')) as Record<
    string,
    Array<{ vulnerable_versions: string }>
  >;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        const send = (status: number, json: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(json));
        };
        if (req.url?.endsWith('/-/npm/v1/security/advisories/bulk')) {
          if (!this.auditEndpoint || req.method !== 'POST') {
            res.writeHead(405, { allow: 'GET,HEAD' });
            res.end();
            return;
          }
          const want = JSON.parse(body.toString()) as Record<string, string[]>;
          this.bulkRequests.push(want);
          // The registry answers with every advisory of each named package; npm matches the ranges.
          send(
            200,
            Object.fromEntries(
              Object.keys(want)
                .filter((n) => this.advisories[n])
                .map((n) => [n, this.advisories[n]]),
            ),
          );
          return;
        }
        const name = decodeURIComponent((req.url ?? '/').slice(1));
        try {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(readFileSync(join(DIR, `packument-${name}.json`)));
        } catch {
          send(404, { error: 'Not found' });
        }
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
