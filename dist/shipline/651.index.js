export const id = 651;
export const ids = [651];
export const modules = {

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

/***/ 2651:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.explainApiError = explainApiError;
exports.explainDelivery = explainDelivery;
exports.maskUrl = maskUrl;
exports.run = run;
const http_js_1 = __webpack_require__(1983);
const facts_js_1 = __webpack_require__(2990);
const formats_js_1 = __webpack_require__(3505);
const github_js_1 = __webpack_require__(4758);
const slack_bot_js_1 = __webpack_require__(7149);
const FAILED_RUN = new Set(['failure', 'timed_out', 'startup_failure']);
/** Turn an API problem into one line that says what to do; a missing run is a user mistake. */
function explainApiError(e, runId, repository, thisRun = true) {
    if (e instanceof github_js_1.ApiError) {
        const said = `GitHub answered ${e.status}${e.apiMessage ? ` "${e.apiMessage}"` : ''}`;
        if ((e.status === 403 || e.status === 429) && /rate limit/i.test(e.apiMessage))
            return `the GitHub API rate limit is used up (${said}); sending without job details`;
        if (e.status === 403)
            return `the token cannot read this run's jobs (${said}): give the job \`permissions: actions: read\` (or pass a token that has it); sending without job details`;
        if (e.status === 401)
            return `the token was rejected (${said}): pass a valid token in 'token' (default \${{ github.token }}); sending without job details`;
        // What a token without access to a private repository's runs gets: the alert still goes out.
        if (e.status === 404)
            return thisRun
                ? `run ${runId} of ${repository} could not be read (${said}): the token cannot see this repository's runs (a private repository needs a token with \`actions: read\`); sending what is known without job details`
                : `run ${runId} was not found in ${repository} (${said}): check run-id (…/actions/runs/<id>), or that the token can read this repository; sending what is known without job details`;
        return `could not read the run's jobs (${said}); sending without job details`;
    }
    if (e instanceof http_js_1.HttpError)
        return `could not reach the GitHub API (${e.message}); sending without job details`;
    throw e;
}
async function readRun(o, ctx) {
    const { event } = ctx;
    const runId = o.runId;
    if (!runId || !event.owner || !event.repo)
        return { note: 'no run to read (GITHUB_RUN_ID and GITHUB_REPOSITORY are not set); job details left out' };
    if (!o.token)
        return { note: "no token to read the run's jobs (set 'token', or GITHUB_TOKEN on the CLI); job details left out" };
    const api = new github_js_1.GitHubApi(event.apiUrl, o.token, { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal }, o.timeoutMs);
    try {
        // This run: the attempt running now, so both reads go out at once; another run: its latest attempt.
        if (runId === event.runId) {
            const [run, jobs] = await Promise.all([
                api.run(event.owner, event.repo, runId),
                api.jobs(event.owner, event.repo, runId, event.runAttempt || '1'),
            ]);
            return { run, jobs, api };
        }
        const run = await api.run(event.owner, event.repo, runId);
        return { run, jobs: await api.jobs(event.owner, event.repo, runId, String(run.run_attempt ?? 1)), api };
    }
    catch (e) {
        return { note: explainApiError(e, runId, event.repository, runId === event.runId), api };
    }
}
/** when: change — was the previous completed run of this workflow on this branch a failure? */
async function previousFailed(data, o, ctx) {
    const { run, api } = data;
    const branch = run?.head_branch ?? ctx.event.refName;
    if (!api || !run?.workflow_id || !branch)
        return `cannot tell whether this is a recovery: ${data.note ?? 'the run has no workflow id or branch'}`;
    try {
        const prev = await api.previousRun(ctx.event.owner, ctx.event.repo, run.workflow_id, branch, {
            id: o.runId ?? '',
            runNumber: run.run_number,
        });
        if (!prev)
            return false;
        ctx.logger.info(`previous run on ${branch}: #${prev.run_number ?? prev.id} ${prev.conclusion ?? prev.status ?? 'unknown'}`);
        return FAILED_RUN.has(prev.conclusion ?? '');
    }
    catch (e) {
        if (e instanceof github_js_1.ApiError || e instanceof http_js_1.HttpError)
            return `cannot tell whether this is a recovery: ${e.message}`;
        throw e;
    }
}
/** What the service said, and what to do about it. Slack's error codes are plain text bodies. */
function explainDelivery(status, body) {
    const said = body.trim() ? `: ${(0, formats_js_1.clamp)(body.trim().replace(/\s+/g, ' '), 300)}` : '';
    const fix = status === 404 || status === 410
        ? 'the webhook no longer exists (removed or disabled): create a new one and update the secret'
        : status === 400
            ? "the service rejected the message: check that 'format' matches the service (slack, teams, discord or json)"
            : status === 401 || status === 403
                ? 'the service refused the request: check the webhook is still allowed to post there'
                : status === 429
                    ? 'still rate-limited after the retries: send fewer messages or try later'
                    : status >= 500
                        ? 'the service kept failing after the retries: check its status page'
                        : 'check the webhook URL and the service';
    return `the webhook answered ${status}${said}; ${fix}`;
}
function writeSummary(ctx, f, format, payload, outcome) {
    const { facts, jobs } = (0, formats_js_1.summaryMarkdown)(f);
    ctx.summary.heading(`Notification: ${f.title}`, 3).paragraph(outcome);
    ctx.summary.table(['Run', 'Details'], facts);
    if (f.note)
        ctx.summary.paragraph(`> ⚠️ ${f.note}`);
    if (jobs.length)
        ctx.summary.list(jobs);
    ctx.summary.details(`What was ${outcome.startsWith('Sent') ? 'sent' : 'prepared'} (${format})`, '```json\n' + payload + '\n```');
}
/**
 * A webhook URL is a secret as a whole and in parts: a service's error body may echo only its
 * path (`/services/T…/B…/secret`) or its last segment, so those are masked too.
 */
function maskUrl(ctx, url) {
    ctx.masker.add(url.href);
    if (url.pathname.length > 1)
        ctx.masker.add(url.pathname);
    if (url.search)
        ctx.masker.add(url.search.slice(1));
    for (const part of url.pathname.split('/'))
        if (part.length >= 16)
            ctx.masker.add(part);
    for (const [, v] of url.searchParams)
        if (v.length >= 8)
            ctx.masker.add(v);
}
/** Bot-token mode: post or update, reply per failed job; fills `out`, returns the problem if any. */
async function sendBot(o, ctx, facts, message, out) {
    ctx.masker.add(o.bot.token);
    try {
        const r = await (0, slack_bot_js_1.deliverBot)(o.bot, ctx, facts, message, o.timeoutMs);
        Object.assign(out, { ts: r.ts, 'thread-ts': r.threadTs, 'channel-id': r.channelId });
        ctx.logger.info(`${o.bot.updateTs ? 'updated' : 'posted'} the Slack message ${r.ts} in ${r.channelId}${facts.failedJobs.length && o.bot.threadReplies && facts.status !== 'running' ? ` with ${facts.failedJobs.length - r.replyProblems.length} thread repl${facts.failedJobs.length === 1 ? 'y' : 'ies'}` : ''}`);
        for (const p of r.replyProblems)
            ctx.logger.warning(p);
        return undefined;
    }
    catch (e) {
        if (e instanceof slack_bot_js_1.SlackApiError || e instanceof http_js_1.HttpError)
            return e.message;
        throw e;
    }
}
/** Read the run, decide whether to send, render, deliver, and report — never silently. */
async function run(o, ctx) {
    const { logger } = ctx;
    // The parsed URL may be normalised (a trailing slash): mask that form too.
    if (o.webhookUrl)
        maskUrl(ctx, o.webhookUrl);
    ctx.masker.add(o.token);
    const data = await readRun(o, ctx);
    if (data.note)
        logger.warning(data.note);
    const status = o.status ?? (data.jobs ? (0, facts_js_1.deriveStatus)(data.jobs) : 'unknown');
    let recovered = false;
    let skip;
    if (status === 'success' && o.when === 'failure')
        skip = 'the run succeeded and when is failure';
    if (status === 'success' && o.when === 'change') {
        const prev = await previousFailed(data, o, ctx);
        if (typeof prev === 'string') {
            logger.warning(prev);
            skip = 'the run succeeded and the previous run could not be read';
        }
        else if (prev)
            recovered = true;
        else
            skip = 'the run succeeded and so did the previous run on this branch (when is change)';
    }
    const facts = (0, facts_js_1.buildFacts)({
        event: ctx.event,
        runId: o.runId,
        run: data.run,
        jobs: data.jobs,
        status,
        recovered,
        title: o.title,
        mention: o.mention,
        note: data.note,
        now: ctx.now(),
    });
    const failedJobs = JSON.stringify(facts.failedJobs);
    const bot = { ts: '', 'thread-ts': '', 'channel-id': '' };
    const outputs = (sent) => ({ sent: String(sent), status, 'failed-jobs': failedJobs, ...bot });
    logger.info(`status: ${status}${recovered ? ' (recovered)' : ''}; ${facts.failedJobs.length} failed job${facts.failedJobs.length === 1 ? '' : 's'}${facts.failedJobs.map((j) => `\n  ${j.name}${j.step ? ` — step ${j.step.number} "${j.step.name}"` : ''}${j.url ? ` ${j.url}` : ''}`).join('')}`);
    const message = (0, formats_js_1.render)(o.bot ? 'slack' : o.format, facts);
    const payload = JSON.stringify(message);
    const pretty = JSON.stringify(message, null, 2);
    if (skip) {
        logger.info(`not sending: ${skip}`);
        writeSummary(ctx, facts, o.format, pretty, `Not sent: ${skip}.`);
        return { outputs: outputs(false) };
    }
    if (o.bot && !o.dryRun) {
        const problem = await sendBot(o, ctx, facts, message, bot);
        const line = problem && `could not post to Slack: ${ctx.masker.mask(problem)}`;
        writeSummary(ctx, facts, 'slack bot', pretty, line ? `Not sent: ${line}.` : `Sent (Slack bot, ts ${bot.ts}).`);
        if (!line)
            return { outputs: outputs(true) };
        if (o.failOnError)
            return { outputs: outputs(false), failure: line };
        logger.warning(`${line} (fail-on-error is false, so the step passes)`);
        return { outputs: outputs(false) };
    }
    if (o.dryRun || !o.webhookUrl) {
        logger.info(`dry run (${o.dryReason}): would POST ${Buffer.byteLength(payload)} bytes of ${o.format} JSON to the webhook (URL hidden):\n${pretty}`);
        writeSummary(ctx, facts, o.format, pretty, `Dry run (${o.dryReason}): not sent.`);
        return { outputs: outputs(false) };
    }
    let problem;
    try {
        const res = await (0, http_js_1.request)({
            url: o.webhookUrl.href,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'user-agent': 'shipline-notify' },
            body: payload,
            timeoutMs: o.timeoutMs,
            retries: 3,
            label: 'the webhook',
        }, { masker: ctx.masker, logger, signal: ctx.signal });
        if (res.ok)
            logger.info(`sent the ${o.format} message (HTTP ${res.status}${res.attempts > 1 ? ` after ${res.attempts} attempts` : ''})`);
        else
            problem = explainDelivery(res.status, res.body);
    }
    catch (e) {
        if (!(e instanceof http_js_1.HttpError))
            throw e;
        problem = `${e.message}${e.timedOut ? `; the webhook did not answer: check the URL and the service, or raise timeout-seconds (${o.timeoutMs / 1000})` : '; check the webhook URL'}`;
    }
    if (!problem) {
        writeSummary(ctx, facts, o.format, pretty, `Sent (${o.format}).`);
        return { outputs: outputs(true) };
    }
    const line = `could not deliver the ${o.format} message: ${ctx.masker.mask(problem)}`;
    writeSummary(ctx, facts, o.format, pretty, `Not sent: ${line}.`);
    if (o.failOnError)
        return { outputs: outputs(false), failure: line };
    logger.warning(`${line} (fail-on-error is false, so the step passes)`);
    return { outputs: outputs(false) };
}


