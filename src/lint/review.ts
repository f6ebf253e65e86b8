import type { EventContext } from '../core/context.js';
import { githubHeaders, githubUrl } from '../core/github-rest.js';
import { request, type HttpDeps } from '../core/http.js';
import type { Finding } from './types.js';

/** Comments per review: past this the review names how many more are in the annotations. */
export const MAX_REVIEW_COMMENTS = 50;
/** GitHub's limit on a comment body. */
const MAX_BODY = 65_536;

export interface ReviewOutcome {
  kind: 'posted' | 'skipped' | 'dry-run' | 'forbidden' | 'failed';
  /** One line for the log and summary. */
  note: string;
  comments: number;
}

export interface ReviewComment {
  path: string;
  line: number;
  start_line?: number;
  side: 'RIGHT';
  start_side?: 'RIGHT';
  body: string;
}

/** One review comment: the finding, and a suggested change where the tool gives a line fix. */
export function reviewComment(f: Finding, path: string): ReviewComment {
  let body = `**${f.check}${f.rule ? ` ${f.rule}` : ''}** (${f.severity}): ${f.message}`;
  const c: ReviewComment = { path, line: f.line!, side: 'RIGHT', body };
  if (f.fix && f.fix.endLine >= f.fix.line) {
    // GitHub replaces the commented lines with the suggestion block's content.
    const text = f.fix.text.replace(/\n$/, '').replace(/```/g, '` ` `');
    body += `\n\n\`\`\`suggestion\n${text}\n\`\`\``;
    c.line = f.fix.endLine;
    if (f.fix.endLine > f.fix.line) {
      c.start_line = f.fix.line;
      c.start_side = 'RIGHT';
    }
  }
  c.body = body.slice(0, MAX_BODY);
  return c;
}

/**
 * reviewdog's github-pr-review: one review on the pull request with a comment per finding
 * (new findings on changed lines, as the caller picks them). A token that cannot write (a
 * fork's pull request) is not a failure: the findings are annotations, and the note says so.
 */
export async function postReview(o: {
  event: EventContext;
  token?: string;
  dry: boolean;
  findings: Array<{ finding: Finding; path: string }>;
  summary: string;
  http: HttpDeps;
}): Promise<ReviewOutcome> {
  const pr = o.event.pullRequest;
  if (!pr?.number || !/^pull_request/.test(o.event.eventName))
    return { kind: 'skipped', note: 'review comments: not a pull request', comments: 0 };
  if (!o.findings.length)
    return { kind: 'skipped', note: 'review comments: no new finding on changed lines', comments: 0 };
  const comments = o.findings.slice(0, MAX_REVIEW_COMMENTS).map((x) => reviewComment(x.finding, x.path));
  const more = o.findings.length - comments.length;
  const body = `${o.summary}${more > 0 ? `\n\n${more} more finding(s) are annotations on the run (a review holds ${MAX_REVIEW_COMMENTS} comments here).` : ''}`;
  if (o.dry)
    return { kind: 'dry-run', note: `review comments: dry run, ${comments.length} comment(s) not posted`, comments: 0 };
  if (!o.token) return { kind: 'skipped', note: "review comments: no token (set input 'token')", comments: 0 };
  const url = githubUrl(o.event.apiUrl, `/repos/${o.event.owner}/${o.event.repo}/pulls/${pr.number}/reviews`);
  const res = await request(
    {
      url,
      method: 'POST',
      headers: githubHeaders(o.token, 'shipline-lint-gate', true),
      body: JSON.stringify({ commit_id: pr.headSha || undefined, event: 'COMMENT', body, comments }),
      label: 'GitHub API (create review)',
    },
    o.http,
  );
  if (res.status === 401 || res.status === 403 || res.status === 404)
    return {
      kind: 'forbidden',
      note: `review comments not posted (GitHub answered ${res.status}${pr.fromFork ? ': a pull request from a fork gets a read-only token' : ': the token lacks pull-requests: write'}); the findings are annotations instead`,
      comments: 0,
    };
  if (!res.ok)
    return {
      kind: 'failed',
      note: `review comments not posted: GitHub answered ${res.status} ${res.body.slice(0, 200)}; the findings are annotations`,
      comments: 0,
    };
  return { kind: 'posted', note: `review posted with ${comments.length} comment(s)`, comments: comments.length };
}
