export const id = 417;
export const ids = [417];
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

/***/ 68:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PREVIOUS = exports.PENDING = exports.LIVE = void 0;
exports.blueGreen = blueGreen;
const colours_js_1 = __webpack_require__(1246);
Object.defineProperty(exports, "LIVE", ({ enumerable: true, get: function () { return colours_js_1.LIVE; } }));
Object.defineProperty(exports, "PENDING", ({ enumerable: true, get: function () { return colours_js_1.PENDING; } }));
Object.defineProperty(exports, "PREVIOUS", ({ enumerable: true, get: function () { return colours_js_1.PREVIOUS; } }));
const lease_js_1 = __webpack_require__(649);
const outcome_js_1 = __webpack_require__(4535);
const preflight_js_1 = __webpack_require__(9536);
const progressive_js_1 = __webpack_require__(7568);
const service_js_1 = __webpack_require__(3432);
const start_js_1 = __webpack_require__(9371);
const switch_js_1 = __webpack_require__(9067);
const target_js_1 = __webpack_require__(7474);
const verify_js_1 = __webpack_require__(2538);
const liveOf = (t) => (0, colours_js_1.note)(t, colours_js_1.LIVE) ?? (t.service && t.exists ? t.base : undefined);
async function blueGreen(s) {
    let t = await (0, target_js_1.resolveTarget)(s);
    if (s.o.dryRun.mode !== 'none')
        return dryPlan(s, t, liveOf(t));
    // A reject within another run's scale-down-delay goes before that run, which watches the
    // Service and stops when it is switched back; everything else waits or fails (on-conflict).
    const takeOver = s.o.action === 'reject' && !(0, colours_js_1.note)(t, colours_js_1.PENDING) && (0, colours_js_1.note)(t, colours_js_1.SCALE_DOWN_AT)
        ? 'action reject within its scale-down-delay'
        : undefined;
    // No Service yet (the first run from manifests): nothing to lease until this run creates it.
    const leases = t.service ? await (0, lease_js_1.takeLeases)(s, [{ ref: `service/${t.serviceName}`, kc: t.kc }], { takeOver }) : [];
    try {
        // What another run did while this one waited for the lease counts: read it all again.
        if (leases.length)
            t = await (0, target_js_1.resolveTarget)(s);
        const live = liveOf(t);
        const done = s.o.action === 'promote'
            ? await (0, switch_js_1.promote)(s, t, live)
            : s.o.action === 'reject'
                ? await (0, switch_js_1.reject)(s, t)
                : await deploy(s, t, live);
        s.ctx.summary.heading(`k8s deploy (blue-green): ${done.result}`, 2);
        if (done.failure)
            s.ctx.summary.paragraph(`**${done.failure}**`);
        s.ctx.summary.list(done.lines);
        if (done.verification)
            (0, verify_js_1.writeVerification)(s.ctx.summary, done.verification);
        return { outputs: (0, outcome_js_1.outputs)({ result: done.result, live: done.live, reason: done.failure }), failure: done.failure };
    }
    finally {
        await (0, lease_js_1.releaseLeases)(leases);
    }
}
function dryPlan(s, t, live) {
    const next = live === `${t.base}-blue` ? `${t.base}-green` : `${t.base}-blue`;
    s.ctx.logger.info(`dry run (${s.o.dryRun.reason}): would ${s.o.action} blue-green: deployment/${next} beside ${live ?? 'nothing'}, service/${t.serviceName}-preview, then switch service/${t.serviceName}`);
    return { outputs: (0, outcome_js_1.outputs)({ result: 'dry-run', live: live ?? '' }) };
}
/**
 * The first blue-green run: the live Service selects the uncoloured Deployment by labels that a
 * new colour's pods carry too, so it would send them traffic before any check. The live version
 * moves into `<name>-green` first (same images), the Service switches to it, the original is
 * scaled to 0; from then on the colours are told apart by the colour label alone.
 */
async function adopt(s, t, lines) {
    const name = `${t.base}-green`;
    const obj = (0, progressive_js_1.derive)(s, t.source, { name, labels: { [service_js_1.COLOUR]: 'green' }, replicas: t.source.spec.replicas ?? 1 });
    await (0, progressive_js_1.applyObjects)(s, t.kc, [obj]);
    const w = await (0, progressive_js_1.watchDeployment)(s, t.kc, name, (0, service_js_1.templateLabels)(obj), undefined, obj);
    if (w.outcome !== 'complete')
        throw new preflight_js_1.PreflightError(`deployment/${name} (the live version, moved into a colour first) did not come up: ${w.reason}`);
    await (0, colours_js_1.switchTo)(s, t, { [service_js_1.COLOUR]: 'green' }, { [colours_js_1.LIVE]: name, [colours_js_1.PREVIOUS]: t.base, [colours_js_1.PENDING]: null });
    await (0, colours_js_1.scale)(s, t, t.base, 0);
    lines.push(`first blue-green run: the live version moved from deployment/${t.base} into deployment/${name} (same images), service/${t.serviceName} switched to it, deployment/${t.base} scaled to 0`);
    return name;
}
async function deploy(s, t, current) {
    const lines = [];
    const live = current === t.base && t.service ? await adopt(s, t, lines) : current;
    const colour = (0, colours_js_1.colourOf)(live ?? '', t.base) === 'blue' ? 'green' : 'blue';
    const name = `${t.base}-${colour}`;
    if ((0, colours_js_1.note)(t, colours_js_1.SCALE_DOWN_AT)) {
        // A run killed within its scale-down-delay left the previous colour up for a reject; this
        // version goes into that colour, so the reject window is over.
        await (0, start_js_1.step)(s, t.kc, ['annotate', `service/${t.serviceName}`, `${colours_js_1.SCALE_DOWN_AT}-`]);
        lines.push(`deployment/${name}, kept up for a reject by an earlier run, takes this version`);
    }
    const source = live && live !== t.base ? ((await (0, target_js_1.getOrNone)(t.kc, ['get', 'deployment', live])) ?? t.source) : t.source;
    const replicas = source.spec.replicas ?? 1;
    const obj = (0, progressive_js_1.derive)(s, source, { name, labels: { [service_js_1.COLOUR]: colour }, images: t.images, replicas });
    const preview = (0, colours_js_1.serviceObject)(t, `${t.serviceName}-preview`, { ...(0, colours_js_1.baseSelector)(t), [service_js_1.COLOUR]: colour });
    await (0, progressive_js_1.applyObjects)(s, t.kc, [...t.extra, obj, preview]);
    lines.push(`deployment/${name} (${colour}) created beside ${live ? `deployment/${live}` : 'nothing live yet'}`);
    const w = await (0, progressive_js_1.watchDeployment)(s, t.kc, name, (0, service_js_1.templateLabels)(obj), undefined, obj);
    const livePart = `live stays on ${live ? `deployment/${live}` : 'nothing'}`;
    const keepOld = async (why) => {
        await (0, progressive_js_1.remove)(s, t.kc, [`deployment/${name}`, `service/${t.serviceName}-preview`]);
        return { result: 'failed', live: live ?? '', failure: `${why}; ${livePart} (deployment/${name} removed)`, lines };
    };
    // Another run changed the new colour under this one: not ours to report, switch to or remove.
    const replaced = (why) => ({
        result: 'failed',
        live: live ?? '',
        failure: `deployment/${name}: ${why}; ${livePart}, deployment/${name} left to the run that changed it`,
        lines,
    });
    if (w.outcome === 'replaced')
        return replaced(w.reason);
    if (w.outcome !== 'complete')
        return keepOld(w.outcome === 'aborted' ? (0, colours_js_1.cancelLine)(s) : `deployment/${name}: ${w.reason}`);
    let verification;
    if (s.o.verify) {
        verification = await (0, verify_js_1.verify)(s, `${t.serviceName}-preview`, `preview of ${colour}`);
        if (!verification.ok)
            return { ...(await keepOld(`verification of the preview failed: ${verification.reason}`)), verification };
    }
    if (s.ctx.signal.aborted)
        return { ...(await keepOld(`${(0, colours_js_1.cancelLine)(s)} before the switch`)), verification };
    // Still what this run applied, right before traffic goes to it.
    const now = await (0, target_js_1.getOrNone)(t.kc, ['get', 'deployment', name]);
    const changed = now ? (0, progressive_js_1.sameTemplate)(obj)(now) : 'it was deleted by another run before the switch';
    if (changed)
        return { ...replaced(changed), verification };
    if (s.o.promotion === 'manual') {
        await (0, start_js_1.step)(s, t.kc, ['annotate', `service/${t.serviceName}`, `${colours_js_1.PENDING}=${name}`, '--overwrite']);
        lines.push(`waiting for action: promote (or reject); service/${t.serviceName} still selects ${live ?? 'nothing'}`);
        return { result: 'deployed', live: live ?? '', lines, verification };
    }
    return { ...(await (0, switch_js_1.switchAndWatch)(s, t, name, colour, live, lines)), verification };
}


/***/ }),

/***/ 1111:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canaryReplicas = exports.STATE = void 0;
exports.canary = canary;
const lease_js_1 = __webpack_require__(649);
const outcome_js_1 = __webpack_require__(4535);
const preflight_js_1 = __webpack_require__(9536);
const progressive_js_1 = __webpack_require__(7568);
const rolling_js_1 = __webpack_require__(4626);
const service_js_1 = __webpack_require__(3432);
const start_js_1 = __webpack_require__(9371);
const target_js_1 = __webpack_require__(7474);
const verify_js_1 = __webpack_require__(2538);
exports.STATE = 'shipline.dev/canary';
const cancelled = (s) => s.ctx.signal.reason?.message ?? 'cancelled';
const namesOf = (t) => ({
    canary: `${t.base}-canary`,
    baseline: `${t.base}-baseline`,
    preview: `${t.serviceName}-canary`,
});
/** Canary pods for a share of `p` % beside `replicas` main pods (at least one). */
const canaryReplicas = (replicas, p) => Math.max(1, Math.round((replicas * p) / 100));
exports.canaryReplicas = canaryReplicas;
async function canary(s) {
    let t = await (0, target_js_1.resolveTarget)(s);
    if (!t.exists && s.o.action === 'deploy') {
        s.ctx.logger.info(`deployment/${t.base} does not exist yet: no old version to compare a canary with; rolling it out`);
        return (0, rolling_js_1.rolling)(s);
    }
    if (!t.exists)
        throw new preflight_js_1.PreflightError(`deployment/${t.base} not found in namespace ${s.ns}; nothing to ${s.o.action}`);
    if (s.o.dryRun.mode !== 'none') {
        s.ctx.logger.info(`dry run (${s.o.dryRun.reason}): would ${s.o.action} canary ${namesOf(t).canary} in steps ${s.o.canarySteps.join(',')}`);
        return { outputs: (0, outcome_js_1.outputs)({ result: 'dry-run', live: t.base }) };
    }
    // The main Deployment carries the canary's state and is what a rolling deploy leases too, so
    // a canary, its promote or reject, and a rolling deploy of it exclude each other.
    const leases = await (0, lease_js_1.takeLeases)(s, [{ ref: `deployment/${t.base}`, kc: t.kc }]);
    try {
        // Read again under the lease: another run may have changed it while this one waited.
        t = await (0, target_js_1.resolveTarget)(s);
        return await act({ ...s, leased: true }, t);
    }
    finally {
        await (0, lease_js_1.releaseLeases)(leases);
    }
}
async function act(s, t) {
    const main = await (0, target_js_1.getOrNone)(t.kc, ['get', 'deployment', t.base]);
    if (!main)
        throw new preflight_js_1.PreflightError(`deployment/${t.base} not found in namespace ${s.ns}; nothing to ${s.o.action}`);
    const state = main.metadata.annotations?.[exports.STATE];
    if (s.o.action === 'promote') {
        if (!state)
            throw new preflight_js_1.PreflightError(`input 'action': nothing to promote: deployment/${t.base} has no canary waiting (annotation ${exports.STATE} is not set); run action deploy with promotion manual first`);
        return finish(s, t, await promoteMain(s, t, [`promoting the canary of deployment/${t.base}`]));
    }
    if (s.o.action === 'reject') {
        if (!state)
            throw new preflight_js_1.PreflightError(`input 'action': nothing to reject: deployment/${t.base} has no canary (annotation ${exports.STATE} is not set)`);
        await cleanUp(s, t);
        return finish(s, t, {
            result: 'rejected',
            lines: [`canary of deployment/${t.base} removed; deployment/${t.base} unchanged`],
        });
    }
    return finish(s, t, await steps(s, t, main));
}
function finish(s, t, d) {
    s.ctx.summary.heading(`k8s deploy (canary): ${d.result}`, 2);
    if (d.failure)
        s.ctx.summary.paragraph(`**${d.failure}**`);
    s.ctx.summary.list(d.lines);
    if (d.verification)
        (0, verify_js_1.writeVerification)(s.ctx.summary, d.verification);
    return { outputs: (0, outcome_js_1.outputs)({ result: d.result, live: t.base, reason: d.failure }), failure: d.failure };
}
async function steps(s, t, main) {
    const n = namesOf(t);
    const replicas = main.spec.replicas ?? 1;
    const lines = [];
    const sel = { ...(t.service?.spec.selector ?? t.serviceDoc?.spec?.selector ?? {}) };
    const preview = {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: n.preview, namespace: main.metadata.namespace, labels: { [service_js_1.ROLE]: 'preview' } },
        spec: { selector: { ...sel, [service_js_1.TRACK]: 'canary' }, ports: (t.service ?? t.serviceDoc).spec.ports },
    };
    let verification;
    const reject = async (why) => {
        await cleanUp(s, t);
        lines.push(`rejected: ${why}`);
        return {
            result: 'rejected',
            failure: `${why}; canary rejected, deployment/${t.base} unchanged`,
            lines,
            verification,
        };
    };
    if (t.extra.length)
        await (0, progressive_js_1.applyObjects)(s, t.kc, t.extra);
    for (const p of s.o.canarySteps.filter((x) => x < 100)) {
        const c = (0, exports.canaryReplicas)(replicas, p);
        const b = s.o.baseline ? c : 0;
        const objs = [
            (0, progressive_js_1.derive)(s, t.source, {
                name: n.canary,
                labels: { [service_js_1.TRACK]: 'canary' },
                images: t.images,
                replicas: c,
                annotations: { [exports.STATE]: String(p) },
            }),
            ...(b ? [(0, progressive_js_1.derive)(s, main, { name: n.baseline, labels: { [service_js_1.TRACK]: 'baseline' }, replicas: b })] : []),
            preview,
        ];
        await (0, progressive_js_1.applyObjects)(s, t.kc, objs);
        const at = `step ${p} %: canary ${(0, progressive_js_1.share)(c, replicas + c + b)} of service/${t.serviceName}${b ? `, baseline ${b}` : ''}`;
        s.ctx.logger.info(at);
        lines.push(at);
        const w = await (0, progressive_js_1.watchDeployment)(s, t.kc, n.canary, (0, service_js_1.templateLabels)(objs[0]), 'canary', objs[0]);
        if (w.outcome === 'replaced') {
            // Another run's canary now: not ours to remove.
            const failure = `deployment/${n.canary} at ${p} %: ${w.reason}; left to the run that changed it, deployment/${t.base} unchanged`;
            return { result: 'failed', failure, lines: [...lines, failure], verification };
        }
        if (w.outcome !== 'complete')
            return reject(w.outcome === 'aborted' ? `${cancelled(s)} at ${p} %` : `deployment/${n.canary} at ${p} %: ${w.reason}`);
        if (s.o.verify) {
            verification = await (0, verify_js_1.verify)(s, n.preview, `canary at ${p} %`);
            if (!verification.ok)
                return reject(`verification of the canary at ${p} % failed: ${verification.reason}`);
        }
        const problem = await (0, progressive_js_1.hold)(s, t.kc, n.canary, (0, service_js_1.templateLabels)(objs[0]), s.o.canaryPauseMs);
        if (problem)
            return reject(`deployment/${n.canary} at ${p} %: ${problem.reason} on ${problem.pod} (${problem.detail})`);
        if (s.ctx.signal.aborted)
            return reject(`${cancelled(s)} at ${p} %`);
    }
    if (s.o.promotion === 'manual') {
        const last = s.o.canarySteps.filter((x) => x < 100).pop() ?? 0;
        await (0, start_js_1.step)(s, t.kc, ['annotate', `deployment/${t.base}`, `${exports.STATE}=${last}`, '--overwrite']);
        lines.push(`waiting for action: promote (or reject) at ${last} %`);
        return { result: 'deployed', lines, verification };
    }
    return { ...(await promoteMain(s, t, lines)), verification };
}
/** 100 %: the main Deployment rolls out the new version (rolling, with its rollback); then the canary goes. */
async function promoteMain(s, t, lines) {
    if (!s.manifests) {
        const canaryDep = await (0, target_js_1.getOrNone)(t.kc, ['get', 'deployment', namesOf(t).canary]);
        const running = canaryDep?.spec.template.spec?.containers?.find((c) => t.images.has(c.name));
        if (running && running.image !== t.images.get(running.name))
            throw new preflight_js_1.PreflightError(`input 'image': the canary runs ${running.image}, not ${t.images.get(running.name)}; promote the image the canary ran (or reject it)`);
    }
    const r = await (0, rolling_js_1.rolling)({
        ...s,
        o: { ...s.o, strategy: 'rolling', verify: s.o.verify && !s.o.verify.url.startsWith('/') ? s.o.verify : undefined },
    });
    if (r.failure) {
        await cleanUp(s, t);
        return {
            result: r.outputs.result,
            failure: `promotion: ${r.failure}`,
            lines: [...lines, 'promotion failed; canary removed'],
        };
    }
    await cleanUp(s, t);
    lines.push(`deployment/${t.base} rolled out the new version; canary and baseline removed (selector ${(0, service_js_1.selectorText)(t.service?.spec.selector)})`);
    return { result: s.o.action === 'promote' ? 'promoted' : 'deployed', lines };
}
async function cleanUp(s, t) {
    const n = namesOf(t);
    await (0, progressive_js_1.remove)(s, t.kc, [`deployment/${n.canary}`, `deployment/${n.baseline}`, `service/${n.preview}`]);
    await t.kc.run(['annotate', `deployment/${t.base}`, `${exports.STATE}-`], {
        quiet: true,
        afterCancel: true,
        timeoutMs: 5000,
    });
}


