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
