export const id = 143;
export const ids = [143];
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

/***/ 3114:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.baselineCommand = void 0;
const node_path_1 = __webpack_require__(6760);
const host_js_1 = __webpack_require__(393);
const tool_js_1 = __webpack_require__(121);
/**
 * `shipline lint baseline`: lint every file and record every finding, so fail-on new ignores them.
 * The gate's spec is passed in (not imported) so that tool.ts and this file form no cycle.
 */
const baselineCommand = (gate) => (0, tool_js_1.defineSubcommand)({
    summary: 'lint every file and write every finding to the baseline file (--config FILE, --checks YAML, --baseline FILE); commit it, and fail-on new ignores those findings',
    inputs: [
        {
            name: 'config',
            description: 'Path of the lint config file (as for shipline lint).',
            default: '.shipline/lint.yml',
        },
        { name: 'checks', description: 'Inline YAML list of checks (as for shipline lint).' },
        { name: 'baseline', description: 'The baseline file to write.', default: '.shipline/lint-baseline.json' },
    ],
    outputs: [
        { name: 'baseline', description: 'Path of the baseline file written.' },
        { name: 'findings', description: 'Number of findings recorded.' },
    ],
    async parse(inputs, ctx) {
        // The gate's own parsing, with every file linted and every finding kept.
        const tool = gate();
        const given = {
            config: inputs.optional('config'),
            checks: inputs.optional('checks'),
            baseline: inputs.optional('baseline'),
            all: 'true',
            'fail-on': 'any',
        };
        const options = await tool.parse((0, host_js_1.specInputs)(tool.inputs, (n) => given[n], inputs.frontDoor, ctx.masker), ctx);
        return { ...options, writeBaseline: true };
    },
    async run(options, ctx) {
        const { run } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(338), __webpack_require__.e(887), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 807));
        const r = await run(options, ctx);
        const path = (0, node_path_1.isAbsolute)(options.baseline) ? options.baseline : (0, node_path_1.join)(ctx.cwd, options.baseline);
        ctx.logger.info(`baseline written: ${path} (${r.outputs.findings ?? '?'} findings); commit it`);
        // The findings are the baseline's content, not a failure of this command.
        return { outputs: { baseline: path, findings: r.outputs.findings ?? '0' } };
    },
});
exports.baselineCommand = baselineCommand;


/***/ }),

