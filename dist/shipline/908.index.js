export const id = 908;
export const ids = [908];
export const modules = {

/***/ 302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDryRun = resolveDryRun;
const errors_js_1 = __webpack_require__(4296);
/** `auto` is dry under a local runner (nektos/act sets ACT=true) and real otherwise. */
function resolveDryRun(setting, env = process.env, frontDoor = 'action', input = 'dry-run') {
    const value = (setting ?? 'auto').trim().toLowerCase() || 'auto';
    switch (value) {
        case 'true':
            return { dry: true, reason: `${input} is true` };
        case 'false':
            return { dry: false, reason: `${input} is false` };
        case 'auto':
            return env.ACT === 'true'
                ? { dry: true, reason: `${input} is auto and ACT=true (a local run under nektos/act)` }
                : { dry: false, reason: `${input} is auto and this is not a local act run` };
        default:
            throw errors_js_1.ConfigError.forInput(input, `"${setting}" is not one of auto, true, false`, 'use auto (dry under act), true or false', undefined, frontDoor);
    }
}


/***/ }),

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineSubcommand = defineSubcommand;
exports.defineTool = defineTool;
function defineSubcommand(sub) {
    return sub;
}
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 2568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUILD_INPUT_SPECS = void 0;
exports.warnSecretBuildArgs = warnSecretBuildArgs;
exports.parseSecrets = parseSecrets;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
/** Build argument names that hold credentials (NPM_TOKEN, DB_PASSWORD, AWS_SECRET_ACCESS_KEY, API_KEY …). */
const SECRET_ARG = /token|secret|passw(or)?d|\bpwd\b|_pwd$|api_?key|private_?key|access_?key|credential|auth/i;
/** Mask and warn about build arguments named like credentials. */
function warnSecretBuildArgs(buildArgs, ctx) {
    // A build argument is visible in the build line, `docker history` and the image config: one
    // whose name says it is a credential is masked everywhere we print, and pointed at `secrets`.
    for (const [k, v] of buildArgs) {
        if (!SECRET_ARG.test(k) || !v)
            continue;
        ctx.masker.add(v);
        ctx.logger.warning(`build-args: ${k} looks like a secret; its value is masked here, but a build argument stays readable in the image (docker history): pass it with the secrets input instead (id=${k.toLowerCase()},env=…) and read it with RUN --mount=type=secret`);
    }
}
/** `secrets` (id=value, masked) and `secret-files` (id=path) as buildx --secret specs. */
function parseSecrets(inputs, ctx) {
    const out = [];
    const env = {};
    for (const [id, value] of inputs.keyValues('secrets')) {
        ctx.masker.add(value);
        // The value goes to docker through the environment, never on the command line.
        const name = `SHIPLINE_SECRET_${id.replace(/[^A-Za-z0-9_]/g, '_').toUpperCase()}`;
        out.push(`id=${id},env=${name}`);
        env[name] = value;
    }
    for (const [id, path] of inputs.keyValues('secret-files')) {
        const abs = (0, node_path_1.resolve)(ctx.cwd, path);
        if (!(0, node_fs_1.existsSync)(abs))
            throw inputs.fail('secret-files', `"${id}" points at ${path}, which does not exist`, 'give id=path of a file the job wrote');
        out.push(`id=${id},src=${abs}`);
    }
    return { secrets: out, secretEnv: env };
}
/** The inputs of the tag rules and of BuildKit (secrets, ssh, contexts), declared once here. */
exports.BUILD_INPUT_SPECS = [
    {
        name: 'latest',
        description: "auto (latest on the default branch, as metadata-action's latest=auto), true (always) or false (never: immutable-tag registries such as ECR).",
        default: 'auto',
    },
    {
        name: 'branch-tag',
        description: 'Tag the image with the branch slug; false for immutable-tag registries (ECR rejects a re-pushed tag).',
        default: 'true',
        kind: 'boolean',
    },
    {
        name: 'no-cache',
        description: 'Build without the layer cache (docker build --no-cache).',
        default: 'false',
        kind: 'boolean',
    },
    {
        name: 'pull',
        description: 'Always pull newer base images (docker build --pull).',
        default: 'false',
        kind: 'boolean',
    },
    {
        name: 'secrets',
        description: 'Build secrets, one id=value a line, read in the Dockerfile with RUN --mount=type=secret,id=…; never in a layer (needs BuildKit, i.e. buildx).',
        kind: 'list',
        secret: true,
    },
    {
        name: 'secret-files',
        description: 'Build secrets from files, one id=path a line (needs BuildKit, i.e. buildx).',
        kind: 'list',
    },
    {
        name: 'ssh',
        description: 'SSH agent sockets or keys for RUN --mount=type=ssh, one default|id[=path] a line (needs BuildKit, i.e. buildx).',
        kind: 'list',
    },
    {
        name: 'build-contexts',
        description: 'Additional named contexts, one name=path-or-image a line (buildx only).',
        kind: 'list',
    },
    {
        name: 'annotations',
        description: 'OCI annotations, one key=value a line (buildx only).',
        kind: 'list',
    },
];


