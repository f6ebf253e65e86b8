export const id = 337;
export const ids = [337];
export const modules = {

/***/ 4925:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommandLineError = void 0;
exports.splitCommand = splitCommand;
const errors_js_1 = __webpack_require__(4296);
/** A command line that cannot become argv without a shell (an operator, a substitution, an open quote). */
class CommandLineError extends errors_js_1.ConfigError {
    name = 'CommandLineError';
}
exports.CommandLineError = CommandLineError;
/**
 * Split a command line into argv the way a POSIX shell tokenizes words (quotes and
 * backslashes), but with no expansion at all: nothing is ever run through a shell.
 * Shell operators and substitutions outside quotes are an error naming them, so a
 * `run: eslint . | tee out` can't silently pass `|` to eslint.
 */
function splitCommand(line) {
    const argv = [];
    let cur = '';
    let inWord = false;
    let i = 0;
    const push = () => {
        if (inWord)
            argv.push(cur);
        cur = '';
        inWord = false;
    };
    while (i < line.length) {
        const c = line[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
            push();
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                throw new CommandLineError(`unterminated ' quote in: ${line}`);
            cur += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            i++;
            inWord = true;
            for (;;) {
                if (i >= line.length)
                    throw new CommandLineError(`unterminated " quote in: ${line}`);
                const d = line[i];
                if (d === '"') {
                    i++;
                    break;
                }
                if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
                    cur += line[i + 1];
                    i += 2;
                }
                else if (d === '$' || d === '`') {
                    throw new CommandLineError(`shell substitution (${d}) inside quotes in: ${line}`);
                }
                else {
                    cur += d;
                    i++;
                }
            }
        }
        else if (c === '\\') {
            if (i + 1 < line.length)
                cur += line[i + 1];
            inWord = true;
            i += 2;
        }
        else if (c === '$' || c === '`') {
            throw new CommandLineError(`shell substitution (${c}) in: ${line}`);
        }
        else if (c === '|' || c === '&' || c === ';' || c === '<' || c === '>') {
            // An operator glued to a word (`a;b`, `x>out`) is still shell syntax.
            throw new CommandLineError(`shell operator ${c} in: ${line}`);
        }
        else {
            cur += c;
            inWord = true;
            i++;
        }
    }
    push();
    return argv;
}


/***/ }),

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

