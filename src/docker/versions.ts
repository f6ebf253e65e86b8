/**
 * Version grammars for metadata-action's `type=semver` and `type=pep440`: node-semver's
 * strict `valid()` (semver.org, with an optional leading `v`) and PEP 440's normalisation.
 */

export interface SemVer {
  raw: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
  build: string[];
  /** major.minor.patch[-prerelease], without build metadata (node-semver's `version`). */
  version: string;
}

const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const SEMVER = new RegExp(
  `^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`,
);

/** node-semver's strict parse: undefined when `raw` is not a valid semantic version. */
export function parseSemver(raw: string): SemVer | undefined {
  if (raw.length > 256) return undefined;
  const m = SEMVER.exec(raw.trim());
  if (!m) return undefined;
  const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
  if (![major, minor, patch].every(Number.isSafeInteger)) return undefined;
  const prerelease = m[4] ? m[4].split('.') : [];
  return {
    raw,
    major,
    minor,
    patch,
    prerelease,
    build: m[5] ? m[5].split('.') : [],
    version: `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`,
  };
}

export interface Pep440 {
  epoch: number;
  release: number[];
  pre?: [string, number];
  post?: number;
  dev?: number;
  local?: string;
  /** The normalised form (packaging's `str(Version(...))`). */
  normalized: string;
  isPrerelease: boolean;
  isPostrelease: boolean;
  isDevrelease: boolean;
}

// PEP 440, Appendix B, with the leading `v` the PEP allows.
const PEP440 =
  /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
const PRE_SPELLING: Record<string, string> = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };

/** Parse and normalise a PEP 440 version; undefined when it does not conform. */
export function parsePep440(raw: string): Pep440 | undefined {
  const m = PEP440.exec(raw);
  if (!m) return undefined;
  const epoch = Number(m[1] ?? 0);
  const release = m[2].split('.').map(Number);
  const preL = m[3]?.toLowerCase();
  const pre: [string, number] | undefined = preL ? [PRE_SPELLING[preL] ?? preL, Number(m[4] ?? 0)] : undefined;
  const post = m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : undefined;
  const dev = m[8] ? Number(m[9] ?? 0) : undefined;
  const local = m[10]
    ?.toLowerCase()
    .split(/[-_.]/)
    .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p))
    .join('.');
  let normalized = `${epoch ? `${epoch}!` : ''}${release.join('.')}`;
  if (pre) normalized += `${pre[0]}${pre[1]}`;
  if (post !== undefined) normalized += `.post${post}`;
  if (dev !== undefined) normalized += `.dev${dev}`;
  if (local) normalized += `+${local}`;
  return {
    epoch,
    release,
    pre,
    post,
    dev,
    local,
    normalized,
    isPrerelease: pre !== undefined || dev !== undefined,
    isPostrelease: post !== undefined,
    isDevrelease: dev !== undefined,
  };
}