/***/ }),

/***/ 2990:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stepLink = stepLink;
exports.failedJobs = failedJobs;
exports.deriveStatus = deriveStatus;
exports.statusWord = statusWord;
exports.buildFacts = buildFacts;
exports.formatDuration = formatDuration;
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** The job's log link at a step: GitHub scrolls to `#step:<n>:1`. */
function stepLink(jobUrl, step) {
    if (!jobUrl)
        return undefined;
    return step === undefined ? jobUrl : `${jobUrl}#step:${step}:1`;
}
/** Failed and cancelled jobs with their first failing (or cancelled) step. */
function failedJobs(jobs) {
    const out = [];
    for (const j of jobs) {
        if (j.status !== 'completed' || !j.conclusion || !(FAILED.has(j.conclusion) || j.conclusion === 'cancelled'))
            continue;
        const steps = j.steps ?? [];
        const step = steps.find((s) => s.conclusion && FAILED.has(s.conclusion)) ?? steps.find((s) => s.conclusion === 'cancelled');
        out.push({
            name: j.name,
            conclusion: j.conclusion,
            step: step ? { name: step.name, number: step.number } : undefined,
            url: stepLink(j.html_url, step?.number),
        });
    }
    return out;
}
/**
 * The run's status from its finished jobs. The notifier's own job is still running, so
 * unfinished jobs are left out: a failure anywhere is a failure, then cancelled, else success.
 */
