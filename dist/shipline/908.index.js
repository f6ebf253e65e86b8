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

/***/ 6107:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.realish = realish;
exports.isInside = isInside;
exports.insidePath = insidePath;
exports.checkGlob = checkGlob;
exports.pathRoots = pathRoots;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
/** The real path of `p`, or of its nearest existing ancestor joined with the rest (for files not written yet). */
function realish(p) {
    const rest = [];
    let cur = (0, node_path_1.resolve)(p);
    for (;;) {
        if ((0, node_fs_1.existsSync)(cur)) {
            try {
                return (0, node_path_1.join)((0, node_fs_1.realpathSync)(cur), ...rest.reverse());
            }
            catch {
                return (0, node_path_1.join)(cur, ...rest.reverse());
            }
        }
        const up = (0, node_path_1.dirname)(cur);
        if (up === cur)
            return (0, node_path_1.resolve)(p);
        rest.push((0, node_path_1.basename)(cur));
        cur = up;
    }
}
function within(abs, root) {
    const r = (0, node_path_1.relative)(root, abs);
    return r === '' || (!r.startsWith('..' + node_path_1.sep) && r !== '..' && !(0, node_path_1.isAbsolute)(r));
}
/** True when `abs` (symlinks followed) lies inside one of the roots. */
function isInside(abs, roots) {
    const real = realish(abs);
    return [roots.workspace, ...(roots.also ?? [])].some((r) => within(real, realish(r)));
}
function rootsText(roots) {
    return [roots.workspace, ...(roots.also ?? [])].join(' or ');
}
/**
 * Resolve one path input against the workspace, refusing one that leaves it (or the other
 * allowed roots): a ConfigError naming the input, the path it resolved to and the fix.
 */
function insidePath(input, value, roots) {
    const abs = (0, node_path_1.isAbsolute)(value) ? (0, node_path_1.resolve)(value) : (0, node_path_1.resolve)(roots.workspace, value);
    if (!isInside(abs, roots))
        throw errors_js_1.ConfigError.forInput(input, `${value} resolves to ${realish(abs)}, outside the workspace (${rootsText(roots)})`, 'use a path inside the workspace', undefined, roots.frontDoor);
    return abs;
}
/**
 * A glob input: refuse a pattern whose fixed part leaves the roots (`../x/**`, `/etc/*`), before
 * anything is read. Matches are then checked one by one with `isInside` (a symlink may escape).
 */
function checkGlob(input, pattern, roots, cwd = roots.workspace) {
    const p = pattern.startsWith('!') ? pattern.slice(1) : pattern;
    const fixed = [];
    for (const seg of p.replace(/\\/g, '/').split('/')) {
        if (/[*?[\]{}()!]/.test(seg))
            break;
        fixed.push(seg);
    }
    const head = fixed.join('/') || '.';
    const abs = (0, node_path_1.isAbsolute)(head) || head.startsWith('/') ? (0, node_path_1.resolve)(head) : (0, node_path_1.resolve)(cwd, head);
    if (!isInside(abs, roots))
        throw errors_js_1.ConfigError.forInput(input, `'${pattern}' reaches ${abs}, outside the workspace (${rootsText(roots)})`, 'write globs relative to the workspace, without ../', undefined, roots.frontDoor);
}
/**
 * The one policy for a tool's path inputs: the workspace, and where a tool may also be pointed
 * at scratch files (`temp: true`: RUNNER_TEMP; on the CLI also the OS temp folder, since the
 * person typing the command chose the path).
 */
