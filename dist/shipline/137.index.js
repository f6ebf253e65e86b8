export const id = 137;
export const ids = [137];
export const modules = {

/***/ 7856:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A small tolerant JUnit XML reader. It scans tags with one regular expression instead of
 * building a DOM, so a 100 MB report costs one pass, and a broken report yields what was
 * complete plus a problem naming the file and line, never a crash.
 *
 * It reads the dialects people use: jest-junit, vitest, playwright, pytest --junitxml,
 * go-junit-report, rspec_junit_formatter and Maven Surefire (including its
 * flakyFailure/rerunFailure elements).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_SECONDS = void 0;
exports.decodeEntities = decodeEntities;
exports.parseSeconds = parseSeconds;
exports.parseJUnit = parseJUnit;
const TAG = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_PROBLEMS = 10;
const FAIL_TAGS = new Set(['failure', 'error']);
const FLAKY_TAGS = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
/** Decode the five XML entities and numeric character references. */
function decodeEntities(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e) => {
        if (e === 'lt')
            return '<';
        if (e === 'gt')
            return '>';
        if (e === 'amp')
            return '&';
        if (e === 'quot')
            return '"';
        if (e === 'apos')
            return "'";
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        try {
            return String.fromCodePoint(code);
        }
        catch {
            return '';
        }
    });
}
function attrs(raw) {
    const out = {};
    ATTR.lastIndex = 0;
    let m;
    while ((m = ATTR.exec(raw)))
        out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
    return out;
}
/** No real test file runs a week: a larger `time` is corrupt, and summing a few 1e308s overflows to Infinity. */
exports.MAX_SECONDS = 7 * 24 * 3600;
/** Seconds from a `time` attribute: "1.5", "1,234.5" (some Surefire locales); missing or absurd → undefined. */
function parseSeconds(v) {
    if (v === undefined || v.trim() === '')
        return undefined;
    const n = Number(v.replace(/,/g, ''));
    return Number.isFinite(n) && n >= 0 && n <= exports.MAX_SECONDS ? n : undefined;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * Parse one JUnit report's text. Never throws: problems are collected with line numbers,
 * and every test case that was complete before the problem is kept.
 */
function parseJUnit(text) {
    const cases = [];
    const suites = [];
    const problems = [];
    let extra = 0;
    // Past a few problems the report is simply broken: count the rest (and skip their line numbers).
    const problem = (at, text) => {
        if (problems.length < MAX_PROBLEMS)
            problems.push(text(lineAt(body, at)));
        else
            extra++;
    };
    const body = text.replace(/^\uFEFF/, '');
    if (!/^\s*</.test(body)) {
        return { cases, suites, problems: ['is not XML (it does not start with "<")'] };
    }
    const stack = [];
    let current;
    let sawRoot = false;
    TAG.lastIndex = 0;
    let m;
    const closeCase = () => {
        if (!current)
            return;
        const idx = cases.push(current.c) - 1;
        current.suite?.suite.cases.push(idx);
        current = undefined;
    };
    while ((m = TAG.exec(body))) {
        const name = m[2];
        if (!name)
            continue; // CDATA, comment, declaration
        const closing = m[1] === '/';
        let raw = m[3] ?? '';
        const selfClosing = raw.endsWith('/');
        if (selfClosing)
            raw = raw.slice(0, -1);
        if (name === 'testsuite' || name === 'testsuites') {
            sawRoot = true;
            if (name === 'testsuites')
                continue;
            if (closing) {
                if (current) {
                    problem(m.index, (l) => `line ${l}: <testcase> opened on line ${lineAt(body, current.at)} is not closed before </testsuite>`);
                    closeCase();
                }
                const open = stack.pop();
                if (!open)
                    problem(m.index, (l) => `line ${l}: </testsuite> without a matching <testsuite>`);
                else if (!open.holdsSuites)
                    suites.push(open.suite);
                continue;
            }
            const a = attrs(raw);
            if (stack.length)
                stack[stack.length - 1].holdsSuites = true;
            const parentFile = stack.length ? stack[stack.length - 1].suite.file : undefined;
            const open = {
                suite: { name: a.name, file: a.file ?? a.filepath ?? parentFile, seconds: parseSeconds(a.time), cases: [] },
                holdsSuites: false,
                at: m.index,
            };
            if (selfClosing)
                suites.push(open.suite);
            else
                stack.push(open);
            continue;
        }
        if (name === 'testcase') {
            sawRoot = true;
            if (closing) {
                if (!current)
                    problem(m.index, (l) => `line ${l}: </testcase> without a matching <testcase>`);
                closeCase();
                continue;
            }
            if (current) {
                problem(m.index, (l) => `line ${l}: <testcase> opened on line ${lineAt(body, current.at)} is not closed before the next one`);
                closeCase();
            }
            const a = attrs(raw);
            const suite = stack[stack.length - 1];
            if (a.time !== undefined && a.time.trim() !== '' && parseSeconds(a.time) === undefined)
                problem(m.index, (l) => `line ${l}: time="${a.time.slice(0, 40)}" is not a number of seconds from 0 to ${exports.MAX_SECONDS}; counted as 0`);
            const c = {
                file: a.file ?? a.filepath ?? suite?.suite.file,
                classname: a.classname || undefined,
                name: a.name ?? '',
                suite: suite?.suite.name,
                seconds: parseSeconds(a.time) ?? 0,
                status: 'passed',
                flaky: false,
            };
            current = { c, at: m.index, suite };
            if (selfClosing)
                closeCase();
            continue;
        }
        if (current && !closing) {
            if (FAIL_TAGS.has(name))
                current.c.status = 'failed';
            else if (name === 'skipped') {
                if (current.c.status === 'passed')
                    current.c.status = 'skipped';
            }
            else if (FLAKY_TAGS.has(name))
                current.c.flaky = true;
        }
    }
    if (current) {
        problems.push(`<testcase> opened on line ${lineAt(body, current.at)} is never closed (the file is cut short?)`);
        closeCase();
    }
    for (const open of stack.reverse()) {
        problems.push(`<testsuite${open.suite.name ? ` name="${open.suite.name}"` : ''}> opened on line ${lineAt(body, open.at)} is never closed (the file is cut short?)`);
        if (!open.holdsSuites)
            suites.push(open.suite);
    }
    if (extra)
        problems.push(`…and ${extra} more problem(s) like these`);
    if (!sawRoot)
        problems.push(`has no <testsuite> or <testcase> element: it is not a JUnit report`);
    return { cases, suites, problems };
}


/***/ }),

/***/ 3031:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StatsApi = exports.RateLimitError = exports.ApiError = void 0;
const errors_js_1 = __webpack_require__(4296);
const github_rest_js_1 = __webpack_require__(7383);
const http_js_1 = __webpack_require__(1983);
/** GitHub answered an error: its status and message, for one line that says what to do. */
class ApiError extends errors_js_1.ExternalError {
    status;
    apiMessage;
    path;
    name = 'ApiError';
    constructor(status, apiMessage, path) {
        super(`GitHub answered ${status}${apiMessage ? ` "${apiMessage}"` : ''} for ${path}`);
        this.status = status;
        this.apiMessage = apiMessage;
        this.path = path;
    }
}
exports.ApiError = ApiError;
/** The primary rate limit is (nearly) used up and resets too late to wait for. */
class RateLimitError extends errors_js_1.ExternalError {
    name = 'RateLimitError';
}
exports.RateLimitError = RateLimitError;
/**
 * GitHub REST reads for pipeline health: conditional GETs (If-None-Match; a 304 is free and
 * reuses the cached compacted body), Link pagination, and rate-limit awareness: it reads
 * x-ratelimit-remaining/reset after every answer, waits out a secondary limit (403/429 with
 * Retry-After, or the "secondary rate limit" message), and stops early rather than spend the
 * last requests of the hour.
 */
