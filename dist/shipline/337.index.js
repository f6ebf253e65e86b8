export const id = 337;
export const ids = [337];
export const modules = {

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

/***/ 235:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommandLineError = exports.FILES_TOKEN = void 0;
exports.splitCommand = splitCommand;
exports.fileArg = fileArg;
exports.buildArgv = buildArgv;
exports.batches = batches;
const errors_js_1 = __webpack_require__(4296);
/** The placeholder a check's `run` may use to say where the files go. */
exports.FILES_TOKEN = '{files}';
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
/**
 * A file name as an argument: names starting with '-' get a './' prefix so no tool reads
 * them as options (`-rf` stays a file).
 */
function fileArg(path) {
    return path.startsWith('-') ? `./${path}` : path;
}
/**
 * The argv of one run: files go where `{files}` stands (as separate entries) or at the end.
 * With `shell`, the script gets the files as "$@" and never sees them in its text.
 */
function buildArgv(run, files, shell) {
    const names = (files ?? []).map(fileArg);
    if (shell) {
        let script = run.join(' ');
        if (files)
            script = script.includes(exports.FILES_TOKEN) ? script.split(exports.FILES_TOKEN).join('"$@"') : `${script} "$@"`;
        else
            script = script.split(exports.FILES_TOKEN).join('');
        return { command: 'sh', args: ['-c', script, 'shipline-lint', ...names] };
    }
    const out = [];
    let placed = false;
    for (const a of run) {
        if (a === exports.FILES_TOKEN) {
            out.push(...names);
            placed = true;
        }
        else
            out.push(a);
    }
    if (!placed && files)
        out.push(...names);
    return { command: out[0], args: out.slice(1) };
}
/** Split files into batches whose argv stays well under the OS limit (ARG_MAX). */
function batches(files, maxBytes = 96 * 1024) {
    const out = [];
    let cur = [];
    let size = 0;
    for (const f of files) {
        const n = Buffer.byteLength(f) + 1;
        if (cur.length && size + n > maxBytes) {
            out.push(cur);
            cur = [];
            size = 0;
        }
        cur.push(f);
        size += n;
    }
    if (cur.length)
        out.push(cur);
    return out;
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
const tool_js_1 = __webpack_require__(121);
const argv_js_1 = __webpack_require__(235);
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
        const a = (0, argv_js_1.splitCommand)(raw);
        if (a.length)
            return a;
    }
    catch (e) {
        if (!(e instanceof argv_js_1.CommandLineError))
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
        { name: 'rounds', description: 'Most rounds; each runs base and head once, in a random order.', default: '12' },
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
    ],
    outputs: [
        { name: 'result', description: 'passed or failed.' },
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
        return {
            command,
            format: inputs.enum('format', types_js_1.FORMATS, 'command'),
            build: argv(inputs, 'build'),
            base: inputs.optional('base'),
            workingDirectory: inputs.string('working-directory', '.'),
            rounds: inputs.number('rounds', 12, { integer: true, min: 2, max: 1000 }),
            timeBudgetMs: duration('time-budget'),
            threshold,
            overrides: overrides(inputs),
            alpha: inputs.number('alpha', 0.05, { min: 0.0001, max: 0.5 }),
            correction: inputs.enum('correction', types_js_1.CORRECTIONS, 'holm'),
            duet: inputs.boolean('duet', false),
            seed,
            reportPath: report
                ? (0, node_path_1.isAbsolute)(report)
                    ? report
                    : (0, node_path_1.resolve)(ctx.cwd, report)
                : (0, node_path_1.join)(ctx.tempDir, `shipline-perf-${Date.now()}.json`),
            failOnMissing: inputs.boolean('fail-on-missing', false),
            runTimeoutMs: duration('run-timeout'),
        };
    },
    run: async (options, ctx) => (await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(69)]).then(__webpack_require__.bind(__webpack_require__, 3069))).run(options, ctx),
});


/***/ }),

/***/ 926:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CORRECTIONS = exports.FORMATS = void 0;
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


/***/ })

};