/***/ }),

/***/ 5257:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cancelled = cancelled;
const outcome_js_1 = __webpack_require__(4535);
const report_js_1 = __webpack_require__(5505);
const watch_js_1 = __webpack_require__(4808);
/** How long each undo may take after a cancellation (the host's grace is 10 s). */
const UNDO_MS = 4000;
async function undoOne(s, r, results) {
    const kc = s.kcOf(r.name);
    const undo = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
    const state = (0, watch_js_1.ready)(results.get(r.name));
    const half = `deployment/${r.name} is half rolled out${state ? ` (${state} available)` : ''}`;
    if (!r.exists || !r.revision)
        return `deployment/${r.name} was created by this run and is left in place`;
    if (!s.o.rollback)
        return `${half}, left as is (rollback is false); to undo: ${kc.display(undo)}`;
    s.ctx.logger.info(`$ ${kc.display(undo)}`);
    try {
        await kc.text(undo, { quiet: true, afterCancel: true, timeoutMs: UNDO_MS });
        return `deployment/${r.name}: undo to revision ${r.revision} issued (its pods were not waited for)`;
    }
    catch (e) {
        return `${half} and the undo failed (${e.message}); to undo: ${kc.display(undo)}`;
    }
}
async function cancelled(s, recs, patched, results) {
    const why = s.ctx.signal.reason?.message ?? 'cancelled';
    const changed = s.manifests ? recs : recs.filter((r) => patched.has(r.name));
    const lines = await Promise.all(changed.map((r) => undoOne(s, r, results)));
    const failure = `${why} mid-rollout: ${lines.length ? lines.join('; ') : 'nothing had been changed yet'}`;
    const rows = recs.map((r) => ({
        name: r.name,
        container: r.container,
        image: s.manifests ? undefined : s.o.image,
        previous: r.revision,
        revision: results.get(r.name)?.revision ?? r.revision,
        result: 'cancelled',
        ready: (0, watch_js_1.ready)(results.get(r.name)),
    }));
    (0, report_js_1.writeSummary)(s.ctx.summary, 'cancelled', rows, [], failure);
    return {
        outputs: (0, outcome_js_1.outputs)({
            result: 'failed',
            revision: (0, outcome_js_1.revisionsOutput)(recs, (r) => results.get(r.name)?.revision ?? r.revision),
            previous: (0, outcome_js_1.revisionsOutput)(recs, (r) => r.revision),
            reason: failure,
        }),
        failure,
    };
}


/***/ }),

/***/ 1246:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.baseSelector = exports.colourLabel = exports.colourOf = exports.note = exports.cancelLine = exports.SCALE_DOWN_AT = exports.PENDING = exports.PREVIOUS = exports.LIVE = void 0;
exports.switchTo = switchTo;
exports.serviceObject = serviceObject;
exports.scale = scale;
// What the blue-green steps share: the state annotations on the live Service, the colour of a
// Deployment, the Service's selector without our colour, the one-patch switch, and scaling.
const progressive_js_1 = __webpack_require__(7568);
const service_js_1 = __webpack_require__(3432);
const start_js_1 = __webpack_require__(9371);
exports.LIVE = 'shipline.dev/live';
exports.PREVIOUS = 'shipline.dev/previous';
exports.PENDING = 'shipline.dev/pending';
/**
 * Set on the switch, while the previous colour is kept up (scale-down-delay): a `reject` then
 * switches back to it. Cleared when the previous colour is scaled down.
 */
exports.SCALE_DOWN_AT = 'shipline.dev/scale-down-at';
const cancelLine = (s) => s.ctx.signal.reason?.message ?? 'cancelled';
exports.cancelLine = cancelLine;
const note = (t, key) => t.service?.metadata.annotations?.[key];
exports.note = note;
const colourOf = (name, base) => name === `${base}-blue` ? 'blue' : name === `${base}-green` ? 'green' : undefined;
exports.colourOf = colourOf;
/** The colour label that selects `name`'s pods (none for the uncoloured original). */
const colourLabel = (name, base) => name === base ? {} : { [service_js_1.COLOUR]: (0, exports.colourOf)(name, base) };
exports.colourLabel = colourLabel;
/** The Service's selector without our colour: what every version's pods carry. */
const baseSelector = (t) => {
    const { [service_js_1.COLOUR]: _c, ...rest } = t.service?.spec.selector ?? t.serviceDoc?.spec?.selector ?? {};
    return rest;
};
exports.baseSelector = baseSelector;
/** Point the live Service at `colour` with the state annotations `notes` (null removes one), in one patch. */
async function switchTo(s, t, colour, notes) {
    const selector = { ...(0, exports.baseSelector)(t), ...colour };
    if (!t.service) {
        const svc = serviceObject(t, t.serviceName, selector);
        svc.metadata.annotations = {
            ...(svc.metadata.annotations ?? {}),
            ...Object.fromEntries(Object.entries(notes).filter(([, v]) => v !== null)),
        };
        const t0 = Date.now();
        await (0, progressive_js_1.applyObjects)(s, t.kc, [svc]);
        t.service = svc;
        return Date.now() - t0;
    }
    const old = t.service.spec.selector ?? {};
    const ms = await (0, service_js_1.switchSelector)(s, t.serviceName, selector, old, notes);
    t.service = {
        ...t.service,
        spec: { ...t.service.spec, selector },
        metadata: { ...t.service.metadata, annotations: merged(t.service.metadata.annotations, notes) },
    };
    s.ctx.logger.info(`service/${t.serviceName} now selects ${(0, service_js_1.selectorText)(selector)}`);
    return ms;
}
const merged = (a, b) => {
    const out = { ...(a ?? {}) };
    for (const [k, v] of Object.entries(b))
        if (v === null)
            delete out[k];
        else
            out[k] = v;
    return out;
};
/** The live Service (`t.serviceName`) or a preview beside it, with the live one's ports. */
function serviceObject(t, name, selector) {
    const src = t.service ?? t.serviceDoc;
    return {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
            name,
            namespace: src.metadata.namespace,
            labels: name === t.serviceName ? (src.metadata.labels ?? {}) : { ...(src.metadata.labels ?? {}), [service_js_1.ROLE]: 'preview' },
            annotations: name === t.serviceName ? (t.serviceDoc?.metadata?.annotations ?? {}) : {},
        },
        spec: {
            selector,
            ports: (src.spec.ports ?? []).map((p) => ({
                name: p.name,
                port: p.port,
                targetPort: p.targetPort,
                protocol: p.protocol ?? 'TCP',
            })),
        },
    };
}
async function scale(s, t, name, replicas) {
    await (0, start_js_1.step)(s, t.kc, ['patch', `deployment/${name}`, '--type=merge', '-p', JSON.stringify({ spec: { replicas } })]);
}


/***/ }),