class StatsApi {
    apiUrl;
    cache;
    deps;
    calls = 0;
    notModified = 0;
    remaining;
    resetMs;
    headers;
    constructor(apiUrl, token, cache, deps) {
        this.apiUrl = apiUrl;
        this.cache = cache;
        this.deps = deps;
        this.headers = (0, github_rest_js_1.githubHeaders)(token, 'shipline-pipeline-health');
    }
    async fetchOnce(url, etag) {
        if (this.deps.signal.aborted)
            throw new errors_js_1.ExternalError('cancelled');
        this.calls++;
        return (0, http_js_1.request)({
            url,
            headers: etag ? { ...this.headers, 'if-none-match': etag } : this.headers,
            timeoutMs: this.deps.timeoutMs,
            retries: 3,
            label: 'the GitHub API',
        }, {
            masker: this.deps.masker,
            logger: this.deps.logger,
            sleep: this.deps.sleep,
            maxWaitMs: this.deps.maxWaitMs,
            signal: this.deps.signal,
        });
    }
    /** One conditional GET; `compact` turns the JSON body into what is kept in the cache. */
    async get(pathOrUrl, compact, keep = true) {
        const url = (0, github_rest_js_1.githubUrl)(this.apiUrl, pathOrUrl);
        const cached = !keep
            ? undefined
            : this.cache.etag(url);
        const wait = this.deps.sleep ?? http_js_1.sleep;
        const maxWait = this.deps.maxWaitMs ?? 60_000;
        for (let tries = 1;; tries++) {
            const res = await this.fetchOnce(url, cached?.etag);
            this.readLimits(res);
            if (res.status === 304 && cached) {
                this.notModified++;
                this.cache.touchEtag(url);
                return cached.data;
            }
            if (res.ok) {
                const out = { data: compact(JSON.parse(res.body)), next: (0, github_rest_js_1.nextLink)(res.headers.get('link')) };
                const etag = res.headers.get('etag');
                if (etag && keep)
                    this.cache.setEtag(url, etag, out);
                this.checkReserve();
                return out;
            }
            const message = apiMessage(res.body);
            const secondary = /secondary rate limit/i.test(message) || res.headers.has('retry-after');
            const primary = res.headers.get('x-ratelimit-remaining') === '0';
            if ((res.status === 403 || res.status === 429) && (secondary || primary) && tries <= 3) {
                const after = Number(res.headers.get('retry-after'));
                const delay = Number.isFinite(after) && res.headers.has('retry-after')
                    ? after * 1000
                    : primary && this.resetMs !== undefined
                        ? this.resetMs - this.deps.now()
                        : 60_000;
                if (delay > maxWait)
                    throw new RateLimitError(`the GitHub API rate limit is used up (${message || res.status}) and resets in ${Math.ceil(delay / 1000)} s`);
                this.deps.logger.info(`GitHub rate limit (${res.status}); waiting ${(delay / 1000).toFixed(0)} s`);
                await wait(Math.max(0, delay));
                continue;
            }
            throw new ApiError(res.status, message, new URL(url).pathname);
        }
    }
    /**
     * Every page of a list, following Link rel="next"; `stop` ends early (e.g. past the window).
     * `keep: false` for answers the caller caches itself (the jobs of completed attempts).
     */
    async all(path, compact, stop, keep = true) {
        const out = [];
        let next = path;
        while (next) {
            const page = await this.get(next, compact, keep);
            out.push(...page.data);
            if (stop?.(page.data))
                break;
            next = page.next;
        }
        return out;
    }
    readLimits(res) {
        const rem = res.headers.get('x-ratelimit-remaining');
        const reset = res.headers.get('x-ratelimit-reset');
        if (rem !== null && rem !== '')
            this.remaining = Number(rem);
        if (reset)
            this.resetMs = Number(reset) * 1000;
    }
    checkReserve() {
        if (this.remaining !== undefined && this.remaining < (this.deps.reserve ?? 25))
            throw new RateLimitError(`only ${this.remaining} GitHub API requests are left this hour (resets ${this.resetMs ? new Date(this.resetMs).toISOString() : 'soon'}); stopped reading to leave them to other jobs`);
    }
}
exports.StatsApi = StatsApi;
function apiMessage(body) {
    try {
        const m = JSON.parse(body).message;
        return typeof m === 'string' ? m : '';
    }
    catch {
        return body.trim().slice(0, 200);
    }
}


/***/ }),

/***/ 238:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Interner = void 0;
exports.packJobs = packJobs;
exports.unpackJobs = unpackJobs;
class Interner {
    table;
    index = new Map();
    constructor(table = []) {
        this.table = [...table];
        this.table.forEach((s, i) => this.index.set(s, i));
    }
    id(s) {
        if (s === null)
            return -1;
        let i = this.index.get(s);
        if (i === undefined) {
            i = this.table.length;
            this.table.push(s);
            this.index.set(s, i);
        }
        return i;
    }
    str(i) {
        return i < 0 ? null : (this.table[i] ?? '');
    }
}
exports.Interner = Interner;
const s = (ms) => (ms === undefined ? null : Math.round(ms / 1000));
const diff = (a, b) => a === undefined || b === undefined ? null : Math.round((a - b) / 1000);
function packJobs(jobs, t) {
    return jobs.map((j) => [
        t.id(j.name),
        t.id(j.conclusion),
        s(j.createdMs ?? j.startedMs),
        diff(j.startedMs, j.createdMs ?? j.startedMs),
        diff(j.completedMs, j.startedMs),
        j.steps.map((st) => [
            t.id(st.name),
            t.id(st.conclusion),
            diff(st.startedMs, j.startedMs),
            diff(st.completedMs, st.startedMs),
        ]),
    ]);
}
const plus = (base, d) => base === undefined || d === null ? undefined : base + d * 1000;
function unpackJobs(packed, t) {
    return packed.map(([name, conclusion, createdS, queueS, seconds, steps]) => {
        const createdMs = createdS === null ? undefined : createdS * 1000;
        const startedMs = plus(createdMs, queueS);
        return {
            name: t.str(name) ?? '',
            conclusion: t.str(conclusion),
            createdMs,
            startedMs,
            completedMs: plus(startedMs, seconds),
            steps: steps.map(([n, c, off, sec]) => {
                const st = plus(startedMs, off);
                return { name: t.str(n) ?? '', conclusion: t.str(c), startedMs: st, completedMs: plus(st, sec) };
            }),
        };
    });
}


/***/ }),

/***/ 2169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EtagCache = exports.CACHE_VERSION = void 0;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const cache_codec_js_1 = __webpack_require__(238);
/**
 * The ETag cache, carried between runs (restore it with actions/cache). Version 1:
 * `{ version: 1, repository, saved, etags: { <url>: { etag, data } }, names: string[],
 *    attempts: { "<run>/<attempt>": PackedJob[] }, commits: { <sha>: epoch ms }, flakyTests: string[] }`
 * (attempts packed as cache-codec.ts describes, names and conclusions interned in `names`).
 * `etags` keeps each conditional GET's ETag with the compacted body it stood for (a 304 reuses it);
 * `attempts` keeps the jobs of completed run attempts, which GitHub never changes, so they are not asked
 * for again; `flakyTests` are the flaky tests of the last saved report (to tell a new one). Entries not
 * used by a run are dropped when it saves, so the file tracks the window and stays bounded.
 */
