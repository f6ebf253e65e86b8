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
const overhead_js_1 = __webpack_require__(9854);
const timings_js_1 = __webpack_require__(7307);
/** The run of `shipline shard timings` (spec in subcommands.ts): many shards' JUnit reports → one small smoothed timings file. */
async function timingsCommand(o, ctx) {
    const cwd = ctx.cwd;
    const { out, alpha } = o;
    const reports = await globAll(o.from, 'from', true, ctx);
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
    if (o.walls.length)
        learnOverhead(merged, run.seconds, await globAll(o.walls, 'walls', false, ctx), o, ctx);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(out), { recursive: true });
    (0, node_fs_1.writeFileSync)(out, JSON.stringify(merged, null, 2) + '\n');
    ctx.logger.info(`wrote ${(0, node_path_1.relative)(cwd, out) || out}: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s) with ${run.cases} test case(s), run ${merged.runs}, smoothed with alpha ${merged.alpha}${Object.keys(merged.flaky).length ? `; ${Object.keys(merged.flaky).length} file(s) with flaky tests` : ''}`);
    ctx.summary.paragraph(`Timings: ${Object.keys(merged.files).length} file(s) from ${run.reports} report(s), run ${merged.runs}, written to \`${(0, node_path_1.relative)(cwd, out) || out}\`.${merged.overhead ? ` Beyond JUnit: ${merged.overhead.perFile} s per file, ${merged.overhead.perShard} s per shard (from shard wall times, ${merged.overhead.runs} run(s)).` : ''}`);
    return { outputs: { 'timings-file': out } };
}
async function globAll(patterns, input, required, ctx) {
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const found = [];
    for (const pattern of patterns) {
        const hits = await glob([pattern], {
            cwd: ctx.cwd,
            onlyFiles: true,
            absolute: true,
            expandDirectories: false,
            ignore: ['**/node_modules/**'],
        });
        if (!hits.length && required)
            throw errors_js_1.ConfigError.forInput(input, `'${pattern}' matched no file in ${ctx.cwd}`, 'check the glob (it is relative to the current directory or --cwd)', undefined, ctx.frontDoor);
        if (!hits.length)
            ctx.logger.warning(`${(0, errors_js_1.inputLabel)(input, ctx.frontDoor)} '${pattern}' matched no file`);
        found.push(...hits);
    }
    return [...new Set(found)].sort();
}
/**
 * Fold this run's shard wall times into `merged.overhead`: each shard's wall time less its
 * files' JUnit seconds is its start-up plus a fixed cost per file, fitted over the shards.
 */
function learnOverhead(merged, seconds, wallFiles, o, ctx) {
    const shown = (p) => (0, paths_js_1.normalizePath)((0, node_path_1.relative)(ctx.cwd, p)) || p;
    const plan = (0, overhead_js_1.planShardFiles)(o.plan);
    if (typeof plan === 'string')
        throw errors_js_1.ConfigError.forInput('plan', `${o.plan} ${plan}`, 'pass the plan file of the shard step that the walls come from', undefined, ctx.frontDoor);
    const walls = [];
    for (const f of wallFiles) {
        const w = (0, overhead_js_1.asWallRecord)((0, node_fs_1.readFileSync)(f, 'utf8'));
        if (typeof w === 'string')
            ctx.logger.warning(`wall record ${shown(f)} ${w}; it was ignored`);
        else
            walls.push(w);
    }
    const prefix = (0, paths_js_1.normalizePath)((0, node_path_1.relative)(ctx.cwd, o.workingDirectory));
    const { points, skipped } = (0, overhead_js_1.wallPoints)(walls, plan, seconds, prefix === '.' ? '' : prefix);
    for (const s of skipped)
        ctx.logger.warning(`wall record: ${s}; it was ignored`);
    const fit = (0, overhead_js_1.fitOverhead)(points, merged.overhead?.perFile);
    if (!fit) {
        if (walls.length)
            ctx.logger.warning('no wall record matched a shard of the plan: the fixed costs were not updated');
        return;
    }
    merged.overhead = (0, overhead_js_1.mergeOverhead)(merged.overhead, fit, merged.alpha);
    ctx.logger.info(`fixed costs from ${points.length} shard wall time(s): ${fit.perFile.toFixed(3)} s per file, ${fit.perShard.toFixed(3)} s per shard this run; smoothed ${merged.overhead.perFile} s and ${merged.overhead.perShard} s`);
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
    const plan = (0, overhead_js_1.planShardFiles)(path);
    if (typeof plan === 'string')
        throw new errors_js_1.ConfigError(`${flag('plan')} ${path} ${plan}; pass the plan output of the shard step`);
    const n = plan.total;
    if (n !== total)
        throw new errors_js_1.ConfigError(`${flag('total')} ${total} but the plan ${path} has ${n} shard(s); pass the total from the same plan`);
    const quarantine = plan.files.has(n + 1);
    const files = plan.files.get(index);
    if (files)
        return files;
    throw new errors_js_1.ConfigError(`${flag('index')} ${index} is out of range: the plan has ${n} shard(s)${quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (quarantine ? 1 : 0)}`);
}


