export const id = 292;
export const ids = [292];
export const modules = {

/***/ 7292:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MATRIX_FILES_LIMIT = exports.MAX_MATRIX_JOBS = void 0;
exports.computePlan = computePlan;
exports.shardFiles = shardFiles;
exports.buildMatrix = buildMatrix;
exports.planDocument = planDocument;
exports.round = round;
exports.run = run;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const format_js_1 = __webpack_require__(2821);
const gather_js_1 = __webpack_require__(5657);
const plan_js_1 = __webpack_require__(8597);
const summary_js_1 = __webpack_require__(2876);
/** GitHub runs at most 256 jobs from one matrix. */
exports.MAX_MATRIX_JOBS = 256;
/**
 * Past this the matrix drops the file lists: a job's outputs share 1 MiB, and a large
 * matrix slows the workflow page. Each runner then recomputes its files from the same inputs.
 */
exports.MATRIX_FILES_LIMIT = 256 * 1024;
/** Gather and plan: the one function both the plan job and a recomputing runner call. */
async function computePlan(o) {
    const gathered = await (0, gather_js_1.gather)(o);
    let plan;
    let targetMet;
    if (o.shards === 'auto') {
        const chosen = (0, plan_js_1.chooseShardCount)(gathered.items, o.targetSeconds, o.maxShards, { strategy: o.strategy });
        plan = chosen.plan;
        targetMet = chosen.met;
    }
    else
        plan = (0, plan_js_1.planShards)(gathered.items, o.shards, { strategy: o.strategy });
    const q = gathered.quarantined;
    if (q.length && plan.shards.length >= exports.MAX_MATRIX_JOBS) {
        throw errors_js_1.ConfigError.forInput(o.shards === 'auto' ? 'max-shards' : 'shards', `${plan.shards.length} shards plus the quarantine shard exceed GitHub's ${exports.MAX_MATRIX_JOBS}-job matrix limit`, `plan at most ${exports.MAX_MATRIX_JOBS - 1} shards when quarantine is used`);
    }
    const quarantine = q.length
        ? { files: q.map((i) => i.path).sort(), seconds: q.reduce((s, i) => s + i.seconds, 0) }
        : undefined;
    return { gathered, plan, quarantine, targetMet, strategy: o.strategy };
}
/** The files of shard `index` (1-based; shards + 1 is the quarantine shard). */
function shardFiles(p, index, label = "input 'index'") {
    const n = p.plan.shards.length;
    if (index >= 1 && index <= n)
        return p.plan.shards[index - 1].files;
    if (index === n + 1 && p.quarantine)
        return p.quarantine.files;
    throw new errors_js_1.ConfigError(`${label}: ${index} is out of range: the plan has ${n} shard(s)${p.quarantine ? ` plus the quarantine shard ${n + 1}` : ''}; use 1 to ${n + (p.quarantine ? 1 : 0)}`);
}
/** The job matrix; file lists are dropped (runners recompute) when it would be too large. */
function buildMatrix(p) {
    const total = p.plan.shards.length;
    const entries = p.plan.shards.map((s, i) => ({
        shard: i + 1,
        total,
        files: (0, format_js_1.formatFiles)(s.files, 'shell'),
        quarantine: false,
    }));
    if (p.quarantine)
        entries.push({ shard: total + 1, total, files: (0, format_js_1.formatFiles)(p.quarantine.files, 'shell'), quarantine: true });
    const json = JSON.stringify({ include: entries });
    if (Buffer.byteLength(json) <= exports.MATRIX_FILES_LIMIT)
        return { json, withFiles: true };
    return { json: JSON.stringify({ include: entries.map(({ files: _files, ...rest }) => rest) }), withFiles: false };
}
function planDocument(p, withFiles) {
    return {
        shipline: 'shard-plan',
        version: 1,
        algorithm: p.plan.algorithm,
        strategy: p.strategy,
        shardsRequested: p.plan.requested,
        shards: p.plan.shards.map((s, i) => ({ index: i + 1, predictedSeconds: round(s.seconds), files: s.files })),
        quarantine: p.quarantine
            ? {
                index: p.plan.shards.length + 1,
                predictedSeconds: round(p.quarantine.seconds),
                files: p.quarantine.files,
                reasons: Object.fromEntries(p.gathered.quarantineReasons),
            }
            : null,
        predictedSeconds: round(p.plan.makespan),
        lowerBoundSeconds: round(p.plan.lowerBound),
        totalSeconds: round(p.plan.total),
        longestFile: { path: p.plan.longest.path, seconds: round(p.plan.longest.seconds) },
        matrixCarriesFiles: withFiles,
        estimated: { method: p.gathered.estimateMethod, files: p.gathered.estimated },
        overhead: p.gathered.overhead ?? null,
        unmatchedTimings: p.gathered.unmatched,
        timingSources: p.gathered.timingFiles,
    };
}
function round(n, d = 2) {
    const f = 10 ** d;
    return Math.round(n * f) / f;
}
async function run(o, ctx) {
    const cancelled = 'shard planning cancelled before a plan was made: nothing was written';
    if (ctx.signal.aborted) {
        ctx.summary.raw(`## Test shards\n\n${cancelled}.\n`);
        return { outputs: {}, failure: cancelled };
    }
    const p = await computePlan(o);
    if (ctx.signal.aborted) {
        ctx.summary.raw(`## Test shards\n\n${cancelled} (the test files were found, the plan file was not written).\n`);
        return { outputs: {}, failure: cancelled };
    }
    const { plan, gathered } = p;
    for (const w of gathered.warnings)
        ctx.logger.warning(w);
    for (const u of gathered.unmatched.slice(0, 20))
        ctx.logger.warning(`timing entry '${u.key}' matches no test file${u.hint ? ` (${u.hint})` : ''}`);
    if (plan.shards.length < plan.requested)
        ctx.logger.warning(`only ${gathered.items.length} test file(s) to split: planned ${plan.shards.length} shard(s) instead of ${plan.requested}, so none is empty`);
    if (p.targetMet === false)
        ctx.logger.warning(`target-seconds ${o.targetSeconds} is not reachable with at most ${o.maxShards} shards: the plan takes ${round(plan.makespan)} s${plan.longest.seconds > o.targetSeconds ? `; ${plan.longest.path} alone takes ${round(plan.longest.seconds)} s, split it` : '; raise max-shards'}`);
    const matrix = buildMatrix(p);
    if (!matrix.withFiles)
        ctx.logger.info(`the matrix would pass ${exports.MATRIX_FILES_LIMIT / 1024} KiB of file names, so it carries only shard indexes: each runner recomputes its files with shipline shard files`);
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(o.planFile), { recursive: true });
    (0, node_fs_1.writeFileSync)(o.planFile, JSON.stringify(planDocument(p, matrix.withFiles), null, 2) + '\n');
    const outputs = {
        matrix: matrix.json,
        'shard-count': String(plan.shards.length),
        plan: o.planFile,
        'predicted-seconds': String(round(plan.makespan)),
        'lower-bound-seconds': String(round(plan.lowerBound)),
        files: '',
    };
    if (o.index !== undefined)
        outputs.files = (0, format_js_1.formatFiles)(shardFiles(p, o.index, (0, errors_js_1.inputLabel)('index', ctx.frontDoor)), o.format);
    ctx.logger.info(`planned ${gathered.items.length} test file(s) into ${plan.shards.length} shard(s)${p.quarantine ? ` + 1 quarantine shard (${p.quarantine.files.length} file(s))` : ''}: predicted ${round(plan.makespan)} s, lower bound ${round(plan.lowerBound)} s (${plan.algorithm})`);
    (0, summary_js_1.renderSummary)(ctx.summary, p, o);
    return { outputs };
}


