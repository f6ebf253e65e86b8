import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { available } from '../helpers/real.js';

/** What .ci/daemons.sh writes once the registry is up (see the comment at its top). */
export interface RegistryInfo {
  address: string;
  username: string;
  password: string;
}

export const REGISTRY_FILE = join(process.env.SHIPLINE_REGISTRY_DIR ?? '/var/lib/shipline-registry', 'registry.json');

export function registryInfo(): RegistryInfo | undefined {
  try {
    return JSON.parse(readFileSync(REGISTRY_FILE, 'utf8')) as RegistryInfo;
  } catch {
    return undefined;
  }
}

/** The engine answers `docker info` and the registry recorded by daemons.sh answers /v2/. */
export function engineAndRegistryUp(): boolean {
  const info = registryInfo();
  if (!info || !available('docker', ['info'])) return false;
  const r = spawnSync(
    process.execPath,
    [
      '-e',
      `fetch('http://${info.address}/v2/').then(r => process.exit(r.status === 401 ? 0 : 1), () => process.exit(1))`,
    ],
    { timeout: 10_000 },
  );
  return r.status === 0;
}

/** Debian's docker.io client (what .ci/run installs): BuildKit built in, no buildx plugin. */
export const DEBIAN_DOCKER = '/usr/bin/docker';

/** `DOCKER_BUILDKIT=1 docker build --help` runs and offers --secret: the client has BuildKit built in. */
export function hasBuildKit(docker: string): boolean {
  const r = spawnSync(docker, ['build', '--help'], {
    env: { ...process.env, DOCKER_BUILDKIT: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return r.status === 0 && /--secret\b/.test(r.stdout);
}

export const randomHex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A build context with a static busybox and a unique file, so every test gets its own image. */
export function makeContext(dockerfile?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-docker-ctx-'));
  if (existsSync('/bin/busybox')) copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'id.txt'), `${randomHex(16)}\n`);
  writeFileSync(
    join(dir, 'Dockerfile'),
    dockerfile ??
      'FROM scratch\nCOPY busybox /bin/busybox\nCOPY id.txt /id.txt\nCMD ["/bin/busybox", "cat", "/id.txt"]\n',
  );
  return dir;
}

/** A push to main of acme/api at a fresh random commit: the tags a test expects follow from it. */
export function pushEvent(sha: string): { env: Record<string, string>; event: unknown; eventName: string } {
  return {
    env: { GITHUB_SHA: sha, GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main', GITHUB_REF_TYPE: 'branch' },
    event: { ref: 'refs/heads/main', after: sha, repository: { full_name: 'acme/api', default_branch: 'main' } },
    eventName: 'push',
  };
}

/** Ask the registry API directly (not through shipline) for a tag's manifest digest. */
export async function registryDigest(
  info: RegistryInfo,
  repository: string,
  tag: string,
): Promise<{ status: number; digest: string | null; bodyDigest: string }> {
  const res = await fetch(`http://${info.address}/v2/${repository}/manifests/${tag}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${info.username}:${info.password}`).toString('base64')}`,
      accept:
        'application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, application/vnd.docker.distribution.manifest.list.v2+json',
    },
  });
  const body = Buffer.from(await res.arrayBuffer());
  const { createHash } = await import('node:crypto');
  return {
    status: res.status,
    digest: res.headers.get('docker-content-digest'),
    bodyDigest: `sha256:${createHash('sha256').update(body).digest('hex')}`,
  };
}

/** Everything the runner would show a user, minus the `::add-mask::` commands it consumes. */
export function visible(r: {
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}): string {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  return [stdout, r.stderr, r.summary, JSON.stringify(r.outputs)].join('\n');
}
