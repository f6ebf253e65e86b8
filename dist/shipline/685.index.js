export const id = 685;
export const ids = [685];
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

/***/ 8340:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.IMAGE_REF = void 0;
exports.parseTarget = parseTarget;
exports.parseDuration = parseDuration;
exports.pinned = pinned;
exports.parseSteps = parseSteps;
exports.parseOptions = parseOptions;
// parse(): every input once into typed DeployOptions; every mistake is one ConfigError line
// naming the input and the fix.
const dry_run_js_1 = __webpack_require__(302);
const paths_js_1 = __webpack_require__(6107);
const NAME = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;
const CONTAINER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** `api`, `api/web`, `deployment/api/web` → a target; anything else is a ConfigError naming the line. */
function parseTarget(line, inputs) {
    const parts = line.replace(/^(deployments?|deploy)\//, '').split('/');
    const [name, container, ...rest] = parts;
    if (rest.length || !NAME.test(name ?? '') || (container !== undefined && !CONTAINER.test(container))) {
        throw inputs.fail('deployments', `"${line}" is not a deployment name or name/container`, 'write one deployment a line, e.g. api or api/web (lower-case names)');
    }
    return container ? { name, container } : { name };
}
/** `300`, `300s`, `5m` → milliseconds. */
function parseDuration(value) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = m[2] ?? 's';
    return Math.round(n * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit]);
}
function duration(inputs, name, fallback, allowZero = false) {
    const raw = inputs.string(name, fallback);
    const ms = parseDuration(raw);
    if (ms === undefined || ms < 0 || (ms === 0 && !allowZero))
        throw inputs.fail(name, `"${raw}" is not a duration`, 'use seconds (300), or a number with s, m or h (90s, 5m)');
    return ms;
}
/** A container image reference as the kubelet accepts it (lower-case repository, optional tag and digest). */
exports.IMAGE_REF = /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::\d+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-f0-9]{32,})?$/;
/** The reference names a tag or a digest (without either, the kubelet silently pulls :latest). */
function pinned(ref) {
    if (ref.includes('@'))
        return true;
    const slash = ref.lastIndexOf('/');
    return ref.lastIndexOf(':') > slash;
}
function checkImage(inputs, name, ref, example) {
    if (!exports.IMAGE_REF.test(ref))
        throw inputs.fail(name, `"${ref}" is not a valid image reference`, example);
    if (!pinned(ref))
        throw inputs.fail(name, `"${ref}" has neither a tag nor a digest, so the cluster would pull ${ref}:latest`, `name the version: ${ref}:<tag> or ${ref}@sha256:<digest> (the docker-build action outputs it)`);
}
/** `10,50,100` → [10, 50, 100]: rising whole percentages ending at 100. */
function parseSteps(raw, inputs) {
    const steps = raw
        .split(/[,\s]+/)
        .filter(Boolean)
        .map((s) => Number(s.replace(/%$/, '')));
    const fix = 'give rising percentages ending at 100, e.g. 10,50,100';
    if (!steps.length || steps.some((s) => !Number.isInteger(s) || s <= 0 || s > 100))
        throw inputs.fail('canary-steps', `"${raw}" is not a list of percentages`, fix);
    if (steps.some((s, i) => i > 0 && s <= steps[i - 1]))
        throw inputs.fail('canary-steps', `"${raw}" does not rise step by step`, fix);
    if (steps[steps.length - 1] !== 100)
        throw inputs.fail('canary-steps', `"${raw}" does not end at 100`, fix);
    return steps;
}
function parseVerify(inputs) {
    const url = inputs.optional('verify-url');
    if (!url)
        return undefined;
    if (!/^https?:\/\/[^\s/]+/.test(url) && !url.startsWith('/'))
        throw inputs.fail('verify-url', `"${url}" is neither an http(s) URL nor a path`, 'give https://host/path (fetched from the runner) or /path (fetched through the cluster on the Service)');
    const bodyText = inputs.optional('verify-body');
    let body;
    try {
        body = bodyText ? new RegExp(bodyText) : undefined;
    }
    catch (e) {
        throw inputs.fail('verify-body', `is not a regular expression (${e.message})`, 'escape it or give plain text');
    }
    return {
        url,
        port: inputs.optional('verify-port'),
        status: inputs.number('verify-status', 200, { min: 100, max: 599, integer: true }),
        body,
        successes: inputs.number('verify-successes', 3, { min: 1, max: 100, integer: true }),
        timeoutMs: duration(inputs, 'verify-timeout', '60'),
        intervalMs: duration(inputs, 'verify-interval', '1'),
    };
}
function checkModes(inputs, targets, manifests, image) {
    if (targets.length && manifests.length)
        throw inputs.fail('manifests', 'is set together with deployments', 'use deployments + image to update images in place, or manifests (+ images) to apply files, not both');
    if (!targets.length && !manifests.length)
        throw inputs.fail('deployments', 'is empty and no manifests are given', 'name the deployments to update (one a line, name or name/container) with image, or set manifests');
    if (manifests.length && image)
        throw inputs.fail('image', 'is set together with manifests', 'with manifests, give substitutions in images (repository=reference a line)');
    if (targets.length && !image)
        throw inputs.fail('image', 'is required with deployments', 'set the image reference to roll out, ideally name@sha256:digest (the docker-build action outputs it)');
    const seen = new Set();
    for (const t of targets) {
        if (seen.has(t.name))
            throw inputs.fail('deployments', `deployment "${t.name}" is listed twice`, 'list each deployment once');
        seen.add(t.name);
    }
}
function parseDryRun(inputs, ctx) {
    // core's auto|true|false, plus `server`: a server's verdict or nothing.
    const setting = inputs.string('dry-run', 'auto').toLowerCase();
    if (!['auto', 'true', 'false', 'server'].includes(setting))
        throw inputs.fail('dry-run', `"${setting}" is not allowed`, 'use auto (dry under act), true, false or server');
    const decision = setting === 'server' ? undefined : (0, dry_run_js_1.resolveDryRun)(setting, ctx.env, inputs.frontDoor);
    return decision
        ? { mode: decision.dry ? 'server-or-client' : 'none', reason: decision.reason }
        : { mode: 'server', reason: 'dry-run is server' };
}
function parseOptions(inputs, ctx) {
    const targets = inputs.list('deployments').map((l) => parseTarget(l, inputs));
    const manifests = inputs.list('manifests');
    // Manifests come from the workspace: a pattern reaching out of it is refused before anything
    // is read; a match that leaves it through a symlink is refused when the files are read.
    for (const m of manifests)
        (0, paths_js_1.checkGlob)('manifests', m, (0, paths_js_1.pathRoots)(ctx));
    const image = inputs.optional('image');
    checkModes(inputs, targets, manifests, image);
    if (image)
        checkImage(inputs, 'image', image, 'use registry/repository:tag or registry/repository@sha256:digest, lower-case');
    const images = inputs.keyValues('images').map(([k, v]) => [k.trim(), v.trim()]);
    for (const [, ref] of images)
        checkImage(inputs, 'images', ref, 'write one name=registry/repository:tag (or @sha256:digest) a line');
    if (images.length && !manifests.length)
        throw inputs.fail('images', 'is only used with manifests', 'set manifests, or use deployments + image');
    const namespace = inputs.optional('namespace');
    if (namespace && !NAME.test(namespace))
        throw inputs.fail('namespace', `"${namespace}" is not a namespace name`, 'use a lower-case DNS label such as production');
    const strategy = inputs.enum('strategy', ['rolling', 'blue-green', 'canary'], 'rolling');
    const action = inputs.enum('action', ['deploy', 'promote', 'reject'], 'deploy');
    if (strategy === 'rolling' && action !== 'deploy')
        throw inputs.fail('action', `${action} needs a strategy to act on`, 'set strategy: blue-green or canary');
    if (strategy !== 'rolling' && targets.length > 1)
        throw inputs.fail('deployments', `strategy ${strategy} takes one deployment`, 'run one step per deployment');
    const service = inputs.optional('service');
    if (service && !NAME.test(service))
        throw inputs.fail('service', `"${service}" is not a Service name`, 'use the live Service name, e.g. api');
    const secrets = inputs.list('imagepullsecrets', { commas: true });
    for (const s of secrets)
        if (!NAME.test(s))
            throw inputs.fail('imagepullsecrets', `"${s}" is not a Secret name`, 'list Secret names, e.g. ghcr');
    const event = ctx.event;
    const defaultCause = [event.sha ? `deploy ${event.sha}` : 'deploy', event.runUrl ? `(${event.runUrl})` : '']
        .filter(Boolean)
        .join(' ');
    return {
        kubeconfig: inputs.optional('kubeconfig'),
        context: inputs.optional('context'),
        namespace,
        targets,
        image,
        manifests,
        images,
        timeoutMs: duration(inputs, 'timeout', '300'),
        rollback: inputs.boolean('rollback', true),
        failFast: inputs.boolean('fail-fast', true),
        changeCause: inputs.optional('change-cause') ?? defaultCause,
        dryRun: parseDryRun(inputs, ctx),
        unschedulableGraceMs: duration(inputs, 'unschedulable-grace', '60'),
        strategy,
        action,
        service,
        canarySteps: parseSteps(inputs.string('canary-steps', '10,50,100'), inputs),
        canaryPauseMs: duration(inputs, 'canary-pause', '30', true),
        baseline: inputs.boolean('baseline', true),
        scaleDownDelayMs: duration(inputs, 'scale-down-delay', '30', true),
        promotion: inputs.enum('promotion', ['auto', 'manual'], 'auto'),
        verify: parseVerify(inputs),
        imagePullSecrets: secrets,
        annotate: inputs.boolean('annotate', true),
        onConflict: inputs.enum('on-conflict', ['fail', 'wait'], 'fail'),
        leaseMs: duration(inputs, 'lease', '900'),
        environment: inputs.optional('environment'),
        environmentUrl: inputs.optional('environment-url'),
        githubToken: inputs.optional('github-token'),
    };
}


