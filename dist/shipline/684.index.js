export const id = 684;
export const ids = [684];
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

/***/ 2821:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FORMATS = void 0;
exports.shellQuote = shellQuote;
exports.formatFiles = formatFiles;
exports.FORMATS = ['shell', 'lines', 'json', 'jest', 'vitest', 'playwright', 'pytest', 'go'];
/** POSIX shell quoting, only when needed: plain paths stay readable. */
function shellQuote(s) {
    return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
function regexEscape(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * A shard's files as each runner wants them on its command line:
 * - jest: `--runTestsByPath` then the paths (jest reads bare arguments as regexes);
 * - playwright: anchored, escaped regexes (playwright matches arguments as regexes);
 * - vitest, pytest, shell: the paths, quoted where needed;
 * - go: the packages (`./dir`) holding the files, each once;
 * - lines: one path a line; json: a JSON array.
 */
function formatFiles(files, format) {
    switch (format) {
        case 'lines':
            return files.join('\n');
        case 'json':
            return JSON.stringify(files);
        case 'jest':
            return files.length ? ['--runTestsByPath', ...files.map(shellQuote)].join(' ') : '';
        case 'playwright':
            return files.map((f) => shellQuote(`${regexEscape(f)}$`)).join(' ');
        case 'go': {
            const dirs = [
                ...new Set(files.map((f) => (f.includes('/') ? `./${f.slice(0, f.lastIndexOf('/'))}` : '.'))),
            ].sort();
            return dirs.map(shellQuote).join(' ');
        }
        default:
            // A path that starts with '-' would be read as an option: `./-x.test.js` is the same file.
            return files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f)).join(' ');
    }
}


/***/ }),

