export const id = 60;
export const ids = [60];
export const modules = {

/***/ 7060:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timingsCommand = timingsCommand;
exports.filesCommand = filesCommand;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_util_1 = __webpack_require__(7975);
const errors_js_1 = __webpack_require__(4296);
const engine_js_1 = __webpack_require__(7292);
const format_js_1 = __webpack_require__(2821);
const paths_js_1 = __webpack_require__(5444);
const plan_js_1 = __webpack_require__(8597);
const timings_js_1 = __webpack_require__(7307);
/** parseArgs with one-line errors that say how to get help. */
function parse(argv, options, verb) {
    try {
        return (0, node_util_1.parseArgs)({
            args: argv,
            options: { ...options, help: { type: 'boolean', short: 'h' }, cwd: { type: 'string' } },
            strict: true,
            allowPositionals: false,
        }).values;
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`shipline shard ${verb}: ${(0, errors_js_1.describeThrown)(e).split('\n')[0]}; run shipline shard ${verb} --help`);
    }
}
function str(v) {
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function positiveInt(v, flag, verb) {
    const s = str(v);
    if (s === undefined)
        throw new errors_js_1.ConfigError(`shipline shard ${verb}: --${flag} is required; give a whole number of 1 or more`);
    const n = Number(s);
    if (!Number.isInteger(n) || n < 1)
        throw new errors_js_1.ConfigError(`shipline shard ${verb}: --${flag} "${s}" is not a whole number of 1 or more; give one`);
    return n;
}
async function guard(ctx, fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof errors_js_1.ConfigError) {
            ctx.logger.error(e.message);
            return 2;
        }
        ctx.logger.error(`shipline shard crashed (a bug, please report it): ${(0, errors_js_1.describeThrown)(e)}`);
        return 1;
    }
}
const TIMINGS_HELP = `usage: shipline shard timings --from GLOB [--from GLOB ...] --out FILE [--previous FILE] [--alpha 0.3] [--working-directory DIR]
  Reads JUnit XML reports (all shards of one run), books each test's time on its file and
  smooths it into FILE (default previous: FILE itself when it exists).`;
/** `shipline shard timings`: many shards' JUnit reports → one small smoothed timings file. */
function timingsCommand(argv, ctx) {
    return guard(ctx, async () => {
        const v = parse(argv, {
            from: { type: 'string', multiple: true },
            out: { type: 'string' },
            previous: { type: 'string' },
            alpha: { type: 'string' },
            'working-directory': { type: 'string' },
        }, 'timings');
        if (v.help) {
            process.stdout.write(TIMINGS_HELP + '\n');
            return 0;
        }
        const cwd = (0, node_path_1.resolve)(ctx.cwd, str(v.cwd) ?? '.');
        const from = (v.from ?? [])
            .flatMap((f) => f.split('\n'))
            .map((f) => f.trim())
            .filter(Boolean);
        if (!from.length)
            throw new errors_js_1.ConfigError('shipline shard timings: --from is required; give a glob of JUnit XML reports, e.g. --from "reports/**/*.xml"');
        const outArg = str(v.out);
        if (!outArg)
            throw new errors_js_1.ConfigError('shipline shard timings: --out is required; give the timings file to write, e.g. --out .shipline/timings.json');
        const out = (0, node_path_1.resolve)(cwd, outArg);
        const alpha = v.alpha === undefined ? undefined : Number(v.alpha);
        if (alpha !== undefined && !(alpha > 0 && alpha <= 1))
            throw new errors_js_1.ConfigError(`shipline shard timings: --alpha "${String(v.alpha)}" is not a number above 0 and at most 1; use e.g. 0.3`);
        const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
        const reports = [];
        for (const pattern of from) {
            const hits = await glob([pattern], {
                cwd,
                onlyFiles: true,
                absolute: true,
                expandDirectories: false,
                ignore: ['**/node_modules/**'],
            });
            if (!hits.length)
                throw new errors_js_1.ConfigError(`shipline shard timings: --from '${pattern}' matched no file in ${cwd}; check the glob (it is relative to the current directory or --cwd)`);
            reports.push(...hits);
        }
        reports.sort();
        const prevPath = str(v.previous) ? (0, node_path_1.resolve)(cwd, str(v.previous)) : out;
        let previous;
        if ((0, node_fs_1.existsSync)(prevPath)) {
            let parsed;
            try {
                parsed = (0, timings_js_1.asTimingsFile)(JSON.parse((0, node_fs_1.readFileSync)(prevPath, 'utf8')));
            }
            catch (e) {
                parsed = `is not valid JSON (${(0, errors_js_1.describeThrown)(e)})`;
            }
            if (typeof parsed === 'string')
                ctx.logger.warning(`${(0, node_path_1.relative)(cwd, prevPath) || prevPath} ${parsed}; starting fresh timings`);
            else
                previous = parsed;
        }
        else if (str(v.previous))
            ctx.logger.warning(`--previous ${str(v.previous)} does not exist; starting fresh timings`);
        const wd = (0, node_path_1.resolve)(cwd, str(v['working-directory']) ?? '.');
        const run = (0, timings_js_1.readReports)(reports, [wd, cwd], (p) => (0, paths_js_1.normalizePath)((0, node_path_1.relative)(cwd, p)));
        for (const w of run.warnings)
            ctx.logger.warning(w);
        if (run.seconds.size === 0)
            throw new errors_js_1.ConfigError(`shipline shard timings: the ${reports.length} report(s) matched by --from name no test file (see the warnings above); configure the reporter to write file or classname attributes`);
        const merged = (0, timings_js_1.mergeTimings)(previous, run, alpha ?? previous?.alpha, new Date(ctx.now()).toISOString());
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(out), { recursive: true });
        (0, node_fs_1.writeFileSync)(out, JSON.stringify(merged, null, 2) + '\n');
        ctx.logger.info(`wrote ${(0, node_path_1.relative)(cwd, out) || out}: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s) with ${run.cases} test case(s), run ${merged.runs}, smoothed with alpha ${merged.alpha}${Object.keys(merged.flaky).length ? `; ${Object.keys(merged.flaky).length} file(s) with flaky tests` : ''}`);
        return 0;
    });
}
const FILES_HELP = `usage: shipline shard files --index N --total T [--format ${format_js_1.FORMATS.join('|')}]
         (--plan PLAN.json | --tests GLOB ... [--timings GLOB ...] [--quarantine FILE] [--strategy lpt|stable] [--working-directory DIR])
  Prints shard N's files. With --plan, from the plan file; otherwise it recomputes the plan
  from the same inputs as the plan job, which gives the same files on every runner.`;
