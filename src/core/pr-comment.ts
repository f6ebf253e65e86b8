// The sticky pull request comment, shared by the coverage and performance gates: each tool
// passes its own marker, so neither ever updates the other's comment.
import { request, type HttpDeps } from './http.js';
import type { EventContext } from './context.js';
import { githubHeaders, githubUrl } from './github-rest.js';

export type CommentOutcome =
  | { kind: 'created' | 'updated'; url?: string; id: number }
  | { kind: 'skipped'; reason: string }
  | { kind: 'forbidden'; reason: string }
  | { kind: 'failed'; reason: string };

interface IssueComment {
  id: number;
  body?: string;
  html_url?: string;
  user?: { login?: string } | null;
}

/** The author of comments written with the Actions token (GET /user answers 403 to it). */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Who the token writes as: GET /user for a personal or app-user token; an installation token
 * (the workflow's GITHUB_TOKEN) cannot read /user, and its comments are github-actions[bot]'s.
 */
async function identity(base: string, headers: Record<string, string>, deps: HttpDeps): Promise<string> {
  try {
    const res = await request({ url: `${base}/user`, headers, label: 'GitHub API (who am I)' }, deps);
    if (res.ok) {
      const login = (JSON.parse(res.body) as { login?: unknown }).login;
      if (typeof login === 'string' && login) return login;
    }
  } catch {
    // unknown identity: fall back to the Actions bot, the author of a GITHUB_TOKEN's comments
  }
  return ACTIONS_BOT;
}

/**
 * Create or update the one PR comment that carries `marker` (an HTML comment naming the tool,
 * e.g. `<!-- shipline:perf-gate -->`). A fork PR's token cannot write: that is reported as
 * 'forbidden' (said in the summary, never a failure).
 */
export async function upsertComment(
  event: EventContext,
  token: string,
  body: string,
  deps: HttpDeps,
  marker: string,
): Promise<CommentOutcome> {
  const pr = event.pullRequest;
  if (!pr || !pr.number) return { kind: 'skipped', reason: 'not a pull request' };
  if (!event.owner || !event.repo) return { kind: 'skipped', reason: 'GITHUB_REPOSITORY is not set' };
  const headers = githubHeaders(token, 'shipline', true);
  const base = githubUrl(event.apiUrl, `/repos/${event.owner}/${event.repo}`);
  const denied = (status: number, what: string): CommentOutcome => ({
    kind: 'forbidden',
    reason: `GitHub answered ${status} to ${what}${pr.fromFork ? ': this pull request comes from a fork, whose token cannot write comments' : ': the token lacks pull-requests: write (or issues: write)'}`,
  });
  // Only a comment this token wrote is ours to update: anyone can paste the marker into theirs,
  // and editing it would put our summary under their name (and let them rewrite it later).
  const me = await identity(githubUrl(event.apiUrl, ''), headers, deps);
  let existing: IssueComment | undefined;
  for (let page = 1; page <= 50 && !existing; page++) {
    const res = await request(
      {
        url: `${base}/issues/${pr.number}/comments?per_page=100&page=${page}`,
        headers,
        label: 'GitHub API (list comments)',
      },
      deps,
    );
    if (res.status === 403 || res.status === 401 || res.status === 404) return denied(res.status, 'listing comments');
    if (!res.ok)
      return { kind: 'failed', reason: `listing comments: GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
    let list: IssueComment[];
    try {
      list = JSON.parse(res.body) as IssueComment[];
    } catch {
      return { kind: 'failed', reason: 'listing comments: GitHub answered with something that is not JSON' };
    }
    if (!Array.isArray(list)) return { kind: 'failed', reason: 'listing comments: not a list' };
    existing = list.find(
      (c) => typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === me.toLowerCase(),
    );
    if (list.length < 100) break;
  }
  const res = existing
    ? await request(
        {
          url: `${base}/issues/comments/${existing.id}`,
          method: 'PATCH',
          headers,
          body: JSON.stringify({ body }),
          label: 'GitHub API (update comment)',
        },
        deps,
      )
    : await request(
        {
          url: `${base}/issues/${pr.number}/comments`,
          method: 'POST',
          headers,
          body: JSON.stringify({ body }),
          label: 'GitHub API (create comment)',
        },
        deps,
      );
  if (res.status === 403 || res.status === 401 || res.status === 404)
    return denied(res.status, existing ? 'updating the comment' : 'creating the comment');
  if (!res.ok) return { kind: 'failed', reason: `GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
  let url: string | undefined;
  let id = existing?.id ?? 0;
  try {
    const c = JSON.parse(res.body) as IssueComment;
    url = c.html_url;
    id = c.id ?? id;
  } catch {
    // the comment was written; its URL is only for the log
  }
  return { kind: existing ? 'updated' : 'created', url, id };
}