/***/ 7930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_CLUSTER = void 0;
exports.dryRun = dryRun;
exports.offlineDryRun = offlineDryRun;
// Dry run: print the exact commands a real run makes, and have the API server validate the
// changing ones with --dry-run=server; a cluster that refuses server dry runs (a webhook with
// side effects, an old API server) gets --dry-run=client, unless dry-run is `server`.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const kubectl_js_1 = __webpack_require__(6613);
const REFUSES_DRY_RUN = /dry.?run/i;
function outputs(recs, next) {
    const fmt = (pick) => recs.length === 1 ? String(pick(recs[0]) || '') : recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
    return { result: 'dry-run', revision: fmt(next), 'previous-revision': fmt((r) => r.revision), reason: '' };
}
async function dryRun(kc, o, ctx, recs, manifests) {
    const { logger } = ctx;
    const file = manifests ? (0, node_path_1.join)(ctx.tempDir, `manifests-${(0, node_crypto_1.randomBytes)(6).toString('hex')}.yaml`) : undefined;
    const commands = [];
    if (manifests && file)
        commands.push([...kubectl_js_1.APPLY, '-f', file]);
    else {
        for (const r of recs) {
            if (r.currentImage === o.image)
                continue;
            commands.push(['annotate', `deployment/${r.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
            commands.push(['set', 'image', `deployment/${r.name}`, `${r.container}=${o.image}`]);
        }
    }
    logger.info(`dry run (${o.dryRun.reason}): a real run would make these changes, then watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`);
    for (const c of commands)
        logger.info(`  ${kc.display(c)}`);
    if (o.rollback)
        for (const r of recs.filter((x) => x.exists && x.revision))
            logger.info(`  on failure: ${kc.display(['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`])}`);
    if (!commands.length)
        logger.info('  (nothing: every container already runs the image)');
    if (manifests && file)
        (0, node_fs_1.writeFileSync)(file, manifests.text);
    let mode = 'server';
    try {
        for (const c of commands) {
            try {
                await kc.text([...c, `--dry-run=${mode}`]);
            }
            catch (e) {
                if (!(e instanceof kubectl_js_1.KubectlError))
                    throw e;
                if (mode === 'server' && REFUSES_DRY_RUN.test(e.line) && o.dryRun.mode === 'server-or-client') {
                    logger.warning(`the cluster refused a server-side dry run (${e.line}); validating client-side instead`);
                    mode = 'client';
                    await kc.text([...c, '--dry-run=client']);
                    continue;
                }
                const failure = `dry run: ${kc.display(c)} was rejected: ${e.line}`;
                return { outputs: { ...outputs(recs, (r) => r.revision), result: 'failed', reason: failure }, failure };
            }
        }
    }
    finally {
        if (file)
            (0, node_fs_1.rmSync)(file, { force: true });
    }
    logger.info(`dry run: ${commands.length} command${commands.length === 1 ? '' : 's'} validated with --dry-run=${mode}; nothing was changed`);
    ctx.summary
        .heading('k8s deploy: dry run', 2)
        .paragraph(`Validated with \`--dry-run=${mode}\`; nothing was changed.`)
        .code(commands.map((c) => kc.display(c)).join('\n') || '(no change)', 'sh');
    const changes = (r) => (manifests ? true : r.currentImage !== o.image);
    return { outputs: outputs(recs, (r) => (changes(r) ? r.maxRevision + 1 : r.revision)) };
}
/** Preflight messages that mean "there is no cluster to ask", not "the cluster said no". */
exports.NO_CLUSTER = /no cluster configured|is unreachable|could not talk to the cluster/;
/**
 * A dry run with no reachable cluster (a laptop, the demo, act without a kubeconfig): print
 * the commands a real run would make, say plainly that nothing validated them, and pass. With
 * `dry-run: server` the caller asked for a server's verdict, so that still fails.
 */
function offlineDryRun(kc, o, ctx, manifests, why) {
    const { logger } = ctx;
    const commands = [];
    if (manifests)
        commands.push([...kubectl_js_1.APPLY, '-f', '<the manifests below, images substituted>']);
    else {
        for (const t of o.targets) {
            commands.push(['annotate', `deployment/${t.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
            commands.push(['set', 'image', `deployment/${t.name}`, `${t.container ?? '<its container>'}=${o.image}`]);
        }
    }
    logger.warning(`dry run without a cluster: ${why}; the commands below were NOT validated by a server`);
    const plan = progressivePlan(o);
    if (plan)
        logger.info(`dry run (${o.dryRun.reason}): ${plan}`);
    if (o.action !== 'deploy') {
        ctx.summary.heading('k8s deploy: dry run (no cluster)', 2).paragraph(`No cluster answered (${why}): ${plan}.`);
        return { outputs: { result: 'dry-run', revision: '', 'previous-revision': '', reason: `not validated: ${why}` } };
    }
    logger.info(`dry run (${o.dryRun.reason}): a real run would check access, record each deployment's revision, then make these changes and watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`);
    for (const c of commands)
        logger.info(`  ${kc.display(c)}`);
    const s = ctx.summary
        .heading('k8s deploy: dry run (no cluster)', 2)
        .paragraph(`No cluster answered (${why}), so these commands were printed but **not validated**; nothing was changed.`)
        .code(commands.map((c) => kc.display(c)).join('\n'), 'sh');
    if (manifests) {
        for (const d of manifests.deployments)
            logger.info(`  deployment/${d.name}${d.namespace ? ` in ${d.namespace}` : ''} from the manifests`);
        s.details('Manifests as they would be applied', '```yaml\n' + manifests.text + '\n```');
    }
    return { outputs: { result: 'dry-run', revision: '', 'previous-revision': '', reason: `not validated: ${why}` } };
}
/** What a blue-green or canary run would do, in one line (rolling: undefined, the commands say it). */
function progressivePlan(o) {
    const manual = o.promotion === 'manual';
    if (o.strategy === 'canary')
        return o.action === 'deploy'
            ? `would deploy canary in steps ${o.canarySteps.join(',')}${o.baseline ? ' beside a baseline' : ''}, ${manual ? 'stopping before 100 % until action promote' : 'then roll the main deployment out to it'}`
            : o.action === 'promote'
                ? "would promote canary: the main deployment rolls out the canary's image, canary and baseline are removed"
                : 'would reject canary: canary and baseline are removed, the main deployment is left as it is';
    if (o.strategy === 'blue-green')
        return o.action === 'deploy'
            ? `would deploy blue-green: the new colour beside the live one, behind the preview Service, ${manual ? 'waiting for action promote' : 'then the live Service switched to it'}`
            : o.action === 'promote'
                ? 'would promote blue-green: the live Service switched to the waiting colour'
                : 'would reject blue-green: the waiting colour removed, or (within scale-down-delay) the live Service switched back';
    return undefined;
}


/***/ }),

/***/ 417:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
// The deploy: write the kubeconfig (0600, removed on every exit path), open a session (manifests,
// preflight, namespace), then hand over to the strategy.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const bluegreen_js_1 = __webpack_require__(68);
const canary_js_1 = __webpack_require__(1111);
const kubectl_js_1 = __webpack_require__(6613);
const preflight_js_1 = __webpack_require__(9536);
const github_js_1 = __webpack_require__(6200);
const outcome_js_1 = __webpack_require__(4535);
const rolling_js_1 = __webpack_require__(4626);
const session_js_1 = __webpack_require__(5031);
const STRATEGIES = {
    rolling: rolling_js_1.rolling,
    'blue-green': bluegreen_js_1.blueGreen,
    canary: canary_js_1.canary,
};
function writeKubeconfig(o, ctx) {
    if (!o.kubeconfig)
        return undefined;
    const path = (0, node_path_1.join)(ctx.tempDir, `kubeconfig-${(0, node_crypto_1.randomBytes)(6).toString('hex')}`);
    (0, node_fs_1.writeFileSync)(path, o.kubeconfig, { mode: 0o600 });
    (0, node_fs_1.chmodSync)(path, 0o600);
    return path;
}
async function run(o, ctx) {
    const kubeconfigPath = writeKubeconfig(o, ctx);
    // Removed on every exit path, a cancellation included (the boundary runs cleanups then too).
    if (kubeconfigPath)
        ctx.onCleanup(() => (0, node_fs_1.rmSync)(kubeconfigPath, { force: true }));
    try {
        const kc = new kubectl_js_1.Kubectl(ctx, { kubeconfigPath, context: o.context, namespace: o.namespace });
        const session = await (0, session_js_1.openSession)(kc, o, ctx);
        if (!('kc' in session))
            return session;
        const gh = await (0, github_js_1.startGitHubDeployment)(o, ctx);
        let result;
        try {
            result = await STRATEGIES[o.strategy](session);
            return result;
        }
        finally {
            await (0, github_js_1.finishGitHubDeployment)(o, ctx, gh, !!result && !result.failure);
        }
    }
    catch (e) {
        if (e instanceof preflight_js_1.PreflightError || e instanceof kubectl_js_1.KubectlMissingError)
            return { outputs: (0, outcome_js_1.failedOutputs)(e.message), failure: e.message };
        throw e;
    }
    finally {
        if (kubeconfigPath)
            (0, node_fs_1.rmSync)(kubeconfigPath, { force: true });
    }
}


/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.startGitHubDeployment = startGitHubDeployment;
exports.finishGitHubDeployment = finishGitHubDeployment;
// GitHub Deployments: with a token that may write deployments and an `environment`, the run
// creates a deployment of the commit, posts `in_progress`, then `success` or `failure` with
// environment_url and log_url, and marks the deployment it replaced `inactive` (GitHub does that
// itself only for non-production environments). Without the permission: skipped, one line.
const http_js_1 = __webpack_require__(1983);
const github_rest_js_1 = __webpack_require__(7383);
function api(ctx, token) {
    return {
        async call(method, path, body) {
            const r = await (0, http_js_1.request)({
                url: (0, github_rest_js_1.githubUrl)(ctx.event.apiUrl, path),
                method,
                headers: (0, github_rest_js_1.githubHeaders)(token, 'shipline-k8s-deploy', body !== undefined),
                body: body === undefined ? undefined : JSON.stringify(body),
                label: 'the GitHub API',
            }, { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal });
            let json;
            try {
                json = r.body ? JSON.parse(r.body) : undefined;
            }
            catch {
                json = undefined;
            }
            return { status: r.status, json };
        },
    };
}
/** Create the deployment and post in_progress; undefined (and one line) when it cannot. */
async function startGitHubDeployment(o, ctx) {
    if (!o.environment || !o.githubToken || o.dryRun.mode !== 'none')
        return undefined;
    const e = ctx.event;
    if (!e.owner || !e.repo || !e.sha) {
        ctx.logger.info('GitHub Deployments skipped: no repository or commit in this run (not under GitHub Actions)');
        return undefined;
    }
    const gh = api(ctx, o.githubToken);
    const base = `/repos/${e.owner}/${e.repo}/deployments`;
    let created;
    try {
        created = await gh.call('POST', base, {
            ref: e.sha,
            environment: o.environment,
            auto_merge: false,
            required_contexts: [],
            description: `${o.strategy} deploy by shipline`.slice(0, 140),
            production_environment: /^prod/i.test(o.environment),
        });
    }
    catch (err) {
        ctx.logger.warning(`GitHub Deployments skipped: ${err.message}`);
        return undefined;
    }
    if (created.status === 403 || created.status === 404) {
        ctx.logger.info(`GitHub Deployments skipped: the token may not write deployments (${created.status}); grant permissions: deployments: write to record them`);
        return undefined;
    }
    const id = created.json?.id;
    if (created.status !== 201 || !id) {
        ctx.logger.warning(`GitHub Deployments skipped: creating the deployment answered ${created.status}`);
        return undefined;
    }
    const post = async (state, target = id) => {
        const r = await gh
            .call('POST', `${base}/${target}/statuses`, {
            state,
            log_url: e.runUrl,
            environment_url: o.environmentUrl,
            description: `shipline: ${state.replace('_', ' ')}`,
            auto_inactive: false,
        })
            .catch((err) => ({ status: 0, json: err.message }));
        if (r.status !== 201)
            ctx.logger.warning(`GitHub Deployments: posting ${state} answered ${r.status || r.json}`);
    };
    await post('in_progress');
    ctx.logger.info(`GitHub deployment ${id} for environment ${o.environment}: in_progress`);
    return {
        id,
        async post(state, target) {
            await post(state, target);
        },
    };
}
/** The run's end: success (and the replaced deployment inactive) or failure. */
async function finishGitHubDeployment(o, ctx, dep, ok) {
    if (!dep)
        return;
    await dep.post(ok ? 'success' : 'failure');
    ctx.logger.info(`GitHub deployment ${dep.id}: ${ok ? 'success' : 'failure'}`);
    if (!ok)
        return;
    const e = ctx.event;
    const gh = api(ctx, o.githubToken);
    const list = await gh
        .call('GET', `/repos/${e.owner}/${e.repo}/deployments?environment=${encodeURIComponent(o.environment)}&per_page=10`)
        .catch(() => undefined);
    for (const d of list?.json ?? []) {
        if (d.id === dep.id)
            continue;
        const statuses = await gh
            .call('GET', `/repos/${e.owner}/${e.repo}/deployments/${d.id}/statuses?per_page=1`)
            .catch(() => undefined);
        const latest = statuses?.json?.[0]?.state;
        if (latest !== 'success')
            continue;
        await dep.post('inactive', d.id);
        ctx.logger.info(`GitHub deployment ${d.id} (replaced): inactive`);
        break;
    }
}


/***/ }),

/***/ 6613:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Kubectl = exports.KubectlMissingError = exports.KubectlError = exports.APPLY = void 0;
exports.kubectlErrorLine = kubectlErrorLine;
const exec_js_1 = __webpack_require__(2642);
const errors_js_1 = __webpack_require__(4296);
/** The apply a deploy makes (server-side, shipline's field manager); a dry run prints the same. */
exports.APPLY = ['apply', '--server-side', '--field-manager=shipline', '--force-conflicts', '--validate=false'];
/** kubectl failed: `line` is its own one-line message (e.g. `Error from server (NotFound): …`). */
class KubectlError extends errors_js_1.ExternalError {
    line;
    result;
    name = 'KubectlError';
    constructor(line, result) {
        super(line);
        this.line = line;
        this.result = result;
    }
    get notFound() {
        return /\(NotFound\)|not found/i.test(this.line);
    }
}
exports.KubectlError = KubectlError;
class KubectlMissingError extends errors_js_1.ExternalError {
    name = 'KubectlMissingError';
}
exports.KubectlMissingError = KubectlMissingError;
/** The last meaningful line kubectl printed on stderr (its error), or a fallback. */
function kubectlErrorLine(r) {
    if (r.timedOut)
        return 'kubectl timed out';
    const lines = r.stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^[IW]\d{4} /.test(l) && !l.startsWith('Usage:'));
    const err = lines.filter((l) => /^(error|Error from server)/i.test(l) || /^E\d{4} /.test(l));
    const pick = (err.length ? err[err.length - 1] : lines[lines.length - 1]) ?? r.stdout.trim().split('\n').pop() ?? '';
    // klog prefixes ("E1121 13:07:53.1 123 memcache.go:265] ") carry nothing for the reader.
    return (pick.replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] /, '').replace(/^error: /, '') ||
        `kubectl exited with code ${r.exitCode}`);
}
/** Every kubectl call of the deploy: argv arrays through ctx.exec, never a shell. */
class Kubectl {
    ctx;
    config;
    constructor(ctx, config) {
        this.ctx = ctx;
        this.config = config;
    }
    /** The same kubectl, in another namespace (a manifest's own metadata.namespace). */
    inNamespace(namespace) {
        return namespace && namespace !== this.config.namespace
            ? new Kubectl(this.ctx, { ...this.config, namespace })
            : this;
    }
    /** The global flags every call carries. */
    get globals() {
        const g = [];
        if (this.config.kubeconfigPath)
            g.push('--kubeconfig', this.config.kubeconfigPath);
        if (this.config.context)
            g.push('--context', this.config.context);
        if (this.config.namespace)
            g.push('--namespace', this.config.namespace);
        return g;
    }
    /** How a command reads in the log: the kubeconfig path is a temp file, shown by its role. */
    display(args) {
        const g = this.globals.map((a) => (a === this.config.kubeconfigPath ? '$RUNNER_TEMP/kubeconfig' : a));
        return (0, exec_js_1.formatCommand)(['kubectl', ...g, ...args]);
    }
    async run(args, opts = {}) {
        if (!opts.quiet)
            this.ctx.logger.debug(this.display(args));
        try {
            return await this.ctx.exec('kubectl', [...this.globals, '--request-timeout=30s', ...args], {
                env: this.ctx.env,
                timeoutMs: opts.timeoutMs ?? 60_000,
                signal: opts.signal,
                afterCancel: opts.afterCancel,
                maxOutputBytes: 16 * 1024 * 1024,
            });
        }
        catch (e) {
            if (e instanceof exec_js_1.CommandNotFoundError)
                throw new KubectlMissingError('kubectl is not installed on this runner (not found on PATH); install it first, e.g. with azure/setup-kubectl');
            throw e;
        }
    }
    /** Run and return stdout; a non-zero exit throws KubectlError with kubectl's own message. */
    async text(args, opts = {}) {
        const r = await this.run(args, opts);
        if (r.exitCode !== 0)
            throw new KubectlError(kubectlErrorLine(r), r);
        return r.stdout;
    }
    /**
     * `kubectl proxy` on an ephemeral loopback port, for reaching Services through the API
     * server's service proxy with the run's own credentials; stopped by aborting `signal`.
     */
    async proxy(signal) {
        let found = () => undefined;
        const url = new Promise((resolve) => (found = resolve));
        const running = this.ctx
            .exec('kubectl', [...this.globals, 'proxy', '--port=0', '--address=127.0.0.1'], {
            env: this.ctx.env,
            signal,
            timeoutMs: 30 * 60_000,
            onLine: (line) => {
                const m = /Starting to serve on ([\d.]+:\d+)/.exec(line);
                if (m)
                    found(`http://${m[1]}`);
            },
        })
            .then((r) => {
            if (!signal.aborted)
                throw new KubectlError(kubectlErrorLine(r), r);
            return '';
        });
        const first = await Promise.race([url, running]);
        if (!first)
            throw new Error('kubectl proxy stopped before it served');
        return first;
    }
    async json(args, opts = {}) {
        const out = await this.text([...args, '-o', 'json'], opts);
        try {
            return JSON.parse(out);
        }
        catch {
            throw new Error(`kubectl ${args.join(' ')} printed something that is not JSON: ${out.slice(0, 200)}`);
        }
    }
}
exports.Kubectl = Kubectl;


/***/ }),

/***/ 649:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseLease = parseLease;
exports.takeLeases = takeLeases;
exports.releaseLeases = releaseLeases;
// One rollout of a Deployment at a time (issue 15, item 4): a run takes a lease, an annotation
// `holder until time` written with the resourceVersion it read (so two runs 0.2 s apart cannot
// both win), and releases it on the way out. A lease past its time is a killed run's: taken over.
// Rolling and canary lease the Deployment; blue-green leases the live Service, whose selector
// and annotations are the state its runs share.
const node_crypto_1 = __webpack_require__(7598);
const kubectl_js_1 = __webpack_require__(6613);
const preflight_js_1 = __webpack_require__(9536);
/** `https://…/runs/42 (a1b2c3) until 2026-11-30T00:15:00.000Z` → its holder and expiry. */
function parseLease(value) {
    const m = /^(.*) until (\S+)$/.exec(value ?? '');
    const until = m ? Date.parse(m[2]) : NaN;
    return m && !Number.isNaN(until) ? { holder: m[1], until } : undefined;
}
const CONFLICT = /Conflict|has been modified/i;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
function holderOf(s) {
    return `${s.ctx.event.runUrl ?? 'a local run'} (${(0, node_crypto_1.randomBytes)(3).toString('hex')})`;
}
async function tryTake(kc, ref, value, resourceVersion) {
    try {
        await kc.text(['annotate', ref, `${preflight_js_1.LEASE}=${value}`, '--overwrite', `--resource-version=${resourceVersion}`], {
            quiet: true,
        });
        return true;
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError && CONFLICT.test(e.line))
            return false;
        throw e;
    }
}
async function takeOne(s, target, holder, o) {
    const { ref, kc } = typeof target === 'string' ? { ref: `deployment/${target}`, kc: s.kcOf(target) } : target;
    const started = s.ctx.now();
    for (;;) {
        const d = await kc.json(['get', ref], { quiet: true });
        const held = parseLease(d.metadata.annotations?.[preflight_js_1.LEASE]);
        const now = s.ctx.now();
        const live = !!held && held.until > Date.now() && held.holder !== holder;
        if (live && o.takeOver)
            s.ctx.logger.warning(`${ref}: taking over the lease of ${held.holder} (${o.takeOver})`);
        else if (live) {
            const line = `${ref} is being rolled out by another run: ${held.holder}, lease until ${new Date(held.until).toISOString()}`;
            if (s.o.onConflict === 'fail')
                throw new preflight_js_1.PreflightError(`${line}; let it finish (or set on-conflict: wait, or a workflow concurrency group)`);
            if (now - started > s.o.timeoutMs)
                throw new preflight_js_1.PreflightError(`${line}; still held after ${Math.round(s.o.timeoutMs / 1000)} s`);
            if (s.ctx.signal.aborted)
                throw new preflight_js_1.PreflightError(`${line}; cancelled while waiting for it`);
            s.ctx.logger.info(`${line}; waiting (on-conflict: wait)`);
            await sleep(2000);
            continue;
        }
        else if (held && held.holder !== holder)
            s.ctx.logger.warning(`${ref}: taking over an expired lease of ${held.holder}`);
        const value = `${holder} until ${new Date(Date.now() + s.o.leaseMs).toISOString()}`;
        if (await tryTake(kc, ref, value, d.metadata.resourceVersion ?? ''))
            return { ref, kc, value };
        // Someone wrote between our read and our write: read again and judge what they wrote.
    }
}
/** Take a lease on every existing object the run changes, or throw a PreflightError naming the holder. */
async function takeLeases(s, targets, o = {}) {
    const holder = holderOf(s);
    const taken = [];
    try {
        for (const t of targets)
            taken.push(await takeOne(s, t, holder, o));
    }
    catch (e) {
        await releaseLeases(taken);
        throw e;
    }
    return taken;
}
/** Remove our leases (only where still ours); a failure to do so only costs the lease's expiry. */
async function releaseLeases(leases) {
    await Promise.all(leases.map(async (l) => {
        // Also after a cancellation: a lease left behind would block the next deploy until it expires.
        const opts = { quiet: true, afterCancel: true, timeoutMs: 5000 };
        const d = await l.kc.json(['get', l.ref], opts).catch(() => undefined);
        if (d?.metadata.annotations?.[preflight_js_1.LEASE] !== l.value)
            return;
        await l.kc.run(['annotate', l.ref, `${preflight_js_1.LEASE}-`], opts).catch(() => undefined);
    }));
}


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decorate = decorate;
exports.repositoryOf = repositoryOf;
exports.substituteImages = substituteImages;
exports.prepareManifests = prepareManifests;
// Manifests mode: read the files, substitute images (`repository=reference`), stamp the
// change-cause on Deployments, and write one file for `kubectl apply --server-side`.
const paths_js_1 = __webpack_require__(6107);
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(4296);
/** Add imagePullSecrets to every pod template, and the run's annotations to every object. */
function decorate(docs, extras) {
    for (const doc of docs) {
        if (Object.keys(extras.annotations).length)
            doc.metadata.annotations = { ...(doc.metadata.annotations ?? {}), ...extras.annotations };
        const path = POD_SPEC_PATHS[doc?.kind];
        if (!path || !extras.imagePullSecrets.length)
            continue;
        const spec = path.reduce((n, k) => n?.[k], doc);
        if (!spec)
            continue;
        const have = new Set((spec.imagePullSecrets ?? []).map((s) => s?.name));
        spec.imagePullSecrets = [
            ...(spec.imagePullSecrets ?? []),
            ...extras.imagePullSecrets.filter((n) => !have.has(n)).map((name) => ({ name })),
        ];
    }
}
/** `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
function repositoryOf(image) {
    const noDigest = image.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
const POD_SPEC_PATHS = {
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Pod: ['spec'],
};
/** Replace the images of every container whose repository (or whole reference) is a key. */
function substituteImages(docs, images) {
    const used = new Set();
    let count = 0;
    for (const doc of docs) {
        const path = POD_SPEC_PATHS[doc?.kind];
        if (!path)
            continue;
        const spec = path.reduce((n, k) => n?.[k], doc);
        for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
            if (typeof c?.image !== 'string')
                continue;
            const hit = images.find(([name]) => name === c.image || name === repositoryOf(c.image));
            if (!hit)
                continue;
            used.add(hit[0]);
            if (c.image !== hit[1])
                count++;
            c.image = hit[1];
        }
    }
    return { count, used };
}
async function prepareManifests(patterns, cwd, images, changeCause, extras = { imagePullSecrets: [], annotations: {} }) {
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = (await glob(patterns, { cwd, absolute: true, onlyFiles: true })).sort();
    if (!files.length)
        throw errors_js_1.ConfigError.forInput('manifests', `${patterns.join(', ')} matched no file under ${cwd}`, 'give paths or globs relative to the workspace, e.g. k8s/*.yaml');
    const outside = files.filter((f) => !(0, paths_js_1.isInside)(f, { workspace: cwd }));
    if (outside.length)
        throw errors_js_1.ConfigError.forInput('manifests', `${outside[0]} leads to ${(0, paths_js_1.realish)(outside[0])} through a symlink, outside the workspace (${cwd})`, 'apply only files inside the workspace; remove the symlink');
    const { loadAll, dump } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243));
    const docs = [];
    for (const file of files) {
        const text = await (0, promises_1.readFile)(file, 'utf8');
        try {
            for (const d of loadAll(text)) {
                if (d === null || d === undefined)
                    continue;
                if (d && typeof d === 'object' && d.kind === 'List')
                    docs.push(...(d.items ?? []));
                else
                    docs.push(d);
            }
        }
        catch (e) {
            const err = e;
            const line = err.mark ? err.mark.line + 1 : undefined;
            throw new errors_js_1.ConfigError(`input 'manifests': ${file} is not valid YAML${line ? ` (line ${line})` : ''}: ${err.reason ?? err.message.split('\n')[0]}; fix the YAML there`, { file, line });
        }
    }
    for (const [i, d] of docs.entries()) {
        if (!d || typeof d !== 'object' || !d.kind || !d.apiVersion || !d.metadata?.name)
            throw errors_js_1.ConfigError.forInput('manifests', `document ${i + 1} has no apiVersion, kind or metadata.name`, 'give complete Kubernetes objects');
    }
    const { count, used } = substituteImages(docs, images);
    decorate(docs, extras);
    const deployments = docs
        .filter((d) => d.kind === 'Deployment')
        .map((d) => ({ name: String(d.metadata.name), namespace: d.metadata.namespace }));
    if (!deployments.length && !docs.some((d) => d.kind === 'StatefulSet' || d.kind === 'DaemonSet'))
        throw errors_js_1.ConfigError.forInput('manifests', `${files.length} file${files.length === 1 ? '' : 's'} hold no Deployment, StatefulSet or DaemonSet`, 'include the workloads to roll out (other objects are applied alongside them)');
    for (const d of docs.filter((x) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(x.kind))) {
        d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'kubernetes.io/change-cause': changeCause };
    }
    return {
        text: docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join('---\n'),
        deployments,
        unused: images.map(([k]) => k).filter((k) => !used.has(k)),
        files,
        substitutions: count,
        docs,
        workloads: docs
            .filter((d) => d.kind === 'StatefulSet' || d.kind === 'DaemonSet')
            .map((d) => ({ kind: d.kind, name: String(d.metadata.name), namespace: d.metadata.namespace })),
        unwatched: docs
            .filter((d) => d.kind === 'Job' || d.kind === 'CronJob')
            .map((d) => `${String(d.kind).toLowerCase()}/${d.metadata.name}`),
    };
}


