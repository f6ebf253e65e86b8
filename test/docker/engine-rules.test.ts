import { spawnSync } from 'node:child_process';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { runActionLikeRunner } from '../helpers/runner.js';
import { engineAndRegistryUp, makeContext, randomHex, registryDigest, registryInfo } from './real-registry.js';

const real = needs('docker engine and registry (start them with bash .ci/daemons.sh)', engineAndRegistryUp());
const info = registryInfo();

/** A push of git tag `tag` at `sha`, as GitHub sends it (GITHUB_REF refs/tags/…, ref type tag). */
function tagPush(sha: string, tag: string) {
  return {
    env: { GITHUB_SHA: sha, GITHUB_REF: `refs/tags/${tag}`, GITHUB_REF_NAME: tag, GITHUB_REF_TYPE: 'tag' },
    event: { ref: `refs/tags/${tag}`, after: sha, repository: { full_name: 'acme/api', default_branch: 'main' } },
    eventName: 'push',
  };
}

const RULES = [
  'type=semver,pattern={{version}}',
  'type=semver,pattern={{major}}.{{minor}}',
  'type=semver,pattern={{major}}',
  'type=ref,event=branch',
  'type=sha',
].join('\n');

describe('docker-build with metadata-action tag rules, on a real engine and registry', () => {
  real(
    'a v1.4.2 tag push: builds, pushes 1.4.2, 1.4, 1, sha-…, latest and the SHA tag, labels the image and says what was cached',
    async () => {
      const repo = `shipline-test/rules-${randomHex(4)}`;
      const image = `${info!.address}/${repo}`;
      const sha = randomHex(20);
      const ev = tagPush(sha, 'v1.4.2');
      const ws = makeContext();
      const run = (extra: Record<string, string> = {}) =>
        runActionLikeRunner('actions/docker-build', {
          inputs: { image, tags: RULES, username: info!.username, password: info!.password, ...extra },
          env: { ...ev.env, SOURCE_DATE_EPOCH: '1767225600' },
          event: ev.event,
          eventName: ev.eventName,
          workspace: ws,
          timeoutMs: 180_000,
        });
      const r = await run();
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      const names = [sha, '1.4.2', '1.4', '1', `sha-${sha.slice(0, 7)}`, 'latest'];
      expect(r.outputs.tags.split('\n')).toEqual(names.map((t) => `${image}:${t}`));
      expect(r.outputs.version).toBe('1.4.2');
      // Every tag is in the registry, on the one manifest whose digest the step output.
      expect(r.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      for (const t of names) expect((await registryDigest(info!, repo, t)).digest, t).toBe(r.outputs.digest);

      // The labels output is what the image carries.
      const labels = Object.fromEntries(r.outputs.labels.split('\n').map((l) => l.split(/=(.*)/s).slice(0, 2)));
      expect(labels).toMatchObject({
        'org.opencontainers.image.version': '1.4.2',
        'org.opencontainers.image.revision': sha,
        'org.opencontainers.image.created': '2026-01-01T00:00:00.000Z',
        'org.opencontainers.image.title': 'api',
      });
      const inspect = spawnSync(
        'docker',
        ['image', 'inspect', '--format', '{{json .Config.Labels}}', `${image}:${sha}`],
        {
          encoding: 'utf8',
        },
      );
      expect(JSON.parse(inspect.stdout)).toMatchObject(labels);
      const json = JSON.parse(r.outputs.json) as { tags: string[]; 'tag-names': string[]; labels: object };
      expect(json['tag-names']).toEqual(names);
      expect(json.labels).toEqual(labels);

      // The summary: size, time, and the steps (the context's id.txt is new, so it was built).
      expect(r.summary).toMatch(/size \| \d/);
      expect(r.summary).toMatch(/build time \| \d+\.\d s/);
      expect(r.summary).toMatch(/steps \| [1-9]\d* built, \d+ from cache \(of \d+\)/);
      expect(r.summary).toContain('built: `COPY id.txt /id.txt`');

      // Built again from the same context: every step comes from the layer cache, same image.
      const again = await run({ 'skip-if-exists': 'false' });
      expect(again.exitCode, again.stdout + again.stderr).toBe(0);
      expect(again.summary).toMatch(/steps \| 0 built, ([1-9]\d*) from cache \(of \1\)/);
      expect(again.outputs.digest).toBe(r.outputs.digest);
    },
    300_000,
  );
});
