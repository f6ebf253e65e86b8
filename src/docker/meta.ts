/**
 * metadata-action's tag rules evaluated against a run, as its src/meta.ts does: each enabled
 * rule, by priority, yields a value; the first is the version, the rest follow, and the first
 * rule that yields says whether `latest` is added (flavor latest=auto). Pure; no I/O.
 */
import { dateHelper, isRawStatement, render, type Scope } from './expressions.js';
import type { Flavor, Rule } from './rules.js';
import { TagError } from './tag-error.js';
import { parsePep440, parseSemver } from './versions.js';

/** What the rules can see of the run (metadata-action's context). */
export interface MetaContext {
  eventName: string;
  /** refs/heads/…, refs/tags/…, refs/pull/N/merge. */
  ref: string;
  /** The commit tagged (shipline: the PR head on pull requests, never the merge commit). */
  sha: string;
  defaultBranch: string;
  /** The pull request's base branch, or a tag push's base_ref. */
  baseRef: string;
  now: Date;
  commitDate: Date;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH, default 7. */
  shortShaLength: number;
}

export interface MetaVersion {
  main?: string;
  partial: string[];
  latest: boolean;
  /** Rules that matched the event but could not make a tag (not semver, a match that failed). */
  warnings: string[];
}

/** metadata-action's tag sanitising: every run of characters outside [a-zA-Z0-9._-] becomes '-'. */
export const sanitizeTag = (tag: string) => tag.replace(/[^a-zA-Z0-9._-]+/g, '-');

const after = (ref: string, prefix: string) => (ref.startsWith(prefix) ? ref.slice(prefix.length) : '');

