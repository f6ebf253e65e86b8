export const id = 556;
export const ids = [556];
export const modules = {

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

/***/ 9567:
/***/ ((__unused_webpack_module, exports) => {


/**
 * What a build's output says about its steps: which came from the layer cache and which were
 * built. The classic builder prints `Step 2/5 : COPY …` then ` ---> Using cache` for a cached
 * step; BuildKit's plain progress prints `#5 [2/5] COPY …` then `#5 CACHED`. Pure; no I/O.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseBuildSteps = parseBuildSteps;
exports.dockerfileSteps = dockerfileSteps;
exports.registryPage = registryPage;
const CLASSIC_STEP = /^Step \d+\/\d+ : (.*)$/;
const BUILDKIT_STEP = /^#(\d+) \[(?:[^\]]*\s)?\d+\/\d+\] (.*)$/;
/** Steps of a build log, cached or built; FROM lines (base images) are neither. Undefined when none are found. */
function parseBuildSteps(output) {
    const lines = output.split(/\r?\n/).map((l) => l.trimEnd());
    const steps = [];
    const byId = new Map();
    let current;
    for (const line of lines) {
        const classic = CLASSIC_STEP.exec(line);
        if (classic) {
            current = /^FROM\s/i.test(classic[1]) ? undefined : { name: classic[1], cached: false };
            if (current)
                steps.push(current);
            continue;
        }
        if (current && /^\s*---> Using cache$/.test(line))
            current.cached = true;
        const bk = BUILDKIT_STEP.exec(line);
        if (bk) {
            if (!byId.has(bk[1]) && !/^FROM\s/i.test(bk[2])) {
                const step = { name: bk[2], cached: false };
                byId.set(bk[1], step);
                steps.push(step);
            }
            continue;
        }
        const cachedId = /^#(\d+) CACHED$/.exec(line)?.[1];
        const step = cachedId ? byId.get(cachedId) : undefined;
        if (step)
            step.cached = true;
    }
    if (!steps.length)
        return undefined;
    return {
        cached: steps.filter((s) => s.cached).map((s) => s.name),
        built: steps.filter((s) => !s.cached).map((s) => s.name),
    };
}
/**
 * The Dockerfile's own steps: the classic builder turns each `--label` into a LABEL step of
 * its own at the end, which says nothing about the build, so those are left out.
 */
function dockerfileSteps(steps, labels) {
    if (!steps)
        return undefined;
    const keys = new Set(labels.map(([k]) => k));
    const ours = (s) => /^LABEL /.test(s) && keys.has(s.slice(6).split('=')[0]);
    return { cached: steps.cached.filter((s) => !ours(s)), built: steps.built.filter((s) => !ours(s)) };
}
/** A web page for the image on registries that have one (ghcr.io → GitHub packages, docker.io → Docker Hub). */
function registryPage(registry, repository, tag) {
    if (registry === 'ghcr.io') {
        // ghcr.io/<owner>/<name> in a browser opens the package's page on GitHub.
        return `https://ghcr.io/${repository}`;
    }
    if (registry === 'docker.io' || registry === 'index.docker.io') {
        const q = `?name=${encodeURIComponent(tag)}`;
        return repository.startsWith('library/')
            ? `https://hub.docker.com/_/${repository.slice(8)}/tags${q}`
            : `https://hub.docker.com/r/${repository}/tags${q}`;
    }
    return undefined;
}


/***/ }),

/***/ 6872:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NeedsBuildxError = void 0;
exports.buildCommandLine = buildCommandLine;
exports.buildArgv = buildArgv;
exports.classifyFailure = classifyFailure;
exports.isTransient = isTransient;
exports.pushedDigest = pushedDigest;
exports.errorLine = errorLine;
exports.dockerfileLine = dockerfileLine;
exports.backoffMs = backoffMs;
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
/** Thrown when the inputs need buildx and it is not installed; the caller names the input. */
class NeedsBuildxError extends errors_js_1.ConfigError {
    input;
    problem;
    fix;
    constructor(input, problem, fix = 'install buildx (docker/setup-buildx-action) or build a single platform') {
        super(problem);
        this.input = input;
        this.problem = problem;
        this.fix = fix;
    }
}
exports.NeedsBuildxError = NeedsBuildxError;
/** The build command as a user would type it: the client's BuildKit needs DOCKER_BUILDKIT=1 in front. */
function buildCommandLine(builder, argv) {
    return `${builder === 'buildkit' ? 'DOCKER_BUILDKIT=1 ' : ''}${(0, exec_js_1.formatCommand)(['docker', ...argv])}`;
}
const BUILDX_CACHE_SPEC = /^type=|,/;
/** The exact `docker build` / `docker buildx build` argv (without the leading `docker`). */
function buildArgv(o, builder, iidfile) {
    const warnings = [];
    const argv = builder === 'buildx' ? ['buildx', 'build'] : ['build'];
    if (o.file)
        argv.push('--file', o.file);
    if (o.target)
        argv.push('--target', o.target);
    if (o.noCache)
        argv.push('--no-cache');
    if (o.pull)
        argv.push('--pull');
    if (o.network)
        argv.push(`--network=${o.network}`);
    // BuildKit's plain progress: one line per event, which the log and the step parser read.
    if (builder === 'buildkit')
        argv.push('--progress=plain');
    for (const [k, v] of o.buildArgs)
        argv.push('--build-arg', `${k}=${v}`);
    for (const [k, v] of o.labels)
        argv.push('--label', `${k}=${v}`);
    for (const t of o.plan.tags)
        argv.push('--tag', `${o.image.name}:${t}`);
    argv.push('--iidfile', iidfile);
    let pushesItself = false;
    if (builder === 'buildx') {
        if (o.platforms.length)
            argv.push('--platform', o.platforms.join(','));
        for (const c of o.cacheFrom)
            argv.push('--cache-from', c);
        for (const c of o.cacheTo)
            argv.push('--cache-to', c);
        argv.push(`--provenance=${o.provenance}`);
        for (const sp of o.secrets)
            argv.push('--secret', sp);
        for (const sp of o.ssh)
            argv.push('--ssh', sp);
        for (const [k, v] of o.buildContexts)
            argv.push('--build-context', `${k}=${v}`);
        for (const [k, v] of o.annotations)
            argv.push('--annotation', `${k}=${v}`);
        // A multi-platform image cannot be loaded into the engine: buildx pushes it directly.
        pushesItself = o.platforms.length > 1 && o.push;
        if (o.platforms.length > 1 && !o.push)
            warnings.push(`${o.platforms.length} platforms and no push: buildx keeps the result in its build cache only`);
        else
            argv.push(pushesItself ? '--push' : '--load');
    }
    else {
        if (o.platforms.length > 1)
            throw new NeedsBuildxError('platforms', `lists ${o.platforms.length} platforms (${o.platforms.join(', ')}) but docker buildx is not installed`);
        if (o.platforms.length === 1)
            argv.push('--platform', o.platforms[0]);
        const name = builder === 'buildkit' ? 'docker build with BuildKit' : 'the classic builder';
        if (builder === 'buildkit') {
            for (const sp of o.secrets)
                argv.push('--secret', sp);
            for (const sp of o.ssh)
                argv.push('--ssh', sp);
        }
        // The classic builder has no secrets or SSH, and only buildx has named contexts and annotations:
        // baking a secret in would be worse than failing.
        for (const [input, n, buildKitHasIt] of [
            ['secrets', o.secrets.length, true],
            ['ssh', o.ssh.length, true],
            ['build-contexts', o.buildContexts.length, false],
            ['annotations', o.annotations.length, false],
        ]) {
            if (!n || (buildKitHasIt && builder === 'buildkit'))
                continue;
            if (buildKitHasIt)
                throw new NeedsBuildxError(input, 'is set but neither docker buildx nor a docker client with BuildKit built in (DOCKER_BUILDKIT=1) is available, and the classic builder cannot keep it out of the image', "install buildx (docker/setup-buildx-action) or use a docker client with BuildKit built in (Debian's docker.io)");
            throw new NeedsBuildxError(input, 'is set but docker buildx is not installed (docker build cannot do it)');
        }
        for (const c of o.cacheFrom) {
            if (BUILDX_CACHE_SPEC.test(c))
                warnings.push(`cache-from "${c}" needs buildx; ${name} ignores it`);
            else
                argv.push('--cache-from', c);
        }
        if (o.cacheTo.length)
            warnings.push(`cache-to needs buildx; ${name} ignores it`);
        if (o.provenance)
            warnings.push(`provenance needs buildx; ${name} makes no attestations`);
    }
    argv.push(o.context);
    return { argv, pushesItself, warnings };
}
const DENIED = /unauthori[sz]ed|denied|authentication required|forbidden|\b40[13]\b|incorrect username or password/i;
const TRANSIENT = /\b(408|429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway time-?out|internal server error|connection reset|broken pipe|unexpected EOF|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|timed? ?out/i;
/** Docker's own words for a registry that did not answer in time (its client timeout, a dial timeout). */
const NO_ANSWER = /Client\.Timeout exceeded|i\/o timeout|TLS handshake timeout|context deadline exceeded|connection refused/i;
/**
 * Read a failed login/push: the HTTP status the daemon quotes (`failed with status: 503 …`)
 * decides first, then a registry that did not answer, then denial words, then transient ones.
 * A port or digest containing "401" is not a denial: only a quoted status or the words are.
 */
function classifyFailure(output) {
    const status = /status(?: code)?:? (\d{3})\b/i.exec(output)?.[1];
    if (status) {
        if (status === '401' || status === '403')
            return 'denied';
        if (/^(408|429|5\d\d)$/.test(status))
            return 'transient';
    }
    if (NO_ANSWER.test(output))
        return 'transient';
    const words = output.replace(/https?:\/\/\S+|\d+\.\d+\.\d+\.\d+:\d+|sha256:[0-9a-f]+/g, '');
    if (DENIED.test(words))
        return 'denied';
    return TRANSIENT.test(words) ? 'transient' : 'other';
}
/** Whether a failed login/push is worth another try: 429, 5xx, resets, timeouts; never a denial. */
function isTransient(output) {
    return classifyFailure(output) === 'transient';
}
/** `1.2.3: digest: sha256:… size: 735` as `docker push` prints it. */
function pushedDigest(output) {
    return /digest: (sha256:[0-9a-f]{64})/.exec(output)?.[1];
}
/** The line of docker's output that says what went wrong (the last error-looking line). */
function errorLine(output) {
    const lines = output
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l &&
        !/^DEPRECATED|^Install the buildx|^BuildKit is currently|^Environment-variable|^https:\/\/docs\.docker\.com/.test(l));
    const err = [...lines]
        .reverse()
        .find((l) => /error|failed|unknown instruction|not found|denied|unauthori[sz]ed|returned a non-zero code|unexpected|unavailable|too many requests/i.test(l));
    return err ?? lines[lines.length - 1] ?? '(no output)';
}
/** The Dockerfile line docker blames (classic: `parse error line 2`, BuildKit: `Dockerfile:2`). */
function dockerfileLine(output) {
    const m = /dockerfile parse error (?:on )?line (\d+)/i.exec(output) ?? /Dockerfile:(\d+)\b/.exec(output);
    return m ? Number(m[1]) : undefined;
}
/** Retry delays: 1 s, 2 s, 4 s … capped at 30 s (SHIPLINE_RETRY_BASE_MS scales it, for tests). */
function backoffMs(attempt, baseMs = 1000) {
    return Math.min(30_000, baseMs * 2 ** (attempt - 1));
}


/***/ }),

