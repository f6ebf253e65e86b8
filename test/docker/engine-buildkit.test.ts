import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { needs } from '../helpers/real.js';
import { runActionLikeRunner } from '../helpers/runner.js';
import {
  DEBIAN_DOCKER,
  engineAndRegistryUp,
  hasBuildKit,
  makeContext,
  pushEvent,
  randomHex,
  registryDigest,
  registryInfo,
  visible,
} from './real-registry.js';

const info = registryInfo();
const real = needs(
  `docker engine and registry (bash .ci/daemons.sh) and ${DEBIAN_DOCKER} with BuildKit built in (Debian docker.io)`,
  engineAndRegistryUp() && hasBuildKit(DEBIAN_DOCKER),
);

describe("docker-build with the docker client's own BuildKit (DOCKER_BUILDKIT=1, no buildx)", () => {
  real(
    'a secret and a secret file reach RUN --mount=type=secret, and neither is in a layer, the history or the log',
    async () => {
      const token = `tok-${randomHex(12)}`;
      const fileSecret = `file-${randomHex(12)}`;
      // The RUN step prints both secrets (the log must mask them) and keeps only a hash of both secrets.
      const ws = makeContext(
        [
          'FROM scratch',
          'COPY busybox /bin/busybox',
          'COPY id.txt /id.txt',
          'RUN --mount=type=secret,id=token --mount=type=secret,id=file ["/bin/busybox", "sh", "-c", "/bin/busybox cat /run/secrets/token; echo; /bin/busybox cat /run/secrets/file; echo; /bin/busybox cat /run/secrets/token /run/secrets/file | /bin/busybox sha256sum > /secrets.sha256"]',
          '',
        ].join('\n'),
      );
      writeFileSync(join(ws, 'secret.txt'), fileSecret);
      writeFileSync(join(ws, '.dockerignore'), 'secret.txt\n');
      const repo = `shipline-test/buildkit-${randomHex(4)}`;
      const image = `${info!.address}/${repo}`;
      const sha = randomHex(20);
      const ev = pushEvent(sha);
      const r = await runActionLikeRunner('actions/docker-build', {
        inputs: {
          image,
          username: info!.username,
          password: info!.password,
          secrets: `token=${token}`,
          'secret-files': 'file=secret.txt',
          // dockerd here runs with --bridge=none: RUN steps get no network.
          network: 'none',
        },
        // The Debian client first on PATH, ahead of any newer client without buildx.
        env: { ...ev.env, PATH: `/usr/bin:${process.env.PATH ?? ''}`, SHIPLINE_RETRY_BASE_MS: '200' },
        event: ev.event,
        eventName: ev.eventName,
        workspace: ws,
        timeoutMs: 180_000,
      });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.stdout).toContain(`--secret id=token,env=SHIPLINE_SECRET_TOKEN --secret id=file,src=${ws}/secret.txt`);
      expect(r.stdout).toMatch(/^\$ DOCKER_BUILDKIT=1 docker build .*--progress=plain/m);
      expect(r.summary).toContain('docker build with BuildKit (DOCKER_BUILDKIT=1)');
      // The RUN step printed both secrets: the log shows *** in their place, and neither secret anywhere.
      expect(r.stdout.match(/^#\d+ [\d.]+ \*\*\*$/gm)).toHaveLength(2);
      for (const s of [token, fileSecret]) expect(visible(r)).not.toContain(s);
      const pushed = await registryDigest(info!, repo, sha);
      expect(r.outputs.digest).toBe(pushed.digest);

      // The image: the hash the step computed is in a layer (the mount worked), the secrets are not.
      const ref = `${image}:${sha}`;
      const saved = spawnSync(DEBIAN_DOCKER, ['save', ref], { maxBuffer: 64 << 20, timeout: 60_000 });
      expect(saved.status, saved.stderr?.toString()).toBe(0);
      const hash = createHash('sha256').update(`${token}${fileSecret}`).digest('hex');
      expect(saved.stdout.includes(hash)).toBe(true);
      for (const s of [token, fileSecret]) expect(saved.stdout.includes(s)).toBe(false);
      const history = spawnSync(DEBIAN_DOCKER, ['history', '--no-trunc', ref], { encoding: 'utf8' });
      expect(history.status).toBe(0);
      expect(history.stdout).toContain('RUN /bin/busybox sh -c /bin/busybox cat /run/secrets/token');
      for (const s of [token, fileSecret]) expect(history.stdout).not.toContain(s);
      spawnSync(DEBIAN_DOCKER, ['rmi', '--force', ref, `${image}:main`, `${image}:latest`], { stdio: 'ignore' });
    },
    240_000,
  );
});
