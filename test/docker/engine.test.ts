import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { runActionLikeRunner } from '../helpers/runner.js';
import { startFlakyProxy } from './flaky-proxy.js';
import {
  engineAndRegistryUp,
  makeContext,
  pushEvent,
  randomHex,
  registryDigest,
  registryInfo,
  visible,
} from './real-registry.js';

const up = engineAndRegistryUp();
const real = needs('docker engine and registry (start them with bash .ci/daemons.sh)', up);
const info = registryInfo();

/** One action run against the real engine and registry, as the runner runs it. */
function run(inputs: Record<string, string>, sha: string, extraEnv: Record<string, string> = {}, ws?: string) {
  const ev = pushEvent(sha);
  const workspace = ws ?? makeContext(inputs.__dockerfile);
  delete inputs.__dockerfile;
  return runActionLikeRunner('actions/docker-build', {
    inputs: { username: info?.username ?? '', password: info?.password ?? '', ...inputs },
    env: { ...ev.env, SHIPLINE_RETRY_BASE_MS: '200', ...extraEnv },
    event: ev.event,
    eventName: ev.eventName,
    workspace,
    timeoutMs: 180_000,
  });
}

describe('docker-build on a real engine and registry', () => {
  real(
    'builds, pushes every tag and outputs the digest the registry has; a re-run skips the build',
    async () => {
      const repo = `shipline-test/app-${randomHex(4)}`;
      const image = `${info!.address}/${repo}`;
      const sha = randomHex(20);
      const home = mkdtempSync(join(tmpdir(), 'home-'));
      const ws = makeContext();
      // DOCKER_BUILDKIT=1 without buildx would break a plain `docker build`: shipline copes.
      const env = { HOME: home, SOURCE_DATE_EPOCH: '1767225600', DOCKER_BUILDKIT: '1' };
      const r = await run({ image }, sha, env, ws);
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.skipped).toBe('false');
      expect(r.outputs.image).toBe(`${image}:${sha}`);
      expect(r.outputs.tags.split('\n')).toEqual([`${image}:${sha}`, `${image}:main`, `${image}:latest`]);
      const fromRegistry = await registryDigest(info!, repo, sha);
      expect(fromRegistry.status).toBe(200);
      expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.outputs.digest).toBe(fromRegistry.digest);
      expect(r.outputs.digest).toBe(fromRegistry.bodyDigest);
      expect(r.outputs['image-ref']).toBe(`${image}@${fromRegistry.digest}`);
      for (const tag of ['main', 'latest'])
        expect((await registryDigest(info!, repo, tag)).digest).toBe(r.outputs.digest);
      expect(r.summary).toContain(r.outputs.digest);
      expect(r.summary).toMatch(/build time/);
      expect(r.summary).toMatch(/size \| \d/);
      // The login went to a private DOCKER_CONFIG, never the user's ~/.docker.
      expect(existsSync(join(home, '.docker', 'config.json'))).toBe(false);
      expect(r.stdout).toMatch(/\$ docker build /);
      expect(r.stdout).toContain('--label org.opencontainers.image.created=2026-01-01T00:00:00.000Z');

      // Same commit again, with one more tag: nothing is built, the new tag points at the same manifest.
      const again = await run({ image, tags: 'again-{run-number}' }, sha, env, ws);
      expect(again.exitCode, again.stdout + again.stderr).toBe(0);
      expect(again.outputs.skipped).toBe('true');
      expect(again.outputs.digest).toBe(r.outputs.digest);
      expect(again.outputs['image-id']).toBe('');
      expect(again.stdout).not.toMatch(/\$ docker build|Step 1\/|docker push/);
      expect(again.stdout).toMatch(/already exists/);
      expect(again.summary).toMatch(/skipped/);
      expect((await registryDigest(info!, repo, 'again-17')).digest).toBe(r.outputs.digest);

      // Forced rebuild of the same commit: the created label is SOURCE_DATE_EPOCH, so same image.
      const rebuilt = await run({ image, 'skip-if-exists': 'false' }, sha, env, ws);
      expect(rebuilt.exitCode, rebuilt.stdout + rebuilt.stderr).toBe(0);
      expect(rebuilt.outputs.skipped).toBe('false');
      expect(rebuilt.stdout).toMatch(/\$ docker build /);
      expect(rebuilt.outputs.digest).toBe(r.outputs.digest);
    },
    240_000,
  );

  real(
    'a wrong password fails clearly and the password appears nowhere',
    async () => {
      const password = `wrong-${randomHex(12)}`;
      const r = await run({ image: `${info!.address}/shipline-test/denied`, password }, randomHex(20));
      expect(r.exitCode).toBe(1);
      const error = r.annotations.find((a) => a.level === 'error')?.message ?? '';
      expect(error).toMatch(/docker login to 127\.0\.0\.1:\d+ as "shipline" failed: .*401|unauthorized/i);
      expect(error).toMatch(/check the username and password/);
      expect(visible(r)).not.toContain(password);
      expect(visible(r)).not.toContain(Buffer.from(`shipline:${password}`).toString('base64'));
      expect(r.stdout).not.toMatch(/docker build/);
    },
    120_000,
  );

  real(
    'a push through a proxy that answers 503 twice succeeds on the third try',
    async () => {
      const proxy = await startFlakyProxy(info!.address, 2);
      try {
        const repo = `shipline-test/flaky-${randomHex(4)}`;
        const sha = randomHex(20);
        const r = await run({ image: `${proxy.address}/${repo}`, 'skip-if-exists': 'false' }, sha);
        expect(r.exitCode, r.stdout + r.stderr).toBe(0);
        // Two 503s on the SHA tag's manifest, then it went through; the other tags first time.
        expect(proxy.manifestPuts.slice(0, 3)).toEqual([503, 503, 201]);
        expect(r.stdout).toMatch(/retry 1\/3/);
        expect(r.stdout).toMatch(/retry 2\/3/);
        expect(r.summary).toMatch(/push attempts \| 3/);
        expect(r.outputs.digest).toBe((await registryDigest(info!, repo, sha)).digest);
      } finally {
        await proxy.close();
      }
    },
    240_000,
  );

  real(
    'a push that keeps failing stops after the retries and says why',
    async () => {
      const proxy = await startFlakyProxy(info!.address, 100);
      try {
        const r = await run(
          { image: `${proxy.address}/shipline-test/down-${randomHex(4)}`, retries: '1' },
          randomHex(20),
        );
        expect(r.exitCode).toBe(1);
        expect(proxy.manifestPuts).toEqual([503, 503]);
        expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
          /docker push .* failed after 2 attempts: .*(503|Service Unavailable)/i,
        );
      } finally {
        await proxy.close();
      }
    },
    240_000,
  );

  real(
    "a bad Dockerfile fails with docker's own message in the summary",
    async () => {
      const r = await run(
        { image: `${info!.address}/shipline-test/bad`, __dockerfile: 'FROM scratch\nBOGUS instruction\n' },
        randomHex(20),
      );
      expect(r.exitCode).toBe(1);
      expect(r.summary).toMatch(/unknown instruction: BOGUS/i);
      expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
        /docker build failed .*unknown instruction: BOGUS/i,
      );
      expect(r.outputs.digest).toBe('');
      // And the Dockerfile line docker blamed is annotated.
      expect(r.annotations).toContainEqual(
        expect.objectContaining({
          level: 'error',
          properties: expect.objectContaining({ file: 'Dockerfile', line: '2' }),
        }),
      );
    },
    120_000,
  );
});