/***/ 7060:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.files = exports.timings = void 0;
const node_path_1 = __webpack_require__(6760);
const tool_js_1 = __webpack_require__(121);
const format_js_1 = __webpack_require__(2821);
/** `shipline shard timings`: many shards' JUnit reports → one small smoothed timings file. */
exports.timings = (0, tool_js_1.defineSubcommand)({
    summary: 'merge JUnit reports into a small smoothed timings file (--from GLOB ... --out FILE)',
    inputs: [
        {
            name: 'from',
            description: 'Globs of JUnit XML reports (all shards of one run), relative to the current directory.',
            kind: 'list',
            required: true,
        },
        { name: 'out', description: 'The timings file to write, e.g. .shipline/timings.json.', required: true },
        { name: 'previous', description: 'The timings file to smooth into (default: --out itself when it exists).' },
        {
            name: 'alpha',
            description: 'Smoothing weight of this run, above 0 and at most 1 (default: the previous file’s, else 0.3).',
        },
        { name: 'working-directory', description: 'Folder test file paths in the reports are relative to.', default: '.' },
        {
            name: 'walls',
            description: "Globs of shard wall records (shipline-wall-<shard>.json, written around each shard's test command): the per-file and per-shard costs JUnit leaves out are learned from them.",
            kind: 'list',
        },
        {
            name: 'plan',
            description: "The plan file those shards ran (required with --walls: it names each shard's files).",
        },
    ],
    outputs: [{ name: 'timings-file', description: 'Path of the timings file written.' }],
    parse(inputs, ctx) {
        const from = inputs.list('from');
        if (!from.length)
            throw inputs.fail('from', 'is required', 'give a glob of JUnit XML reports, e.g. --from "reports/**/*.xml"');
        const out = inputs.required('out', 'give the timings file to write, e.g. --out .shipline/timings.json');
        const alpha = inputs.optional('alpha') === undefined ? undefined : Number(inputs.optional('alpha'));
        if (alpha !== undefined && !(alpha > 0 && alpha <= 1))
            throw inputs.fail('alpha', `"${inputs.optional('alpha')}" is not a number above 0 and at most 1`, 'use e.g. 0.3');
        const previous = inputs.optional('previous');
        const walls = inputs.list('walls');
        const plan = inputs.optional('plan');
        if (walls.length && plan === undefined)
            throw inputs.fail('plan', 'is required with --walls', 'pass the plan file the shards ran (the plan output of the shard step)');
        return {
            walls,
            plan: plan === undefined ? undefined : (0, node_path_1.resolve)(ctx.cwd, plan),
            from,
            out: (0, node_path_1.resolve)(ctx.cwd, out),
            previous: previous === undefined ? undefined : (0, node_path_1.resolve)(ctx.cwd, previous),
            alpha,
            workingDirectory: (0, node_path_1.resolve)(ctx.cwd, inputs.string('working-directory', '.')),
        };
    },
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 5960))).timingsCommand(options, ctx),
});
/** `shipline shard files`: one shard's files, in the form a test runner wants. */
exports.files = (0, tool_js_1.defineSubcommand)({
    summary: `print one shard's files for a test runner (--index N --total T --format ${format_js_1.FORMATS.join('|')})`,
    inputs: [
        { name: 'index', description: 'The shard, 1-based (the quarantine shard is total + 1).', required: true },
        { name: 'total', description: 'The number of shards in the plan.', required: true },
        { name: 'format', description: `How to print the files: ${format_js_1.FORMATS.join(', ')}.`, default: 'lines' },
        { name: 'plan', description: 'The plan file of the shard step; without it the plan is recomputed from --tests.' },
        { name: 'tests', description: 'Globs of test files, as the plan step had them.', kind: 'list' },
        { name: 'timings', description: 'Timings globs, as the plan step had them.', kind: 'list' },
        { name: 'quarantine', description: 'The quarantine file, as the plan step had it.' },
        { name: 'strategy', description: 'lpt or stable, as the plan step had it.', default: 'lpt' },
        { name: 'working-directory', description: 'Folder the test globs are relative to.', default: '.' },
    ],
    outputs: [{ name: 'files', description: "The shard's files in the chosen format (printed on the CLI)." }],
    parse(inputs, ctx) {
        const plan = inputs.optional('plan');
        const tests = inputs.list('tests');
        if (plan === undefined && !tests.length)
            throw inputs.fail('tests', 'is empty and there is no --plan', 'give --plan FILE, or --tests GLOB (with the same --timings and --quarantine as the plan job) to recompute the plan');
        const whole = (name) => {
            inputs.required(name, 'give a whole number of 1 or more');
            return inputs.number(name, 1, { integer: true, min: 1 });
        };
        return {
            index: whole('index'),
            total: whole('total'),
            format: inputs.enum('format', format_js_1.FORMATS, 'lines'),
            plan: plan === undefined ? undefined : (0, node_path_1.resolve)(ctx.cwd, plan),
            tests,
            timings: inputs.list('timings'),
            quarantine: inputs.optional('quarantine'),
            strategy: inputs.enum('strategy', ['lpt', 'stable'], 'lpt'),
            workingDirectory: (0, node_path_1.resolve)(ctx.cwd, inputs.string('working-directory', '.')),
        };
    },
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(292), __webpack_require__.e(960)]).then(__webpack_require__.bind(__webpack_require__, 5960))).filesCommand(options, ctx),
});


/***/ }),