/***/ }),

/***/ 2977:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Docker's reference grammar (distribution/reference), the parts an image build needs:
 * the repository name, the registry it lives on, and tags. Pure; no I/O.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_TAG_LENGTH = void 0;
exports.parseImageName = parseImageName;
exports.isProblem = isProblem;
exports.tagProblem = tagProblem;
exports.slugTag = slugTag;
exports.apiHost = apiHost;
exports.isLoopback = isLoopback;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_RE = new RegExp(`^(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?$`);
const PATH_COMPONENT_RE = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
exports.MAX_TAG_LENGTH = 128;
const MAX_NAME_LENGTH = 255;
/** True when the first path element is a registry host, by Docker's own rule. */
function looksLikeDomain(first) {
    return first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
}
/** Parse and validate an image name without tag or digest. */
function parseImageName(raw) {
    const name = raw.trim();
    if (name === '')
        return { problem: 'is empty', fix: 'set an image name such as ghcr.io/acme/api' };
    if (name.includes('@'))
        return {
            problem: `"${name}" has a digest`,
            fix: 'give the name alone (e.g. ghcr.io/acme/api); shipline outputs the digest',
        };
    const slash = name.indexOf('/');
    const first = slash === -1 ? '' : name.slice(0, slash);
    const hasDomain = slash !== -1 && looksLikeDomain(first);
    const domain = hasDomain ? first : '';
    const path = hasDomain ? name.slice(slash + 1) : name;
    const lastPart = path.split('/').pop() ?? '';
    if (lastPart.includes(':'))
        return {
            problem: `"${name}" has a tag (${lastPart.slice(lastPart.indexOf(':'))})`,
            fix: 'give the name without a tag and put extra tags in the tags input; the commit SHA tag is added for you',
        };
    if (hasDomain && first !== first.toLowerCase() && !first.includes('.') && !first.includes(':')) {
        return { problem: `"${name}" has upper case letters in "${first}"`, fix: 'image names must be lower case' };
    }
    if (domain && !DOMAIN_RE.test(domain))
        return {
            problem: `"${domain}" is not a valid registry host[:port]`,
            fix: 'write the registry as host or host:port, e.g. ghcr.io or registry.example.com:5000',
        };
    if (path === '')
        return {
            problem: `"${name}" has no repository after the registry`,
            fix: 'write registry/owner/name, e.g. ghcr.io/acme/api',
        };
    for (const part of path.split('/')) {
        if (part === '')
            return { problem: `"${name}" has an empty path element (//)`, fix: 'remove the extra slash' };
        if (part !== part.toLowerCase())
            return { problem: `"${name}" has upper case letters in "${part}"`, fix: 'image names must be lower case' };
        if (!PATH_COMPONENT_RE.test(part))
            return {
                problem: `"${part}" in "${name}" is not a valid repository name element`,
                fix: 'use lower case letters, digits and single separators (. _ __ -), starting and ending with a letter or digit',
            };
    }
    if (name.length > MAX_NAME_LENGTH)
        return {
            problem: `"${name.slice(0, 40)}…" is ${name.length} characters`,
            fix: `Docker allows at most ${MAX_NAME_LENGTH}`,
        };
    const registry = domain || 'docker.io';
    const repository = registry === 'docker.io' && !path.includes('/') ? `library/${path}` : path;
    return { name, registry, repository };
}
function isProblem(v) {
    return 'problem' in v && 'fix' in v;
}
/** Validate one tag against Docker's grammar; undefined when valid. */
function tagProblem(tag) {
    if (tag.length > exports.MAX_TAG_LENGTH)
        return {
            problem: `tag "${tag.slice(0, 32)}…" is ${tag.length} characters`,
            fix: `Docker allows at most ${exports.MAX_TAG_LENGTH}; shorten it`,
        };
    if (!TAG_RE.test(tag))
        return {
            problem: `tag "${tag}" is not a valid Docker tag`,
            fix: 'use letters, digits, _ . and -, not starting with . or -',
        };
    return undefined;
}
/**
 * A branch or git tag name as a Docker tag: lower case, anything outside [a-z0-9_.-]
 * becomes '-', no leading '.'/'-', at most 128 characters. Undefined when nothing is left.
 */