/***/ 7898:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.dockerConfigCredentials = dockerConfigCredentials;
exports.dockerCredentials = dockerCredentials;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const exec_js_1 = __webpack_require__(2642);
function readConfig(env) {
    const dir = env.DOCKER_CONFIG || (0, node_path_1.join)(env.HOME || (0, node_os_1.homedir)(), '.docker');
    try {
        return JSON.parse((0, node_fs_1.readFileSync)((0, node_path_1.join)(dir, 'config.json'), 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** The keys docker stores a registry under: Docker Hub by its historical index URL. */
function keysOf(registry) {
    return registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
}
/**
 * Credentials stored inline in `<DOCKER_CONFIG>/config.json` (`auths.<host>.auth`, as
 * `docker login` without a credential store and docker/login-action write them).
 */
function dockerConfigCredentials(registry, env) {
    const auths = readConfig(env)?.auths ?? {};
    for (const k of keysOf(registry)) {
        const a = auths[k];
        if (!a)
            continue;
        if (a.username && a.password)
            return { username: a.username, password: a.password };
        if (a.auth) {
            const text = Buffer.from(a.auth, 'base64').toString('utf8');
            const colon = text.indexOf(':');
            if (colon > 0)
                return { username: text.slice(0, colon), password: text.slice(colon + 1) };
        }
    }
    return undefined;
}
/**
 * The credentials docker itself would use for `registry`, in docker's order: the registry's
 * `credHelpers` entry, else the `credsStore`, else inline `auths`. A helper is run as docker
 * runs it (`docker-credential-<name> get`, the server URL on stdin, JSON on stdout: the
 * docker-credential-helpers protocol). Undefined when none has any; a broken helper is warned
 * about and treated as none (docker's own push would then fail and say why).
 */
async function dockerCredentials(registry, deps) {
    const config = readConfig(deps.env);
    if (!config)
        return undefined;
    const helper = keysOf(registry)
        .map((k) => config.credHelpers?.[k])
        .find(Boolean);
    const store = helper ?? config.credsStore;
    if (!store)
        return dockerConfigCredentials(registry, deps.env);
    const command = `docker-credential-${store}`;
    const serverUrl = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
    let result;
    try {
        result = await deps.exec(command, ['get'], { input: serverUrl, env: deps.env, timeoutMs: 30_000 });
    }
    catch (e) {
        if (!(e instanceof exec_js_1.CommandNotFoundError))
            throw e;
        deps.logger.warning(`docker's config names the credential ${helper ? 'helper' : 'store'} "${store}" for ${registry}, but ${command} is not on PATH; looking ${registry} up without credentials`);
        return undefined;
    }
    if (result.exitCode !== 0) {
        // "credentials not found in native keychain" is the protocol's way of saying none.
        if (!/not found/i.test(`${result.stdout}${result.stderr}`))
            deps.logger.warning(`${command} get failed for ${registry}: ${(result.stderr || result.stdout).trim().slice(0, 200)}`);
        return helper ? undefined : dockerConfigCredentials(registry, deps.env);
    }
    let parsed;
    try {
        parsed = JSON.parse(result.stdout);
    }
    catch {
        deps.logger.warning(`${command} get answered something other than JSON for ${registry}; ignoring it`);
        return undefined;
    }
    if (!parsed.Username || !parsed.Secret)
        return undefined;
    deps.masker.add(parsed.Secret);
    return { username: parsed.Username, password: parsed.Secret };
}


/***/ }),

/***/ 7005:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeDocker = makeDocker;
exports.detectBuilder = detectBuilder;
exports.privateDockerConfig = privateDockerConfig;
exports.retryBaseMs = retryBaseMs;
exports.attemptError = attemptError;
exports.withRetries = withRetries;
exports.loginArgv = loginArgv;
exports.tail = tail;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const exec_js_1 = __webpack_require__(2642);
const http_js_1 = __webpack_require__(1983);
const commands_js_1 = __webpack_require__(6872);
function makeDocker(ctx, env) {
    return {
        env,
        run: (args, opts = {}) => ctx.exec('docker', args, {
            cwd: ctx.cwd,
            env,
            input: opts.input,
            timeoutMs: opts.timeoutMs,
            onLine: opts.stream ? (line) => ctx.logger.info(line) : undefined,
        }),
    };
}
/**
 * buildx when its plugin answers. Else, when the inputs need BuildKit (secrets, ssh), the client's
 * own BuildKit if `DOCKER_BUILDKIT=1 docker build --help` runs and offers --secret (Debian's
 * docker.io 20.10 does; a client without buildx since 23.0 refuses with "the buildx component
 * is missing"). Else the classic builder.
 */
async function detectBuilder(docker, ctx, wantBuildKit) {
    try {
        const r = await docker.run(['buildx', 'version'], { timeoutMs: 20_000 });
        if (r.exitCode === 0)
            return 'buildx';
        if (!wantBuildKit)
            return 'docker';
        const probe = await makeDocker(ctx, { ...docker.env, DOCKER_BUILDKIT: '1' }).run(['build', '--help'], {
            timeoutMs: 20_000,
        });
        return probe.exitCode === 0 && /--secret\b/.test(probe.stdout) ? 'buildkit' : 'docker';
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError)
            return 'docker';
        throw e;
    }
}
/**
 * A private DOCKER_CONFIG for this run, so `docker login` never writes the user's
 * ~/.docker. The buildx plugin and builder instances are linked in, so they still work.
 */
function privateDockerConfig(ctx) {
    const original = ctx.env.DOCKER_CONFIG || (0, node_path_1.join)(ctx.env.HOME || (0, node_os_1.homedir)(), '.docker');
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(ctx.tempDir, 'docker-config-'));
    for (const sub of ['cli-plugins', 'buildx']) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(original, sub)))
            (0, node_fs_1.symlinkSync)((0, node_path_1.join)(original, sub), (0, node_path_1.join)(dir, sub));
    }
    return dir;
}
/**
 * The first retry's delay in ms: 1000, or SHIPLINE_RETRY_BASE_MS (an undocumented knob for
 * tests, which cannot wait seconds per retry). Read once per run, for docker and the registry.
 */