/***/ }),

/***/ 4535:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.failedOutputs = exports.outputs = void 0;
exports.revisionsOutput = revisionsOutput;
/** One revision, or `name=revision` a line when several deployments. */
function revisionsOutput(recs, pick) {
    if (recs.length === 1)
        return String(pick(recs[0]) || '');
    return recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
}
const outputs = (f) => ({
    result: f.result,
    revision: f.revision ?? '',
    'previous-revision': f.previous ?? '',
    ...(f.live !== undefined ? { live: f.live } : {}),
    reason: f.reason ?? '',
});
exports.outputs = outputs;
const failedOutputs = (reason) => (0, exports.outputs)({ result: 'failed', reason });
exports.failedOutputs = failedOutputs;


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PreflightError = exports.LEASE = void 0;
exports.explainConnection = explainConnection;
exports.checkCluster = checkCluster;
exports.recordDeployment = recordDeployment;
const kubectl_js_1 = __webpack_require__(6613);
const status_js_1 = __webpack_require__(8917);
const errors_js_1 = __webpack_require__(4296);
/** `holder until ISO-time`: the run rolling this Deployment out (issue 15: overlapping deploys). */
exports.LEASE = 'shipline.dev/lease';
/** A problem found before anything changed: the step fails with this one line. */
class PreflightError extends errors_js_1.ExternalError {
    name = 'PreflightError';
}
exports.PreflightError = PreflightError;
/** Turn kubectl's failure to reach the cluster into one line saying what to fix. */
function explainConnection(line, usingInput) {
    const where = usingInput ? 'the kubeconfig input' : "the runner's kubeconfig (no kubeconfig input was given)";
    if (/error loading config file|couldn't get version\/kind|yaml:|json parse error/i.test(line))
        return `input 'kubeconfig': kubectl could not read it (${line.replace(/^error: /, '').replace(/"[^"]*kubeconfig[^"]*"/, 'the file')}); pass the whole kubeconfig file content, e.g. \${{ secrets.KUBECONFIG }}`;
    if (/context "[^"]*" does not exist|context was not found/i.test(line))
        return `input 'context': ${line}; use a context defined in ${where}`;
    if (/localhost:8080/.test(line) && !usingInput)
        return `no cluster configured: ${line}; set the kubeconfig input (or a current context on the runner)`;
    if (/must be logged in|Unauthorized/i.test(line))
        return `the cluster rejected the credentials in ${where} (Unauthorized); refresh its token or certificate`;
    if (/forbidden/i.test(line))
        return `the cluster refused the request: ${line}; grant the deploy user access`;
    if (/refused|no such host|i\/o timeout|dial tcp|unreachable|timed out|TLS|x509|certificate/i.test(line))
        return `the cluster in ${where} is unreachable: ${line}`;
    return `kubectl could not talk to the cluster: ${line}`;
}
/** kubectl's client version, and the server's, proving the cluster answers. */
async function checkCluster(kc, o) {
    const client = await kc.run(['version', '--client', '-o', 'json']);
    if (client.exitCode !== 0)
        throw new PreflightError(`kubectl does not run: ${client.stderr.trim().split('\n').pop()}`);
    const clientVersion = JSON.parse(client.stdout).clientVersion?.gitVersion ?? 'unknown';
    const both = await kc.run(['version', '-o', 'json'], { timeoutMs: 45_000 });
    const serverVersion = both.exitCode === 0
        ? (JSON.parse(both.stdout).serverVersion?.gitVersion ??
            'unknown')
        : undefined;
    if (!serverVersion)
        throw new PreflightError(explainConnection(both.stderr.trim().split('\n').filter(Boolean).pop() ?? `kubectl exited with code ${both.exitCode}`, o.usingInput));
    // /version is often public: the permission checks below are what prove the credentials work.
    const answers = await Promise.all(o.permissions.map(async ([verb, resource]) => {
        const r = await kc.run(['auth', 'can-i', verb, resource]);
        return { verb, resource, r };
    }));
    for (const { verb, resource, r } of answers) {
        const said = r.stdout.trim();
        if (r.exitCode === 0 && said === 'yes')
            continue;
        if (/^no\b/.test(said)) {
            const ns = kc.globals.includes('--namespace')
                ? ` in namespace ${kc.globals[kc.globals.indexOf('--namespace') + 1]}`
                : '';
            throw new PreflightError(`not allowed to ${verb} ${resource}${ns} (kubectl auth can-i ${verb} ${resource} said no); grant it in the deploy user's Role`);
        }
        throw new PreflightError(explainConnection(r.stderr.trim().split('\n').filter(Boolean).pop() ?? `kubectl auth can-i exited with code ${r.exitCode}`, o.usingInput));
    }
    return { client: clientVersion, server: serverVersion };
}
/** Read one deployment and its ReplicaSets; `mustExist` false lets manifests create it. */
async function recordDeployment(kc, name, container, mustExist, requireContainer, namespaceHint) {
    let d;
    try {
        d = await kc.json(['get', 'deployment', name]);
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError && e.notFound) {
            if (!mustExist)
                return {
                    name,
                    container,
                    namespace: namespaceHint,
                    exists: false,
                    revision: 0,
                    maxRevision: 0,
                    selector: '',
                    replicas: 0,
                };
            throw new PreflightError(`deployment/${name} not found in namespace ${namespaceHint}; check the name in input 'deployments' and the namespace (kubectl get deployments -n ${namespaceHint})`);
        }
        throw new PreflightError(`could not read deployment/${name}: ${e.message}`);
    }
    const namespace = d.metadata.namespace ?? namespaceHint;
    const containers = (d.spec.template.spec?.containers ?? []).map((c) => c.name);
    let target = container;
    if (requireContainer) {
        if (target && !containers.includes(target))
            throw new PreflightError(`container '${target}' not found in deployment/${name}; it has: ${containers.join(', ')}`);
        if (!target) {
            if (containers.length !== 1)
                throw new PreflightError(`deployment/${name} has ${containers.length} containers (${containers.join(', ')}); name the one to update in input 'deployments', e.g. ${name}/${containers[0]}`);
            target = containers[0];
        }
    }
    if (d.spec.paused)
        throw new PreflightError(`deployment/${name} is paused, so a rollout would never progress; resume it (kubectl rollout resume deployment/${name}) first`);
    const selector = (0, status_js_1.selectorOf)(d);
    if (!selector)
        throw new PreflightError(`deployment/${name} has an empty selector; it cannot be watched`);
    const rs = await kc.json(['get', 'replicasets', '-l', selector]);
    const owned = rs.items.filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
    return {
        name,
        container: target,
        namespace,
        exists: true,
        uid: d.metadata.uid,
        revision: (0, status_js_1.revisionOf)(d),
        maxRevision: Math.max((0, status_js_1.revisionOf)(d), ...owned.map(status_js_1.revisionOf)),
        currentImage: d.spec.template.spec?.containers?.find((c) => c.name === target)?.image,
        selector,
        replicas: d.spec.replicas ?? 1,
        staleDeadline: (0, status_js_1.deadlineExceeded)(d)?.lastUpdateTime,
        resourceVersion: d.metadata.resourceVersion,
        lease: d.metadata.annotations?.[exports.LEASE],
    };
}


/***/ }),

/***/ 7568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.share = exports.selectorOfLabels = void 0;
exports.derive = derive;
exports.applyObjects = applyObjects;
exports.remove = remove;
exports.sameTemplate = sameTemplate;
exports.watchDeployment = watchDeployment;
exports.hold = hold;
// What blue-green and canary share: derive a Deployment from another (name, extra labels on
// selector and template, image, replicas), apply and delete objects, watch a rollout with
// pod-level fail-fast, and hold a watch on running pods for a while.
const js_yaml_1 = __webpack_require__(2103);
const start_js_1 = __webpack_require__(9371);
const status_js_1 = __webpack_require__(8917);
const watch_js_1 = __webpack_require__(4808);
const session_js_1 = __webpack_require__(5031);
const clone = (x) => JSON.parse(JSON.stringify(x));
/** A new Deployment from `source`'s spec: labels added to selector and template, images set. */
function derive(s, source, d) {
    const spec = clone(source.spec);
    spec.replicas = d.replicas;
    spec.selector = { ...(spec.selector ?? {}), matchLabels: { ...(spec.selector?.matchLabels ?? {}), ...d.labels } };
    spec.template.metadata = {
        ...(spec.template.metadata ?? {}),
        labels: { ...(spec.template.metadata?.labels ?? {}), ...d.labels },
    };
    delete spec.template.metadata.labels['pod-template-hash'];
    delete spec.paused;
    const pod = spec.template.spec ?? {};
    for (const c of pod.containers ?? []) {
        const image = d.images instanceof Map ? d.images.get(c.name) : undefined;
        if (image)
            c.image = image;
    }
    if (s.o.imagePullSecrets.length) {
        const have = new Set((pod.imagePullSecrets ?? []).map((x) => x.name));
        pod.imagePullSecrets = [
            ...(pod.imagePullSecrets ?? []),
            ...s.o.imagePullSecrets.filter((n) => !have.has(n)).map((name) => ({ name })),
        ];
    }
    return {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
            name: d.name,
            namespace: source.metadata.namespace ?? s.ns,
            labels: { ...(source.metadata.labels ?? {}), ...d.labels },
            annotations: {
                'kubernetes.io/change-cause': s.o.changeCause,
                ...(s.o.annotate ? (0, session_js_1.runAnnotations)(s.ctx) : {}),
                ...(d.annotations ?? {}),
            },
        },
        spec,
    };
}
/** Server-side apply of objects. */
async function applyObjects(s, kc, objs) {
    await (0, start_js_1.applyText)(s, kc, objs.map((o) => (0, js_yaml_1.dump)(o, { lineWidth: -1, noRefs: true })).join('---\n'));
}
/** Delete objects that may be gone already. */
async function remove(s, kc, refs) {
    if (!refs.length)
        return;
    const args = ['delete', ...refs, '--ignore-not-found', '--wait=false'];
    s.ctx.logger.info(`$ ${kc.display(args)}`);
    // Also after a cancellation: removing what this run started is how it undoes it.
    await kc.text(args, { quiet: true, afterCancel: true, timeoutMs: 5000 });
}
const selectorOfLabels = (labels) => Object.entries(labels)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
exports.selectorOfLabels = selectorOfLabels;
/**
 * A Deployment this run applied is still its own: every container runs the image it set.
 * Another run (or a plain kubectl) that changed it is not this run's rollout to report or undo.
 */
function sameTemplate(want) {
    const images = new Map((want.spec.template.spec?.containers ?? []).map((c) => [c.name, c.image]));
    return (d) => {
        for (const c of d.spec.template.spec?.containers ?? []) {
            const image = images.get(c.name);
            if (image && c.image !== image)
                return `its pod template was changed by another run while this run watched it (container ${c.name} now runs ${c.image}, not ${image})`;
        }
        return undefined;
    };
}
/** Watch one Deployment's rollout with pod-level fail-fast (and, given what was applied, the template check). */
function watchDeployment(s, kc, name, labels, label, applied) {
    return (0, watch_js_1.watchRollout)(kc, name, {
        replacedBy: applied ? sameTemplate(applied) : undefined,
        selector: (0, exports.selectorOfLabels)(labels),
        timeoutMs: s.o.timeoutMs,
        graceMs: s.o.unschedulableGraceMs,
        pollMs: watch_js_1.POLL_MS,
        signal: s.ctx.signal,
        logger: s.ctx.logger,
        now: s.ctx.now,
        label,
    });
}
/**
 * Keep watching a rolled-out Deployment's pods for `ms` (a canary pause, the blue-green
 * scale-down delay): the first definitive problem ends it early, and so does `stop` (asked
 * once per poll) answering true: the caller then looks for itself what changed.
 */
