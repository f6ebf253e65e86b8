import { createHash } from 'node:crypto';
import { request, type HttpDeps, type HttpResponse } from '../core/http.js';
import { apiHost, isLoopback, type ImageName } from './reference.js';
import type { Credentials } from './credentials.js';
import { ExternalError } from '../core/errors.js';

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
];

export type { Credentials } from './credentials.js';
export { dockerConfigCredentials } from './credentials.js';

export interface Manifest {
  digest: string;
  mediaType: string;
  body: string;
}

/** The registry answered, but not with what we asked for (denied, broken, unreachable). */
export class RegistryError extends ExternalError {
  override readonly name = 'RegistryError';
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** `Bearer realm="...",service="...",scope="..."` → scheme and parameters. */
export function parseChallenge(header: string | null): { scheme: string; params: Record<string, string> } | undefined {
  if (!header) return undefined;
  const m = /^\s*(\w+)\s*(.*)$/.exec(header);
  if (!m) return undefined;
  const params: Record<string, string> = {};
  for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g)) params[p[1].toLowerCase()] = p[2];
  return { scheme: m[1].toLowerCase(), params };
}

/**
 * A minimal Distribution API client: look a tag's manifest up and copy a manifest to another
 * tag. Handles Basic and Bearer (token) challenges, and retries 429/5xx/resets via core http.
 */
export class RegistryClient {
  private authorization: string | undefined;
  readonly base: string;
  /** HTTP deps without the masker: core `request` masks bodies, which would corrupt a
   * manifest (its bytes are its digest) or a token that contains an earlier one. */
  private readonly http: HttpDeps;
  private readonly mask: (s: string) => string;
  constructor(
    readonly image: ImageName,
    private readonly credentials: Credentials | undefined,
    private readonly deps: HttpDeps & { retries: number },
  ) {
    this.base = `${isLoopback(image.registry) ? 'http' : 'https'}://${apiHost(image.registry)}`;
    if (credentials) deps.masker?.add(`${credentials.username}:${credentials.password}`);
    const { masker, ...http } = deps;
    this.http = http;
    this.mask = (s) => (masker ? masker.mask(s) : s);
  }

  private async send(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: string | undefined,
    scope: string,
  ): Promise<HttpResponse> {
    const go = () =>
      request(
        {
          url: `${this.base}${path}`,
          method,
          headers: { ...headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
          body,
          retries: this.deps.retries,
          label: `registry ${this.image.registry}`,
          timeoutMs: 30_000,
        },
        this.http,
      );
    let res = await go();
    if (res.status !== 401) return res;
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    if (!challenge) return res;
    if (challenge.scheme === 'basic') {
      if (!this.credentials) return res;
      this.authorization = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
    } else if (challenge.scheme === 'bearer' && challenge.params.realm) {
      const url = new URL(challenge.params.realm);
      if (challenge.params.service) url.searchParams.set('service', challenge.params.service);
      url.searchParams.set('scope', scope);
      const basic = this.credentials
        ? {
            authorization: `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`,
          }
        : undefined;
      const tokenRes = await request(
        {
          url: url.toString(),
          headers: basic,
          retries: this.deps.retries,
          label: `token service of ${this.image.registry}`,
          timeoutMs: 30_000,
        },
        this.http,
      );
      if (!tokenRes.ok)
        throw new RegistryError(
          `the token service of ${this.image.registry} answered ${tokenRes.status}${this.credentials ? ' (check the username and password)' : ' (no credentials: set username and password)'}`,
          tokenRes.status,
        );
      const json = JSON.parse(tokenRes.body) as { token?: string; access_token?: string };
      const token = json.token ?? json.access_token;
      if (!token) throw new RegistryError(`the token service of ${this.image.registry} sent no token`);
      this.deps.masker?.add(token);
      this.authorization = `Bearer ${token}`;
    } else return res;
    res = await go();
    return res;
  }

  /** The manifest a tag points at, or undefined when the tag does not exist. */
  async manifest(tag: string): Promise<Manifest | undefined> {
    const res = await this.send(
      'GET',
      `/v2/${this.image.repository}/manifests/${tag}`,
      { accept: MANIFEST_TYPES.join(', ') },
      undefined,
      `repository:${this.image.repository}:pull`,
    );
    if (res.status === 404) return undefined;
    if (res.status === 401 || res.status === 403)
      throw new RegistryError(
        `registry ${this.image.registry} denied reading ${this.image.repository}:${tag} (HTTP ${res.status})`,
        res.status,
      );
    if (!res.ok)
      throw new RegistryError(
        `registry ${this.image.registry} answered ${res.status} for ${this.image.repository}:${tag}: ${this.mask(res.body.slice(0, 200))}`,
        res.status,
      );
    const digest =
      res.headers.get('docker-content-digest') ??
      `sha256:${createHash('sha256').update(res.body, 'utf8').digest('hex')}`;
    const mediaType =
      res.headers.get('content-type')?.split(';')[0] ??
      (JSON.parse(res.body) as { mediaType?: string }).mediaType ??
      '';
    return { digest, mediaType, body: res.body };
  }

  /** Point `tag` at an existing manifest (no pull, no push of layers). */
  async putManifest(tag: string, manifest: Manifest): Promise<void> {
    const res = await this.send(
      'PUT',
      `/v2/${this.image.repository}/manifests/${tag}`,
      { 'content-type': manifest.mediaType },
      manifest.body,
      `repository:${this.image.repository}:pull,push`,
    );
    if (!res.ok)
      throw new RegistryError(
        `registry ${this.image.registry} answered ${res.status} when tagging ${this.image.repository}:${tag}: ${this.mask(res.body.slice(0, 200))}`,
        res.status,
      );
  }
}