function deriveStatus(jobs) {
    const done = jobs.filter((j) => j.status === 'completed');
    if (done.some((j) => j.conclusion && FAILED.has(j.conclusion)))
        return 'failure';
    if (done.some((j) => j.conclusion === 'cancelled'))
        return 'cancelled';
    return 'success';
}
function statusWord(status, recovered) {
    if (recovered)
        return 'recovered';
    return {
        success: 'succeeded',
        failure: 'failed',
        cancelled: 'was cancelled',
        unknown: 'finished (status unknown)',
        running: 'is running',
    }[status];
}
function firstLine(s) {
    const line = s?.split(/\r?\n/)[0]?.trim();
    return line || undefined;
}
function str(v) {
    return typeof v === 'string' && v ? v : undefined;
}
/** Assemble the facts from the API's run (when read) and the event context (always there). */
function buildFacts(i) {
    const { event, run } = i;
    const server = event.serverUrl.replace(/\/+$/, '');
    const repoUrl = event.repository ? `${server}/${event.repository}` : undefined;
    const workflow = run?.name ?? event.workflow ?? 'workflow';
    const runNumber = String(run?.run_number ?? event.runNumber ?? '');
    const attempt = String(run?.run_attempt ?? event.runAttempt ?? '1');
    const runId = i.runId ?? event.runId;
    const runUrl = run?.html_url ??
        (repoUrl && runId ? `${repoUrl}/actions/runs/${runId}${attempt !== '1' ? `/attempts/${attempt}` : ''}` : undefined);
    let ref;
    const pr = event.pullRequest;
    const prNumber = pr?.number || run?.pull_requests?.[0]?.number;
    if (prNumber) {
        const prTitle = str(event.payload.pull_request?.title);
        ref = {
            kind: 'pr',
            text: `#${prNumber}${prTitle ? ` ${prTitle}` : ''}`,
            url: pr?.htmlUrl ?? (repoUrl ? `${repoUrl}/pull/${prNumber}` : undefined),
        };
    }
    else {
        const branch = run?.head_branch ?? event.refName;
        if (branch) {
            const tag = event.refType === 'tag';
            ref = {
                kind: tag ? 'tag' : 'branch',
                text: branch,
                url: repoUrl ? `${repoUrl}/tree/${encodeURI(branch)}` : undefined,
            };
        }
    }
    const sha = run?.head_sha ?? pr?.headSha ?? event.sha;
    const headCommit = event.payload.head_commit;
    const message = firstLine(run?.head_commit?.message) ??
        firstLine(str(headCommit?.message)) ??
        (run?.display_title && !prNumber ? run.display_title : undefined);
    const commit = sha
        ? { sha, text: sha.slice(0, 7), url: repoUrl ? `${repoUrl}/commit/${sha}` : undefined, message }
        : undefined;
    const login = run?.triggering_actor?.login ?? run?.actor?.login ?? event.actor;
    const actor = login ? { text: login, url: `${server}/${login}` } : undefined;
    const started = Date.parse(run?.run_started_at ?? run?.created_at ?? '');
    const durationMs = Number.isNaN(started) ? undefined : Math.max(0, i.now - started);
    const facts = {
        status: i.status,
        recovered: i.recovered,
        title: i.title ?? `${workflow} ${statusWord(i.status, i.recovered)}`,
        repository: { text: event.repository || 'repository', url: repoUrl },
        workflow,
        run: {
            text: `#${runNumber}${attempt !== '1' ? ` (attempt ${attempt})` : ''}`,
            url: runUrl,
            number: runNumber,
            attempt,
        },
        ref,
        event: run?.event ?? event.eventName,
        commit,
        actor,
        durationMs,
        failedJobs: i.jobs ? failedJobs(i.jobs) : [],
        mention: i.status === 'failure' || i.status === 'cancelled' || i.status === 'unknown' ? i.mention : undefined,
        note: i.note,
    };
    return facts;
}
/** `1h 2m`, `3m 4s`, `5s`. */
function formatDuration(ms) {
    const s = Math.round(ms / 1000);
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const sec = s % 60;
    if (h)
        return `${h}h ${m}m`;
    if (m)
        return `${m}m ${sec}s`;
    return `${sec}s`;
}