/***/ 684:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const node_path_1 = __webpack_require__(6760);
const paths_js_1 = __webpack_require__(6107);
const tool_js_1 = __webpack_require__(121);
const format_js_1 = __webpack_require__(2821);
const subcommands_js_1 = __webpack_require__(7060);
/** GitHub runs at most 256 jobs from one matrix. */
const MAX_SHARDS = 256;
/** Test shards: a job matrix balanced by measured time. Light: the engine loads in `run`. */
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'tests',
            description: 'Globs of test files, one a line, relative to working-directory (`!glob` excludes).',
            default: '',
            kind: 'list',
        },
        {
            name: 'working-directory',
            description: 'Folder the test globs are relative to, and the paths the plan prints.',
            default: '.',
        },
        {
            name: 'shards',
            description: 'Number of shards (1 to 256), or auto: the fewest shards whose predicted time meets target-seconds.',
            default: 'auto',
        },
        {
            name: 'target-seconds',
            description: 'For shards: auto, the predicted seconds the slowest shard should stay under.',
            default: '300',
        },
        { name: 'max-shards', description: 'For shards: auto, the most shards to plan.', default: '16' },
        {
            name: 'timings',
            description: 'Globs (relative to the workspace) of JUnit XML reports and/or a shipline timings JSON (from shipline shard timings). Files without timings get an estimate.',
            default: '',
            kind: 'list',
        },
        {
            name: 'index',
            description: "A 1-based shard index: sets the files output to that shard's files (shards + 1 is the quarantine shard).",
            default: '',
        },
        {
            name: 'quarantine',
            description: 'A file (relative to the workspace) listing known-flaky tests, one test file, glob or path::test a line: they run in their own shard.',
            default: '',
        },
        {
            name: 'strategy',
            description: 'lpt: longest files first, then moves and swaps (the tightest plans). stable: files start on the shard their path hashes to and are balanced to within 1% of the lower bound, so adding a file moves few others (falls back to lpt when it cannot).',
            default: 'lpt',
        },
        { name: 'format', description: `How the files output lists files: ${format_js_1.FORMATS.join(', ')}.`, default: 'shell' },
        {
            name: 'plan-file',
            description: 'Where to write the JSON plan (default: shipline-shard-plan.json in the runner temp folder).',
            default: '',
        },
    ],
    outputs: [
        {
            name: 'matrix',
            description: 'The job matrix as JSON for strategy.matrix: fromJSON(...): {"include":[{"shard":1,"total":4,"files":"...","quarantine":false}]}. Without files when too large: each runner then runs shipline shard files.',
        },
        { name: 'shard-count', description: 'The number of shards planned (not counting the quarantine shard).' },
        { name: 'files', description: 'The files of the shard given by index, in the format given by format.' },
        { name: 'plan', description: "Path of the JSON plan: each shard's files and predicted seconds." },
        { name: 'predicted-seconds', description: 'Predicted seconds of the slowest shard.' },
        { name: 'lower-bound-seconds', description: 'max(total seconds / shards, longest file): no plan can be faster.' },
    ],
    parse(inputs, ctx) {
        const shardsRaw = inputs.string('shards', 'auto');
        const n = Number(shardsRaw);
        if (shardsRaw.toLowerCase() !== 'auto' && !(Number.isInteger(n) && n >= 1 && n <= MAX_SHARDS)) {
            throw inputs.fail('shards', `"${shardsRaw}" is neither auto nor a whole number from 1 to ${MAX_SHARDS}`, `set auto, or a whole number from 1 to ${MAX_SHARDS} (GitHub runs at most ${MAX_SHARDS} jobs from one matrix)`);
        }
        const shards = shardsRaw.toLowerCase() === 'auto' ? 'auto' : n;
        const index = inputs.optional('index') === undefined
            ? undefined
            : inputs.number('index', 1, { integer: true, min: 1, max: MAX_SHARDS + 1 });
        // Path inputs stay inside the workspace; the plan file may also go to the runner's temp folder.
        const roots = (0, paths_js_1.pathRoots)(ctx);
        const workingDirectory = (0, paths_js_1.insidePath)('working-directory', inputs.string('working-directory', '.'), roots);
        const tests = inputs.list('tests');
        for (const t of tests)
            (0, paths_js_1.checkGlob)('tests', t, roots, workingDirectory);
        const timings = inputs.list('timings');
        for (const t of timings)
            (0, paths_js_1.checkGlob)('timings', t, roots);
        const quarantine = inputs.optional('quarantine');
        if (quarantine !== undefined)
            (0, paths_js_1.insidePath)('quarantine', quarantine, roots);
        return {
            tests,
            workingDirectory,
            workspace: ctx.cwd,
            frontDoor: ctx.frontDoor,
            shards,
            targetSeconds: inputs.number('target-seconds', 300, { min: 0.001 }),
            maxShards: inputs.number('max-shards', 16, { integer: true, min: 1, max: MAX_SHARDS }),
            timings,
            index,
            quarantine,
            format: inputs.enum('format', format_js_1.FORMATS, 'shell'),
            strategy: inputs.enum('strategy', ['lpt', 'stable'], 'lpt'),
            planFile: (0, paths_js_1.insidePath)('plan-file', inputs.optional('plan-file') ?? (0, node_path_1.join)(ctx.tempDir, 'shipline-shard-plan.json'), (0, paths_js_1.pathRoots)(ctx, { temp: true })),
        };
    },
    async run(options, ctx) {
        return (await __webpack_require__.e(/* import() */ 292).then(__webpack_require__.bind(__webpack_require__, 7292))).run(options, ctx);
    },
    subcommands: { timings: subcommands_js_1.timings, files: subcommands_js_1.files },
});


/***/ })

};