function retryBaseMs(env) {
    return Number(env.SHIPLINE_RETRY_BASE_MS) || 1000;
}
/** What one attempt's failure was, in words: a killed attempt says how long it was given. */
function attemptError(r, timeoutMs) {
    if (r.timedOut)
        return `no answer within ${Math.round(timeoutMs / 1000)} s, so the attempt was stopped`;
    return (0, commands_js_1.errorLine)(`${r.stdout}\n${r.stderr}`);
}
/**
 * Run a registry-bound docker command, each attempt bounded by `timeoutMs` (killed with its
 * process group when over), retrying transient failures and timeouts with backoff. A
 * cancelled run never retries.
 */
async function withRetries(o, ctx, baseMs, what, timeoutMs, fn) {
    for (let attempt = 1;; attempt++) {
        const r = await fn(timeoutMs);
        if (r.exitCode === 0)
            return { ...r, attempts: attempt };
        const output = `${r.stdout}\n${r.stderr}`;
        const transient = r.timedOut || (0, commands_js_1.isTransient)(output);
        if (ctx.signal.aborted || attempt > o.retries || !transient)
            return { ...r, attempts: attempt };
        const delay = (0, commands_js_1.backoffMs)(attempt, baseMs);
        ctx.logger.warning(`${what} failed (${attemptError(r, timeoutMs)}); retry ${attempt}/${o.retries} in ${(delay / 1000).toFixed(1)} s`);
        await (0, http_js_1.sleep)(delay);
        if (ctx.signal.aborted)
            return { ...r, attempts: attempt };
    }
}
function loginArgv(o) {
    return ['login', '--username', o.username ?? '', '--password-stdin', o.image.registry];
}
function tail(text, lines) {
    return text.trim().split('\n').slice(-lines).join('\n');
}