/***/ }),

/***/ 9328:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SIZE_SPREAD = exports.MIN_SECONDS = void 0;
exports.estimateUnknown = estimateUnknown;
/** Nothing is ever planned at zero seconds: a zero would pile files onto one shard. */
exports.MIN_SECONDS = 0.001;
/** Sizes "differ a lot" when the middle 80% of files span more than this factor. */
exports.SIZE_SPREAD = 4;
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function quantile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * (sorted.length - 1))))];
}
/**
 * Seconds for files without timings: the median of the known files, scaled by file size
 * when sizes differ a lot (a 40 KB test file is rarely as quick as a 2 KB one), clamped to
 * the range of the known files. With no timings at all, size alone sets the weights.
 */
function estimateUnknown(known, unknown, sizeOf) {
    const seconds = new Map();
    if (!unknown.length)
        return { seconds, method: 'none needed' };
    const knownSecs = [...known.values()].filter((s) => s > 0);
    const sizes = new Map();
    for (const f of [...known.keys(), ...unknown])
        sizes.set(f, Math.max(1, sizeOf(f)));
    const allSizes = [...sizes.values()].sort((a, b) => a - b);
    const spread = quantile(allSizes, 0.9) / quantile(allSizes, 0.1);
    const bySize = spread > exports.SIZE_SPREAD;
    if (!knownSecs.length) {
        const mid = median(allSizes);
        for (const f of unknown)
            seconds.set(f, bySize ? Math.max(exports.MIN_SECONDS, sizes.get(f) / mid) : 1);
        return {
            seconds,
            method: bySize ? 'no timings: weighted by file size (median-sized file = 1 s)' : 'no timings: 1 s each',
        };
    }
    const med = median(knownSecs);
    if (!bySize) {
        for (const f of unknown)
            seconds.set(f, Math.max(exports.MIN_SECONDS, med));
        return { seconds, method: `median of known files (${med.toFixed(2)} s)` };
    }
    const perByte = median([...known].filter(([, s]) => s > 0).map(([f, s]) => s / sizes.get(f)));
    const lo = Math.min(...knownSecs);
    const hi = Math.max(...knownSecs);
    for (const f of unknown)
        seconds.set(f, Math.max(exports.MIN_SECONDS, Math.min(hi, Math.max(lo, perByte * sizes.get(f)))));
    return { seconds, method: `median seconds per byte of known files × file size (sizes differ ${spread.toFixed(0)}×)` };
}


/***/ }),

/***/ 5657:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gather = gather;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const paths_js_1 = __webpack_require__(6107);
const estimate_js_1 = __webpack_require__(9328);
const paths_js_2 = __webpack_require__(5444);
const timings_js_1 = __webpack_require__(7307);
const IGNORE = ['**/node_modules/**', '**/.git/**'];
function display(workspace, p) {
    const r = (0, node_path_1.relative)(workspace, p);
    return r && !r.startsWith('..') && !(0, node_path_1.isAbsolute)(r) ? r.split('\\').join('/') : p;
}
/**
 * Glob each positive pattern on its own, so a pattern that matches nothing can be named. A file
 * reached twice through a symlink (a loop, or a link to a sibling folder) is kept once, under
 * the first path; a match whose real path leaves the workspace, or whose name holds a control
 * character (a newline would split it in every line-based format), is left out with a warning.
 */
async function globEach(patterns, cwd, what, warnings, workspace) {
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const negatives = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
    const found = new Set();
    const real = new Map();
    let twice = 0;
    const outside = [];
    const control = [];
    for (const p of patterns.filter((x) => !x.startsWith('!'))) {
        const hits = await glob([p], { cwd, onlyFiles: true, ignore: [...IGNORE, ...negatives], expandDirectories: false });
        if (!hits.length)
            warnings.push(`${what} '${p}' matched no file in ${cwd}`);
        // Shallowest first: a file reached again through a symlink loop keeps its shortest path.
        const depth = (x) => x.split('/').length;
        for (const h of hits.sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))) {
            const n = (0, paths_js_2.normalizePath)(h);
            if (found.has(n))
                continue;
            if (hasControl(n)) {
                control.push(n);
                continue;
            }
            const abs = (0, node_path_1.resolve)(cwd, n);
            if (!(0, paths_js_1.isInside)(abs, { workspace })) {
                outside.push(n);
                continue;
            }
            let key = abs;
            try {
                key = (0, node_fs_1.realpathSync)(abs);
            }
            catch {
                // a file that vanished: keep it under its own path
            }
            const first = real.get(key);
            if (first !== undefined) {
                twice++;
                continue;
            }
            real.set(key, n);
            found.add(n);
        }
    }
    if (twice)
        warnings.push(`${what}: ${twice} match(es) are the same file as another match through a symlink (e.g. a link back to a parent folder); each file is planned once`);
    if (outside.length)
        warnings.push(`${what}: ${outside.length} match(es) lead outside the workspace through a symlink and were left out (e.g. ${outside.slice(0, 3).join(', ')})`);
    if (control.length)
        warnings.push(`${what}: ${control.length} file name(s) hold a newline or another control character and were left out, as no test runner's argument list can carry them safely (e.g. ${control
            .slice(0, 3)
            .map((c) => JSON.stringify(c))
            .join(', ')}); rename them`);
    return [...found].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/**
 * Find the test files, read the timings (JUnit reports and/or shipline timings JSON), book
 * them on files, estimate the rest and set the quarantined files apart. Pure in its result:
 * the same files and inputs give the same items, whatever order the filesystem lists them.
 */