exports.CACHE_VERSION = 1;
class EtagCache {
    path;
    data;
    /** Attempts served from the file without a request. */
    hits = 0;
    used = { etags: new Set(), attempts: new Set(), commits: new Set() };
    /** Why the file was not used, when it was not (missing is not a problem). */
    note;
    constructor(path, data, note) {
        this.path = path;
        this.data = data;
        this.note = note;
        this.names = new cache_codec_js_1.Interner(data.names);
    }
    names;
    /** Nothing new to write: every entry was read from the file and all of them were used. */
    dirty = false;
    static load(path, repository) {
        const empty = {
            version: exports.CACHE_VERSION,
            repository,
            saved: '',
            etags: {},
            names: [],
            attempts: {},
            commits: {},
            flakyTests: [],
        };
        let text;
        try {
            text = (0, node_fs_1.readFileSync)(path, 'utf8');
        }
        catch {
            return new EtagCache(path, empty);
        }
        try {
            const d = JSON.parse(text);
            if (d.version !== exports.CACHE_VERSION)
                return new EtagCache(path, empty, `cache ${path} has version ${String(d.version)}, not ${exports.CACHE_VERSION}: ignored`);
            if (d.repository !== repository)
                return new EtagCache(path, empty, `cache ${path} is for ${d.repository}, not ${repository}: ignored`);
            return new EtagCache(path, { ...empty, ...d });
        }
        catch {
            return new EtagCache(path, empty, `cache ${path} is not valid JSON: ignored`);
        }
    }
    etag(url) {
        return this.data.etags[url];
    }
    setEtag(url, etag, data) {
        this.used.etags.add(url);
        this.data.etags[url] = { etag, data };
        this.dirty = true;
    }
    touchEtag(url) {
        this.used.etags.add(url);
    }
    attempt(runId, attempt) {
        const key = `${runId}/${attempt}`;
        const hit = this.data.attempts[key];
        if (!hit)
            return undefined;
        this.used.attempts.add(key);
        this.hits++;
        return (0, cache_codec_js_1.unpackJobs)(hit, this.names);
    }
    setAttempt(runId, attempt, jobs) {
        const key = `${runId}/${attempt}`;
        this.used.attempts.add(key);
        this.data.attempts[key] = (0, cache_codec_js_1.packJobs)(jobs, this.names);
        this.dirty = true;
    }
    commit(sha) {
        const hit = this.data.commits[sha];
        if (hit !== undefined)
            this.used.commits.add(sha);
        return hit;
    }
    setCommit(sha, ms) {
        this.used.commits.add(sha);
        this.data.commits[sha] = ms;
        this.dirty = true;
    }
    /**
     * Write what this run used (atomically: a temp file renamed over the old one). Skipped when
     * nothing changed: every answer was a 304 or a cached attempt, and every entry was used.
     */
    save(now, flakyTests) {
        const unchanged = !this.dirty &&
            this.used.etags.size === Object.keys(this.data.etags).length &&
            this.used.attempts.size === Object.keys(this.data.attempts).length &&
            this.used.commits.size === Object.keys(this.data.commits).length &&
            JSON.stringify(flakyTests) === JSON.stringify(this.data.flakyTests);
        if (unchanged && this.data.saved)
            return false;
        const keep = (rec, used) => Object.fromEntries(Object.entries(rec).filter(([k]) => used.has(k)));
        const out = {
            version: exports.CACHE_VERSION,
            repository: this.data.repository,
            saved: new Date(now).toISOString(),
            etags: keep(this.data.etags, this.used.etags),
            names: this.names.table,
            attempts: keep(this.data.attempts, this.used.attempts),
            commits: keep(this.data.commits, this.used.commits),
            flakyTests,
        };
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(this.path), { recursive: true });
        const tmp = `${this.path}.${process.pid}.tmp`;
        (0, node_fs_1.writeFileSync)(tmp, JSON.stringify(out));
        (0, node_fs_1.renameSync)(tmp, this.path);
        return true;
    }
}
exports.EtagCache = EtagCache;


/***/ }),

/***/ 2957:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.WINDOW_DAY_MS = void 0;
exports.pickWorkflows = pickWorkflows;
exports.collect = collect;
const errors_js_1 = __webpack_require__(4296);
const api_js_1 = __webpack_require__(3031);
const shapes_js_1 = __webpack_require__(4669);
const DAY = 86_400_000;
/** Run `fn` over `items`, `limit` at a time, stopping at the first error (which is thrown). */
async function pool(items, limit, fn) {
    let i = 0;
    let failed;
    const worker = async () => {
        while (failed === undefined && i < items.length) {
            const item = items[i++];
            try {
                await fn(item);
            }
            catch (e) {
                failed ??= e;
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
    if (failed !== undefined)
        throw failed;
}
/** Match `workflows` (names, file names or paths) against the repository's workflows. */
function pickWorkflows(all, wanted, blind) {
    if (!wanted.length)
        return all.filter((w) => w.state === 'active');
    const picked = [];
    const unknown = [];
    for (const w of wanted) {
        const hit = all.find((x) => x.name === w || x.path === w || x.path.split('/').pop() === w || x.path === `.github/workflows/${w}`);
        if (hit) {
            if (!picked.includes(hit))
                picked.push(hit);
        }
        else
            unknown.push(w);
    }
    const known = all.map((x) => `${x.name} (${x.path.split('/').pop()})`).join(', ') || 'none';
    if (unknown.length && !picked.length)
        throw errors_js_1.ConfigError.forInput('workflows', `no workflow named ${unknown.map((u) => `'${u}'`).join(', ')} in this repository`, `use a workflow name or file name, one a line; the repository has: ${known}`);
    for (const u of unknown)
        blind.push(`workflow '${u}' does not exist in this repository (it has: ${known})`);
    return picked;
}
function explain(e, what) {
    if (e instanceof api_js_1.RateLimitError)
        return `${what}: ${e.message}`;
    if (e instanceof api_js_1.ApiError && e.status === 403 && !/rate limit/i.test(e.apiMessage))
        return `${what}: the token cannot read Actions data (${e.message}); give the job \`permissions: actions: read\``;
    if (e instanceof Error)
        return `${what}: ${e.message}`;
    throw e;
}
/** Read the workflows, their runs over two windows, every attempt's jobs, and the deployments. */
async function collect(o, api, cache, event, logger, now) {
    const repo = `/repos/${event.owner}/${event.repo}`;
    const blind = [];
    const workflows = pickWorkflows(await api.all(`${repo}/actions/workflows?per_page=100`, shapes_js_1.compactWorkflows), o.workflows, blind);
    const win = o.window;
    const fromMs = win.kind === 'since' ? win.fromMs : 0;
    const prevFromMs = win.kind === 'since' ? fromMs - (now - fromMs) : 0;
    const runs = [];
    for (const wf of workflows) {
        const q = new URLSearchParams({ per_page: '100', exclude_pull_requests: 'true' });
        // The filter is rounded down to the day so that runs on the same day ask the same URL (a 304
        // when nothing changed); the runs before the window are dropped here instead.
        if (win.kind === 'since')
            q.set('created', `>=${new Date(prevFromMs).toISOString().slice(0, 10)}`);
        if (o.branch)
            q.set('branch', o.branch);
        const limit = win.kind === 'last' ? win.count * 2 : Infinity;
        let seen = 0;
        const got = await api.all(`${repo}/actions/workflows/${wf.id}/runs?${q}`, (b) => (0, shapes_js_1.compactRuns)(b, wf.name), (page) => (seen += page.length) >= limit);
        // Copies: the cached page holds the runs as GitHub listed them, without the jobs added below.
        runs.push(...got
            .slice(0, limit)
            .filter((r) => win.kind === 'last' || r.createdMs >= prevFromMs)
            .map((r) => ({ ...r })));
    }
    runs.sort((a, b) => a.createdMs - b.createdMs);
    let cur = fromMs;
    let prev = prevFromMs;
    if (win.kind === 'last') {
        // The last N runs of each workflow are the window; the N before them the previous one.
        const byWf = new Map();
        for (const r of runs)
            byWf.set(r.workflow, [...(byWf.get(r.workflow) ?? []), r]);
        const starts = [...byWf.values()].map((rs) => rs[Math.max(0, rs.length - win.count)]?.createdMs ?? now);
        cur = Math.min(...starts, now);
        prev = runs[0]?.createdMs ?? cur;
    }
    // Jobs: every attempt of the window's runs; of the previous window's, only re-run ones (flaky trend).
    const wanted = runs.filter((r) => r.status === 'completed' && (r.createdMs >= cur || r.attempt > 1));
    try {
        await pool(wanted, o.concurrency, async (r) => {
            r.attempts = [];
            for (let n = 1; n <= r.attempt; n++) {
                const hit = cache.attempt(r.id, n);
                if (hit) {
                    r.attempts.push(hit);
                    continue;
                }
                const jobs = await api.all(`${repo}/actions/runs/${r.id}/attempts/${n}/jobs?per_page=100`, shapes_js_1.compactJobs, undefined, false);
                if (n < r.attempt || r.status === 'completed')
                    cache.setAttempt(r.id, n, jobs);
                r.attempts.push(jobs);
            }
        });
    }
    catch (e) {
        const missing = wanted.filter((r) => !r.attempts || r.attempts.length < r.attempt);
        for (const r of missing)
            r.attempts = undefined;
        blind.push(explain(e, `jobs and steps of ${missing.length} of ${wanted.length} run(s) not read`));
    }
    let deployments;
    if (o.environment) {
        try {
            deployments = await readDeployments(api, cache, repo, o.environment, prev, runs);
        }
        catch (e) {
            blind.push(explain(e, `deployments to ${o.environment} not read`));
        }
    }
    logger.info(`read ${runs.length} run(s) of ${workflows.length} workflow(s) in ${api.calls} API call(s) (${api.notModified} not modified)`);
    return { runs, fromMs: cur, prevFromMs: prev, deployments, blind };
}
async function readDeployments(api, cache, repo, environment, sinceMs, runs) {
    const { compactDeployments, compactStatuses, commitTime } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4669));
    const q = new URLSearchParams({ environment, per_page: '100' });
    const all = await api.all(`${repo}/deployments?${q}`, compactDeployments, (page) => page.some((d) => d.createdMs < sinceMs));
    const deps = all.filter((d) => d.createdMs >= sinceMs);
    for (const d of deps)
        d.statuses = await api.all(`${repo}/deployments/${d.id}/statuses?per_page=100`, compactStatuses);
    // Commit times for lead time: from the runs' head commits, else one (cached, immutable) commit read.
    const known = new Map(runs.filter((r) => r.commitMs !== undefined).map((r) => [r.sha, r.commitMs]));
    for (const d of deps) {
        if (known.has(d.sha) || cache.commit(d.sha) !== undefined)
            continue;
        const ms = (await api.get(`${repo}/commits/${d.sha}`, commitTime)).data;
        if (ms !== undefined)
            cache.setCommit(d.sha, ms);
    }
    return deps;
}
exports.WINDOW_DAY_MS = DAY;


/***/ }),

