export const id = 69;
export const ids = [69];
export const modules = {

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


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ACTIONS_BOT = void 0;
exports.upsertComment = upsertComment;
// The sticky pull request comment, shared by the coverage and performance gates: each tool
// passes its own marker, so neither ever updates the other's comment.
const http_js_1 = __webpack_require__(1983);
const github_rest_js_1 = __webpack_require__(7383);
/** The author of comments written with the Actions token (GET /user answers 403 to it). */
exports.ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who the token writes as: GET /user for a personal or app-user token; an installation token
 * (the workflow's GITHUB_TOKEN) cannot read /user, and its comments are github-actions[bot]'s.
 */
async function identity(base, headers, deps) {
    try {
        const res = await (0, http_js_1.request)({ url: `${base}/user`, headers, label: 'GitHub API (who am I)' }, deps);
        if (res.ok) {
            const login = JSON.parse(res.body).login;
            if (typeof login === 'string' && login)
                return login;
        }
    }
    catch {
        // unknown identity: fall back to the Actions bot, the author of a GITHUB_TOKEN's comments
    }
    return exports.ACTIONS_BOT;
}
/**
 * Create or update the one PR comment that carries `marker` (an HTML comment naming the tool,
 * e.g. `<!-- shipline:perf-gate -->`). A fork PR's token cannot write: that is reported as
 * 'forbidden' (said in the summary, never a failure).
 */
async function upsertComment(event, token, body, deps, marker) {
    const pr = event.pullRequest;
    if (!pr || !pr.number)
        return { kind: 'skipped', reason: 'not a pull request' };
    if (!event.owner || !event.repo)
        return { kind: 'skipped', reason: 'GITHUB_REPOSITORY is not set' };
    const headers = (0, github_rest_js_1.githubHeaders)(token, 'shipline', true);
    const base = (0, github_rest_js_1.githubUrl)(event.apiUrl, `/repos/${event.owner}/${event.repo}`);
    const denied = (status, what) => ({
        kind: 'forbidden',
        reason: `GitHub answered ${status} to ${what}${pr.fromFork ? ': this pull request comes from a fork, whose token cannot write comments' : ': the token lacks pull-requests: write (or issues: write)'}`,
    });
    // Only a comment this token wrote is ours to update: anyone can paste the marker into theirs,
    // and editing it would put our summary under their name (and let them rewrite it later).
    const me = await identity((0, github_rest_js_1.githubUrl)(event.apiUrl, ''), headers, deps);
    let existing;
    for (let page = 1; page <= 50 && !existing; page++) {
        const res = await (0, http_js_1.request)({
            url: `${base}/issues/${pr.number}/comments?per_page=100&page=${page}`,
            headers,
            label: 'GitHub API (list comments)',
        }, deps);
        if (res.status === 403 || res.status === 401 || res.status === 404)
            return denied(res.status, 'listing comments');
        if (!res.ok)
            return { kind: 'failed', reason: `listing comments: GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
        let list;
        try {
            list = JSON.parse(res.body);
        }
        catch {
            return { kind: 'failed', reason: 'listing comments: GitHub answered with something that is not JSON' };
        }
        if (!Array.isArray(list))
            return { kind: 'failed', reason: 'listing comments: not a list' };
        existing = list.find((c) => typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === me.toLowerCase());
        if (list.length < 100)
            break;
    }
    const res = existing
        ? await (0, http_js_1.request)({
            url: `${base}/issues/comments/${existing.id}`,
            method: 'PATCH',
            headers,
            body: JSON.stringify({ body }),
            label: 'GitHub API (update comment)',
        }, deps)
        : await (0, http_js_1.request)({
            url: `${base}/issues/${pr.number}/comments`,
            method: 'POST',
            headers,
            body: JSON.stringify({ body }),
            label: 'GitHub API (create comment)',
        }, deps);
    if (res.status === 403 || res.status === 401 || res.status === 404)
        return denied(res.status, existing ? 'updating the comment' : 'creating the comment');
    if (!res.ok)
        return { kind: 'failed', reason: `GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
    let url;
    let id = existing?.id ?? 0;
    try {
        const c = JSON.parse(res.body);
        url = c.html_url;
        id = c.id ?? id;
    }
    catch {
        // the comment was written; its URL is only for the log
    }
    return { kind: existing ? 'updated' : 'created', url, id };
}


/***/ }),

/***/ 8363:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.baseRef = baseRef;
exports.checkoutBase = checkoutBase;
exports.sideDirs = sideDirs;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const git_js_1 = __webpack_require__(7167);
/** The base to compare against: the input, else the pull request's or merge group's base. */
function baseRef(input, ctx) {
    if (input)
        return input;
    if (ctx.event.pullRequest?.baseSha)
        return ctx.event.pullRequest.baseSha;
    const mg = ctx.event.payload.merge_group;
    if (mg && typeof mg.base_sha === 'string' && mg.base_sha)
        return mg.base_sha;
    return undefined;
}
/**
 * Check the base out next to the head as a detached git worktree, fetching it into a shallow
 * clone when missing. Anything that stops this is one ConfigError line naming input 'base'.
 */
async function checkoutBase(ref, ctx, fail) {
    const deps = { exec: ctx.exec, cwd: ctx.cwd, logger: ctx.logger };
    if (!ref)
        throw fail('is empty and this is not a pull_request or merge_group run', 'set base to the branch, tag or SHA to compare with (e.g. origin/main)');
    let root;
    try {
        root = await (0, git_js_1.repoRoot)(deps);
    }
    catch {
        throw fail(`cannot be checked out: ${ctx.cwd} is not in a git repository`, 'run after actions/checkout');
    }
    const rootDeps = { ...deps, cwd: root };
    let fetched = false;
    if (!(await (0, git_js_1.hasCommit)(rootDeps, ref)) && /^[\w./-]+$/.test(ref) && !ref.startsWith('-')) {
        ctx.logger.info(`fetching base ${ref}`);
        const f = await ctx.exec('git', ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref], {
            cwd: root,
            timeoutMs: 300_000,
            env: { ...ctx.env, GIT_TERMINAL_PROMPT: '0' },
        });
        fetched = f.exitCode === 0;
    }
    const sha = (await (0, git_js_1.revParse)(rootDeps, ref)) ?? (fetched ? await (0, git_js_1.revParse)(rootDeps, 'FETCH_HEAD') : undefined);
    if (!sha)
        throw fail(`"${ref}" cannot be checked out: no such commit in this clone or on origin`, 'set fetch-depth: 0 on actions/checkout, or set base to an existing branch, tag or SHA');
    const headSha = (await (0, git_js_1.revParse)(rootDeps, 'HEAD')) ?? '';
    const dir = (0, node_path_1.join)(ctx.tempDir, `shipline-perf-base-${process.pid}-${Date.now().toString(36)}`);
    const r = await ctx.exec('git', ['worktree', 'add', '--detach', '--force', dir, sha], {
        cwd: root,
        timeoutMs: 300_000,
    });
    if (r.exitCode !== 0 || !(0, node_fs_1.existsSync)(dir))
        throw fail(`"${ref}" cannot be checked out: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 200)}`, 'check that the base commit exists and the workspace is writable');
    return {
        ref,
        sha,
        headSha,
        root: dir,
        remove: async () => {
            await ctx.exec('git', ['worktree', 'remove', '--force', dir], { cwd: root, timeoutMs: 120_000 });
            await ctx.exec('git', ['worktree', 'prune'], { cwd: root, timeoutMs: 60_000 });
        },
    };
}
/** The folder commands run in, in each checkout. */
function sideDirs(headRoot, baseRoot, cwd, workingDirectory) {
    const rel = (0, node_path_1.join)((0, node_path_1.relative)(headRoot, cwd), workingDirectory);
    return { head: (0, node_path_1.join)(headRoot, rel), base: (0, node_path_1.join)(baseRoot, rel) };
}


/***/ }),