function pathRoots(ctx, opts = {}) {
    const also = opts.temp ? [ctx.tempDir, ...(ctx.frontDoor === 'cli' ? [(0, node_os_1.tmpdir)()] : [])] : [];
    return { workspace: ctx.cwd, also, frontDoor: ctx.frontDoor };
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
const paths_js_1 = __webpack_require__(6107);
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
        // A secret file the job wrote: in the workspace or the runner temp folder, nowhere else.
        const abs = (0, paths_js_1.insidePath)('secret-files', path, (0, paths_js_1.pathRoots)(ctx, { temp: true }));
        if (!(0, node_fs_1.existsSync)(abs))
            throw inputs.fail('secret-files', `"${id}" points at ${path}, which does not exist`, 'give id=path of a file the job wrote');
        // A RUN step that prints the file would put it in the log: a token-sized file is masked too.
        if ((0, node_fs_1.statSync)(abs).isFile() && (0, node_fs_1.statSync)(abs).size <= 64 * 1024)
            ctx.masker.add((0, node_fs_1.readFileSync)(abs, 'utf8'));
        out.push(`id=${id},src=${abs}`);
    }
    return { secrets: out, secretEnv: env };
}
/** The inputs of the tag rules and of BuildKit (secrets, ssh, contexts), declared once here. */
exports.BUILD_INPUT_SPECS = [
    {
        name: 'latest',
        description: "auto, true (always) or false (never: immutable-tag registries such as ECR). auto: latest on the default branch; with type= rules in tags, metadata-action's latest=auto (with a semver, pep440, match or git-tag rule's tag, never a pre-release).",
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
        name: 'network',
        description: 'Networking mode for the RUN steps (docker build --network), e.g. none or host.',
    },
    {
        name: 'secrets',
        description: 'Build secrets, one id=value a line, read in the Dockerfile with RUN --mount=type=secret,id=…; never in a layer (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
        kind: 'list',
        secret: true,
    },
    {
        name: 'secret-files',
        description: 'Build secrets from files, one id=path a line (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
        kind: 'list',
    },
    {
        name: 'ssh',
        description: 'SSH agent sockets or keys for RUN --mount=type=ssh, one default|id[=path] a line (needs BuildKit: buildx, else DOCKER_BUILDKIT=1 docker build).',
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

/***/ 5507:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.render = render;
exports.isRawStatement = isRawStatement;
exports.dateHelper = dateHelper;
exports.formatDate = formatDate;
/**
 * The Handlebars subset docker/metadata-action's tag rules use: `{{name}}` and
 * `{{helper 'arg' key='value'}}`, and moment's date formats for `{{date …}}`. Pure; no I/O.
 */
const tag_error_js_1 = __webpack_require__(5027);
const MUSTACHE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const TOKEN = /'([^']*)'|"([^"]*)"|([^\s=]+)=(?:'([^']*)'|"([^"]*)"|(\S+))|(\S+)/g;
/** Render `template` with `scope`; an expression the scope does not know is an error naming `input`. */
function render(template, scope, input = 'tags') {
    return template.replace(MUSTACHE, (whole, body) => {
        const args = [];
        const hash = {};
        let name = '';
        for (const m of body.matchAll(TOKEN)) {
            if (m[3] !== undefined)
                hash[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
            else if (!name && m[7] !== undefined)
                name = m[7];
            else
                args.push(m[1] ?? m[2] ?? m[7] ?? '');
        }
        const value = scope[name];
        if (value === undefined)
            throw new tag_error_js_1.TagError(`"${whole}" is not an expression metadata-action knows here`, `use ${Object.keys(scope)
                .map((k) => `{{${k}}}`)
                .join(', ')}`, input);
        return typeof value === 'function' ? value(args, hash) : value;
    });
}
/** True when the pattern is exactly `{{raw}}` (metadata-action keeps such a pre-release pattern as is). */
function isRawStatement(pattern) {
    return /^\{\{\s*raw\s*\}\}$/.test(pattern);
}
/** A `{{date 'FORMAT' tz='Zone'}}`-style helper over a fixed instant (UTC unless tz is given). */
function dateHelper(at) {
    return (args, hash) => {
        for (const k of Object.keys(hash))
            if (k !== 'tz')
                throw new tag_error_js_1.TagError(`unknown date attribute ${k}=`, "use tz='Area/City'");
        return formatDate(at, args[0] ?? '', hash.tz ?? 'UTC');
    };
}
const FORMAT_TOKEN = /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DDDD|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g;
const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** The wall-clock fields of `at` in `tz`, and its offset from UTC in minutes. */
function fieldsIn(at, tz) {
    let parts;
    try {
        parts = new Intl.DateTimeFormat('en-US', {
            timeZone: tz,
            hourCycle: 'h23',
            year: 'numeric',
            month: 'numeric',
            day: 'numeric',
            hour: 'numeric',
            minute: 'numeric',
            second: 'numeric',
            weekday: 'short',
        }).formatToParts(at);
    }
    catch {
        throw new tag_error_js_1.TagError(`time zone "${tz}" is unknown`, "use an IANA name such as tz='Europe/Paris' (default UTC)");
    }
    const get = (t) => parts.find((p) => p.type === t)?.value ?? '';
    const f = {
        year: Number(get('year')),
        month: Number(get('month')),
        day: Number(get('day')),
        hour: Number(get('hour')),
        minute: Number(get('minute')),
        second: Number(get('second')),
        weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
        ms: at.getUTCMilliseconds(),
    };
    const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms);
    return { ...f, offset: Math.round((asUtc - at.getTime()) / 60_000) };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const ordinal = (n) => {
    const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${s}`;
};
/** moment's `format()` for the tokens tags use (YYYY MM DD HH mm ss, names, ordinals, offsets, [literals]). */
function formatDate(at, format, tz = 'UTC') {
    const f = fieldsIn(at, tz);
    const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    const off = (sep) => `${f.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(f.offset) / 60))}${sep}${pad(Math.abs(f.offset) % 60)}`;
    const start = Date.UTC(f.year, 0, 1);
    const dayOfYear = Math.floor((Date.UTC(f.year, f.month - 1, f.day) - start) / 86_400_000) + 1;
    const tokens = {
        YYYY: () => pad(f.year, 4),
        YY: () => pad(f.year % 100),
        MMMM: () => MONTHS[f.month - 1],
        MMM: () => MONTHS[f.month - 1].slice(0, 3),
        MM: () => pad(f.month),
        M: () => String(f.month),
        Do: () => ordinal(f.day),
        DDDD: () => pad(dayOfYear, 3),
        DD: () => pad(f.day),
        D: () => String(f.day),
        dddd: () => DAYS[f.weekday],
        ddd: () => DAYS[f.weekday].slice(0, 3),
        dd: () => DAYS[f.weekday].slice(0, 2),
        d: () => String(f.weekday),
        HH: () => pad(f.hour),
        H: () => String(f.hour),
        hh: () => pad(h12),
        h: () => String(h12),
        mm: () => pad(f.minute),
        m: () => String(f.minute),
        ss: () => pad(f.second),
        s: () => String(f.second),
        SSS: () => pad(f.ms, 3),
        SS: () => pad(Math.floor(f.ms / 10)),
        S: () => String(Math.floor(f.ms / 100)),
        A: () => (f.hour < 12 ? 'AM' : 'PM'),
        a: () => (f.hour < 12 ? 'am' : 'pm'),
        ZZ: () => off(''),
        Z: () => off(':'),
        X: () => String(Math.floor(at.getTime() / 1000)),
        x: () => String(at.getTime()),
    };
    return format.replace(FORMAT_TOKEN, (tok, literal) => literal !== undefined ? literal : tokens[tok]());
}


/***/ }),

/***/ 5071:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.sanitizeTag = void 0;
exports.evaluate = evaluate;
exports.metaTags = metaTags;
/**
 * metadata-action's tag rules evaluated against a run, as its src/meta.ts does: each enabled
 * rule, by priority, yields a value; the first is the version, the rest follow, and the first
 * rule that yields says whether `latest` is added (flavor latest=auto). Pure; no I/O.
 */
const expressions_js_1 = __webpack_require__(5507);
const tag_error_js_1 = __webpack_require__(5027);
const versions_js_1 = __webpack_require__(3403);
/** metadata-action's tag sanitising: every run of characters outside [a-zA-Z0-9._-] becomes '-'. */
const sanitizeTag = (tag) => tag.replace(/[^a-zA-Z0-9._-]+/g, '-');
exports.sanitizeTag = sanitizeTag;
const after = (ref, prefix) => (ref.startsWith(prefix) ? ref.slice(prefix.length) : '');
/** The global expressions of prefix=, suffix=, value= and enable=. */
function globalScope(c) {
    // As metadata-action: a tag ref is not stripped here, so it is never the default branch by name.
    const head = c.ref.replace(/^refs\/heads\//, '');
    const isDefault = head !== '' && (head === c.defaultBranch || /create|discussion|issues|schedule/.test(c.eventName))
        ? 'true'
        : 'false';
    return {
        branch: after(c.ref, 'refs/heads/'),
        tag: after(c.ref, 'refs/tags/'),
        sha: c.sha.slice(0, c.shortShaLength),
        base_ref: /^refs\/(tags|pull)\//.test(c.ref) ? c.baseRef : '',
        is_default_branch: isDefault,
        is_not_default_branch: isDefault === 'true' ? 'false' : 'true',
        date: (0, expressions_js_1.dateHelper)(c.now),
        commit_date: (0, expressions_js_1.dateHelper)(c.commitDate),
    };
}
/** Run every enabled rule; the version (main, partial, latest) the tags are made from. */
function evaluate(rules, flavor, c) {
    const scope = globalScope(c);
    const g = (s) => (0, expressions_js_1.render)(s, scope);
    const v = { partial: [], latest: false, warnings: [] };
    let latestSet = false;
    const withAffixes = (val, r) => {
        const prefix = 'prefix' in r.attrs ? g(r.attrs.prefix) : flavor.prefix ? g(flavor.prefix) : '';
        const suffix = 'suffix' in r.attrs ? g(r.attrs.suffix) : flavor.suffix ? g(flavor.suffix) : '';
        return `${prefix}${val}${suffix}`;
    };
    const add = (val, autoLatest) => {
        if (!val)
            return;
        const tag = (0, exports.sanitizeTag)(val);
        if (v.main === undefined)
            v.main = tag;
        else if (tag !== v.main && !v.partial.includes(tag))
            v.partial.push(tag);
        if (!latestSet) {
            v.latest = flavor.latest === 'auto' ? autoLatest : flavor.latest === 'true';
            latestSet = true;
        }
    };
    const tagValue = (r) => {
        let raw = r.attrs.value ? g(r.attrs.value) : c.ref.startsWith('refs/tags/') ? after(c.ref, 'refs/tags/') : '';
        if (!raw)
            return undefined;
        if (r.attrs.match) {
            const m = raw.match(r.attrs.match);
            if (!m)
                v.warnings.push(`${r.line}: ${r.attrs.match} does not match ${raw}`);
            else
                raw = m[1];
        }
        return raw.replace(/\//g, '-');
    };
    for (const r of rules) {
        const enabled = g(r.attrs.enable);
        if (enabled !== 'true' && enabled !== 'false')
            throw new tag_error_js_1.TagError(`"${r.line}" has enable=${enabled}`, 'enable must come out as true or false');
        if (enabled === 'false')
            continue;
        const a = r.attrs;
        switch (r.type) {
            case 'schedule': {
                if (!/schedule/.test(c.eventName))
                    break;
                add(withAffixes((0, expressions_js_1.render)(a.pattern, scope), r), false);
                break;
            }
            case 'semver': {
                const raw = tagValue(r);
                if (raw === undefined)
                    break;
                const sv = (0, versions_js_1.parseSemver)(raw);
                if (!sv) {
                    v.warnings.push(`${r.line}: ${raw} is not a valid semver (https://semver.org)`);
                    break;
                }
                const pre = sv.prerelease.length > 0;
                const fields = {
                    raw: sv.raw,
                    version: sv.version,
                    major: String(sv.major),
                    minor: String(sv.minor),
                    patch: String(sv.patch),
                    prerelease: sv.prerelease.join(','),
                    build: sv.build.join(','),
                };
                // A pre-release only ever gets its full version (or {{raw}}): never 1, 1.2 or latest.
                const pattern = pre && !(0, expressions_js_1.isRawStatement)(a.pattern) ? '{{version}}' : a.pattern;
                add(withAffixes((0, expressions_js_1.render)(pattern, fields), r), !pre);
                break;
            }
            case 'pep440': {
                const raw = tagValue(r);
                if (raw === undefined)
                    break;
                const pv = (0, versions_js_1.parsePep440)(raw);
                if (!pv) {
                    v.warnings.push(`${r.line}: ${raw} does not conform to PEP 440`);
                    break;
                }
                const unstable = pv.isPrerelease || pv.isPostrelease || pv.isDevrelease;
                const out = unstable
                    ? (0, expressions_js_1.isRawStatement)(a.pattern)
                        ? raw
                        : pv.normalized
                    : (0, expressions_js_1.render)(a.pattern, {
                        raw,
                        version: pv.normalized,
                        major: String(pv.release[0]),
                        minor: String(pv.release[1] ?? 0),
                        patch: String(pv.release[2] ?? 0),
                    });
                add(withAffixes(out, r), !unstable);
                break;
            }
            case 'match': {
                const raw = a.value ? g(a.value) : after(c.ref, 'refs/tags/');
                if (!raw)
                    break;
                const rx = /^\/(.+)\/(.*)$/.exec(a.pattern);
                const m = rx ? raw.match(new RegExp(rx[1], rx[2])) : raw.match(a.pattern);
                const group = m?.[Number(a.group)];
                if (group === undefined) {
                    v.warnings.push(`${r.line}: ${a.pattern} does not match ${raw} (group ${a.group})`);
                    break;
                }
                add(withAffixes(group, r), true);
                break;
            }
            case 'ref': {
                const kind = { branch: 'refs/heads/', tag: 'refs/tags/', pr: 'refs/pull/' }[a.event] ?? '';
                if (!c.ref.startsWith(kind))
                    break;
                const val = after(c.ref, kind).replace(/\/merge$/, '');
                add(withAffixes(val, r), a.event === 'tag');
                break;
            }
            case 'edge': {
                const branch = after(c.ref, 'refs/heads/');
                if (!branch || branch !== (a.branch || c.defaultBranch))
                    break;
                add(withAffixes('edge', r), false);
                break;
            }
            case 'raw':
                add(withAffixes(g(a.value), r), false);
                break;
            case 'sha': {
                if (!c.sha)
                    break;
                add(withAffixes(a.format === 'short' ? c.sha.slice(0, c.shortShaLength) : c.sha, r), false);
                break;
            }
        }
    }
    return v;
}
/** The tag names, in metadata-action's order: the version, the rest, then latest (with the flavor's affixes if onlatest). */
function metaTags(v, flavor) {
    if (v.main === undefined)
        return [];
    const tags = [v.main, ...v.partial];
    if (v.latest)
        tags.push((0, exports.sanitizeTag)(`${flavor.prefixLatest ? flavor.prefix : ''}latest${flavor.suffixLatest ? flavor.suffix : ''}`));
    return tags;
}


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