/***/ }),

/***/ 6556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
const build_log_js_1 = __webpack_require__(9567);
const commands_js_1 = __webpack_require__(6872);
const docker_cli_js_1 = __webpack_require__(7005);
const report_js_1 = __webpack_require__(2476);
const plan_js_1 = __webpack_require__(2309);
const skip_js_1 = __webpack_require__(6609);
/** Build (or skip), push with retries, read the digest back from the registry; one summary, one exit. */
async function run(o, ctx) {
    const report = {
        image: o.image.name,
        registry: o.image.registry,
        repository: o.image.repository,
        tags: o.plan.tags,
        shaTag: o.plan.shaTag,
        push: o.push,
        pushReason: o.pushReason,
        result: 'failed',
        dropped: o.plan.dropped,
    };
    for (const t of o.plan.dropped)
        ctx.logger.info(`tag template "${t}" skipped: a placeholder it uses is empty in this run`);
    for (const w of o.plan.warnings)
        ctx.logger.warning(`tags: ${w}`);
    const ending = await buildOrSkip(o, ctx, report);
    (0, report_js_1.renderSummary)(ctx.summary, report);
    return { outputs: outputs(o, ending), failure: ending.failure };
}
/** Find docker and its builder; a dry run stops at the plan, a real one goes on. */
async function buildOrSkip(o, ctx, report) {
    const started = ctx.now();
    const baseEnv = { ...ctx.env, ...o.secretEnv, DOCKER_CLI_HINTS: 'false' };
    const docker = (0, docker_cli_js_1.makeDocker)(ctx, baseEnv);
    let builder;
    let version;
    try {
        version = await docker.run(['version', '--format', '{{.Server.Version}}'], { timeoutMs: 30_000 });
        builder = await (0, docker_cli_js_1.detectBuilder)(docker, ctx, o.secrets.length + o.ssh.length > 0);
    }
    catch (e) {
        if (!(e instanceof exec_js_1.CommandNotFoundError))
            throw e;
        if (o.dryRun.dry)
            return (0, plan_js_1.dryRun)(o, ctx, 'docker', report);
        throw new errors_js_1.ConfigError('docker is not installed (no docker binary on PATH); install Docker or run on a runner that has it');
    }
    report.builder = builder;
    // Without buildx, DOCKER_BUILDKIT=1 in the caller's environment would make a newer `docker build`
    // refuse to run: the classic builder unless the client's own BuildKit was found and is needed.
    if (builder !== 'buildx')
        baseEnv.DOCKER_BUILDKIT = builder === 'buildkit' ? '1' : '0';
    if (o.dryRun.dry)
        return (0, plan_js_1.dryRun)(o, ctx, builder, report);
    if (version.exitCode !== 0)
        return (0, skip_js_1.fail)(report, (0, commands_js_1.errorLine)(version.stderr), `the Docker engine is not reachable: ${(0, commands_js_1.errorLine)(version.stderr)}`);
    const s = {
        o,
        ctx,
        report,
        builder,
        baseEnv,
        docker: (0, docker_cli_js_1.makeDocker)(ctx, baseEnv),
        retryBaseMs: (0, docker_cli_js_1.retryBaseMs)(ctx.env),
        started,
    };
    try {
        return await realRun(s);
    }
    finally {
        await logout(s);
    }
}
async function realRun(s) {
    const { o, ctx } = s;
    const iidfile = (0, node_path_1.join)((0, node_fs_1.mkdtempSync)((0, node_path_1.join)(ctx.tempDir, 'docker-build-')), 'iid');
    const plan = (0, plan_js_1.planBuild)(o, s.builder, iidfile);
    for (const w of plan.warnings)
        ctx.logger.warning(w);
    const registry = await (0, skip_js_1.registryClient)(s);
    if (o.skipIfExists) {
        const existing = await (0, skip_js_1.lookUp)(s, registry);
        if (existing)
            return (0, skip_js_1.skip)(s, registry, existing);
        ctx.logger.info(`${o.image.name}:${o.plan.shaTag} is not in the registry yet: building it`);
    }
    // Log in only now, to build (private base images) and push: a skipped run needs no login.
    const login = await logIn(s);
    if (login)
        return login;
    if (cancelled(s))
        return (0, skip_js_1.fail)(s.report, 'cancelled', 'cancelled before the build started');
    const built = await build(s, plan, iidfile);
    if (built.failure || !o.push)
        return built;
    if (cancelled(s))
        return (0, skip_js_1.fail)(s.report, 'cancelled', 'cancelled after the build, before any push');
    const pushed = await pushTags(s, plan, built.imageId ?? '');
    if (!('output' in pushed))
        return pushed;
    return readDigest(s, registry, pushed.output, built.imageId ?? '');
}
/** `docker login` into a private config when credentials are given; an Ending only when it fails. */
async function logIn(s) {
    const { o, ctx } = s;
    if (!o.username || !o.password)
        return undefined;
    const dir = (0, docker_cli_js_1.privateDockerConfig)(ctx);
    s.configDir = dir;
    // It will hold the credentials: removed on every exit path, a cancelled one included.
    ctx.onCleanup(() => (0, node_fs_1.rmSync)(dir, { recursive: true, force: true }));
    s.docker = (0, docker_cli_js_1.makeDocker)(ctx, { ...s.baseEnv, DOCKER_CONFIG: s.configDir });
    ctx.logger.info(`$ ${(0, exec_js_1.formatCommand)(['docker', ...(0, docker_cli_js_1.loginArgv)(o)])}   # password on standard input`);
    // Login is one small request: it gets at most a minute an attempt, however long pushes may take.
    const loginTimeout = Math.min(60_000, o.attemptTimeoutMs);
    const login = await (0, docker_cli_js_1.withRetries)(o, ctx, s.retryBaseMs, 'docker login', loginTimeout, (timeoutMs) => s.docker.run((0, docker_cli_js_1.loginArgv)(o), { input: o.password, timeoutMs }));
    if (login.exitCode !== 0) {
        const text = `${login.stdout}\n${login.stderr}`;
        const error = (0, docker_cli_js_1.attemptError)(login, loginTimeout);
        const tries = `${login.attempts} attempt${login.attempts > 1 ? 's' : ''}`;
        const why = cancelled(s)
            ? 'the run was cancelled'
            : login.timedOut || (0, commands_js_1.classifyFailure)(text) === 'transient'
                ? `${o.image.registry} is unreachable or failing (${tries}), so the credentials were never checked; retry later or check the registry's status`
                : (0, commands_js_1.classifyFailure)(text) === 'denied'
                    ? 'check the username and password inputs'
                    : `check that ${o.image.registry} is a registry this runner can reach`;
        return (0, skip_js_1.fail)(s.report, error, `docker login to ${o.image.registry} as "${o.username}" failed: ${error}; ${why}`, text);
    }
    s.loggedIn = true;
    return undefined;
}
/** The run was cancelled (SIGINT/SIGTERM): start nothing more. */
function cancelled(s) {
    return s.ctx.signal.aborted;
}
async function logout(s) {
    if (s.loggedIn && !cancelled(s)) {
        const out = await s.docker.run(['logout', s.o.image.registry], { timeoutMs: 30_000 }).catch(() => undefined);
        if (out?.exitCode !== 0)
            s.ctx.logger.warning(`docker logout ${s.o.image.registry} failed; the private config is removed anyway`);
    }
    if (s.configDir)
        (0, node_fs_1.rmSync)(s.configDir, { recursive: true, force: true });
}
/** Run the build; the image id (and size) on success, the Dockerfile line annotated on failure. */
async function build(s, plan, iidfile) {
    const { o, ctx, report } = s;
    const buildStart = ctx.now();
    ctx.logger.startGroup(`docker ${plan.argv.slice(0, s.builder === 'buildx' ? 2 : 1).join(' ')} (${o.plan.tags.length} tags)`);
    ctx.logger.info(`$ ${(0, commands_js_1.buildCommandLine)(s.builder, plan.argv)}`);
    const result = await s.docker.run(plan.argv, { stream: true });
    ctx.logger.endGroup();
    report.buildMs = ctx.now() - buildStart;
    report.steps = (0, build_log_js_1.dockerfileSteps)((0, build_log_js_1.parseBuildSteps)(`${result.stdout}\n${result.stderr}`), o.labels);
    if (result.exitCode !== 0) {
        const output = `${result.stdout}\n${result.stderr}`;
        const error = (0, commands_js_1.errorLine)(output);
        const at = (0, commands_js_1.dockerfileLine)(output);
        if (at && o.file)
            ctx.annotations.add({ level: 'error', message: error, file: (0, node_path_1.relative)(ctx.cwd, o.file) || o.file, line: at });
        return (0, skip_js_1.fail)(report, error, `docker build failed (exit ${result.exitCode ?? result.signal}): ${error}`, output);
    }
    const imageId = (0, node_fs_1.existsSync)(iidfile) ? (0, node_fs_1.readFileSync)(iidfile, 'utf8').trim() : '';
    if (imageId && !plan.pushesItself) {
        const inspect = await s.docker.run(['image', 'inspect', '--format', '{{.Size}}', imageId], { timeoutMs: 30_000 });
        if (inspect.exitCode === 0)
            report.sizeBytes = Number(inspect.stdout.trim()) || undefined;
    }
    report.imageId = imageId;
    if (!o.push) {
        report.result = 'built';
        report.totalMs = ctx.now() - s.started;
        ctx.logger.info(`built ${o.image.name}:${o.plan.shaTag} (${imageId}); not pushed: ${o.pushReason}`);
    }
    return { imageId };
}
/** Push every tag: the first uploads the layers, the rest only put a manifest. */
async function pushTags(s, plan, imageId) {
    const { o, ctx, report } = s;
    let output = '';
    if (plan.pushesItself)
        return { output };
    for (const t of o.plan.tags) {
        const ref = `${o.image.name}:${t}`;
        ctx.logger.info(`$ ${(0, exec_js_1.formatCommand)(['docker', 'push', ref])}`);
        const push = await (0, docker_cli_js_1.withRetries)(o, ctx, s.retryBaseMs, `docker push ${ref}`, o.attemptTimeoutMs, (timeoutMs) => s.docker.run(['push', ref], { stream: true, timeoutMs }));
        if (push.exitCode !== 0) {
            const text = `${push.stdout}\n${push.stderr}`;
            const error = cancelled(s) ? 'cancelled' : (0, docker_cli_js_1.attemptError)(push, o.attemptTimeoutMs);
            const tries = `${push.attempts} attempt${push.attempts > 1 ? 's' : ''}`;
            const fix = cancelled(s)
                ? `the push was stopped; the registry may hold some of its layers, but no tag from this attempt`
                : push.timedOut
                    ? `the registry stalled: raise attempt-timeout-seconds (${o.attemptTimeoutMs / 1000}) for very large layers, or check ${o.image.registry}`
                    : '';
            const line = `docker push ${ref} failed after ${tries}: ${error}${fix ? `; ${fix}` : ''}`;
            return { imageId, ...(0, skip_js_1.fail)(report, error, line, text) };
        }
        if (push.attempts > 1)
            report.pushAttempts = Math.max(report.pushAttempts ?? 1, push.attempts);
        if (t === o.plan.shaTag)
            output = push.stdout;
    }
    return { output };
}
/** The digest, read back from the registry (what a deploy will pull), else the one docker push printed. */
async function readDigest(s, registry, pushOutput, imageId) {
    const { o, ctx, report } = s;
    let digest = '';
    try {
        digest = (await registry.manifest(o.plan.shaTag))?.digest ?? '';
        if (!digest)
            ctx.logger.warning(`${o.image.name}:${o.plan.shaTag} was pushed but the registry does not list it`);
    }
    catch (e) {
        ctx.logger.warning(`could not read the digest back from ${o.image.registry} (${(0, errors_js_1.describeThrown)(e)})`);
    }
    const printed = (0, commands_js_1.pushedDigest)(pushOutput);
    if (!digest && printed) {
        ctx.logger.warning(`using the digest docker push printed (${printed})`);
        digest = printed;
    }
    else if (digest && printed && digest !== printed)
        ctx.logger.warning(`the registry says ${digest} but docker push printed ${printed}; outputs use the registry's`);
    Object.assign(report, { result: 'built', digest, totalMs: ctx.now() - s.started });
    ctx.logger.info(`pushed ${o.image.name}@${digest || '(digest unknown)'} as ${o.plan.tags.join(', ')}`);
    return {
        digest,
        imageId,
        failure: digest
            ? undefined
            : `pushed ${o.image.name}:${o.plan.shaTag} but could not read its digest back from the registry`,
    };
}
function outputs(o, e) {
    const digest = e.digest ?? '';
    const tags = o.plan.tags.map((t) => `${o.image.name}:${t}`);
    // Sorted by key, as metadata-action writes them.
    const labels = [...o.labels].sort(([a], [b]) => a.localeCompare(b));
    const json = {
        tags,
        'tag-names': o.plan.tags,
        labels: Object.fromEntries(labels),
        annotations: o.annotations.map(([k, v]) => `${k}=${v}`),
    };
    return {
        image: `${o.image.name}:${o.plan.shaTag}`,
        tags: tags.join('\n'),
        version: o.plan.version,
        labels: labels.map(([k, v]) => `${k}=${v}`).join('\n'),
        json: JSON.stringify(json),
        digest,
        'image-ref': digest ? `${o.image.name}@${digest}` : '',
        'image-id': e.imageId ?? '',
        skipped: String(e.skipped ?? false),
    };
}


