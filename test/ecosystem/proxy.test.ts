// Behind a corporate proxy: every network call of every tool goes through HTTPS_PROXY /
// HTTP_PROXY (either case) and NO_PROXY is honoured. The proxy is a logging forward proxy;
// the names it maps (*.test) resolve nowhere else, so a call that bypassed it fails.
import { randomBytes } from 'node:crypto';
import { cpSync, mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, request } from '../../src/core/http.js';
import { GitHubSim } from '../coverage/github-sim.js';
import { WebhookReceiver } from '../notify/webhook-receiver.js';
import { GitHubSimulator } from '../notify/github-simulator.js';
import { engineAndRegistryUp, makeContext, registryInfo } from '../docker/real-registry.js';
import { pushMinimalImage } from '../helpers/registry-image.js';
import { TestRepo } from '../helpers/git.js';
import { LoggingProxy, selfSignedCert, type TlsIdentity } from '../helpers/proxy.js';
import { needs } from '../helpers/real.js';
import { ROOT, runActionLikeRunner } from '../helpers/runner.js';

const hook = new WebhookReceiver();
const runs = new GitHubSimulator();
const comments = new GitHubSim();
let proxy: LoggingProxy;
let hookPort = 0;
let identity: TlsIdentity;

const port = (url: string) => Number(new URL(url).port);

beforeAll(async () => {
  hookPort = port(await hook.start());
  await runs.start();
  await comments.start();
  identity = selfSignedCert('registry.test');
  proxy = new LoggingProxy(
    {
      'hooks.test': hookPort,
      'api.github.test': port(runs.base),
      'comments.github.test': port(comments.url),
      'registry.test': '*',
    },
    { 'registry.test': identity },
  );
  await proxy.start();
});
afterAll(async () => {
  await hook.close();
  await runs.close();
  await comments.stop();
  await proxy.close();
});

/** Proxy variables are read per request from process.env, as the runner sets them. */
const PROXY_VARS = ['HTTPS_PROXY', 'HTTP_PROXY', 'NO_PROXY', 'https_proxy', 'http_proxy', 'no_proxy'];
const saved = Object.fromEntries(PROXY_VARS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of PROXY_VARS)
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  proxy.hits.length = 0;
});
function setProxyEnv(vars: Record<string, string>) {
  for (const k of PROXY_VARS) delete process.env[k];
  Object.assign(process.env, vars);
}
const noProxyEnv = Object.fromEntries(PROXY_VARS.map((k) => [k, undefined]));

describe('the logging proxy (test helper)', () => {
  it('forwards an absolute-URI request and logs it', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const p = new URL(proxy.url);
      const req = httpRequest(
        {
          host: p.hostname,
          port: p.port,
          method: 'POST',
          path: `http://hooks.test:${hookPort}${hook.secretPath}`,
          headers: { 'content-type': 'application/json' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      req.end('{"text":"via absolute URI"}');
    });
    expect(status).toBe(200);
    expect(proxy.hits).toEqual([
      { method: 'POST', target: `http://hooks.test:${hookPort}${hook.secretPath}`, proxyAuthorization: undefined },
    ]);
    expect(hook.requests.at(-1)?.json).toEqual({ text: 'via absolute URI' });
  });
});

describe('core http through a proxy', () => {
  it('goes through HTTP_PROXY with a CONNECT tunnel, sending proxy credentials from the URL', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url.replace('http://', 'http://corp%20user:p%40ss@') });
    const r = await request({ url: `http://hooks.test:${hookPort}${hook.secretPath}`, method: 'POST', body: '{}' });
    expect(r.status).toBe(200);
    expect(proxy.hits).toEqual([
      {
        method: 'CONNECT',
        target: `hooks.test:${hookPort}`,
        proxyAuthorization: `Basic ${Buffer.from('corp user:p@ss').toString('base64')}`,
      },
    ]);
  });

  it('honours the lower-case forms', async () => {
    setProxyEnv({ http_proxy: proxy.url });
    const r = await request({ url: `http://hooks.test:${hookPort}/x`, headers: { 'user-agent': 'shipline-test' } });
    expect(r.status).toBe(200);
    expect(proxy.to('hooks.test')).toHaveLength(1);
    expect(hook.requests.at(-1)?.headers['user-agent']).toBe('shipline-test');
  });

  it('reaches a host listed in NO_PROXY directly (here it resolves nowhere, so the call fails and the proxy sees nothing)', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url, NO_PROXY: 'example.org, .test' });
    const err = await request({ url: `http://hooks.test:${hookPort}/x`, label: 'the webhook', retries: 0 }).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(HttpError);
    expect(err.message).toBe('the webhook: connection failed (ENOTFOUND) after 1 attempt');
    expect(proxy.hits).toEqual([]);
  });

  it('a failure through the proxy says so, naming the proxy without its credentials', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url.replace('http://', 'http://u:secretpw@') });
    const err = await request({ url: 'http://unmapped.example:81/x', label: 'the webhook', retries: 0 }).catch(
      (e) => e,
    );
    expect(err.message).toContain(`through the proxy ${new URL(proxy.url).host}`);
    expect(err.message).not.toContain('secretpw');
  });

  it('sends a default user agent naming shipline', async () => {
    setProxyEnv({ HTTP_PROXY: proxy.url });
    await request({ url: `http://hooks.test:${hookPort}/ua` });
    expect(hook.requests.at(-1)?.headers['user-agent']).toMatch(/^shipline\/\d+\.\d+\.\d+/);
  });
});