function slugTag(value) {
    let s = value
        .toLowerCase()
        .replace(/[^a-z0-9_.-]+/g, '-')
        .replace(/^[.-]+/, '');
    if (s.length > exports.MAX_TAG_LENGTH)
        s = s.slice(0, exports.MAX_TAG_LENGTH);
    s = s.replace(/-+$/, '');
    return s === '' ? undefined : s;
}
/** The host the registry's HTTP API answers on (Docker Hub's API is not docker.io). */
function apiHost(registry) {
    return registry === 'docker.io' || registry === 'index.docker.io' ? 'registry-1.docker.io' : registry;
}
/** Loopback registries speak plain HTTP (Docker allows 127.0.0.0/8 insecure by default). */
function isLoopback(registry) {
    const host = registry.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}


/***/ }),

/***/ 8695:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPullRequest = exports.TagError = void 0;
exports.semverTags = semverTags;
exports.expandTemplate = expandTemplate;
exports.computeTags = computeTags;
exports.ociLabels = ociLabels;
const reference_js_1 = __webpack_require__(2977);
const errors_js_1 = __webpack_require__(4296);
/** A tag that cannot be made; `input` names the input at fault, when one is (a missing SHA is none's). */
class TagError extends errors_js_1.ConfigError {
    problem;
    fix;
    input;
    name = 'TagError';
    constructor(problem, fix, input = 'tags') {
        super(`${problem}; ${fix}`);
        this.problem = problem;
        this.fix = fix;
        this.input = input;
    }
}
exports.TagError = TagError;
const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
const PLACEHOLDERS = ['sha', 'short-sha', 'branch', 'tag', 'run-number'];
const isPullRequest = (eventName) => eventName === 'pull_request' || eventName === 'pull_request_target';
exports.isPullRequest = isPullRequest;
/** `v1.2.3` → 1.2.3, 1.2, 1 (major 0 gets no bare `0`); a pre-release only its full version. */
function semverTags(gitTag) {
    const m = SEMVER.exec(gitTag);
    if (!m)
        return undefined;
    const [, major, minor, patch, pre] = m;
    if (pre)
        return [`${major}.${minor}.${patch}-${pre}`];
    const out = [`${major}.${minor}.${patch}`, `${major}.${minor}`];
    if (major !== '0')
        out.push(major);
    return out;
}
/** Expand `{sha}`-style placeholders; undefined when one it uses has no value in this run. */
function expandTemplate(template, values) {
    let missing = false;
    const out = template.replace(/\{([^{}]*)\}/g, (_, key) => {
        if (!PLACEHOLDERS.includes(key))
            throw new TagError(`"${template}" uses unknown placeholder {${key}}`, `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
        const v = values[key];
        if (!v)
            missing = true;
        return v ?? '';
    });
    return missing ? undefined : out;
}
function computeTags(src, shaFormat, extra, auto = { latest: 'auto', branch: true }) {
    const sha = ((0, exports.isPullRequest)(src.eventName) && src.prHeadSha ? src.prHeadSha : src.sha).toLowerCase();
    if (!/^[0-9a-f]{7,64}$/.test(sha))
        throw new TagError(sha ? `commit SHA "${sha}" is not a hex SHA` : 'no commit SHA: GITHUB_SHA is empty and git found no HEAD commit', 'run in a git checkout or set GITHUB_SHA', undefined);
    const shortSha = sha.slice(0, 7);
    const shaTag = shaFormat === 'short' ? shortSha : sha;
    const onPr = (0, exports.isPullRequest)(src.eventName);
    const branchName = onPr ? src.prHeadRef : src.refType === 'branch' ? src.refName : undefined;
    const branch = branchName ? (0, reference_js_1.slugTag)(branchName) : undefined;
    const gitTag = !onPr && src.refType === 'tag' && src.refName ? src.refName : undefined;
    const tags = [shaTag];
    // Immutable-tag registries (ECR) refuse a re-pushed tag: branch and latest can be turned off.
    if (branch && auto.branch)
        tags.push(branch);
    if (onPr && src.prNumber)
        tags.push(`pr-${src.prNumber}`);
    const onDefault = !onPr && src.refType === 'branch' && !!src.defaultBranch && src.refName === src.defaultBranch;
    if (auto.latest === 'true' || (auto.latest === 'auto' && onDefault))
        tags.push('latest');
    const semver = gitTag ? semverTags(gitTag) : undefined;
    if (semver)
        tags.push(...semver);
    else if (gitTag) {
        const slug = (0, reference_js_1.slugTag)(gitTag);
        if (slug)
            tags.push(slug);
    }
    const dropped = [];
    const values = {
        sha,
        'short-sha': shortSha,
        branch,
        tag: gitTag ? (0, reference_js_1.slugTag)(gitTag) : undefined,
        'run-number': src.runNumber || undefined,
    };
    for (const template of extra) {
        if (template.includes(':') || template.includes('/') || template.includes('@')) {
            throw new TagError(`"${template}" is a reference, not a tag`, 'give tag names only (e.g. stable or {branch}-{run-number}); the image input names the repository');
        }
        const tag = expandTemplate(template, values);
        if (tag === undefined)
            dropped.push(template);
        else
            tags.push(tag);
    }
    for (const t of tags) {
        const p = (0, reference_js_1.tagProblem)(t);
        if (p)
            throw new TagError(p.problem, p.fix);
    }
    const version = semver?.[0] ?? (gitTag ? ((0, reference_js_1.slugTag)(gitTag) ?? sha) : (branch ?? sha));
    return { sha, shaTag, tags: [...new Set(tags)], version, branch, gitTag, dropped };
}
/** The OCI labels every image gets; the user's `labels` input overrides any of them. */
function ociLabels(src, user) {
    const url = src.repository ? `${src.serverUrl.replace(/\/+$/, '')}/${src.repository}` : '';
    const base = [
        ['org.opencontainers.image.revision', src.sha],
        ['org.opencontainers.image.created', src.created.toISOString()],
        ['org.opencontainers.image.version', src.version],
    ];
    if (url)
        base.push(['org.opencontainers.image.source', url], ['org.opencontainers.image.url', url]);
    if (src.repository)
        base.push(['org.opencontainers.image.title', src.repository.split('/').pop() ?? src.repository]);
    const merged = new Map(base);
    for (const [k, v] of user)
        merged.set(k, v);
    return [...merged];
}


/***/ }),

/***/ 6908:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const dry_run_js_1 = __webpack_require__(302);
const tool_js_1 = __webpack_require__(121);
const build_inputs_js_1 = __webpack_require__(2568);
const reference_js_1 = __webpack_require__(2977);
const tags_js_1 = __webpack_require__(8695);
const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|github\.com\/)/;
/** The commit and branch from the event, or from git when run locally without one. */
async function tagSource(ctx) {
    const e = ctx.event;
    const src = {
        eventName: e.eventName,
        sha: e.sha,
        prHeadSha: e.pullRequest?.headSha,
        prNumber: e.pullRequest?.number,
        prHeadRef: e.pullRequest?.headRef,
        refType: e.refType,
        refName: e.refName,
        defaultBranch: e.defaultBranch,
        runNumber: e.runNumber,
    };
    if (!src.sha && !((0, tags_js_1.isPullRequest)(src.eventName) && src.prHeadSha)) {
        const git = async (...args) => {
            try {
                const r = await ctx.exec('git', args, { cwd: ctx.cwd, timeoutMs: 10_000 });
                return r.exitCode === 0 ? r.stdout.trim() : '';
            }
            catch {
                return '';
            }
        };
        src.sha = await git('rev-parse', 'HEAD');
        if (!src.refName) {
            const branch = await git('rev-parse', '--abbrev-ref', 'HEAD');
            if (branch && branch !== 'HEAD')
                Object.assign(src, { refType: 'branch', refName: branch });
        }
    }
    return src;
}
/**
 * The `created` label: SOURCE_DATE_EPOCH when set, else the commit's time, else now. A
 * commit's image config is then the same on every rebuild, so the layer cache holds (the
 * classic builder turns each label into a step) and a rebuild gives the same digest.
 */
async function createdAt(ctx, sha) {
    const epoch = Number(ctx.env.SOURCE_DATE_EPOCH);
    if (ctx.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch))
        return new Date(epoch * 1000);
    try {
        const r = await ctx.exec('git', ['show', '-s', '--format=%cI', sha], { cwd: ctx.cwd, timeoutMs: 10_000 });
        const d = new Date(r.stdout.trim());
        if (r.exitCode === 0 && !Number.isNaN(d.getTime()))
            return d;
    }
    catch {
        /* no git: fall through */
    }
    return new Date(ctx.now());
}
/** Parse and check every input before anything runs. */
async function parse(inputs, ctx) {
    const image = (0, reference_js_1.parseImageName)(inputs.required('image', 'set the image name without a tag, e.g. ghcr.io/acme/api'));
    if ((0, reference_js_1.isProblem)(image))
        throw inputs.fail('image', image.problem, image.fix);
    const contextRaw = inputs.string('context', '.');
    const remote = REMOTE_CONTEXT.test(contextRaw);
    const context = remote ? contextRaw : (0, node_path_1.resolve)(ctx.cwd, contextRaw);
    if (!remote && !((0, node_fs_1.existsSync)(context) && (0, node_fs_1.statSync)(context).isDirectory())) {
        throw inputs.fail('context', `"${contextRaw}" is not a directory (looked in ${context})`, 'point it at the folder holding the files the Dockerfile copies');
    }
    const fileRaw = inputs.optional('file');
    let file;
    if (fileRaw)
        file = (0, node_path_1.isAbsolute)(fileRaw) ? fileRaw : (0, node_path_1.resolve)(ctx.cwd, fileRaw);
    else if (!remote)
        file = (0, node_path_1.join)(context, 'Dockerfile');
    if (file && !remote && !((0, node_fs_1.existsSync)(file) && (0, node_fs_1.statSync)(file).isFile())) {
        throw inputs.fail(fileRaw ? 'file' : 'context', `no Dockerfile at ${file}`, fileRaw ? 'point file at the Dockerfile' : 'add a Dockerfile to the context or set the file input');
    }
    const buildArgs = inputs.keyValues('build-args');
    const userLabels = inputs.keyValues('labels');
    for (const [k] of [...buildArgs, ...userLabels]) {
        if (/\s/.test(k))
            throw inputs.fail(buildArgs.some(([b]) => b === k) ? 'build-args' : 'labels', `key "${k}" contains whitespace`, 'write KEY=value with no spaces in KEY');
    }
    (0, build_inputs_js_1.warnSecretBuildArgs)(buildArgs, ctx);
    const shaFormat = inputs.enum('sha-format', ['long', 'short'], 'long');
    let plan;
    try {
        plan = (0, tags_js_1.computeTags)(await tagSource(ctx), shaFormat, inputs.list('tags'), {
            latest: inputs.enum('latest', ['auto', 'true', 'false'], 'auto'),
            branch: inputs.boolean('branch-tag', true),
        });
    }
    catch (e) {
        if (e instanceof tags_js_1.TagError && e.input)
            throw inputs.fail(e.input, e.problem, e.fix);
        throw e;
    }
    const pushSetting = inputs.enum('push', ['auto', 'true', 'false'], 'auto');
    const onPr = (0, tags_js_1.isPullRequest)(ctx.event.eventName);
    const push = pushSetting === 'auto' ? !onPr : pushSetting === 'true';
    const pushReason = pushSetting === 'auto'
        ? onPr
            ? 'push is auto and this is a pull request'
            : 'push is auto'
        : `push is ${pushSetting}`;
    const username = inputs.optional('username');
    const password = inputs.optional('password');
    if ((username === undefined) !== (password === undefined)) {
        throw inputs.fail(username ? 'password' : 'username', 'is empty while the other login input is set', 'set both username and password, or neither to use an existing docker login');
    }
    const retries = inputs.number('retries', 3, { min: 0, max: 10, integer: true });
    const labels = (0, tags_js_1.ociLabels)({
        sha: plan.sha,
        version: plan.version,
        serverUrl: ctx.event.serverUrl,
        repository: ctx.event.repository,
        created: await createdAt(ctx, plan.sha),
    }, userLabels);
    return {
        image,
        context,
        file,
        target: inputs.optional('target'),
        buildArgs,
        labels,
        plan,
        push,
        pushReason,
        skipIfExists: inputs.boolean('skip-if-exists', true),
        username,
        password,
        platforms: inputs.list('platforms', { commas: true }),
        cacheFrom: inputs.list('cache-from'),
        cacheTo: inputs.list('cache-to'),
        provenance: inputs.boolean('provenance', false),
        retries,
        noCache: inputs.boolean('no-cache', false),
        pull: inputs.boolean('pull', false),
        ...(0, build_inputs_js_1.parseSecrets)(inputs, ctx),
        ssh: inputs.list('ssh'),
        buildContexts: inputs.keyValues('build-contexts'),
        annotations: inputs.keyValues('annotations'),
        attemptTimeoutMs: inputs.number('attempt-timeout-seconds', 600, { min: 1, max: 21_600 }) * 1000,
        dryRun: (0, dry_run_js_1.resolveDryRun)(inputs.optional('dry-run'), ctx.env, inputs.frontDoor),
    };
}
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        { name: 'image', description: 'Image name without tag, e.g. ghcr.io/acme/api.', required: true },
        { name: 'context', description: 'Build context directory (or a git/https URL).', default: '.' },
        { name: 'file', description: 'Dockerfile path (default: Dockerfile in the context).' },
        { name: 'target', description: 'Build stage to stop at (docker build --target).' },
        { name: 'build-args', description: 'Build arguments, one KEY=value a line.', kind: 'list' },
        {
            name: 'labels',
            description: 'Extra labels, one KEY=value a line; they override the OCI labels shipline sets (created is the commit time, or SOURCE_DATE_EPOCH, so a rebuild of a commit hits the cache and gives the same image).',
            kind: 'list',
        },
        {
            name: 'tags',
            description: 'Extra tags, one a line; templates {sha}, {short-sha}, {branch}, {tag}, {run-number}. A line whose placeholder is empty in this run is skipped.',
            kind: 'list',
        },
        ...build_inputs_js_1.BUILD_INPUT_SPECS,
        { name: 'sha-format', description: 'Commit SHA tag: long (40 characters) or short (7).', default: 'long' },
        { name: 'push', description: 'auto, true or false; auto pushes except on pull_request.', default: 'auto' },
        {
            name: 'skip-if-exists',
            description: 'Skip the build when the registry already has the SHA tag (its digest is still output).',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'username',
            description: 'Registry user for docker login (login before, logout after, in a private DOCKER_CONFIG).',
        },
        {
            name: 'password',
            description: 'Registry password or token; masked, given to docker on standard input only.',
            secret: true,
            env: 'SHIPLINE_REGISTRY_PASSWORD',
        },
        {
            name: 'platforms',
            description: 'Target platforms, comma or newline separated (more than one needs buildx).',
            kind: 'list',
        },
        {
            name: 'cache-from',
            description: 'Cache sources, one a line (image refs; type=... specs need buildx).',
            kind: 'list',
        },
        { name: 'cache-to', description: 'Cache exports, one a line (needs buildx).', kind: 'list' },
        {
            name: 'provenance',
            description: 'Attach buildx provenance attestations (they turn the image into a manifest index).',
            default: 'false',
            kind: 'boolean',
        },
        {
            name: 'retries',
            description: 'Retries of login, push and registry calls on 429, 5xx and connection resets.',
            default: '3',
        },
        {
            name: 'attempt-timeout-seconds',
            description: 'How long one docker push attempt may run before it is stopped and retried (a docker login attempt: at most 60 s).',
            default: '600',
        },
        {
            name: 'dry-run',
            description: 'auto, true or false; auto is dry under act. A dry run prints the docker commands and computes every output but the digest.',
            default: 'auto',
        },
    ],
    outputs: [
        { name: 'image', description: 'name:sha, the image tagged with the commit SHA.' },
        { name: 'tags', description: 'Every tag, one full reference a line.' },
        {
            name: 'digest',
            description: 'sha256 manifest digest, read back from the registry (empty when not pushed or in a dry run).',
        },
        { name: 'image-ref', description: 'name@digest, what a deploy step should use (empty without a digest).' },
        { name: 'image-id', description: 'Local image id from --iidfile (empty when skipped or dry).' },
        { name: 'skipped', description: 'true when the SHA tag already existed and nothing was built.' },
    ],
    parse,
    run: async (options, ctx) => (await __webpack_require__.e(/* import() */ 556).then(__webpack_require__.bind(__webpack_require__, 6556))).run(options, ctx),
});


/***/ })

};