/***/ 8023:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.deployStats = deployStats;
/**
 * The four DORA keys from GitHub Deployments of one environment (docs/pipeline-health.md):
 * - a deploy succeeded when one of its statuses is `success` (a later `inactive` only means superseded);
 *   it failed when one is `failure` or `error`, or a status says it was rolled back or rejected
 *   (shipline's deploy tool and canary: an automatic rollback);
 * - a manual rollback is a deploy of an older SHA than the one live before it (a redeploy, or a
 *   workflow_dispatch rollback job); the deploy it replaced counts as a change failure;
 * - deployment frequency: successful deploys per day of the window; lead time: commit time to the
 *   success status; change failure rate: failed deploys / deploys; time to restore: from the failure
 *   (or the manual rollback's start) to the next successful deploy.
 */
const metrics_js_1 = __webpack_require__(1390);
const AUTO = /rolled back|rollback|rejected|canary failed/i;
const round = (x, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
function deployStats(deps, environment, fromMs, nowMs, commitMs) {
    const all = [...deps].sort((a, b) => a.createdMs - b.createdMs || a.id - b.id);
    const success = (d) => d.statuses.find((s) => s.state === 'success');
    const failure = (d) => d.statuses.find((s) => s.state === 'failure' || s.state === 'error' || AUTO.test(s.description));
    // The order SHAs went live in, to tell a redeploy of an older one.
    const liveOrder = [];
    let manual = 0;
    let automatic = 0;
    const failed = [];
    const restoreH = [];
    const leadH = [];
    let successful = 0;
    let counted = 0;
    let lastGood;
    for (const d of all) {
        const cur = d.createdMs >= fromMs;
        const ok = success(d);
        const bad = failure(d);
        const okAndNotBad = ok && !bad;
        if (cur)
            counted++;
        if (bad) {
            const auto = AUTO.test(bad.description);
            if (cur) {
                if (auto)
                    automatic++;
                failed.push({ id: d.id, sha: d.sha, why: bad.description || bad.state });
                const next = all.find((x) => x.createdMs > bad.createdMs && success(x) && !failure(x));
                if (next)
                    restoreH.push(((success(next)?.createdMs ?? 0) - bad.createdMs) / 3_600_000);
            }
            continue;
        }
        if (!okAndNotBad)
            continue;
        const idx = liveOrder.indexOf(d.sha);
        const isRollback = idx >= 0 && lastGood !== undefined && lastGood.sha !== d.sha && idx < liveOrder.indexOf(lastGood.sha);
        if (cur && isRollback && lastGood) {
            manual++;
            if (!failed.some((f) => f.id === lastGood.id))
                failed.push({ id: lastGood.id, sha: lastGood.sha, why: `rolled back by hand to ${d.sha.slice(0, 7)}` });
            restoreH.push((ok.createdMs - d.createdMs) / 3_600_000);
        }
        if (cur) {
            successful++;
            const c = commitMs(d.sha);
            if (c !== undefined && !isRollback)
                leadH.push((ok.createdMs - c) / 3_600_000);
        }
        if (idx < 0)
            liveOrder.push(d.sha);
        lastGood = d;
    }
    const days = (nowMs - fromMs) / 86_400_000;
    return {
        environment,
        deploys: counted,
        successful,
        perDay: days > 0 && fromMs > 0 ? round(successful / days) : null,
        leadTimeMedianH: round((0, metrics_js_1.median)(leadH)),
        changeFailureRate: counted ? round((100 * failed.length) / counted, 1) : null,
        timeToRestoreMedianH: round((0, metrics_js_1.median)(restoreH)),
        rollbacks: { manual, automatic },
        failedDeploys: failed,
    };
}


/***/ }),

/***/ 8867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.digestFacts = digestFacts;
exports.digestPayload = digestPayload;
const formats_js_1 = __webpack_require__(3505);
const render_js_1 = __webpack_require__(8295);
/**
 * The digest as notify's facts, so every format (Slack, Teams, Discord, JSON) renders it with
 * notify's own renderers and limits: the figures in the note, each breached threshold as a line.
 */
function digestFacts(r, event) {
    const t = r.totals;
    const repoUrl = event.serverUrl && event.repository ? `${event.serverUrl}/${event.repository}` : undefined;
    const d = r.deploys;
    const figures = [
        `${t.runs} runs, ${t.successRate ?? '–'}% successful, p90 ${(0, render_js_1.dur)(t.p90S)}`,
        `${t.flakyRuns} flaky runs (previous window ${r.flakyRunTrend.previous}), ${r.flakyTests.length} flaky tests`,
        d
            ? `${d.successful} deploys to ${d.environment}, change failure rate ${d.changeFailureRate ?? '–'}%, lead time ${d.leadTimeMedianH ?? '–'} h`
            : '',
        r.blind.length ? `not seen: ${r.blind.join('; ')}` : '',
    ].filter(Boolean);
    return {
        status: r.breaches.length ? 'failure' : 'success',
        recovered: false,
        title: `Pipeline health of ${r.repository} (${r.window.label})${r.breaches.length ? `: ${r.breaches.length} threshold(s) breached` : ''}`,
        repository: { text: r.repository, url: repoUrl },
        workflow: r.workflows.map((w) => w.workflow).join(', ') || 'none',
        run: { text: `#${event.runNumber || '?'}`, url: event.runUrl, number: event.runNumber, attempt: event.runAttempt },
        event: event.eventName,
        note: figures.join(' · '),
        failedJobs: r.breaches.map((b) => ({ name: b.line, conclusion: 'failure' })),
    };
}
function digestPayload(format, r, event) {
    return (0, formats_js_1.render)(format, digestFacts(r, event));
}