/***/ }),

/***/ 2309:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.planBuild = planBuild;
exports.dryRun = dryRun;
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
const commands_js_1 = __webpack_require__(6872);
const docker_cli_js_1 = __webpack_require__(7005);
function planBuild(o, builder, iidfile) {
    try {
        return (0, commands_js_1.buildArgv)(o, builder, iidfile);
    }
    catch (e) {
        if (e instanceof commands_js_1.NeedsBuildxError)
            throw errors_js_1.ConfigError.forInput(e.input, e.problem, e.fix);
        throw e;
    }
}
/** The commands a dry run prints, exactly as a real run would give them to docker. */
function dryRun(o, ctx, builder, report) {
    const plan = planBuild(o, builder, (0, node_path_1.join)(ctx.tempDir, 'docker-build-iid'));
    const cmds = [];
    if (o.username)
        cmds.push(`${(0, exec_js_1.formatCommand)(['docker', ...(0, docker_cli_js_1.loginArgv)(o)])}   # password on standard input`);
    if (o.skipIfExists)
        cmds.push(`# GET /v2/${o.image.repository}/manifests/${o.plan.shaTag} on ${o.image.registry}: skip the build if it exists`);
    cmds.push((0, commands_js_1.buildCommandLine)(builder, plan.argv));
    if (o.push && !plan.pushesItself)
        for (const t of o.plan.tags)
            cmds.push((0, exec_js_1.formatCommand)(['docker', 'push', `${o.image.name}:${t}`]));
    if (o.username)
        cmds.push((0, exec_js_1.formatCommand)(['docker', 'logout', o.image.registry]));
    ctx.logger.info(`dry run (${o.dryRun.reason}): these are the commands a real run gives docker:`);
    for (const c of cmds)
        ctx.logger.info(`  ${c}`);
    for (const w of plan.warnings)
        ctx.logger.warning(w);
    Object.assign(report, { result: 'dry run', commands: cmds });
    return {};
}