async function hold(s, kc, name, labels, ms, stop) {
    const end = s.ctx.now() + ms;
    const unschedulable = new Map();
    while (s.ctx.now() < end && !s.ctx.signal.aborted) {
        if (stop && (await stop().catch(() => false)))
            return undefined;
        const [d, pods] = await Promise.all([
            kc.json(['get', 'deployment', name], { quiet: true }),
            kc.json(['get', 'pods', '-l', (0, exports.selectorOfLabels)(labels)], { quiet: true }),
        ]).catch(() => [undefined, { items: [] }]);
        // The labels (colour, track) are this Deployment's own: its pods are the ones they select.
        const now = s.ctx.now();
        if (!d)
            continue;
        for (const p of pods.items) {
            if ((0, status_js_1.isUnschedulable)(p))
                unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
            const problem = (0, status_js_1.podProblem)(p, now, unschedulable.get(p.metadata.name), s.o.unschedulableGraceMs);
            if (problem)
                return problem;
        }
        await new Promise((r) => setTimeout(r, Math.min(watch_js_1.POLL_MS, Math.max(0, end - s.ctx.now()))));
    }
    return undefined;
}
/** `10/30 pods (33 %)`: the share of pods running the new version, which is its share of traffic. */
const share = (n, total) => `${n}/${total} pods (${total ? Math.round((100 * n) / total) : 0} %)`;
exports.share = share;


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diagnose = diagnose;
exports.writeSummary = writeSummary;
const status_js_1 = __webpack_require__(8917);
const PULL = /Pull|InvalidImageName|ContainerConfig/;
/** Gather events and logs of the failing pod (before a rollback deletes it). */
async function diagnose(kc, w) {
    const diag = { name: w.name, reason: w.reason ?? w.outcome, pods: w.pods, events: [] };
    const pod = w.problem?.pod ?? w.pods.find((p) => (0, status_js_1.podState)(p) !== 'Ready')?.metadata.name;
    if (!pod)
        return diag;
    const container = w.problem?.container ?? w.pods.find((p) => p.metadata.name === pod)?.spec?.containers?.[0]?.name;
    const wantLogs = !!container && !PULL.test(w.problem?.reason ?? 'Pull');
    const previous = (w.problem?.restarts ?? 0) > 0;
    const [events, logs] = await Promise.allSettled([
        kc.json(['get', 'events', '--field-selector', `involvedObject.name=${pod}`]),
        wantLogs
            ? kc.text(['logs', pod, '-c', container, ...(previous ? ['--previous'] : []), '--tail=30'])
            : Promise.resolve(undefined),
    ]);
    if (events.status === 'fulfilled') {
        const when = (e) => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
        diag.events = [...events.value.items]
            .sort((a, b) => when(a).localeCompare(when(b)))
            .slice(-12)
            .map((e) => `${(e.type ?? '').padEnd(7)} ${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`);
    }
    else
        diag.note = `events could not be read: ${events.reason.message}`;
    if (logs.status === 'fulfilled' && logs.value !== undefined)
        diag.logs = { pod, container: container, previous, text: logs.value.trimEnd() };
    else if (logs.status === 'rejected')
        diag.note = `${diag.note ? `${diag.note}; ` : ''}logs could not be read: ${logs.reason.message}`;
    return diag;
}
function writeSummary(summary, title, rows, diagnoses, failure) {
    summary.heading(`k8s deploy: ${title}`, 2);
    if (failure)
        summary.paragraph(`**${failure}**`);
    summary.table(['workload', 'container', 'image', 'previous revision', 'revision', 'result', 'ready'], rows.map((r) => [
        `${r.kind ?? 'deployment'}/${r.name}`,
        r.container ?? '',
        r.image ?? '',
        r.previous || '—',
        r.revision || '—',
        r.result,
        r.ready,
    ]));
    for (const d of diagnoses) {
        summary.heading(`Why deployment/${d.name} failed`, 3);
        summary.paragraph(d.reason);
        if (d.pods.length) {
            summary.table(['pod', 'state', 'restarts', 'message'], d.pods.map((p) => {
                const cs = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
                const msg = cs.map((c) => c.state?.waiting?.message ?? c.lastState?.terminated?.reason).find(Boolean) ??
                    (p.status?.conditions ?? []).find((c) => c.status === 'False' && c.message)?.message ??
                    '';
                return [p.metadata.name, (0, status_js_1.podState)(p), cs.reduce((n, c) => n + (c.restartCount ?? 0), 0), msg];
            }));
        }
        if (d.events.length)
            summary.details(`Recent events (${d.events.length})`, '```\n' + d.events.join('\n') + '\n```');
        if (d.logs)
            summary.details(`${d.logs.previous ? 'Previous' : 'Current'} logs of container ${d.logs.container} in ${d.logs.pod}`, '```\n' + (d.logs.text || '(empty)') + '\n```');
        if (d.note)
            summary.paragraph(`_${d.note}_`);
    }
}


/***/ }),

/***/ 4283:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.changedBy = changedBy;
exports.rollBackAll = rollBackAll;
const status_js_1 = __webpack_require__(8917);
const watch_js_1 = __webpack_require__(4808);
/**
 * What this run changed: what it patched, or (manifests) a deployment whose revision moved or
 * that now exists. A deployment another run took over is that run's, not ours to undo.
 */
async function changedBy(s, recs, results, patched) {
    const mine = recs.filter((r) => results.get(r.name)?.outcome !== 'replaced');
    if (!s.manifests)
        return mine.filter((r) => patched.has(r.name));
    const now = await Promise.all(mine.map(async (r) => {
        const w = results.get(r.name);
        if (w?.deployment)
            return w.revision;
        const d = await s
            .kcOf(r.name)
            .json(['get', 'deployment', r.name])
            .catch(() => undefined);
        return d ? (0, status_js_1.revisionOf)(d) : undefined;
    }));
    return mine.filter((r, i) => now[i] !== undefined && (!r.exists || now[i] !== r.revision));
}
async function rollBackAll(s, changed, failed, results) {
    const after = new Map();
    if (!changed.length) {
        const replaced = failed.some((r) => results.get(r.name)?.outcome === 'replaced');
        return {
            state: replaced ? 'left to the rollout that replaced it' : 'nothing was changed, so nothing was rolled back',
            result: 'failed',
            after,
        };
    }
    if (!s.o.rollback)
        return {
            state: `left as is (rollback is false): ${changed.map((r) => `deployment/${r.name} ${(0, watch_js_1.ready)(results.get(r.name)) || '?'} available`).join(', ')}`,
            result: 'failed',
            after,
        };
    const outcomes = await Promise.all(changed.map((r) => rollBack(s, s.kcOf(r.name), r, after)));
    const bad = outcomes.filter((x) => !x.ok);
    const single = changed.length === 1 && failed.length === 1 && changed[0].name === failed[0].name;
    let state;
    if (bad.length)
        state = outcomes.map((x) => x.text).join(', ');
    else if (single)
        state = `rolled back to revision ${changed[0].revision}, ${outcomes[0].ready} ready`;
    else
        state = `rolled back ${outcomes.map((x, i) => `deployment/${changed[i].name} to revision ${changed[i].revision} (${x.ready} ready)`).join(', ')}`;
    return { state, result: bad.length ? 'failed' : 'rolled-back', after };
}
async function rollBack(s, kc, r, after) {
    if (!r.exists || !r.revision)
        return { ok: false, text: `nothing to roll back deployment/${r.name} to: it did not exist before this run` };
    const args = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
    s.ctx.logger.info(`$ ${kc.display(args)}`);
    try {
        await kc.text(args, { quiet: true });
    }
    catch (e) {
        return {
            ok: false,
            text: `rollback of deployment/${r.name} to revision ${r.revision} failed: ${e.message}`,
        };
    }
    const w = await (0, watch_js_1.watchRollout)(kc, r.name, {
        selector: r.selector,
        timeoutMs: s.o.timeoutMs,
        graceMs: s.o.unschedulableGraceMs,
        pollMs: watch_js_1.POLL_MS,
        signal: new AbortController().signal,
        logger: s.ctx.logger,
        now: s.ctx.now,
        ignoreDeadline: true,
        label: 'rollback',
    });
    after.set(r.name, w);
    if (w.outcome === 'complete')
        return { ok: true, text: `deployment/${r.name} rolled back to revision ${r.revision}`, ready: (0, watch_js_1.ready)(w) };
    return {
        ok: false,
        text: `deployment/${r.name} was rolled back to revision ${r.revision} but is not healthy: ${w.reason}`,
    };
}


/***/ }),

/***/ 4626:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.recordAll = recordAll;
exports.rolling = rolling;
const dry_js_1 = __webpack_require__(7930);
const lease_js_1 = __webpack_require__(649);
const outcome_js_1 = __webpack_require__(4535);
const preflight_js_1 = __webpack_require__(9536);
const report_js_1 = __webpack_require__(5505);
const cancel_js_1 = __webpack_require__(5257);
const rollback_js_1 = __webpack_require__(4283);
const start_js_1 = __webpack_require__(9371);
const service_js_1 = __webpack_require__(3432);
const verify_js_1 = __webpack_require__(2538);
const workload_js_1 = __webpack_require__(5518);
const watch_js_1 = __webpack_require__(4808);
/** The deployments this run rolls out, as they are before it. */
async function recordAll(s) {
    const setImage = !s.manifests;
    const wanted = s.manifests
        ? s.manifests.deployments.map((d) => ({ name: d.name, container: undefined, namespace: d.namespace }))
        : s.o.targets.map((t) => ({ ...t, namespace: undefined }));
    const recs = await Promise.all(wanted.map((t) => (0, preflight_js_1.recordDeployment)(s.kcOf(t.name), t.name, t.container, setImage, setImage, t.namespace ?? s.ns)));
    for (const r of recs)
        s.ctx.logger.info(r.exists
            ? `deployment/${r.name}: revision ${r.revision}${r.container ? `, container ${r.container} runs ${r.currentImage}` : ''}`
            : `deployment/${r.name}: does not exist yet (the manifests create it)`);
    return recs;
}
async function rolling(s) {
    const recs = await recordAll(s);
    const workloads = await (0, workload_js_1.recordWorkloads)(s);
    if (s.o.dryRun.mode !== 'none')
        return (0, dry_js_1.dryRun)(s.kc, s.o, s.ctx, recs, s.manifests);
    // Only what this run will change: a deployment already running the image is not touched.
    const changing = recs.filter((r) => r.exists && (s.manifests || r.currentImage !== s.o.image));
    const leases = s.leased
        ? []
        : await (0, lease_js_1.takeLeases)(s, changing.map((r) => r.name));
    try {
        return await rollOut(s, recs, workloads);
    }
    finally {
        await (0, lease_js_1.releaseLeases)(leases);
    }
}
async function rollOut(s, recs, workloads) {
    const started = await (0, start_js_1.start)(s, recs);
    if (s.ctx.signal.aborted)
        return (0, cancel_js_1.cancelled)(s, recs, started.patched, new Map());
    const [results, wres] = started.failure
        ? [new Map(), []]
        : await Promise.all([watchAll(s, recs), watchWorkloads(s, workloads)]);
    if (s.ctx.signal.aborted)
        return (0, cancel_js_1.cancelled)(s, recs, started.patched, results);
    const failed = recs.filter((r) => isFailure(results.get(r.name)));
    const wfailed = wres.filter((w) => w.outcome === 'failed' || w.outcome === 'timeout');
    let failure = started.failure ??
        ([failureLine(failed, results), ...wfailed.map((w) => `${(0, workload_js_1.workloadRef)(w.rec)}: ${w.reason}`)]
            .filter(Boolean)
            .join('; ') ||
            undefined);
    let verification;
    if (!failure && s.o.verify) {
        const service = s.o.verify.url.startsWith('/') ? await (0, service_js_1.liveServiceFor)(s, recs[0].name) : undefined;
        verification = await (0, verify_js_1.verify)(s, service, 'the live Service');
        if (!verification.ok)
            failure = `verification failed: ${verification.reason}`;
    }
    const rows = [...rowsOf(s, recs, results), ...wres.map(workloadRow)];
    if (!failure) {
        (0, report_js_1.writeSummary)(s.ctx.summary, 'deployed', rows, []);
        if (verification)
            (0, verify_js_1.writeVerification)(s.ctx.summary, verification);
        const revs = recs.map((r) => ({ ...r, revision: results.get(r.name)?.revision ?? r.revision }));
        return {
            outputs: (0, outcome_js_1.outputs)({
                result: 'deployed',
                revision: (0, outcome_js_1.revisionsOutput)(revs, (r) => r.revision),
                previous: (0, outcome_js_1.revisionsOutput)(recs, (r) => r.revision),
            }),
        };
    }
    return recover(s, { recs, results, failed, patched: started.patched, failure, rows, verification, workloads });
}
async function watchWorkloads(s, recs) {
    const abort = new AbortController();
    return Promise.all(recs.map(async (r) => {
        const w = await (0, workload_js_1.watchWorkload)(s, r, abort.signal);
        if (w.outcome === 'not-watched')
            s.ctx.logger.info(`${(0, workload_js_1.workloadRef)(r)}: ${w.reason}`);
        if ((w.outcome === 'failed' || w.outcome === 'timeout') && s.o.failFast)
            abort.abort();
        return w;
    }));
}
/** Undo the StatefulSets and DaemonSets whose spec this run changed (their generation moved). */
async function undoWorkloads(s, recs) {
    const moved = await Promise.all(recs.map(async (r) => {
        const o = await r.kc
            .json(['get', r.kind.toLowerCase(), r.name], { quiet: true })
            .catch(() => undefined);
        return !!o && (o.metadata.generation ?? 0) > r.generation;
    }));
    return Promise.all(recs.filter((_, i) => moved[i]).map((r) => (0, workload_js_1.undoWorkload)(s, r)));
}
const workloadRow = (w) => ({
    kind: w.rec.kind.toLowerCase(),
    name: w.rec.name,
    previous: 0,
    revision: 0,
    result: w.outcome,
    ready: w.progress,
});
const isFailure = (w) => !!w && w.outcome !== 'complete' && w.outcome !== 'aborted';
const failureLine = (failed, results) => failed.length ? failed.map((r) => `deployment/${r.name}: ${results.get(r.name).reason}`).join('; ') : undefined;
/** Watch every rollout in parallel; with fail-fast, the first failure stops the others. */
async function watchAll(s, recs) {
    const results = new Map();
    const abort = new AbortController();
    const stop = AbortSignal.any([abort.signal, s.ctx.signal]);
    await Promise.all(recs.map(async (r) => {
        const kc = s.kcOf(r.name);
        const selector = r.selector || (await selectorNow(s, r.name));
        const w = await (0, watch_js_1.watchRollout)(kc, r.name, {
            selector,
            timeoutMs: s.o.timeoutMs,
            graceMs: s.o.unschedulableGraceMs,
            pollMs: watch_js_1.POLL_MS,
            signal: stop,
            logger: s.ctx.logger,
            now: s.ctx.now,
            staleDeadline: r.staleDeadline,
            replacedBy: (0, start_js_1.templateCheck)(s, r),
        });
        results.set(r.name, w);
        if (!isFailure(w))
            return;
        s.ctx.logger.info(`✗ deployment/${r.name}: ${w.reason}`);
        if (s.o.failFast && !abort.signal.aborted) {
            if (recs.length > 1)
                s.ctx.logger.info('fail-fast: stopping the other rollouts');
            abort.abort();
        }
    }));
    return results;
}
async function selectorNow(s, name) {
    const d = await s.kcOf(name).json(['get', 'deployment', name]);
    return Object.entries(d.spec.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
}
function rowsOf(s, recs, results) {
    return recs.map((r) => {
        const w = results.get(r.name);
        return {
            name: r.name,
            container: r.container,
            image: s.manifests ? undefined : s.o.image,
            previous: r.revision,
            revision: w?.revision ?? r.revision,
            result: w?.outcome ?? 'not started',
            ready: (0, watch_js_1.ready)(w),
        };
    });
}
/** Diagnose first (a rollback deletes the failing pods), then undo what this run changed. */
async function recover(s, f) {
    const diagnoses = await Promise.all(f.failed
        .filter((r) => f.results.get(r.name).outcome !== 'replaced')
        .map((r) => (0, report_js_1.diagnose)(s.kcOf(r.name), f.results.get(r.name))));
    const changed = await (0, rollback_js_1.changedBy)(s, f.recs, f.results, f.patched);
    // What failed: the watched deployments, or (a failed verification) everything it checked.
    const subjects = f.failed.length || !f.verification || f.verification.ok ? f.failed : changed;
    const undo = await (0, rollback_js_1.rollBackAll)(s, changed, subjects, f.results);
    const wundo = s.o.rollback ? await undoWorkloads(s, f.workloads) : [];
    const failure = [f.failure, changed.length || !wundo.length ? undo.state : '', ...wundo.map((w) => w.text)]
        .filter(Boolean)
        .join('; ');
    if (wundo.some((w) => !w.ok))
        undo.result = 'failed';
    else if (wundo.length && !changed.length)
        undo.result = 'rolled-back';
    for (const row of f.rows) {
        const a = undo.after.get(row.name);
        if (!a)
            continue;
        row.result = `${row.result}, rolled back`;
        row.revision = a.revision;
        row.ready = (0, watch_js_1.ready)(a);
    }
    (0, report_js_1.writeSummary)(s.ctx.summary, undo.result === 'rolled-back' ? 'rolled back' : 'failed', f.rows, diagnoses, failure);
    if (f.verification)
        (0, verify_js_1.writeVerification)(s.ctx.summary, f.verification);
    const current = f.recs.map((r) => ({
        ...r,
        revision: undo.after.get(r.name)?.revision ?? f.results.get(r.name)?.revision ?? r.revision,
    }));
    return {
        outputs: (0, outcome_js_1.outputs)({
            result: undo.result,
            revision: (0, outcome_js_1.revisionsOutput)(current, (r) => r.revision),
            previous: (0, outcome_js_1.revisionsOutput)(f.recs, (r) => r.revision),
            reason: failure,
        }),
        failure,
    };
}


/***/ }),

