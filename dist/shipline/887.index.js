export const id = 887;
export const ids = [887];
export const modules = {

/***/ 3111:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defaultBranchRef = defaultBranchRef;
exports.resolveDiffRange = resolveDiffRange;
const errors_js_1 = __webpack_require__(4296);
const git_js_1 = __webpack_require__(7167);
async function hasRemote(deps, name = 'origin') {
    return (await (0, git_js_1.git)(deps, ['remote'], true)).split('\n').includes(name);
}
/** Try to bring `revs` into a shallow clone, deeper each round; true once `done()` holds. */
async function deepenUntil(deps, fetchArgs, done) {
    if (await done())
        return true;
    if (!(await hasRemote(deps)))
        return false;
    for (const depth of [50, 500, 0]) {
        const depthArgs = depth ? [`--depth=${depth}`] : (await (0, git_js_1.isShallow)(deps)) ? ['--unshallow'] : [];
        deps.logger?.info(`shallow clone: fetching ${depth ? `${depth} commits of history` : 'the full history'} to find the diff base`);
        await (0, git_js_1.git)(deps, ['fetch', '--no-tags', '--quiet', ...depthArgs, 'origin', ...fetchArgs], true);
        if (deps.signal?.aborted)
            throw new git_js_1.GitError('the fetch of more history was stopped');
        if (await done())
            return true;
    }
    return false;
}
/** The default branch as a local ref: origin/HEAD, origin/<name>, then a local main/master. */
async function defaultBranchRef(deps, name) {
    // One for-each-ref instead of a rev-parse per candidate: process starts are the cost here.
    const candidates = [
        ...(name ? [`refs/remotes/origin/${name}`, `refs/heads/${name}`] : []),
        'refs/remotes/origin/HEAD',
        'refs/remotes/origin/main',
        'refs/remotes/origin/master',
        'refs/heads/main',
        'refs/heads/master',
    ];
    const out = await (0, git_js_1.git)(deps, ['for-each-ref', '--format=%(refname) %(symref)', ...candidates], true);
    const found = new Map();
    for (const line of out.split('\n')) {
        const [ref, symref] = line.trim().split(' ');
        if (ref)
            found.set(ref, symref || ref);
    }
    for (const c of candidates) {
        const hit = found.get(c);
        if (hit)
            return hit.replace(/^refs\/(remotes|heads)\//, '');
    }
    return undefined;
}
function shallowFix(what, depth) {
    return new errors_js_1.ConfigError(`${what} is not in this clone and could not be fetched; set \`fetch-depth: ${depth}\` on actions/checkout (0 fetches all history)`);
}
/**
 * Decide what "changed" means for this run: a PR's changes, a push's commits, a new
 * branch's commits since it left the default branch, or locally the work since the
 * merge-base with the default branch (working tree included). In a shallow clone it
 * deepens what it needs, or says exactly which fetch-depth to set.
 */
async function resolveDiffRange(opts, deps) {
    const root = await (0, git_js_1.repoRoot)(deps);
    return { ...(await resolveRange(opts, deps)), root };
}
async function resolveRange(opts, deps) {
    const { event } = opts;
    if (opts.staged) {
        const head = (await (0, git_js_1.revParse)(deps, 'HEAD')) ? 'HEAD' : git_js_1.EMPTY_TREE;
        return { base: head, staged: true, kind: 'staged', description: 'staged changes against HEAD' };
    }
    const local = !event.isActions;
    const head = local ? undefined : ((await (0, git_js_1.revParse)(deps, 'HEAD')) ?? 'HEAD');
    if (opts.base) {
        const baseRef = opts.base;
        const found = await deepenUntil(deps, [baseRef], async () => (await (0, git_js_1.revParse)(deps, baseRef)) !== undefined);
        if (!found)
            throw errors_js_1.ConfigError.forInput('base', `"${baseRef}" is not a commit or ref in this repository`, 'name a branch, tag or SHA that exists (fetch it first in a shallow clone)');
        const mb = (await deepenUntil(deps, [baseRef], async () => (await (0, git_js_1.mergeBase)(deps, baseRef, 'HEAD')) !== undefined))
            ? await (0, git_js_1.mergeBase)(deps, baseRef, 'HEAD')
            : undefined;
        return {
            base: mb ?? baseRef,
            head,
            kind: 'explicit',
            description: `changes since ${baseRef}${mb ? ` (merge-base ${mb.slice(0, 7)})` : ''}`,
        };
    }
    const pr = event.pullRequest;
    if (pr && /^pull_request/.test(event.eventName)) {
        // actions/checkout checks out GitHub's merge commit: its first parent is the base tip,
        // so with fetch-depth 2 the PR's changes are HEAD^1..HEAD with no further fetch.
        const headSha = (await (0, git_js_1.revParse)(deps, 'HEAD')) ?? pr.headSha;
        const parents = (await (0, git_js_1.git)(deps, ['rev-list', '--parents', '-n', '1', headSha], true)).trim().split(' ').slice(1);
        if (parents.length === 2 && (await (0, git_js_1.hasCommit)(deps, parents[0])) && headSha !== pr.headSha) {
            return {
                base: parents[0],
                head: headSha,
                kind: 'pull_request',
                description: `pull request #${pr.number}: merge commit ${headSha.slice(0, 7)} against its base parent ${parents[0].slice(0, 7)}`,
            };
        }
        const got = await deepenUntil(deps, [pr.baseSha, headSha, ...(pr.baseRef ? [`+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`] : [])], async () => (await (0, git_js_1.hasCommit)(deps, pr.baseSha)) && (await (0, git_js_1.mergeBase)(deps, pr.baseSha, headSha)) !== undefined);
        if (!got)
            throw shallowFix(`pull request #${pr.number}'s base commit ${pr.baseSha.slice(0, 7)} (or its merge-base with ${headSha.slice(0, 7)})`, '0');
        const mb = (await (0, git_js_1.mergeBase)(deps, pr.baseSha, headSha));
        return {
            base: mb,
            head: headSha,
            kind: 'pull_request',
            description: `pull request #${pr.number}: ${headSha.slice(0, 7)} against merge-base ${mb.slice(0, 7)} with ${pr.baseRef || 'base'}`,
        };
    }
    if (event.eventName === 'merge_group') {
        // A merge queue tests head_sha (the queue branch: the base branch's tip plus the queued
        // pull requests); its changes are base_sha..head_sha, the group against its parent commit.
        const group = (event.payload.merge_group ?? {});
        const baseSha = typeof group.base_sha === 'string' ? group.base_sha : '';
        const headSha = (typeof group.head_sha === 'string' && group.head_sha) || (await (0, git_js_1.revParse)(deps, 'HEAD')) || 'HEAD';
        if (!baseSha)
            throw new errors_js_1.ConfigError('the merge_group event payload has no merge_group.base_sha; run on the event GitHub sends, or set the base input');
        const baseRef = typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : '';
        const got = await deepenUntil(deps, [baseSha, headSha, ...(baseRef ? [`+refs/heads/${baseRef}:refs/remotes/origin/${baseRef}`] : [])], async () => (await (0, git_js_1.hasCommit)(deps, baseSha)) && (await (0, git_js_1.hasCommit)(deps, headSha)));
        if (!got)
            throw shallowFix(`the merge group's base commit ${baseSha.slice(0, 7)}`, '0');
        return {
            base: baseSha,
            head: headSha,
            kind: 'merge_group',
            description: `merge group ${headSha.slice(0, 7)} against its base ${baseSha.slice(0, 7)}${baseRef ? ` on ${baseRef}` : ''}`,
        };
    }
    if (event.eventName === 'push') {
        const before = String(event.payload.before ?? '');
        const after = String(event.payload.after ?? '') || (await (0, git_js_1.revParse)(deps, 'HEAD')) || 'HEAD';
        const commits = Array.isArray(event.payload.commits) ? event.payload.commits.length : 0;
        if (before && !git_js_1.ZERO_SHA.test(before)) {
            const got = await deepenUntil(deps, [before], () => (0, git_js_1.hasCommit)(deps, before));
            if (got)
                return {
                    base: before,
                    head: after,
                    kind: 'push',
                    description: `push ${before.slice(0, 7)}..${after.slice(0, 7)}`,
                };
            // A force push can leave `before` unreachable; fall through to the new-branch rule.
            deps.logger?.warning(`the push's previous head ${before.slice(0, 7)} is not fetchable (force push?); comparing with the default branch instead`);
        }
        // A new branch (before is all zeros): its commits since it left the default branch.
        const defName = event.defaultBranch || undefined;
        const branch = event.refName;
        if (defName && branch !== defName) {
            const fetched = await deepenUntil(deps, [`+refs/heads/${defName}:refs/remotes/origin/${defName}`], async () => {
                const ref = await defaultBranchRef(deps, defName);
                return ref !== undefined && (await (0, git_js_1.mergeBase)(deps, ref, after)) !== undefined;
            });
            const ref = await defaultBranchRef(deps, defName);
            const mb = fetched && ref ? await (0, git_js_1.mergeBase)(deps, ref, after) : undefined;
            if (mb)
                return {
                    base: mb,
                    head: after,
                    kind: 'new-branch',
                    description: `new branch ${branch}: changes since it left ${defName} (${mb.slice(0, 7)})`,
                };
        }
        // The first push of a repository, or of the default branch itself: the pushed commits.
        const parent = commits > 0 ? await (0, git_js_1.revParse)(deps, `${after}~${commits}`) : undefined;
        if (parent)
            return {
                base: parent,
                head: after,
                kind: 'new-branch',
                description: `new branch ${branch}: its ${commits} pushed commit(s)`,
            };
        if (!(await (0, git_js_1.revParse)(deps, `${after}^`)) && !(await (0, git_js_1.isShallow)(deps))) {
            return {
                base: git_js_1.EMPTY_TREE,
                head: after,
                kind: 'initial',
                description: `initial commit ${after.slice(0, 7)}: every file`,
            };
        }
        throw shallowFix(`the base of new branch ${branch || after.slice(0, 7)}`, commits > 0 ? String(commits + 1) : '0');
    }
    // Local use (and other events): the work since the merge-base with the default branch.
    const [defRef, head0] = await Promise.all([
        defaultBranchRef(deps, event.defaultBranch || undefined),
        (0, git_js_1.revParse)(deps, 'HEAD'),
    ]);
    const tip = head0 ?? git_js_1.EMPTY_TREE;
    if (defRef && tip !== git_js_1.EMPTY_TREE) {
        const mb = await (0, git_js_1.mergeBase)(deps, defRef, 'HEAD');
        if (mb)
            return {
                base: mb,
                head,
                kind: 'local',
                description: `${local ? 'working tree' : 'HEAD'} against merge-base ${mb.slice(0, 7)} with ${defRef}`,
            };
    }
    return {
        base: tip,
        head,
        kind: 'local',
        description: tip === git_js_1.EMPTY_TREE
            ? 'no commits yet: every file'
            : `no default branch found: ${local ? 'uncommitted changes' : 'HEAD'} only`,
    };
}


/***/ }),