/***/ }),

/***/ 8925:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RegistryClient = exports.RegistryError = exports.dockerConfigCredentials = exports.MANIFEST_TYPES = void 0;
exports.parseChallenge = parseChallenge;
const node_crypto_1 = __webpack_require__(7598);
const http_js_1 = __webpack_require__(1983);
const reference_js_1 = __webpack_require__(2977);
const errors_js_1 = __webpack_require__(4296);
exports.MANIFEST_TYPES = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.v2+json',
];
var credentials_js_1 = __webpack_require__(7898);
Object.defineProperty(exports, "dockerConfigCredentials", ({ enumerable: true, get: function () { return credentials_js_1.dockerConfigCredentials; } }));
/** The registry answered, but not with what we asked for (denied, broken, unreachable). */
class RegistryError extends errors_js_1.ExternalError {
    status;
    name = 'RegistryError';
    constructor(message, status) {
        super(message);
        this.status = status;
    }
}
exports.RegistryError = RegistryError;
/** `Bearer realm="...",service="...",scope="..."` → scheme and parameters. */
function parseChallenge(header) {
    if (!header)
        return undefined;
    const m = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!m)
        return undefined;
    const params = {};
    for (const p of m[2].matchAll(/(\w+)="([^"]*)"/g))
        params[p[1].toLowerCase()] = p[2];
    return { scheme: m[1].toLowerCase(), params };
}
/**
 * A minimal Distribution API client: look a tag's manifest up and copy a manifest to another
 * tag. Handles Basic and Bearer (token) challenges, and retries 429/5xx/resets via core http.
 */
