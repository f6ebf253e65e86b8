export const id = 960;
export const ids = [960];
export const modules = {

/***/ 5960:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timingsCommand = timingsCommand;
exports.filesCommand = filesCommand;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const engine_js_1 = __webpack_require__(7292);
const format_js_1 = __webpack_require__(2821);
const paths_js_1 = __webpack_require__(5444);
const timings_js_1 = __webpack_require__(7307);
/** The run of `shipline shard timings` (spec in subcommands.ts): many shards' JUnit reports → one small smoothed timings file. */
async function timingsCommand(o, ctx) {
    const cwd = ctx.cwd;
    const { out, alpha } = o;
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const reports = [];
    for (const pattern of o.from) {
        const hits = await glob([pattern], {
            cwd,
            onlyFiles: true,
            absolute: true,
            expandDirectories: false,
            ignore: ['**/node_modules/**'],
        });
        if (!hits.length)
            throw errors_js_1.ConfigError.forInput('from', `'${pattern}' matched no file in ${cwd}`, 'check the glob (it is relative to the current directory or --cwd)', undefined, ctx.frontDoor);
        reports.push(...hits);
    }
    reports.sort();
    const prevPath = o.previous ?? out;
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
    else if (o.previous)
        ctx.logger.warning(`${(0, errors_js_1.inputLabel)('previous', ctx.frontDoor)} ${o.previous} does not exist; starting fresh timings`);
    const wd = o.workingDirectory;
    const run = (0, timings_js_1.readReports)(reports, [wd, cwd], (p) => (0, paths_js_1.normalizePath)((0, node_path_1.relative)(cwd, p)));
    for (const w of run.warnings)
        ctx.logger.warning(w);
    if (run.seconds.size === 0)
        throw errors_js_1.ConfigError.forInput('from', `the ${reports.length} report(s) it matched name no test file (see the warnings above)`, 'configure the reporter to write file or classname attributes', undefined, ctx.frontDoor);
    const merged = (0, timings_js_1.mergeTimings)(previous, run, alpha ?? previous?.alpha, new Date(ctx.now()).toISOString());
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(out), { recursive: true });
    (0, node_fs_1.writeFileSync)(out, JSON.stringify(merged, null, 2) + '\n');
    ctx.logger.info(`wrote ${(0, node_path_1.relative)(cwd, out) || out}: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s) with ${run.cases} test case(s), run ${merged.runs}, smoothed with alpha ${merged.alpha}${Object.keys(merged.flaky).length ? `; ${Object.keys(merged.flaky).length} file(s) with flaky tests` : ''}`);
    ctx.summary.paragraph(`Timings: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s), run ${merged.runs}, written to \`${(0, node_path_1.relative)(cwd, out) || out}\`.`);
    return { outputs: { 'timings-file': out } };
}
/** The run of `shipline shard files` (spec in subcommands.ts): one shard's files, in the form a test runner wants. */
async function filesCommand(o, ctx) {
    const { index, total, format, strategy } = o;
    const cwd = ctx.cwd;
    let files;
    if (o.plan)
        files = fromPlanFile(o.plan, index, total, ctx.frontDoor);
    else {
        const p = await (0, engine_js_1.computePlan)({
            tests: o.tests,
            timings: o.timings,
            quarantine: o.quarantine,
            workspace: cwd,
            workingDirectory: o.workingDirectory,
            shards: total,
            targetSeconds: 1,
            maxShards: total,
            strategy,
        });
        for (const w of p.gathered.warnings)
            ctx.logger.warning(w);
        if (p.plan.shards.length !== total)
            throw new errors_js_1.ConfigError(`${(0, errors_js_1.inputLabel)('total', ctx.frontDoor)} ${total} but only ${p.gathered.items.length} test file(s) here, so the plan has ${p.plan.shards.length} shard(s); the plan job saw different files: check out the same commit and pass the same --tests`);
        files = (0, engine_js_1.shardFiles)(p, index, (0, errors_js_1.inputLabel)('index', ctx.frontDoor));
    }
    const text = (0, format_js_1.formatFiles)(files, format);
    return { outputs: { files: text }, print: text };
}
function fromPlanFile(path, index, total, frontDoor) {
    const flag = (name) => (0, errors_js_1.inputLabel)(name, frontDoor);
    let doc;
    try {
        doc = JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`${flag('plan')} ${path} cannot be read as JSON (${(0, errors_js_1.describeThrown)(e)}); pass the plan output of the shard step`);
    }
    if (doc.shipline !== 'shard-plan' || !Array.isArray(doc.shards))
        throw new errors_js_1.ConfigError(`${flag('plan')} ${path} is not a shipline shard plan; pass the plan output of the shard step`);
    const n = doc.shards.length;
    if (n !== total)
        throw new errors_js_1.ConfigError(`${flag('total')} ${total} but the plan ${path} has ${n} shard(s); pass the total from the same plan`);
    if (index >= 1 && index <= n)
        return doc.shards[index - 1].files;
    if (index === n + 1 && doc.quarantine)
        return doc.quarantine.files;
    throw new errors_js_1.ConfigError(`${flag('index')} ${index} is out of range: the plan has ${n} shard(s)${doc.quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (doc.quarantine ? 1 : 0)}`);
}


/***/ })

};