/***/ 7167:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isShallow = exports.hasCommit = exports.GitError = exports.ZERO_SHA = exports.EMPTY_TREE = void 0;
exports.git = git;
exports.gitOk = gitOk;
exports.revParse = revParse;
exports.mergeBase = mergeBase;
exports.repoRoot = repoRoot;
exports.changedFiles = changedFiles;
exports.unquoteGitPath = unquoteGitPath;
exports.parseUnifiedDiff = parseUnifiedDiff;
exports.changedLines = changedLines;
exports.cwdPrefix = cwdPrefix;
exports.fromRoot = fromRoot;
exports.inRanges = inRanges;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
exports.EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
exports.ZERO_SHA = /^0+$/;
class GitError extends errors_js_1.ExternalError {
    name = 'GitError';
}
exports.GitError = GitError;
/** Run git with stable output settings; throws GitError with git's own message on failure. */
async function git(deps, args, allowFail = false) {
    const r = await deps.exec('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
        cwd: deps.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...deps.env },
        timeoutMs: 120_000,
        signal: deps.signal,
    });
    if (r.exitCode !== 0 && !allowFail) {
        const msg = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' ');
        throw new GitError(`git ${args[0]} failed: ${msg}`);
    }
    return r.exitCode === 0 ? r.stdout : '';
}
/** Whether a git command succeeds (its output unread). */
async function gitOk(deps, args) {
    const r = await deps.exec('git', args, {
        cwd: deps.cwd,
        timeoutMs: 120_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...deps.env },
        signal: deps.signal,
    });
    return r.exitCode === 0;
}
const hasCommit = (deps, rev) => gitOk(deps, ['cat-file', '-e', `${rev}^{commit}`]);
exports.hasCommit = hasCommit;
const isShallow = async (deps) => (await git(deps, ['rev-parse', '--is-shallow-repository'], true)).trim() === 'true';
exports.isShallow = isShallow;
async function revParse(deps, rev) {
    const out = (await git(deps, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], true)).trim();
    return out || undefined;
}
async function mergeBase(deps, a, b) {
    return (await git(deps, ['merge-base', a, b], true)).trim() || undefined;
}
/** The repository's top folder; a ConfigError outside a repository. */
async function repoRoot(deps) {
    const r = await deps.exec('git', ['rev-parse', '--show-toplevel'], {
        cwd: deps.cwd,
        timeoutMs: 30_000,
        signal: deps.signal,
    });
    if (r.exitCode !== 0)
        throw new errors_js_1.ConfigError(`${deps.cwd} is not inside a git repository, so there are no changed files to find; run in a clone (actions/checkout) or lint every file`);
    return r.stdout.trim();
}
function diffArgs(range) {
    if (range.staged)
        return ['--cached', range.base];
    return range.head ? [range.base, range.head] : [range.base];
}
/** The changed files of a range (renames detected), plus untracked files for working-tree ranges. */
async function changedFiles(range, deps) {
    // Untracked files are listed at the same time as the diff runs: process starts dominate.
    const untrackedP = !range.head && !range.staged
        ? git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/'])
        : Promise.resolve('');
    const [out, untracked] = await Promise.all([
        git(deps, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', ...diffArgs(range), '--']),
        untrackedP,
    ]);
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length - 1;) {
        const status = parts[i++];
        if (!status)
            continue;
        const code = status[0];
        if (code === 'R' || code === 'C') {
            const previousPath = parts[i++];
            files.push({ path: parts[i++], status: code, previousPath });
        }
        else
            files.push({ path: parts[i++], status: code });
    }
    for (const p of untracked.split('\0'))
        if (p)
            files.push({ path: p, status: 'A' });
    return files;
}
/** Undo git's C-style quoting of a path ("a\"b\303\251"). */
function unquoteGitPath(s) {
    if (!s.startsWith('"'))
        return s;
    const bytes = [];
    const map = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
    for (let i = 1; i < s.length - 1; i++) {
        const c = s[i];
        if (c === '\\') {
            const n = s[i + 1];
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push(map[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Parse `git diff -U0` into the added/changed line ranges of each file's new version. */
function parseUnifiedDiff(diff) {
    const result = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const raw = line.slice(4).replace(/\t$/, '');
            if (raw === '/dev/null') {
                current = undefined;
                continue;
            }
            const path = unquoteGitPath(raw).replace(/^b\//, '');
            current = result.get(path) ?? [];
            result.set(path, current);
        }
        else if (line.startsWith('@@') && current) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                continue;
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0)
                current.push({ start, end: start + count - 1 });
        }
    }
    return result;
}
/** Changed line ranges per file (head side); untracked files count as wholly changed. */
async function changedLines(range, deps) {
    const out = await git(deps, [
        'diff',
        '-U0',
        '-M',
        '--no-ext-diff',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--diff-filter=AMRCT',
        ...diffArgs(range),
        '--',
    ]);
    const map = parseUnifiedDiff(out);
    if (!range.head && !range.staged) {
        const root = range.root ?? (await repoRoot(deps));
        const untracked = await git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/']);
        for (const p of untracked.split('\0')) {
            if (!p)
                continue;
            let lines;
            try {
                const text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(root, p), 'utf8');
                lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
            }
            catch {
                continue;
            }
            if (lines > 0)
                map.set(p, [{ start: 1, end: lines }]);
        }
    }
    return map;
}
/** Where `cwd` sits inside the work tree `root`, '' at the top (`services/api` after `cd services/api`). */
function cwdPrefix(root, cwd) {
    const real = (p) => {
        try {
            return (0, node_fs_1.realpathSync)(p);
        }
        catch {
            return (0, node_path_1.resolve)(p);
        }
    };
    const rel = (0, node_path_1.relative)(real(root), real(cwd));
    return rel.startsWith('..') ? '' : rel.split(node_path_1.sep).join('/');
}
/** A repository-relative path as seen from the folder `prefix`; undefined when it lies outside. */
function fromRoot(path, prefix) {
    if (!prefix)
        return path;
    return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}
/** True when `line` falls in one of `ranges`. */
function inRanges(ranges, line) {
    return !!ranges?.some((r) => line >= r.start && line <= r.end);
}


/***/ }),