/***/ }),

/***/ 1685:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = exports.parseTarget = exports.parseDuration = exports.IMAGE_REF = void 0;
const tool_js_1 = __webpack_require__(121);
const parse_js_1 = __webpack_require__(8340);
var parse_js_2 = __webpack_require__(8340);
Object.defineProperty(exports, "IMAGE_REF", ({ enumerable: true, get: function () { return parse_js_2.IMAGE_REF; } }));
Object.defineProperty(exports, "parseDuration", ({ enumerable: true, get: function () { return parse_js_2.parseDuration; } }));
Object.defineProperty(exports, "parseTarget", ({ enumerable: true, get: function () { return parse_js_2.parseTarget; } }));
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'kubeconfig',
            description: "Kubeconfig file content (a secret: written to a 0600 file in RUNNER_TEMP, removed afterwards, never printed). Empty: the runner's current kubectl context.",
            default: '',
            secret: true,
            env: 'SHIPLINE_KUBECONFIG',
        },
        { name: 'context', description: 'Kubeconfig context to use (default: its current context).', default: '' },
        { name: 'namespace', description: "Namespace of the deployments (default: the context's namespace).", default: '' },
        {
            name: 'deployments',
            description: 'Deployments to update with image, one a line: name, or name/container when the pod has several containers. Several roll out in parallel.',
            default: '',
            kind: 'list',
        },
        {
            name: 'image',
            description: 'Image reference to roll out to deployments, ideally name@sha256:digest.',
            default: '',
        },
        {
            name: 'manifests',
            description: 'Manifest files or globs to apply instead (server-side apply), one a line; their Deployments are watched and rolled back.',
            default: '',
            kind: 'list',
        },
        {
            name: 'images',
            description: 'Image substitutions for manifests, one repository=reference a line (e.g. ghcr.io/acme/api=ghcr.io/acme/api@sha256:...).',
            default: '',
            kind: 'list',
        },
        {
            name: 'timeout',
            description: 'How long the rollout may take before it fails, in seconds (or 90s, 5m); a rollback gets as long again to become healthy.',
            default: '300',
        },
        {
            name: 'rollback',
            description: 'On failure, undo every deployment this run changed to its recorded revision and wait until it is healthy.',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'fail-fast',
            description: 'Stop watching the other deployments as soon as one fails.',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'change-cause',
            description: 'Recorded in the kubernetes.io/change-cause annotation (default: the commit SHA and the run URL).',
            default: '',
        },
        {
            name: 'unschedulable-grace',
            description: 'How long a new pod may stay unschedulable before the rollout fails, in seconds.',
            default: '60',
        },
        {
            name: 'dry-run',
            description: 'auto, true, false or server: true prints the commands and validates them with --dry-run=server where the cluster allows it (else client); server insists on server; auto is dry under act.',
            default: 'auto',
        },
        {
            name: 'strategy',
            description: 'rolling (update the Deployment in place), blue-green (a second Deployment, then a one-patch Service switch) or canary (a canary Deployment taking a share of pods, step by step).',
            default: 'rolling',
        },
        {
            name: 'action',
            description: 'deploy; or, for blue-green and canary, promote (switch to / go to 100 % with what an earlier deploy left waiting) or reject (remove it, keep the old version live).',
            default: 'deploy',
        },
        {
            name: 'service',
            description: 'The live Service (blue-green, canary). Default: the one in the manifests, or in the namespace, whose selector matches the Deployment.',
            default: '',
        },
        {
            name: 'canary-steps',
            description: 'Canary shares of the pods in percent, rising and ending at 100 (e.g. 10,50,100).',
            default: '10,50,100',
        },
        {
            name: 'canary-pause',
            description: 'How long each canary step is watched (pods failing fast, verification) before the next, in seconds.',
            default: '30',
        },
        {
            name: 'baseline',
            description: 'Canary: run a baseline Deployment of the old image beside the canary, with as many pods, for comparison.',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'scale-down-delay',
            description: 'Blue-green: how long the old colour keeps running (and the new one is watched, switching back on failure) after the switch, in seconds.',
            default: '30',
        },
        {
            name: 'promotion',
            description: 'auto: switch (blue-green) or complete the canary as soon as it is healthy and verified; manual: stop there and wait for a later run with action promote or reject.',
            default: 'auto',
        },
        {
            name: 'verify-url',
            description: "HTTP check of the new version: an http(s) URL is fetched from the runner; a path such as /healthz is fetched through the API server's service proxy on the preview Service (blue-green, canary) or the live one (rolling).",
            default: '',
        },
        { name: 'verify-port', description: 'Service port for a path verify-url (default: its first port).', default: '' },
        { name: 'verify-status', description: 'The HTTP status a healthy answer has.', default: '200' },
        { name: 'verify-body', description: 'A regular expression a healthy body matches (optional).', default: '' },
        {
            name: 'verify-successes',
            description: 'Consecutive healthy answers needed to pass verification.',
            default: '3',
        },
        { name: 'verify-timeout', description: 'How long verification may take, in seconds.', default: '60' },
        { name: 'verify-interval', description: 'Time between checks, in seconds.', default: '1' },
        {
            name: 'imagepullsecrets',
            description: 'Secret names added to imagePullSecrets of every pod template deployed (one a line or comma-separated).',
            default: '',
            kind: 'list',
        },
        {
            name: 'annotate',
            description: 'Write the run URL, commit and actor as annotations on every object applied.',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'on-conflict',
            description: 'When another run is rolling the same Deployment out (its lease annotation not expired): fail at once, or wait for it.',
            default: 'fail',
        },
        {
            name: 'lease',
            description: "How long this run's lease on a Deployment lasts if it is never released (a killed runner), in seconds.",
            default: '900',
        },
        {
            name: 'environment',
            description: 'GitHub environment to record a GitHub Deployment for (in_progress, then success or failure; the replaced one inactive). Empty: none. Needs permissions: deployments: write, else skipped.',
            default: '',
        },
        {
            name: 'environment-url',
            description: 'URL shown on the GitHub environment page for this deployment.',
            default: '',
        },
        {
            name: 'github-token',
            description: 'Token for GitHub Deployments.',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
    ],
    outputs: [
        {
            name: 'result',
            description: 'deployed, rolled-back, promoted, rejected or failed (dry-run in a dry run).',
        },
        { name: 'live', description: 'The Deployment the live Service now selects (blue-green, canary).' },
        {
            name: 'revision',
            description: 'The revision now rolled out (one name=revision a line when several deployments).',
        },
        {
            name: 'previous-revision',
            description: 'The revision recorded before the rollout (one name=revision a line when several deployments).',
        },
        { name: 'reason', description: 'Why the rollout failed, in one line (empty on success).' },
    ],
    parse: parse_js_1.parseOptions,
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(103), __webpack_require__.e(417)]).then(__webpack_require__.bind(__webpack_require__, 417))).run(options, ctx),
});


/***/ })

};
