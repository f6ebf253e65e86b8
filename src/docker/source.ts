/** What the run says about the commit being built: its SHA, ref, branch and time. */
import { ConfigError } from '../core/errors.js';
import type { ToolContext } from '../core/tool.js';
import type { TagSource } from './tags.js';
import { isPullRequest } from './tags.js';

/** The commit and branch from the event, or from git when run locally without one. */
export async function tagSource(ctx: ToolContext): Promise<TagSource> {
  const e = ctx.event;
  const src: TagSource = {
    eventName: e.eventName,
    sha: e.sha,
    prHeadSha: e.pullRequest?.headSha,
    prNumber: e.pullRequest?.number,
    prHeadRef: e.pullRequest?.headRef,
    refType: e.refType,
    refName: e.refName,
    defaultBranch: e.defaultBranch,
    runNumber: e.runNumber,
    ref: e.ref,
    baseRef: baseRef(e.payload, e.pullRequest?.baseRef),
    now: new Date(ctx.now()),
    shortShaLength: shortShaLength(ctx.env.DOCKER_METADATA_SHORT_SHA_LENGTH),
  };
  if (!src.sha && !(isPullRequest(src.eventName) && src.prHeadSha)) {
    const git = async (...args: string[]) => {
      try {
        const r = await ctx.exec('git', args, { cwd: ctx.cwd, timeoutMs: 10_000 });
        return r.exitCode === 0 ? r.stdout.trim() : '';
      } catch {
        return '';
      }
    };
    src.sha = await git('rev-parse', 'HEAD');
    if (!src.refName) {
      const branch = await git('rev-parse', '--abbrev-ref', 'HEAD');
      if (branch && branch !== 'HEAD') Object.assign(src, { refType: 'branch', refName: branch });
    }
  }
  return src;
}

/** metadata-action's {{base_ref}}: the pull request's base branch, or a tag push's base_ref. */
function baseRef(payload: Record<string, unknown>, prBase: string | undefined): string {
  if (prBase) return prBase;
  const b = payload.base_ref;
  return typeof b === 'string' ? b.replace(/^refs\/heads\//, '') : '';
}

/** DOCKER_METADATA_SHORT_SHA_LENGTH, as metadata-action reads it (default 7). */
function shortShaLength(raw: string | undefined): number {
  if (!raw) return 7;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new ConfigError(
      `DOCKER_METADATA_SHORT_SHA_LENGTH "${raw}" is not a whole number of 1 or more; set a length such as 12, or unset it for 7`,
    );
  return n;
}

/**
 * The `created` label: SOURCE_DATE_EPOCH when set, else the commit's time, else now. A
 * commit's image config is then the same on every rebuild, so the layer cache holds (the
 * classic builder turns each label into a step) and a rebuild gives the same digest.
 */
export async function createdAt(ctx: ToolContext, sha: string): Promise<Date> {
  const epoch = Number(ctx.env.SOURCE_DATE_EPOCH);
  if (ctx.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  try {
    const r = await ctx.exec('git', ['show', '-s', '--format=%cI', sha], { cwd: ctx.cwd, timeoutMs: 10_000 });
    const d = new Date(r.stdout.trim());
    if (r.exitCode === 0 && !Number.isNaN(d.getTime())) return d;
  } catch {
    /* no git: fall through */
  }
  return new Date(ctx.now());
}