describe('every tool that talks to the network goes through the proxy (built dist, as the runner runs it)', () => {
  it('notify: the GitHub API and the webhook', async () => {
    const runId = 4711;
    runs.addRun({
      id: runId,
      runNumber: 12,
      jobs: [
        { name: 'test', conclusion: 'failure', failingStep: 4 },
        { name: 'notify', conclusion: null },
      ],
    });
    const r = await runActionLikeRunner('actions/notify', {
      inputs: {
        'webhook-url': `http://hooks.test:${hookPort}${hook.secretPath}`,
        token: 'ghs_proxyTest0123456789',
        'timeout-seconds': '5',
        'dry-run': 'false',
      },
      env: {
        ...noProxyEnv,
        HTTP_PROXY: proxy.url,
        GITHUB_API_URL: `http://api.github.test:${port(runs.base)}`,
        GITHUB_RUN_ID: String(runId),
        GITHUB_REF: 'refs/heads/main',
        GITHUB_REF_NAME: 'main',
        GITHUB_SHA: 'f83a356604ae3c5d03e1b46ef4d1ca77d64a90b0',
      },
      event: { repository: { full_name: 'acme/api', default_branch: 'main' } },
      workspace: mkdtempSync(join(tmpdir(), 'proxy-notify-')),
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.sent).toBe('true');
    expect(proxy.to('api.github.test').length).toBeGreaterThan(0);
    expect(proxy.to('hooks.test')).toEqual([
      { method: 'CONNECT', target: `hooks.test:${hookPort}`, proxyAuthorization: undefined },
    ]);
  });

  it('coverage-gate: the PR comment', async () => {
    const repo = new TestRepo();
    cpSync(join(ROOT, 'test/fixtures/coverage/js-sample'), join(repo.dir, 'js-sample'), { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/coverage/vitest'), join(repo.dir, 'vitest'), { recursive: true });
    const sha = repo.commit('base');
    const r = await runActionLikeRunner('actions/coverage-gate', {
      inputs: { files: 'vitest/lcov.info', token: comments.token },
      env: {
        ...noProxyEnv,
        https_proxy: proxy.url,
        http_proxy: proxy.url,
        GITHUB_API_URL: `http://comments.github.test:${port(comments.url)}`,
      },
      event: {
        number: 9,
        pull_request: {
          number: 9,
          head: { sha, ref: 'f', repo: { full_name: 'acme/api' } },
          base: { sha, ref: 'main', repo: { full_name: 'acme/api' } },
        },
        repository: { full_name: 'acme/api', default_branch: 'main' },
      },
      eventName: 'pull_request',
      workspace: repo.dir,
    });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(comments.comments.get(9)).toHaveLength(1);
    // Who the token is (it may update only its own comment), the comments, the new comment: all tunnelled.
    expect(proxy.to('comments.github.test').map((h) => h.method)).toEqual(['CONNECT', 'CONNECT', 'CONNECT']);
  });

  needs('the docker registry (.ci/daemons.sh)', engineAndRegistryUp())(
    'docker-build: the skip-if-exists lookup and retag reach an https registry through the proxy',
    async () => {
      const info = registryInfo()!;
      const repository = `proxy/api-${randomBytes(4).toString('hex')}`;
      const sha = randomBytes(20).toString('hex');
      await pushMinimalImage(info, repository, sha);
      const spy = mkdtempSync(join(tmpdir(), 'proxy-nodocker-'));
      const r = await runActionLikeRunner('actions/docker-build', {
        inputs: {
          image: `registry.test:${info.address.split(':')[1]}/${repository}`,
          username: info.username,
          password: info.password,
          'dry-run': 'false',
          push: 'true',
        },
        env: {
          ...noProxyEnv,
          HTTPS_PROXY: proxy.url,
          NODE_EXTRA_CA_CERTS: identity.caFile,
          PATH: `${spy}:/usr/bin:/bin`,
          GITHUB_SHA: sha,
          GITHUB_REF: 'refs/heads/main',
          GITHUB_REF_NAME: 'main',
          GITHUB_REF_TYPE: 'branch',
        },
        event: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/api', default_branch: 'main' } },
        eventName: 'push',
        workspace: makeContext(),
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.skipped).toBe('true');
      const hits = proxy.to('registry.test');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.every((h) => h.method === 'CONNECT')).toBe(true);
    },
  );
});