/***/ 1337:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
exports.parsePercent = parsePercent;
exports.parseDuration = parseDuration;
const node_path_1 = __webpack_require__(6760);
const node_crypto_1 = __webpack_require__(7598);
const paths_js_1 = __webpack_require__(6107);
const tool_js_1 = __webpack_require__(121);
const command_line_js_1 = __webpack_require__(4925);
const dry_run_js_1 = __webpack_require__(302);
const types_js_1 = __webpack_require__(926);
/** `5%`, `5` (percent) or `0.5%`: a fraction. */
function parsePercent(raw) {
    const m = /^(\d+(?:\.\d+)?)\s*%?$/.exec(raw.trim());
    return m ? Number(m[1]) / 100 : undefined;
}
/** `90s`, `15m`, `1h` or plain seconds: milliseconds. */
function parseDuration(raw) {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(raw.trim());
    if (!m)
        return undefined;
    const scale = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'];
    return Number(m[1]) * scale;
}
function argv(inputs, name) {
    const raw = inputs.optional(name);
    if (raw === undefined)
        return undefined;
    try {
        const a = (0, command_line_js_1.splitCommand)(raw);
        if (a.length)
            return a;
    }
    catch (e) {
        if (!(e instanceof command_line_js_1.CommandLineError))
            throw e;
        throw inputs.fail(name, e.message, "write one command without shell operators, or wrap it as bash -c '…'");
    }
    return undefined;
}
function overrides(inputs) {
    return inputs.keyValues('overrides').map(([pattern, value]) => {
        const v = value.trim().toLowerCase();
        if (v === 'ignore')
            return { pattern, ignore: true };
        const t = parsePercent(v);
        if (t === undefined)
            throw inputs.fail('overrides', `"${pattern}=${value}" has no threshold`, 'write glob=10% or glob=ignore');
        return { pattern, threshold: t, ignore: false };
    });
}
/** The performance gate: base vs head benchmarks in randomised interleaved rounds on one runner. */
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'command',
            description: 'The benchmark command (no shell; `{output}` stands for a report file the command writes, e.g. `pytest --benchmark-json={output}`). Runs once per side per round.',
            required: true,
        },
        {
            name: 'format',
            description: `Output format: ${types_js_1.FORMATS.join(', ')} (command times the process itself: wall and CPU).`,
            required: true,
        },
        {
            name: 'metric',
            description: 'The clock compared: cpu (process or thread CPU time), wall, or auto: cpu where the format reports it (google-benchmark, hyperfine, command, pytest-benchmark run with --benchmark-timer=time.process_time, go benchmarks reporting cpu-ns/op), else wall.',
            default: 'auto',
        },
        { name: 'build', description: 'Optional build command, run once in each checkout before the rounds.', default: '' },
        {
            name: 'base',
            description: 'Ref or SHA to compare with. Empty: the pull request base, or the merge group base.',
            default: '',
        },
        {
            name: 'working-directory',
            description: 'Folder (in the repository) the commands run in, in both checkouts.',
            default: '.',
        },
        {
            name: 'rounds',
            description: 'Most rounds; each runs base and head once, in a random order. The gate stops sooner once every benchmark is settled (unchanged or faster).',
            default: '12',
        },
        {
            name: 'time-budget',
            description: 'Start no new round after this long (builds included): 90s, 15m, 1h.',
            default: '20m',
        },
        {
            name: 'threshold',
            description: 'The smallest slowdown that matters; a benchmark fails only when its whole interval is above it.',
            default: '5%',
        },
        {
            name: 'overrides',
            description: 'Per-benchmark thresholds by glob on the name, one `glob=10%` or `glob=ignore` a line; the first match wins.',
            default: '',
            kind: 'list',
        },
        {
            name: 'alpha',
            description: 'Error rate across all benchmarks together (family-wise for holm, false-discovery for bh).',
            default: '0.05',
        },
        { name: 'correction', description: `Multiple-comparison control: ${types_js_1.CORRECTIONS.join(', ')}.`, default: 'holm' },
        {
            name: 'duet',
            description: 'Run base and head at the same time on separate cores (needs 2 CPUs).',
            default: 'false',
            kind: 'boolean',
        },
        { name: 'seed', description: 'Seed of the random round order (empty: random; always in the report).', default: '' },
        { name: 'report-path', description: 'Where to write the JSON report.', default: '' },
        {
            name: 'fail-on-missing',
            description: 'Fail when a benchmark of base no longer runs on head.',
            default: 'false',
            kind: 'boolean',
        },
        { name: 'run-timeout', description: 'Kill one benchmark run after this long.', default: '10m' },
        {
            name: 'comment',
            description: 'On pull requests, post the report as one sticky comment, updated in place (needs token).',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'token',
            description: 'GitHub token for the pull request comment (pull-requests: write or issues: write).',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
        {
            name: 'dry-run',
            description: 'auto, true or false: a dry run writes no PR comment (auto: dry under a local act run).',
            default: 'auto',
        },
    ],
    outputs: [
        { name: 'result', description: 'passed, failed or cancelled.' },
        { name: 'regressions', description: 'JSON array of the names of the benchmarks that regressed.' },
        { name: 'report', description: 'Path of the JSON report (every round, every benchmark, the intervals).' },
    ],
    parse(inputs, ctx) {
        inputs.required('format', `set the format the command prints: ${types_js_1.FORMATS.join(', ')}`);
        const command = argv(inputs, 'command');
        if (!command)
            throw inputs.fail('command', 'is required but empty', 'set the benchmark command, e.g. go test -bench=. -run=^$');
        const duration = (name) => {
            const v = parseDuration(inputs.string(name, ''));
            if (v === undefined || v <= 0)
                throw inputs.fail(name, `"${inputs.optional(name)}" is not a duration`, 'write e.g. 90s, 15m or 1h');
            return v;
        };
        const threshold = parsePercent(inputs.string('threshold', '5%'));
        if (threshold === undefined)
            throw inputs.fail('threshold', `"${inputs.optional('threshold')}" is not a percentage`, 'write e.g. 5%');
        const seedRaw = inputs.optional('seed');
        const seed = seedRaw === undefined ? (0, node_crypto_1.randomInt)(2 ** 31) : inputs.number('seed', 0, { integer: true, min: 0 });
        const report = inputs.optional('report-path');
        const format = inputs.enum('format', types_js_1.FORMATS, 'command');
        const metric = inputs.enum('metric', types_js_1.METRICS, 'auto');
        if (metric === 'cpu' && (format === 'tinybench' || format === 'benchmarkjs'))
            throw inputs.fail('metric', `is cpu but ${format} reports wall time only`, 'set metric to wall or auto');
        // The benchmark runs in, and the report is written to, the workspace (the report may also
        // go to the runner temp folder): a `../`, absolute or symlinked path out is refused.
        const workingDirectory = inputs.string('working-directory', '.');
        (0, paths_js_1.insidePath)('working-directory', workingDirectory, (0, paths_js_1.pathRoots)(ctx));
        return {
            command,
            format,
            metric,
            build: argv(inputs, 'build'),
            base: inputs.optional('base'),
            workingDirectory,
            rounds: inputs.number('rounds', 12, { integer: true, min: 2, max: 1000 }),
            timeBudgetMs: duration('time-budget'),
            threshold,
            overrides: overrides(inputs),
            alpha: inputs.number('alpha', 0.05, { min: 0.0001, max: 0.5 }),
            correction: inputs.enum('correction', types_js_1.CORRECTIONS, 'holm'),
            duet: inputs.boolean('duet', false),
            seed,
            reportPath: report
                ? (0, paths_js_1.insidePath)('report-path', report, (0, paths_js_1.pathRoots)(ctx, { temp: true }))
                : (0, node_path_1.join)(ctx.tempDir, `shipline-perf-${Date.now()}.json`),
            failOnMissing: inputs.boolean('fail-on-missing', false),
            runTimeoutMs: duration('run-timeout'),
            comment: inputs.boolean('comment', true),
            token: inputs.optional('token'),
            dryRun: (0, dry_run_js_1.resolveDryRun)(inputs.optional('dry-run'), ctx.env, inputs.frontDoor).dry,
        };
    },
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 3069))).run(options, ctx),
});


/***/ }),

/***/ 926:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.METRICS = exports.CORRECTIONS = exports.FORMATS = void 0;
exports.FORMATS = [
    'go',
    'pytest-benchmark',
    'google-benchmark',
    'hyperfine',
    'tinybench',
    'benchmarkjs',
    'command',
];
exports.CORRECTIONS = ['holm', 'bh', 'none'];
/** Which clock is compared: `auto` is CPU time where the format has it (far less noisy on a busy machine), else wall. */
exports.METRICS = ['auto', 'wall', 'cpu'];


/***/ })

};
