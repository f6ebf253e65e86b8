export const id = 386;
export const ids = [386,5];
export const modules = {

/***/ 2386:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeBaseline = writeBaseline;
exports.readBaseline = readBaseline;
exports.baselineCommand = baselineCommand;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_util_1 = __webpack_require__(7975);
const errors_js_1 = __webpack_require__(4296);
const host_js_1 = __webpack_require__(393);
const fingerprint_js_1 = __webpack_require__(9921);
/** Write every finding of a full run, with its fingerprints, sorted for small diffs. */
function writeBaseline(path, findings, cwd, commit) {
    const lines = new fingerprint_js_1.LineCache(cwd);
    const rows = findings
        .map((f) => ({
        check: f.check,
        file: f.file,
        line: f.line,
        rule: f.rule,
        message: f.message,
        severity: f.severity,
        ...(0, fingerprint_js_1.fingerprint)(f, lines.lines(f.file)),
    }))
        .sort((a, b) => `${a.file}\0${String(a.line).padStart(8)}\0${a.check}`.localeCompare(`${b.file}\0${String(b.line).padStart(8)}\0${b.check}`));
    const doc = {
        version: 1,
        createdBy: 'shipline lint baseline',
        createdAt: new Date().toISOString(),
        commit,
        findings: rows,
    };
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    (0, node_fs_1.writeFileSync)(path, JSON.stringify(doc, null, 1) + '\n');
    return rows.length;
}
/** The baseline's fingerprints, or undefined when the file does not exist; a ConfigError when it is unreadable. */
function readBaseline(path, label) {
    if (!(0, node_fs_1.existsSync)(path))
        return undefined;
    let doc;
    try {
        doc = JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`${label}: ${path} is not JSON (${(0, errors_js_1.describeThrown)(e)}); rewrite it with shipline lint baseline`);
    }
    if (doc.version !== 1 || !Array.isArray(doc.findings))
        throw new errors_js_1.ConfigError(`${label}: ${path} is not a version 1 lint baseline; rewrite it with shipline lint baseline`);
    return doc.findings.map((f) => ({ exact: String(f.exact), loose: String(f.loose) }));
}
/** `shipline lint baseline [--config FILE] [--baseline FILE]`: lint every file and record the findings. */
async function baselineCommand(argv, ctx) {
    let values;
    try {
        values = (0, node_util_1.parseArgs)({
            args: argv,
            options: {
                config: { type: 'string' },
                baseline: { type: 'string' },
                checks: { type: 'string' },
                help: { type: 'boolean', short: 'h' },
            },
            strict: true,
        }).values;
    }
    catch (e) {
        ctx.logger.error(`shipline lint baseline: ${(0, errors_js_1.describeThrown)(e).split('\n')[0]}; run shipline lint baseline --help`);
        return 2;
    }
    if (values.help)
        return 0;
    const { tool } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5143));
    const { run: runGate } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(215), __webpack_require__.e(807)]).then(__webpack_require__.bind(__webpack_require__, 807));
    const given = {
        config: values.config,
        checks: values.checks,
        baseline: values.baseline,
        all: 'true',
        'fail-on': 'any',
    };
    try {
        const options = await tool.parse((0, host_js_1.specInputs)(tool.inputs, (n) => given[n], 'cli', ctx.masker), ctx);
        options.writeBaseline = true;
        const r = await runGate(options, ctx);
        const path = (0, node_path_1.isAbsolute)(options.baseline) ? options.baseline : (0, node_path_1.join)(ctx.cwd, options.baseline);
        ctx.logger.info(`baseline written: ${path} (${r.outputs.findings ?? '?'} findings); commit it`);
        return 0;
    }
    catch (e) {
        if (e instanceof errors_js_1.ConfigError) {
            ctx.logger.error(e.message);
            return 2;
        }
        throw e;
    }
}


/***/ }),

/***/ 9921:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LineCache = exports.normMessage = exports.normText = void 0;
exports.fingerprint = fingerprint;
exports.unmatched = unmatched;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const hash = (parts) => (0, node_crypto_1.createHash)('sha1')
    .update(parts.map((p) => p ?? '').join('\0'))
    .digest('hex')
    .slice(0, 20);
/** Whitespace collapsed, so re-indenting a block does not make its findings new. */
const normText = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
exports.normText = normText;
/** Line and column numbers inside messages ("defined on line 12", "a.py:12:3") move with the code. */
const normMessage = (m) => (0, exports.normText)(m)
    .replace(/\b(line|lines|col|column)\s+\d+/gi, '$1 N')
    .replace(/:\d+(:\d+)?\b/g, ':N');
exports.normMessage = normMessage;
/** Reads a file's lines once per run (missing or binary files give no lines). */
class LineCache {
    cwd;
    cache = new Map();
    constructor(cwd) {
        this.cwd = cwd;
    }
    lines(file) {
        if (!file)
            return undefined;
        if (!this.cache.has(file)) {
            let lines;
            try {
                const text = (0, node_fs_1.readFileSync)((0, node_path_1.isAbsolute)(file) ? file : (0, node_path_1.join)(this.cwd, file), 'utf8');
                lines = text.includes('\0') ? undefined : text.split(/\r?\n/);
            }
            catch {
                lines = undefined;
            }
            this.cache.set(file, lines);
        }
        return this.cache.get(file);
    }
}
exports.LineCache = LineCache;
function fingerprint(f, lines, file = f.file) {
    const id = [f.check, file, f.rule, (0, exports.normMessage)(f.message)];
    if (!f.line || !lines) {
        const h = hash(id);
        return { exact: h, loose: h };
    }
    const at = (n) => (0, exports.normText)(lines[n - 1]);
    return {
        exact: hash([...id, at(f.line - 1), at(f.line), at(f.line + 1)]),
        loose: hash([...id, at(f.line)]),
    };
}
/**
 * The head findings that have no counterpart at the base. Each base finding matches one head
 * finding at most (two identical findings where the base had one: one is new); exact
 * fingerprints are matched first, then the line alone.
 */
function unmatched(head, base) {
    const exact = new Map();
    const loose = new Map();
    const bump = (m, k, d) => m.set(k, (m.get(k) ?? 0) + d);
    for (const b of base)
        bump(exact, b.exact, 1);
    const left = [];
    head.forEach((h, i) => {
        if ((exact.get(h.exact) ?? 0) > 0)
            bump(exact, h.exact, -1);
        else
            left.push(i);
    });
    // The base findings not used by an exact match are available to the loose pass.
    const usedExact = new Map();
    for (const b of base)
        bump(usedExact, b.exact, 1);
    for (const [k, n] of exact)
        usedExact.set(k, (usedExact.get(k) ?? 0) - n);
    const remaining = new Map();
    for (const b of base) {
        if ((usedExact.get(b.exact) ?? 0) > 0) {
            bump(usedExact, b.exact, -1);
            continue;
        }
        bump(remaining, b.loose, 1);
    }
    for (const [k, n] of remaining)
        loose.set(k, n);
    const out = new Set();
    for (const i of left) {
        const k = head[i].loose;
        if ((loose.get(k) ?? 0) > 0)
            bump(loose, k, -1);
        else
            out.add(i);
    }
    return out;
}


/***/ })

};
