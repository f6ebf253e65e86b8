/** The headers of a GitHub REST call, with the API version pinned as GitHub asks. */
export function githubHeaders(token: string, userAgent: string, withBody = false): Record<string, string> {
  return {
    accept: 'application/vnd.github+json',
    authorization: `Bearer ${token}`,
    'x-github-api-version': '2022-11-28',
    'user-agent': userAgent,
    ...(withBody ? { 'content-type': 'application/json' } : {}),
  };
}

/** A REST URL under GITHUB_API_URL (GHES included); absolute URLs, as in Link headers, pass through. */
export function githubUrl(apiUrl: string, pathOrUrl: string): string {
  return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${apiUrl.replace(/\/+$/, '')}${pathOrUrl}`;
}

/** The `next` URL of a Link header (`<url>; rel="next"`), as GitHub paginates. */
export function nextLink(link: string | null): string | undefined {
  if (!link) return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}