/***/ 3659:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_PRIORITY = exports.RULE_TYPES = void 0;
exports.csvFields = csvFields;
exports.isRuleLine = isRuleLine;
exports.parseRule = parseRule;
exports.parseRules = parseRules;
exports.parseFlavor = parseFlavor;
/**
 * docker/metadata-action's `tags` and `flavor` syntax: one CSV line a rule
 * (`type=semver,pattern={{version}},priority=900`), parsed as its src/tag.ts and src/flavor.ts do.
 */
const tag_error_js_1 = __webpack_require__(5027);
exports.RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'];
exports.DEFAULT_PRIORITY = {
    schedule: 1000,
    semver: 900,
    pep440: 900,
    match: 800,
    edge: 700,
    ref: 600,
    raw: 200,
    sha: 100,
};
/** One CSV record (csv-parse's defaults: `,` separates, `"` quotes, `""` is a quote inside quotes). */
function csvFields(line, input = 'tags') {
    const out = [];
    let i = 0;
    while (i <= line.length) {
        if (line[i] === '"') {
            let v = '';
            i++;
            for (;;) {
                if (i >= line.length)
                    throw new tag_error_js_1.TagError(`"${line}" has an unclosed quote`, 'close the quoted field', input);
                if (line[i] === '"' && line[i + 1] === '"') {
                    v += '"';
                    i += 2;
                }
                else if (line[i] === '"')
                    break;
                else
                    v += line[i++];
            }
            i++;
            if (i < line.length && line[i] !== ',')
                throw new tag_error_js_1.TagError(`"${line}" has text after a closing quote`, 'quote the whole field', input);
            out.push(v);
        }
        else {
            const end = line.indexOf(',', i);
            const v = line.slice(i, end === -1 ? line.length : end);
            if (v.includes('"'))
                throw new tag_error_js_1.TagError(`"${line}" has a quote inside a field`, 'quote the whole field ("value=a,b") or leave quotes out', input);
            out.push(v);
            if (end === -1)
                break;
            i = end;
        }
        i++;
    }
    return out;
}
/** True when the line is a metadata-action rule (one of its fields is type=…). */
function isRuleLine(line) {
    return /(^|,)\s*type\s*=/i.test(line);
}
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
/** Parse one `tags` line; a line without type= is `type=raw` with the line as its value. */
function parseRule(line) {
    const attrs = {};
    let type;
    for (const field of csvFields(line)) {
        const eq = field.indexOf('=');
        if (eq <= 0) {
            attrs.value = field.trim();
            continue;
        }
        const key = field.slice(0, eq).trim().toLowerCase();
        const value = field.slice(eq + 1).trim();
        if (key !== 'type')
            attrs[key] = value;
        else if (exports.RULE_TYPES.includes(value))
            type = value;
        else
            throw new tag_error_js_1.TagError(`"${line}" has an unknown type=${value}`, `use one of: ${exports.RULE_TYPES.join(', ')}`);
    }
    type ??= 'raw';
    const need = (attr, example) => {
        if (!has(attrs, attr))
            throw new tag_error_js_1.TagError(`"${line}" has no ${attr}=`, `add one, e.g. ${example}`);
    };
    const fill = (attr, value) => {
        if (!has(attrs, attr))
            attrs[attr] = value;
    };
    switch (type) {
        case 'schedule':
            fill('pattern', 'nightly');
            break;
        case 'semver':
        case 'pep440':
            need('pattern', `type=${type},pattern={{version}}`);
            fill('value', '');
            fill('match', '');
            break;
        case 'match':
            need('pattern', 'type=match,pattern=v(.*),group=1');
            fill('group', '0');
            if (Number.isNaN(Number(attrs.group)))
                throw new tag_error_js_1.TagError(`"${line}" has group=${attrs.group}`, 'give the capture group as a number');
            fill('value', '');
            break;
        case 'edge':
            fill('branch', '');
            break;
        case 'ref':
            need('event', 'type=ref,event=branch');
            if (!['branch', 'tag', 'pr'].includes(attrs.event))
                throw new tag_error_js_1.TagError(`"${line}" has event=${attrs.event}`, 'use event=branch, event=tag or event=pr');
            if (attrs.event === 'pr')
                fill('prefix', 'pr-');
            break;
        case 'raw':
            need('value', 'type=raw,value=stable');
            break;
        case 'sha':
            fill('prefix', 'sha-');
            fill('format', 'short');
            if (!['short', 'long'].includes(attrs.format))
                throw new tag_error_js_1.TagError(`"${line}" has format=${attrs.format}`, 'use format=short or format=long');
            break;
    }
    fill('enable', 'true');
    fill('priority', String(exports.DEFAULT_PRIORITY[type]));
    return { type, attrs, line };
}
/** Parse the rules and sort them by priority, highest first (ties keep their order), as metadata-action does. */
function parseRules(lines) {
    return lines.map(parseRule).sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority) || 0);
}
/** Parse `flavor` lines (latest=, prefix=[,onlatest=], suffix=[,onlatest=]) over a default `latest`. */
function parseFlavor(lines, latest = 'auto') {
    const flavor = { latest, prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
    for (const line of lines) {
        let onlatestFor = '';
        for (const field of csvFields(line, 'flavor')) {
            const [k, v] = field.split('=').map((s) => s.trim());
            if (v === undefined)
                throw new tag_error_js_1.TagError(`"${line}" is not key=value`, 'write latest=auto, prefix=… or suffix=…', 'flavor');
            const key = k.toLowerCase();
            if (key === 'latest') {
                if (v !== 'auto' && v !== 'true' && v !== 'false')
                    throw new tag_error_js_1.TagError(`"${line}" has latest=${v}`, 'use latest=auto, latest=true or latest=false', 'flavor');
                flavor.latest = v;
            }
            else if (key === 'prefix' || key === 'suffix') {
                flavor[key] = v;
                onlatestFor = key;
            }
            else if (key === 'onlatest') {
                if (v !== 'true' && v !== 'false')
                    throw new tag_error_js_1.TagError(`"${line}" has onlatest=${v}`, 'use onlatest=true or onlatest=false', 'flavor');
                if (onlatestFor === 'prefix')
                    flavor.prefixLatest = v === 'true';
                if (onlatestFor === 'suffix')
                    flavor.suffixLatest = v === 'true';
            }
            else
                throw new tag_error_js_1.TagError(`"${line}" has an unknown entry ${k}=`, 'use latest=, prefix=, suffix= or onlatest=', 'flavor');
        }
    }
    return flavor;
}


/***/ }),