async function gather(inp) {
    const warnings = [];
    if (!(0, node_fs_1.existsSync)(inp.workingDirectory) || !(0, node_fs_1.statSync)(inp.workingDirectory).isDirectory()) {
        throw errors_js_1.ConfigError.forInput('working-directory', `${inp.workingDirectory} is not a directory`, 'set it to the folder the test globs are relative to', undefined, inp.frontDoor);
    }
    if (!inp.tests.length)
        throw errors_js_1.ConfigError.forInput('tests', 'is empty', 'list the test file globs, one a line (e.g. test/**/*.test.ts)', undefined, inp.frontDoor);
    const files = await globEach(inp.tests, inp.workingDirectory, 'tests glob', warnings, inp.workspace);
    if (!files.length) {
        throw errors_js_1.ConfigError.forInput('tests', `no file matched ${inp.tests.map((t) => `'${t}'`).join(', ')} in ${display(inp.workspace, inp.workingDirectory) || '.'}`, 'check the globs and working-directory (globs are relative to working-directory)', undefined, inp.frontDoor);
    }
    // Timings: shipline JSON files are read as they are; JUnit reports make one more run,
    // smoothed into the JSON's estimates exactly as `shipline shard timings` would.
    const timingFiles = inp.timings.length
        ? await globEach(inp.timings, inp.workspace, 'timings glob', warnings, inp.workspace)
        : [];
    const roots = [inp.workingDirectory, inp.workspace];
    const prefix = display(inp.workspace, inp.workingDirectory);
    let base;
    const reports = [];
    for (const rel of timingFiles) {
        const abs = (0, node_path_1.resolve)(inp.workspace, rel);
        if (!rel.toLowerCase().endsWith('.json')) {
            reports.push(abs);
            continue;
        }
        let parsed;
        try {
            parsed = (0, timings_js_1.asTimingsFile)(JSON.parse((0, node_fs_1.readFileSync)(abs, 'utf8')));
        }
        catch (e) {
            parsed = `is not valid JSON (${e.message})`;
        }
        if (typeof parsed === 'string')
            warnings.push(`timings file ${rel} ${parsed}; it was ignored`);
        else
            base = base
                ? {
                    ...base,
                    files: { ...base.files, ...parsed.files },
                    flaky: { ...base.flaky, ...parsed.flaky },
                    overhead: moreRuns(base.overhead, parsed.overhead),
                }
                : parsed;
    }
    let timings = base;
    if (reports.length) {
        const run = (0, timings_js_1.readReports)(reports, roots, (p) => display(inp.workspace, p));
        warnings.push(...run.warnings.map((w) => `timings report ${w}`));
        timings = (0, timings_js_1.mergeTimings)(base, run);
    }
    const resolver = new paths_js_2.KeyResolver(files, prefix === '.' ? '' : prefix);
    const known = new Map();
    const unmatched = [];
    for (const [key, entry] of Object.entries(timings?.files ?? {})) {
        const hit = resolver.resolve(key);
        if (!hit) {
            const look = resolver.lookalike(key);
            const hint = look
                ? `timings name '${key}', tests have '${look}': check working-directory`
                : /\s/.test(key)
                    ? 'this is a test title, not a file: make the reporter write file names (jest-junit: addFileAttribute "true", or suiteNameTemplate "{filepath}")'
                    : undefined;
            unmatched.push({ key, seconds: entry.seconds, hint });
            continue;
        }
        for (const f of hit.files)
            known.set(f, (known.get(f) ?? 0) + entry.seconds / hit.files.length);
    }
    const unknown = files.filter((f) => !known.has(f));
    const est = (0, estimate_js_1.estimateUnknown)(known, unknown, (f) => {
        try {
            return (0, node_fs_1.statSync)((0, node_path_1.resolve)(inp.workingDirectory, f)).size;
        }
        catch {
            return 1;
        }
    });
    // The fixed cost per file that JUnit does not see (learned from shard wall times).
    const overhead = timings?.overhead;
    const perFile = overhead?.perFile ?? 0;
    const seconds = (f) => Math.max(0.001, (known.get(f) ?? est.seconds.get(f)) + perFile);
    const reasons = new Map();
    for (const [key, entry] of Object.entries(timings?.flaky ?? {})) {
        for (const f of resolver.resolve(key)?.files ?? [])
            if (!reasons.has(f))
                reasons.set(f, `flaky in JUnit history: ${entry.tests.slice(0, 3).join(', ')}`);
    }
    if (inp.quarantine)
        await readQuarantine(inp, files, resolver, reasons, warnings);
    if (reasons.size && reasons.size === files.length) {
        warnings.push('every test file is quarantined, so they run as ordinary shards; trim the quarantine list');
        reasons.clear();
    }
    const items = [];
    const quarantined = [];
    for (const f of files)
        (reasons.has(f) ? quarantined : items).push({ path: f, seconds: seconds(f) });
    return {
        files,
        items,
        quarantined,
        quarantineReasons: reasons,
        estimated: unknown,
        estimateMethod: est.method,
        unmatched,
        timingFiles,
        warnings,
        overhead,
    };
}
/** Of two learned overheads, the one from more runs. */
function moreRuns(a, b) {
    if (!a || !b)
        return a ?? b;
    return b.runs > a.runs ? b : a;
}
/** The quarantine file: a test file path, a glob, or `path::test name` per line; `#` comments. */
async function readQuarantine(inp, files, resolver, reasons, warnings) {
    const path = (0, node_path_1.resolve)(inp.workspace, inp.quarantine);
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch {
        throw errors_js_1.ConfigError.forInput('quarantine', `${inp.quarantine} cannot be read`, 'point it at a file listing flaky tests, one test file (or path::test) a line, or leave it empty', undefined, inp.frontDoor);
    }
    const { default: picomatch } = await __webpack_require__.e(/* import() */ 6).then(__webpack_require__.t.bind(__webpack_require__, 4006, 23));
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/\s+#.*$/, '').trim();
        if (!line || line.startsWith('#'))
            return;
        const target = (0, paths_js_2.normalizePath)(line.split('::')[0]);
        let hits;
        if (/[*?[{]/.test(target)) {
            const isMatch = picomatch(target, { dot: true });
            hits = files.filter((f) => isMatch(f));
        }
        else
            hits = resolver.resolve(target)?.files ?? [];
        if (!hits.length)
            warnings.push(`quarantine ${inp.quarantine}:${i + 1}: '${line}' matches no test file`);
        for (const f of hits)
            if (!reasons.has(f))
                reasons.set(f, `quarantine ${inp.quarantine}:${i + 1}`);
    });
}
/** A newline, tab or other control character: no runner's argument list or line format carries it safely. */
function hasControl(name) {
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        if (c < 0x20 || c === 0x7f)
            return true;
    }
    return false;
}


/***/ }),

/***/ 7856:
/***/ ((__unused_webpack_module, exports) => {


/**
 * A small tolerant JUnit XML reader. It scans tags with one regular expression instead of
 * building a DOM, so a 100 MB report costs one pass, and a broken report yields what was
 * complete plus a problem naming the file and line, never a crash.
 *
 * It reads the dialects people use: jest-junit, vitest, playwright, pytest --junitxml,
 * go-junit-report, rspec_junit_formatter and Maven Surefire (including its
 * flakyFailure/rerunFailure elements).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_SECONDS = void 0;
exports.decodeEntities = decodeEntities;
exports.parseSeconds = parseSeconds;
exports.parseJUnit = parseJUnit;
const TAG = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const MAX_PROBLEMS = 10;
const FAIL_TAGS = new Set(['failure', 'error']);
const FLAKY_TAGS = new Set(['flakyFailure', 'flakyError', 'rerunFailure', 'rerunError']);
/** Decode the five XML entities and numeric character references. */
function decodeEntities(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e) => {
        if (e === 'lt')
            return '<';
        if (e === 'gt')
            return '>';
        if (e === 'amp')
            return '&';
        if (e === 'quot')
            return '"';
        if (e === 'apos')
            return "'";
        const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        try {
            return String.fromCodePoint(code);
        }
        catch {
            return '';
        }
    });
}
function attrs(raw) {
    const out = {};
    ATTR.lastIndex = 0;
    let m;
    while ((m = ATTR.exec(raw)))
        out[m[1]] = decodeEntities(m[2] ?? m[3] ?? '');
    return out;
}
/** No real test file runs a week: a larger `time` is corrupt, and summing a few 1e308s overflows to Infinity. */
exports.MAX_SECONDS = 7 * 24 * 3600;
/** Seconds from a `time` attribute: "1.5", "1,234.5" (some Surefire locales); missing or absurd → undefined. */
function parseSeconds(v) {
    if (v === undefined || v.trim() === '')
        return undefined;
    const n = Number(v.replace(/,/g, ''));
    return Number.isFinite(n) && n >= 0 && n <= exports.MAX_SECONDS ? n : undefined;
}
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/**
 * Parse one JUnit report's text. Never throws: problems are collected with line numbers,
 * and every test case that was complete before the problem is kept.
 */