/***/ 1594:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_LIMIT = exports.COMMENT_MARKER = void 0;
exports.renderComment = renderComment;
exports.postComment = postComment;
const errors_js_1 = __webpack_require__(4296);
const pr_comment_js_1 = __webpack_require__(4329);
const summary_js_1 = __webpack_require__(1363);
const render_js_1 = __webpack_require__(8779);
/** The perf gate's own marker: the coverage gate's comment carries another, so neither touches the other's. */
exports.COMMENT_MARKER = '<!-- shipline:perf-gate -->';
/** GitHub rejects issue comments over 65,536 characters. */
exports.COMMENT_LIMIT = 65_536;
/** The sticky comment: marker, then the job summary's report, cut to GitHub's limit saying so. */
function renderComment(report, runUrl, runId, limit = exports.COMMENT_LIMIT) {
    const s = new summary_js_1.Summary();
    (0, render_js_1.renderSummary)(report, s);
    const footer = runUrl ? `\n<sub>[run ${runId ?? ''}](${runUrl}) · shipline perf-gate</sub>\n` : '';
    const body = `${exports.COMMENT_MARKER}\n${s.toString()}${footer}`;
    if (body.length <= limit)
        return body;
    const note = `\n\n… cut to GitHub's comment limit; the job summary and the JSON report have every benchmark.${footer}`;
    const cut = body.slice(0, limit - note.length);
    return cut.slice(0, Math.max(cut.lastIndexOf('\n'), exports.COMMENT_MARKER.length)) + note;
}
/**
 * Post or update the perf report comment on a pull request. Returns a note for the job summary
 * when there is no comment (not a PR, dry run, no token, a fork's read-only token), else undefined.
 */
async function postComment(report, options, ctx) {
    const pr = ctx.event.pullRequest;
    if (!options.comment || !pr || !/^pull_request/.test(ctx.event.eventName))
        return undefined;
    if (options.dryRun)
        return 'No PR comment: dry run.';
    if (!options.token)
        return 'No PR comment: input token is empty.';
    try {
        const outcome = await (0, pr_comment_js_1.upsertComment)(ctx.event, options.token, renderComment(report, ctx.event.runUrl, ctx.event.runId), { masker: ctx.masker, logger: ctx.logger }, exports.COMMENT_MARKER);
        switch (outcome.kind) {
            case 'created':
            case 'updated':
                ctx.logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
                return undefined;
            case 'forbidden':
                return `No PR comment: ${outcome.reason}. The gate result stands; this summary has everything the comment would.`;
            case 'failed':
                ctx.logger.warning(`could not write the PR comment: ${outcome.reason}`);
                return `No PR comment: ${outcome.reason}.`;
            case 'skipped':
                return `No PR comment: ${outcome.reason}.`;
        }
    }
    catch (e) {
        ctx.logger.warning(`could not write the PR comment: ${(0, errors_js_1.describeThrown)(e)}`);
        return `No PR comment: ${(0, errors_js_1.describeThrown)(e)}.`;
    }
}


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeReport = makeReport;
exports.run = run;
const node_os_1 = __webpack_require__(8161);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const checkout_js_1 = __webpack_require__(8363);
const comment_js_1 = __webpack_require__(1594);
const judge_js_1 = __webpack_require__(5288);
const render_js_1 = __webpack_require__(8779);
const rounds_js_1 = __webpack_require__(7782);
/** The whole report from judged rounds (pure; the bench re-judges recorded rounds with it). */
function makeReport(rounds, options, meta) {
    const j = (0, judge_js_1.judge)(rounds, options);
    const regressions = j.benchmarks.filter((b) => b.status === 'regression').map((b) => b.name);
    const failed = regressions.length > 0 || (options.failOnMissing && j.onlyBase.length > 0);
    return {
        version: 1,
        format: options.format,
        metric: meta.clock,
        base: { ref: meta.baseRef, sha: meta.baseSha },
        head: { sha: meta.headSha },
        seed: options.seed,
        rounds: rounds.length,
        duet: meta.duet,
        elapsedMs: meta.elapsedMs,
        alpha: options.alpha,
        correction: options.correction,
        threshold: options.threshold,
        result: failed ? 'failed' : 'passed',
        regressions,
        improvements: j.benchmarks.filter((b) => b.status === 'improvement').map((b) => b.name),
        onlyBase: j.onlyBase,
        onlyHead: j.onlyHead,
        benchmarks: j.benchmarks,
        samples: rounds.map((r) => ({
            round: r.index,
            order: r.order,
            base: Object.fromEntries(r.base),
            head: Object.fromEntries(r.head),
        })),
    };
}
/** Duet needs two cores for the two sides; pinning needs taskset (util-linux). */
async function duetPins(options, ctx) {
    if (!options.duet)
        return { duet: false };
    if ((0, node_os_1.availableParallelism)() < 2) {
        ctx.logger.warning('duet needs at least 2 CPUs and this machine has 1: running interleaved rounds instead');
        return { duet: false };
    }
    const t = await ctx.exec('taskset', ['-c', '0', 'true']).catch(() => undefined);
    return t?.exitCode === 0 ? { duet: true, pins: [0, 1] } : { duet: true };
}
/**
 * The performance gate: check the base out in a git worktree, build both, run the benchmark
 * command in randomised interleaved rounds, judge each benchmark's head/base ratio with a
 * multiplicity-corrected interval, and fail only on slowdowns beyond the threshold.
 */
