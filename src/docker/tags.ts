import { evaluate, metaTags, type MetaContext } from './meta.js';
import { slugTag, tagProblem } from './reference.js';
import { isRuleLine, parseFlavor, parseRules } from './rules.js';
import { TagError } from './tag-error.js';

export { TagError } from './tag-error.js';

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
  /** GITHUB_REF (refs/heads/…, refs/tags/…, refs/pull/N/merge); made from refType/refName when empty. */
  ref?: string;
  /** The pull request's base branch (or a tag push's base_ref): metadata-action's {{base_ref}}. */
  baseRef?: string;
  /** The run's clock and the commit's time: {{date}} and {{commit_date}} in tag rules. */
  now?: Date;
  commitDate?: Date;
  /** DOCKER_METADATA_SHORT_SHA_LENGTH: the short SHA of type=sha and {{sha}} (default 7). */
  shortShaLength?: number;
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
  /** `default` (shipline's tags, plus templates) or `rules` (metadata-action's type= rules in tags). */
  mode: 'default' | 'rules';
  /** Rules that matched this event but made no tag (a git tag that is not semver …), said as warnings. */
  warnings: string[];
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

/** Which automatic tags to make: metadata-action's `latest=auto|true|false`, and the branch tag on or off. */
export interface AutoTags {
  latest: 'auto' | 'true' | 'false';
  branch: boolean;
}

/** shipline's own `{sha}`-style placeholders, which type= rules do not read. */
const SHIPLINE_PLACEHOLDER = /(?<!\{)\{(sha|short-sha|branch|tag|run-number)\}(?!\})/;

/**
 * Every tag of the image: the commit SHA tag first (the PR head on pull requests, never the
 * merge commit), then either shipline's defaults (branch slug, pr-N, `latest` on the default
 * branch, semver tags on a `v1.2.3` git tag, the user's templates) or, when `tags` holds
 * metadata-action `type=` rules, exactly what those rules and `flavor` make. Throws TagError.
 */
export function computeTags(
  src: TagSource,
  shaFormat: 'long' | 'short',
  extra: string[],
  auto: AutoTags = { latest: 'auto', branch: true },
  flavorLines: string[] = [],
): TagPlan {
  const sha = (isPullRequest(src.eventName) && src.prHeadSha ? src.prHeadSha : src.sha).toLowerCase();
  if (!/^[0-9a-f]{7,64}$/.test(sha))
    throw new TagError(
      sha ? `commit SHA "${sha}" is not a hex SHA` : 'no commit SHA: GITHUB_SHA is empty and git found no HEAD commit',
      'run in a git checkout or set GITHUB_SHA',
      undefined,
    );
  const shortSha = sha.slice(0, 7);
  const shaTag = shaFormat === 'short' ? shortSha : sha;
  const flavor = parseFlavor(flavorLines, auto.latest);
  if (extra.some(isRuleLine)) return rulePlan(src, sha, shaTag, extra, flavor);
  if (flavor.prefix || flavor.suffix)
    throw new TagError(
      'prefix= and suffix= apply to type= rules only',
      'add rules to tags (e.g. type=ref,event=branch) or drop prefix/suffix from flavor',
      'flavor',
    );
  auto = { ...auto, latest: flavor.latest };
  const onPr = isPullRequest(src.eventName);
  const branchName = onPr ? src.prHeadRef : src.refType === 'branch' ? src.refName : undefined;
  const branch = branchName ? slugTag(branchName) : undefined;
  const gitTag = !onPr && src.refType === 'tag' && src.refName ? src.refName : undefined;

  const tags: string[] = [shaTag];
  // Immutable-tag registries (ECR) refuse a re-pushed tag: branch and latest can be turned off.
  if (branch && auto.branch) tags.push(branch);
  if (onPr && src.prNumber) tags.push(`pr-${src.prNumber}`);
  const onDefault = !onPr && src.refType === 'branch' && !!src.defaultBranch && src.refName === src.defaultBranch;
  if (auto.latest === 'true' || (auto.latest === 'auto' && onDefault)) tags.push('latest');
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
  checkTags(tags);
  const version = semver?.[0] ?? (gitTag ? (slugTag(gitTag) ?? sha) : (branch ?? sha));
  return { sha, shaTag, tags: [...new Set(tags)], version, branch, gitTag, dropped, mode: 'default', warnings: [] };
}

function checkTags(tags: string[]): void {
  for (const t of tags) {
    const p = tagProblem(t);
    if (p) throw new TagError(p.problem, p.fix);
  }
}

/** The ref metadata-action reads: GITHUB_REF, or made from the branch/tag found locally. */
function refOf(src: TagSource): string {
  // pull_request_target runs on the base branch's ref: metadata-action rewrites it to the PR's.
  if (src.eventName === 'pull_request_target' && src.prNumber) return `refs/pull/${src.prNumber}/merge`;
  if (src.ref) return src.ref;
  if (src.refType === 'branch' && src.refName) return `refs/heads/${src.refName}`;
  if (src.refType === 'tag' && src.refName) return `refs/tags/${src.refName}`;
  return '';
}

/** `tags` in metadata-action's syntax: the SHA tag, then what the rules and flavor make. */
function rulePlan(
  src: TagSource,
  sha: string,
  shaTag: string,
  lines: string[],
  flavor: ReturnType<typeof parseFlavor>,
): TagPlan {
  for (const line of lines)
    if (!isRuleLine(line) && SHIPLINE_PLACEHOLDER.test(line))
      throw new TagError(
        `"${line}" uses a shipline {placeholder} beside type= rules`,
        "write it as a rule with metadata-action's expressions, e.g. type=raw,value={{branch}}-{{sha}}",
      );
  const ctx: MetaContext = {
    eventName: src.eventName,
    ref: refOf(src),
    sha,
    defaultBranch: src.defaultBranch,
    baseRef: src.baseRef ?? '',
    now: src.now ?? new Date(),
    commitDate: src.commitDate ?? src.now ?? new Date(),
    shortShaLength: src.shortShaLength ?? 7,
  };
  const version = evaluate(parseRules(lines), flavor, ctx);
  const tags = [shaTag, ...metaTags(version, flavor)];
  checkTags(tags);
  const ref = ctx.ref;
  return {
    sha,
    shaTag,
    tags: [...new Set(tags)],
    version: version.main ?? shaTag,
    branch: ref.startsWith('refs/heads/') ? ref.slice(11) : undefined,
    gitTag: ref.startsWith('refs/tags/') ? ref.slice(10) : undefined,
    dropped: [],
    mode: 'rules',
    warnings: version.warnings,
  };
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