/***/ 356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tagSource = tagSource;
exports.createdAt = createdAt;
/** What the run says about the commit being built: its SHA, ref, branch and time. */
const errors_js_1 = __webpack_require__(4296);
const tags_js_1 = __webpack_require__(8695);
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
        ref: e.ref,
        baseRef: baseRef(e.payload, e.pullRequest?.baseRef),
        now: new Date(ctx.now()),
        shortShaLength: shortShaLength(ctx.env.DOCKER_METADATA_SHORT_SHA_LENGTH),
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
/** metadata-action's {{base_ref}}: the pull request's base branch, or a tag push's base_ref. */
function baseRef(payload, prBase) {
    if (prBase)
        return prBase;
    const b = payload.base_ref;
    return typeof b === 'string' ? b.replace(/^refs\/heads\//, '') : '';
}
/** DOCKER_METADATA_SHORT_SHA_LENGTH, as metadata-action reads it (default 7). */
function shortShaLength(raw) {
    if (!raw)
        return 7;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1)
        throw new errors_js_1.ConfigError(`DOCKER_METADATA_SHORT_SHA_LENGTH "${raw}" is not a whole number of 1 or more; set a length such as 12, or unset it for 7`);
    return n;
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


/***/ }),

/***/ 5027:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TagError = void 0;
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


