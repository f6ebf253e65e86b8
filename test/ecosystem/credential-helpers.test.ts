// docker-build finds registry credentials where docker does: a credHelpers entry or the
// credsStore of docker's config.json, run by the docker-credential-helpers protocol. The helper
// here is a script on PATH; the registry is the real one (.ci/daemons.sh).
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { engineAndRegistryUp, makeContext, registryInfo, visible } from '../docker/real-registry.js';
import { needs } from '../helpers/real.js';
import { pushMinimalImage } from '../helpers/registry-image.js';
import { runActionLikeRunner } from '../helpers/runner.js';

const up = engineAndRegistryUp();

/** A docker-credential-<name> that answers `get` for one server URL, logging each call. */
function helper(name: string, server: string, username: string, secret: string): { dir: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cred-helper-'));
  const log = join(dir, 'calls.log');
  writeFileSync(
    join(dir, `docker-credential-${name}`),
    `#!/bin/sh
read -r url
echo "$1 $url" >> '${log}'
if [ "$1" = get ] && [ "$url" = '${server}' ]; then
  printf '{"ServerURL":"%s","Username":"%s","Secret":"%s"}\\n' "$url" '${username}' '${secret}'
  exit 0
fi
echo 'credentials not found in native keychain'
exit 1
`,
  );
  chmodSync(join(dir, `docker-credential-${name}`), 0o755);
  return { dir, log };
}

async function lookup(config: object, pathDirs: string[]) {
  const info = registryInfo()!;
  const repository = `credhelper/api-${randomBytes(4).toString('hex')}`;
  const sha = randomBytes(20).toString('hex');
  await pushMinimalImage(info, repository, sha);
  const dockerConfig = mkdtempSync(join(tmpdir(), 'docker-config-'));
  writeFileSync(join(dockerConfig, 'config.json'), JSON.stringify(config));
  // docker answers what the engine is and builds nothing: a found image is skipped without
  // building, and a lookup that finds nothing ends at the build, in a second rather than ten.
  const shim = mkdtempSync(join(tmpdir(), 'docker-shim-'));
  writeFileSync(
    join(shim, 'docker'),
    '#!/bin/sh\ncase "$1" in version|info|buildx) exec /usr/bin/docker "$@" ;; esac\necho "docker $1: not in this test" >&2\nexit 1\n',
  );
  chmodSync(join(shim, 'docker'), 0o755);
  return runActionLikeRunner('actions/docker-build', {
    inputs: { image: `${info.address}/${repository}`, 'dry-run': 'false', push: 'true' },
    env: {
      DOCKER_CONFIG: dockerConfig,
      PATH: [...pathDirs, shim, '/usr/bin', '/bin'].join(':'),
      GITHUB_SHA: sha,
      GITHUB_REF: 'refs/heads/main',
      GITHUB_REF_NAME: 'main',
      GITHUB_REF_TYPE: 'branch',
    },
    event: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/api', default_branch: 'main' } },
    eventName: 'push',
    workspace: makeContext(),
  });
}

describe('docker credential helpers', () => {
  const real = needs('the docker registry (.ci/daemons.sh)', up);

  real("credHelpers: the registry's helper is asked, and its secret reaches nothing shown", async () => {
    const info = registryInfo()!;
    const h = helper('shipfake', info.address, info.username, info.password);
    const r = await lookup({ credHelpers: { [info.address]: 'shipfake' } }, [h.dir]);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.skipped).toBe('true');
    expect(readFileSync(h.log, 'utf8')).toBe(`get ${info.address}\n`);
    expect(visible(r)).not.toContain(info.password);
  });

  real('credsStore: the store is asked when no helper names the registry', async () => {
    const info = registryInfo()!;
    const h = helper('shipstore', info.address, info.username, info.password);
    const r = await lookup({ credsStore: 'shipstore', auths: { [info.address]: {} } }, [h.dir]);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.skipped).toBe('true');
    expect(readFileSync(h.log, 'utf8')).toBe(`get ${info.address}\n`);
  });

  real('a helper that has nothing for the registry: denied, said plainly, and the build goes on', async () => {
    const info = registryInfo()!;
    const h = helper('shipfake', 'other.example', 'x', 'y');
    const r = await lookup({ credHelpers: { [info.address]: 'shipfake' } }, [h.dir]);
    expect(r.outputs.skipped).not.toBe('true');
    expect(r.stdout).toMatch(/denied reading|carrying on as if it does not/);
  });

  real('a helper named in the config but missing from PATH is warned about', async () => {
    const info = registryInfo()!;
    const r = await lookup({ credHelpers: { [info.address]: 'nosuchhelper' } }, []);
    expect(r.stdout).toContain('docker-credential-nosuchhelper is not on PATH');
  });
});