function parseJUnit(text) {
    const cases = [];
    const suites = [];
    const problems = [];
    let extra = 0;
    // Past a few problems the report is simply broken: count the rest (and skip their line numbers).
    const problem = (at, text) => {
        if (problems.length < MAX_PROBLEMS)
            problems.push(text(lineAt(body, at)));
        else
            extra++;
    };
    const body = text.replace(/^\uFEFF/, '');
    if (!/^\s*</.test(body)) {
        return { cases, suites, problems: ['is not XML (it does not start with "<")'] };
    }
    const stack = [];
    let current;
    let sawRoot = false;
    TAG.lastIndex = 0;
    let m;
    const closeCase = () => {
        if (!current)
            return;
        const idx = cases.push(current.c) - 1;
        current.suite?.suite.cases.push(idx);
        current = undefined;
    };
    while ((m = TAG.exec(body))) {
        const name = m[2];
        if (!name)
            continue; // CDATA, comment, declaration
        const closing = m[1] === '/';
        let raw = m[3] ?? '';
        const selfClosing = raw.endsWith('/');
        if (selfClosing)
            raw = raw.slice(0, -1);
        if (name === 'testsuite' || name === 'testsuites') {
            sawRoot = true;
            if (name === 'testsuites')
                continue;
            if (closing) {
                if (current) {
                    problem(m.index, (l) => `line ${l}: <testcase> opened on line ${lineAt(body, current.at)} is not closed before </testsuite>`);
                    closeCase();
                }
                const open = stack.pop();
                if (!open)
                    problem(m.index, (l) => `line ${l}: </testsuite> without a matching <testsuite>`);
                else if (!open.holdsSuites)
                    suites.push(open.suite);
                continue;
            }
            const a = attrs(raw);
            if (stack.length)
                stack[stack.length - 1].holdsSuites = true;
            const parentFile = stack.length ? stack[stack.length - 1].suite.file : undefined;
            const open = {
                suite: { name: a.name, file: a.file ?? a.filepath ?? parentFile, seconds: parseSeconds(a.time), cases: [] },
                holdsSuites: false,
                at: m.index,
            };
            if (selfClosing)
                suites.push(open.suite);
            else
                stack.push(open);
            continue;
        }
        if (name === 'testcase') {
            sawRoot = true;
            if (closing) {
                if (!current)
                    problem(m.index, (l) => `line ${l}: </testcase> without a matching <testcase>`);
                closeCase();
                continue;
            }
            if (current) {
                problem(m.index, (l) => `line ${l}: <testcase> opened on line ${lineAt(body, current.at)} is not closed before the next one`);
                closeCase();
            }
            const a = attrs(raw);
            const suite = stack[stack.length - 1];
            if (a.time !== undefined && a.time.trim() !== '' && parseSeconds(a.time) === undefined)
                problem(m.index, (l) => `line ${l}: time="${a.time.slice(0, 40)}" is not a number of seconds from 0 to ${exports.MAX_SECONDS}; counted as 0`);
            const c = {
                file: a.file ?? a.filepath ?? suite?.suite.file,
                classname: a.classname || undefined,
                name: a.name ?? '',
                suite: suite?.suite.name,
                seconds: parseSeconds(a.time) ?? 0,
                status: 'passed',
                flaky: false,
            };
            current = { c, at: m.index, suite };
            if (selfClosing)
                closeCase();
            continue;
        }
        if (current && !closing) {
            if (FAIL_TAGS.has(name))
                current.c.status = 'failed';
            else if (name === 'skipped') {
                if (current.c.status === 'passed')
                    current.c.status = 'skipped';
            }
            else if (FLAKY_TAGS.has(name))
                current.c.flaky = true;
        }
    }
    if (current) {
        problems.push(`<testcase> opened on line ${lineAt(body, current.at)} is never closed (the file is cut short?)`);
        closeCase();
    }
    for (const open of stack.reverse()) {
        problems.push(`<testsuite${open.suite.name ? ` name="${open.suite.name}"` : ''}> opened on line ${lineAt(body, open.at)} is never closed (the file is cut short?)`);
        if (!open.holdsSuites)
            suites.push(open.suite);
    }
    if (extra)
        problems.push(`…and ${extra} more problem(s) like these`);
    if (!sawRoot)
        problems.push(`has no <testsuite> or <testcase> element: it is not a JUnit report`);
    return { cases, suites, problems };
}


/***/ }),

/***/ 520:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.karmarkarKarp = karmarkarKarp;
/**
 * Karmarkar–Karp largest differencing for k ways: repeatedly merge the two partial
 * partitions with the largest spread, pairing the heavy side of one with the light side of
 * the other. O(n·k·log k); used as a second start when LPT is far from the bound.
 */
function karmarkarKarp(sorted, n) {
    const parts = sorted.map((it, i) => {
        const sums = new Array(n).fill(0);
        sums[0] = it.seconds;
        const bins = Array.from({ length: n }, () => []);
        bins[0].push(i);
        return { sums, bins, spread: it.seconds, order: i };
    });
    // A max-heap on (spread, then older first) keeps the process deterministic.
    const better = (a, b) => a.spread > b.spread || (a.spread === b.spread && a.order < b.order);
    const heap = [];
    const push = (p) => {
        heap.push(p);
        let i = heap.length - 1;
        while (i > 0) {
            const up = (i - 1) >> 1;
            if (!better(heap[i], heap[up]))
                break;
            [heap[i], heap[up]] = [heap[up], heap[i]];
            i = up;
        }
    };
    const pop = () => {
        const top = heap[0];
        const last = heap.pop();
        if (heap.length) {
            heap[0] = last;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < heap.length && better(heap[l], heap[m]))
                    m = l;
                if (r < heap.length && better(heap[r], heap[m]))
                    m = r;
                if (m === i)
                    break;
                [heap[i], heap[m]] = [heap[m], heap[i]];
                i = m;
            }
        }
        return top;
    };
    for (const p of parts)
        push(p);
    let order = parts.length;
    while (heap.length > 1) {
        const a = pop();
        const b = pop();
        const ia = [...a.sums.keys()].sort((x, y) => a.sums[y] - a.sums[x] || x - y);
        const ib = [...b.sums.keys()].sort((x, y) => b.sums[x] - b.sums[y] || x - y);
        const sums = [];
        const bins = [];
        for (let k = 0; k < n; k++) {
            sums.push(a.sums[ia[k]] + b.sums[ib[k]]);
            bins.push(a.bins[ia[k]].concat(b.bins[ib[k]]));
        }
        let max = -Infinity;
        let min = Infinity;
        for (const s of sums) {
            if (s > max)
                max = s;
            if (s < min)
                min = s;
        }
        push({ sums, bins, spread: max - min, order: order++ });
    }
    return heap[0].bins;
}


/***/ }),