/***/ 3432:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ROLE = exports.TRACK = exports.COLOUR = exports.templateLabels = exports.selectorText = exports.selects = void 0;
exports.findService = findService;
exports.liveServiceFor = liveServiceFor;
exports.switchSelector = switchSelector;
// Services: find the live one of a Deployment, check that it fronts it, and switch its selector.
const preflight_js_1 = __webpack_require__(9536);
/** Every label of the selector is on the pod (an empty selector selects nothing here). */
const selects = (selector, labels) => !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
exports.selects = selects;
const selectorText = (sel) => Object.entries(sel ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
exports.selectorText = selectorText;
const templateLabels = (d) => d.spec.template.metadata?.labels ?? {};
exports.templateLabels = templateLabels;
/**
 * The live Service of a Deployment: input 'service' (which must select its pods), or the one
 * Service of the namespace whose selector matches its pod template.
 */
async function findService(s, d) {
    const kc = s.kcOf(d.metadata.name);
    const labels = (0, exports.templateLabels)(d);
    if (s.o.service) {
        const svc = await kc.json(['get', 'service', s.o.service]).catch(() => undefined);
        if (!svc)
            throw new preflight_js_1.PreflightError(`input 'service': service/${s.o.service} not found in namespace ${s.ns}; name the Service that fronts deployment/${d.metadata.name}`);
        if (!(0, exports.selects)(svc.spec.selector, labels))
            throw new preflight_js_1.PreflightError(`input 'service': service/${s.o.service} selects no pods of deployment/${d.metadata.name} (selector ${(0, exports.selectorText)(svc.spec.selector) || 'empty'}, pod labels ${(0, exports.selectorText)(labels)}); fix its selector or name the right Service`);
        return svc;
    }
    const list = await kc.json(['get', 'services']);
    const hits = list.items.filter((x) => (0, exports.selects)(withoutOurs(x.spec.selector), labels) && x.metadata.labels?.[exports.ROLE] !== 'preview');
    if (hits.length === 1)
        return hits[0];
    throw new preflight_js_1.PreflightError(hits.length
        ? `input 'service': ${hits.length} Services select deployment/${d.metadata.name} (${hits.map((h) => h.metadata.name).join(', ')}); name the live one`
        : `input 'service': no Service in namespace ${s.ns} selects deployment/${d.metadata.name} (pod labels ${(0, exports.selectorText)(labels)}); create one, or name it`);
}
/** The live Service's name for verification through the cluster (rolling). */
async function liveServiceFor(s, name) {
    if (s.o.service)
        return s.o.service;
    const d = await s.kcOf(name).json(['get', 'deployment', name]);
    return (await findService(s, d)).metadata.name;
}
/** The labels shipline adds (colour, track) are not part of what a Service must match on the original. */
exports.COLOUR = 'shipline.dev/colour';
exports.TRACK = 'shipline.dev/track';
/** On the preview Services shipline makes: never taken for the live one. */
exports.ROLE = 'shipline.dev/role';
function withoutOurs(sel) {
    if (!sel)
        return sel;
    const { [exports.COLOUR]: _c, [exports.TRACK]: _t, ...rest } = sel;
    return rest;
}
/** Point a Service at pods with these labels, in one merge patch (every label of the selector at once). */
async function switchSelector(s, service, selector, old, annotations = {}) {
    const patch = { ...selector };
    for (const k of Object.keys(old))
        if (!(k in selector))
            patch[k] = null;
    const body = { metadata: { annotations }, spec: { selector: patch } };
    const args = ['patch', `service/${service}`, '--type=merge', '-p', JSON.stringify(body)];
    s.ctx.logger.info(`$ ${s.kc.display(args)}`);
    const t0 = Date.now();
    await s.kc.text(args, { quiet: true });
    return Date.now() - t0;
}


/***/ }),

/***/ 5031:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runAnnotations = runAnnotations;
exports.openSession = openSession;
const dry_js_1 = __webpack_require__(7930);
const manifests_js_1 = __webpack_require__(1817);
const preflight_js_1 = __webpack_require__(9536);
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
async function readManifests(o, ctx) {
    if (!o.manifests.length)
        return undefined;
    const m = await (0, manifests_js_1.prepareManifests)(o.manifests, ctx.cwd, o.images, o.changeCause, {
        imagePullSecrets: o.imagePullSecrets,
        annotations: o.annotate ? runAnnotations(ctx) : {},
    });
    ctx.logger.info(`manifests: ${plural(m.files.length, 'file')}, ${plural(m.deployments.length, 'deployment')}, ${plural(m.substitutions, 'image substitution')}`);
    for (const u of m.unused)
        ctx.logger.warning(`input 'images': ${u} matches no container image in the manifests`);
    for (const w of m.unwatched)
        ctx.logger.info(`${w}: applied, not watched (Jobs and CronJobs run on their own schedule)`);
    return m;
}
/** The annotations `annotate` writes on every object: where it came from. */
function runAnnotations(ctx) {
    const e = ctx.event;
    const out = {};
    if (e.runUrl)
        out['shipline.dev/run-url'] = e.runUrl;
    if (e.sha)
        out['shipline.dev/commit'] = e.sha;
    if (e.actor)
        out['shipline.dev/actor'] = e.actor;
    return out;
}
function permissionsFor(o, manifests) {
    const p = [
        ['patch', 'deployments.apps'],
        ['list', 'replicasets.apps'],
        ['list', 'pods'],
    ];
    if (manifests || o.strategy !== 'rolling')
        p.push(['create', 'deployments.apps']);
    if (o.strategy !== 'rolling')
        p.push(['patch', 'services'], ['delete', 'deployments.apps']);
    if (o.verify?.url.startsWith('/'))
        p.push(['get', 'services/proxy']);
    return p;
}
/** Open the session, or (no cluster under a dry run) the offline dry run's result. */
async function openSession(kc, o, ctx) {
    const manifests = await readManifests(o, ctx);
    let versions;
    try {
        versions = await (0, preflight_js_1.checkCluster)(kc, {
            usingInput: !!o.kubeconfig,
            permissions: permissionsFor(o, !!manifests),
            logger: ctx.logger,
        });
    }
    catch (e) {
        if (e instanceof preflight_js_1.PreflightError && o.dryRun.mode === 'server-or-client' && dry_js_1.NO_CLUSTER.test(e.message))
            return (0, dry_js_1.offlineDryRun)(kc, o, ctx, manifests, e.message);
        throw e;
    }
    const ns = o.namespace ??
        ((await kc.run(['config', 'view', '--minify', '-o', 'jsonpath={..namespace}'])).stdout.trim() || 'default');
    ctx.logger.info(`kubectl ${versions.client}; cluster ${versions.server}; namespace ${ns}`);
    const spaces = new Map((manifests?.deployments ?? []).map((d) => [d.name, kc.inNamespace(d.namespace)]));
    return { kc, o, ctx, ns, manifests, kcOf: (name) => spaces.get(name) ?? kc };
}


/***/ }),

/***/ 9371:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.step = step;
exports.applyText = applyText;
exports.annotateArgs = annotateArgs;
exports.setImage = setImage;
exports.start = start;
exports.templateCheck = templateCheck;
// Change the deployments: server-side apply of the manifests, or (deployments + image) annotate
// the change-cause and set the image. And the check that what runs is still what this run set.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const kubectl_js_1 = __webpack_require__(6613);
const session_js_1 = __webpack_require__(5031);
/** Run one changing kubectl command, showing it in the log. */
function step(s, kc, args) {
    s.ctx.logger.info(`$ ${kc.display(args)}`);
    return kc.text(args, { quiet: true });
}
/** Server-side apply of YAML text (written to a temp file, removed after). */
async function applyText(s, kc, text) {
    const file = (0, node_path_1.join)(s.ctx.tempDir, `manifests-${(0, node_crypto_1.randomBytes)(6).toString('hex')}.yaml`);
    (0, node_fs_1.writeFileSync)(file, text);
    try {
        await step(s, kc, [...kubectl_js_1.APPLY, '-f', file]);
    }
    finally {
        (0, node_fs_1.rmSync)(file, { force: true });
    }
}
/** The annotate argv for one deployment: change-cause, and the run's own annotations when `annotate`. */
function annotateArgs(s, kind, name) {
    const extra = s.o.annotate ? Object.entries((0, session_js_1.runAnnotations)(s.ctx)).map(([k, v]) => `${k}=${v}`) : [];
    return ['annotate', `${kind}/${name}`, `kubernetes.io/change-cause=${s.o.changeCause}`, ...extra, '--overwrite'];
}
/** Set one container's image (and imagePullSecrets when asked) in one template change. */
async function setImage(s, kc, name, container, image) {
    await step(s, kc, annotateArgs(s, 'deployment', name));
    if (!s.o.imagePullSecrets.length) {
        await step(s, kc, ['set', 'image', `deployment/${name}`, `${container}=${image}`]);
        return;
    }
    const patch = {
        spec: {
            template: {
                spec: {
                    containers: [{ name: container, image }],
                    imagePullSecrets: s.o.imagePullSecrets.map((n) => ({ name: n })),
                },
            },
        },
    };
    await step(s, kc, ['patch', `deployment/${name}`, '--type=strategic', '-p', JSON.stringify(patch)]);
}
async function start(s, recs) {
    const patched = new Set();
    try {
        if (s.manifests) {
            await applyText(s, s.kc, s.manifests.text);
            return { patched };
        }
        // allSettled: every patch has landed or failed before we decide what to roll back.
        const settled = await Promise.allSettled(recs.map(async (r) => {
            if (r.currentImage === s.o.image) {
                s.ctx.logger.info(`deployment/${r.name}: container ${r.container} already runs ${s.o.image}; no new revision`);
                return;
            }
            await setImage(s, s.kcOf(r.name), r.name, r.container, s.o.image);
            patched.add(r.name);
        }));
        const i = settled.findIndex((x) => x.status === 'rejected');
        if (i < 0)
            return { patched };
        const reason = settled[i].reason;
        if (reason instanceof kubectl_js_1.KubectlError)
            return { patched, failure: `deployment/${recs[i].name}: the rollout could not start: ${reason.line}` };
        throw reason;
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError)
            return { patched, failure: `the rollout could not start: ${e.line}` };
        throw e;
    }
}
/* eslint-disable @typescript-eslint/no-explicit-any */
/** Images this run sets, by container, for one deployment. */
function imagesSet(s, r) {
    if (!s.manifests)
        return new Map(r.container && s.o.image ? [[r.container, s.o.image]] : []);
    const doc = s.manifests.docs.find((d) => d.kind === 'Deployment' && d.metadata.name === r.name);
    return new Map((doc?.spec?.template?.spec?.containers ?? []).map((c) => [String(c.name), String(c.image)]));
}
/**
 * A check for the watch: undefined while the template is the one this run set, else what
 * replaced it. Judged by the template (images and change-cause), not by the revision number.
 */
function templateCheck(s, r) {
    const want = imagesSet(s, r);
    return (d) => {
        for (const c of d.spec.template.spec?.containers ?? []) {
            const image = want.get(c.name);
            if (image && c.image !== image)
                return `its pod template was changed by another rollout while this run watched it (container ${c.name} now runs ${c.image}, not ${image})`;
        }
        const cause = d.metadata.annotations?.['kubernetes.io/change-cause'];
        if (s.manifests && cause !== undefined && cause !== s.o.changeCause)
            return `it was changed by another rollout while this run watched it (change-cause now "${cause}")`;
        return undefined;
    };
}


/***/ }),