/***/ }),

/***/ 8695:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isPullRequest = exports.TagError = void 0;
exports.semverTags = semverTags;
exports.expandTemplate = expandTemplate;
exports.computeTags = computeTags;
exports.ociLabels = ociLabels;
const meta_js_1 = __webpack_require__(5071);
const reference_js_1 = __webpack_require__(2977);
const rules_js_1 = __webpack_require__(3659);
const tag_error_js_1 = __webpack_require__(5027);
var tag_error_js_2 = __webpack_require__(5027);
Object.defineProperty(exports, "TagError", ({ enumerable: true, get: function () { return tag_error_js_2.TagError; } }));
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
            throw new tag_error_js_1.TagError(`"${template}" uses unknown placeholder {${key}}`, `use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`);
        const v = values[key];
        if (!v)
            missing = true;
        return v ?? '';
    });
    return missing ? undefined : out;
}
/** shipline's own `{sha}`-style placeholders, which type= rules do not read. */
const SHIPLINE_PLACEHOLDER = /(?<!\{)\{(sha|short-sha|branch|tag|run-number)\}(?!\})/;
/**
 * Every tag of the image: the commit SHA tag first (the PR head on pull requests, never the
 * merge commit), then either shipline's defaults (branch slug, pr-N, `latest` on the default
 * branch, semver tags on a `v1.2.3` git tag, the user's templates) or, when `tags` holds
 * metadata-action `type=` rules, exactly what those rules and `flavor` make. Throws TagError.
 */