/***/ }),

/***/ 9854:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.asWallRecord = asWallRecord;
exports.fitOverhead = fitOverhead;
exports.mergeOverhead = mergeOverhead;
exports.planShardFiles = planShardFiles;
exports.wallPoints = wallPoints;
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(4296);
const paths_js_1 = __webpack_require__(5444);
/** Parse a wall record; a message naming what is wrong when it is not one. */
function asWallRecord(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        return `is not valid JSON (${e.message})`;
    }
    if (!v || typeof v !== 'object' || v.shipline !== 'shard-wall')
        return 'is not a shipline shard wall record';
    for (const k of ['shard', 'total', 'seconds'])
        if (typeof v[k] !== 'number' || !Number.isFinite(v[k]) || v[k] < 0)
            return `has no valid "${k}"`;
    return v;
}
const clamp0 = (n) => (n > 0 ? n : 0);
/**
 * Least squares for rest = perShard + perFile × files over one run's shards, both terms at
 * least 0. With every shard holding the same number of files (or one shard) the two cannot be
 * told apart: then only `perShard` is fitted, given the previous `perFile`.
 */
function fitOverhead(points, previousPerFile = 0) {
    if (!points.length)
        return undefined;
    const k = points.length;
    const nBar = points.reduce((s, p) => s + p.files, 0) / k;
    const rBar = points.reduce((s, p) => s + p.rest, 0) / k;
    let sxx = 0;
    let sxy = 0;
    for (const p of points) {
        sxx += (p.files - nBar) ** 2;
        sxy += (p.files - nBar) * (p.rest - rBar);
    }
    if (k < 2 || sxx === 0)
        return { perFile: previousPerFile, perShard: clamp0(rBar - previousPerFile * nBar) };
    let perFile = sxy / sxx;
    let perShard = rBar - perFile * nBar;
    if (perFile < 0) {
        perFile = 0;
        perShard = clamp0(rBar);
    }
    else if (perShard < 0) {
        // Through the origin: all of it per file.
        perShard = 0;
        const snn = points.reduce((s, p) => s + p.files * p.files, 0);
        perFile = clamp0(points.reduce((s, p) => s + p.files * p.rest, 0) / snn);
    }
    return { perFile, perShard };
}
const r4 = (n) => Math.round(n * 10000) / 10000;
/** Smooth a run's fit into the previous overhead, as file timings are smoothed. */
function mergeOverhead(previous, fit, alpha) {
    if (!previous)
        return { perFile: r4(fit.perFile), perShard: r4(fit.perShard), runs: 1 };
    return {
        perFile: r4(alpha * fit.perFile + (1 - alpha) * previous.perFile),
        perShard: r4(alpha * fit.perShard + (1 - alpha) * previous.perShard),
        runs: previous.runs + 1,
    };
}
/** The files of each shard in a plan file (the quarantine shard included), by 1-based index. */
function planShardFiles(planPath) {
    let doc;
    try {
        doc = JSON.parse((0, node_fs_1.readFileSync)(planPath, 'utf8'));
    }
    catch (e) {
        return `cannot be read as JSON (${(0, errors_js_1.describeThrown)(e)})`;
    }
    if (doc?.shipline !== 'shard-plan' || !Array.isArray(doc.shards))
        return 'is not a shipline shard plan';
    const out = new Map();
    const list = (v) => (Array.isArray(v) ? v.filter((f) => typeof f === 'string') : []);
    doc.shards.forEach((s, i) => out.set(i + 1, list(s?.files)));
    if (doc.quarantine)
        out.set(doc.shards.length + 1, list(doc.quarantine.files));
    return { total: doc.shards.length, files: out };
}
/**
 * One point per shard: its files and the wall seconds its files' JUnit times leave over.
 * `seconds` are this run's JUnit seconds by report key, booked on plan files as the plan books them.
 */
function wallPoints(walls, plan, seconds, prefix = '') {
    const all = [...new Set([...plan.files.values()].flat())];
    const resolver = new paths_js_1.KeyResolver(all, prefix);
    const booked = new Map();
    for (const [key, s] of seconds) {
        const hit = resolver.resolve(key);
        if (hit)
            for (const f of hit.files)
                booked.set(f, (booked.get(f) ?? 0) + s / hit.files.length);
    }
    const points = [];
    const skipped = [];
    for (const w of walls) {
        const files = plan.files.get(w.shard);
        if (!files || w.total !== plan.total) {
            skipped.push(`shard ${w.shard} of ${w.total} is not in the plan (${plan.total} shards)`);
            continue;
        }
        if (!files.length)
            continue;
        const junit = files.reduce((s, f) => s + (booked.get(f) ?? 0), 0);
        points.push({ files: files.length, rest: w.seconds - junit });
    }
    return { points, skipped };
}


/***/ })

};
