/**
 * Docker's reference grammar (distribution/reference), the parts an image build needs:
 * the repository name, the registry it lives on, and tags. Pure; no I/O.
 */

/** What is wrong with a value, and how to fix it: the caller names the input. */
export interface Problem {
  problem: string;
  fix: string;
}

export interface ImageName {
  /** As the user wrote it (and as docker tags it): `ghcr.io/acme/api`, `acme/api`. */
  name: string;
  /** The registry host[:port] (`docker.io` when none was written). */
  registry: string;
  /** Repository path on that registry (`library/redis` for Docker Hub's official images). */
  repository: string;
}

const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const MAX_TAG_LENGTH = 128;
const MAX_NAME_LENGTH = 255;

/** True when the first path element is a registry host, by Docker's own rule. */
function looksLikeDomain(first: string): boolean {
  return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}

/** Parse and validate an image name without tag or digest. */
export function parseImageName(raw: string): ImageName | Problem {
  const name = raw.trim();
  if (name === '') return { problem: 'is empty', fix: 'set an image name such as ghcr.io/acme/api' };
  if (name.includes('@'))
    return {
      problem: `"${name}" has a digest`,
      fix: 'give the name alone (e.g. ghcr.io/acme/api); shipline outputs the digest',
    };
  const slash = name.indexOf('/');
  const first = slash === -1 ? '' : name.slice(0, slash);
  const hasDomain = slash !== -1 && looksLikeDomain(first);
  const domain = hasDomain ? first : '';
  const path = hasDomain ? name.slice(slash + 1) : name;
  const lastPart = path.split('/').pop() ?? '';
  if (lastPart.includes(':'))
    return {
      problem: `"${name}" has a tag (${lastPart.slice(lastPart.indexOf(':'))})`,
      fix: 'give the name without a tag and put extra tags in the tags input; the commit SHA tag is added for you',
    };
  if (hasDomain && first !== first.toLowerCase() && !first.includes('.') && !first.includes(':')) {
    return { problem: `"${name}" has upper case letters in "${first}"`, fix: 'image names must be lower case' };
  }
  if (domain && !DOMAIN_RE.test(domain))
    return {
      problem: `"${domain}" is not a valid registry host[:port]`,
      fix: 'write the registry as host or host:port, e.g. ghcr.io or registry.example.com:5000',
    };
  if (path === '')
    return {
      problem: `"${name}" has no repository after the registry`,
      fix: 'write registry/owner/name, e.g. ghcr.io/acme/api',
    };
  for (const part of path.split('/')) {
    if (part === '') return { problem: `"${name}" has an empty path element (//)`, fix: 'remove the extra slash' };
    if (part !== part.toLowerCase())
      return { problem: `"${name}" has upper case letters in "${part}"`, fix: 'image names must be lower case' };
    if (!PATH_COMPONENT_RE.test(part))
      return {
        problem: `"${part}" in "${name}" is not a valid repository name element`,
        fix: 'use lower case letters, digits and single separators (. _ __ -), starting and ending with a letter or digit',
      };
  }
  if (name.length > MAX_NAME_LENGTH)
    return {
      problem: `"${name.slice(0, 40)}…" is ${name.length} characters`,
      fix: `Docker allows at most ${MAX_NAME_LENGTH}`,
    };
  const registry = domain || 'docker.io';
  const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
  return { name, registry, repository };
}

export function isProblem<T extends object>(v: T | Problem): v is Problem {
  return 'problem' in v && 'fix' in v;
}

/** Validate one tag against Docker's grammar; undefined when valid. */
export function tagProblem(tag: string): Problem | undefined {
  if (tag.length > MAX_TAG_LENGTH)
    return {
      problem: `tag "${tag.slice(0, 32)}…" is ${tag.length} characters`,
      fix: `Docker allows at most ${MAX_TAG_LENGTH}; shorten it`,
    };
  if (!TAG_RE.test(tag))
    return {
      problem: `tag "${tag}" is not a valid Docker tag`,
      fix: 'use letters, digits, _ . and -, not starting with . or -',
    };
  return undefined;
}

/**
 * A branch or git tag name as a Docker tag: lower case, anything outside [a-z0-9_.-]
 * becomes '-', no leading '.'/'-', at most 128 characters. Undefined when nothing is left.
 */
export function slugTag(value: string): string | undefined {
  let s = value
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/g, '-')
    .replace(/^[.-]+/, '');
  if (s.length > MAX_TAG_LENGTH) s = s.slice(0, MAX_TAG_LENGTH);
  s = s.replace(/-+$/, '');
  return s === '' ? undefined : s;
}

/** The host the registry's HTTP API answers on (Docker Hub's API is not docker.io). */
export function apiHost(registry: string): string {
  return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}

/** Loopback registries speak plain HTTP (Docker allows 127.0.0.0/8 insecure by default). */
export function isLoopback(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