function computeTags(src, shaFormat, extra, auto = { latest: 'auto', branch: true }, flavorLines = []) {
    const sha = ((0, exports.isPullRequest)(src.eventName) && src.prHeadSha ? src.prHeadSha : src.sha).toLowerCase();
    if (!/^[0-9a-f]{7,64}$/.test(sha))
        throw new tag_error_js_1.TagError(sha ? `commit SHA "${sha}" is not a hex SHA` : 'no commit SHA: GITHUB_SHA is empty and git found no HEAD commit', 'run in a git checkout or set GITHUB_SHA', undefined);
    const shortSha = sha.slice(0, 7);
    const shaTag = shaFormat === 'short' ? shortSha : sha;
    const flavor = (0, rules_js_1.parseFlavor)(flavorLines, auto.latest);
    if (extra.some(rules_js_1.isRuleLine))
        return rulePlan(src, sha, shaTag, extra, flavor);
    if (flavor.prefix || flavor.suffix)
        throw new tag_error_js_1.TagError('prefix= and suffix= apply to type= rules only', 'add rules to tags (e.g. type=ref,event=branch) or drop prefix/suffix from flavor', 'flavor');
    auto = { ...auto, latest: flavor.latest };
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
            throw new tag_error_js_1.TagError(`"${template}" is a reference, not a tag`, 'give tag names only (e.g. stable or {branch}-{run-number}); the image input names the repository');
        }
        const tag = expandTemplate(template, values);
        if (tag === undefined)
            dropped.push(template);
        else
            tags.push(tag);
    }
    checkTags(tags);
    const version = semver?.[0] ?? (gitTag ? ((0, reference_js_1.slugTag)(gitTag) ?? sha) : (branch ?? sha));
    return { sha, shaTag, tags: [...new Set(tags)], version, branch, gitTag, dropped, mode: 'default', warnings: [] };
}
function checkTags(tags) {
    for (const t of tags) {
        const p = (0, reference_js_1.tagProblem)(t);
        if (p)
            throw new tag_error_js_1.TagError(p.problem, p.fix);
    }
}
/** The ref metadata-action reads: GITHUB_REF, or made from the branch/tag found locally. */
function refOf(src) {
    // pull_request_target runs on the base branch's ref: metadata-action rewrites it to the PR's.
    if (src.eventName === 'pull_request_target' && src.prNumber)
        return `refs/pull/${src.prNumber}/merge`;
    if (src.ref)
        return src.ref;
    if (src.refType === 'branch' && src.refName)
        return `refs/heads/${src.refName}`;
    if (src.refType === 'tag' && src.refName)
        return `refs/tags/${src.refName}`;
    return '';
}
/** `tags` in metadata-action's syntax: the SHA tag, then what the rules and flavor make. */
function rulePlan(src, sha, shaTag, lines, flavor) {
    for (const line of lines)
        if (!(0, rules_js_1.isRuleLine)(line) && SHIPLINE_PLACEHOLDER.test(line))
            throw new tag_error_js_1.TagError(`"${line}" uses a shipline {placeholder} beside type= rules`, "write it as a rule with metadata-action's expressions, e.g. type=raw,value={{branch}}-{{sha}}");
    const ctx = {
        eventName: src.eventName,
        ref: refOf(src),
        sha,
        defaultBranch: src.defaultBranch,
        baseRef: src.baseRef ?? '',
        now: src.now ?? new Date(),
        commitDate: src.commitDate ?? src.now ?? new Date(),
        shortShaLength: src.shortShaLength ?? 7,
    };
    const version = (0, meta_js_1.evaluate)((0, rules_js_1.parseRules)(lines), flavor, ctx);
    const tags = [shaTag, ...(0, meta_js_1.metaTags)(version, flavor)];
    checkTags(tags);
    const ref = ctx.ref;
    return {
        sha,
        shaTag,
        tags: [...new Set(tags)],
        version: version.main ?? shaTag,
        branch: ref.startsWith('refs/heads/') ? ref.slice(11) : undefined,
        gitTag: ref.startsWith('refs/tags/') ? ref.slice(10) : undefined,
        dropped: [],
        mode: 'rules',
        warnings: version.warnings,
    };
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
const paths_js_1 = __webpack_require__(6107);
const tool_js_1 = __webpack_require__(121);
const build_inputs_js_1 = __webpack_require__(2568);
const reference_js_1 = __webpack_require__(2977);
const source_js_1 = __webpack_require__(356);
const tags_js_1 = __webpack_require__(8695);
const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|github\.com\/)/;
/** Parse and check every input before anything runs. */
async function parse(inputs, ctx) {
    const image = (0, reference_js_1.parseImageName)(inputs.required('image', 'set the image name without a tag, e.g. ghcr.io/acme/api'));
    if ((0, reference_js_1.isProblem)(image))
        throw inputs.fail('image', image.problem, image.fix);
    const contextRaw = inputs.string('context', '.');
    const remote = REMOTE_CONTEXT.test(contextRaw);
    // The build context is sent to the daemon whole: it must not leave the workspace.
    const roots = (0, paths_js_1.pathRoots)(ctx);
    const context = remote ? contextRaw : (0, paths_js_1.insidePath)('context', contextRaw, roots);
    if (!remote && !((0, node_fs_1.existsSync)(context) && (0, node_fs_1.statSync)(context).isDirectory())) {
        throw inputs.fail('context', `"${contextRaw}" is not a directory (looked in ${context})`, 'point it at the folder holding the files the Dockerfile copies');
    }
    const fileRaw = inputs.optional('file');
    let file;
    if (fileRaw)
        file = (0, paths_js_1.insidePath)('file', fileRaw, roots);
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
    const src = await (0, source_js_1.tagSource)(ctx);
    const created = await (0, source_js_1.createdAt)(ctx, src.prHeadSha && (0, tags_js_1.isPullRequest)(src.eventName) ? src.prHeadSha : src.sha);
    let plan;
    try {
        plan = (0, tags_js_1.computeTags)({ ...src, commitDate: created }, shaFormat, inputs.list('tags'), {
            latest: inputs.enum('latest', ['auto', 'true', 'false'], 'auto'),
            branch: inputs.boolean('branch-tag', true),
        }, inputs.list('flavor'));
    }
    catch (e) {
        if (e instanceof tags_js_1.TagError && e.input)
            throw inputs.fail(e.input, e.problem, e.fix);
        throw e;
    }
    if (plan.mode === 'rules' && inputs.optional('branch-tag') !== undefined)
        ctx.logger.warning(`${inputs.describe('branch-tag')} has no effect when tags holds type= rules: the rules decide (type=ref,event=branch makes the branch tag)`);
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
        created,
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
        network: inputs.optional('network'),
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
            description: 'Tags besides the commit SHA tag (always made: skip-if-exists looks it up). Either shipline templates, one a line ({sha}, {short-sha}, {branch}, {tag}, {run-number}; a line whose placeholder is empty in this run is skipped), added to the default branch, pr-N, latest and semver tags; or docker/metadata-action rules (type=semver,pattern={{version}} · type=pep440 · type=ref,event=branch|tag|pr · type=sha · type=schedule · type=raw,value=… · type=edge · type=match; enable=, priority=, prefix=, suffix=), which then replace those defaults.',
            kind: 'list',
        },
        {
            name: 'flavor',
            description: "metadata-action's flavor, one a line: latest=auto|true|false (over the latest input), prefix=…[,onlatest=true], suffix=…[,onlatest=true]; prefix and suffix need type= rules in tags.",
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
        { name: 'tags', description: 'Every tag, one full reference a line (as metadata-action).' },
        {
            name: 'version',
            description: "The image version (metadata-action's: the first rule's tag; else the semver, git tag or branch).",
        },
        {
            name: 'labels',
            description: 'The labels given to the build, one key=value a line, sorted (OCI org.opencontainers.image.* and yours).',
        },
        {
            name: 'json',
            description: "metadata-action's json output: {tags, tag-names, labels, annotations}.",
        },
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


/***/ }),