/***/ 5143:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const node_os_1 = __webpack_require__(8161);
const dry_run_js_1 = __webpack_require__(302);
const paths_js_1 = __webpack_require__(6107);
const tool_js_1 = __webpack_require__(121);
const baseline_command_js_1 = __webpack_require__(3114);
const types_js_1 = __webpack_require__(4484);
/**
 * The lint gate's spec and input parsing. Kept light: `shipline lint --help` loads this file,
 * so config reading and the engine load lazily inside parse/run.
 */
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'config',
            description: 'Path of the lint config file (checks: name, run or builtin, files, pass-files, format, timeout, severity, fix). Missing default file: the inline checks or zero-config detection are used.',
            default: '.shipline/lint.yml',
        },
        { name: 'checks', description: 'Inline YAML list of checks; takes precedence over the config file.' },
        {
            name: 'changed-only',
            description: 'Lint only changed files: auto (on pull requests, pushes and locally), true or false.',
            default: 'auto',
        },
        { name: 'base', description: "Git ref or SHA to compare with instead of the event's base." },
        { name: 'parallel', description: "How many checks run at once (default: the machine's cores)." },
        {
            name: 'budget',
            description: 'Seconds the whole gate may take; checks still running then are killed and named.',
            default: '90',
        },
        {
            name: 'fail-fast',
            description: 'Cancel the remaining checks at the first check that fails the verdict (old findings do not).',
            default: 'false',
            kind: 'boolean',
        },
        {
            name: 'fail-on',
            description: 'Which findings fail the gate: new (not at the base, matched by fingerprint so moved lines stay old), changed-lines, changed-files or any. auto: any on the default branch and with --all, new otherwise.',
            default: 'auto',
        },
        {
            name: 'fail-level',
            description: 'The lowest severity that fails: error, warning or notice.',
            default: 'warning',
        },
        {
            name: 'baseline',
            description: 'Committed baseline of existing findings (written by `shipline lint baseline`), used by fail-on new instead of linting the base when the file exists.',
            default: '.shipline/lint-baseline.json',
        },
        {
            name: 'review',
            description: "On pull requests, post one review with a comment per new finding on changed lines, with suggested changes where the tool gives a fix (needs token with pull-requests: write; a fork's pull request falls back to annotations).",
            default: 'false',
            kind: 'boolean',
        },
        {
            name: 'token',
            description: 'GitHub token for the review comments.',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
        {
            name: 'dry-run',
            description: 'auto (dry under a local run), true or false: whether the review is really posted.',
            default: 'auto',
        },
        {
            name: 'annotate',
            description: 'Which findings become annotations: changed-lines, changed-files, all or none.',
            default: 'changed-lines',
        },
        {
            name: 'report',
            description: 'Path of the JSON report of every finding (default: a file in the runner temp folder).',
        },
        { name: 'sarif', description: 'Also write the findings as SARIF 2.1.0 to this path (for code scanning upload).' },
        { name: 'staged', description: 'Lint the staged changes (for a pre-commit hook).', kind: 'boolean', cliOnly: true },
        { name: 'all', description: 'Lint every file, not only changed ones.', kind: 'boolean', cliOnly: true },
        { name: 'fix', description: "Run each check's fix command first, then the gate.", kind: 'boolean', cliOnly: true },
        {
            name: 'json',
            description: 'Print the JSON report on stdout instead of the summary.',
            kind: 'boolean',
            cliOnly: true,
        },
    ],
    outputs: [
        { name: 'result', description: 'passed, failed or cancelled.' },
        { name: 'failed-checks', description: 'JSON array of the names of the checks that failed.' },
        { name: 'findings', description: 'Number of findings of every check.' },
        { name: 'failing-findings', description: 'Number of findings that fail the gate under fail-on and fail-level.' },
        { name: 'duration-ms', description: 'Wall time of the gate in milliseconds.' },
        { name: 'report', description: 'Path of the JSON report file.' },
    ],
    parse: async (inputs, ctx) => {
        const staged = inputs.boolean('staged', false);
        const all = inputs.boolean('all', false);
        if (staged && all)
            throw inputs.fail('all', 'cannot be combined with --staged', 'use one of them');
        let changedOnly = inputs.enum('changed-only', ['auto', 'true', 'false'], 'auto');
        if (all)
            changedOnly = 'false';
        if (staged)
            changedOnly = 'true';
        // The config is read, the reports written, inside the workspace or the runner temp folder:
        // a pull request must not point the gate at files elsewhere (`../`, absolute, a symlink out).
        const roots = (0, paths_js_1.pathRoots)(ctx, { temp: true });
        const path = (name) => {
            const v = inputs.optional(name);
            return v === undefined ? undefined : (0, paths_js_1.insidePath)(name, v, roots);
        };
        if (inputs.optional('checks') === undefined)
            path('config');
        // The baseline is read (and written by `shipline lint baseline`) in the repository: checked, kept as given.
        const baseline = inputs.string('baseline', '.shipline/lint-baseline.json');
        (0, paths_js_1.insidePath)('baseline', baseline, roots);
        const { loadChecks } = await __webpack_require__.e(/* import() */ 315).then(__webpack_require__.bind(__webpack_require__, 4315));
        const source = await loadChecks(inputs, ctx);
        return {
            source,
            changedOnly,
            base: inputs.optional('base'),
            staged,
            parallel: inputs.number('parallel', (0, node_os_1.availableParallelism)(), { min: 1, max: 64, integer: true }),
            budgetMs: inputs.number('budget', 90, { min: 1, max: 6 * 3600 }) * 1000,
            failFast: inputs.boolean('fail-fast', false),
            failOn: all ? 'any' : inputs.enum('fail-on', ['auto', ...types_js_1.FAIL_ON], 'auto'),
            failLevel: inputs.enum('fail-level', ['error', 'warning', 'notice'], 'warning'),
            baseline,
            review: inputs.boolean('review', false),
            token: inputs.optional('token'),
            dryRun: (0, dry_run_js_1.resolveDryRun)(inputs.optional('dry-run'), ctx.env, inputs.frontDoor).dry,
            annotate: inputs.enum('annotate', ['changed-lines', 'changed-files', 'all', 'none'], 'changed-lines'),
            report: path('report'),
            sarif: path('sarif'),
            fix: inputs.boolean('fix', false),
            json: inputs.boolean('json', false),
        };
    },
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(338), __webpack_require__.e(887), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 807))).run(options, ctx),
    subcommands: { baseline: (0, baseline_command_js_1.baselineCommand)(() => exports.tool) },
});


/***/ }),

/***/ 4484:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FAIL_ON = exports.BUILTINS = exports.FORMATS = void 0;
/** Output formats a check's output can be parsed from. */
exports.FORMATS = [
    'eslint-json',
    'tsc',
    'gcc',
    'mypy',
    'bandit-json',
    'checkstyle',
    'sarif',
    'biome-json',
    'rdjson',
    'oxlint-json',
    'prettier-check',
    'pylint-json',
    'diff-check',
    'ruff-json',
    'golangci-json',
    'hadolint-json',
    'actionlint-json',
    'npm-audit-json',
    'pip-audit-json',
    'govulncheck-json',
    'text',
];
/** The checks shipline runs itself, with no external command. */
exports.BUILTINS = ['codeowners'];
/** Which findings fail the gate: new ones, those on changed lines or in changed files, or any. */
exports.FAIL_ON = ['new', 'changed-lines', 'changed-files', 'any'];


/***/ })

};
