export const id = 315;
export const ids = [315];
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

/***/ 235:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FILES_TOKEN = exports.splitCommand = exports.CommandLineError = void 0;
exports.fileArg = fileArg;
exports.buildArgv = buildArgv;
exports.batches = batches;
var command_line_js_1 = __webpack_require__(4925);
Object.defineProperty(exports, "CommandLineError", ({ enumerable: true, get: function () { return command_line_js_1.CommandLineError; } }));
Object.defineProperty(exports, "splitCommand", ({ enumerable: true, get: function () { return command_line_js_1.splitCommand; } }));
/** The placeholder a check's `run` may use to say where the files go. */
exports.FILES_TOKEN = '{files}';
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

/***/ 4315:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
__webpack_unused_export__ = parseDuration;
__webpack_unused_export__ = validateChecks;
exports.loadChecks = loadChecks;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const inputs_js_1 = __webpack_require__(9114);
const argv_js_1 = __webpack_require__(235);
const types_js_1 = __webpack_require__(4484);
const DEFAULT_CONFIG = '.shipline/lint.yml';
const KEYS = [
    'name',
    'run',
    'builtin',
    'shell',
    'files',
    'exclude',
    'pass-files',
    'format',
    'timeout',
    'severity',
    'fix',
];
/** Where a config problem is: the file and the line of the offending key, when we can find it. */
class Locator {
    file;
    lines;
    constructor(text, file) {
        this.file = file;
        this.lines = text.split(/\r?\n/);
    }
    /** The line of `key:` in the block of check `index` (the n-th `- ` item under checks). */
    at(index, key) {
        if (!this.file)
            return undefined;
        let seen = -1;
        let start = -1;
        let indent = -1;
        for (let i = 0; i < this.lines.length; i++) {
            const m = /^(\s*)-\s+\S/.exec(this.lines[i]);
            if (m && (indent < 0 || m[1].length === indent)) {
                indent = m[1].length;
                if (++seen === index) {
                    start = i;
                    break;
                }
            }
        }
        if (start < 0)
            return { file: this.file };
        if (key) {
            const re = new RegExp(`^\\s*(?:-\\s+)?${key.replace(/[-]/g, '\\-')}\\s*:`);
            for (let i = start; i < this.lines.length; i++) {
                if (i > start && new RegExp(`^\\s{0,${indent}}-\\s`).test(this.lines[i]))
                    break;
                if (re.test(this.lines[i]))
                    return { file: this.file, line: i + 1 };
            }
        }
        return { file: this.file, line: start + 1 };
    }
}
function isRecord(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
}
/** "30", 30, "30s", "2m" → ms. */
function parseDuration(v) {
    if (typeof v === 'number' && v > 0 && Number.isFinite(v))
        return Math.round(v * 1000);
    if (typeof v !== 'string')
        return undefined;
    const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(v);
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const ms = m[2] === 'ms' ? n : m[2] === 'm' ? n * 60_000 : n * 1000;
    return ms > 0 ? Math.round(ms) : undefined;
}
/**
 * Validate the YAML of a config (a list of checks, or `{ checks: [...] }`) into checks.
 * Every problem is a ConfigError naming the check and key, located at the file and line.
 */
