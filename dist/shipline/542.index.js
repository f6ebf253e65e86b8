export const id = 542;
export const ids = [542];
export const modules = {

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

/***/ 3363:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseFlags = parseFlags;
const KEYS = ['paths', 'reports', 'lines', 'branches', 'functions', 'diff', 'carryforward'];
/**
 * The `flags` input: a YAML mapping of flag name to `{paths, reports, lines, branches,
 * functions, diff, carryforward}`. Every mistake names the input, the flag and the fix.
 */
function parseFlags(raw, inputs) {
    if (raw === undefined || raw === null)
        return [];
    const fail = (problem, fix) => inputs.fail('flags', problem, fix);
    if (typeof raw !== 'object' || Array.isArray(raw))
        throw fail('is not a YAML mapping', 'write `name: {paths: [globs], lines: 80}` one flag a key');
    const out = [];
    for (const [name, v] of Object.entries(raw)) {
        if (!/^[\w.-]+$/.test(name))
            throw fail(`flag "${name}" has characters other than letters, digits, . _ -`, 'rename it');
        if (!v || typeof v !== 'object' || Array.isArray(v))
            throw fail(`flag "${name}" is not a mapping`, 'give it at least `paths: [globs]`');
        const m = v;
        for (const k of Object.keys(m))
            if (!KEYS.includes(k))
                throw fail(`flag "${name}" has unknown key "${k}"`, `use ${KEYS.join(', ')}`);
        const globs = (k, required) => {
            const g = m[k];
            if (g === undefined && !required)
                return undefined;
            const list = typeof g === 'string' ? [g] : g;
            if (!Array.isArray(list) || !list.length || !list.every((x) => typeof x === 'string' && x.trim()))
                throw fail(`flag "${name}" ${k} is not a glob or a list of globs`, `write \`${k}: [services/api/**]\``);
            return list.map((x) => x.trim());
        };
        const pct = (k) => {
            const n = m[k];
            if (n === undefined)
                return undefined;
            if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100)
                throw fail(`flag "${name}" ${k} is not a percentage`, `write \`${k}: 80\` (0 to 100)`);
            return n;
        };
        const min = {};
        for (const k of ['lines', 'branches', 'functions']) {
            const p = pct(k);
            if (p !== undefined)
                min[k] = p;
        }
        const cf = m.carryforward ?? false;
        if (typeof cf !== 'boolean')
            throw fail(`flag "${name}" carryforward is not a boolean`, 'write true or false');
        const reports = globs('reports', false);
        if (cf && !reports)
            throw fail(`flag "${name}" sets carryforward but not reports`, 'name its reports (`reports: [coverage/api/*.info]`): a run without them carries the flag forward');
        out.push({ name, paths: globs('paths', true), reports, min, minDiff: pct('diff'), carryforward: cf });
    }
    return out;
}


/***/ }),