/***/ 7383:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubHeaders = githubHeaders;
exports.githubUrl = githubUrl;
exports.nextLink = nextLink;
/** The headers of a GitHub REST call, with the API version pinned as GitHub asks. */
function githubHeaders(token, userAgent, withBody = false) {
    return {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': userAgent,
        ...(withBody ? { 'content-type': 'application/json' } : {}),
    };
}
/** A REST URL under GITHUB_API_URL (GHES included); absolute URLs, as in Link headers, pass through. */
function githubUrl(apiUrl, pathOrUrl) {
    return /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${apiUrl.replace(/\/+$/, '')}${pathOrUrl}`;
}
/** The `next` URL of a Link header (`<url>; rel="next"`), as GitHub paginates. */
function nextLink(link) {
    if (!link)
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}


/***/ }),

/***/ 1983:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sleep = exports.HttpError = void 0;
exports.parseRetryAfter = parseRetryAfter;
exports.proxyFor = proxyFor;
exports.request = request;
const version_js_1 = __webpack_require__(311);
const errors_js_1 = __webpack_require__(4296);
class HttpError extends errors_js_1.ExternalError {
    attempts;
    timedOut;
    name = 'HttpError';
    constructor(message, attempts, timedOut) {
        super(message);
        this.attempts = attempts;
        this.timedOut = timedOut;
    }
}
exports.HttpError = HttpError;
const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const RESET_CODES = new Set([
    'ECONNRESET',
    'EPIPE',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'UND_ERR_SOCKET',
    'UND_ERR_CONNECT_TIMEOUT',
    'EAI_AGAIN',
]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
exports.sleep = sleep;
class Aborted extends Error {
}
/** `p`, or a rejection with Aborted as soon as `signal` aborts (p is left to settle unobserved). */
function abortable(p, signal) {
    if (!signal)
        return p;
    if (signal.aborted)
        return Promise.reject(new Aborted());
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(new Aborted());
        signal.addEventListener('abort', onAbort, { once: true });
        const done = () => signal.removeEventListener('abort', onAbort);
        p.then((v) => (done(), resolve(v)), (e) => (done(), reject(e)));
    });
}
function reasonOf(signal) {
    const r = signal.reason;
    return typeof r?.message === 'string' ? r.message : 'cancelled';
}
/** Seconds or an HTTP date, as servers send it; undefined when absent or unreadable. */
function parseRetryAfter(value, now = Date.now()) {
    if (!value)
        return undefined;
    if (/^\d+(\.\d+)?$/.test(value.trim()))
        return Math.round(Number(value) * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
function errorCode(e) {
    const err = e;
    return err?.cause?.code ?? err?.code;
}
/** The proxy a request to `url` would use (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, either case), shown without credentials. */
async function proxyFor(url) {
    const { getProxyUrl } = await __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 9783));
    const proxy = getProxyUrl(new URL(url));
    return proxy ? proxy.host : undefined;
}
function toHeaders(raw) {
    const h = new Headers();
    for (const [k, v] of Object.entries(raw)) {
        if (v === undefined)
            continue;
        for (const one of Array.isArray(v) ? v : [v])
            h.append(k, one);
    }
    return h;
}
/**
 * One HTTP request through `@actions/http-client`, so HTTPS_PROXY / HTTP_PROXY / NO_PROXY (and
 * their lower-case forms) behave as in every other action; with a per-attempt timeout and
 * bounded retries on 408/429/5xx and connection resets, honouring Retry-After. Non-retryable
 * responses (and the last retryable one) are returned, not thrown: the caller shows the
 * service's own error body. Throws HttpError only when no response came at all. Messages use
 * `label`, never the (possibly secret) URL. The user agent is the request's `user-agent`
 * header, else `shipline/<version>`.
 */
async function request(req, deps = {}) {
    // Loaded on first use: tools that make no HTTP call never pay for it.
    const { HttpClient } = await __webpack_require__.e(/* import() */ 779).then(__webpack_require__.bind(__webpack_require__, 2779));
    const retries = req.retries ?? 3;
    const wait = deps.sleep ?? exports.sleep;
    const maxWait = deps.maxWaitMs ?? 30_000;
    const base = deps.baseDelayMs ?? 500;
    const label = req.label ?? 'the server';
    const mask = (s) => (deps.masker ? deps.masker.mask(s) : s);
    const timeoutMs = req.timeoutMs ?? 10_000;
    const headers = {};
    let userAgent = `shipline/${version_js_1.VERSION}`;
    for (const [k, v] of Object.entries(req.headers ?? {})) {
        if (k.toLowerCase() === 'user-agent')
            userAgent = v;
        else
            headers[k.toLowerCase()] = v;
    }
    // Retries are ours (Retry-After, resets, every verb the caller allows); the client's are off.
    const signal = deps.signal;
    // http-client has no abort option; a handler hands node's request the signal, which destroys
    // the socket of the request in flight (node's `signal` option of http.request).
    const handlers = signal
        ? [
            {
                prepareRequest: (options) => void (options.signal = signal),
                canHandleAuthentication: () => false,
                handleAuthentication: () => Promise.reject(new Error('not used')),
            },
        ]
        : [];
    const client = new HttpClient(userAgent, handlers, {
        socketTimeout: timeoutMs,
        allowRetries: false,
        keepAlive: false,
    });
    const cancelled = (attempt) => new HttpError(`${label}: ${reasonOf(signal)}; the request was abandoned`, attempt, false);
    try {
        for (let attempt = 1;; attempt++) {
            const backoff = Math.min(maxWait, base * 2 ** (attempt - 1));
            if (signal?.aborted)
                throw cancelled(attempt);
            try {
                const res = await abortable(client.request(req.method ?? 'GET', req.url, req.body ?? null, { ...headers }), signal);
                // readBody never settles when the socket is destroyed mid-body: race it with the signal.
                const body = await abortable(res.readBody(), signal);
                const status = res.message.statusCode ?? 0;
                const resHeaders = toHeaders(res.message.headers);
                if (RETRY_STATUS.has(status) && attempt <= retries) {
                    const after = parseRetryAfter(resHeaders.get('retry-after'));
                    const delay = Math.min(maxWait, after ?? backoff);
                    deps.logger?.info(`${label} answered ${status}; retry ${attempt}/${retries} in ${(delay / 1000).toFixed(1)} s`);
                    await abortable(wait(delay), signal).catch(() => undefined);
                    continue;
                }
                return {
                    status,
                    headers: resHeaders,
                    body: req.maskBody === false ? body : mask(body),
                    attempts: attempt,
                    ok: status >= 200 && status < 300,
                };
            }
            catch (e) {
                if (e instanceof Aborted || signal?.aborted)
                    throw cancelled(attempt);
                const message = String(e?.message ?? e);
                // http-client reports its socket timeout as "Request timeout: <path>" (the path may be secret).
                const timedOut = message.startsWith('Request timeout');
                const code = errorCode(e);
                const retryable = timedOut ? req.retryOnTimeout === true : code !== undefined && RESET_CODES.has(code);
                if (retryable && attempt <= retries) {
                    deps.logger?.info(`${label}: ${timedOut ? 'timed out' : code}; retry ${attempt}/${retries} in ${(backoff / 1000).toFixed(1)} s`);
                    await abortable(wait(backoff), signal).catch(() => undefined);
                    continue;
                }
                const proxy = await proxyFor(req.url).catch(() => undefined);
                const via = proxy
                    ? ` (through the proxy ${proxy}, from HTTPS_PROXY/HTTP_PROXY; NO_PROXY lists hosts to reach directly)`
                    : '';
                const cause = e?.cause?.message;
                const why = timedOut
                    ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s`
                    : code
                        ? `connection failed (${code})`
                        : mask(String(cause ?? message));
                throw new HttpError(`${label}: ${why}${via} after ${attempt} attempt${attempt > 1 ? 's' : ''}`, attempt, timedOut);
            }
        }
    }
    finally {
        client.dispose();
    }
}


/***/ })

};