/***/ 5444:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KeyResolver = void 0;
exports.normalizePath = normalizePath;
exports.isPathLike = isPathLike;
exports.caseKey = caseKey;
exports.suiteKey = suiteKey;
/** Extensions that make a bare name (no slash) a file path rather than a dotted class name. */
const FILE_EXT = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|php|cs|fs|rs|exs?|feature|swift|dart|lua|clj)$/i;
/**
 * Normalise a path-like timing key: backslashes to '/', `file://` and `./` dropped, doubled
 * slashes collapsed, and an absolute path under one of `roots` made relative to it.
 * Absolute paths from another runner stay absolute; resolution matches them by suffix.
 */
function normalizePath(raw, roots = []) {
    let p = raw
        .trim()
        .replace(/\\/g, '/')
        .replace(/^file:\/\//, '');
    p = p.replace(/\/{2,}/g, '/').replace(/\/\.(?=\/|$)/g, '');
    while (p.startsWith('./'))
        p = p.slice(2);
    for (const r of roots) {
        const root = r.replace(/\\/g, '/').replace(/\/+$/, '');
        if (root && p.startsWith(root + '/')) {
            p = p.slice(root.length + 1);
            break;
        }
    }
    return p;
}
function isPathLike(key) {
    return key.includes('/') || key.includes('\\') || FILE_EXT.test(key);
}
/**
 * The key a test case's time is booked under: its file attribute, else a path-like classname
 * (vitest), else a path-like suite name (vitest, playwright, go import paths), else the
 * dotted classname (pytest, Surefire, rspec). Undefined when the case names nothing usable.
 */
function caseKey(c, roots) {
    if (c.file)
        return normalizePath(c.file, roots);
    if (c.classname && isPathLike(c.classname))
        return normalizePath(c.classname, roots);
    if (c.suite && isPathLike(c.suite))
        return normalizePath(c.suite, roots);
    if (c.classname)
        return c.classname.replace(/\$.*$/, '');
    return undefined;
}
function suiteKey(s, roots) {
    if (s.file)
        return normalizePath(s.file, roots);
    if (s.name && isPathLike(s.name))
        return normalizePath(s.name, roots);
    return undefined;
}
const AMBIGUOUS = '\0ambiguous';
function addUnique(map, key, file) {
    const had = map.get(key);
    if (had === undefined)
        map.set(key, file);
    else if (had !== file)
        map.set(key, AMBIGUOUS);
}
function stemAtFirstDot(p) {
    const slash = p.lastIndexOf('/');
    const dot = p.indexOf('.', slash + 1);
    return dot > slash + 0 ? p.slice(0, dot) : p;
}
/**
 * Maps timing keys to the test files the glob found. Built once per plan: every '/'-suffix
 * of each file, every '.'-suffix of its dotted module name, and its directory.
 */
class KeyResolver {
    prefix;
    exact = new Set();
    pathSuffix = new Map();
    dotted = new Map();
    dirs = new Map();
    base = new Map();
    constructor(files, 
    /** The working directory relative to the workspace ('' at the root): a prefix timings may carry. */
    prefix = '') {
        this.prefix = prefix;
        for (const f of files) {
            this.exact.add(f);
            const segs = f.split('/');
            for (let i = 1; i < segs.length; i++)
                addUnique(this.pathSuffix, segs.slice(i).join('/'), f);
            // Module names drop every extension part: tests/test_a.py → tests.test_a, a.test.ts → a
            const mod = stemAtFirstDot(f).split('/');
            const full = dropLastExt(f).split('/');
            for (const parts of [mod, full])
                for (let i = 0; i < parts.length; i++)
                    addUnique(this.dotted, parts.slice(i).join('.'), f);
            const dir = segs.slice(0, -1).join('/');
            const list = this.dirs.get(dir);
            if (list)
                list.push(f);
            else
                this.dirs.set(dir, [f]);
            if (!this.base.has(segs[segs.length - 1]))
                this.base.set(segs[segs.length - 1], f);
        }
    }
    resolve(key) {
        if (!isPathLike(key))
            return this.resolveDotted(key);
        let k = key;
        if (this.prefix && k.startsWith(this.prefix + '/'))
            k = k.slice(this.prefix.length + 1);
        if (this.exact.has(k))
            return { files: [k] };
        // A key shorter than the file path (playwright names files relative to testDir).
        const longer = this.pathSuffix.get(k);
        if (longer && longer !== AMBIGUOUS)
            return { files: [longer] };
        // An absolute path from another runner: the longest suffix that names one of our files.
        if (k.startsWith('/') || /^[A-Za-z]:\//.test(k)) {
            const segs = k.split('/');
            for (let i = 1; i < segs.length; i++) {
                const s = segs.slice(i).join('/');
                if (this.exact.has(s))
                    return { files: [s] };
            }
        }
        // A Go import path names a package: a directory whose path ends the key.
        if (!FILE_EXT.test(k)) {
            const segs = k.replace(/^\/+/, '').split('/');
            for (let i = 0; i < segs.length; i++) {
                const list = this.dirs.get(segs.slice(i).join('/'));
                if (list)
                    return { files: list };
            }
        }
        return undefined;
    }
    resolveDotted(key) {
        const parts = key.split('.');
        for (let n = parts.length; n >= 1; n--) {
            const f = this.dotted.get(parts.slice(0, n).join('.'));
            if (f && f !== AMBIGUOUS)
                return { files: [f] };
        }
        return undefined;
    }
    /** A test file with the same base name as the key, to explain a mismatch. */
    lookalike(key) {
        const b = key.replace(/\\/g, '/').split('/').pop() ?? key;
        return this.base.get(b);
    }
}
exports.KeyResolver = KeyResolver;
function dropLastExt(p) {
    const slash = p.lastIndexOf('/');
    const name = p.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    return dot > 0 ? p.slice(0, slash + 1 + dot) : p;
}


/***/ }),

