import { createHash } from 'node:crypto';

export interface RegistryAccess {
  address: string;
  username: string;
  password: string;
}

/**
 * Put a minimal image (a config blob and an OCI manifest with no layers) straight into a real
 * registry through the Distribution API, so a test can look a tag up without building.
 */
export async function pushMinimalImage(info: RegistryAccess, repository: string, tag: string): Promise<void> {
  const base = `http://${info.address}`;
  const authorization = `Basic ${Buffer.from(`${info.username}:${info.password}`).toString('base64')}`;
  const config = Buffer.from('{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}');
  const digest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
  const start = await fetch(`${base}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: { authorization } });
  const upload = new URL(start.headers.get('location')!, base);
  upload.searchParams.set('digest', digest);
  const blob = await fetch(upload, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/octet-stream' },
    body: config,
  });
  if (blob.status !== 201) throw new Error(`blob upload answered ${blob.status}`);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest, size: config.length },
    layers: [],
  });
  const put = await fetch(`${base}/v2/${repository}/manifests/${tag}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
    body: manifest,
  });
  if (put.status !== 201) throw new Error(`manifest put answered ${put.status}`);
}