/***/ 8917:
/***/ ((__unused_webpack_module, exports) => {


// Pure reading of Deployment, ReplicaSet and Pod objects: is the rollout complete, is a new
// pod definitively failing, and how to say so in one line. No I/O, so it is tested directly.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isUnschedulable = exports.readyPods = exports.observed = exports.ownedBy = exports.revisionOf = exports.REVISION = void 0;
exports.selectorOf = selectorOf;
exports.counts = counts;
exports.complete = complete;
exports.progressLine = progressLine;
exports.podProblem = podProblem;
exports.deadlineExceeded = deadlineExceeded;
exports.replicaFailure = replicaFailure;
exports.podState = podState;
exports.REVISION = 'deployment.kubernetes.io/revision';
const revisionOf = (o) => Number(o?.metadata.annotations?.[exports.REVISION] ?? 0) || 0;
exports.revisionOf = revisionOf;
/** The label selector of a deployment as `kubectl -l` takes it. */
function selectorOf(d) {
    const sel = d.spec.selector ?? {};
    const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of sel.matchExpressions ?? []) {
        if (e.operator === 'In')
            parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}
const ownedBy = (o, ownerUid) => !!ownerUid && (o.metadata.ownerReferences ?? []).some((r) => r.uid === ownerUid && r.controller !== false);
exports.ownedBy = ownedBy;
function counts(d) {
    const s = d.status ?? {};
    return {
        desired: d.spec.replicas ?? 1,
        updated: s.updatedReplicas ?? 0,
        total: s.replicas ?? 0,
        ready: s.readyReplicas ?? 0,
        available: s.availableReplicas ?? 0,
    };
}
/** The controller has seen the latest spec. */
const observed = (d) => (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
exports.observed = observed;
/**
 * Done the way `kubectl rollout status` decides it, minus its conditions: every replica is
 * updated and available and no old pod is left. Readiness is read directly, so a stale
 * ProgressDeadlineExceeded condition (left by an earlier rollout) cannot fail a healthy one.
 */
function complete(d) {
    const c = counts(d);
    return (0, exports.observed)(d) && c.updated === c.desired && c.total === c.updated && c.available >= c.updated;
}
/** Pods with the Ready condition true. */
const readyPods = (pods) => pods.filter((p) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')).length;
exports.readyPods = readyPods;
/** `deployment/api: 2/3 new pods ready, 3/3 updated, 1 old pending termination (12 s)` */
function progressLine(d, newReady, elapsedMs) {
    const c = counts(d);
    const old = Math.max(0, c.total - c.updated);
    return `deployment/${d.metadata.name}: ${Math.min(newReady, c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated${old ? `, ${old} old pending termination` : ''} (${Math.round(elapsedMs / 1000)} s)`;
}
/** Waiting reasons that never fix themselves without a new spec. */
const DEFINITIVE_WAITING = new Set([
    'ImagePullBackOff',
    'InvalidImageName',
    'CrashLoopBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'ErrImageNeverPull',
    'RunContainerError',
]);
/** ErrImagePull is retried by the kubelet; only a missing or forbidden image is definitive at once. */
const PERMANENT_PULL = /not found|manifest unknown|unauthorized|denied|forbidden|invalid reference|no such host|repository does not exist/i;
function pullDetail(image, message = '') {
    const img = image ?? 'the image';
    if (/not found|manifest unknown|does not exist/i.test(message))
        return `image ${img} not found`;
    if (/unauthorized|denied|forbidden|authentication/i.test(message))
        return `pulling image ${img} was denied: check imagePullSecrets`;
    return `could not pull image ${img}`;
}
function exitText(cs) {
    const t = cs.lastState?.terminated ?? cs.state?.terminated;
    return t?.exitCode !== undefined ? `exited with code ${t.exitCode}` : 'keeps exiting';
}
/**
 * The first definitive problem of a pod, or undefined while it may still come up. Slow
 * starters (startup probes, long readiness, minReadySeconds) are never a problem here: only
 * the timeout ends them. `unschedulableSince` is when this watcher first saw it unschedulable.
 */
function podProblem(pod, now, unschedulableSince, graceMs) {
    const name = pod.metadata.name;
    const st = pod.status ?? {};
    const images = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c.image]));
    for (const cs of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) {
        const image = cs.image || images.get(cs.name);
        const waiting = cs.state?.waiting;
        const restarts = cs.restartCount ?? 0;
        const base = { pod: name, container: cs.name, image, restarts };
        const oom = cs.lastState?.terminated?.reason === 'OOMKilled' || cs.state?.terminated?.reason === 'OOMKilled';
        if (oom)
            return {
                ...base,
                reason: 'OOMKilled',
                detail: `container ${cs.name} ran out of memory (OOMKilled), restarted ${restarts} time${restarts === 1 ? '' : 's'}`,
                message: waiting?.message,
            };
        if (waiting?.reason === 'ErrImagePull' && PERMANENT_PULL.test(waiting.message ?? ''))
            return { ...base, reason: 'ErrImagePull', detail: pullDetail(image, waiting.message), message: waiting.message };
        if (waiting?.reason && DEFINITIVE_WAITING.has(waiting.reason)) {
            const r = waiting.reason;
            const detail = r === 'ImagePullBackOff' || r === 'ErrImageNeverPull'
                ? pullDetail(image, `${waiting.message ?? ''}`)
                : r === 'InvalidImageName'
                    ? `image reference ${image ?? ''} is invalid`.replace('  ', ' ')
                    : r === 'CrashLoopBackOff' || r === 'RunContainerError'
                        ? `container ${cs.name} ${exitText(cs)}, restarted ${restarts} time${restarts === 1 ? '' : 's'}`
                        : `container ${cs.name}: ${waiting.message ?? r}`;
            return { ...base, reason: r, detail, message: waiting.message };
        }
        if (restarts >= 2)
            return {
                ...base,
                reason: 'Restarting',
                detail: `container ${cs.name} ${exitText(cs)}, restarted ${restarts} times`,
                message: cs.lastState?.terminated?.message,
            };
    }
    if (st.phase === 'Failed')
        return { pod: name, reason: st.reason ?? 'Failed', detail: st.message ?? 'the pod failed', message: st.message };
    const sched = (st.conditions ?? []).find((c) => c.type === 'PodScheduled');
    if (sched?.status === 'False' &&
        sched.reason === 'Unschedulable' &&
        unschedulableSince !== undefined &&
        now - unschedulableSince >= graceMs) {
        return {
            pod: name,
            reason: 'Unschedulable',
            detail: `unschedulable for ${Math.round((now - unschedulableSince) / 1000)} s: ${sched.message ?? 'no node fits'}`,
            message: sched.message,
        };
    }
    return undefined;
}
const isUnschedulable = (pod) => (pod.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
exports.isUnschedulable = isUnschedulable;
/** The Progressing condition, when the controller has given up (ProgressDeadlineExceeded). */
function deadlineExceeded(d) {
    return (d.status?.conditions ?? []).find((c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded');
}
/** A ReplicaSet that cannot create its pods (quota, admission): a definitive failure. */
function replicaFailure(rs) {
    return (rs?.status?.conditions ?? []).find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
}
/** Pod state in a few words, for the summary table. */
function podState(pod) {
    const cs = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const waiting = cs.find((c) => c.state?.waiting?.reason && c.state.waiting.reason !== 'ContainerCreating');
    if (waiting)
        return waiting.state.waiting.reason;
    if ((0, exports.isUnschedulable)(pod))
        return 'Unschedulable';
    const ready = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    return ready ? 'Ready' : (pod.status?.phase ?? 'Pending');
}


/***/ }),

/***/ 9067:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.switchAndWatch = switchAndWatch;
exports.promote = promote;
exports.reject = reject;
// Blue-green after the new colour is up: the switch and the watch through scale-down-delay
// (switch back on a failure), `action: promote` of a waiting colour, and `action: reject` of a
// waiting colour or, within scale-down-delay, of one already switched to.
const colours_js_1 = __webpack_require__(1246);
const kubectl_js_1 = __webpack_require__(6613);
const preflight_js_1 = __webpack_require__(9536);
const progressive_js_1 = __webpack_require__(7568);
const service_js_1 = __webpack_require__(3432);
const start_js_1 = __webpack_require__(9371);
const target_js_1 = __webpack_require__(7474);
const CONFLICT = /Conflict|has been modified/i;
/** Switch the live Service to `name`, watch it for scale-down-delay, switch back on a failure. */
async function switchAndWatch(s, t, name, colour, live, lines) {
    const until = new Date(Date.now() + s.o.scaleDownDelayMs).toISOString();
    const ms = await (0, colours_js_1.switchTo)(s, t, { [service_js_1.COLOUR]: colour }, { [colours_js_1.LIVE]: name, [colours_js_1.PREVIOUS]: live ?? null, [colours_js_1.PENDING]: null, [colours_js_1.SCALE_DOWN_AT]: live ? until : null });
    lines.push(`service/${t.serviceName} switched to deployment/${name} in one patch (${ms} ms)`);
    const read = () => t.kc.json(['get', 'service', t.serviceName], { quiet: true });
    // A reject from another run during the delay switches the Service back: stop holding then.
    const problem = await (0, progressive_js_1.hold)(s, t.kc, name, { ...(0, colours_js_1.baseSelector)(t), [service_js_1.COLOUR]: colour }, s.o.scaleDownDelayMs, async () => (await read()).metadata.annotations?.[colours_js_1.LIVE] !== name);
    if (problem && live && s.o.rollback) {
        const back = await (0, colours_js_1.switchTo)(s, t, (0, colours_js_1.colourLabel)(live, t.base), {
            [colours_js_1.LIVE]: live,
            [colours_js_1.PREVIOUS]: name,
            [colours_js_1.PENDING]: null,
            [colours_js_1.SCALE_DOWN_AT]: null,
        });
        await (0, colours_js_1.scale)(s, t, name, 0);
        const failure = `deployment/${name}: ${problem.reason} on ${problem.pod} (${problem.detail}) after the switch; switched back to deployment/${live} (${back} ms of API time)`;
        lines.push(failure);
        return { result: 'rolled-back', live, failure, lines };
    }
    if (problem)
        return {
            result: 'failed',
            live: name,
            failure: `deployment/${name}: ${problem.reason} on ${problem.pod} (${problem.detail}) after the switch; left live (nothing to switch back to, or rollback is false)`,
            lines,
        };
    if (s.ctx.signal.aborted) {
        const failure = `cancelled during scale-down-delay: service/${t.serviceName} selects deployment/${name}${live ? `; deployment/${live} is still up (action reject switches back to it)` : ''}`;
        return { result: 'failed', live: name, failure, lines: [...lines, failure] };
    }
    if (live) {
        const back = await closeWindow(s, t, name);
        if (back) {
            const failure = `service/${t.serviceName} was switched back to deployment/${back} by action reject during scale-down-delay; deployment/${name} was scaled down by it`;
            return { result: 'rejected', live: back, failure, lines: [...lines, failure] };
        }
        await (0, colours_js_1.scale)(s, t, live, 0);
        lines.push(`deployment/${live} scaled to 0 after ${Math.round(s.o.scaleDownDelayMs / 1000)} s (kept: a redeploy of its image brings it back)`);
    }
    await (0, progressive_js_1.remove)(s, t.kc, [`service/${t.serviceName}-preview`]);
    return { result: s.o.action === 'promote' ? 'promoted' : 'deployed', live: name, lines };
}
/**
 * End the reject window (clear SCALE_DOWN_AT) only if the Service still selects `name`, with
 * its resourceVersion as a precondition: a reject that switched back meanwhile gets the old
 * colour, and scaling that down would take the live version away. Returns where a reject
 * switched the Service to, or undefined once the window is closed.
 */
async function closeWindow(s, t, name) {
    for (;;) {
        const svc = await t.kc.json(['get', 'service', t.serviceName], { quiet: true });
        const now = svc.metadata.annotations?.[colours_js_1.LIVE];
        if (now !== name)
            return now ?? '';
        const args = [
            'annotate',
            `service/${t.serviceName}`,
            `${colours_js_1.SCALE_DOWN_AT}-`,
            `--resource-version=${svc.metadata.resourceVersion ?? ''}`,
        ];
        try {
            await (0, start_js_1.step)(s, t.kc, args);
            return undefined;
        }
        catch (e) {
            // Changed since we read it (a reject taking the lease over, say): look again.
            if (!(e instanceof kubectl_js_1.KubectlError && CONFLICT.test(e.line)))
                throw e;
        }
    }
}
async function promote(s, t, live) {
    const pending = (0, colours_js_1.note)(t, colours_js_1.PENDING);
    if (!pending)
        throw new preflight_js_1.PreflightError(`input 'action': nothing to promote: service/${t.serviceName} has no blue-green deployment waiting (annotation ${colours_js_1.PENDING} is not set); run action deploy with promotion manual first`);
    const colour = (0, colours_js_1.colourOf)(pending, t.base);
    const w = await (0, progressive_js_1.watchDeployment)(s, t.kc, pending, { ...(0, colours_js_1.baseSelector)(t), [service_js_1.COLOUR]: colour });
    if (w.outcome !== 'complete')
        return {
            result: 'failed',
            live: live ?? '',
            failure: `deployment/${pending}: ${w.reason}; not promoted, live stays on ${live}`,
            lines: [],
        };
    return switchAndWatch(s, t, pending, colour, live, [`promoting deployment/${pending}`]);
}
/** Reject the waiting colour, or (within scale-down-delay) switch back from the one switched to. */
async function reject(s, t) {
    const pending = (0, colours_js_1.note)(t, colours_js_1.PENDING);
    const live = (0, colours_js_1.note)(t, colours_js_1.LIVE) ?? t.base;
    if (pending) {
        await (0, progressive_js_1.remove)(s, t.kc, [`deployment/${pending}`, `service/${t.serviceName}-preview`]);
        await (0, start_js_1.step)(s, t.kc, ['annotate', `service/${t.serviceName}`, `${colours_js_1.PENDING}-`]);
        return {
            result: 'rejected',
            live,
            lines: [`deployment/${pending} removed; service/${t.serviceName} still selects deployment/${live}`],
        };
    }
    const previous = (0, colours_js_1.note)(t, colours_js_1.PREVIOUS);
    const kept = previous && (0, colours_js_1.note)(t, colours_js_1.SCALE_DOWN_AT) ? await (0, target_js_1.getOrNone)(t.kc, ['get', 'deployment', previous]) : undefined;
    if (!previous || !kept || !kept.spec.replicas)
        throw new preflight_js_1.PreflightError(`input 'action': nothing to reject: service/${t.serviceName} has no blue-green deployment waiting (annotation ${colours_js_1.PENDING} is not set)${previous ? ` and deployment/${previous}, the previous colour, was scaled down after scale-down-delay; to go back, redeploy its image` : ''}`);
    const w = await (0, progressive_js_1.watchDeployment)(s, t.kc, previous, { ...(0, colours_js_1.baseSelector)(t), ...(0, colours_js_1.colourLabel)(previous, t.base) });
    if (w.outcome !== 'complete')
        throw new preflight_js_1.PreflightError(`input 'action': cannot switch back: deployment/${previous}, the previous colour, is not ready (${w.reason}); service/${t.serviceName} still selects deployment/${live}`);
    const ms = await (0, colours_js_1.switchTo)(s, t, (0, colours_js_1.colourLabel)(previous, t.base), {
        [colours_js_1.LIVE]: previous,
        [colours_js_1.PREVIOUS]: live,
        [colours_js_1.PENDING]: null,
        [colours_js_1.SCALE_DOWN_AT]: null,
    });
    await (0, colours_js_1.scale)(s, t, live, 0);
    await (0, progressive_js_1.remove)(s, t.kc, [`service/${t.serviceName}-preview`]);
    return {
        result: 'rejected',
        live: previous,
        lines: [
            `service/${t.serviceName} switched back to deployment/${previous} in one patch (${ms} ms); deployment/${live} scaled to 0`,
        ],
    };
}


/***/ }),

/***/ 7474:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveTarget = resolveTarget;
exports.getOrNone = getOrNone;
// The one Deployment a blue-green or canary run is about, and its live Service: from
// deployments + image (read from the cluster) or from manifests (the Deployment and Service
// documents, images substituted).
const kubectl_js_1 = __webpack_require__(6613);
const preflight_js_1 = __webpack_require__(9536);
const service_js_1 = __webpack_require__(3432);
async function getOrNone(kc, args) {
    try {
        return await kc.json(args, { quiet: true });
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError && e.notFound)
            return undefined;
        throw e;
    }
}
async function fromDeployments(s) {
    const t = s.o.targets[0];
    const kc = s.kc;
    const d = await getOrNone(kc, ['get', 'deployment', t.name]);
    if (!d)
        throw new preflight_js_1.PreflightError(`deployment/${t.name} not found in namespace ${s.ns}; check the name in input 'deployments' and the namespace`);
    const containers = (d.spec.template.spec?.containers ?? []).map((c) => c.name);
    const container = t.container ?? (containers.length === 1 ? containers[0] : undefined);
    if (!container || !containers.includes(container))
        throw new preflight_js_1.PreflightError(`deployment/${t.name} has containers ${containers.join(', ')}; name the one to update in input 'deployments', e.g. ${t.name}/${containers[0]}`);
    const service = await (0, service_js_1.findService)(s, d);
    return {
        base: t.name,
        kc,
        source: d,
        images: new Map([[container, s.o.image]]),
        service,
        serviceName: service.metadata.name,
        extra: [],
        exists: true,
    };
}
async function fromManifests(s) {
    const m = s.manifests;
    const deployments = m.docs.filter((d) => d.kind === 'Deployment');
    if (deployments.length !== 1)
        throw new preflight_js_1.PreflightError(`input 'manifests': strategy ${s.o.strategy} takes one Deployment, the manifests hold ${deployments.length}; run one step per Deployment`);
    const doc = deployments[0];
    const base = doc.metadata.name;
    const kc = s.kcOf(base);
    const labels = (0, service_js_1.templateLabels)(doc);
    const services = m.docs.filter((d) => d.kind === 'Service');
    const serviceDoc = services.find((x) => x.metadata.name === s.o.service) ??
        (s.o.service ? undefined : services.find((x) => (0, service_js_1.selects)(x.spec?.selector, labels)));
    const serviceName = s.o.service ?? serviceDoc?.metadata.name;
    if (!serviceName)
        throw new preflight_js_1.PreflightError(`input 'manifests': strategy ${s.o.strategy} needs the live Service, and no Service in the manifests selects deployment/${base}; add one (or name it in input 'service')`);
    const service = await getOrNone(kc, ['get', 'service', serviceName]);
    if (!service && !serviceDoc)
        throw new preflight_js_1.PreflightError(`input 'service': service/${serviceName} not found in namespace ${s.ns} nor in the manifests`);
    const live = await getOrNone(kc, ['get', 'deployment', base]);
    return {
        base,
        kc,
        source: doc,
        images: new Map(),
        service,
        serviceName,
        serviceDoc,
        extra: m.docs.filter((d) => d !== doc && d !== serviceDoc),
        exists: !!live,
    };
}
function resolveTarget(s) {
    return s.manifests ? fromManifests(s) : fromDeployments(s);
}