class RegistryClient {
    image;
    credentials;
    deps;
    authorization;
    base;
    /** HTTP deps without the masker: core `request` masks bodies, which would corrupt a
     * manifest (its bytes are its digest) or a token that contains an earlier one. */
    http;
    mask;
    constructor(image, credentials, deps) {
        this.image = image;
        this.credentials = credentials;
        this.deps = deps;
        this.base = `${(0, reference_js_1.isLoopback)(image.registry) ? 'http' : 'https'}://${(0, reference_js_1.apiHost)(image.registry)}`;
        if (credentials)
            deps.masker?.add(`${credentials.username}:${credentials.password}`);
        const { masker, ...http } = deps;
        this.http = http;
        this.mask = (s) => (masker ? masker.mask(s) : s);
    }
    async send(method, path, headers, body, scope) {
        const go = () => (0, http_js_1.request)({
            url: `${this.base}${path}`,
            method,
            headers: { ...headers, ...(this.authorization ? { authorization: this.authorization } : {}) },
            body,
            retries: this.deps.retries,
            label: `registry ${this.image.registry}`,
            timeoutMs: 30_000,
        }, this.http);
        let res = await go();
        if (res.status !== 401)
            return res;
        const challenge = parseChallenge(res.headers.get('www-authenticate'));
        if (!challenge)
            return res;
        if (challenge.scheme === 'basic') {
            if (!this.credentials)
                return res;
            this.authorization = `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`;
        }
        else if (challenge.scheme === 'bearer' && challenge.params.realm) {
            const url = new URL(challenge.params.realm);
            if (challenge.params.service)
                url.searchParams.set('service', challenge.params.service);
            url.searchParams.set('scope', scope);
            const basic = this.credentials
                ? {
                    authorization: `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}`,
                }
                : undefined;
            const tokenRes = await (0, http_js_1.request)({
                url: url.toString(),
                headers: basic,
                retries: this.deps.retries,
                label: `token service of ${this.image.registry}`,
                timeoutMs: 30_000,
            }, this.http);
            if (!tokenRes.ok)
                throw new RegistryError(`the token service of ${this.image.registry} answered ${tokenRes.status}${this.credentials ? ' (check the username and password)' : ' (no credentials: set username and password)'}`, tokenRes.status);
            const json = JSON.parse(tokenRes.body);
            const token = json.token ?? json.access_token;
            if (!token)
                throw new RegistryError(`the token service of ${this.image.registry} sent no token`);
            this.deps.masker?.add(token);
            this.authorization = `Bearer ${token}`;
        }
        else
            return res;
        res = await go();
        return res;
    }
    /** The manifest a tag points at, or undefined when the tag does not exist. */
    async manifest(tag) {
        const res = await this.send('GET', `/v2/${this.image.repository}/manifests/${tag}`, { accept: exports.MANIFEST_TYPES.join(', ') }, undefined, `repository:${this.image.repository}:pull`);
        if (res.status === 404)
            return undefined;
        if (res.status === 401 || res.status === 403)
            throw new RegistryError(`registry ${this.image.registry} denied reading ${this.image.repository}:${tag} (HTTP ${res.status})`, res.status);
        if (!res.ok)
            throw new RegistryError(`registry ${this.image.registry} answered ${res.status} for ${this.image.repository}:${tag}: ${this.mask(res.body.slice(0, 200))}`, res.status);
        const digest = res.headers.get('docker-content-digest') ??
            `sha256:${(0, node_crypto_1.createHash)('sha256').update(res.body, 'utf8').digest('hex')}`;
        const mediaType = res.headers.get('content-type')?.split(';')[0] ??
            JSON.parse(res.body).mediaType ??
            '';
        return { digest, mediaType, body: res.body };
    }
    /** Point `tag` at an existing manifest (no pull, no push of layers). */
    async putManifest(tag, manifest) {
        const res = await this.send('PUT', `/v2/${this.image.repository}/manifests/${tag}`, { 'content-type': manifest.mediaType }, manifest.body, `repository:${this.image.repository}:pull,push`);
        if (!res.ok)
            throw new RegistryError(`registry ${this.image.registry} answered ${res.status} when tagging ${this.image.repository}:${tag}: ${this.mask(res.body.slice(0, 200))}`, res.status);
    }
}
exports.RegistryClient = RegistryClient;


/***/ }),

