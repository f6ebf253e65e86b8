import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EventContext } from '../core/context.js';
import { describeThrown } from '../core/errors.js';
import { githubHeaders, githubUrl } from '../core/github-rest.js';
import { request, type HttpDeps } from '../core/http.js';
import { upsertComment, type CommentOutcome } from '../core/pr-comment.js';
import { COMMENT_LIMIT } from './render.js';

/**
 * Fork pull requests, in two stages (as python-coverage-comment-action does): the gate's token
 * on a fork's pull request cannot write, so the gate writes the comment and its pull request
 * number to a file, the workflow uploads it as an artifact, and a `workflow_run` workflow,
 * which runs in the base repository with write access, posts it. The file comes from a fork's
 * run: the posting side trusts nothing in it it can check instead.
 */
export interface Handoff {
  format: 'shipline-coverage-comment';
  version: 1;
  pr: number;
  /** The pull request head the comment describes: it must still be the head when posting. */
  headSha: string;
  marker: string;
  body: string;
}

export function writeHandoff(path: string, h: Omit<Handoff, 'format' | 'version'>): void {
  mkdirSync(dirname(path), { recursive: true });
  const data: Handoff = { format: 'shipline-coverage-comment', version: 1, ...h };
  writeFileSync(path, JSON.stringify(data) + '\n');
}

const MARKER = /^<!-- shipline:coverage-gate(:[\w.,:-]{1,200})? -->$/;

/** Read and check a handoff file: a reason string when it is not one we wrote. */
export function readHandoff(path: string): Handoff | string {
  let h: Partial<Handoff>;
  try {
    h = JSON.parse(readFileSync(path, 'utf8')) as Partial<Handoff>;
  } catch (e) {
    return `cannot be read as JSON (${describeThrown(e)})`;
  }
  if (h?.format !== 'shipline-coverage-comment' || h.version !== 1) return 'is not a shipline coverage comment';
  if (!Number.isInteger(h.pr) || (h.pr as number) < 1) return 'names no pull request number';
  if (typeof h.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(h.headSha)) return 'names no head commit';
  if (typeof h.marker !== 'string' || !MARKER.test(h.marker)) return 'carries no shipline comment marker';
  if (typeof h.body !== 'string' || !h.body.startsWith(h.marker + '\n') || h.body.length > COMMENT_LIMIT)
    return `has a body that does not start with its marker or is over ${COMMENT_LIMIT} characters`;
  return h as Handoff;
}

/**
 * Post a handoff from a `workflow_run` run: only to the pull request it names when that pull
 * request's head is the commit the triggering run tested (a fork cannot aim its comment at
 * another pull request), and only over the comment this token wrote with the same marker.
 */
export async function postHandoff(
  path: string,
  event: EventContext,
  token: string,
  deps: HttpDeps,
): Promise<CommentOutcome> {
  const h = readHandoff(path);
  if (typeof h === 'string') return { kind: 'failed', reason: `${path} ${h}` };
  const run = (event.payload.workflow_run ?? {}) as { head_sha?: unknown };
  const tested = typeof run.head_sha === 'string' ? run.head_sha : h.headSha;
  if (event.eventName === 'workflow_run' && tested !== h.headSha)
    return {
      kind: 'failed',
      reason: `the comment describes ${h.headSha.slice(0, 7)} but the triggering run tested ${tested.slice(0, 7)}`,
    };
  const res = await request(
    {
      url: githubUrl(event.apiUrl, `/repos/${event.owner}/${event.repo}/pulls/${h.pr}`),
      headers: githubHeaders(token, 'shipline-coverage-gate', true),
      label: 'GitHub API (get pull request)',
    },
    deps,
  );
  if (!res.ok) return { kind: 'failed', reason: `pull request #${h.pr}: GitHub answered ${res.status}` };
  const pr = JSON.parse(res.body) as { head?: { sha?: string; ref?: string }; base?: { sha?: string; ref?: string } };
  if (pr.head?.sha !== h.headSha)
    return {
      kind: 'skipped',
      reason: `pull request #${h.pr}'s head is ${String(pr.head?.sha).slice(0, 7)}, not ${h.headSha.slice(0, 7)} (a newer push will post its own)`,
    };
  return upsertComment(
    {
      ...event,
      pullRequest: {
        number: h.pr,
        headSha: h.headSha,
        baseSha: pr.base?.sha ?? '',
        headRef: pr.head?.ref ?? '',
        baseRef: pr.base?.ref ?? '',
        fromFork: false,
      },
    },
    token,
    h.body,
    deps,
    h.marker,
  );
}