/***/ }),

/***/ 9137:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const http_js_1 = __webpack_require__(1983);
const engine_js_1 = __webpack_require__(2651);
const api_js_1 = __webpack_require__(3031);
const cache_js_1 = __webpack_require__(2169);
const collect_js_1 = __webpack_require__(2957);
const digest_js_1 = __webpack_require__(8867);
const render_js_1 = __webpack_require__(8295);
const report_js_1 = __webpack_require__(801);
const tests_js_1 = __webpack_require__(9202);
/** Why nothing could be read, in one line that says what to do; user mistakes are ConfigErrors. */
function explainRead(e, o) {
    if (e instanceof api_js_1.ApiError) {
        if (e.status === 404)
            throw errors_js_1.ConfigError.forInput('repository', `${o.owner}/${o.repo} was not found (${e.message})`, 'name an existing repository as owner/name; a private one needs a token that can read it');
        if (e.status === 401)
            return `the token was rejected (${e.message}): pass a valid token in 'token'`;
        if (e.status === 403 && !/rate limit/i.test(e.apiMessage))
            return `the token cannot read Actions data (${e.message}): give the job \`permissions: actions: read\` (or pass a token that has it)`;
        return `could not read the workflow runs: ${e.message}`;
    }
    if (e instanceof api_js_1.RateLimitError || e instanceof http_js_1.HttpError)
        return `could not read the workflow runs: ${e.message}`;
    throw e;
}
function write(path, text) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    (0, node_fs_1.writeFileSync)(path, text);
}
async function sendDigest(o, ctx, report) {
    if (!o.webhookUrl)
        return undefined;
    const payload = JSON.stringify((0, digest_js_1.digestPayload)(o.format, report, ctx.event));
    if (o.dryRun) {
        ctx.logger.info(`dry run (${o.dryReason}): would POST the ${o.format} digest to the webhook:\n${payload}`);
        return undefined;
    }
    try {
        const res = await (0, http_js_1.request)({
            url: o.webhookUrl.href,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'shipline-pipeline-health' },
            body: payload,
            timeoutMs: o.timeoutMs,
            label: 'the webhook',
        }, { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal });
        if (res.ok)
            ctx.logger.info(`sent the ${o.format} digest (HTTP ${res.status})`);
        else
            return `could not deliver the digest: ${(0, engine_js_1.explainDelivery)(res.status, res.body)}`;
    }
    catch (e) {
        if (!(e instanceof http_js_1.HttpError))
            throw e;
        return `could not deliver the digest: ${e.message}`;
    }
    return undefined;
}
function outputs(report, reportPath, quarantine) {
    const t = report?.totals;
    return {
        runs: String(t?.runs ?? 0),
        'success-rate': t?.successRate === null || t === undefined ? '' : String(t.successRate),
        'p90-duration-s': t?.p90S === null || t === undefined ? '' : String(Math.round(t.p90S)),
        'flaky-runs': String(t?.flakyRuns ?? 0),
        report: report ? reportPath : '',
        quarantine: quarantine ?? '',
        breaches: JSON.stringify(report?.breaches.map((b) => b.line) ?? []),
    };
}
/** Read the runs, work out every figure, report them, gate on the thresholds, save the cache. */
async function run(o, ctx) {
    const { logger } = ctx;
    if (o.token)
        ctx.masker.add(o.token);
    if (o.webhookUrl)
        ctx.masker.add(o.webhookUrl.href);
    const repository = `${o.owner}/${o.repo}`;
    const cache = cache_js_1.EtagCache.load(o.cacheFile, repository);
    if (cache.note)
        logger.warning(cache.note);
    const api = new api_js_1.StatsApi(ctx.event.apiUrl, o.token ?? '', cache, {
        masker: ctx.masker,
        logger,
        signal: ctx.signal,
        timeoutMs: o.timeoutMs,
        now: ctx.now,
    });
    const event = { ...ctx.event, owner: o.owner, repo: o.repo, repository };
    let data;
    try {
        data = await (0, collect_js_1.collect)(o, api, cache, event, logger, ctx.now());
    }
    catch (e) {
        if (ctx.signal.aborted)
            return cancelled(ctx, o);
        const line = explainRead(e, o);
        ctx.summary
            .heading(`Pipeline health: ${repository}`, 2)
            .paragraph(`> ⚠️ **Not seen:** ${line}. No figures were computed.`);
        return { outputs: outputs(undefined, o.reportFile), failure: line };
    }
    if (ctx.signal.aborted)
        return cancelled(ctx, o);
    const cur = data.runs.filter((r) => r.createdMs >= data.fromMs);
    if (!cur.length) {
        const line = `no runs of ${o.workflows.length ? o.workflows.join(', ') : 'any workflow'} in the window (${o.window.label}${o.branch ? `, branch ${o.branch}` : ''}); widen 'since' or check 'workflows'`;
        data.blind.push(line);
    }
    let tests;
    if (o.junit) {
        const t = (0, tests_js_1.readTestRuns)(o.junit);
        for (const p of t.problems)
            logger.warning(`junit: ${p}`);
        tests = t.runs;
    }
    const report = (0, report_js_1.buildReport)({
        o,
        data,
        tests,
        knownFlaky: cache.data.flakyTests,
        commitMs: (sha) => data.runs.find((r) => r.sha === sha && r.commitMs !== undefined)?.commitMs ?? cache.commit(sha),
        api: { calls: api.calls, notModified: api.notModified, fromCache: cache.hits },
        now: ctx.now(),
    });
    for (const b of report.blind)
        logger.warning(b);
    write(o.reportFile, JSON.stringify(report, null, 2) + '\n');
    let quarantine;
    if (o.quarantineFile) {
        write(o.quarantineFile, (0, tests_js_1.quarantineText)(report.flakyTests, new Date(ctx.now()).toISOString().slice(0, 10)));
        quarantine = o.quarantineFile;
    }
    (0, render_js_1.writeSummary)(ctx.summary, report, data.runs, data.fromMs);
    logger.info(`${report.totals.runs} run(s), ${report.totals.successRate ?? '–'}% successful, p90 ${report.totals.p90S ?? '–'} s, ${report.totals.flakyRuns} flaky run(s); report ${(0, node_path_1.relative)(ctx.cwd, o.reportFile) || o.reportFile}`);
    for (const b of report.breaches)
        logger.warning(b.line);
    const digestProblem = await sendDigest(o, ctx, report);
    if (digestProblem)
        logger.warning(digestProblem);
    cache.save(ctx.now(), report.flakyTests.map((t) => t.id));
    const out = outputs(report, o.reportFile, quarantine);
    if (report.breaches.length && o.onBreach === 'fail')
        return {
            outputs: out,
            failure: `${report.breaches.length} pipeline-health threshold(s) breached: ${report.breaches[0].line}${report.breaches.length > 1 ? ` (+${report.breaches.length - 1} more)` : ''}`,
        };
    return { outputs: out };
}
function cancelled(ctx, o) {
    ctx.summary.heading(`Pipeline health: ${o.owner}/${o.repo}`, 2).paragraph('Cancelled before the runs were read.');
    return { outputs: outputs(undefined, o.reportFile), failure: 'cancelled before the runs were read' };
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.median = median;
exports.percentile = percentile;
exports.stageName = stageName;
exports.runSeconds = runSeconds;
exports.successRate = successRate;
exports.workflowStats = workflowStats;
exports.stageStats = stageStats;
exports.flakyRuns = flakyRuns;
exports.flakyIn = flakyIn;
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
const CONCLUDED = new Set(['success', ...FAILED]);
function median(xs) {
    if (!xs.length)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
function percentile(xs, p) {
    if (!xs.length)
        return null;
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.max(0, Math.ceil((p / 100) * s.length) - 1)];
}
const round = (x, d = 1) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);
/** `test (ubuntu-latest, 20)` → `test (…)`: one stage for every cell of a matrix. */
function stageName(job) {
    return job.replace(/\s*\([^()]*\)\s*$/, ' (…)');
}
function runSeconds(r) {
    return Math.max(0, (r.updatedMs - r.startedMs) / 1000);
}
function queueSeconds(r) {
    const jobs = r.attempts?.[r.attempts.length - 1];
    if (!jobs?.length)
        return undefined;
    let worst;
    for (const j of jobs)
        if (j.startedMs !== undefined && j.createdMs !== undefined)
            worst = Math.max(worst ?? 0, (j.startedMs - j.createdMs) / 1000);
    return worst;
}
function successRate(runs) {
    const concluded = runs.filter((r) => CONCLUDED.has(r.conclusion ?? ''));
    if (!concluded.length)
        return null;
    return round((100 * concluded.filter((r) => r.conclusion === 'success').length) / concluded.length);
}
function workflowStats(runs, fromMs) {
    const names = [...new Set(runs.map((r) => r.workflow))];
    return names.map((workflow) => {
        const mine = runs.filter((r) => r.workflow === workflow);
        const cur = mine.filter((r) => r.createdMs >= fromMs);
        const prev = mine.filter((r) => r.createdMs < fromMs);
        const done = cur.filter((r) => r.status === 'completed');
        const durations = done.map(runSeconds);
        const p90 = percentile(durations, 90);
        const prevP90 = percentile(prev.filter((r) => r.status === 'completed').map(runSeconds), 90);
        return {
            workflow,
            runs: cur.length,
            completed: done.length,
            successRate: successRate(cur),
            medianS: round(median(durations)),
            p90S: round(p90),
            queueMedianS: round(median(done.map(queueSeconds).filter((q) => q !== undefined))),
            previous: { runs: prev.length, successRate: successRate(prev), p90S: round(prevP90) },
            p90ChangePct: p90 !== null && prevP90 ? round((100 * (p90 - prevP90)) / prevP90) : null,
        };
    });
}
const jobSeconds = (j) => j.startedMs !== undefined && j.completedMs !== undefined ? Math.max(0, (j.completedMs - j.startedMs) / 1000) : 0;
function add(map, workflow, name, conclusion, s) {
    if (!CONCLUDED.has(conclusion ?? ''))
        return;
    const key = `${workflow}\u0000${name}`;
    const a = map.get(key) ?? { workflow, name, runs: 0, failures: 0, seconds: [], lost: 0 };
    a.runs++;
    a.seconds.push(s);
    if (FAILED.has(conclusion ?? '')) {
        a.failures++;
        a.lost += s;
    }
    map.set(key, a);
}
function finish(map) {
    return [...map.values()]
        .map((a) => ({
        workflow: a.workflow,
        name: a.name,
        runs: a.runs,
        failures: a.failures,
        failureRate: round((100 * a.failures) / a.runs),
        medianS: round(median(a.seconds)),
        minutesLost: round(a.lost / 60),
    }))
        .sort((x, y) => y.minutesLost - x.minutesLost || y.failureRate - x.failureRate || x.name.localeCompare(y.name));
}
/** Per stage (job) and per step: failure rate, duration, minutes lost; every attempt counts. */
function stageStats(runs, fromMs) {
    const stages = new Map();
    const steps = new Map();
    for (const r of runs) {
        if (r.createdMs < fromMs || !r.attempts)
            continue;
        for (const jobs of r.attempts)
            for (const j of jobs) {
                const stage = stageName(j.name);
                add(stages, r.workflow, stage, j.conclusion, jobSeconds(j));
                for (const s of j.steps)
                    add(steps, r.workflow, `${stage} › ${s.name}`, s.conclusion, jobSeconds(s));
            }
    }
    return { stages: finish(stages), steps: finish(steps) };
}
const failedJobs = (jobs) => jobs.filter((j) => FAILED.has(j.conclusion ?? '')).map((j) => j.name);
const passed = (jobs) => jobs.length > 0 && jobs.every((j) => j.conclusion === 'success' || j.conclusion === 'skipped');
/**
 * Runs that failed and then passed on the same commit: a later attempt of the same run that
 * passed ('rerun'), or, for a commit whose runs were not re-run, a later run of the same
 * workflow and commit that succeeded after one that failed ('new-run').
 */