async function run(options, ctx) {
    const start = ctx.now();
    const elapsed = () => ctx.now() - start;
    const ref = (0, checkout_js_1.baseRef)(options.base, ctx);
    const fail = (problem, fix) => ctx.frontDoor === 'cli'
        ? new errors_js_1.ConfigError(`--base: ${problem}; ${fix}`)
        : errors_js_1.ConfigError.forInput('base', problem, fix);
    const base = await (0, checkout_js_1.checkoutBase)(ref, ctx, fail);
    try {
        const root = (0, node_fs_1.realpathSync)(ctx.cwd);
        const headRoot = (await ctx.exec('git', ['rev-parse', '--show-toplevel'], { cwd: root })).stdout.trim();
        const dirs = (0, checkout_js_1.sideDirs)(headRoot, base.root, root, options.workingDirectory);
        ctx.logger.info(`base ${base.ref} (${base.sha.slice(0, 12)}) checked out in ${base.root}`);
        if (options.build) {
            await (0, rounds_js_1.build)('base', dirs.base, options.build, ctx, options.runTimeoutMs);
            await (0, rounds_js_1.build)('head', dirs.head, options.build, ctx, options.runTimeoutMs);
        }
        const { duet, pins } = await duetPins(options, ctx);
        const { rounds, clock } = await (0, rounds_js_1.runRounds)({ options: { ...options, duet }, dirs, ctx, elapsed, pins });
        const report = makeReport(rounds, options, {
            baseRef: base.ref,
            baseSha: base.sha,
            headSha: base.headSha,
            elapsedMs: elapsed(),
            duet,
            clock,
        });
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(options.reportPath), { recursive: true });
        (0, node_fs_1.writeFileSync)(options.reportPath, JSON.stringify(report, null, 2) + '\n');
        // Comment first, so what happened to it is in the job summary too.
        const note = await (0, comment_js_1.postComment)(report, options, ctx);
        (0, render_js_1.renderSummary)(report, ctx.summary);
        if (note)
            ctx.summary.paragraph(note);
        const line = (0, render_js_1.verdictLine)(report);
        for (const b of report.benchmarks.filter((x) => x.status === 'regression'))
            ctx.annotations.add({
                level: 'error',
                title: `perf: ${b.name}`,
                message: `${b.name} is ${(0, render_js_1.pct)(b.ratio)} slower than base ${(0, render_js_1.interval)(b)}, beyond the ${(b.threshold * 100).toFixed(1)}% threshold`,
            });
        if (report.result === 'passed')
            ctx.logger.info(line);
        return {
            outputs: { result: report.result, regressions: JSON.stringify(report.regressions), report: options.reportPath },
            failure: report.result === 'failed' ? line : undefined,
        };
    }
    catch (e) {
        // Cancelled: the benchmark was killed by the cancellation, not broken; say so, not "fix the command".
        if (!ctx.signal.aborted)
            throw e;
        const why = ctx.signal.reason instanceof Error ? ctx.signal.reason.message : 'cancelled';
        const line = `perf gate ${why} after ${(elapsed() / 1000).toFixed(1)} s: the running benchmark was stopped and the base checkout removed; no verdict`;
        ctx.summary.raw(`## Performance gate\n\n${line}.\n`);
        return { outputs: { result: 'cancelled', regressions: '[]' }, failure: line };
    }
    finally {
        await base.remove();
    }
}


/***/ }),

/***/ 9972:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseBenchmarkJs = parseBenchmarkJs;
/**
 * benchmark.js results as printed by `String(event.target)` in an `on('cycle')` handler:
 * `name x 1,234,567 ops/sec ±0.55% (90 runs sampled)`. The value kept is seconds per
 * operation (1 / hz), so lower is better as in every other format.
 */
function parseBenchmarkJs(text) {
    const out = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const m = /^(.*?) x ([\d,]+(?:\.\d+)?) ops\/sec\b/.exec(raw.trim());
        if (!m)
            continue;
        const hz = Number(m[2].replace(/,/g, ''));
        if (!(hz > 0))
            continue;
        const list = out.get(m[1]) ?? [];
        list.push(1 / hz);
        out.set(m[1], list);
    }
    return out;
}


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GO_CPU_UNIT = void 0;
exports.parseGo = parseGo;
const json_js_1 = __webpack_require__(7476);
/** The unit of a CPU time a benchmark reports itself: `b.ReportMetric(cpuNs/float64(b.N), "cpu-ns/op")`. */
exports.GO_CPU_UNIT = 'cpu-ns/op';
/**
 * `go test -bench` text output (also with -count, -benchmem, several packages). Each result line is
 * `BenchmarkName-P <iterations> <value> ns/op [<value> <unit>]...`; the -P GOMAXPROCS suffix is
 * dropped, and names are qualified by package when the output covers more than one.
 * Repeated lines (-count) are kept as separate observations. `ns/op` is wall time; Go prints no
 * CPU time, so a benchmark that reports one itself under the unit `cpu-ns/op` gives the CPU clock.
 */
function parseGo(text) {
    const rows = [];
    let pkg = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const p = /^pkg:\s+(\S+)/.exec(line);
        if (p) {
            pkg = p[1];
            continue;
        }
        const m = /^(Benchmark\S*?)(?:-\d+)?\s+\d+\s+(.*)$/.exec(line);
        if (!m)
            continue;
        const fields = m[2].trim().split(/\s+/);
        for (let i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] !== 'ns/op' && fields[i + 1] !== exports.GO_CPU_UNIT)
                continue;
            const ns = Number(fields[i]);
            if (Number.isFinite(ns))
                rows.push({ pkg, name: m[1], ns, cpu: fields[i + 1] === exports.GO_CPU_UNIT });
        }
    }
    const pkgs = new Set(rows.map((r) => r.pkg));
    const out = (0, json_js_1.noMeasures)();
    for (const r of rows)
        (0, json_js_1.add)(r.cpu ? out.cpu : out.wall, pkgs.size > 1 && r.pkg ? `${r.pkg}.${r.name}` : r.name, r.ns / 1e9);
    return out;
}


/***/ }),

/***/ 7964:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FormatError = void 0;
exports.parseMeasures = parseMeasures;
exports.parseOutput = parseOutput;
const benchmarkjs_js_1 = __webpack_require__(9972);
const go_js_1 = __webpack_require__(1020);
const json_js_1 = __webpack_require__(7476);
class FormatError extends Error {
    name = 'FormatError';
}
exports.FormatError = FormatError;
/**
 * Find a JSON document in a command's output: the whole text, or the first line starting a
 * top-level `{`/`[` through the end (tools often print progress before the report).
 */