/***/ }),

/***/ 3505:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.teamsEscape = exports.discordEscape = exports.slackEscape = exports.TEAMS_MAX_JOBS = exports.DISCORD = exports.SLACK = void 0;
exports.clamp = clamp;
exports.fallbackText = fallbackText;
exports.icon = icon;
exports.slackJob = slackJob;
exports.slackPayload = slackPayload;
exports.jobLines = jobLines;
exports.teamsPayload = teamsPayload;
exports.discordPayload = discordPayload;
exports.discordAllowedMentions = discordAllowedMentions;
exports.jsonPayload = jsonPayload;
exports.render = render;
exports.summaryMarkdown = summaryMarkdown;
const facts_js_1 = __webpack_require__(2990);
/** Slack's documented limits: a section's text, a header's text, a field, blocks a message. */
exports.SLACK = { textBlock: 3000, header: 150, field: 2000, blocks: 50, name: 300 };
/** Discord's: content, embed title, description, field value, fields. */
exports.DISCORD = { content: 2000, title: 256, description: 4096, field: 1024, fields: 25 };
/** Teams: a card's size cap is 28 KB; 50 job lines keep it well under. */
exports.TEAMS_MAX_JOBS = 50;
/** Cut to `max` characters with an ellipsis (code points, so an emoji is never split). */
function clamp(text, max) {
    const chars = [...text];
    return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}
