import { slugTag, tagProblem, type Problem } from './reference.js';
import { ConfigError } from '../core/errors.js';

/** What tagging needs to know about the run (a slice of EventContext, plus git fallbacks). */
export interface TagSource {
  eventName: string;
  /** The checked-out commit: on pull_request this is GitHub's merge commit, never tagged. */
  sha: string;
  /** On pull_request: the PR head commit, the one that was actually written and tested. */
  prHeadSha?: string;
  prNumber?: number;
  /** On pull_request: the PR's branch. */
  prHeadRef?: string;
  refType: 'branch' | 'tag' | '';
  refName: string;
  defaultBranch: string;
  runNumber: string;
}

export interface TagPlan {
  /** The full commit SHA the image is built from. */
  sha: string;
  /** The SHA tag (long or short): what skip-if-exists looks up and `image` outputs. */
  shaTag: string;
  /** Every tag, SHA tag first, deduplicated. */
  tags: string[];
  /** Value of the org.opencontainers.image.version label. */
  version: string;
  branch?: string;
  gitTag?: string;
  /** Extra tag templates dropped because a placeholder they use is empty in this run. */
  dropped: string[];
}

/** A tag that cannot be made; `input` names the input at fault, when one is (a missing SHA is none's). */
export class TagError extends ConfigError implements Problem {
  override readonly name = 'TagError';
  constructor(
    readonly problem: string,
    readonly fix: string,
    readonly input: 'tags' | undefined = 'tags',
  ) {
    super(`${problem}; ${fix}`);
  }
}

const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'tag', 'run-number'] as const;

export const isPullRequest = (eventName: string) => eventName === 'pull_request' || eventName === 'pull_request_target';

/** `v1.2.3` → 1.2.3, 1.2, 1 (major 0 gets no bare `0`); a pre-release only its full version. */
export function semverTags(gitTag: string): string[] | undefined {
  const m = SEMVER.exec(gitTag);
  if (!m) return undefined;
  const [, major, minor, patch, pre] = m;
  if (pre) return [`${major}.${minor}.${patch}-${pre}`];
  const out = [`${major}.${minor}.${patch}`, `${major}.${minor}`];
  if (major !== '0') out.push(major);
  return out;
}

/** Expand `{sha}`-style placeholders; undefined when one it uses has no value in this run. */
export function expandTemplate(
  template: string,
  values: Record<(typeof PLACEHOLDERS)[number], string | undefined>,
): string | undefined {
  let missing = false;
  const out = template.replace(/\{([^{}]*)\}/g, (_, key: string) => {
    if (!(PLACEHOLDERS as readonly string[]).includes(key))
      throw new TagError(
        `"${template}" uses unknown placeholder {${key}}`,
        `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
      );
    const v = values[key as (typeof PLACEHOLDERS)[number]];
    if (!v) missing = true;
    return v ?? '';
  });
  return missing ? undefined : out;
}

/**
 * Every tag of the image: the commit SHA (the PR head on pull requests, never the merge
 * commit), the branch slug, `latest` on the default branch, semver tags on a `v1.2.3` git
 * tag, then the user's extra tags. Throws TagError on an invalid tag.
 */
export function computeTags(src: TagSource, shaFormat: 'long' | 'short', extra: string[]): TagPlan {
  const sha = (isPullRequest(src.eventName) && src.prHeadSha ? src.prHeadSha : src.sha).toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(sha))
    throw new TagError(
      sha ? `commit SHA "${sha}" is not a hex SHA` : 'no commit SHA: GITHUB_SHA is empty and git found no HEAD commit',
      'run in a git checkout or set GITHUB_SHA',
      undefined,
    );
  const shortSha = sha.slice(0, 7);
  const shaTag = shaFormat === 'short' ? shortSha : sha;
  const onPr = isPullRequest(src.eventName);
  const branchName = onPr ? src.prHeadRef : src.refType === 'branch' ? src.refName : undefined;
  const branch = branchName ? slugTag(branchName) : undefined;
  const gitTag = !onPr && src.refType === 'tag' && src.refName ? src.refName : undefined;

  const tags: string[] = [shaTag];
  if (branch) tags.push(branch);
  if (onPr && src.prNumber) tags.push(`pr-${src.prNumber}`);
  if (!onPr && src.refType === 'branch' && src.defaultBranch && src.refName === src.defaultBranch) tags.push('latest');
  const semver = gitTag ? semverTags(gitTag) : undefined;
  if (semver) tags.push(...semver);
  else if (gitTag) {
    const slug = slugTag(gitTag);
    if (slug) tags.push(slug);
  }

  const dropped: string[] = [];
  const values = {
    sha,
    'short-sha': shortSha,
    branch,
    tag: gitTag ? slugTag(gitTag) : undefined,
    'run-number': src.runNumber || undefined,
  };
  for (const template of extra) {
    if (template.includes(':') || template.includes('/') || template.includes('@')) {
      throw new TagError(
        `"${template}" is a reference, not a tag`,
        'give tag names only (e.g. stable or {branch}-{run-number}); the image input names the repository',
      );
    }
    const tag = expandTemplate(template, values);
    if (tag === undefined) dropped.push(template);
    else tags.push(tag);
  }
  for (const t of tags) {
    const p = tagProblem(t);
    if (p) throw new TagError(p.problem, p.fix);
  }
  const version = semver?.[0] ?? (gitTag ? (slugTag(gitTag) ?? sha) : (branch ?? sha));
  return { sha, shaTag, tags: [...new Set(tags)], version, branch, gitTag, dropped };
}

export interface LabelSource {
  sha: string;
  version: string;
  serverUrl: string;
  repository: string;
  created: Date;
}

/** The OCI labels every image gets; the user's `labels` input overrides any of them. */
export function ociLabels(src: LabelSource, user: Array<[string, string]>): Array<[string, string]> {
  const url = src.repository ? `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}` : '';
  const base: Array<[string, string]> = [
    ['org.opencontainers.image.revision', src.sha],
    ['org.opencontainers.image.created', src.created.toISOString()],
    ['org.opencontainers.image.version', src.version],
  ];
  if (url) base.push(['org.opencontainers.image.source', url], ['org.opencontainers.image.url', url]);
  if (src.repository) base.push(['org.opencontainers.image.title', src.repository.split('/').pop() ?? src.repository]);
  const merged = new Map(base);
  for (const [k, v] of user) merged.set(k, v);
  return [...merged];
}
