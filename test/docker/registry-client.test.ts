import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryLogger } from '../../src/core/logger.js';
import { Masker } from '../../src/core/mask.js';
import { RegistryClient, RegistryError, dockerConfigCredentials, parseChallenge } from '../../src/docker/registry.js';

/**
 * A registry simulator with token auth, as ghcr.io and Docker Hub do it: /v2/ answers 401 with
 * a Bearer challenge, /token trades basic credentials for a scoped token, manifests are kept
 * in memory, and the first manifest GET of `flaky` answers 429 with Retry-After.
 */
const manifests = new Map<string, { type: string; body: string }>();
const seen: Array<{ method: string; url: string; auth: string }> = [];
let flakyLeft = 1;
let base = '';
const TOKEN = 'tok-' + 'x'.repeat(20);

function handler(req: IncomingMessage, res: ServerResponse): void {
  let body = '';
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', base);
    seen.push({ method: req.method ?? '', url: url.pathname + url.search, auth: req.headers.authorization ?? '' });
    if (url.pathname === '/token') {
      const ok = req.headers.authorization === `Basic ${Buffer.from('bot:s3cret-pw').toString('base64')}`;
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' });
      res.end(ok ? JSON.stringify({ token: `${TOKEN}|${url.searchParams.get('scope')}` }) : '{}');
      return;
    }
    const m = /^\/v2\/(.+)\/manifests\/([^/]+)$/.exec(url.pathname);
    const auth = req.headers.authorization ?? '';
    if (!auth.startsWith(`Bearer ${TOKEN}`)) {
      res.writeHead(401, {
        'www-authenticate': `Bearer realm="${base}/token",service="sim",scope="repository:${m?.[1]}:pull"`,
      });
      res.end();
      return;
    }
    if (!m) {
      res.writeHead(404);
      res.end();
      return;
    }
    const key = `${m[1]}:${m[2]}`;
    if (req.method === 'PUT') {
      if (!/[:,]push/.test(auth)) {
        res.writeHead(401, { 'www-authenticate': `Bearer realm="${base}/token",service="sim"` });
        res.end();
        return;
      }
      manifests.set(key, { type: req.headers['content-type'] ?? '', body });
      res.writeHead(201);
      res.end();
      return;
    }
    if (m[2] === 'flaky' && flakyLeft-- > 0) {
      res.writeHead(429, { 'retry-after': '0' });
      res.end();
      return;
    }
    const found = manifests.get(key);
    if (!found) {
      res.writeHead(404);
      res.end();
      return;
    }
    // No Docker-Content-Digest header on purpose: the client must hash the body itself.
    res.writeHead(200, { 'content-type': found.type });
    res.end(found.body);
  });
}

const server = createServer(handler);
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const client = (password = 's3cret-pw', masker = new Masker()) =>
  new RegistryClient(
    { name: `${base.slice(7)}/acme/api`, registry: base.slice(7), repository: 'acme/api' },
    { username: 'bot', password },
    { masker, logger: new MemoryLogger(), retries: 2, sleep: async () => {} },
  );

describe('RegistryClient against a token-auth registry simulator', () => {
  const body = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    layers: [],
  });
  const digest = `sha256:${createHash('sha256').update(body).digest('hex')}`;

  it('returns undefined for a missing tag, after the token dance', async () => {
    expect(await client().manifest('nope')).toBeUndefined();
    expect(
      seen.some((s) => s.url.startsWith('/token?') && s.url.includes('scope=repository%3Aacme%2Fapi%3Apull')),
    ).toBe(true);
  });

  it('copies a manifest to another tag with a push-scoped token, and reads digests back', async () => {
    manifests.set('acme/api:abc', { type: 'application/vnd.oci.image.manifest.v1+json', body });
    const c = client();
    const m = await c.manifest('abc');
    expect(m).toEqual({ digest, mediaType: 'application/vnd.oci.image.manifest.v1+json', body });
    await c.putManifest('latest', m!);
    expect(manifests.get('acme/api:latest')?.body).toBe(body);
    expect((await c.manifest('latest'))?.digest).toBe(digest);
  });

  it('retries a 429', async () => {
    manifests.set('acme/api:flaky', { type: 'application/vnd.oci.image.manifest.v1+json', body });
    expect((await client().manifest('flaky'))?.digest).toBe(digest);
  });

  it('wrong credentials: a RegistryError that says so, and the token and password are masked', async () => {
    const masker = new Masker();
    await expect(client('wrong-pw', masker).manifest('abc')).rejects.toThrow(RegistryError);
    await expect(client('wrong-pw', masker).manifest('abc')).rejects.toThrow(
      /answered 401 \(check the username and password\)/,
    );
    expect(masker.mask(`bot:wrong-pw ${Buffer.from('bot:wrong-pw').toString('base64')}`)).toBe('*** ***');
  });
});

describe('parseChallenge', () => {
  it.each([
    [
      'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"',
      {
        scheme: 'bearer',
        params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' },
      },
    ],
    ['Basic realm="registry"', { scheme: 'basic', params: { realm: 'registry' } }],
  ])('%s', (header, want) => expect(parseChallenge(header)).toEqual(want));
  it('no header', () => expect(parseChallenge(null)).toBeUndefined());
});

describe('dockerConfigCredentials', () => {
  it('reads auths the way docker/login-action writes them, Docker Hub included', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dcfg-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'config.json'),
      JSON.stringify({
        auths: {
          'ghcr.io': { auth: Buffer.from('me:tok:with:colons').toString('base64') },
          'https://index.docker.io/v1/': { auth: Buffer.from('hub:pw').toString('base64') },
        },
      }),
    );
    expect(dockerConfigCredentials('ghcr.io', { DOCKER_CONFIG: dir })).toEqual({
      username: 'me',
      password: 'tok:with:colons',
    });
    expect(dockerConfigCredentials('docker.io', { DOCKER_CONFIG: dir })).toEqual({ username: 'hub', password: 'pw' });
    expect(dockerConfigCredentials('quay.io', { DOCKER_CONFIG: dir })).toBeUndefined();
    expect(dockerConfigCredentials('ghcr.io', { DOCKER_CONFIG: join(dir, 'missing') })).toBeUndefined();
  });
});
