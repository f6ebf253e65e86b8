import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Registry {
  address: string;
  username: string;
  password: string;
}

/** The registry .ci/daemons.sh started, when it and the engine both answer. */
export async function engineAndRegistry(): Promise<Registry | { missing: string }> {
  let reg: Registry;
  const file = join(process.env.SHIPLINE_REGISTRY_DIR ?? '/var/lib/shipline-registry', 'registry.json');
  try {
    reg = JSON.parse(readFileSync(file, 'utf8')) as Registry;
  } catch {
    return { missing: `no registry recorded in ${file}` };
  }
  const info = spawnSync('docker', ['info'], { stdio: 'ignore', timeout: 20_000 });
  if (info.error || info.status !== 0) return { missing: 'no Docker engine answers docker info' };
  try {
    const res = await fetch(`http://${reg.address}/v2/`, { signal: AbortSignal.timeout(5000) });
    if (res.status !== 401) return { missing: `the registry at ${reg.address} answered ${res.status}` };
  } catch {
    return { missing: `nothing answers at ${reg.address}` };
  }
  return reg;
}

/**
 * A context whose build does real work on every layer: a static busybox, then RUN steps
 * that write a few MB each, so the layer cache has something to save.
 */
export function benchContext(): { dir: string; sha: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-docker-'));
  copyFileSync('/bin/busybox', join(dir, 'busybox'));
  writeFileSync(join(dir, 'app.txt'), randomBytes(8).toString('hex'));
  const steps = [1, 2, 3].map(
    (i) =>
      `RUN ["/bin/busybox", "sh", "-c", "/bin/busybox dd if=/dev/urandom of=/data${i} bs=1M count=8 2>/dev/null && /bin/busybox sha256sum /data${i} > /sum${i}"]`,
  );
  writeFileSync(
    join(dir, 'Dockerfile'),
    [
      'FROM scratch',
      'COPY busybox /bin/busybox',
      ...steps,
      'COPY app.txt /app.txt',
      'CMD ["/bin/busybox", "cat", "/app.txt"]',
      '',
    ].join('\n'),
  );
  // A real checkout, as in CI: the commit's time becomes the created label.
  const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout.trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'bench');
  return { dir, sha: git('rev-parse', 'HEAD') };
}

/** Remove every local image of a repository (tags and their untagged parents: the layer cache). */
export function dropImages(repo: string): void {
  const ids = spawnSync('docker', ['images', '-q', repo], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  if (ids.length) spawnSync('docker', ['rmi', '-f', ...new Set(ids)], { stdio: 'ignore' });
}