/** The global expressions of prefix=, suffix=, value= and enable=. */
function globalScope(c: MetaContext): Scope {
  // As metadata-action: a tag ref is not stripped here, so it is never the default branch by name.
  const head = c.ref.replace(/^refs\/heads\//, '');
  const isDefault =
    head !== '' && (head === c.defaultBranch || /create|discussion|issues|schedule/.test(c.eventName))
      ? 'true'
      : 'false';
  return {
    branch: after(c.ref, 'refs/heads/'),
    tag: after(c.ref, 'refs/tags/'),
    sha: c.sha.slice(0, c.shortShaLength),
    base_ref: /^refs\/(tags|pull)\//.test(c.ref) ? c.baseRef : '',
    is_default_branch: isDefault,
    is_not_default_branch: isDefault === 'true' ? 'false' : 'true',
    date: dateHelper(c.now),
    commit_date: dateHelper(c.commitDate),
  };
}

/** Run every enabled rule; the version (main, partial, latest) the tags are made from. */
export function evaluate(rules: Rule[], flavor: Flavor, c: MetaContext): MetaVersion {
  const scope = globalScope(c);
  const g = (s: string) => render(s, scope);
  const v: MetaVersion = { partial: [], latest: false, warnings: [] };
  let latestSet = false;
  const withAffixes = (val: string, r: Rule) => {
    const prefix = 'prefix' in r.attrs ? g(r.attrs.prefix) : flavor.prefix ? g(flavor.prefix) : '';
    const suffix = 'suffix' in r.attrs ? g(r.attrs.suffix) : flavor.suffix ? g(flavor.suffix) : '';
    return `${prefix}${val}${suffix}`;
  };
  const add = (val: string, autoLatest: boolean) => {
    if (!val) return;
    const tag = sanitizeTag(val);
    if (v.main === undefined) v.main = tag;
    else if (tag !== v.main && !v.partial.includes(tag)) v.partial.push(tag);
    if (!latestSet) {
      v.latest = flavor.latest === 'auto' ? autoLatest : flavor.latest === 'true';
      latestSet = true;
    }
  };
  const tagValue = (r: Rule): string | undefined => {
    let raw = r.attrs.value ? g(r.attrs.value) : c.ref.startsWith('refs/tags/') ? after(c.ref, 'refs/tags/') : '';
    if (!raw) return undefined;
    if (r.attrs.match) {
      const m = raw.match(r.attrs.match);
      if (!m) v.warnings.push(`${r.line}: ${r.attrs.match} does not match ${raw}`);
      else raw = m[1];
    }
    return raw.replace(/\//g, '-');
  };

  for (const r of rules) {
    const enabled = g(r.attrs.enable);
    if (enabled !== 'true' && enabled !== 'false')
      throw new TagError(`"${r.line}" has enable=${enabled}`, 'enable must come out as true or false');
    if (enabled === 'false') continue;
    const a = r.attrs;
    switch (r.type) {
      case 'schedule': {
        if (!/schedule/.test(c.eventName)) break;
        add(withAffixes(render(a.pattern, scope), r), false);
        break;
      }
      case 'semver': {
        const raw = tagValue(r);
        if (raw === undefined) break;
        const sv = parseSemver(raw);
        if (!sv) {
          v.warnings.push(`${r.line}: ${raw} is not a valid semver (https://semver.org)`);
          break;
        }
        const pre = sv.prerelease.length > 0;
        const fields: Scope = {
          raw: sv.raw,
          version: sv.version,
          major: String(sv.major),
          minor: String(sv.minor),
          patch: String(sv.patch),
          prerelease: sv.prerelease.join(','),
          build: sv.build.join(','),
        };
        // A pre-release only ever gets its full version (or {{raw}}): never 1, 1.2 or latest.
        const pattern = pre && !isRawStatement(a.pattern) ? '{{version}}' : a.pattern;
        add(withAffixes(render(pattern, fields), r), !pre);
        break;
      }
      case 'pep440': {
        const raw = tagValue(r);
        if (raw === undefined) break;
        const pv = parsePep440(raw);
        if (!pv) {
          v.warnings.push(`${r.line}: ${raw} does not conform to PEP 440`);
          break;
        }
        const unstable = pv.isPrerelease || pv.isPostrelease || pv.isDevrelease;
        const out = unstable
          ? isRawStatement(a.pattern)
            ? raw
            : pv.normalized
          : render(a.pattern, {
              raw,
              version: pv.normalized,
              major: String(pv.release[0]),
              minor: String(pv.release[1] ?? 0),
              patch: String(pv.release[2] ?? 0),
            });
        add(withAffixes(out, r), !unstable);
        break;
      }
      case 'match': {
        const raw = a.value ? g(a.value) : after(c.ref, 'refs/tags/');
        if (!raw) break;
        const rx = /^\/(.+)\/(.*)$/.exec(a.pattern);
        const m = rx ? raw.match(new RegExp(rx[1], rx[2])) : raw.match(a.pattern);
        const group = m?.[Number(a.group)];
        if (group === undefined) {
          v.warnings.push(`${r.line}: ${a.pattern} does not match ${raw} (group ${a.group})`);
          break;
        }
        add(withAffixes(group, r), true);
        break;
      }
      case 'ref': {
        const kind = { branch: 'refs/heads/', tag: 'refs/tags/', pr: 'refs/pull/' }[a.event] ?? '';
        if (!c.ref.startsWith(kind)) break;
        const val = after(c.ref, kind).replace(/\/merge$/, '');
        add(withAffixes(val, r), a.event === 'tag');
        break;
      }
      case 'edge': {
        const branch = after(c.ref, 'refs/heads/');
        if (!branch || branch !== (a.branch || c.defaultBranch)) break;
        add(withAffixes('edge', r), false);
        break;
      }
      case 'raw':
        add(withAffixes(g(a.value), r), false);
        break;
      case 'sha': {
        if (!c.sha) break;
        add(withAffixes(a.format === 'short' ? c.sha.slice(0, c.shortShaLength) : c.sha, r), false);
        break;
      }
    }
  }
  return v;
}

/** The tag names, in metadata-action's order: the version, the rest, then latest (with the flavor's affixes if onlatest). */
export function metaTags(v: MetaVersion, flavor: Flavor): string[] {
  if (v.main === undefined) return [];
  const tags = [v.main, ...v.partial];
  if (v.latest)
    tags.push(
      sanitizeTag(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`),
    );
  return tags;
}
