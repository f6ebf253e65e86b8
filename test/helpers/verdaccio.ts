import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runner.js';

/**
 * A real npm registry (verdaccio) on 127.0.0.1, in its own process with its own temporary
 * storage, no uplinks (nothing is proxied to a public registry) and an htpasswd user, so the
 * real npm client can publish to it and install from it.
 */
export class LocalRegistry {
  url = '';
  token = '';
  readonly dir = mkdtempSync(join(tmpdir(), 'shipline-verdaccio-'));
  private child?: ChildProcess;

  async start(): Promise<string> {
    const config = join(this.dir, 'config.yaml');
    writeFileSync(
      config,
      [
        `storage: ${join(this.dir, 'storage')}`,
        'auth:',
        '  htpasswd:',
        `    file: ${join(this.dir, 'htpasswd')}`,
        '    max_users: 10',
        'uplinks: {}',
        'packages:',
        "  '**':",
        '    access: $all',
        '    publish: $authenticated',
        'log: { type: stdout, format: pretty, level: warn }',
        '',
      ].join('\n'),
    );
    // runServer gives an express app: listen on port 0 and report the port.
    const launcher = `const { runServer } = require('verdaccio');
runServer(process.argv[1]).then((app) => {
  const server = app.listen(0, '127.0.0.1', () => console.log('PORT=' + server.address().port));
});`;
    this.child = spawn(process.execPath, ['-e', launcher, config], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const port = await new Promise<number>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`verdaccio did not start: ${out}`)), 30_000);
      const onData = (b: Buffer) => {
        out += b.toString();
        const m = /PORT=(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      };
      this.child!.stdout!.on('data', onData);
      this.child!.stderr!.on('data', onData);
      this.child!.on('exit', (code) => reject(new Error(`verdaccio exited ${code}: ${out}`)));
    });
    this.url = `http://127.0.0.1:${port}/`;
    // Create the publishing user the way `npm adduser` does (CouchDB user document).
    const res = await fetch(`${this.url}-/user/org.couchdb.user:ci`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'ci', password: 'ci-password-1', type: 'user', roles: [] }),
    });
    const body = (await res.json()) as { token?: string };
    if (!body.token) throw new Error(`verdaccio gave no token: ${JSON.stringify(body)}`);
    this.token = body.token;
    return this.url;
  }

  /** An npmrc pointing every install at this registry, with the publishing token. */
  npmrc(): string {
    const file = join(this.dir, 'npmrc');
    const host = this.url.replace(/^http:/, '');
    writeFileSync(file, `registry=${this.url}\n${host}:_authToken=${this.token}\n`);
    return file;
  }

  stop(): void {
    this.child?.kill();
  }
}