function flakyRuns(runs) {
    const out = [];
    const seen = new Set();
    for (const r of runs) {
        if (!r.attempts || r.attempts.length < 2)
            continue;
        const failedAt = r.attempts.findIndex((a) => failedJobs(a).length > 0);
        if (failedAt < 0)
            continue;
        const passedAt = r.attempts.findIndex((a, i) => i > failedAt && passed(a));
        if (passedAt < 0)
            continue;
        seen.add(`${r.workflow}\u0000${r.sha}`);
        out.push({
            workflow: r.workflow,
            runId: r.id,
            sha: r.sha,
            kind: 'rerun',
            failedAttempt: failedAt + 1,
            passedAttempt: passedAt + 1,
            jobs: failedJobs(r.attempts[failedAt]),
        });
    }
    const bySha = new Map();
    for (const r of runs) {
        if (!r.sha || r.status !== 'completed')
            continue;
        const key = `${r.workflow}\u0000${r.sha}`;
        bySha.set(key, [...(bySha.get(key) ?? []), r]);
    }
    for (const [key, rs] of bySha) {
        if (seen.has(key) || rs.length < 2)
            continue;
        const sorted = rs.sort((a, b) => a.createdMs - b.createdMs);
        const fail = sorted.findIndex((r) => FAILED.has(r.conclusion ?? ''));
        if (fail < 0)
            continue;
        const pass = sorted.findIndex((r, i) => i > fail && r.conclusion === 'success');
        if (pass < 0)
            continue;
        const f = sorted[fail];
        out.push({
            workflow: f.workflow,
            runId: sorted[pass].id,
            sha: f.sha,
            kind: 'new-run',
            failedAttempt: f.attempt,
            passedAttempt: sorted[pass].attempt,
            jobs: f.attempts ? failedJobs(f.attempts[f.attempts.length - 1]) : [],
        });
    }
    return out;
}
/** The flaky runs created in [from, to). */
function flakyIn(flaky, runs, from, to = Infinity) {
    const created = new Map(runs.map((r) => [r.id, r.createdMs]));
    return flaky.filter((f) => {
        const t = created.get(f.runId) ?? 0;
        return t >= from && t < to;
    }).length;
}


/***/ }),