function validateChecks(doc, text, what, file) {
    const loc = new Locator(text, file);
    const list = Array.isArray(doc) ? doc : isRecord(doc) ? doc.checks : undefined;
    if (!Array.isArray(list) || list.length === 0) {
        throw new errors_js_1.ConfigError(`${what} has no checks; write a list of checks (each with name and run), under \`checks:\``, file ? { file, line: 1 } : undefined);
    }
    const names = new Set();
    return list.map((raw, i) => {
        const where = (key) => loc.at(i, key);
        const bad = (key, problem, fix) => new errors_js_1.ConfigError(`${what}: check ${i + 1}${isRecord(raw) && typeof raw.name === 'string' ? ` '${raw.name}'` : ''}${key ? ` key '${key}'` : ''}: ${problem}; ${fix}`, where(key));
        if (!isRecord(raw))
            throw bad(undefined, 'is not a mapping', 'write it as `- name: ...` with `run: ...` under it');
        for (const k of Object.keys(raw))
            if (!KEYS.includes(k))
                throw bad(k, 'is not a known key', `use ${KEYS.join(', ')}`);
        // `name: true` or `name: 3` are YAML scalars the user meant as names.
        const rawName = typeof raw.name === 'number' || typeof raw.name === 'boolean' ? String(raw.name) : raw.name;
        if (typeof rawName !== 'string' || !rawName.trim())
            throw bad('name', 'is missing', 'give each check a name');
        const name = rawName.trim();
        if (names.has(name))
            throw bad('name', `'${name}' is used twice`, 'give each check its own name');
        names.add(name);
        const shell = raw.shell === undefined ? false : raw.shell;
        if (typeof shell !== 'boolean')
            throw bad('shell', `"${String(shell)}" is not a boolean`, 'use true or false');
        const command = (key) => {
            const v = raw[key];
            if (v === undefined || v === null)
                return undefined;
            if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string' || typeof x === 'number'))
                return v.map(String);
            if (typeof v !== 'string' || !v.trim())
                throw bad(key, 'must be a command line or a list of arguments', `e.g. \`${key}: flake8 --max-line-length 100\``);
            if (shell)
                return [v];
            try {
                return (0, argv_js_1.splitCommand)(v);
            }
            catch (e) {
                if (e instanceof argv_js_1.CommandLineError)
                    throw bad(key, `${e.message} (commands run without a shell)`, 'quote it, or set `shell: true` on the check if you need a shell');
                throw e;
            }
        };
        const builtin = raw.builtin === undefined ? undefined : String(raw.builtin);
        if (builtin !== undefined && !types_js_1.BUILTINS.includes(builtin))
            throw bad('builtin', `"${builtin}" is not a built-in check`, `use one of: ${types_js_1.BUILTINS.join(', ')}`);
        const run = builtin ? [builtin] : command('run');
        if (!run || run.length === 0)
            throw bad('run', 'is missing', 'set the command to run, e.g. `run: flake8`');
        let files;
        if (raw.files !== undefined) {
            const f = typeof raw.files === 'string' ? [raw.files] : raw.files;
            if (!Array.isArray(f) || !f.every((x) => typeof x === 'string' && x.trim()))
                throw bad('files', 'must be a glob or a list of globs', "e.g. `files: ['**/*.py']`");
            files = f.map((x) => x.trim());
        }
        let exclude;
        if (raw.exclude !== undefined) {
            const x = typeof raw.exclude === 'string' ? [raw.exclude] : raw.exclude;
            if (!Array.isArray(x) || !x.every((g) => typeof g === 'string' && g.trim()))
                throw bad('exclude', 'must be a glob or a list of globs', "e.g. `exclude: ['**/tests/**']`");
            exclude = x.map((g) => g.trim());
        }
        const passFiles = raw['pass-files'] === undefined ? files !== undefined : raw['pass-files'];
        if (typeof passFiles !== 'boolean')
            throw bad('pass-files', `"${String(passFiles)}" is not a boolean`, 'use true or false');
        const format = (raw.format === undefined ? 'text' : String(raw.format));
        if (!types_js_1.FORMATS.includes(format))
            throw bad('format', `"${format}" is not a known format`, `use one of: ${types_js_1.FORMATS.join(', ')}`);
        let timeoutMs;
        if (raw.timeout !== undefined) {
            timeoutMs = parseDuration(raw.timeout);
            if (timeoutMs === undefined)
                throw bad('timeout', `"${String(raw.timeout)}" is not a duration`, 'use seconds (30) or 30s / 2m');
        }
        const severity = raw.severity === undefined ? 'error' : raw.severity;
        if (severity !== 'error' && severity !== 'warning')
            throw bad('severity', `"${String(severity)}" is not allowed`, 'use error or warning');
        const fix = command('fix');
        return {
            name,
            run,
            shell,
            files,
            exclude,
            passFiles,
            format,
            timeoutMs,
            severity,
            fix,
            ...(builtin ? { builtin: builtin } : {}),
        };
    });
}
/** The checks of this run: inline `checks`, else the config file, else zero-config detection. */
async function loadChecks(inputs, ctx) {
    const inline = inputs.optional('checks');
    if (inline !== undefined) {
        const what = inputs.describe('checks');
        const doc = await (0, inputs_js_1.parseYaml)(inline, what);
        return { kind: 'inline', checks: validateChecks(doc, inline, what) };
    }
    const configPath = inputs.string('config', DEFAULT_CONFIG);
    const abs = (0, node_path_1.isAbsolute)(configPath) ? configPath : (0, node_path_1.join)(ctx.cwd, configPath);
    if ((0, node_fs_1.existsSync)(abs)) {
        const rel = (0, node_path_1.relative)(ctx.cwd, abs) || configPath;
        const file = rel.startsWith('..') ? abs : rel;
        const text = (0, node_fs_1.readFileSync)(abs, 'utf8');
        const doc = await (0, inputs_js_1.parseYaml)(text, file, file);
        return { kind: 'config', file, checks: validateChecks(doc, text, file, file) };
    }
    if (configPath !== DEFAULT_CONFIG) {
        throw inputs.fail('config', `${configPath} does not exist`, `create it, or leave ${inputs.label('config')} unset to detect the checks from the repository`);
    }
    const { detectChecks } = await __webpack_require__.e(/* import() */ 338).then(__webpack_require__.bind(__webpack_require__, 338));
    const { checks, detections } = await detectChecks(ctx.cwd, ctx.env, ctx.exec);
    return { kind: 'detected', checks, detections };
}


/***/ })

};