/***/ 8597:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STRATEGIES = void 0;
exports.canonical = canonical;
exports.lowerBound = lowerBound;
exports.planShards = planShards;
exports.chooseShardCount = chooseShardCount;
const kk_js_1 = __webpack_require__(520);
exports.STRATEGIES = ['lpt', 'stable'];
const EPS = 1e-9;
/** Code-unit order: locale-independent, so every runner sorts alike. */
function byPath(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Heaviest first, then by path: the canonical order every algorithm starts from. */
function canonical(items) {
    const seen = new Map();
    for (const it of items) {
        const had = seen.get(it.path);
        if (!had || it.seconds > had.seconds)
            seen.set(it.path, it);
    }
    return [...seen.values()].sort((a, b) => b.seconds - a.seconds || byPath(a.path, b.path));
}
function lowerBound(items, n) {
    let total = 0;
    let longest = 0;
    for (const it of items) {
        total += it.seconds;
        if (it.seconds > longest)
            longest = it.seconds;
    }
    return Math.max(total / Math.max(1, Math.min(n, items.length)), longest);
}
/** A binary min-heap of shard indexes keyed by (load, index): ties go to the lowest index. */
class LoadHeap {
    load;
    h;
    constructor(load, n) {
        this.load = load;
        this.h = Array.from({ length: n }, (_, i) => i);
    }
    less(a, b) {
        return this.load[a] < this.load[b] || (this.load[a] === this.load[b] && a < b);
    }
    top() {
        return this.h[0];
    }
    /** Restore order after the top's load grew. */
    siftTop() {
        const h = this.h;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            const r = l + 1;
            let m = i;
            if (l < h.length && this.less(h[l], h[m]))
                m = l;
            if (r < h.length && this.less(h[r], h[m]))
                m = r;
            if (m === i)
                return;
            [h[i], h[m]] = [h[m], h[i]];
            i = m;
        }
    }
}
/** 32-bit FNV-1a: the same on every runner, cheap enough for 50,000 paths. */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
}
/** Each file on the shard its path hashes to: adding a file changes no other file's start. */
function hashStart(sorted, n) {
    const bins = Array.from({ length: n }, () => []);
    for (let i = 0; i < sorted.length; i++)
        bins[fnv1a(sorted[i].path) % n].push(i);
    return bins;
}
/** Longest processing time first: each file, heaviest first, to the least-loaded shard. */
function lpt(sorted, n) {
    const load = new Float64Array(n);
    const bins = Array.from({ length: n }, () => []);
    const heap = new LoadHeap(load, n);
    for (let i = 0; i < sorted.length; i++) {
        const s = heap.top();
        bins[s].push(i);
        load[s] += sorted[i].seconds;
        heap.siftTop();
    }
    return bins;
}
function loadsOf(bins, sorted) {
    return bins.map((b) => b.reduce((s, i) => s + sorted[i].seconds, 0));
}
function makespanOf(loads) {
    return loads.reduce((m, x) => (x > m ? x : m), 0);
}
/** Index of the first value ≥ x in an ascending array. */
function lowerIndex(arr, x) {
    let lo = 0;
    let hi = arr.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (arr[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
const SWAP_TARGETS = 6;
function range(n) {
    return Array.from({ length: n }, (_, i) => i);
}
/** The `k` least-loaded shard indexes, ties to the lowest index. */
function lightest(load, k) {
    return range(load.length)
        .sort((a, b) => load[a] - load[b] || a - b)
        .slice(0, k);
}
/**
 * Pairwise improvement: take the slowest shard and, against every other shard, find the
 * move of one file or the swap of two that brings the pair's larger load lowest. Each step
 * strictly lowers the sum of squared loads, so it ends; it also stops at the lower bound.
 */
function improve(bins, sorted, bound, maxSteps) {
    const n = bins.length;
    const w = (i) => sorted[i].seconds;
    // Each shard's items ascending by weight (then index), with a parallel weight array.
    const items = bins.map((b) => [...b].sort((x, y) => w(x) - w(y) || x - y));
    const weights = items.map((b) => b.map(w));
    const load = loadsOf(bins, sorted);
    for (let step = 0; step < maxSteps; step++) {
        let m = 0;
        for (let i = 1; i < n; i++)
            if (load[i] > load[m] + EPS)
                m = i;
        if (load[m] <= bound * (1 + EPS))
            break;
        let best;
        const wm = weights[m];
        // Moves first (cheap: one binary search per shard); swaps only when no move helps.
        for (const swaps of [false, true]) {
            if (best)
                break;
            // Swaps are O(files in m) per shard: try them against the lightest few shards only.
            const targets = swaps ? lightest(load, SWAP_TARGETS) : range(n);
            for (const j of targets) {
                if (j === m)
                    continue;
                const gap = load[m] - load[j];
                if (gap <= EPS)
                    continue;
                const consider = (a, b, d) => {
                    if (d <= EPS || d >= gap - EPS)
                        return;
                    const pairMax = Math.max(load[m] - d, load[j] + d);
                    if (!best || pairMax < best.pairMax - EPS)
                        best = { j, a, b, pairMax };
                };
                if (!swaps) {
                    // Move one file from m to j: weight closest to gap / 2, below gap.
                    const k = lowerIndex(wm, gap / 2);
                    for (const c of [k - 1, k])
                        if (c >= 0 && c < wm.length && wm.length > 1)
                            consider(c, -1, wm[c]);
                    continue;
                }
                // Swap a (from m) with b (from j): a - b closest to gap / 2.
                const wj = weights[j];
                for (let a = 0; a < wm.length; a++) {
                    const bi = lowerIndex(wj, wm[a] - gap / 2);
                    for (const c of [bi - 1, bi])
                        if (c >= 0 && c < wj.length)
                            consider(a, c, wm[a] - wj[c]);
                }
            }
        }
        if (!best)
            break;
        const { j, a, b } = best;
        const moved = items[m][a];
        items[m].splice(a, 1);
        weights[m].splice(a, 1);
        let delta = w(moved);
        if (b >= 0) {
            const back = items[j][b];
            items[j].splice(b, 1);
            weights[j].splice(b, 1);
            const at = lowerIndex(weights[m], w(back));
            items[m].splice(at, 0, back);
            weights[m].splice(at, 0, w(back));
            delta -= w(back);
        }
        const at = lowerIndex(weights[j], w(moved));
        items[j].splice(at, 0, moved);
        weights[j].splice(at, 0, w(moved));
        load[m] -= delta;
        load[j] += delta;
    }
    return items;
}
/**
 * Plan `n` shards. Deterministic: the result depends only on the set of (path, seconds)
 * pairs, never on their order. LPT first; when it is more than `tolerance` over the lower
 * bound, Karmarkar–Karp is tried too and the better of the two is improved by moves and
 * swaps. Never an empty shard: with fewer files than shards it plans one shard per file.
 */
function planShards(input, n, opts = {}) {
    if (!Number.isInteger(n) || n < 1)
        throw new RangeError(`shards must be a whole number of 1 or more, got ${n}`);
    const sorted = canonical(input);
    if (!sorted.length)
        throw new RangeError('no files to plan');
    for (const it of sorted)
        if (!(it.seconds > 0) || !Number.isFinite(it.seconds))
            throw new RangeError(`file ${it.path} has ${it.seconds} seconds: weights must be positive`);
    const count = Math.min(n, sorted.length);
    const bound = lowerBound(sorted, count);
    const tolerance = opts.tolerance ?? 0.01;
    let bins;
    let algorithm = 'lpt';
    if (opts.strategy === 'stable') {
        const balanced = improve(hashStart(sorted, count), sorted, bound * (1 + tolerance), opts.maxSteps ?? 20 * sorted.length + 100);
        if (balanced.every((b) => b.length > 0) &&
            makespanOf(loadsOf(balanced, sorted)) <= bound * (1 + tolerance) * (1 + EPS)) {
            bins = balanced;
            algorithm = 'stable';
        }
    }
    if (!bins)
        bins = lpt(sorted, count);
    if (algorithm === 'lpt' && makespanOf(loadsOf(bins, sorted)) > bound * (1 + tolerance)) {
        const steps = opts.maxSteps ?? 20 * sorted.length + 100;
        const fromLpt = improve(bins, sorted, bound, steps);
        const a = makespanOf(loadsOf(fromLpt, sorted));
        bins = fromLpt;
        algorithm = 'lpt+improve';
        if (a > bound * (1 + tolerance) && sorted.length * count <= 2_000_000) {
            const kk = (0, kk_js_1.karmarkarKarp)(sorted, count);
            // KK may leave a shard empty when one file dominates; then it cannot win.
            if (kk.every((b) => b.length > 0)) {
                const fromKk = improve(kk, sorted, bound, steps);
                if (makespanOf(loadsOf(fromKk, sorted)) < a - EPS) {
                    bins = fromKk;
                    algorithm = 'kk+improve';
                }
            }
        }
    }
    // KK's bins come out in merge order: put the heaviest shard first, as LPT does.
    const shards = bins.map((b) => ({
        files: b.map((i) => sorted[i].path).sort(byPath),
        seconds: b.reduce((s, i) => s + sorted[i].seconds, 0),
    }));
    if (algorithm === 'kk+improve')
        shards.sort((x, y) => y.seconds - x.seconds || byPath(x.files[0], y.files[0]));
    const total = sorted.reduce((s, it) => s + it.seconds, 0);
    return {
        shards,
        makespan: makespanOf(shards.map((s) => s.seconds)),
        lowerBound: bound,
        total,
        longest: sorted[0],
        requested: n,
        algorithm,
    };
}
/**
 * `shards: auto`: the fewest shards (up to `max`) whose planned makespan meets `target`.
 * When even `max` misses it, `max`; when one file alone exceeds it, the fewest shards that
 * reach that file's time (more would not help).
 */
function chooseShardCount(items, target, max, opts = {}) {
    const sorted = canonical(items);
    const total = sorted.reduce((s, it) => s + it.seconds, 0);
    const longest = sorted[0]?.seconds ?? 0;
    const cap = Math.max(1, Math.min(max, sorted.length));
    const goal = Math.max(target, longest);
    let n = Math.min(cap, Math.max(1, Math.ceil(total / goal - EPS)));
    let plan = planShards(sorted, n, opts);
    while (plan.makespan > goal * (1 + EPS) && n < cap)
        plan = planShards(sorted, ++n, opts);
    return { plan, met: plan.makespan <= target * (1 + EPS) };
}


/***/ }),

/***/ 2876:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bar = bar;
exports.renderSummary = renderSummary;
const BAR = 24;
const LIST = 50;
function secs(n) {
    return n >= 120 ? `${(n / 60).toFixed(1)} min` : n < 10 ? `${n.toFixed(2)} s` : `${n.toFixed(1)} s`;
}
/** A bar of `BAR` cells, full at `max`. */
function bar(value, max) {
    const cells = max > 0 ? Math.round((value / max) * BAR * 2) : 0;
    return '█'.repeat(cells >> 1) + (cells & 1 ? '▌' : '');
}
function more(list, n) {
    return list.length > n ? [...list.slice(0, n), `…and ${list.length - n} more (see the plan file)`] : list;
}
/** The job summary: each shard as a bar, the bound and what sets it, and what lacked timings. */
function renderSummary(s, p, o) {
    const { plan, gathered, quarantine } = p;
    const over = plan.lowerBound > 0 ? (plan.makespan / plan.lowerBound - 1) * 100 : 0;
    s.heading(`Test shards: ${plan.shards.length} shard(s), slowest ${secs(plan.makespan)}`);
    s.paragraph(`${gathered.items.length} test file(s), ${secs(plan.total)} in all. Lower bound ${secs(plan.lowerBound)} (max of total ÷ shards and the longest file); this plan is ${over.toFixed(1)}% over it (${plan.algorithm}).${gathered.overhead ? ` Each file counts ${secs(gathered.overhead.perFile)} beyond its JUnit time and each shard starts in ${secs(gathered.overhead.perShard)} (learned from shard wall times over ${gathered.overhead.runs} run(s)).` : ''}`);
    const max = Math.max(plan.makespan, quarantine?.seconds ?? 0);
    const rows = plan.shards.map((sh, i) => [
        i + 1,
        sh.files.length,
        secs(sh.seconds),
        bar(sh.seconds, max),
    ]);
    if (quarantine)
        rows.push([
            `${plan.shards.length + 1} (quarantine)`,
            quarantine.files.length,
            secs(quarantine.seconds),
            bar(quarantine.seconds, max),
        ]);
    s.table(['shard', 'files', 'predicted', ''], rows);
    if (plan.shards.length < plan.requested)
        s.paragraph(`Only ${gathered.items.length} file(s): planned ${plan.shards.length} shard(s) instead of ${plan.requested}, so no shard is empty.`);
    if (o.shards === 'auto')
        s.paragraph(p.targetMet
            ? `shards: auto chose the fewest shards that meet the ${secs(o.targetSeconds)} target.`
            : `shards: auto could not meet the ${secs(o.targetSeconds)} target.`);
    const perShard = plan.total / plan.shards.length;
    if (plan.longest.seconds >= perShard && plan.shards.length > 1) {
        s.paragraph(`⚠️ \`${plan.longest.path}\` alone (${secs(plan.longest.seconds)}) sets the lower bound: more shards will not help. Split it into smaller test files.`);
    }
    else
        s.paragraph(`Longest file: \`${plan.longest.path}\` (${secs(plan.longest.seconds)}).`);
    if (quarantine) {
        const items = quarantine.files.map((f) => `\`${f}\` (${gathered.quarantineReasons.get(f) ?? 'quarantine'})`);
        s.details(`Quarantined (${quarantine.files.length}): run in their own shard with continue-on-error`, more(items, LIST)
            .map((i) => `- ${i}`)
            .join('\n'));
    }
    if (gathered.estimated.length) {
        s.details(`Files without timings (${gathered.estimated.length}): estimated by ${gathered.estimateMethod}`, more(gathered.estimated.map((f) => `\`${f}\``), LIST)
            .map((i) => `- ${i}`)
            .join('\n'));
    }
    if (gathered.unmatched.length) {
        s.details(`Timing entries that match no test file (${gathered.unmatched.length})`, more(gathered.unmatched.map((u) => `\`${u.key}\`${u.hint ? `: ${u.hint}` : ''}`), LIST)
            .map((i) => `- ${i}`)
            .join('\n'));
    }
    if (gathered.warnings.length)
        s.details(`Warnings (${gathered.warnings.length})`, more(gathered.warnings, LIST)
            .map((w) => `- ${w}`)
            .join('\n'));
}


/***/ }),