/***/ 8295:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dur = dur;
exports.dailyChart = dailyChart;
exports.writeSummary = writeSummary;
const metrics_js_1 = __webpack_require__(1390);
const pct = (x) => (x === null ? '–' : `${x}%`);
function dur(s) {
    if (s === null)
        return '–';
    if (s < 60)
        return `${Math.round(s)} s`;
    if (s < 3600)
        return `${Math.floor(s / 60)} m ${Math.round(s % 60)} s`;
    return `${Math.floor(s / 3600)} h ${Math.round((s % 3600) / 60)} m`;
}
const trend = (cur, prev, unit = '') => cur === null || prev === null ? '' : cur === prev ? ' (=)' : ` (${cur > prev ? '▲' : '▼'} from ${prev}${unit})`;
const label = (s) => `"${s.replace(/"/g, "'").slice(0, 24)}"`;
/** A Mermaid xychart of the daily p90 run duration (minutes) and runs per day. */
function dailyChart(runs, fromMs) {
    const days = new Map();
    for (const r of runs)
        if (r.createdMs >= fromMs && r.status === 'completed') {
            const d = new Date(r.createdMs).toISOString().slice(5, 10);
            days.set(d, [...(days.get(d) ?? []), (0, metrics_js_1.runSeconds)(r)]);
        }
    if (days.size < 2)
        return undefined;
    const keys = [...days.keys()].sort().slice(-31);
    const p90 = keys.map((k) => Math.round((((0, metrics_js_1.percentile)(days.get(k), 90) ?? 0) / 60) * 10) / 10);
    const count = keys.map((k) => days.get(k).length);
    return [
        '```mermaid',
        'xychart-beta',
        '  title "Runs a day (bars) and p90 duration in minutes (line)"',
        `  x-axis [${keys.map(label).join(', ')}]`,
        `  y-axis "runs / minutes"`,
        `  bar [${count.join(', ')}]`,
        `  line [${p90.join(', ')}]`,
        '```',
    ].join('\n');
}
/** A Mermaid pie of the minutes lost to failures, by stage. */
function lostChart(r) {
    const top = r.stages.filter((s) => s.minutesLost > 0).slice(0, 8);
    if (!top.length)
        return undefined;
    return [
        '```mermaid',
        'pie showData',
        '  title Minutes lost to failed jobs, by stage',
        ...top.map((s) => `  ${label(`${s.name}`)} : ${s.minutesLost}`),
        '```',
    ].join('\n');
}
/** The job summary: headline, per-workflow table, costliest stages and steps, flakiness, deploys, blind spots. */
function writeSummary(summary, r, runs, fromMs) {
    const t = r.totals;
    summary
        .heading(`Pipeline health: ${r.repository} (${r.window.label})`, 2)
        .paragraph(`${t.runs} run(s), ${pct(t.successRate)} successful, p90 ${dur(t.p90S)}, ${t.flakyRuns} flaky run(s). ` +
        `API: ${r.api.calls} call(s), ${r.api.notModified} not modified, ${r.api.fromCache} attempt(s) from the cache.`);
    if (r.blind.length)
        summary.paragraph(`> ⚠️ **Not seen:**<br>${r.blind.map((b) => `• ${b}`).join('<br>')}`);
    if (r.breaches.length)
        summary.paragraph(`**Thresholds breached:**<br>${r.breaches.map((b) => `• ${b.line}`).join('<br>')}`);
    if (r.workflows.length)
        summary.table(['Workflow', 'Runs', 'Success', 'Median', 'p90', 'Queue (median)'], r.workflows.map((w) => [
            w.workflow,
            `${w.runs}${trend(w.runs, w.previous.runs)}`,
            `${pct(w.successRate)}${trend(w.successRate, w.previous.successRate, '%')}`,
            dur(w.medianS),
            `${dur(w.p90S)}${w.p90ChangePct === null ? '' : ` (${w.p90ChangePct > 0 ? '+' : ''}${w.p90ChangePct}%)`}`,
            dur(w.queueMedianS),
        ]));
    const chart = dailyChart(runs, fromMs);
    if (chart)
        summary.raw(chart);
    const stages = r.stages.filter((s) => s.failures > 0).slice(0, 15);
    if (stages.length) {
        summary.heading('Stages by minutes lost to failures', 3);
        summary.table(['Workflow', 'Stage', 'Runs', 'Failure rate', 'Median', 'Minutes lost'], stages.map((s) => [s.workflow, s.name, s.runs, pct(s.failureRate), dur(s.medianS), s.minutesLost]));
        const pie = lostChart(r);
        if (pie)
            summary.raw(pie);
    }
    const steps = r.steps.filter((s) => s.failures > 0).slice(0, 15);
    if (steps.length)
        summary.details('Steps by minutes lost', ['| Workflow | Step | Runs | Failure rate | Minutes lost |', '| --- | --- | --- | --- | --- |']
            .concat(steps.map((s) => `| ${s.workflow} | ${s.name} | ${s.runs} | ${pct(s.failureRate)} | ${s.minutesLost} |`))
            .join('\n'));
    summary.heading('Flakiness', 3);
    summary.paragraph(`${r.flakyRunTrend.current} flaky run(s) (previous window ${r.flakyRunTrend.previous}); ` +
        `${r.flakyTestTrend.current} flaky test(s) (previous ${r.flakyTestTrend.previous}).`);
    if (r.flakyRuns.length)
        summary.table(['Workflow', 'Run', 'Commit', 'How', 'Failed jobs'], r.flakyRuns
            .slice(0, 20)
            .map((f) => [
            f.workflow,
            String(f.runId),
            f.sha.slice(0, 7),
            f.kind === 'rerun' ? `attempt ${f.failedAttempt} failed, ${f.passedAttempt} passed` : 'a new run passed',
            f.jobs.join(', '),
        ]));
    if (r.flakyTests.length)
        summary.table(['Test', 'Failed', 'Passed', 'Commits', 'New'], r.flakyTests.slice(0, 20).map((f) => [f.id, f.failed, f.passed, f.groups.length, f.isNew ? 'new' : '']));
    const d = r.deploys;
    if (d) {
        summary.heading(`Deploys to ${d.environment}`, 3);
        summary.table(['Deploys', 'Successful', 'Per day', 'Lead time (median)', 'Change failure rate', 'Time to restore', 'Rollbacks'], [
            [
                d.deploys,
                d.successful,
                d.perDay ?? '–',
                d.leadTimeMedianH === null ? '–' : `${d.leadTimeMedianH} h`,
                pct(d.changeFailureRate),
                d.timeToRestoreMedianH === null ? '–' : `${d.timeToRestoreMedianH} h`,
                `${d.rollbacks.manual} manual, ${d.rollbacks.automatic} automatic`,
            ],
        ]);
    }
}


/***/ }),

/***/ 801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.buildReport = buildReport;
exports.breaches = breaches;
const deploys_js_1 = __webpack_require__(8023);
const metrics_js_1 = __webpack_require__(1390);
const tests_js_1 = __webpack_require__(9202);
/** Every figure of the report, and the thresholds it breaches. */
function buildReport(x) {
    const { o, data, now } = x;
    const cur = data.runs.filter((r) => r.createdMs >= data.fromMs);
    const done = cur.filter((r) => r.status === 'completed');
    const flaky = (0, metrics_js_1.flakyRuns)(data.runs);
    const { stages, steps } = (0, metrics_js_1.stageStats)(data.runs, data.fromMs);
    // Test reports of commits run in the previous window are the previous window's.
    const prevShas = new Set(data.runs.filter((r) => r.createdMs < data.fromMs).map((r) => r.sha));
    const curShas = new Set(cur.map((r) => r.sha));
    const curIds = new Set(cur.map((r) => r.id));
    const inPrev = (g) => !curShas.has(g) && prevShas.has(g);
    const tests = x.tests ?? [];
    const prevFlaky = (0, tests_js_1.flakyTests)(tests.filter((t) => inPrev(t.group)), new Set());
    const before = new Set([...x.knownFlaky, ...prevFlaky.map((t) => t.id)]);
    const curFlaky = (0, tests_js_1.flakyTests)(tests.filter((t) => !inPrev(t.group)), before);
    const report = {
        version: 1,
        repository: `${o.owner}/${o.repo}`,
        window: {
            label: o.window.label,
            from: data.fromMs ? new Date(data.fromMs).toISOString() : null,
            to: new Date(now).toISOString(),
        },
        workflows: (0, metrics_js_1.workflowStats)(data.runs, data.fromMs),
        stages,
        steps,
        flakyRuns: flaky.filter((f) => curIds.has(f.runId)),
        flakyRunTrend: {
            current: (0, metrics_js_1.flakyIn)(flaky, data.runs, data.fromMs),
            previous: (0, metrics_js_1.flakyIn)(flaky, data.runs, data.prevFromMs, data.fromMs),
        },
        flakyTests: curFlaky,
        flakyTestTrend: { current: curFlaky.length, previous: prevFlaky.length },
        deploys: data.deployments && o.environment
            ? (0, deploys_js_1.deployStats)(data.deployments, o.environment, data.fromMs, now, x.commitMs)
            : undefined,
        breaches: [],
        blind: data.blind,
        api: x.api,
        totals: {
            runs: cur.length,
            successRate: (0, metrics_js_1.successRate)(cur),
            p90S: (0, metrics_js_1.percentile)(done.map(metrics_js_1.runSeconds), 90),
            flakyRuns: 0,
        },
    };
    report.totals.flakyRuns = report.flakyRunTrend.current;
    report.breaches = breaches(o, report);
    return report;
}
function breaches(o, r) {
    const out = [];
    const t = o.thresholds;
    if (t.maxFailureRate !== undefined)
        for (const s of r.stages)
            if (s.failureRate > t.maxFailureRate)
                out.push({
                    kind: 'failure-rate',
                    line: `stage ${s.workflow} / ${s.name} failed ${s.failureRate}% of ${s.runs} runs (limit ${t.maxFailureRate}%)`,
                });
    if (t.maxP90Increase !== undefined)
        for (const w of r.workflows)
            if (w.p90ChangePct !== null && w.p90ChangePct > t.maxP90Increase)
                out.push({
                    kind: 'p90',
                    line: `${w.workflow} p90 duration rose ${w.p90ChangePct}% (${w.previous.p90S} s → ${w.p90S} s; limit ${t.maxP90Increase}%)`,
                });
    if (t.newFlakyTest)
        for (const f of r.flakyTests.filter((x) => x.isNew))
            out.push({ kind: 'new-flaky-test', line: `new flaky test ${f.id} (failed ${f.failed}, passed ${f.passed})` });
    return out;
}