/***/ 3403:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Version grammars for metadata-action's `type=semver` and `type=pep440`: node-semver's
 * strict `valid()` (semver.org, with an optional leading `v`) and PEP 440's normalisation.
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseSemver = parseSemver;
exports.parsePep440 = parsePep440;
const NUM = '0|[1-9]\\d*';
const PRE_ID = `(?:${NUM}|\\d*[a-zA-Z-][a-zA-Z0-9-]*)`;
const SEMVER = new RegExp(`^v?(${NUM})\\.(${NUM})\\.(${NUM})(?:-(${PRE_ID}(?:\\.${PRE_ID})*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`);
/** node-semver's strict parse: undefined when `raw` is not a valid semantic version. */
function parseSemver(raw) {
    if (raw.length > 256)
        return undefined;
    const m = SEMVER.exec(raw.trim());
    if (!m)
        return undefined;
    const [major, minor, patch] = [m[1], m[2], m[3]].map(Number);
    if (![major, minor, patch].every(Number.isSafeInteger))
        return undefined;
    const prerelease = m[4] ? m[4].split('.') : [];
    return {
        raw,
        major,
        minor,
        patch,
        prerelease,
        build: m[5] ? m[5].split('.') : [],
        version: `${major}.${minor}.${patch}${prerelease.length ? `-${prerelease.join('.')}` : ''}`,
    };
}
// PEP 440, Appendix B, with the leading `v` the PEP allows.
const PEP440 = /^\s*v?(?:(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d+)?)?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d+)?)?(?:[-_.]?(dev)[-_.]?(\d+)?)?)(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\s*$/i;
const PRE_SPELLING = { alpha: 'a', beta: 'b', c: 'rc', pre: 'rc', preview: 'rc' };
/** Parse and normalise a PEP 440 version; undefined when it does not conform. */
function parsePep440(raw) {
    const m = PEP440.exec(raw);
    if (!m)
        return undefined;
    const epoch = Number(m[1] ?? 0);
    const release = m[2].split('.').map(Number);
    const preL = m[3]?.toLowerCase();
    const pre = preL ? [PRE_SPELLING[preL] ?? preL, Number(m[4] ?? 0)] : undefined;
    const post = m[5] !== undefined ? Number(m[5]) : m[6] ? Number(m[7] ?? 0) : undefined;
    const dev = m[8] ? Number(m[9] ?? 0) : undefined;
    const local = m[10]
        ?.toLowerCase()
        .split(/[-_.]/)
        .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p))
        .join('.');
    let normalized = `${epoch ? `${epoch}!` : ''}${release.join('.')}`;
    if (pre)
        normalized += `${pre[0]}${pre[1]}`;
    if (post !== undefined)
        normalized += `.post${post}`;
    if (dev !== undefined)
        normalized += `.dev${dev}`;
    if (local)
        normalized += `+${local}`;
    return {
        epoch,
        release,
        pre,
        post,
        dev,
        local,
        normalized,
        isPrerelease: pre !== undefined || dev !== undefined,
        isPostrelease: post !== undefined,
        isDevrelease: dev !== undefined,
    };
}


/***/ })

};