function parseJson(text) {
    const t = text.trim();
    try {
        return JSON.parse(t);
    }
    catch {
        const lines = t.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            if (!/^[[{]/.test(lines[i]))
                continue;
            try {
                return JSON.parse(lines.slice(i).join('\n'));
            }
            catch {
                /* keep looking */
            }
        }
    }
    throw new FormatError('the output is not JSON');
}
const wallOnly = (wall) => ({ wall, cpu: new Map() });
/** Parse one run's output in `format` into benchmark → observations (seconds per op), per clock. */
function parseMeasures(format, text) {
    switch (format) {
        case 'go':
            return (0, go_js_1.parseGo)(text);
        case 'benchmarkjs':
            return wallOnly((0, benchmarkjs_js_1.parseBenchmarkJs)(text));
        case 'pytest-benchmark':
            return (0, json_js_1.parsePytestBenchmark)(parseJson(text));
        case 'google-benchmark':
            return (0, json_js_1.parseGoogleBenchmark)(parseJson(text));
        case 'hyperfine':
            return (0, json_js_1.parseHyperfine)(parseJson(text));
        case 'tinybench':
            return wallOnly((0, json_js_1.parseTinybench)(parseJson(text)));
    }
}
/** One clock of one run's output: benchmark → observations (seconds per op). */
function parseOutput(format, text, clock = 'wall') {
    return parseMeasures(format, text)[clock];
}


/***/ }),