/***/ }),

/***/ 4669:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ms = void 0;
exports.compactWorkflows = compactWorkflows;
exports.compactRuns = compactRuns;
exports.compactJobs = compactJobs;
exports.compactDeployments = compactDeployments;
exports.compactStatuses = compactStatuses;
exports.commitTime = commitTime;
const obj = (v) => (v && typeof v === 'object' ? v : {});
const arr = (v) => (Array.isArray(v) ? v.map(obj) : []);
const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const num = (v) => (typeof v === 'number' ? v : Number(v) || 0);
/** An ISO time as epoch ms; undefined when absent or null (a job not started yet). */
const ms = (v) => {
    if (typeof v !== 'string' || !v)
        return undefined;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
};
exports.ms = ms;
function compactWorkflows(body) {
    return arr(obj(body).workflows).map((w) => ({
        id: num(w.id),
        name: str(w.name),
        path: str(w.path),
        state: str(w.state),
    }));
}
function compactRuns(body, workflow) {
    return arr(obj(body).workflow_runs).map((r) => {
        const created = (0, exports.ms)(r.created_at) ?? 0;
        return {
            id: num(r.id),
            workflow,
            workflowId: num(r.workflow_id),
            event: str(r.event),
            sha: str(r.head_sha),
            branch: str(r.head_branch),
            runNumber: num(r.run_number),
            attempt: Math.max(1, num(r.run_attempt)),
            status: str(r.status),
            conclusion: r.conclusion === null ? null : str(r.conclusion),
            createdMs: created,
            startedMs: (0, exports.ms)(r.run_started_at) ?? created,
            updatedMs: (0, exports.ms)(r.updated_at) ?? created,
            commitMs: (0, exports.ms)(obj(r.head_commit).timestamp),
        };
    });
}
function compactJobs(body) {
    return arr(obj(body).jobs).map((j) => ({
        name: str(j.name),
        conclusion: j.conclusion === null || j.conclusion === undefined ? null : str(j.conclusion),
        createdMs: (0, exports.ms)(j.created_at),
        startedMs: (0, exports.ms)(j.started_at),
        completedMs: (0, exports.ms)(j.completed_at),
        steps: arr(j.steps).map((s) => ({
            name: str(s.name),
            conclusion: s.conclusion === null || s.conclusion === undefined ? null : str(s.conclusion),
            startedMs: (0, exports.ms)(s.started_at),
            completedMs: (0, exports.ms)(s.completed_at),
        })),
    }));
}
function compactDeployments(body) {
    return arr(body).map((d) => ({
        id: num(d.id),
        sha: str(d.sha),
        ref: str(d.ref),
        environment: str(d.environment),
        task: str(d.task),
        createdMs: (0, exports.ms)(d.created_at) ?? 0,
        statuses: [],
    }));
}
function compactStatuses(body) {
    return arr(body).map((s) => ({
        state: str(s.state),
        createdMs: (0, exports.ms)(s.created_at) ?? 0,
        description: str(s.description),
    }));
}
/** The committer date of GET /repos/{o}/{r}/commits/{sha}. */
function commitTime(body) {
    const c = obj(obj(body).commit);
    return (0, exports.ms)(obj(c.committer).date) ?? (0, exports.ms)(obj(c.author).date);
}


/***/ }),

/***/ 9202:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readTestRuns = readTestRuns;
exports.flakyTests = flakyTests;
exports.quarantineText = quarantineText;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const junit_js_1 = __webpack_require__(7856);
/**
 * Test results from JUnit reports in a local folder (downloaded artifacts): one sub-folder per
 * commit SHA or run id (`<folder>/<sha>/**\/*.xml`), holding that commit's shards and retries.
 */
function readTestRuns(folder) {
    const runs = [];
    const problems = [];
    const walk = (dir) => (0, node_fs_1.readdirSync)(dir).flatMap((f) => {
        const p = (0, node_path_1.join)(dir, f);
        return (0, node_fs_1.statSync)(p).isDirectory() ? walk(p) : f.endsWith('.xml') ? [p] : [];
    });
    for (const file of walk(folder)) {
        const rel = (0, node_path_1.relative)(folder, file).split(node_path_1.sep);
        if (rel.length < 2) {
            problems.push(`${rel.join('/')}: not in a per-commit sub-folder; skipped`);
            continue;
        }
        const report = (0, junit_js_1.parseJUnit)((0, node_fs_1.readFileSync)(file, 'utf8'));
        for (const p of report.problems)
            problems.push(`${rel.join('/')}: ${p}`);
        for (const c of report.cases) {
            const id = `${c.file ?? c.classname ?? c.suite ?? ''}::${c.name}`;
            runs.push({ id, group: rel[0], status: c.status });
            // A case that failed then passed inside one report (surefire rerunFailure, pytest-rerunfailures).
            if (c.flaky)
                runs.push({ id, group: rel[0], status: 'failed' });
        }
    }
    return { runs, problems };
}
/** Tests that failed and passed in the same group (commit); `isNew` against `before`. */
function flakyTests(runs, before) {
    const by = new Map();
    for (const r of runs) {
        if (r.status === 'skipped')
            continue;
        const t = by.get(r.id) ?? { failed: 0, passed: 0, groups: new Map() };
        if (r.status === 'failed')
            t.failed++;
        else
            t.passed++;
        const g = t.groups.get(r.group) ?? new Set();
        g.add(r.status);
        t.groups.set(r.group, g);
        by.set(r.id, t);
    }
    const out = [];
    for (const [id, t] of by) {
        const groups = [...t.groups].filter(([, s]) => s.size === 2).map(([g]) => g);
        if (groups.length)
            out.push({ id, failed: t.failed, passed: t.passed, groups, isNew: !before.has(id) });
    }
    return out.sort((a, b) => b.groups.length - a.groups.length || b.failed - a.failed || a.id.localeCompare(b.id));
}
/** The shard tool's quarantine file: `path::test` a line, the evidence in a trailing comment. */
function quarantineText(tests, when) {
    const lines = [
        `# shipline pipeline-health quarantine list, ${when}`,
        "# one test file (or path::test) a line, read by the shard tool's quarantine input",
    ];
    for (const t of tests)
        lines.push(`${t.id}  # flaky: failed ${t.failed}, passed ${t.passed} within ${t.groups.length} commit(s): ${t.groups
            .slice(0, 5)
            .map((g) => g.slice(0, 12))
            .join(', ')}`);
    return lines.join('\n') + '\n';
}


/***/ })

};