/***/ }),

/***/ 2538:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.serviceProxyPath = serviceProxyPath;
exports.verify = verify;
exports.writeVerification = writeVerification;
// Does the new version answer? N consecutive healthy HTTP answers within a timeout, from the
// runner (an http(s) URL) or through the cluster: the API server's service proxy, reached with
// `kubectl proxy` and the run's own credentials, on the Service under test.
const http_js_1 = __webpack_require__(1983);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** The service-proxy path of a Service: /api/v1/namespaces/NS/services/NAME[:PORT]/proxy/PATH. */
function serviceProxyPath(ns, service, port, path) {
    return `/api/v1/namespaces/${ns}/services/${service}${port ? `:${port}` : ''}/proxy${path}`;
}
async function checkOnce(v, url, s, atMs) {
    try {
        const r = await (0, http_js_1.request)({ url, retries: 0, timeoutMs: Math.min(10_000, v.timeoutMs), label: 'verification' }, { masker: s.ctx.masker });
        if (r.status !== v.status)
            return {
                atMs,
                ok: false,
                status: r.status,
                note: `status ${r.status}, want ${v.status}: ${r.body.slice(0, 120).trim()}`,
            };
        if (v.body && !v.body.test(r.body))
            return {
                atMs,
                ok: false,
                status: r.status,
                note: `body does not match /${v.body.source}/: ${r.body.slice(0, 120).trim()}`,
            };
        return { atMs, ok: true, status: r.status };
    }
    catch (e) {
        if (e instanceof http_js_1.HttpError)
            return { atMs, ok: false, note: e.message };
        throw e;
    }
}
/** Check until `successes` in a row pass, or the timeout. `service` is needed for a path URL. */
async function verify(s, service, what) {
    const v = s.o.verify;
    const through = v.url.startsWith('/');
    const stop = new AbortController();
    const target = through
        ? `${v.url} on service/${service}${v.port ? `:${v.port}` : ''} (${what}) through the API server's service proxy`
        : `${v.url} (${what}) from the runner`;
    s.ctx.logger.info(`verify: ${target}: ${v.successes} answers in a row with status ${v.status}${v.body ? ` and body /${v.body.source}/` : ''}`);
    const checks = [];
    const t0 = s.ctx.now();
    try {
        const base = through ? await s.kc.proxy(stop.signal) : '';
        const url = through ? base + serviceProxyPath(s.ns, service, v.port, v.url) : v.url;
        let streak = 0;
        for (;;) {
            const c = await checkOnce(v, url, s, s.ctx.now() - t0);
            checks.push(c);
            streak = c.ok ? streak + 1 : 0;
            if (!c.ok)
                s.ctx.logger.info(`verify: ✗ ${c.note}`);
            if (streak >= v.successes) {
                s.ctx.logger.info(`verify: passed (${checks.length} checks, ${Math.round((s.ctx.now() - t0) / 100) / 10} s)`);
                return { ok: true, target, checks };
            }
            if (s.ctx.now() - t0 + v.intervalMs > v.timeoutMs)
                break;
            await sleep(v.intervalMs);
        }
    }
    catch (e) {
        return { ok: false, target, checks, reason: `${target}: ${e.message}` };
    }
    finally {
        stop.abort();
    }
    const lastBad = [...checks].reverse().find((c) => !c.ok);
    return {
        ok: false,
        target,
        checks,
        reason: `${v.url} did not answer ${v.successes} times in a row within ${Math.round(v.timeoutMs / 1000)} s (last: ${lastBad?.note ?? 'no answer'})`,
    };
}
function writeVerification(summary, r) {
    summary.heading(`Verification ${r.ok ? 'passed' : 'failed'}`, 3);
    summary.paragraph(`Checked ${r.target}: ${r.checks.length} request${r.checks.length === 1 ? '' : 's'}.`);
    const bad = r.checks.filter((c) => !c.ok);
    if (bad.length)
        summary.table(['at', 'status', 'why it failed'], bad.slice(-10).map((c) => [`${(c.atMs / 1000).toFixed(1)} s`, c.status ?? '—', c.note ?? '']));
}


/***/ }),

/***/ 4808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ready = exports.POLL_MS = void 0;
exports.watchRollout = watchRollout;
const status_js_1 = __webpack_require__(8917);
/** How often the rollout is read; success is reported within this (plus two kubectl calls) of the last pod ready. */
exports.POLL_MS = 500;
/** `2/3`: available of desired, as the summary shows it. */
const ready = (w) => {
    if (!w?.deployment)
        return '';
    const c = (0, status_js_1.counts)(w.deployment);
    return `${Math.min(c.available, c.desired)}/${c.desired}`;
};
exports.ready = ready;
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/**
 * Watch one deployment's rollout by polling it and its new pods (two kubectl calls a round,
 * in parallel), until it is complete, a new pod shows a definitive failure, the deadline
 * condition fires, or the timeout passes.
 */
async function watchRollout(kc, name, o) {
    const start = o.now();
    const say = (line) => o.logger.info(o.label ? `${o.label}: ${line}` : line);
    const unschedulable = new Map();
    let last = { pods: [], revision: 0 };
    let lastLine = '';
    let lastLog = 0;
    const result = (outcome, extra = {}) => ({
        name,
        outcome,
        deployment: last.d,
        pods: last.pods,
        revision: last.revision,
        elapsedMs: o.now() - start,
        ...extra,
    });
    for (;;) {
        if (o.signal.aborted)
            return result('aborted');
        let d;
        let list;
        try {
            [d, list] = await Promise.all([
                kc.json(['get', 'deployment', name], { signal: o.signal, quiet: true }),
                kc.json(['get', 'replicasets,pods', '-l', o.selector], { signal: o.signal, quiet: true }),
            ]);
        }
        catch (e) {
            if (o.signal.aborted)
                return result('aborted');
            // One failed poll (an API server hiccup) is not a failed rollout; the timeout still bounds it.
            o.logger.warning(`deployment/${name}: could not read the rollout state (${e.message}); retrying`);
            await sleep(o.pollMs, o.signal);
            if (o.now() - start > o.timeoutMs)
                return result('timeout', {
                    reason: `not ready after ${Math.round(o.timeoutMs / 1000)} s and its state could not be read`,
                });
            continue;
        }
        const now = o.now();
        const revision = (0, status_js_1.revisionOf)(d);
        const other = o.replacedBy?.(d);
        if (other) {
            last = { ...last, d, revision };
            return result('replaced', { reason: other });
        }
        const rs = (0, status_js_1.observed)(d)
            ? list.items.filter((i) => i.kind === 'ReplicaSet').find((r) => (0, status_js_1.ownedBy)(r, d.metadata.uid) && (0, status_js_1.revisionOf)(r) === revision)
            : undefined;
        const pods = rs
            ? list.items.filter((i) => i.kind === 'Pod').filter((p) => (0, status_js_1.ownedBy)(p, rs.metadata.uid))
            : [];
        last = { d, pods, revision };
        for (const p of pods) {
            if ((0, status_js_1.isUnschedulable)(p))
                unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
            else
                unschedulable.delete(p.metadata.name);
        }
        if ((0, status_js_1.complete)(d)) {
            say(`${(0, status_js_1.progressLine)(d, (0, status_js_1.readyPods)(pods), now - start)}: ${o.label ? 'healthy' : 'rolled out'}`);
            return result('complete');
        }
        if (rs) {
            for (const p of pods) {
                const problem = (0, status_js_1.podProblem)(p, now, unschedulable.get(p.metadata.name), o.graceMs);
                if (problem)
                    return result('failed', { problem, reason: `${problem.reason} on ${problem.pod} (${problem.detail})` });
            }
            const rf = (0, status_js_1.replicaFailure)(rs);
            if (rf)
                return result('failed', {
                    reason: `ReplicaFailure: ${rf.message ?? rf.reason ?? 'the ReplicaSet cannot create pods'}`,
                });
            const pde = (0, status_js_1.deadlineExceeded)(d);
            if (pde && !o.ignoreDeadline && pde.lastUpdateTime !== o.staleDeadline) {
                const c = (0, status_js_1.counts)(d);
                return result('failed', {
                    reason: `ProgressDeadlineExceeded (no progress for ${d.spec.progressDeadlineSeconds ?? 600} s: ${c.available}/${c.desired} available)`,
                });
            }
        }
        const line = (0, status_js_1.progressLine)(d, (0, status_js_1.readyPods)(pods), now - start);
        const shape = line.replace(/ \(\d+ s\)$/, '');
        if (shape !== lastLine || now - lastLog >= 10_000) {
            say(line);
            lastLine = shape;
            lastLog = now;
        }
        if (now - start >= o.timeoutMs) {
            const c = (0, status_js_1.counts)(d);
            return result('timeout', {
                reason: `not rolled out after ${Math.round(o.timeoutMs / 1000)} s (${Math.min((0, status_js_1.readyPods)(pods), c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated)`,
            });
        }
        await sleep(o.pollMs, o.signal);
    }
}


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.workloadRef = void 0;
exports.recordWorkloads = recordWorkloads;
exports.watchWorkload = watchWorkload;
exports.undoWorkload = undoWorkload;
const kubectl_js_1 = __webpack_require__(6613);
const status_js_1 = __webpack_require__(8917);
const watch_js_1 = __webpack_require__(4808);
const ref = (w) => `${w.kind.toLowerCase()}/${w.name}`;
exports.workloadRef = ref;
async function recordWorkloads(s) {
    return Promise.all((s.manifests?.workloads ?? []).map(async (w) => {
        const kc = s.kc.inNamespace(w.namespace);
        try {
            const o = await kc.json(['get', w.kind.toLowerCase(), w.name], { quiet: true });
            return { kind: w.kind, name: w.name, kc, existed: true, generation: o.metadata.generation ?? 0 };
        }
        catch (e) {
            if (e instanceof kubectl_js_1.KubectlError && e.notFound)
                return { kind: w.kind, name: w.name, kc, existed: false, generation: 0 };
            throw e;
        }
    }));
}
/** Done as `kubectl rollout status` decides it for the kind; or why it is not watched. */
function judge(kind, o) {
    const st = o.status ?? {};
    const observed = (st.observedGeneration ?? 0) >= (o.metadata.generation ?? 0);
    const onDelete = o.spec.updateStrategy?.type === 'OnDelete';
    if (kind === 'StatefulSet') {
        const n = o.spec.replicas ?? 1;
        const partition = o.spec.updateStrategy?.rollingUpdate?.partition ?? 0;
        const updated = st.updatedReplicas ?? 0;
        const progress = `${updated}/${n} pods updated, ${st.readyReplicas ?? 0}/${n} ready${partition ? ` (partition ${partition}: ordinals below it stay)` : ''}`;
        const done = observed &&
            (st.readyReplicas ?? 0) >= n &&
            (partition > 0 ? updated >= n - partition : st.updateRevision === st.currentRevision);
        return { done, progress, onDelete };
    }
    const desired = st.desiredNumberScheduled ?? 0;
    const progress = `${st.updatedNumberScheduled ?? 0}/${desired} pods updated, ${st.numberAvailable ?? 0}/${desired} available`;
    const done = observed && (st.updatedNumberScheduled ?? 0) >= desired && (st.numberAvailable ?? 0) >= desired;
    return { done, progress, onDelete };
}
/** Pods running this template (every container at the template's image): the new ones. */
const isNew = (o, p) => (o.spec.template.spec?.containers ?? []).every((c) => (p.spec?.containers ?? []).find((x) => x.name === c.name)?.image === c.image);
async function watchWorkload(s, rec, signal, label = '') {
    const t0 = s.ctx.now();
    const unschedulable = new Map();
    let progress = '';
    let said = '';
    for (;;) {
        if (signal.aborted)
            return { rec, outcome: 'timeout', reason: 'stopped', progress };
        const o = await rec.kc.json(['get', rec.kind.toLowerCase(), rec.name], { quiet: true, signal });
        const selector = Object.entries(o.spec.selector?.matchLabels ?? {})
            .map(([k, v]) => `${k}=${v}`)
            .join(',');
        const pods = await rec.kc.json(['get', 'pods', '-l', selector], { quiet: true, signal });
        const j = judge(rec.kind, o);
        progress = j.progress;
        if (progress !== said)
            s.ctx.logger.info(`${label}${ref(rec)}: ${progress}`);
        said = progress;
        if (j.onDelete)
            return {
                rec,
                outcome: 'not-watched',
                progress,
                reason: 'updateStrategy OnDelete: pods take the new template only when deleted; not waited for',
            };
        const now = s.ctx.now();
        for (const p of pods.items.filter((x) => isNew(o, x))) {
            if ((0, status_js_1.isUnschedulable)(p))
                unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
            const problem = (0, status_js_1.podProblem)(p, now, unschedulable.get(p.metadata.name), s.o.unschedulableGraceMs);
            if (problem)
                return { rec, outcome: 'failed', progress, reason: `${problem.reason} on ${problem.pod} (${problem.detail})` };
        }
        if (j.done)
            return { rec, outcome: 'complete', progress };
        if (now - t0 >= s.o.timeoutMs)
            return {
                rec,
                outcome: 'timeout',
                progress,
                reason: `not rolled out after ${Math.round(s.o.timeoutMs / 1000)} s (${progress})`,
            };
        await new Promise((r) => setTimeout(r, watch_js_1.POLL_MS));
    }
}
/**
 * A StatefulSet (OrderedReady) waits for a broken pod to become ready before it replaces it,
 * so reverting the template is not enough: Kubernetes documents deleting the pods that ran the
 * bad template ("forced rollback"). Here: the pods not ready and not on the reverted template.
 */
async function forceRollback(s, rec) {
    const o = await rec.kc.json(['get', 'statefulset', rec.name], { quiet: true });
    const selector = Object.entries(o.spec.selector?.matchLabels ?? {})
        .map(([k, v]) => `${k}=${v}`)
        .join(',');
    const pods = await rec.kc.json(['get', 'pods', '-l', selector], { quiet: true });
    const ready = (p) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    const broken = pods.items.filter((p) => !isNew(o, p) && !ready(p)).map((p) => `pod/${p.metadata.name}`);
    if (!broken.length)
        return;
    const args = ['delete', ...broken, '--wait=false'];
    s.ctx.logger.info(`$ ${rec.kc.display(args)}  (forced rollback: the StatefulSet would wait for them forever)`);
    await rec.kc.text(args, { quiet: true });
}
/** `kubectl rollout undo` of a workload this run changed, then wait for it. One line of what happened. */
async function undoWorkload(s, rec) {
    if (!rec.existed)
        return { ok: false, text: `nothing to roll ${ref(rec)} back to: it did not exist before this run` };
    const args = ['rollout', 'undo', ref(rec)];
    s.ctx.logger.info(`$ ${rec.kc.display(args)}`);
    try {
        await rec.kc.text(args, { quiet: true });
    }
    catch (e) {
        return { ok: false, text: `rollback of ${ref(rec)} failed: ${e.message}` };
    }
    if (rec.kind === 'StatefulSet')
        await forceRollback(s, rec);
    const w = await watchWorkload(s, rec, new AbortController().signal, 'rollback: ');
    return w.outcome === 'complete' || w.outcome === 'not-watched'
        ? {
            ok: true,
            text: `${ref(rec)} rolled back (${w.outcome === 'complete' ? w.progress : 'OnDelete: its pods take it when deleted'})`,
        }
        : { ok: false, text: `${ref(rec)} was rolled back but is not healthy: ${w.reason}` };
}


/***/ })

};