/***/ 7476:
/***/ ((__unused_webpack_module, exports) => {


// JSON benchmark reports. Every parser returns seconds per operation (lower is better), one or
// more observations per benchmark, and ignores entries it cannot read rather than guessing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.noMeasures = void 0;
exports.add = add;
exports.parsePytestBenchmark = parsePytestBenchmark;
exports.parseGoogleBenchmark = parseGoogleBenchmark;
exports.parseHyperfine = parseHyperfine;
exports.parseTinybench = parseTinybench;
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const noMeasures = () => ({ wall: new Map(), cpu: new Map() });
exports.noMeasures = noMeasures;
function add(out, name, seconds) {
    if (seconds === undefined || !(seconds >= 0))
        return;
    const list = out.get(name) ?? [];
    list.push(seconds);
    out.set(name, list);
}
/** Python clocks that count the process's or thread's CPU time rather than elapsed time. */
const CPU_TIMERS = /(^|\.)(process_time|thread_time)(_ns)?$/;
/**
 * pytest-benchmark `--benchmark-json`: `benchmarks[].{fullname, stats.median}` in seconds, by
 * the clock in `options.timer`: `perf_counter` (the default) is wall time; a run with
 * `--benchmark-timer=time.process_time` measured CPU time, and is filed as such.
 */
function parsePytestBenchmark(doc) {
    const out = (0, exports.noMeasures)();
    const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
    for (const b of list) {
        if (!isObj(b) || !isObj(b.stats))
            continue;
        const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
        const timer = isObj(b.options) && typeof b.options.timer === 'string' ? b.options.timer : '';
        if (name)
            add(CPU_TIMERS.test(timer) ? out.cpu : out.wall, name, num(b.stats.median) ?? num(b.stats.mean));
    }
    return out;
}
const UNIT = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };
/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out`: `benchmarks[]` with
 * `real_time` (wall) and `cpu_time` (the benchmark thread's CPU) in `time_unit`. Aggregates
 * (mean, median, stddev of --benchmark_repetitions) are skipped: the repetitions themselves are
 * the observations.
 */
function parseGoogleBenchmark(doc) {
    const out = (0, exports.noMeasures)();
    const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
    for (const b of list) {
        if (!isObj(b) || b.run_type === 'aggregate' || b.error_occurred === true)
            continue;
        const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
        const unit = UNIT[typeof b.time_unit === 'string' ? b.time_unit : 'ns'];
        if (!name || !unit)
            continue;
        const wall = num(b.real_time);
        const cpu = num(b.cpu_time);
        if (wall !== undefined)
            add(out.wall, name, wall * unit);
        if (cpu !== undefined)
            add(out.cpu, name, cpu * unit);
    }
    return out;
}
/**
 * hyperfine `--export-json`: `results[].{command, median}` wall seconds, and `user` + `system`
 * (the mean CPU seconds of the command's runs, from rusage) as its CPU time.
 */
function parseHyperfine(doc) {
    const out = (0, exports.noMeasures)();
    const list = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
    for (const r of list) {
        if (!isObj(r) || typeof r.command !== 'string')
            continue;
        add(out.wall, r.command, num(r.median) ?? num(r.mean));
        const user = num(r.user);
        const system = num(r.system);
        if (user !== undefined && system !== undefined)
            add(out.cpu, r.command, user + system);
    }
    return out;
}
/** A tinybench task or vitest benchmark: latency in milliseconds, median preferred. */
function tinyLatencyMs(t) {
    const res = isObj(t.result) ? t.result : t;
    if (isObj(res.latency))
        return num(res.latency.p50) ?? num(res.latency.mean);
    return num(res.median) ?? num(res.p50) ?? num(res.mean);
}
/** `bench.table()` rows: `"Latency med (ns)": "962.00 ± 20.00"` (tinybench 3+) or `Average Time (ns)` (2). */
function tableLatencySeconds(row) {
    for (const [key, scale] of [
        ['Latency med (ns)', 1e-9],
        ['Latency avg (ns)', 1e-9],
        ['Average Time (ns)', 1e-9],
    ]) {
        const v = row[key];
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v) : NaN;
        if (Number.isFinite(n))
            return n * scale;
    }
    return undefined;
}
/**
 * tinybench results: `JSON.stringify(bench.table())`, an array of `{ name, result }` tasks
 * (tinybench 2 to 6), or the report of `vitest bench --outputJson` (files → groups → benchmarks).
 */
function parseTinybench(doc) {
    const out = new Map();
    if (isObj(doc) && Array.isArray(doc.files)) {
        for (const f of doc.files) {
            const groups = isObj(f) && Array.isArray(f.groups) ? f.groups : [];
            for (const g of groups) {
                if (!isObj(g) || !Array.isArray(g.benchmarks))
                    continue;
                const prefix = typeof g.fullName === 'string' && g.fullName ? `${g.fullName} > ` : '';
                for (const b of g.benchmarks)
                    if (isObj(b) && typeof b.name === 'string') {
                        const ms = tinyLatencyMs(b);
                        add(out, prefix + b.name, ms === undefined ? undefined : ms / 1000);
                    }
            }
        }
        return out;
    }
    const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.tasks) ? doc.tasks : [];
    for (const t of list) {
        if (!isObj(t))
            continue;
        if (typeof t['Task name'] === 'string') {
            add(out, t['Task name'], tableLatencySeconds(t));
            continue;
        }
        if (typeof t.name !== 'string')
            continue;
        const ms = tinyLatencyMs(t);
        add(out, t.name, ms === undefined ? undefined : ms / 1000);
    }
    return out;
}


/***/ }),

/***/ 5288:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.overrideFor = overrideFor;
exports.judge = judge;
exports.settled = settled;
const picomatch_1 = __importDefault(__webpack_require__(4006));
const stats_js_1 = __webpack_require__(6268);
/** The first override whose glob matches the name, if any. */
function overrideFor(name, overrides) {
    return overrides.find((o) => picomatch_1.default.isMatch(name, o.pattern, { dot: true }));
}
function pair(rounds, name) {
    const d = [];
    const base = [];
    const head = [];
    for (const r of rounds) {
        const b = r.base.get(name);
        const h = r.head.get(name);
        if (b === undefined || h === undefined || !(b > 0) || !(h > 0))
            continue;
        base.push(b);
        head.push(h);
        d.push(Math.log(h / b));
    }
    return { d, base, head };
}
/**
 * Judge every benchmark from the paired rounds. Per benchmark the paired differences are
 * log(head/base); a regression needs the one-sided test "shift > log(1 + threshold)" to
 * survive the multiplicity correction, which is the same as the interval (at the level the
 * benchmark was judged) lying wholly above 1 + threshold. Improvements are judged the same way
 * on the other side.
 */
function judge(rounds, s) {
    const baseNames = new Set(rounds.flatMap((r) => [...r.base.keys()]));
    const headNames = new Set(rounds.flatMap((r) => [...r.head.keys()]));
    const names = [...baseNames].filter((n) => headNames.has(n)).sort();
    const paired = names.map((name) => {
        const o = overrideFor(name, s.overrides);
        return { name, ...pair(rounds, name), threshold: o?.threshold ?? s.threshold, ignored: o?.ignore ?? false };
    });
    const judged = paired.filter((p) => !p.ignored && p.d.length > 0);
    const pReg = judged.map((p) => (0, stats_js_1.shift)(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pAbove);
    const pImp = judged.map((p) => (0, stats_js_1.shift)(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pBelow);
    const reg = (0, stats_js_1.correct)(pReg, s.alpha, s.correction);
    const imp = (0, stats_js_1.correct)(pImp, s.alpha, s.correction);
    const byName = new Map();
    judged.forEach((p, i) => {
        const delta = Math.log1p(p.threshold);
        const st = (0, stats_js_1.shift)(p.d, delta, reg.levels[i], imp.levels[i]);
        const status = reg.rejected[i]
            ? 'regression'
            : imp.rejected[i]
                ? 'improvement'
                : st.upper < delta && st.lower > -delta
                    ? 'unchanged'
                    : 'inconclusive';
        byName.set(p.name, {
            name: p.name,
            status,
            rounds: p.d.length,
            base: (0, stats_js_1.median)(p.base),
            head: (0, stats_js_1.median)(p.head),
            ratio: Math.exp(st.estimate),
            low: Math.exp(st.lower),
            high: Math.exp(st.upper),
            confidence: 1 - reg.levels[i] - imp.levels[i],
            threshold: p.threshold,
            minDetectable: Math.expm1((0, stats_js_1.minimumDetectable)(st.estimate, st.lower, delta, reg.levels[i])),
            pRegression: pReg[i],
        });
    });
    const benchmarks = paired.map((p) => byName.get(p.name) ?? {
        name: p.name,
        status: p.ignored ? 'ignored' : 'inconclusive',
        rounds: p.d.length,
        base: (0, stats_js_1.median)(p.base),
        head: (0, stats_js_1.median)(p.head),
        ratio: p.d.length ? Math.exp((0, stats_js_1.median)(p.d)) : NaN,
        low: NaN,
        high: NaN,
        confidence: NaN,
        threshold: p.threshold,
        minDetectable: NaN,
        pRegression: NaN,
    });
    return {
        benchmarks,
        onlyBase: [...baseNames].filter((n) => !headNames.has(n)).sort(),
        onlyHead: [...headNames].filter((n) => !baseNames.has(n)).sort(),
    };
}
/**
 * True when more rounds cannot turn this judgement into a failure: every judged benchmark is
 * `unchanged` or an `improvement` (its interval, at its adjusted level, lies below 1 + threshold)
 * and none is a regression. The gate stops early then. Stopping only in this direction never adds
 * a false alarm (the verdict at the stop is a pass, and a run that goes on can only add one), and
 * a real slowdown beyond the threshold is judged unchanged only with the interval's error rate.
 */
function settled(j) {
    const judged = j.benchmarks.filter((b) => b.status !== 'ignored');
    return judged.length > 0 && judged.every((b) => b.status === 'unchanged' || b.status === 'improvement');
}


/***/ }),

/***/ 6947:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pickClock = pickClock;
const errors_js_1 = __webpack_require__(4296);
const go_js_1 = __webpack_require__(1020);
/** Why a format's output has no CPU time, and how to get one. */
function noCpu(format) {
    switch (format) {
        case 'go':
            return [
                'is cpu but go test -bench prints wall time only (ns/op)',
                `report CPU time from each benchmark with b.ReportMetric(cpuNs/float64(b.N), "${go_js_1.GO_CPU_UNIT}"), or set metric to wall or auto`,
            ];
        case 'pytest-benchmark':
            return [
                'is cpu but pytest-benchmark measured wall time (its default timer, perf_counter)',
                'add --benchmark-timer=time.process_time to the command, or set metric to wall or auto',
            ];
        default:
            return [`is cpu but the ${format} output has no CPU time`, 'set metric to wall or auto'];
    }
}
/**
 * The clock of one run's measures for the metric asked for. `auto` takes CPU time when every
 * benchmark has it (user + system time does not grow when another process takes the core, so it
 * is far steadier on a shared runner), else wall time. A clock the output lacks is one line
 * naming input 'metric'.
 */
function pickClock(format, m, metric) {
    const names = new Set([...m.wall.keys(), ...m.cpu.keys()]);
    const clock = metric !== 'auto' ? metric : m.cpu.size > 0 && m.cpu.size === names.size ? 'cpu' : m.wall.size ? 'wall' : 'cpu';
    if (clock === 'cpu' && m.cpu.size === 0 && m.wall.size > 0)
        throw errors_js_1.ConfigError.forInput('metric', ...noCpu(format));
    if (clock === 'wall' && m.wall.size === 0 && m.cpu.size > 0)
        throw errors_js_1.ConfigError.forInput('metric', `is wall but the ${format} output has CPU time only${format === 'pytest-benchmark' ? ' (--benchmark-timer=time.process_time)' : ''}`, 'set metric to cpu or auto');
    return { clock, values: m[clock] };
}


/***/ }),

/***/ 8779:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pct = pct;
exports.interval = interval;
exports.duration = duration;
exports.verdictLine = verdictLine;
exports.renderSummary = renderSummary;
const summary_js_1 = __webpack_require__(1363);
/** `1.084 [1.061, 1.109]` style, as a percentage change: `+8.4% [+6.1%, +10.9%]`. */
function pct(ratio) {
    if (!Number.isFinite(ratio))
        return ratio > 0 ? '+∞' : ratio < 0 ? '−∞' : '–';
    const v = (ratio - 1) * 100;
    return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
}
function interval(b) {
    if (b.status === 'ignored')
        return '–';
    return `[${pct(b.low)}, ${pct(b.high)}]`;
}
/** Seconds per operation in the unit that reads best. */
function duration(seconds) {
    if (!Number.isFinite(seconds))
        return '–';
    if (seconds >= 1)
        return `${seconds.toFixed(3)} s`;
    if (seconds >= 1e-3)
        return `${(seconds * 1e3).toFixed(3)} ms`;
    if (seconds >= 1e-6)
        return `${(seconds * 1e6).toFixed(3)} µs`;
    return `${(seconds * 1e9).toFixed(2)} ns`;
}
function detectable(b) {
    if (b.status === 'ignored' || Number.isNaN(b.minDetectable))
        return '–';
    return Number.isFinite(b.minDetectable) ? `${(b.minDetectable * 100).toFixed(1)}%` : 'none (too few rounds)';
}
const ICON = {
    regression: '🔴 regression',
    improvement: '🟢 improvement',
    unchanged: 'unchanged',
    inconclusive: '❔ inconclusive',
    ignored: 'ignored',
};
/** One line for the log and the failure message. */
function verdictLine(report) {
    const n = report.benchmarks.length;
    if (report.regressions.length) {
        const worst = report.benchmarks
            .filter((b) => b.status === 'regression')
            .sort((a, b) => b.ratio - a.ratio)
            .map((b) => `${b.name} ${pct(b.ratio)} ${interval(b)}`);
        return `${report.regressions.length} of ${n} benchmarks slower than base beyond the threshold: ${worst.slice(0, 3).join('; ')}${worst.length > 3 ? '; …' : ''}`;
    }
    if (report.result === 'failed')
        return `benchmarks missing on head: ${report.onlyBase.join(', ')}`;
    return `no regression beyond the threshold in ${n} benchmarks over ${report.rounds} rounds`;
}
/** The job summary: verdict, regressions and improvements first, then every benchmark. */
function renderSummary(report, s) {
    s.heading(`Performance gate: ${report.result === 'passed' ? '✅ passed' : '❌ failed'}`);
    s.paragraph(verdictLine(report));
    s.paragraph(`Base \`${report.base.ref}\` (${report.base.sha.slice(0, 12)}) vs head ${report.head.sha.slice(0, 12)}: ` +
        `${report.rounds} randomised interleaved rounds${report.duet ? ' (duet: both at once)' : ''}, ` +
        `${report.metric === 'cpu' ? 'CPU' : 'wall'} time compared, ` +
        `threshold ${(report.threshold * 100).toFixed(1)}%, ${report.correction === 'bh' ? 'false-discovery rate' : 'family-wise error'} ${report.alpha} (${report.correction}), seed ${report.seed}. ` +
        'Change is head/base − 1 (Hodges–Lehmann on the paired log-ratios); a benchmark regresses only when its whole interval lies above the threshold.');
    const flagged = report.benchmarks.filter((b) => b.status === 'regression' || b.status === 'improvement');
    flagged.sort((a, b) => (a.status === b.status ? b.ratio - a.ratio : a.status === 'regression' ? -1 : 1));
    if (flagged.length) {
        s.heading('Regressions and improvements', 3);
        s.table(['benchmark', 'verdict', 'change', 'interval', 'confidence'], flagged.map((b) => [b.name, ICON[b.status], pct(b.ratio), interval(b), `${(b.confidence * 100).toFixed(1)}%`]));
    }
    const noisy = report.benchmarks.filter((b) => b.status !== 'ignored' && !(b.minDetectable <= b.threshold * 2));
    if (noisy.length)
        s.paragraph(`⚠️ ${noisy.length} benchmark(s) too noisy for these rounds to catch twice the threshold: raise rounds, or lengthen each benchmark.`);
    if (report.onlyBase.length || report.onlyHead.length)
        s.paragraph(`Only on base: ${report.onlyBase.join(', ') || 'none'}. Only on head: ${report.onlyHead.join(', ') || 'none'}.`);
    const rows = report.benchmarks.map((b) => [
        b.name,
        ICON[b.status],
        duration(b.base),
        duration(b.head),
        b.status === 'ignored' ? '–' : pct(b.ratio),
        interval(b),
        `${(b.threshold * 100).toFixed(1)}%`,
        detectable(b),
        b.rounds,
    ]);
    s.details(`All ${report.benchmarks.length} benchmarks`, new summary_js_1.Summary()
        .table(['benchmark', 'verdict', 'base', 'head', 'change', 'interval', 'threshold', 'detectable (80%)', 'rounds'], rows)
        .toString());
}