/***/ 7307:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FLAKY_MEMORY = exports.DROP_AFTER_MISSED = exports.DEFAULT_ALPHA = exports.MAX_REPORT_BYTES = void 0;
exports.emptyRun = emptyRun;
exports.addReport = addReport;
exports.readReports = readReports;
exports.emptyTimings = emptyTimings;
exports.mergeTimings = mergeTimings;
exports.asTimingsFile = asTimingsFile;
const node_fs_1 = __webpack_require__(3024);
const junit_js_1 = __webpack_require__(7856);
const paths_js_1 = __webpack_require__(5444);
/** Reports past this size are skipped with a warning: a JUnit report this big is a mistake. */
exports.MAX_REPORT_BYTES = 256 * 1024 * 1024;
exports.DEFAULT_ALPHA = 0.3;
/** An entry no report mentions for this many runs in a row is dropped (the file was deleted). */
exports.DROP_AFTER_MISSED = 5;
/** A file stays quarantined this many runs after it was last seen flaky. */
exports.FLAKY_MEMORY = 10;
function emptyRun() {
    return { seconds: new Map(), flaky: new Map(), warnings: [], reports: 0, cases: 0 };
}
function add(map, key, s) {
    map.set(key, (map.get(key) ?? 0) + s);
}
/**
 * Fold one JUnit report into `run`. A leaf suite whose cases all book to one file counts its
 * own time when larger than the cases' sum (it includes imports and setup). Across reports
 * of one run a file's times add up; a test that failed in one report and passed in another
 * (a rerun) is flaky.
 */