/** `shipline shard files`: one shard's files, in the form a test runner wants. */
function filesCommand(argv, ctx) {
    return guard(ctx, async () => {
        const v = parse(argv, {
            index: { type: 'string' },
            total: { type: 'string' },
            format: { type: 'string' },
            plan: { type: 'string' },
            tests: { type: 'string', multiple: true },
            timings: { type: 'string', multiple: true },
            quarantine: { type: 'string' },
            strategy: { type: 'string' },
            'working-directory': { type: 'string' },
        }, 'files');
        if (v.help) {
            process.stdout.write(FILES_HELP + '\n');
            return 0;
        }
        const index = positiveInt(v.index, 'index', 'files');
        const total = positiveInt(v.total, 'total', 'files');
        const format = (str(v.format) ?? 'lines');
        if (!format_js_1.FORMATS.includes(format))
            throw new errors_js_1.ConfigError(`shipline shard files: --format "${format}" is not known; use one of ${format_js_1.FORMATS.join(', ')}`);
        const strategy = (str(v.strategy) ?? 'lpt');
        if (!plan_js_1.STRATEGIES.includes(strategy))
            throw new errors_js_1.ConfigError(`shipline shard files: --strategy "${strategy}" is not known; use ${plan_js_1.STRATEGIES.join(' or ')} (the same as the plan step)`);
        const cwd = (0, node_path_1.resolve)(ctx.cwd, str(v.cwd) ?? '.');
        let files;
        if (str(v.plan))
            files = fromPlanFile((0, node_path_1.resolve)(cwd, str(v.plan)), index, total);
        else {
            const tests = (v.tests ?? [])
                .flatMap((t) => t.split('\n'))
                .map((t) => t.trim())
                .filter(Boolean);
            if (!tests.length)
                throw new errors_js_1.ConfigError('shipline shard files: give --plan FILE, or --tests GLOB (with the same --timings and --quarantine as the plan job) to recompute the plan');
            const timings = (v.timings ?? [])
                .flatMap((t) => t.split('\n'))
                .map((t) => t.trim())
                .filter(Boolean);
            const p = await (0, engine_js_1.computePlan)({
                tests,
                timings,
                quarantine: str(v.quarantine),
                workspace: cwd,
                workingDirectory: (0, node_path_1.resolve)(cwd, str(v['working-directory']) ?? '.'),
                shards: total,
                targetSeconds: 1,
                maxShards: total,
                strategy,
            });
            for (const w of p.gathered.warnings)
                ctx.logger.warning(w);
            if (p.plan.shards.length !== total)
                throw new errors_js_1.ConfigError(`shipline shard files: --total ${total} but only ${p.gathered.items.length} test file(s) here, so the plan has ${p.plan.shards.length} shard(s); the plan job saw different files: check out the same commit and pass the same --tests`);
            files = (0, engine_js_1.shardFiles)(p, index, 'shipline shard files: --index');
        }
        const text = (0, format_js_1.formatFiles)(files, format);
        process.stdout.write(text + (text ? '\n' : ''));
        return 0;
    });
}
function fromPlanFile(path, index, total) {
    let doc;
    try {
        doc = JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`shipline shard files: --plan ${path} cannot be read as JSON (${(0, errors_js_1.describeThrown)(e)}); pass the plan output of the shard step`);
    }
    if (doc.shipline !== 'shard-plan' || !Array.isArray(doc.shards))
        throw new errors_js_1.ConfigError(`shipline shard files: --plan ${path} is not a shipline shard plan; pass the plan output of the shard step`);
    const n = doc.shards.length;
    if (n !== total)
        throw new errors_js_1.ConfigError(`shipline shard files: --total ${total} but the plan ${path} has ${n} shard(s); pass the total from the same plan`);
    if (index >= 1 && index <= n)
        return doc.shards[index - 1].files;
    if (index === n + 1 && doc.quarantine)
        return doc.quarantine.files;
    throw new errors_js_1.ConfigError(`shipline shard files: --index ${index} is out of range: the plan has ${n} shard(s)${doc.quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (doc.quarantine ? 1 : 0)}`);
}


/***/ })

};