/***/ }),

/***/ 7782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUTPUT_TOKEN = void 0;
exports.runOnce = runOnce;
exports.build = build;
exports.runRounds = runRounds;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
const index_js_1 = __webpack_require__(7964);
const judge_js_1 = __webpack_require__(5288);
const metric_js_1 = __webpack_require__(6947);
const stats_js_1 = __webpack_require__(6268);
exports.OUTPUT_TOKEN = '{output}';
/** The line bash's `time` keyword prints with this TIMEFORMAT: wall, user and system seconds. */
const TIME_TAG = 'shipline-perf-time';
// The user's argv is passed as "$@", never spliced into the script: no shell parsing of input.
const TIME_SCRIPT = `TIMEFORMAT='${TIME_TAG} %3R %3U %3S'; time "$@"`;
function lastLine(r) {
    const lines = `${r.stderr}\n${r.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith(TIME_TAG));
    return lines.length ? lines[lines.length - 1].slice(0, 200) : '(no output)';
}
function commandFailed(side, r, what, timeoutMs, argv) {
    const how = r.timedOut
        ? `timed out after ${Math.round(timeoutMs / 1000)}s`
        : r.signal
            ? `was killed by ${r.signal}`
            : `exited with ${r.exitCode}`;
    return new errors_js_1.ConfigError(`the ${what} ${how} on ${side} (${(0, exec_js_1.formatCommand)(argv)}): ${lastLine(r)}; fix the ${what} so it passes on both base and head`);
}
/**
 * Run one side once and return its measurements (median of a run's repeated observations) in
 * the clock `options.metric` resolves to (the first run fixes it for the rest).
 */
async function runOnce(side, dir, options, ctx, pin) {
    const outFile = (0, node_path_1.join)(ctx.tempDir, `shipline-perf-${process.pid}-${side}-${Math.random().toString(36).slice(2)}.out`);
    let argv = options.command.map((a) => a.split(exports.OUTPUT_TOKEN).join(outFile));
    if (options.format === 'command')
        argv = ['bash', '-c', TIME_SCRIPT, 'shipline-perf', ...argv];
    if (pin !== undefined)
        argv = ['taskset', '-c', String(pin), ...argv];
    let r;
    try {
        r = await ctx.exec(argv[0], argv.slice(1), {
            cwd: dir,
            timeoutMs: options.runTimeoutMs,
            env: { ...ctx.env, SHIPLINE_PERF_SIDE: side },
        });
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError)
            throw errors_js_1.ConfigError.forInput('command', `${e.command} is not installed (on ${side})`, 'install it in an earlier step or fix the command');
        throw e;
    }
    if (r.exitCode !== 0)
        throw commandFailed(side, r, 'benchmark command', options.runTimeoutMs, options.command);
    if (options.format === 'command') {
        // One benchmark named by the command, as hyperfine names its results.
        const line = r.stderr.split('\n').find((l) => l.startsWith(TIME_TAG));
        const [wall, user, sys] = (line ?? '').split(/\s+/).slice(1).map(Number);
        const name = (0, exec_js_1.formatCommand)(options.command);
        const m = {
            wall: new Map([[name, [Number.isFinite(wall) ? wall : r.durationMs / 1000]]]),
            cpu: new Map(),
        };
        if (Number.isFinite(user) && Number.isFinite(sys))
            m.cpu.set(name, [user + sys]);
        return medians((0, metric_js_1.pickClock)(options.format, m, options.metric));
    }
    let text = r.stdout;
    if (options.command.some((a) => a.includes(exports.OUTPUT_TOKEN))) {
        try {
            text = (0, node_fs_1.readFileSync)(outFile, 'utf8');
        }
        catch {
            throw errors_js_1.ConfigError.forInput('command', `the command did not write ${exports.OUTPUT_TOKEN} on ${side}`, `pass ${exports.OUTPUT_TOKEN} where the tool takes its report path (e.g. --benchmark-json={output})`);
        }
        finally {
            (0, node_fs_1.rmSync)(outFile, { force: true });
        }
    }
    let parsed;
    try {
        parsed = (0, index_js_1.parseMeasures)(options.format, text);
    }
    catch (e) {
        if (!(e instanceof index_js_1.FormatError))
            throw e;
        parsed = { wall: new Map(), cpu: new Map() };
    }
    if (parsed.wall.size === 0 && parsed.cpu.size === 0)
        throw errors_js_1.ConfigError.forInput('format', `found no ${options.format} benchmark results in the ${side} output (${lastLine(r)})`, `check that the command prints ${options.format} results${options.format === 'go' ? '' : ` (or writes them to ${exports.OUTPUT_TOKEN})`}, or pick the format it produces`);
    return medians((0, metric_js_1.pickClock)(options.format, parsed, options.metric));
}
function medians(p) {
    return { sample: new Map([...p.values].map(([name, obs]) => [name, (0, stats_js_1.median)(obs)])), clock: p.clock };
}
/** Build one checkout; a failing build is one line naming the side. */
async function build(side, dir, argv, ctx, timeoutMs) {
    ctx.logger.info(`building ${side}: ${(0, exec_js_1.formatCommand)(argv)}`);
    let r;
    try {
        r = await ctx.exec(argv[0], argv.slice(1), { cwd: dir, timeoutMs, env: { ...ctx.env, SHIPLINE_PERF_SIDE: side } });
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError)
            throw errors_js_1.ConfigError.forInput('build', `${e.command} is not installed`, 'install it in an earlier step');
        throw e;
    }
    if (r.exitCode !== 0)
        throw commandFailed(side, r, 'build command', timeoutMs, argv);
}
/**
 * Randomised interleaved rounds: each round runs base and head once, in an order drawn from
 * the seeded RNG (or both at once in duet mode), until `rounds` or the time budget is spent.
 * A round is started only when the average round so far still fits in the budget. After each
 * round the rounds so far are judged; when every benchmark is settled (unchanged or faster, see
 * `settled`) the gate stops early: more rounds could not fail it, so they would be time spent
 * for nothing.
 */
async function runRounds(plan) {
    const { dirs, ctx } = plan;
    let options = plan.options;
    let clock = options.metric === 'auto' ? undefined : options.metric;
    const random = (0, stats_js_1.rng)(options.seed);
    const rounds = [];
    const started = plan.elapsed();
    for (let i = 0; i < options.rounds; i++) {
        const perRound = rounds.length ? (plan.elapsed() - started) / rounds.length : 0;
        if (rounds.length >= 2 && plan.elapsed() + perRound > options.timeBudgetMs) {
            ctx.logger.warning(`time-budget reached after ${rounds.length} of ${options.rounds} rounds: the intervals are wider than they would be with all rounds`);
            break;
        }
        const order = random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
        const got = {};
        const once = async (side, pin) => {
            const r = await runOnce(side, dirs[side], options, ctx, pin);
            if (!clock) {
                // The first run fixes the clock: every later run is read in the same one.
                clock = r.clock;
                options = { ...options, metric: clock };
                ctx.logger.info(`comparing ${clock === 'cpu' ? 'CPU' : 'wall'} time (metric ${plan.options.metric})`);
            }
            got[side] = r.sample;
        };
        if (options.duet)
            await Promise.all(order.map((side, k) => once(side, plan.pins?.[k])));
        else
            for (const side of order)
                await once(side);
        rounds.push({ index: i + 1, order, base: got.base, head: got.head });
        ctx.logger.info(`round ${i + 1}/${options.rounds} (${order.join(' then ')}${options.duet ? ', duet' : ''}) done`);
        if (i + 1 < options.rounds && (0, judge_js_1.settled)((0, judge_js_1.judge)(rounds, options))) {
            ctx.logger.info(`every benchmark is settled after ${rounds.length} of ${options.rounds} rounds (unchanged or faster, at the corrected level): stopping early`);
            break;
        }
    }
    return { rounds, clock: clock ?? 'wall' };
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack_module, exports) => {


// Paired, distribution-free statistics for base-vs-head rounds: the Hodges–Lehmann estimate of
// the median log-ratio, its confidence bounds from the exact Wilcoxon signed-rank distribution
// (so the interval and the test are the same computation, inverted), and Holm / Benjamini–Hochberg
// across benchmarks. No random numbers are used in a verdict: the same rounds give the same result.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rng = rng;
exports.median = median;
exports.walshAverages = walshAverages;
exports.signedRankTail = signedRankTail;
exports.criticalCount = criticalCount;
exports.shift = shift;
exports.holm = holm;
exports.benjaminiHochberg = benjaminiHochberg;
exports.correct = correct;
exports.normalQuantile = normalQuantile;
exports.minimumDetectable = minimumDetectable;
/** Seeded PRNG (mulberry32): the round order, reproducible from the seed in the report. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function median(xs) {
    if (xs.length === 0)
        return NaN;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** All n(n+1)/2 pairwise means x_i, x_j (i <= j), sorted ascending. */
function walshAverages(xs) {
    const out = [];
    for (let i = 0; i < xs.length; i++)
        for (let j = i; j < xs.length; j++)
            out.push((xs[i] + xs[j]) / 2);
    return out.sort((a, b) => a - b);
}
const tailCache = new Map();
/**
 * Upper tail of the signed-rank statistic T+ under the null for n pairs:
 * tail[t] = P(T+ >= t), t = 0 .. n(n+1)/2. Exact, by dynamic programming over the ranks.
 */
function signedRankTail(n) {
    const hit = tailCache.get(n);
    if (hit)
        return hit;
    const max = (n * (n + 1)) / 2;
    let p = new Float64Array(max + 1);
    p[0] = 1;
    for (let r = 1; r <= n; r++) {
        const next = new Float64Array(max + 1);
        for (let s = 0; s <= max; s++) {
            if (p[s] === 0)
                continue;
            next[s] += p[s] / 2;
            if (s + r <= max)
                next[s + r] += p[s] / 2;
        }
        p = next;
    }
    const tail = new Float64Array(max + 2);
    for (let t = max; t >= 0; t--)
        tail[t] = tail[t + 1] + p[t];
    tailCache.set(n, tail);
    return tail;
}
/** The smallest count c with P(T+ >= c) <= alpha, or undefined when n is too small for alpha. */
function criticalCount(n, alpha) {
    const tail = signedRankTail(n);
    const max = (n * (n + 1)) / 2;
    for (let c = 0; c <= max; c++)
        if (tail[c] <= alpha)
            return c;
    return undefined;
}
/** Walsh averages strictly above x: the signed-rank statistic at shift x (ties count against
 * the claim, which keeps quantised timers conservative and the interval and test exactly dual). */
function countAbove(sorted, x) {
    let n = 0;
    for (const w of sorted)
        if (w > x)
            n++;
    return n;
}
function countBelow(sorted, x) {
    let n = 0;
    for (const w of sorted)
        if (w < x)
            n++;
    return n;
}
/**
 * The shift of paired differences d (e.g. log(head/base) per round) against a margin delta >= 0.
 * `lower` uses alphaLow and `upper` alphaHigh, so each side can carry its own (multiplicity-
 * adjusted) level. By construction `lower > delta` exactly when `pAbove <= alphaLow`.
 */
function shift(d, delta, alphaLow, alphaHigh) {
    const n = d.length;
    const w = walshAverages(d);
    const N = w.length;
    const tail = signedRankTail(n);
    const cLow = criticalCount(n, alphaLow);
    const cHigh = criticalCount(n, alphaHigh);
    // Reject "shift <= x" when at least c Walsh averages exceed x, i.e. when x < the c-th largest.
    const lower = cLow === undefined || cLow === 0 ? -Infinity : w[N - cLow];
    const upper = cHigh === undefined || cHigh === 0 ? Infinity : w[cHigh - 1];
    return {
        estimate: median(w),
        lower,
        upper,
        pAbove: tail[countAbove(w, delta)],
        pBelow: tail[countBelow(w, -delta)],
    };
}
/**
 * Holm's step-down levels: the level each p-value is judged at, and which are rejected
 * (family-wise error <= alpha under any dependence between benchmarks).
 */
function holm(p, alpha) {
    const m = p.length;
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    const rejected = new Array(m).fill(false);
    const levels = new Array(m).fill(alpha / Math.max(1, m));
    let stopped = false;
    order.forEach((i, k) => {
        levels[i] = alpha / (m - k);
        if (!stopped && p[i] <= levels[i])
            rejected[i] = true;
        else
            stopped = true;
    });
    return { rejected, levels };
}
/**
 * Benjamini–Hochberg step-up (false-discovery rate <= alpha for independent or positively
 * dependent tests). Levels are alpha·R/m, the Benjamini–Yekutieli level for the intervals of
 * the R selected benchmarks (alpha/m when none is selected).
 */
function benjaminiHochberg(p, alpha) {
    const m = p.length;
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    let r = 0;
    order.forEach((i, k) => {
        if (p[i] <= ((k + 1) * alpha) / m)
            r = k + 1;
    });
    const rejected = new Array(m).fill(false);
    for (let k = 0; k < r; k++)
        rejected[order[k]] = true;
    const level = (alpha * Math.max(1, r)) / Math.max(1, m);
    return { rejected, levels: new Array(m).fill(level) };
}
function correct(p, alpha, how) {
    if (how === 'holm')
        return holm(p, alpha);
    if (how === 'bh')
        return benjaminiHochberg(p, alpha);
    return { rejected: p.map((x) => x <= alpha), levels: p.map(() => alpha) };
}
/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantile(q) {
    const a = [
        -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
    ];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    if (q <= 0)
        return -Infinity;
    if (q >= 1)
        return Infinity;
    if (q < lo) {
        const t = Math.sqrt(-2 * Math.log(q));
        return ((((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) /
            ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1));
    }
    if (q > 1 - lo)
        return -normalQuantile(1 - q);
    const t = q - 0.5;
    const r = t * t;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * t) /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
/**
 * The smallest slowdown (as a log-ratio) these rounds would flag with 80% probability at
 * level alpha: the margin plus the interval's half-width, scaled from the alpha quantile to
 * alpha + 80% power (a normal approximation of the signed-rank interval's width).
 */
function minimumDetectable(estimate, lower, delta, alpha) {
    if (!Number.isFinite(lower))
        return Infinity;
    const half = Math.max(0, estimate - lower);
    const za = normalQuantile(1 - alpha);
    return delta + (half * (za + normalQuantile(0.8))) / za;
}


/***/ })

};