/***/ 7542:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
exports.parseCoverageInputs = parseCoverageInputs;
const paths_js_1 = __webpack_require__(6107);
const tool_js_1 = __webpack_require__(121);
const flag_input_js_1 = __webpack_require__(3363);
const types_js_1 = __webpack_require__(5995);
const pct = (inputs, name) => inputs.optional(name) === undefined ? undefined : inputs.number(name, 0, { min: 0, max: 100 });
function floors(value, where, inputs) {
    const bad = () => inputs.fail('thresholds', `${where} is not a percentage or {lines, branches, functions}`, 'write `glob: 80` or `glob: {lines: 80, branches: 60}` with numbers from 0 to 100');
    const check = (n) => {
        if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > 100)
            throw bad();
        return n;
    };
    if (typeof value === 'number')
        return { lines: check(value) };
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw bad();
    const out = {};
    for (const [k, v] of Object.entries(value)) {
        if (k !== 'lines' && k !== 'branches' && k !== 'functions')
            throw inputs.fail('thresholds', `${where} has unknown metric "${k}"`, 'use lines, branches or functions');
        out[k] = check(v);
    }
    return out;
}
function branchName(inputs) {
    const b = inputs.optional('baseline-branch');
    if (b !== undefined && (!/^[\w][\w./-]*$/.test(b) || b.includes('..') || b.endsWith('.lock') || b.endsWith('/')))
        throw inputs.fail('baseline-branch', `"${b}" is not a branch name`, 'use a plain name such as shipline-data');
    return b;
}
/** Parse the inputs once; every mistake is a one-line ConfigError naming the input. */
async function parseCoverageInputs(inputs, ctx) {
    const files = inputs.list('files');
    const roots = (0, paths_js_1.pathRoots)(ctx, { temp: true });
    const postComment = inputs.optional('post-comment');
    if (postComment !== undefined) {
        // The workflow_run side of a fork's comment: nothing else is read.
        return {
            ...{},
            files: [],
            postComment: (0, paths_js_1.insidePath)('post-comment', postComment, roots),
            token: inputs.optional('token'),
        };
    }
    if (!files.length)
        throw inputs.fail('files', 'names no coverage report', 'give globs of your reports, one a line (e.g. coverage/lcov.info)');
    const rawThresholds = await inputs.yaml('thresholds');
    const thresholds = [];
    if (rawThresholds !== undefined && rawThresholds !== null) {
        if (typeof rawThresholds !== 'object' || Array.isArray(rawThresholds))
            throw inputs.fail('thresholds', 'is not a YAML mapping', 'write one `glob: minimum` a line');
        for (const [glob, v] of Object.entries(rawThresholds))
            thresholds.push({ glob, floors: floors(v, `"${glob}"`, inputs) });
    }
    // Reports and outputs stay inside the workspace or the runner's temp folder (artifacts are
    // often downloaded there); a `../` path, an absolute path elsewhere or a symlink out is refused.
    for (const f of files)
        (0, paths_js_1.checkGlob)('files', f, roots);
    const path = (name) => {
        const v = inputs.optional(name);
        return v === undefined ? undefined : (0, paths_js_1.insidePath)(name, v, roots);
    };
    const token = inputs.optional('token');
    const maxDrop = inputs.optional('max-drop') === undefined ? undefined : inputs.number('max-drop', 0, { min: 0, max: 100 });
    const baseline = path('baseline');
    if (maxDrop !== undefined && !baseline)
        throw inputs.fail('max-drop', 'is set but there is no baseline to compare with', 'set baseline to the file write-baseline wrote on the default branch');
    return {
        files,
        format: inputs.enum('format', types_js_1.FORMAT_NAMES, 'auto'),
        exclude: inputs.list('exclude'),
        min: {
            lines: pct(inputs, 'min-lines'),
            branches: pct(inputs, 'min-branches'),
            functions: pct(inputs, 'min-functions'),
        },
        minFile: pct(inputs, 'min-file'),
        thresholds,
        minDiff: pct(inputs, 'min-diff'),
        base: inputs.optional('base'),
        baseline,
        writeBaseline: path('write-baseline'),
        baselineRequired: inputs.boolean('baseline-required', false),
        baselineBranch: branchName(inputs),
        maxDrop,
        mergedReport: (0, paths_js_1.insidePath)('merged-report', inputs.string('merged-report', '.shipline/coverage/merged.lcov'), roots),
        mergedFormat: inputs.enum('merged-format', ['lcov', 'cobertura', 'both'], 'lcov'),
        comment: inputs.boolean('comment', true),
        commentId: inputs.optional('comment-id'),
        token,
        badge: path('badge'),
        annotate: inputs.boolean('annotate', true),
        maxAnnotations: inputs.number('max-annotations', 20, { min: 0, max: 50, integer: true }),
        flags: (0, flag_input_js_1.parseFlags)(await inputs.yaml('flags'), inputs),
        commentFile: path('comment-file'),
    };
}
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'files',
            description: 'Globs of coverage reports, one a line (LCOV, Cobertura, JaCoCo, Clover, Istanbul JSON or json-summary, Go coverprofile, coverage.py JSON). Every match is merged.',
            default: '',
            kind: 'list',
        },
        {
            name: 'format',
            description: 'Report format, or auto to detect each file from its content: auto, lcov, cobertura, jacoco, clover, istanbul-json, istanbul-summary, go, coveragepy-json.',
            default: 'auto',
        },
        {
            name: 'exclude',
            description: 'Globs of source files to leave out of every total, one a line (e.g. **/*.generated.ts).',
            default: '',
            kind: 'list',
        },
        {
            name: 'min-lines',
            description: 'Fail when total line coverage (percent) is below this. Empty: no gate.',
            default: '',
        },
        {
            name: 'min-branches',
            description: 'Fail when total branch coverage (percent) is below this. Empty: no gate.',
            default: '',
        },
        {
            name: 'min-functions',
            description: 'Fail when total function coverage (percent) is below this. Empty: no gate.',
            default: '',
        },
        {
            name: 'min-file',
            description: "Fail when any single file's line coverage (percent) is below this. Empty: no gate.",
            default: '',
        },
        {
            name: 'thresholds',
            description: 'YAML mapping of glob to a minimum for the files it matches together (per-package floors): `src/core/**: 90` or `src/api/**: {lines: 80, branches: 60}`.',
            default: '',
        },
        {
            name: 'flags',
            description: "Monorepo parts (codecov's flags and components), a YAML mapping: `api: {paths: [services/api/**], reports: [coverage/api/*], lines: 80, diff: 90, carryforward: true}`. Each gets its own floors and row in the summary; carryforward keeps a flag's last coverage (from the baseline) when this run read none of its reports.",
            default: '',
        },
        {
            name: 'min-diff',
            description: 'Fail when coverage of the changed lines (against base) is below this percent. Only changed lines the report measures count.',
            default: '',
        },
        {
            name: 'base',
            description: 'Branch, tag or SHA to diff against for changed-line coverage. Empty: the pull request base, the pushed range, or the merge-base with the default branch.',
            default: '',
        },
        {
            name: 'baseline',
            description: 'A baseline JSON (written by write-baseline on the default branch) to compute the delta against.',
            default: '',
        },
        {
            name: 'baseline-required',
            description: 'Fail when the baseline file is missing (a mistyped path, an evicted cache) instead of skipping the delta and max-drop with a warning.',
            default: 'false',
            kind: 'boolean',
        },
        {
            name: 'baseline-branch',
            description: "Keep the baseline on this branch of origin (e.g. shipline-data) instead of only in the Actions cache, which evicts it: baseline is fetched from the branch, and write-baseline commits and pushes there (needs contents: write and the checkout's credentials). Empty: the file only.",
            default: '',
        },
        {
            name: 'write-baseline',
            description: "Write this run's totals to this JSON file, as the baseline for later runs (do it on the default branch).",
            default: '',
        },
        {
            name: 'max-drop',
            description: 'Fail when line coverage dropped by more than this many points against the baseline. Empty: no gate.',
            default: '',
        },
        {
            name: 'merged-report',
            description: 'Where to write the merged coverage (LCOV; with merged-format cobertura or both, also Cobertura XML next to it).',
            default: '.shipline/coverage/merged.lcov',
        },
        { name: 'merged-format', description: 'Format of the merged report: lcov, cobertura or both.', default: 'lcov' },
        {
            name: 'comment',
            description: 'On pull requests, post the coverage summary as one sticky comment, updated in place (needs token).',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'comment-id',
            description: 'Names the sticky comment, so two calls on one pull request (a monorepo, one call per service) keep one comment each. Empty: the one shipline coverage comment.',
            default: '',
        },
        {
            name: 'comment-file',
            description: "Fork pull requests: when the token cannot comment (a fork's), write the comment and the pull request number to this file; upload it as an artifact and post it from a workflow_run workflow with post-comment (see docs/coverage-gate.md). Empty: no file.",
            default: '',
        },
        {
            name: 'post-comment',
            description: "Post mode, for a workflow_run workflow with pull-requests: write: post the comment file a fork pull request's run wrote (downloaded from its artifact) to that pull request, if its head is still the commit that run tested. No report is read.",
            default: '',
        },
        {
            name: 'token',
            description: 'GitHub token for the pull request comment (pull-requests: write or issues: write).',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
        { name: 'badge', description: 'Write an SVG line-coverage badge to this path. Empty: no badge.', default: '' },
        { name: 'annotate', description: 'Annotate uncovered changed line ranges.', default: 'true', kind: 'boolean' },
        {
            name: 'max-annotations',
            description: 'At most this many uncovered-range annotations (the rest are listed in the summary).',
            default: '20',
        },
    ],
    outputs: [
        { name: 'lines', description: 'Total line coverage, percent with two decimals (empty when nothing is measured).' },
        { name: 'branches', description: 'Total branch coverage, percent (empty when the reports have no branch data).' },
        {
            name: 'functions',
            description: 'Total function coverage, percent (empty when the reports have no function data).',
        },
        {
            name: 'diff-lines',
            description: 'Coverage of the changed lines the reports measure, percent (empty when not computed or none measured).',
        },
        { name: 'delta', description: "Line coverage minus the baseline's, in points (empty without a baseline)." },
        { name: 'passed', description: 'true when every gate held.' },
        { name: 'merged-report', description: 'Path of the merged LCOV report.' },
        { name: 'posted', description: 'Post mode: true when the comment file was posted.' },
        {
            name: 'comment-file',
            description: 'Path of the comment file written for a workflow_run workflow to post (empty when none was written).',
        },
    ],
    parse: (inputs, ctx) => parseCoverageInputs(inputs, ctx),
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(887), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 5930))).run(options, ctx),
});


/***/ }),

/***/ 5995:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FORMAT_NAMES = exports.FORMATS = void 0;
/** The coverage gate's option types, parsed once by tool.ts and read by the engine. */
/** The report formats the parsers read. */
exports.FORMATS = [
    'lcov',
    'cobertura',
    'jacoco',
    'clover',
    'istanbul-json',
    'istanbul-summary',
    'go',
    'coveragepy-json',
];
/** The `format` input: one of the formats, or auto (detected per file). */
exports.FORMAT_NAMES = ['auto', ...exports.FORMATS];


/***/ })

};