/***/ 2476:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatBytes = formatBytes;
exports.renderSummary = renderSummary;
const build_log_js_1 = __webpack_require__(9567);
const BUILDERS = {
    buildx: 'docker buildx build',
    buildkit: 'docker build with BuildKit (DOCKER_BUILDKIT=1)',
    docker: 'docker build',
};
function formatBytes(n) {
    if (n < 1024)
        return `${n} B`;
    const units = ['KiB', 'MiB', 'GiB'];
    let v = n / 1024;
    let i = 0;
    while (v >= 1024 && i < units.length - 1) {
        v /= 1024;
        i++;
    }
    return `${v.toFixed(1)} ${units[i]}`;
}
const ICON = { built: '✅', skipped: '⏭️', 'dry run': '🧪', failed: '❌' };
function renderSummary(summary, r) {
    summary.heading(`${ICON[r.result]} docker-build: ${r.image}:${r.shaTag} ${r.result}`, 3);
    const rows = [
        [
            'result',
            r.result === 'skipped' ? 'skipped: the SHA tag already exists in the registry, nothing was built' : r.result,
        ],
        ['tags', r.tags.map((t) => tagLink(r, t)).join(' ')],
    ];
    if (r.digest)
        rows.push(['digest', `\`${r.digest}\``], ['image-ref', `\`${r.image}@${r.digest}\``]);
    if (r.sizeBytes)
        rows.push(['size', formatBytes(r.sizeBytes)]);
    if (r.buildMs !== undefined)
        rows.push(['build time', `${(r.buildMs / 1000).toFixed(1)} s`]);
    if (r.totalMs !== undefined)
        rows.push(['total time', `${(r.totalMs / 1000).toFixed(1)} s`]);
    if (r.steps)
        rows.push(['steps', stepsLine(r.steps)]);
    if (r.builder)
        rows.push(['builder', BUILDERS[r.builder]]);
    rows.push(['push', r.push ? `yes (${r.pushReason})` : `no (${r.pushReason})`]);
    if (r.pushAttempts)
        rows.push(['push attempts', String(r.pushAttempts)]);
    if (r.retagged?.length)
        rows.push(['retagged', r.retagged.map((t) => `\`${t}\``).join(' ')]);
    if (r.dropped.length)
        rows.push(['tag templates skipped', r.dropped.map((t) => `\`${t}\``).join(' ')]);
    summary.table(['', ''], rows);
    if (r.steps && r.steps.cached.length + r.steps.built.length > 0)
        summary.details('build steps', [...r.steps.built.map((s) => `- built: \`${s}\``), ...r.steps.cached.map((s) => `- cached: \`${s}\``)].join('\n'));
    if (r.error)
        summary.paragraph(`**Error:** ${r.error}`);
    if (r.log)
        summary.details('docker output (last lines)', '```\n' + r.log.replace(/```/g, "'''") + '\n```');
    if (r.commands)
        summary
            .paragraph('Dry run: the commands a real run gives docker (the digest is only known after a push):')
            .code(r.commands.join('\n'), 'sh');
}
/** A tag, as a link to the registry's page when it has one and the tag was pushed. */
function tagLink(r, tag) {
    const url = r.push && r.result !== 'dry run' && r.result !== 'failed' ? (0, build_log_js_1.registryPage)(r.registry, r.repository, tag) : undefined;
    return url ? `[\`${tag}\`](${url})` : `\`${tag}\``;
}
function stepsLine(s) {
    const total = s.cached.length + s.built.length;
    return `${s.built.length} built, ${s.cached.length} from cache (of ${total})`;
}


/***/ }),

/***/ 6609:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.registryClient = registryClient;
exports.lookUp = lookUp;
exports.skip = skip;
exports.fail = fail;
const errors_js_1 = __webpack_require__(4296);
const docker_cli_js_1 = __webpack_require__(7005);
const registry_js_1 = __webpack_require__(8925);
const credentials_js_1 = __webpack_require__(7898);
/** A registry client with the credentials docker would use (inputs, else credHelpers/credsStore/auths). */
async function registryClient(s) {
    const { o, ctx } = s;
    const credentials = o.username && o.password
        ? { username: o.username, password: o.password }
        : await (0, credentials_js_1.dockerCredentials)(o.image.registry, ctx);
    if (credentials)
        ctx.masker.add(credentials.password);
    return new registry_js_1.RegistryClient(o.image, credentials, {
        masker: ctx.masker,
        logger: ctx.logger,
        signal: ctx.signal,
        retries: o.retries,
        baseDelayMs: s.retryBaseMs,
    });
}
async function lookUp(s, registry) {
    const { o, ctx } = s;
    try {
        return await registry.manifest(o.plan.shaTag);
    }
    catch (e) {
        ctx.logger.warning(`could not ask ${o.image.registry} whether ${o.image.name}:${o.plan.shaTag} exists (${(0, errors_js_1.describeThrown)(e)}); carrying on as if it does not`);
        return undefined;
    }
}
async function skip(s, registry, existing) {
    const { o, ctx, report } = s;
    ctx.logger.info(`${o.image.name}:${o.plan.shaTag} already exists (${existing.digest}): skipping the build (skip-if-exists is true)`);
    Object.assign(report, { result: 'skipped', digest: existing.digest });
    const ending = { digest: existing.digest, skipped: true };
    const retagged = [];
    for (const t of o.push ? o.plan.tags : []) {
        if (t === o.plan.shaTag)
            continue;
        try {
            const current = await registry.manifest(t);
            if (current?.digest === existing.digest)
                continue;
            await registry.putManifest(t, existing);
            retagged.push(t);
        }
        catch (e) {
            report.error = (0, errors_js_1.describeThrown)(e);
            return { ...ending, failure: `the build was skipped but tagging ${o.image.name}:${t} failed: ${report.error}` };
        }
    }
    if (retagged.length)
        ctx.logger.info(`pointed ${retagged.map((t) => `${o.image.name}:${t}`).join(', ')} at ${existing.digest}`);
    Object.assign(report, { retagged, totalMs: ctx.now() - s.started });
    return ending;
}
function fail(report, error, failure, log) {
    report.error = error;
    if (log !== undefined)
        report.log = (0, docker_cli_js_1.tail)(log, 40);
    return { failure };
}


/***/ })

};