function addReport(run, text, label, roots, outcomes) {
    const report = (0, junit_js_1.parseJUnit)(text);
    run.reports++;
    for (const p of report.problems)
        run.warnings.push(`${label}: ${p}`);
    let unnamed = 0;
    const keys = report.cases.map((c) => (0, paths_js_1.caseKey)(c, roots));
    const inSuite = new Set();
    for (const s of report.suites) {
        const byKey = new Map();
        for (const i of s.cases) {
            inSuite.add(i);
            const k = keys[i];
            if (k === undefined)
                unnamed++;
            else
                add(byKey, k, report.cases[i].seconds);
        }
        const sk = byKey.size === 0 ? (0, paths_js_1.suiteKey)(s, roots) : undefined;
        if (byKey.size === 1 && s.seconds !== undefined) {
            const [[k, sum]] = [...byKey];
            byKey.set(k, Math.max(sum, s.seconds));
        }
        else if (sk && s.seconds !== undefined && s.cases.length === 0)
            byKey.set(sk, s.seconds);
        for (const [k, v] of byKey)
            add(run.seconds, k, v);
    }
    report.cases.forEach((c, i) => {
        run.cases++;
        const k = keys[i];
        if (!inSuite.has(i)) {
            if (k === undefined)
                unnamed++;
            else
                add(run.seconds, k, c.seconds);
        }
        if (k === undefined)
            return;
        if (c.flaky)
            markFlaky(run, k, c.name);
        if (c.status === 'skipped')
            return;
        const id = `${k}\0${c.classname ?? ''}\0${c.name}`;
        const o = outcomes.get(id) ?? { failed: false, passed: false, key: k, name: c.name };
        if (c.status === 'failed')
            o.failed = true;
        else
            o.passed = true;
        outcomes.set(id, o);
    });
    if (unnamed)
        run.warnings.push(`${label}: ${unnamed} test case(s) have no file or classname attribute and no path-like suite name, so their time is not used; configure the reporter to write file names (jest-junit: addFileAttribute, pytest: -o junit_family=xunit1)`);
    if (!report.cases.length && !report.problems.length)
        run.warnings.push(`${label}: the report holds no test cases`);
}
function markFlaky(run, key, test) {
    const set = run.flaky.get(key) ?? new Set();
    set.add(test);
    run.flaky.set(key, set);
}
/** Read JUnit reports from disk into one run, warning (by file) about anything unusable. */
function readReports(paths, roots, display = (p) => p, maxBytes = exports.MAX_REPORT_BYTES) {
    const run = emptyRun();
    const outcomes = new Map();
    for (const p of paths) {
        const label = display(p);
        let text;
        try {
            const size = (0, node_fs_1.statSync)(p).size;
            if (size > maxBytes) {
                run.warnings.push(`${label}: ${(size / 1048576).toFixed(1)} MiB is over the ${(maxBytes / 1048576).toFixed(1)} MiB limit for a JUnit report, so it was skipped; report test files, not every log line (drop system-out)`);
                continue;
            }
            text = (0, node_fs_1.readFileSync)(p, 'utf8');
        }
        catch (e) {
            run.warnings.push(`${label}: could not be read (${e.message})`);
            continue;
        }
        addReport(run, text, label, roots, outcomes);
    }
    for (const o of outcomes.values())
        if (o.failed && o.passed)
            markFlaky(run, o.key, o.name);
    return run;
}
const NOTE = (alpha) => `Seconds per test file for shipline shard. "seconds" is smoothed over recent runs (exponential moving average: each run moves it ${Math.round(alpha * 100)}% of the way to the new measurement), so one noisy run does not swing the plan; "last" is the latest measurement. "overhead", when present, is learned from shard wall times: "perFile" seconds each file costs beyond its JUnit time (imports, collection, a Go test binary's build), "perShard" each shard's start-up.`;
function emptyTimings(alpha = exports.DEFAULT_ALPHA) {
    return { shipline: 'timings', version: 1, note: NOTE(alpha), alpha, runs: 0, files: {}, flaky: {} };
}
const r4 = (n) => Math.round(n * 10000) / 10000;
/** Fold one run into the previous timings (pure). Keys are written sorted, so the file diffs well. */
function mergeTimings(previous, run, alpha = previous?.alpha ?? exports.DEFAULT_ALPHA, updated) {
    const prev = previous ?? emptyTimings(alpha);
    const files = {};
    const keys = [...new Set([...Object.keys(prev.files), ...run.seconds.keys()])].sort();
    for (const k of keys) {
        const now = run.seconds.get(k);
        const old = prev.files[k];
        if (now === undefined) {
            const missed = (old.missed ?? 0) + 1;
            if (missed < exports.DROP_AFTER_MISSED)
                files[k] = { ...old, missed };
            continue;
        }
        files[k] = old
            ? { seconds: r4(alpha * now + (1 - alpha) * old.seconds), last: r4(now), runs: old.runs + 1 }
            : { seconds: r4(now), last: r4(now), runs: 1 };
    }
    const flaky = {};
    const fkeys = [...new Set([...Object.keys(prev.flaky), ...run.flaky.keys()])].sort();
    for (const k of fkeys) {
        const seen = run.flaky.get(k);
        if (seen)
            flaky[k] = { tests: [...new Set([...(prev.flaky[k]?.tests ?? []), ...seen])].sort(), age: 0 };
        else if (prev.flaky[k].age + 1 < exports.FLAKY_MEMORY)
            flaky[k] = { ...prev.flaky[k], age: prev.flaky[k].age + 1 };
    }
    const out = {
        shipline: 'timings',
        version: 1,
        note: NOTE(alpha),
        alpha,
        updated,
        runs: prev.runs + 1,
        files,
        flaky,
    };
    if (prev.overhead)
        out.overhead = prev.overhead;
    return out;
}
/** Validate a parsed timings JSON; a message naming what is wrong when it is not one. */
function asTimingsFile(value) {
    if (!value || typeof value !== 'object')
        return 'is not a JSON object';
    const v = value;
    if (v.shipline !== 'timings')
        return 'is not a shipline timings file (no "shipline": "timings")';
    if (v.version !== 1)
        return `has version ${String(v.version)}, this shipline reads version 1`;
    if (!v.files || typeof v.files !== 'object')
        return 'has no "files" object';
    for (const [k, e] of Object.entries(v.files)) {
        if (!e || typeof e.seconds !== 'number' || !Number.isFinite(e.seconds) || e.seconds < 0)
            return `entry "${k}" has no valid "seconds"`;
    }
    const o = v.overhead;
    if (o !== undefined &&
        (!o ||
            typeof o !== 'object' ||
            ![o.perFile, o.perShard, o.runs].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0)))
        return 'has an "overhead" without valid "perFile", "perShard" and "runs"';
    return {
        ...emptyTimings(typeof v.alpha === 'number' ? v.alpha : exports.DEFAULT_ALPHA),
        ...v,
        flaky: v.flaky ?? {},
        runs: v.runs ?? 0,
    };
}


/***/ })

};