const slackEscape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
exports.slackEscape = slackEscape;
/** Discord pings on @everyone, @here, <@id>, <@&role>: a zero-width space after @ or < defuses them. */
const discordEscape = (s) => s.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#])/g, '<\u200b$1');
exports.discordEscape = discordEscape;
/** Teams mentions are <at>…</at> tags: a zero-width space defuses them. */
const teamsEscape = (s) => s.replace(/<(\/?)at\b/gi, '<\u200b$1at');
exports.teamsEscape = teamsEscape;
/** Apply `fix` to every string in a JSON-like value (the payload built from untrusted facts). */
function deepMap(v, fix) {
    if (typeof v === 'string')
        return fix(v);
    if (Array.isArray(v))
        return v.map((x) => deepMap(x, fix));
    if (v && typeof v === 'object')
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deepMap(x, fix)]));
    return v;
}
/**
 * The one-line text a phone shows: status, title, repository, branch and workflow (Slack's
 * fallback `text`, the bot's first message). Escaped for Slack; never carries the mention.
 */
function fallbackText(f) {
    const where = [
        f.repository.text,
        f.ref ? f.ref.text : '',
        f.title.includes(f.workflow) ? '' : `workflow ${f.workflow}`,
    ]
        .filter(Boolean)
        .join(' · ');
    return clamp((0, exports.slackEscape)(`${icon(f)} ${f.title} — ${where}`), exports.SLACK.textBlock);
}
const slackLink = (l, max = exports.SLACK.name) => l.url ? `<${l.url}|${(0, exports.slackEscape)(clamp(l.text, max))}>` : (0, exports.slackEscape)(clamp(l.text, max));
const mdEscape = (s) => s.replace(/([[\]*_`\\|])/g, '\\$1');
const mdLink = (l, max = 300) => l.url ? `[${mdEscape(clamp(l.text, max))}](${l.url})` : mdEscape(clamp(l.text, max));
function icon(f) {
    if (f.recovered)
        return '✅';
    return { success: '✅', failure: '❌', cancelled: '⚪', unknown: '❔', running: '🔄' }[f.status];
}
function jobWhat(j) {
    return j.conclusion === 'cancelled' ? 'cancelled' : j.conclusion === 'timed_out' ? 'timed out' : 'failed';
}
/** The label/value facts shared by every format, with links rendered by `link`. */
function factRows(f, link, esc) {
    const rows = [
        ['Repository', link(f.repository)],
        ['Workflow', `${esc(f.workflow)} ${link(f.run)}`],
    ];
    if (f.ref)
        rows.push([f.ref.kind === 'pr' ? 'Pull request' : f.ref.kind === 'tag' ? 'Tag' : 'Branch', link(f.ref)]);
    rows.push(['Event', esc(f.event || 'unknown')]);
    if (f.commit)
        rows.push(['Commit', `${link(f.commit)}${f.commit.message ? ` ${esc(clamp(f.commit.message, 200))}` : ''}`]);
    if (f.actor)
        rows.push(['Triggered by', link(f.actor)]);
    if (f.durationMs !== undefined)
        rows.push(['Duration', (0, facts_js_1.formatDuration)(f.durationMs)]);
    return rows;
}
function slackJob(j) {
    const step = j.step ? ` at step ${j.step.number} *${(0, exports.slackEscape)(clamp(j.step.name, exports.SLACK.name))}*` : '';
    const log = j.url ? ` (<${j.url}|log>)` : '';
    return clamp(`${j.conclusion === 'cancelled' ? '⚪' : '❌'} *${(0, exports.slackEscape)(clamp(j.name, exports.SLACK.name))}* ${jobWhat(j)}${step}${log}`, exports.SLACK.textBlock);
}
/** Slack Block Kit, inside Slack's limits: 3,000 characters a text block, 50 blocks, "+N more". */
function slackPayload(f) {
    const head = `${icon(f)} ${f.title}`;
    const blocks = [
        { type: 'header', text: { type: 'plain_text', text: clamp(head, exports.SLACK.header), emoji: true } },
    ];
    if (f.mention)
        blocks.push({
            type: 'section',
            text: { type: 'mrkdwn', text: clamp(`${f.mention} ${(0, exports.slackEscape)(f.title)}`, exports.SLACK.textBlock) },
        });
    const fields = factRows(f, slackLink, exports.slackEscape).map(([k, v]) => ({
        type: 'mrkdwn',
        text: clamp(`*${k}*\n${v}`, exports.SLACK.field),
    }));
    blocks.push({ type: 'section', fields: fields.slice(0, 10) });
    if (f.note)
        blocks.push({
            type: 'context',
            elements: [{ type: 'mrkdwn', text: clamp(`⚠️ ${(0, exports.slackEscape)(f.note)}`, exports.SLACK.textBlock) }],
        });
    const room = exports.SLACK.blocks - blocks.length;
    const jobs = f.failedJobs;
    // All jobs fit, or keep one block back for the "+N more" line.
    const shown = jobs.length <= room ? jobs : jobs.slice(0, room - 1);
    for (const j of shown)
        blocks.push({ type: 'section', text: { type: 'mrkdwn', text: slackJob(j) } });
    if (shown.length < jobs.length) {
        const more = jobs.length - shown.length;
        blocks.push({
            type: 'context',
            elements: [
                {
                    type: 'mrkdwn',
                    text: `+${more} more failed job${more > 1 ? 's' : ''}: ${f.run.url ? `<${f.run.url}|see the run>` : 'see the run'}`,
                },
            ],
        });
    }
    // The mention is in the section block only: once in the message, which is where it pings.
    return { text: fallbackText(f), blocks };
}
function mdJob(j) {
    const step = j.step ? ` at step ${j.step.number} **${mdEscape(clamp(j.step.name, 300))}**` : '';
    const log = j.url ? ` ([log](${j.url}))` : '';
    return `${j.conclusion === 'cancelled' ? '⚪' : '❌'} **${mdEscape(clamp(j.name, 300))}** ${jobWhat(j)}${step}${log}`;
}
/** Markdown lines for the failed jobs, at most `max` characters in all, "+N more" beyond. */
function jobLines(f, maxChars, maxJobs = Infinity) {
    const lines = [];
    let used = 0;
    for (const [i, j] of f.failedJobs.entries()) {
        const line = mdJob(j);
        const rest = f.failedJobs.length - i;
        const reserve = rest > 1 ? 60 : 0;
        if (i >= maxJobs || used + line.length + 1 + reserve > maxChars) {
            lines.push(`+${rest} more failed job${rest > 1 ? 's' : ''}${f.run.url ? `: [see the run](${f.run.url})` : ''}`);
            break;
        }
        lines.push(line);
        used += line.length + 1;
    }
    return lines;
}
/** Microsoft Teams (Workflows webhook): an Adaptive Card with the same facts. */
function teamsPayload(f) {
    const color = f.recovered || f.status === 'success' ? 'Good' : f.status === 'failure' ? 'Attention' : 'Default';
    const body = [
        { type: 'TextBlock', text: `${icon(f)} ${f.title}`, size: 'Large', weight: 'Bolder', color, wrap: true },
    ];
    body.push({ type: 'FactSet', facts: factRows(f, mdLink, mdEscape).map(([title, value]) => ({ title, value })) });
    if (f.note)
        body.push({ type: 'TextBlock', text: `⚠️ ${f.note}`, wrap: true, isSubtle: true });
    for (const line of jobLines(f, 20_000, exports.TEAMS_MAX_JOBS))
        body.push({ type: 'TextBlock', text: line, wrap: true });
    // Titles, branches, commit messages and job names are not ours: no <at> in them may mention anyone.
    const safe = deepMap(body, exports.teamsEscape);
    if (f.mention)
        safe.splice(1, 0, { type: 'TextBlock', text: f.mention, wrap: true });
    const card = {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
        type: 'AdaptiveCard',
        version: '1.4',
        body: safe,
        actions: f.run.url ? [{ type: 'Action.OpenUrl', title: 'View run', url: f.run.url }] : [],
    };
    return {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
    };
}
/** Discord: content for the mention, one embed for the facts and failed jobs. */
function discordPayload(f) {
    const color = f.recovered || f.status === 'success' ? 0x2ea043 : f.status === 'failure' ? 0xcf222e : 0x8c959f;
    const fields = factRows(f, mdLink, mdEscape)
        .slice(0, exports.DISCORD.fields)
        .map(([name, value]) => ({ name, value: clamp(value, exports.DISCORD.field), inline: true }));
    const lines = jobLines(f, exports.DISCORD.description - (f.note ? 300 : 0));
    const description = [f.note ? `⚠️ ${clamp(f.note, 280)}` : '', ...lines].filter(Boolean).join('\n');
    const embed = { title: clamp(`${icon(f)} ${f.title}`, exports.DISCORD.title), color, fields };
    if (f.run.url)
        embed.url = f.run.url;
    if (description)
        embed.description = clamp(description, exports.DISCORD.description);
    const content = `${f.mention ? `${f.mention} ` : ''}${(0, exports.discordEscape)(f.title)}`;
    return {
        content: clamp(content, exports.DISCORD.content),
        embeds: [deepMap(embed, exports.discordEscape)],
        allowed_mentions: discordAllowedMentions(f.mention),
    };
}
/**
 * Discord's allowed_mentions: nothing pings unless the mention input asks for it (its users,
 * roles, or @everyone/@here), whatever the title or commit message says.
 */
function discordAllowedMentions(mention) {
    const m = mention ?? '';
    const allowed = { parse: /@(everyone|here)\b/.test(m) ? ['everyone'] : [] };
    const users = [...m.matchAll(/<@!?(\d+)>/g)].map((x) => x[1]);
    const roles = [...m.matchAll(/<@&(\d+)>/g)].map((x) => x[1]);
    if (users.length)
        allowed.users = users;
    if (roles.length)
        allowed.roles = roles;
    return allowed;
}
/** A generic webhook: the facts as JSON, plus a one-line `text` for chat bridges. */
function jsonPayload(f) {
    return {
        text: `${icon(f)} ${f.title}`,
        status: f.status,
        recovered: f.recovered,
        title: f.title,
        repository: f.repository.text,
        workflow: f.workflow,
        run: { number: f.run.number, attempt: f.run.attempt, url: f.run.url },
        ref: f.ref ? { kind: f.ref.kind, name: f.ref.text, url: f.ref.url } : undefined,
        event: f.event,
        commit: f.commit ? { sha: f.commit.sha, url: f.commit.url, message: f.commit.message } : undefined,
        actor: f.actor?.text,
        durationMs: f.durationMs,
        mention: f.mention,
        note: f.note,
        failedJobs: f.failedJobs,
    };
}
function render(format, f) {
    switch (format) {
        case 'slack':
            return slackPayload(f);
        case 'teams':
            return teamsPayload(f);
        case 'discord':
            return discordPayload(f);
        case 'json':
            return jsonPayload(f);
    }
}
/** The summary's Markdown: the same facts, for people reading the run page. */
function summaryMarkdown(f) {
    return { facts: factRows(f, mdLink, mdEscape), jobs: jobLines(f, 200_000, 500) };
}


/***/ }),

/***/ 4758:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitHubApi = exports.ApiError = exports.nextLink = void 0;
const github_rest_js_1 = __webpack_require__(7383);
Object.defineProperty(exports, "nextLink", ({ enumerable: true, get: function () { return github_rest_js_1.nextLink; } }));
const http_js_1 = __webpack_require__(1983);
const errors_js_1 = __webpack_require__(4296);
/** An API answer other than 2xx: status, GitHub's own message, and the docs link it gave. */
class ApiError extends errors_js_1.ExternalError {
    status;
    apiMessage;
    path;
    name = 'ApiError';
    constructor(status, apiMessage, path) {
        super(`GitHub API ${path} answered ${status}${apiMessage ? ` (${apiMessage})` : ''}`);
        this.status = status;
        this.apiMessage = apiMessage;
        this.path = path;
    }
}
exports.ApiError = ApiError;
/** Pages at most this deep: 100 jobs a page, and GitHub caps a run at 256 matrix jobs a job. */
const MAX_PAGES = 30;
/**
 * A small GitHub REST client over core's `request` (timeouts, retries on 429/5xx with
 * Retry-After). Octokit is not needed for three GET routes, and not loading it keeps the
 * notifier well inside its start-to-send budget.
 */
class GitHubApi {
    baseUrl;
    token;
    deps;
    timeoutMs;
    constructor(baseUrl, token, deps, timeoutMs) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.deps = deps;
        this.timeoutMs = timeoutMs;
    }
    async get(pathOrUrl) {
        const url = (0, github_rest_js_1.githubUrl)(this.baseUrl, pathOrUrl);
        const shown = url.replace(/^https?:\/\/[^/]+/, '').replace(/\?.*$/, '');
        const res = await (0, http_js_1.request)({
            url,
            headers: (0, github_rest_js_1.githubHeaders)(this.token, 'shipline-notify'),
            timeoutMs: this.timeoutMs,
            retries: 2,
            label: `GitHub API ${shown}`,
            retryOnTimeout: false,
        }, this.deps);
        if (!res.ok) {
            let message;
            try {
                message = String(JSON.parse(res.body).message ?? '');
            }
            catch {
                message = res.body.slice(0, 200);
            }
            throw new ApiError(res.status, message, shown);
        }
        return { json: JSON.parse(res.body), link: res.headers.get('link') };
    }
    async run(owner, repo, runId) {
        return (await this.get(`/repos/${owner}/${repo}/actions/runs/${runId}`)).json;
    }
    /** Every job of one attempt, following the Link header page by page (per_page=100). */
    async jobs(owner, repo, runId, attempt) {
        const jobs = [];
        let next = `/repos/${owner}/${repo}/actions/runs/${runId}/attempts/${attempt}/jobs?per_page=100`;
        for (let page = 0; next && page < MAX_PAGES; page++) {
            const { json, link } = await this.get(next);
            const body = json;
            jobs.push(...(body.jobs ?? []));
            if (body.total_count !== undefined && jobs.length >= body.total_count)
                break;
            next = (0, github_rest_js_1.nextLink)(link);
        }
        return jobs;
    }
    /** The newest completed run of a workflow on a branch that started before this one. */
    async previousRun(owner, repo, workflowId, branch, current) {
        const q = `branch=${encodeURIComponent(branch)}&status=completed&per_page=20`;
        const { json } = await this.get(`/repos/${owner}/${repo}/actions/workflows/${workflowId}/runs?${q}`);
        const runs = json.workflow_runs ?? [];
        // Newest first; a later run that already finished is not "previous" to this one.
        return runs.find((r) => String(r.id) !== current.id &&
            (current.runNumber === undefined || r.run_number === undefined || r.run_number < current.runNumber));
    }
}
exports.GitHubApi = GitHubApi;


/***/ }),

/***/ 7149:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SlackApiError = void 0;
exports.deliverBot = deliverBot;
const http_js_1 = __webpack_require__(1983);
const formats_js_1 = __webpack_require__(3505);
/** Slack's error codes (https://api.slack.com/methods/chat.postMessage#errors), each with its fix. */
const FIXES = {
    not_in_channel: 'the bot is not a member of the channel: invite it (/invite @your-bot) or give it chat:write.public',
    channel_not_found: 'no channel by that id or name is visible to the bot: check channel (an id like C0123… is safest), and invite the bot to a private channel',
    ratelimited: 'Slack rate-limited the bot and kept doing so after waiting its Retry-After: send fewer messages',
    invalid_auth: 'the token is not valid (revoked, or not a bot token of this workspace): pass the Bot User OAuth Token',
    not_authed: 'no token reached Slack: pass slack-bot-token from a secret',
    token_revoked: 'the token was revoked: reinstall the app and update the secret',
    account_inactive: "the bot's user or app was deactivated: reinstall the app",
    missing_scope: 'the app lacks the chat:write scope: add it and reinstall the app',
    is_archived: 'the channel is archived: unarchive it or pick another channel',
    message_not_found: 'update-ts names no message in this channel: pass the ts output of the step that posted it, with the same channel',
    cant_update_message: 'only messages this bot posted can be updated: pass the ts of a message it posted',
    msg_too_long: 'the message is too long for Slack',
    invalid_blocks: 'Slack rejected the blocks',
};
class SlackApiError extends Error {
    method;
    code;
    status;
    constructor(method, code, status) {
        super(`Slack ${method} answered ${code}${status !== 200 ? ` (HTTP ${status})` : ''}; ${FIXES[code] ?? 'see https://api.slack.com/methods/' + method + '#errors'}`);
        this.method = method;
        this.code = code;
        this.status = status;
    }
}
exports.SlackApiError = SlackApiError;
async function call(o, ctx, method, body, timeoutMs) {
    const res = await (0, http_js_1.request)({
        url: `${o.apiUrl}/${method}`,
        method: 'POST',
        headers: {
            'content-type': 'application/json; charset=utf-8',
            authorization: `Bearer ${o.token}`,
            'user-agent': 'shipline-notify',
        },
        body: JSON.stringify(body),
        timeoutMs,
        retries: 3,
        label: `Slack ${method}`,
    }, { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal });
    let answer = {};
    try {
        answer = JSON.parse(res.body);
    }
    catch {
        /* a proxy's HTML page: the status says it */
    }
    if (res.status === 429)
        throw new SlackApiError(method, answer.error ?? 'ratelimited', res.status);
    if (!answer.ok)
        throw new SlackApiError(method, answer.error ?? `HTTP ${res.status}`, res.status);
    return answer;
}
function replyText(j) {
    return (0, formats_js_1.slackJob)(j);
}
/**
 * Bot-token mode: chat.update of `updateTs` (the "running" message) or chat.postMessage, then
 * one thread reply per failed job. Throws SlackApiError / HttpError for the message itself;
 * a failed reply is reported, not fatal (the alert is out).
 */
async function deliverBot(o, ctx, f, message, timeoutMs) {
    const main = o.updateTs
        ? await call(o, ctx, 'chat.update', { channel: o.channel, ts: o.updateTs, ...message }, timeoutMs)
        : await call(o, ctx, 'chat.postMessage', { channel: o.channel, unfurl_links: false, ...message }, timeoutMs);
    const channelId = main.channel ?? o.channel;
    const ts = main.ts ?? o.updateTs ?? '';
    const replyProblems = [];
    if (o.threadReplies && f.status !== 'running') {
        for (const j of f.failedJobs) {
            try {
                await call(o, ctx, 'chat.postMessage', { channel: channelId, thread_ts: ts, text: replyText(j), unfurl_links: false }, timeoutMs);
            }
            catch (e) {
                if (!(e instanceof SlackApiError || e instanceof http_js_1.HttpError))
                    throw e;
                replyProblems.push(`the thread reply for job "${j.name}" was not posted: ${e.message}`);
            }
        }
    }
    return { ts, threadTs: ts, channelId, replyProblems };
}


/***/ })

};
