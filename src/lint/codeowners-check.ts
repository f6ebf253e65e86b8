import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeThrown } from '../core/errors.js';
import { githubHeaders, githubUrl } from '../core/github-rest.js';
import { request } from '../core/http.js';
import {
  apiFindings,
  CODEOWNERS_LOCATIONS,
  MAX_CODEOWNERS_BYTES,
  validateCodeowners,
  type CodeownersApiError,
} from './codeowners.js';
import type { BuiltinDeps, CheckResult, Finding, LintCheck } from './types.js';

/** What GitHub's API said, as findings, or why it was not asked. */
interface ApiOutcome {
  findings: Finding[];
  note?: string;
  /** The API could not be reached: the check cannot pass on the file's own checks alone. */
  failed?: boolean;
}

async function askGitHub(file: string, check: string, deps: BuiltinDeps, signal: AbortSignal): Promise<ApiOutcome> {
  const gh = deps.github;
  if (!gh?.token) return { findings: [], note: "GitHub's CODEOWNERS errors not asked: no token" };
  const { owner, repo, apiUrl } = gh.event;
  if (!owner || !repo)
    return { findings: [], note: "GitHub's CODEOWNERS errors not asked: no repository (GITHUB_REPOSITORY)" };
  // The commit checked out (the base's in a base worktree): GitHub reads CODEOWNERS as of it.
  const head = await deps.exec('git', ['rev-parse', 'HEAD'], { cwd: deps.cwd, signal, timeoutMs: 30_000 });
  const ref = head.exitCode === 0 ? head.stdout.trim() : undefined;
  const path = `/repos/${owner}/${repo}/codeowners/errors${ref ? `?ref=${encodeURIComponent(ref)}` : ''}`;
  try {
    const res = await request(
      {
        url: githubUrl(apiUrl, path),
        headers: githubHeaders(gh.token, 'shipline-lint-gate'),
        label: 'GitHub API (CODEOWNERS errors)',
        retries: 2,
      },
      gh.http,
    );
    if (res.status === 404)
      return {
        findings: [],
        note: `GitHub has no CODEOWNERS at ${ref?.slice(0, 7) ?? 'the default branch'} (not pushed yet?)`,
      };
    if (!res.ok)
      return {
        findings: [],
        failed: res.status >= 500,
        note: `GitHub's CODEOWNERS errors: GitHub answered ${res.status} ${res.body.slice(0, 200)}`,
      };
    const errors = (JSON.parse(res.body) as { errors?: CodeownersApiError[] }).errors ?? [];
    // GitHub names the file it read; ours is the same one (the first location found).
    return { findings: apiFindings(errors).map((f) => ({ check, ...f, file: f.file ?? file })) };
  } catch (e) {
    return {
      findings: [],
      failed: true,
      note: `GitHub's CODEOWNERS errors could not be fetched: ${describeThrown(e)}`,
    };
  }
}

/**
 * The built-in CODEOWNERS check: the file GitHub would use (the first of its three locations),
 * its syntax and owners, patterns that own no tracked file, and, given a token, GitHub's own
 * list of the file's errors. A line GitHub reports is reported once, as GitHub words it.
 */
export async function runCodeowners(check: LintCheck, deps: BuiltinDeps, signal: AbortSignal): Promise<CheckResult> {
  const start = deps.now();
  const found = CODEOWNERS_LOCATIONS.filter((f) => existsSync(join(deps.cwd, f)));
  const base = { name: check.name, files: found.length, command: ['(built in)', 'codeowners'] };
  const done = (findings: Finding[], notes: string[], failed = false): CheckResult => ({
    ...base,
    status: failed ? 'error' : findings.some((f) => f.severity !== 'notice') ? 'failed' : 'passed',
    detail: notes.join('; ') || undefined,
    durationMs: deps.now() - start,
    findings,
    output: notes.join('\n') || undefined,
  });
  if (!found.length) return done([], [`no CODEOWNERS in ${CODEOWNERS_LOCATIONS.join(', ')}`]);
  const [file, ...shadowed] = found;
  const findings: Finding[] = shadowed.map((s) => ({
    check: check.name,
    file: s,
    line: 1,
    rule: 'shadowed',
    severity: 'notice',
    message: `GitHub ignores this file: ${file} comes first (.github/, then the root, then docs/)`,
  }));
  if (statSync(join(deps.cwd, file)).size > MAX_CODEOWNERS_BYTES) {
    findings.push({
      check: check.name,
      file,
      line: 1,
      rule: 'too-large',
      severity: 'error',
      message: 'GitHub does not load a CODEOWNERS file over 3 MB: split ownership across fewer, broader patterns',
    });
    return done(findings, []);
  }
  const notes: string[] = [];
  const ls = await deps.exec('git', ['-c', 'core.quotePath=false', 'ls-files', '-z'], {
    cwd: deps.cwd,
    signal,
    timeoutMs: 60_000,
  });
  const tracked = ls.exitCode === 0 ? ls.stdout.split('\0').filter(Boolean) : undefined;
  if (!tracked) notes.push('not a git repository: patterns not checked against tracked files');
  const own = validateCodeowners(file, readFileSync(join(deps.cwd, file), 'utf8'), tracked).map((f) => ({
    check: check.name,
    ...f,
  }));
  const api = await askGitHub(file, check.name, deps, signal);
  if (api.note) notes.push(api.note);
  const byGitHub = new Set(api.findings.filter((f) => f.file === file).map((f) => f.line));
  // GitHub's word on a line replaces ours, except for what it does not check (patterns owning nothing).
  findings.push(...own.filter((f) => f.rule === 'no-match' || !byGitHub.has(f.line)), ...api.findings);
  return done(findings, notes, api.failed);
}
