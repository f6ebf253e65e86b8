export const id = 807;
export const ids = [807];
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

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PY_MANIFESTS = void 0;
exports.parsePipAudit = parsePipAudit;
exports.jsonStream = jsonStream;
exports.parseGovulncheck = parseGovulncheck;
const audit_js_1 = __webpack_require__(2282);
const parsers_js_1 = __webpack_require__(6193);
/** PEP 503: names compare lower-case with runs of `-_.` as one `-`. */
const pep503 = (n) => n.toLowerCase().replace(/[-_.]+/g, '-');
/** Where a Python project names its dependencies, in the order a finding is placed in. */
exports.PY_MANIFESTS = [
    'requirements.txt',
    'requirements-dev.txt',
    'pyproject.toml',
    'poetry.lock',
    'Pipfile.lock',
    'pylock.toml',
];
/** The last line of a tool's error output, for a one-line reason. */
const lastLine = (text) => text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .pop();
/**
 * `pip-audit --format json`: `{dependencies: [{name, version, vulns: [{id, fix_versions,
 * aliases, description}]}], fixes}` (pip-audit 2; 1.x printed the list alone). pip-audit gives
 * no severity: every known vulnerability is an error. The finding is placed on the line of the
 * first manifest that names the package (a transitive one: on the manifest, without a line).
 */
function parsePipAudit(stdout, stderr, cwd) {
    const doc = (0, audit_js_1.parseJson)(stdout, 'pip-audit');
    if (doc === undefined) {
        const why = lastLine(stderr);
        if (why)
            throw new parsers_js_1.ParseError(`pip-audit gave no report (${why})`);
        return [];
    }
    const deps = Array.isArray(doc) ? doc : (0, audit_js_1.obj)(doc).dependencies;
    if (!Array.isArray(deps))
        throw new parsers_js_1.ParseError('pip-audit JSON has no dependencies array');
    const present = exports.PY_MANIFESTS.map((f) => ({ f, text: (0, audit_js_1.readText)(cwd, f) })).filter((m) => m.text !== undefined);
    const out = [];
    for (const d of deps.map(audit_js_1.obj)) {
        const name = (0, audit_js_1.str)(d.name);
        const vulns = Array.isArray(d.vulns) ? d.vulns.map(audit_js_1.obj) : [];
        if (!name || !vulns.length)
            continue;
        // A line naming the package: `name==1.0`, `name = "^1.0"`, `name = "1.0"` / `"name>=1"` in a list.
        const re = new RegExp(`(^|["'\\s])${(0, audit_js_1.escapeRe)(name).replace(/\\?[-_.]/g, '[-_.]+')}\\s*(\\[[^\\]]*\\])?\\s*([=<>~!;"'@]|$)`, 'i');
        const hit = present.map((m) => ({ file: m.f, line: (0, audit_js_1.lineOf)(m.text, re) })).find((h) => h.line !== undefined);
        for (const v of vulns) {
            const id = (0, audit_js_1.str)(v.id) ?? 'vulnerability';
            const fixes = Array.isArray(v.fix_versions) ? v.fix_versions.map(String) : [];
            const aliases = Array.isArray(v.aliases) ? v.aliases.map(String) : [];
            out.push({
                file: hit?.file ?? present[0]?.f,
                line: hit?.line,
                rule: id,
                severity: 'error',
                message: `${pep503(name)} ${(0, audit_js_1.str)(d.version) ?? ''}: ${id}${aliases.length ? ` (${aliases.join(', ')})` : ''}; ${fixes.length ? `fixed in ${fixes.join(', ')}` : 'no fixed version'}${(0, audit_js_1.str)(v.description) ? `: ${(0, audit_js_1.str)(v.description).split('\n')[0].slice(0, 200)}` : ''}`,
            });
        }
    }
    return out;
}
/** Concatenated JSON values (govulncheck prints a stream of indented objects). */
function jsonStream(text) {
    const out = [];
    let depth = 0;
    let start = -1;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (inString) {
            if (c === '\\')
                i++;
            else if (c === '"')
                inString = false;
            continue;
        }
        if (c === '"')
            inString = true;
        else if (c === '{' || c === '[') {
            if (depth++ === 0)
                start = i;
        }
        else if ((c === '}' || c === ']') && depth > 0 && --depth === 0) {
            try {
                out.push(JSON.parse(text.slice(start, i + 1)));
            }
            catch {
                throw new parsers_js_1.ParseError('the output is not govulncheck JSON');
            }
        }
    }
    return out;
}
const LEVEL = { 3: 'error', 2: 'warning', 1: 'notice' };
const REACH = { 3: 'called', 2: 'imported, not called', 1: 'required, not imported' };
/**
 * govulncheck's JSON: the stream of `{config}`, `{progress}`, `{osv}` and `{finding}` messages of
 * govulncheck 1.x (`-json` / `-format json`), or the `{Vulns: [...]}` report of the versions
 * before 1.0 (Debian bookworm's). One finding per vulnerability and module, at its most
 * reachable level: called → error, imported only → warning, required only → notice (as
 * govulncheck's text report calls only the first kind "affected"). Placed on the `require` line
 * of go.mod (the `go` line for the standard library).
 */
function parseGovulncheck(stdout, stderr, cwd) {
    const values = jsonStream(stdout);
    if (!values.length) {
        const why = lastLine(stderr);
        if (why)
            throw new parsers_js_1.ParseError(`govulncheck gave no report (${why})`);
        return [];
    }
    const found = new Map();
    const keep = (v) => {
        const k = `${v.id}\0${v.module}`;
        const had = found.get(k);
        if (!had || v.level > had.level)
            found.set(k, { ...v, summary: v.summary ?? had?.summary });
    };
    const summaries = new Map();
    for (const value of values) {
        const m = (0, audit_js_1.obj)(value);
        if (Array.isArray(m.Vulns) || m.Vulns === null) {
            for (const v of m.Vulns ?? []) {
                const osv = (0, audit_js_1.obj)((0, audit_js_1.obj)(v).OSV);
                const id = (0, audit_js_1.str)(osv.id) ?? 'vulnerability';
                for (const mod of Array.isArray((0, audit_js_1.obj)(v).Modules) ? (0, audit_js_1.obj)(v).Modules.map(audit_js_1.obj) : []) {
                    const pkgs = Array.isArray(mod.Packages) ? mod.Packages.map(audit_js_1.obj) : [];
                    const stacks = pkgs.flatMap((p) => (Array.isArray(p.CallStacks) ? p.CallStacks.map(audit_js_1.obj) : []));
                    keep({
                        id,
                        summary: (0, audit_js_1.str)(osv.summary) ?? (0, audit_js_1.str)(osv.details)?.split('\n')[0],
                        module: (0, audit_js_1.str)(mod.Path) ?? '?',
                        version: (0, audit_js_1.str)(mod.FoundVersion),
                        fixed: (0, audit_js_1.str)(mod.FixedVersion),
                        level: stacks.length ? 3 : pkgs.length ? 2 : 1,
                        call: (0, audit_js_1.str)(stacks[0]?.Summary),
                    });
                }
            }
            continue;
        }
        if (m.osv) {
            const osv = (0, audit_js_1.obj)(m.osv);
            if ((0, audit_js_1.str)(osv.id))
                summaries.set((0, audit_js_1.str)(osv.id), (0, audit_js_1.str)(osv.summary) ?? (0, audit_js_1.str)(osv.details)?.split('\n')[0] ?? '');
        }
        if (m.finding) {
            const f = (0, audit_js_1.obj)(m.finding);
            const trace = Array.isArray(f.trace) ? f.trace.map(audit_js_1.obj) : [];
            const top = trace[0] ?? {};
            const caller = trace.length > 1 ? trace[trace.length - 1] : undefined;
            const pos = (0, audit_js_1.obj)(caller?.position);
            keep({
                id: (0, audit_js_1.str)(f.osv) ?? 'vulnerability',
                module: (0, audit_js_1.str)(top.module) ?? '?',
                version: (0, audit_js_1.str)(top.version),
                fixed: (0, audit_js_1.str)(f.fixed_version),
                level: (0, audit_js_1.str)(top.function) ? 3 : (0, audit_js_1.str)(top.package) ? 2 : 1,
                call: (0, audit_js_1.str)(top.function) && caller
                    ? `${(0, audit_js_1.str)(pos.filename) ? `${(0, audit_js_1.str)(pos.filename)}:${String(pos.line ?? 0)}: ` : ''}${(0, audit_js_1.str)(caller.package) ?? ''}.${(0, audit_js_1.str)(caller.function) ?? ''} calls ${(0, audit_js_1.str)(top.package) ?? ''}.${(0, audit_js_1.str)(top.receiver) ? `${(0, audit_js_1.str)(top.receiver)}.` : ''}${(0, audit_js_1.str)(top.function)}`
                    : undefined,
            });
        }
    }
    const gomod = (0, audit_js_1.readText)(cwd, 'go.mod');
    return [...found.values()].map((v) => {
        const line = v.module === 'stdlib' || v.module === 'toolchain'
            ? (0, audit_js_1.lineOf)(gomod, /^\s*(toolchain|go)\s+\S+/)
            : (0, audit_js_1.lineOf)(gomod, new RegExp(`^\\s*(require\\s+)?${(0, audit_js_1.escapeRe)(v.module)}\\s+v`));
        return {
            file: 'go.mod',
            line,
            rule: v.id,
            severity: LEVEL[v.level],
            message: `${v.module}${v.version ? ` ${v.version}` : ''}: ${v.summary ?? summaries.get(v.id) ?? v.id} (${REACH[v.level]}); ${v.fixed ? `fixed in ${v.fixed}` : 'no fixed version'}${v.call ? `; ${v.call}` : ''}`,
        };
    });
}


/***/ }),

/***/ 4696:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.lintBase = lintBase;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const git_js_1 = __webpack_require__(7167);
const fingerprint_js_1 = __webpack_require__(9921);
const runner_js_1 = __webpack_require__(6855);
/** Folders of the head linked into the base worktree: node modules and caches that validate their entries. */
const SHARED = ['node_modules', '.mypy_cache', '.ruff_cache'];
/** The environment without the variables git exports to hooks (the commit's index and git dir). */
function outsideHook(env) {
    const out = { ...env };
    for (const k of ['GIT_INDEX_FILE', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_PREFIX'])
        delete out[k];
    return out;
}
/**
 * Lint the base commit in a temporary git worktree, only for the checks and files that have
 * candidate findings at the head: per-file checks on those files as they were at the base
 * (renames followed), whole-project checks on the whole base. The worktree shares the
 * object store (no fetch, no copy of history) and is removed on every path.
 */
async function lintBase(o) {
    const start = o.deps.now();
    const notes = [];
    if (o.range.base === git_js_1.EMPTY_TREE)
        return { fingerprints: [], ran: [], durationMs: 0, notes };
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)(o.tmpDir, 'shipline-lint-base-'));
    const remove = () => {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    };
    o.onCleanup?.(remove);
    try {
        // Inside a pre-commit hook git exports the index and git dir of the commit being made:
        // the worktree must not see them.
        const clean = outsideHook({ ...process.env, GIT_TERMINAL_PROMPT: '0' });
        const add = await o.git.exec('git', ['worktree', 'add', '--detach', '--quiet', '--force', dir, o.range.base], {
            cwd: o.root,
            env: clean,
            timeoutMs: 120_000,
            signal: o.signal,
        });
        if (add.exitCode !== 0)
            throw new git_js_1.GitError(`git worktree add failed: ${add.stderr.trim().split('\n').pop()}`);
        const baseCwd = o.prefix ? (0, node_path_1.join)(dir, o.prefix) : dir;
        // Node tools and their plugins resolve from node_modules, which the worktree does not have.
        // Tools' caches (mypy checks every cached module's hash) are shared, so the base run is warm.
        for (const d of SHARED) {
            const from = (0, node_path_1.join)(o.cwd, d);
            if ((0, node_fs_1.existsSync)(from) && (0, node_fs_1.existsSync)(baseCwd) && !(0, node_fs_1.existsSync)((0, node_path_1.join)(baseCwd, d)))
                (0, node_fs_1.symlinkSync)(from, (0, node_path_1.join)(baseCwd, d), 'dir');
        }
        const back = new Map([...o.renamedFrom].map(([head, base]) => [base, head]));
        const lines = new fingerprint_js_1.LineCache(baseCwd);
        const fingerprints = [];
        const ran = [];
        const deps = { ...o.deps, cwd: baseCwd, env: outsideHook(o.deps.env) };
        await Promise.all(o.jobs.map(async ({ job, files }) => {
            let baseFiles;
            if (files) {
                baseFiles = files.map((f) => o.renamedFrom.get(f) ?? f).filter((f) => (0, node_fs_1.existsSync)((0, node_path_1.join)(baseCwd, f)));
                if (baseFiles.length === 0)
                    return; // every file is new: every finding in it is new
            }
            const r = await (0, runner_js_1.runCheck)(job.check, baseFiles, deps, o.signal, () => 'budget');
            ran.push({ name: job.check.name, durationMs: r.durationMs, findings: r.findings.length });
            if (r.status === 'over-budget' || r.status === 'timed-out' || r.status === 'error' || r.parseError)
                notes.push(`${job.check.name} at the base: ${r.detail ?? r.parseError ?? r.status}`);
            for (const f of r.findings) {
                const headName = f.file ? (back.get(f.file) ?? f.file) : undefined;
                fingerprints.push((0, fingerprint_js_1.fingerprint)({ ...f, file: headName }, lines.lines(f.file), headName));
            }
        }));
        return { fingerprints, ran, durationMs: o.deps.now() - start, notes };
    }
    finally {
        remove();
        await o.git
            .exec('git', ['worktree', 'prune'], {
            cwd: o.root,
            env: { ...process.env, GIT_INDEX_FILE: undefined, GIT_DIR: undefined },
        })
            .catch(() => undefined);
    }
}


/***/ }),

/***/ 2386:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeBaseline = writeBaseline;
exports.readBaseline = readBaseline;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
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


/***/ }),

/***/ 807:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveFailOn = void 0;
exports.run = run;
const fixes_js_1 = __webpack_require__(6334);
const judge_js_1 = __webpack_require__(2490);
const order_js_1 = __webpack_require__(7117);
const plan_js_1 = __webpack_require__(6526);
const publish_js_1 = __webpack_require__(9374);
const runner_js_1 = __webpack_require__(6855);
const scope_js_1 = __webpack_require__(5425);
var scope_js_2 = __webpack_require__(5425);
Object.defineProperty(exports, "resolveFailOn", ({ enumerable: true, get: function () { return scope_js_2.resolveFailOn; } }));
/** The gate: plan, run in parallel inside the budget, judge, then annotate, summarize and report. */
async function run(o, ctx) {
    const start = ctx.now();
    const { logger } = ctx;
    // --json keeps stdout for the report alone: progress goes to the debug stream.
    const say = o.json ? (m) => logger.debug(m) : (m) => logger.info(m);
    // One stop for everything this run does: the budget covers git work, checks and the base run.
    const stop = new runner_js_1.Stopper();
    const budget = setTimeout(() => stop.halt('budget'), o.budgetMs);
    const cancel = ctx.signal;
    const onCancel = () => stop.halt('cancelled');
    if (cancel?.aborted)
        onCancel();
    cancel?.addEventListener('abort', onCancel, { once: true });
    try {
        return await gate(o, ctx, stop, say, start);
    }
    finally {
        clearTimeout(budget);
        cancel?.removeEventListener('abort', onCancel);
    }
}
async function gate(o, ctx, stop, say, start) {
    const scope = await (0, scope_js_1.resolveScope)(o, ctx, stop, say);
    const { checks } = o.source;
    say(`checks: ${checks.map((c) => c.name).join(', ') || 'none'} (${o.source.kind === 'config' ? o.source.file : o.source.kind === 'inline' ? 'inline checks input' : 'detected'})`);
    if (o.source.kind === 'detected')
        for (const d of o.source.detections ?? [])
            if (d.picked || !/nothing in the repository/.test(d.reason))
                say(`  ${d.picked ? 'picked' : 'not picked'} ${d.tool}: ${d.reason}`);
    const { jobs, skipped } = (0, plan_js_1.planJobs)(checks, scope.files, scope.lint);
    const github = { token: o.token, event: ctx.event, http: { masker: ctx.masker, logger: ctx.logger } };
    const deps = { exec: ctx.exec, cwd: ctx.cwd, env: ctx.env, now: ctx.now, github };
    if (o.fix)
        await (0, fixes_js_1.runFixes)(jobs, deps, ctx, say, stop);
    for (const s of skipped)
        say(`${s.name}: skipped (${s.detail})`);
    const judge = new judge_js_1.Judge(o, ctx, stop, scope, jobs, deps);
    const ran = await (0, runner_js_1.runPool)(jobs, deps, {
        parallel: o.parallel,
        stop,
        order: (0, order_js_1.longestFirst)(jobs, (0, order_js_1.readTimings)(ctx.cwd)),
        // Fail-fast cancels the others only for what fails the verdict, not for old findings it does not count.
        failFast: o.failFast ? (r) => judge.failsVerdict(r) : undefined,
        onDone: o.json ? undefined : (r) => (0, publish_js_1.logCheck)(ctx, r),
    });
    const byName = new Map([...ran, ...skipped].map((r) => [r.name, r]));
    const results = checks.map((c) => byName.get(c.name));
    const judgement = await judge.judge(results);
    for (const n of judgement.newness?.notes ?? [])
        say(n);
    if (judgement.verdict.result === 'passed' && !stop.why)
        (0, order_js_1.saveTimings)(ctx.cwd, ran);
    return (0, publish_js_1.publish)({ o, ctx, stop, scope, results, judgement, start, say });
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


/***/ }),

/***/ 6334:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runFixes = runFixes;
const report_js_1 = __webpack_require__(2047);
const runner_js_1 = __webpack_require__(6855);
/** `--fix`: each check's fix command on its files, one after another (fixers may touch the same file). */
async function runFixes(jobs, deps, ctx, say, stop) {
    for (const job of jobs) {
        if (!job.check.fix || stop.why)
            continue;
        // Fixers run inside the budget and stop on cancellation like the checks.
        const r = await (0, runner_js_1.runCheck)(job.check, job.files, deps, stop.signal, () => stop.why, true);
        say(`fix ${job.check.name}: ${r.status === 'error' ? r.detail : `exit code ${r.exitCode}`} in ${(0, report_js_1.seconds)(r.durationMs)}`);
        if (r.status === 'error')
            ctx.logger.warning(`fix ${job.check.name}: ${r.detail}`);
    }
}


/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Judge = void 0;
const errors_js_1 = __webpack_require__(4296);
const git_js_1 = __webpack_require__(7167);
const newness_js_1 = __webpack_require__(3088);
const verdict_js_1 = __webpack_require__(7836);
/** Newness found in several parts (a check judged early for fail-fast, the rest at the end), as one. */
function mergeNewness(parts) {
    if (parts.length <= 1)
        return parts[0];
    const ran = parts.filter((p) => p.base.source !== 'not needed');
    const first = ran[0] ?? parts[0];
    return {
        fresh: new Set(parts.flatMap((p) => [...p.fresh])),
        notes: parts.flatMap((p) => p.notes),
        base: {
            ...first.base,
            durationMs: ran.reduce((s, p) => s + p.base.durationMs, 0),
            checks: ran.flatMap((p) => p.base.checks),
        },
    };
}
/**
 * The verdict's knowledge, gathered once and only when asked for: the changed lines (one
 * `git diff`) and, for fail-on new, which findings did not exist at the base. Fail-fast asks
 * about one check as it ends; the verdict reuses whatever that already learnt.
 */
class Judge {
    o;
    ctx;
    stop;
    scope;
    jobs;
    deps;
    failOn;
    lines;
    judged = new Map();
    /** Base runs one at a time: two git worktrees added at once would race on `worktree prune`. */
    queue = Promise.resolve();
    constructor(o, ctx, stop, scope, jobs, deps) {
        this.o = o;
        this.ctx = ctx;
        this.stop = stop;
        this.scope = scope;
        this.jobs = jobs;
        this.deps = deps;
        this.failOn = scope.failOn;
    }
    get needsLines() {
        return this.failOn !== 'any' || this.o.annotate === 'changed-lines' || this.o.annotate === 'changed-files';
    }
    /** Changed lines by file (paths as findings name them); one git diff, on first use. */
    changedLines() {
        return (this.lines ??= this.readLines());
    }
    async readLines() {
        try {
            const byPath = await (0, git_js_1.changedLines)(await this.scope.range(), this.scope.gitDeps);
            const lines = new Map();
            for (const [p, r] of byPath) {
                const l = this.scope.local(p);
                if (l !== undefined)
                    lines.set(l, r);
            }
            return lines;
        }
        catch (e) {
            if (this.stop.why === 'budget')
                throw e;
            // The checks' results stand; without a diff every finding counts and is annotated.
            this.ctx.logger.warning(`could not tell the changed lines (${(0, errors_js_1.describeThrown)(e)}): every finding counts (fail-on: any)`);
            this.failOn = 'any';
            return undefined;
        }
    }
    /** Which of these checks' findings are new (base run or baseline), remembered per check. */
    async newFor(results) {
        const run = this.queue.then(async () => (0, newness_js_1.findNew)({
            o: this.o,
            ctx: this.ctx,
            stop: this.stop,
            results,
            jobs: this.jobs.filter((j) => results.some((r) => r.name === j.check.name)),
            range: await this.scope.range(),
            changed: this.scope.changed,
            root: this.scope.root,
            prefix: this.scope.prefix,
            deps: this.deps,
            gitDeps: this.scope.gitDeps,
        }));
        this.queue = run.catch(() => undefined);
        const n = await run;
        for (const r of results)
            this.judged.set(r.name, n);
        return n;
    }
    /** What the verdict needs to judge these findings, as far as it can be known now. */
    async knowledge(results, final) {
        const findings = results.flatMap((r) => r.findings);
        let lines;
        // The diff is most of a clean run's git time: only with findings to judge or place.
        if (this.scope.root !== undefined && findings.length && this.needsLines) {
            if (!final || !this.stop.why)
                lines = await this.changedLines();
            // After a stop, only a diff fail-fast already read.
            else if (this.lines)
                lines = await this.lines.catch(() => undefined);
        }
        const changedSet = new Set(this.scope.lint && findings.length
            ? await this.scope.changedPaths().catch(() => (lines ? [...lines.keys()] : []))
            : lines
                ? [...lines.keys()]
                : []);
        let newness;
        if (this.failOn === 'new' && findings.length) {
            const known = [...new Set(results.map((r) => this.judged.get(r.name)).filter((n) => n !== undefined))];
            const rest = results.filter((r) => !this.judged.has(r.name) && r.findings.length);
            // After a stop the base is not linted: findings of checks not judged yet count as new.
            if (rest.length && !this.stop.why)
                known.push(await this.newFor(rest));
            else if (rest.length && known.length)
                known.push({
                    fresh: new Set(rest.flatMap((r) => r.findings)),
                    notes: [],
                    base: { source: 'not needed', durationMs: 0, checks: [] },
                });
            newness = mergeNewness(known);
        }
        return { failOn: this.failOn, lines, changedSet, newness };
    }
    decideWith(results, k) {
        return (0, verdict_js_1.decide)({
            results,
            checks: this.o.source.checks,
            failOn: k.failOn,
            failLevel: this.o.failLevel,
            lines: k.lines,
            changed: k.changedSet,
            fresh: k.newness?.fresh,
        });
    }
    /**
     * Fail-fast's question as a check ends: does it fail the verdict? A check with no parsed
     * findings that failed as a whole does; otherwise only a finding the verdict counts does
     * (an old finding under fail-on new, one off the changed lines under changed-lines, does not).
     */
    async failsVerdict(r) {
        if (r.status === 'over-budget' || r.status === 'cancelled' || this.stop.why)
            return false;
        try {
            return this.decideWith([r], await this.knowledge([r], false)).result === 'failed';
        }
        catch {
            // Not knowing is no reason to cancel the others: the verdict meets the same error and says it.
            return false;
        }
    }
    /** The gate's verdict on every check's results. */
    async judge(results) {
        const k = await this.knowledge(results, true);
        return { ...k, verdict: this.decideWith(results, k) };
    }
}
exports.Judge = Judge;


/***/ }),

/***/ 5237:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.newMark = exports.MARK = void 0;
exports.snapshotProcs = snapshotProcs;
exports.findLeftovers = findLeftovers;
exports.killLeftovers = killLeftovers;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
/** The variable that marks every process a check starts (descendants inherit it, even past setsid). */
exports.MARK = 'SHIPLINE_LINT_RUN';
const newMark = () => (0, node_crypto_1.randomBytes)(8).toString('hex');
exports.newMark = newMark;
const procPids = () => (0, node_fs_1.readdirSync)('/proc').filter((d) => /^\d+$/.test(d));
/** The pid the kernel handed out last (/proc/loadavg's last field), or undefined. */
function lastPid() {
    try {
        return Number((0, node_fs_1.readFileSync)('/proc/loadavg', 'latin1').trim().split(/\s+/)[4]) || undefined;
    }
    catch {
        return undefined;
    }
}
function snapshotProcs() {
    try {
        return { pids: new Set(procPids()), lastPid: lastPid(), at: Date.now() };
    }
    catch {
        return undefined;
    }
}
/** Pids are handed out in turn: within a second, with no wrap-around, no old pid went to a new process. */
const WINDOW_MS = 1000;
/**
 * Processes still carrying this check's mark: what it left running after it exited (a
 * background child, a `setsid` daemon holding its output). Linux /proc only; elsewhere none.
 * With a snapshot from before the check (and no pid reuse possible since), only the processes
 * started since are read: a shared machine runs hundreds, and reading each one's environment
 * was a tenth of a no-op gate's time.
 */
function findLeftovers(mark, before) {
    let pids;
    try {
        pids = procPids();
    }
    catch {
        return [];
    }
    const last = before?.lastPid !== undefined ? lastPid() : undefined;
    const fresh = before && last !== undefined && last >= before.lastPid && Date.now() - before.at < WINDOW_MS;
    if (fresh)
        pids = pids.filter((p) => !before.pids.has(p));
    const needle = `${exports.MARK}=${mark}`;
    const out = [];
    for (const p of pids) {
        if (Number(p) === process.pid)
            continue;
        let env;
        try {
            env = (0, node_fs_1.readFileSync)(`/proc/${p}/environ`, 'latin1');
        }
        catch {
            continue;
        }
        if (!env.split('\0').includes(needle))
            continue;
        let command = '';
        try {
            command = (0, node_fs_1.readFileSync)(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
        }
        catch {
            /* gone */
        }
        out.push({ pid: Number(p), command: command.slice(0, 120) || '?' });
    }
    return out;
}
/** Kill what a check left behind and say what it was, for the check's detail line. */
function killLeftovers(mark, before) {
    const left = findLeftovers(mark, before);
    for (const l of left) {
        try {
            process.kill(l.pid, 'SIGKILL');
        }
        catch {
            /* already gone */
        }
    }
    if (!left.length)
        return undefined;
    const names = left.slice(0, 3).map((l) => `${l.command} (pid ${l.pid})`);
    return `left ${left.length} process(es) running after it exited, killed: ${names.join(', ')}${left.length > 3 ? ', …' : ''}`;
}


/***/ }),

/***/ 3088:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findNew = findNew;
const node_path_1 = __webpack_require__(6760);
const git_js_1 = __webpack_require__(7167);
const base_js_1 = __webpack_require__(4696);
const baseline_js_1 = __webpack_require__(2386);
const fingerprint_js_1 = __webpack_require__(9921);
const RANK = { error: 3, warning: 2, notice: 1 };
/**
 * For fail-on new: which head findings did not exist at the base. The base findings come from
 * the committed baseline file when there is one, else from linting the base commit in a git
 * worktree — only the checks and files with findings that could fail, so a clean run never pays.
 */
async function findNew(a) {
    const start = a.ctx.now();
    const notes = [];
    const advisory = new Set(a.o.source.checks.filter((c) => c.severity === 'warning').map((c) => c.name));
    const all = a.results.flatMap((r) => r.findings);
    const candidates = all.filter((f) => !advisory.has(f.check) && RANK[f.severity] >= RANK[a.o.failLevel]);
    // Nothing could fail: no base is needed, and every finding is judged by level alone.
    if (candidates.length === 0)
        return { fresh: new Set(all), base: { source: 'not needed', durationMs: 0, checks: [] }, notes };
    const heads = new fingerprint_js_1.LineCache(a.ctx.cwd);
    const headFps = candidates.map((f) => (0, fingerprint_js_1.fingerprint)(f, heads.lines(f.file)));
    let baseFps;
    let base;
    const baselinePath = (0, node_path_1.isAbsolute)(a.o.baseline) ? a.o.baseline : (0, node_path_1.join)(a.ctx.cwd, a.o.baseline);
    const fromFile = (0, baseline_js_1.readBaseline)(baselinePath, a.ctx.frontDoor === 'cli' ? '--baseline' : "input 'baseline'");
    if (fromFile) {
        baseFps = fromFile;
        base = { source: 'baseline', file: a.o.baseline, durationMs: a.ctx.now() - start, checks: [] };
        notes.push(`new findings: matched against ${fromFile.length} finding(s) of the baseline ${a.o.baseline}`);
    }
    else {
        const changed = a.changed ?? (await (0, git_js_1.changedFiles)(a.range, a.gitDeps));
        const renamedFrom = new Map();
        for (const c of changed) {
            if (!c.previousPath)
                continue;
            const head = (0, git_js_1.fromRoot)(c.path, a.prefix);
            const prev = (0, git_js_1.fromRoot)(c.previousPath, a.prefix);
            if (head !== undefined && prev !== undefined)
                renamedFrom.set(head, prev);
        }
        const byCheck = new Map();
        for (const f of candidates) {
            const s = byCheck.get(f.check) ?? new Set();
            if (f.file)
                s.add(f.file);
            byCheck.set(f.check, s);
        }
        const baseJobs = a.jobs
            .filter((j) => byCheck.has(j.check.name))
            .map((j) => ({ job: j, files: j.files ? j.files.filter((f) => byCheck.get(j.check.name).has(f)) : undefined }))
            .filter((j) => !j.files || j.files.length);
        const run = await (0, base_js_1.lintBase)({
            range: a.range,
            root: a.root,
            prefix: a.prefix,
            cwd: a.ctx.cwd,
            jobs: baseJobs,
            renamedFrom,
            deps: a.deps,
            git: a.gitDeps,
            tmpDir: a.ctx.tempDir,
            signal: a.stop.signal,
            // A cancelled run still removes the base worktree.
            onCleanup: (fn) => a.ctx.onCleanup(fn),
        });
        baseFps = run.fingerprints;
        notes.push(...run.notes);
        base = { source: 'worktree', commit: a.range.base, durationMs: run.durationMs, checks: run.ran };
        notes.push(`new findings: linted the base ${a.range.base.slice(0, 7)} in a worktree (${run.ran.map((r) => r.name).join(', ') || 'no check needed it'}) in ${(run.durationMs / 1000).toFixed(2)} s; commit a baseline (shipline lint baseline) to skip this`);
    }
    const fresh = new Set();
    for (const i of (0, fingerprint_js_1.unmatched)(headFps, baseFps))
        fresh.add(candidates[i]);
    // Findings below the fail level are judged by level, not by newness.
    const judged = new Set(candidates);
    for (const f of all)
        if (!judged.has(f))
            fresh.add(f);
    return { fresh, base, notes };
}


/***/ }),

/***/ 7117:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.timingsPath = void 0;
exports.estimateMs = estimateMs;
exports.readTimings = readTimings;
exports.saveTimings = saveTimings;
exports.longestFirst = longestFirst;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
/**
 * Static cost estimates (ms) when no past duration is known: start-up, plus per file passed.
 * Whole-program checkers (type checkers, pylint) read the whole project whatever the files, so
 * they cost the most; rough medians measured on a 2-core runner (bench/lint.bench.ts).
 */
const COST = [
    {
        tools: /^(tsc|vue-tsc|mypy|dmypy|pyright|pylint|golangci-lint|govulncheck|cargo|phpstan|psalm)$/,
        startMs: 4000,
        perFileMs: 40,
    },
    { tools: /^(eslint|stylelint|bandit|semgrep|pip-audit|npm)$/, startMs: 1200, perFileMs: 15 },
    { tools: /^(flake8|black|isort|prettier|yamllint|pycodestyle|pydocstyle)$/, startMs: 500, perFileMs: 5 },
    { tools: /^(biome|oxlint|ruff|shellcheck|hadolint|actionlint|markdownlint|codespell)$/, startMs: 150, perFileMs: 2 },
];
const UNKNOWN = { startMs: 800, perFileMs: 10 };
/** The program a check runs (`npx --no-install eslint` → eslint; a shell script → its first word). */
function program(job) {
    const argv = job.check.shell ? job.check.run[0].trim().split(/\s+/) : job.check.run;
    const words = argv.filter((w) => !/^-|^(npx|pnpm|yarn|exec|python3?|-m|uv|run|poetry|bunx|env)$/.test(w));
    return (0, node_path_1.basename)(words[0] ?? argv[0] ?? '');
}
/** A check's expected duration: its static estimate (whole-project checks scale with the project, not the files). */
function estimateMs(job) {
    const name = program(job);
    const c = COST.find((x) => x.tools.test(name)) ?? UNKNOWN;
    const files = job.files?.length ?? Math.max(job.matched, 50);
    return c.startMs + c.perFileMs * files;
}
const timingsPath = (cwd) => (0, node_path_1.join)(cwd, 'node_modules', '.cache', 'shipline', 'lint-timings.json');
exports.timingsPath = timingsPath;
function readTimings(cwd) {
    try {
        const doc = JSON.parse((0, node_fs_1.readFileSync)((0, exports.timingsPath)(cwd), 'utf8'));
        return doc.version === 1 && doc.checks && typeof doc.checks === 'object' ? doc.checks : {};
    }
    catch {
        return {};
    }
}
/** Remember how long each check took (only where node_modules exists: nothing is added to a project). */
function saveTimings(cwd, results) {
    if (!(0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, 'node_modules')))
        return;
    const checks = readTimings(cwd);
    for (const r of results)
        if (r.status === 'passed' || r.status === 'failed' || r.status === 'warned')
            checks[r.name] = { ms: Math.round(r.durationMs), files: r.files };
    try {
        const path = (0, exports.timingsPath)(cwd);
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
        (0, node_fs_1.writeFileSync)(path, JSON.stringify({ version: 1, checks }) + '\n');
    }
    catch {
        /* a read-only node_modules only loses the ordering hint */
    }
}
/**
 * The order jobs start in: longest first, so the longest check never starts last and sets the
 * wall time alone. A past duration (scaled by the files passed now) wins over the estimate.
 */
function longestFirst(jobs, past) {
    const expected = jobs.map((j) => {
        const p = past[j.check.name];
        if (!p)
            return estimateMs(j);
        const now = j.files?.length ?? j.matched;
        // Per-file checks scale with the files they get; whole-project ones do not.
        return j.files && p.files > 0 ? (p.ms * Math.max(1, now)) / p.files : p.ms;
    });
    return jobs.map((_, i) => i).sort((a, b) => expected[b] - expected[a] || a - b);
}


/***/ }),

/***/ 6786:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizePath = normalizePath;
exports.parseOutput = parseOutput;
exports.lineFix = lineFix;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const audit_js_1 = __webpack_require__(2282);
const audit_more_js_1 = __webpack_require__(3162);
const parsers_js_1 = __webpack_require__(6193);
const parsers_more_js_1 = __webpack_require__(9835);
const parsers_rdjson_js_1 = __webpack_require__(950);
/** A finding's path relative to the workspace, without a leading './'. */
function normalizePath(file, cwd) {
    if (!file)
        return undefined;
    let f = file.trim();
    if ((0, node_path_1.isAbsolute)(f)) {
        const rel = (0, node_path_1.relative)(cwd, f);
        if (!rel.startsWith('..'))
            f = rel;
    }
    while (f.startsWith('./'))
        f = f.slice(2);
    return f || undefined;
}
/** Parse a check's output in its format. `text` yields no findings (the log shows it all). */
function parseOutput(format, stdout, stderr, check, cwd) {
    let raw;
    switch (format) {
        case 'eslint-json':
            raw = (0, parsers_js_1.parseEslintJson)(stdout);
            break;
        case 'tsc':
            raw = (0, parsers_js_1.parseTsc)(stdout + '\n' + stderr);
            break;
        case 'gcc':
            raw = (0, parsers_js_1.parseGcc)(stdout + '\n' + stderr);
            break;
        case 'bandit-json':
            raw = (0, parsers_js_1.parseBanditJson)(stdout);
            break;
        case 'checkstyle':
            raw = (0, parsers_js_1.parseCheckstyle)(stdout);
            break;
        case 'sarif':
            raw = (0, parsers_js_1.parseSarif)(stdout);
            break;
        case 'mypy':
            raw = (0, parsers_more_js_1.parseMypy)(stdout + '\n' + stderr);
            break;
        case 'biome-json':
            raw = (0, parsers_more_js_1.parseBiomeJson)(stdout);
            break;
        case 'rdjson':
            raw = (0, parsers_rdjson_js_1.parseRdjson)(stdout);
            break;
        case 'oxlint-json':
            raw = (0, parsers_more_js_1.parseOxlintJson)(stdout);
            break;
        case 'prettier-check':
            raw = (0, parsers_more_js_1.parsePrettierCheck)(stdout + '\n' + stderr);
            break;
        case 'pylint-json':
            raw = (0, parsers_more_js_1.parsePylintJson)(stdout);
            break;
        case 'diff-check':
            raw = (0, parsers_more_js_1.parseDiffCheck)(stdout + '\n' + stderr, check);
            break;
        case 'ruff-json':
            raw = (0, parsers_more_js_1.parseRuffJson)(stdout);
            break;
        case 'golangci-json':
            raw = (0, parsers_more_js_1.parseGolangciJson)(stdout);
            break;
        case 'hadolint-json':
            raw = (0, parsers_more_js_1.parseHadolintJson)(stdout);
            break;
        case 'actionlint-json':
            raw = (0, parsers_more_js_1.parseActionlintJson)(stdout);
            break;
        case 'npm-audit-json':
            raw = (0, audit_js_1.parseNpmAudit)(stdout, cwd);
            break;
        case 'pip-audit-json':
            raw = (0, audit_more_js_1.parsePipAudit)(stdout, stderr, cwd);
            break;
        case 'govulncheck-json':
            raw = (0, audit_more_js_1.parseGovulncheck)(stdout, stderr, cwd);
            break;
        case 'text':
            raw = [];
            break;
    }
    const out = raw.map((r) => ({ check, ...r, file: normalizePath(r.file, cwd) }));
    for (const f of out) {
        if (f.fixEdits)
            editsFix(f, cwd);
        if (f.fixRange)
            lineFix(f, cwd);
    }
    return out;
}
/** UTF-16 offset of a 1-based line and code-point column in a text, or undefined past its end. */
function offsetOf(text, lineStarts, line, column) {
    const start = lineStarts[line - 1];
    if (start === undefined)
        return undefined;
    let at = start;
    for (let c = 1; c < column; c++) {
        if (at >= text.length || text[at] === '\n')
            return undefined;
        at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    }
    return at;
}
/** The text of a finding's file, or undefined when it has none or cannot be read. */
function findingText(f, cwd) {
    if (!f.file)
        return undefined;
    try {
        return (0, node_fs_1.readFileSync)((0, node_path_1.isAbsolute)(f.file) ? f.file : (0, node_path_1.join)(cwd, f.file), 'utf8');
    }
    catch {
        return undefined;
    }
}
/**
 * Line/column edits (rdjson suggestions) as one character-offset fix: the span from the first
 * edit's start to the last one's end, with each edit applied and the text between them kept.
 * Overlapping edits are not one fix: then no suggestion is offered.
 */
function editsFix(f, cwd) {
    const edits = f.fixEdits;
    delete f.fixEdits;
    const text = findingText(f, cwd);
    if (text === undefined)
        return;
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const spans = edits.map((e) => ({
        a: offsetOf(text, lineStarts, e.line, e.column),
        b: offsetOf(text, lineStarts, e.endLine, e.endColumn),
        text: e.text,
    }));
    if (spans.some((s) => s.a === undefined || s.b === undefined || s.b < s.a))
        return;
    spans.sort((x, y) => x.a - y.a);
    let out = '';
    for (let i = 0; i < spans.length; i++) {
        if (i > 0 && spans[i].a < spans[i - 1].b)
            return;
        out += (i > 0 ? text.slice(spans[i - 1].b, spans[i].a) : '') + spans[i].text;
    }
    f.fixRange = { range: [spans[0].a, spans[spans.length - 1].b], text: out };
}
/**
 * Turn a character-offset fix (eslint) into whole replaced lines, the form a review's
 * suggested change takes: the lines the range touches, with the range replaced.
 */
function lineFix(f, cwd) {
    const fr = f.fixRange;
    delete f.fixRange;
    const text = findingText(f, cwd);
    if (text === undefined)
        return;
    const [a, b] = fr.range;
    if (a < 0 || b < a || b > text.length)
        return;
    const start = text.lastIndexOf('\n', a - 1) + 1;
    const nl = text.indexOf('\n', b);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(0, start).split('\n').length;
    const endLine = line + text.slice(start, end).split('\n').length - 1;
    f.fix = { line, endLine, text: text.slice(start, a) + fr.text + text.slice(b, end) };
}


/***/ }),

/***/ 9835:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.level = exports.obj = exports.str = exports.num = void 0;
exports.json = json;
exports.list = list;
exports.parseMypy = parseMypy;
exports.parseBiomeJson = parseBiomeJson;
exports.parseOxlintJson = parseOxlintJson;
exports.parsePrettierCheck = parsePrettierCheck;
exports.parsePylintJson = parsePylintJson;
exports.parseDiffCheck = parseDiffCheck;
exports.parseRuffJson = parseRuffJson;
exports.parseGolangciJson = parseGolangciJson;
exports.parseHadolintJson = parseHadolintJson;
exports.parseActionlintJson = parseActionlintJson;
const parsers_js_1 = __webpack_require__(6193);
const num = (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n > 0 ? Math.trunc(n) : undefined;
};
exports.num = num;
const str = (v) => (typeof v === 'string' && v ? v : undefined);
exports.str = str;
const obj = (v) => (v && typeof v === 'object' ? v : {});
exports.obj = obj;
/** The first JSON value in a text; undefined when empty. */
function json(text, what) {
    const t = text.trim();
    if (!t)
        return undefined;
    for (const start of [0, t.search(/[[{]/)]) {
        if (start < 0)
            continue;
        try {
            return JSON.parse(t.slice(start));
        }
        catch {
            /* next */
        }
    }
    throw new parsers_js_1.ParseError(`the output is not ${what} JSON`);
}
function list(doc, key, what) {
    const arr = key ? (0, exports.obj)(doc)[key] : doc;
    if (doc === undefined)
        return [];
    if (arr === null && key)
        return [];
    if (!Array.isArray(arr))
        throw new parsers_js_1.ParseError(`${what} JSON has no ${key ?? 'top-level'} array`);
    return arr.map(exports.obj);
}
const level = (s, fallback = 'error') => {
    const w = String(s ?? '').toLowerCase();
    if (/^(error|fatal|high|critical)$/.test(w))
        return 'error';
    if (/^(warning|warn|medium|low|convention|refactor|style)$/.test(w))
        return 'warning';
    if (/^(info|information|note|notice|hint|ignore)$/.test(w))
        return 'notice';
    return fallback;
};
exports.level = level;
/**
 * mypy: `file:line[:col]: error: message  [code]`; `note:` lines that follow a finding at the
 * same place (or the same file) belong to it and are folded into its message, not counted.
 */
function parseMypy(text) {
    const out = [];
    let last;
    for (const line of text.split(/\r?\n/)) {
        const m = /^(?!\s)([^:\n]+?):(\d+):(?:(\d+):)?\s*(error|warning|note):\s?(.*)$/.exec(line);
        if (!m) {
            if (!/^\s*$/.test(line) && !/^(Found|Success:)/.test(line))
                last = undefined;
            continue;
        }
        const [, file, ln, col, kind, rest] = m;
        if (kind === 'note' && last && last.file === file) {
            last.message += `\n${rest.trim()}`;
            continue;
        }
        const tail = /\s+\[([\w-]+)\]$/.exec(rest);
        last = {
            file,
            line: Number(ln),
            column: col ? Number(col) : undefined,
            severity: kind === 'note' ? 'notice' : (0, exports.level)(kind),
            rule: tail?.[1],
            message: (tail ? rest.slice(0, tail.index) : rest).trim(),
        };
        out.push(last);
    }
    return out;
}
/** biome lint/check --reporter=json: { diagnostics: [{ severity, message, category, location: { path, start, end } }] } */
function parseBiomeJson(stdout) {
    const doc = json(stdout, 'biome');
    return list(doc, 'diagnostics', 'biome').map((d) => {
        const loc = (0, exports.obj)(d.location);
        const start = (0, exports.obj)(loc.start);
        const end = (0, exports.obj)(loc.end);
        const path = typeof loc.path === 'string' ? loc.path : (0, exports.str)((0, exports.obj)(loc.path).file);
        return {
            file: path,
            line: (0, exports.num)(start.line),
            column: (0, exports.num)(start.column),
            endLine: (0, exports.num)(end.line),
            endColumn: (0, exports.num)(end.column),
            rule: (0, exports.str)(d.category),
            message: String(d.message ?? d.description ?? ''),
            severity: (0, exports.level)(d.severity),
        };
    });
}
/** oxlint -f json: { diagnostics: [{ message, code: "eslint(no-debugger)", severity, filename, labels: [{ span: { line, column } }], help }] } */
function parseOxlintJson(stdout) {
    const doc = json(stdout, 'oxlint');
    return list(doc, 'diagnostics', 'oxlint').map((d) => {
        const span = (0, exports.obj)((0, exports.obj)(d.labels?.[0]).span);
        const help = (0, exports.str)(d.help);
        return {
            file: (0, exports.str)(d.filename),
            line: (0, exports.num)(span.line),
            column: (0, exports.num)(span.column),
            rule: (0, exports.str)(d.code),
            message: `${String(d.message ?? '')}${help ? ` (${help})` : ''}`,
            severity: (0, exports.level)(d.severity),
        };
    });
}
/** prettier --check: `[warn] file` per unformatted file, `[error] file: SyntaxError: … (3:5)` per unparsable one. */
function parsePrettierCheck(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const err = /^\[error\] ([^:]+): (.*?)(?: \((\d+):(\d+)\))?$/.exec(line);
        if (err) {
            out.push({
                file: err[1],
                line: (0, exports.num)(err[3]),
                column: (0, exports.num)(err[4]),
                rule: 'prettier',
                message: err[2],
                severity: 'error',
            });
            continue;
        }
        const warn = /^\[warn\] (.+)$/.exec(line);
        if (!warn || /^Code style issues|^Forgot to run/.test(warn[1]))
            continue;
        out.push({
            file: warn[1].trim(),
            rule: 'prettier',
            message: 'not formatted by prettier (run prettier --write)',
            severity: 'error',
        });
    }
    return out;
}
/** pylint --output-format=json: [{ type, path, line, column, endLine, endColumn, symbol, message, message-id }] */
function parsePylintJson(stdout) {
    const doc = json(stdout, 'pylint');
    return list(doc, undefined, 'pylint').map((m) => ({
        file: (0, exports.str)(m.path),
        line: (0, exports.num)(m.line),
        // pylint's columns are 0-based.
        column: typeof m.column === 'number' ? m.column + 1 : undefined,
        endLine: (0, exports.num)(m.endLine),
        endColumn: typeof m.endColumn === 'number' ? m.endColumn + 1 : undefined,
        rule: [(0, exports.str)(m['message-id']), (0, exports.str)(m.symbol)].filter(Boolean).join(' ') || undefined,
        message: String(m.message ?? ''),
        severity: m.type === 'info' ? 'notice' : m.type === 'error' || m.type === 'fatal' ? 'error' : 'warning',
    }));
}
/**
 * `--check --diff` of a formatter (black, isort, gofmt -d, ruff format --diff): one finding per
 * file, at the first line the formatter would change (in the file as it is).
 */
function parseDiffCheck(text, tool) {
    const out = [];
    const lines = text.split(/\r?\n/);
    const seen = new Set();
    for (let i = 0; i < lines.length; i++) {
        const from = /^--- (?:a\/)?(.+?)(?::before)?(?:\t.*)?$/.exec(lines[i]);
        if (!from || !/^\+\+\+ /.test(lines[i + 1] ?? ''))
            continue;
        const file = from[1].trim();
        let first;
        for (let j = i + 2; j < lines.length && first === undefined; j++) {
            const h = /^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@/.exec(lines[j]);
            if (!h)
                continue;
            let old = Number(h[1]);
            for (let k = j + 1; k < lines.length && !/^(@@|--- )/.test(lines[k]); k++) {
                if (lines[k].startsWith('-') || lines[k].startsWith('+')) {
                    first = Math.max(1, old);
                    break;
                }
                old++;
            }
        }
        if (seen.has(file))
            continue;
        seen.add(file);
        out.push({
            file,
            line: first,
            rule: tool,
            message: `not formatted as ${tool} wants (first difference here; run ${tool} to fix)`,
            severity: 'error',
        });
    }
    // Without --diff: black's "would reformat x.py", isort's "ERROR: x.py Imports are incorrectly sorted".
    for (const l of lines) {
        const m = /^would reformat (.+)$/.exec(l) ?? /^ERROR: (.+?) Imports are incorrectly sorted/.exec(l);
        if (m && !seen.has(m[1]) && ![...seen].some((s) => m[1].endsWith(s) || s.endsWith(m[1]))) {
            seen.add(m[1]);
            out.push({
                file: m[1],
                rule: tool,
                message: `not formatted as ${tool} wants (run ${tool} to fix)`,
                severity: 'error',
            });
        }
    }
    return out;
}
/** ruff check --output-format=json (documented format): [{ code, message, filename, location: { row, column }, end_location, fix }] */
function parseRuffJson(stdout) {
    const doc = json(stdout, 'ruff');
    return list(doc, undefined, 'ruff').map((m) => {
        const loc = (0, exports.obj)(m.location);
        const end = (0, exports.obj)(m.end_location);
        const edits = (0, exports.obj)(m.fix).edits?.map(exports.obj) ?? [];
        const e = edits.length === 1 ? edits[0] : undefined;
        const eStart = (0, exports.obj)(e?.location);
        const eEnd = (0, exports.obj)(e?.end_location);
        return {
            file: (0, exports.str)(m.filename),
            line: (0, exports.num)(loc.row),
            column: (0, exports.num)(loc.column),
            endLine: (0, exports.num)(end.row),
            endColumn: (0, exports.num)(end.column),
            rule: (0, exports.str)(m.code) ?? 'syntax-error',
            message: String(m.message ?? ''),
            severity: 'error',
            // A whole-line edit can be offered as a suggested change.
            ...(e && (0, exports.num)(eStart.column) === 1 && (0, exports.num)(eEnd.column) === 1 && (0, exports.num)(eStart.row)
                ? { fix: { line: (0, exports.num)(eStart.row), endLine: (0, exports.num)(eEnd.row) - 1, text: String(e.content ?? '') } }
                : {}),
        };
    });
}
/** golangci-lint --out-format json / --output.json.path stdout (documented): { Issues: [{ FromLinter, Text, Severity, Pos: { Filename, Line, Column } }] } */
function parseGolangciJson(stdout) {
    const doc = json(stdout, 'golangci-lint');
    return list(doc, 'Issues', 'golangci-lint').map((m) => {
        const pos = (0, exports.obj)(m.Pos);
        return {
            file: (0, exports.str)(pos.Filename),
            line: (0, exports.num)(pos.Line),
            column: (0, exports.num)(pos.Column),
            rule: (0, exports.str)(m.FromLinter),
            message: String(m.Text ?? ''),
            severity: (0, exports.level)(m.Severity),
        };
    });
}
/** hadolint --format json (documented): [{ code, column, file, level, line, message }] */
function parseHadolintJson(stdout) {
    const doc = json(stdout, 'hadolint');
    return list(doc, undefined, 'hadolint').map((m) => ({
        file: (0, exports.str)(m.file),
        line: (0, exports.num)(m.line),
        column: (0, exports.num)(m.column),
        rule: (0, exports.str)(m.code),
        message: String(m.message ?? ''),
        severity: (0, exports.level)(m.level),
    }));
}
/** actionlint -format '{{json .}}' (documented): [{ message, filepath, line, column, kind, end_column }] */
function parseActionlintJson(stdout) {
    const doc = json(stdout, 'actionlint');
    return list(doc, undefined, 'actionlint').map((m) => ({
        file: (0, exports.str)(m.filepath),
        line: (0, exports.num)(m.line),
        column: (0, exports.num)(m.column),
        endColumn: (0, exports.num)(m.end_column ?? m.endColumn),
        rule: (0, exports.str)(m.kind),
        message: String(m.message ?? ''),
        severity: 'error',
    }));
}


/***/ }),

/***/ 950:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseRdjson = parseRdjson;
const parsers_more_js_1 = __webpack_require__(9835);
/** An rdjson position: 1-based line and column (absent column: the line's start). */
const pos = (p) => ({ line: (0, parsers_more_js_1.num)((0, parsers_more_js_1.obj)(p).line), column: (0, parsers_more_js_1.num)((0, parsers_more_js_1.obj)(p).column) ?? 1 });
/**
 * reviewdog's Diagnostic Format, JSON (rdjson): `{ diagnostics: [{ message, severity, code: { value },
 * location: { path, range: { start, end } }, suggestions: [{ range, text }] }] }` — biome
 * `--reporter=rdjson` writes it, with its fixes as `suggestions` (its `--reporter=json` has none).
 */
function parseRdjson(stdout) {
    return (0, parsers_more_js_1.list)((0, parsers_more_js_1.json)(stdout, 'rdjson'), 'diagnostics', 'rdjson').map((d) => {
        const loc = (0, parsers_more_js_1.obj)(d.location);
        const range = (0, parsers_more_js_1.obj)(loc.range);
        const start = pos(range.start);
        const end = range.end ? pos(range.end) : undefined;
        const edits = (d.suggestions ?? []).map(parsers_more_js_1.obj).flatMap((s) => {
            const r = (0, parsers_more_js_1.obj)(s.range);
            const a = pos(r.start);
            const b = r.end ? pos(r.end) : a;
            return a.line && b.line && typeof s.text === 'string'
                ? [{ line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: s.text }]
                : [];
        });
        return {
            file: (0, parsers_more_js_1.str)(loc.path),
            line: start.line,
            column: start.line ? start.column : undefined,
            endLine: end?.line,
            endColumn: end?.line ? end.column : undefined,
            rule: (0, parsers_more_js_1.str)((0, parsers_more_js_1.obj)(d.code).value),
            message: String(d.message ?? ''),
            // rdjson severities are ERROR, WARNING, INFO (UNKNOWN_SEVERITY: the tool's default, an error).
            severity: (0, parsers_more_js_1.level)(d.severity),
            ...(edits.length ? { fixEdits: edits } : {}),
        };
    });
}


/***/ }),

/***/ 6526:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globMatcher = globMatcher;
exports.wantsChangedOnly = wantsChangedOnly;
exports.planJobs = planJobs;
exports.pickAnnotated = pickAnnotated;
exports.gitRoot = gitRoot;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const git_js_1 = __webpack_require__(7167);
/** A matcher for a check's globs: patterns without '/' match a file's name anywhere. */
function globMatcher(globs) {
    const full = globs.filter((g) => g.includes('/'));
    const base = globs.filter((g) => !g.includes('/'));
    const a = full.length ? (0, picomatch_1.default)(full, { dot: true }) : () => false;
    const b = base.length ? (0, picomatch_1.default)(base, { dot: true, basename: true }) : () => false;
    return (p) => a(p) || b(p);
}
/** Whether this run lints changed files only (`auto`: on PRs, pushes, staged and local runs). */
function wantsChangedOnly(o, ctx) {
    if (o.changedOnly !== 'auto')
        return o.changedOnly === 'true';
    if (o.staged || o.base)
        return true;
    const e = ctx.event;
    return !e.isActions || /^(pull_request|pull_request_target|push|merge_group)$/.test(e.eventName);
}
/** The jobs of this run: each check with the files it gets, or skipped with the reason. */
function planJobs(checks, files, changedOnly) {
    const jobs = [];
    const skipped = [];
    for (const check of checks) {
        if (!check.files) {
            jobs.push({ check, matched: 0 });
            continue;
        }
        const match = globMatcher(check.files);
        const skip = check.exclude?.length ? globMatcher(check.exclude) : () => false;
        const matched = files.filter((f) => match(f) && !skip(f));
        if (matched.length === 0) {
            skipped.push({
                name: check.name,
                status: 'skipped',
                detail: `no ${changedOnly ? 'changed ' : ''}file matches ${check.files.join(', ')}`,
                durationMs: 0,
                files: 0,
                findings: [],
            });
            continue;
        }
        jobs.push({ check, files: check.passFiles ? matched : undefined, matched: matched.length });
    }
    return { jobs, skipped };
}
/** Which findings become annotations. */
function pickAnnotated(findings, mode, lines) {
    if (mode === 'none')
        return new Set();
    if (mode === 'all' || !lines)
        return new Set(findings);
    return new Set(findings.filter((f) => f.file &&
        lines.has(f.file) &&
        (mode === 'changed-files' || (f.line !== undefined && (0, git_js_1.inRanges)(lines.get(f.file), f.line)))));
}
/** The root of the git work tree holding `cwd` (a `.git` up the tree), found without spawning git. */
function gitRoot(cwd, env) {
    if (env.GIT_DIR)
        return env.GIT_WORK_TREE ? (0, node_path_1.resolve)(env.GIT_WORK_TREE) : (0, node_path_1.resolve)(cwd);
    for (let dir = (0, node_path_1.resolve)(cwd);; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, '.git')))
            return dir;
        if ((0, node_path_1.dirname)(dir) === dir)
            return undefined;
    }
}


/***/ }),

/***/ 9374:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.logCheck = logCheck;
exports.publish = publish;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const exec_js_1 = __webpack_require__(2642);
const git_js_1 = __webpack_require__(7167);
const plan_js_1 = __webpack_require__(6526);
const report_js_1 = __webpack_require__(2047);
const review_js_1 = __webpack_require__(9465);
/** A check's log group as it ends: its status, command, output and parse problem. */
function logCheck(ctx, r) {
    const { logger } = ctx;
    logger.startGroup(`${r.name}: ${r.status} in ${(0, report_js_1.seconds)(r.durationMs)}, ${r.findings.length} finding(s)${r.detail ? ` (${r.detail})` : ''}`);
    if (r.command)
        logger.info(`$ ${(0, exec_js_1.formatCommand)(r.command).slice(0, 2000)}${r.command.join(' ').length > 2000 ? ' …' : ''}`);
    if (r.output)
        logger.info(r.output);
    if (r.parseError)
        logger.warning(`${r.name}: ${r.parseError}`);
    logger.endGroup();
}
/** A finding's path from the repository root (annotations and review comments name files so). */
const fromTop = (prefix, file) => (prefix && !(0, node_path_1.isAbsolute)(file) ? `${prefix}/${file}` : file);
/** Every failing finding, plus those `annotate` asks for, becomes an annotation; whole-check failures too. */
function annotate(ctx, prefix, findings, annotated, j) {
    const failing = new Set(j.verdict.failing);
    for (const w of j.verdict.whole)
        ctx.annotations.add({ level: 'error', title: `${w.name} failed as a whole`, message: `${w.name}: ${w.why}` });
    for (const f of findings) {
        if (!annotated.has(f))
            continue;
        ctx.annotations.add({
            level: failing.has(f) || f.severity === 'notice' ? f.severity : 'warning',
            message: failing.has(f) ? f.message : `${f.message} (not counted by the verdict)`,
            title: `${f.check}${f.rule ? `: ${f.rule}` : ''}`,
            file: f.file ? fromTop(prefix, f.file) : f.file,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endLine === f.line ? f.endColumn : undefined,
        });
    }
}
/** The opt-in pull request review: a comment per failing finding on a changed line. */
async function review(o, ctx, scope, j) {
    const r = await (0, review_js_1.postReview)({
        event: ctx.event,
        token: o.token,
        dry: o.dryRun,
        findings: j.verdict.failing
            .filter((f) => f.file && f.line !== undefined && (0, git_js_1.inRanges)(j.lines?.get(f.file), f.line))
            .map((f) => ({ finding: f, path: fromTop(scope.prefix, f.file) })),
        summary: `**Lint gate: ${j.verdict.reason}**`,
        http: { masker: ctx.masker, logger: ctx.logger },
    });
    if (r.kind === 'forbidden' || r.kind === 'failed')
        ctx.logger.warning(r.note);
    return r;
}
/**
 * Everything the gate tells: annotations, the review, the report and SARIF files, the baseline
 * (`shipline lint baseline`), the summary or --json report, and the outputs.
 */
async function publish(a) {
    const { o, ctx, stop, scope, results, judgement: j } = a;
    const { verdict } = j;
    const findings = results.flatMap((r) => r.findings);
    const annotated = new Set([...verdict.failing, ...(0, plan_js_1.pickAnnotated)(findings, o.annotate, j.lines)]);
    if (!o.json)
        annotate(ctx, scope.prefix, findings, annotated, j);
    const reviewed = o.review && !stop.why ? await review(o, ctx, scope, j) : undefined;
    if (reviewed && reviewed.kind !== 'forbidden' && reviewed.kind !== 'failed')
        a.say(reviewed.note);
    const durationMs = ctx.now() - a.start;
    const cancelled = stop.why === 'cancelled';
    const result = cancelled ? 'cancelled' : verdict.result;
    const report = (0, report_js_1.buildReport)({
        result,
        durationMs,
        range: scope.lint || j.failOn !== 'any' ? scope.rangeIfKnown() : undefined,
        changedOnly: scope.lint,
        changedFiles: scope.listed ? scope.files.length : null,
        source: o.source,
        results,
        annotated: o.json ? new Set() : annotated,
        verdict,
        fresh: j.newness?.fresh,
        base: j.newness?.base,
        review: reviewed?.note,
    });
    const reportPath = resolvePath(o.report ?? (0, node_path_1.join)(ctx.tempDir, 'shipline-lint', `report-${process.pid}.json`), ctx.cwd);
    write(reportPath, JSON.stringify(report, null, 2) + '\n');
    if (o.sarif)
        write(resolvePath(o.sarif, ctx.cwd), JSON.stringify((0, report_js_1.toSarif)(results, scope.prefix), null, 2) + '\n');
    if (o.writeBaseline) {
        const { writeBaseline } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 2386));
        const head = scope.root ? await (0, git_js_1.revParse)(scope.gitDeps, 'HEAD') : undefined;
        writeBaseline(resolvePath(o.baseline, ctx.cwd), findings, ctx.cwd, head);
    }
    if (o.json)
        ctx.logger.info(JSON.stringify(report, null, 2));
    else
        ctx.summary.raw((0, report_js_1.gateSummary)(report, results).toString());
    const failure = cancelled
        ? `lint gate cancelled: ${results.filter((r) => r.status === 'cancelled').length} check(s) stopped; ${verdict.reason}`
        : verdict.result === 'failed'
            ? `lint gate failed: ${verdict.reason}`
            : undefined;
    if (!o.json)
        a.say(`lint gate ${result} in ${(0, report_js_1.seconds)(durationMs)}: ${verdict.reason}`);
    const failedChecks = results.filter((r) => verdict.whole.some((w) => w.name === r.name) || verdict.failing.some((f) => f.check === r.name));
    const outputs = {
        result,
        'failed-checks': JSON.stringify(failedChecks.map((r) => r.name)),
        findings: String(findings.length),
        'failing-findings': String(verdict.failing.length),
        'duration-ms': String(durationMs),
        report: reportPath,
    };
    // On the CLI, --json's stdout is the report alone (outputs are in it).
    return { outputs: o.json && ctx.frontDoor === 'cli' ? {} : outputs, failure };
}
function resolvePath(p, cwd) {
    return (0, node_path_1.isAbsolute)(p) ? p : (0, node_path_1.join)(cwd, p);
}
function write(path, text) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    (0, node_fs_1.writeFileSync)(path, text);
}


/***/ }),

/***/ 2047:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.seconds = void 0;
exports.buildReport = buildReport;
exports.gateSummary = gateSummary;
exports.toSarif = toSarif;
const summary_js_1 = __webpack_require__(1363);
const ICON = {
    passed: '✅ passed',
    warned: '⚠️ warned',
    failed: '❌ failed',
    skipped: '⏭️ skipped',
    'timed-out': '⏱️ timed out',
    'over-budget': '⏱️ over budget',
    cancelled: '🚫 cancelled',
    error: '❌ error',
};
const seconds = (ms) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
exports.seconds = seconds;
function buildReport(o) {
    const failing = new Set(o.verdict.failing);
    const below = new Set(o.verdict.below);
    return {
        version: 1,
        result: o.result,
        verdict: {
            failOn: o.verdict.failOn,
            failLevel: o.verdict.failLevel,
            reason: o.verdict.reason,
            failing: o.verdict.failing.length,
            notCounted: o.verdict.notCounted.length,
            wholeChecks: o.verdict.whole,
            base: o.base,
            review: o.review,
        },
        durationMs: o.durationMs,
        range: o.range
            ? { kind: o.range.kind, description: o.range.description, base: o.range.base, head: o.range.head }
            : null,
        changedOnly: o.changedOnly,
        changedFiles: o.changedFiles,
        source: { kind: o.source.kind, file: o.source.file, detections: o.source.detections },
        checks: o.results.map(({ findings, output: _output, ...rest }) => ({ ...rest, findings: findings.length })),
        findings: o.results.flatMap((r) => r.findings.map((f) => ({
            ...f,
            annotated: o.annotated.has(f),
            verdict: failing.has(f) ? 'failing' : below.has(f) ? 'below' : 'not-counted',
            ...(o.fresh ? { new: o.fresh.has(f) } : {}),
        }))),
    };
}
const where = (f) => f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}` : '';
/** Last lines of a failed check's output, when nothing could be parsed from it. */
function tail(output, lines = 30) {
    const all = output.split('\n');
    return (all.length > lines ? [`… ${all.length - lines} lines above, in the log`, ...all.slice(-lines)] : all)
        .join('\n')
        .slice(-8000);
}
/** The job summary: one row per check, the slowest named, and every finding not annotated. */
function gateSummary(report, results, findingsLimit = 500) {
    const s = new summary_js_1.Summary();
    s.heading(`Lint gate: ${report.result === 'passed' ? '✅ passed' : report.result === 'cancelled' ? '🚫 cancelled' : '❌ failed'}`, 2);
    // The verdict's reason leads: what failed (or why nothing did) and under which rules.
    s.paragraph(`**${report.verdict.reason}**`);
    if (report.verdict.review)
        s.paragraph(report.verdict.review + '.');
    const b = report.verdict.base;
    if (b && b.source !== 'not needed')
        s.paragraph(b.source === 'baseline'
            ? `Existing findings: from the baseline \`${b.file}\`.`
            : `Existing findings: the base ${b.commit?.slice(0, 7)} was linted in a git worktree (${b.checks.map((c) => c.name).join(', ') || 'no check'}; ${(0, exports.seconds)(b.durationMs)}). Commit a baseline with \`shipline lint baseline\` to skip this.`);
    const ran = results.filter((r) => r.status !== 'skipped' && r.durationMs > 0);
    const slowest = ran.sort((a, b) => b.durationMs - a.durationMs)[0];
    const scope = report.changedFiles === null
        ? `the whole project (no check picks files${report.range ? `; changes: ${report.range.description}` : ''})`
        : report.changedOnly
            ? `${report.changedFiles} changed file(s) (${report.range?.description ?? 'working tree'})`
            : 'every file';
    s.paragraph(`${results.length} check(s) on ${scope}, in ${(0, exports.seconds)(report.durationMs)}${slowest ? `; slowest: **${slowest.name}** (${(0, exports.seconds)(slowest.durationMs)})` : ''}.`);
    s.table(['check', 'status', 'duration', 'files', 'findings', 'note'], results.map((r) => [
        r.name,
        ICON[r.status],
        r.status === 'skipped' ? '' : (0, exports.seconds)(r.durationMs),
        r.files,
        r.findings.length,
        [r.detail, r.parseError].filter(Boolean).join('; '),
    ]));
    if (report.source.kind === 'detected') {
        const d = report.source.detections ?? [];
        s.details(`Checks detected from the repository (no config): ${d
            .filter((x) => x.picked)
            .map((x) => x.tool)
            .join(', ') || 'none'}`, d.map((x) => `- ${x.picked ? '✅' : '—'} **${x.tool}**: ${x.reason}`).join('\n'));
    }
    else
        s.paragraph(`Checks from ${report.source.kind === 'config' ? `\`${report.source.file}\`` : 'the inline `checks` input'}.`);
    for (const r of results) {
        if ((r.status === 'failed' || r.status === 'warned') && r.findings.length === 0 && r.output)
            s.details(`${r.name}: output (no findings parsed)`, '```\n' + tail(r.output).replace(/```/g, "'''") + '\n```');
    }
    const hidden = report.findings.filter((f) => !f.annotated);
    if (hidden.length) {
        s.heading(`Findings not annotated (${hidden.length}): not counted by the verdict`, 3);
        s.table(['level', 'where', 'check', 'rule', 'message'], hidden.slice(0, findingsLimit).map((f) => [f.severity, where(f), f.check, f.rule ?? '', f.message]));
        if (hidden.length > findingsLimit)
            s.paragraph(`…and ${hidden.length - findingsLimit} more in the report file.`);
    }
    return s;
}
const SARIF_LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/** SARIF 2.1.0, one run per check, for github/codeql-action/upload-sarif. Paths from the repo root (`prefix` = cwd within it). */
function toSarif(results, prefix = '') {
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: results
            .filter((r) => r.status !== 'skipped')
            .map((r) => ({
            tool: {
                driver: {
                    name: r.name,
                    informationUri: 'https://github.com/shipline/shipline',
                    rules: [...new Set(r.findings.map((f) => f.rule).filter(Boolean))].map((id) => ({ id })),
                },
            },
            automationDetails: { id: `shipline-lint/${r.name}/` },
            results: r.findings.map((f) => ({
                ruleId: f.rule ?? `${r.name}`,
                level: SARIF_LEVEL[f.severity],
                message: { text: f.message || '(no message)' },
                ...(f.file
                    ? {
                        locations: [
                            {
                                physicalLocation: {
                                    artifactLocation: {
                                        uri: (prefix && !f.file.startsWith('/') ? `${prefix}/${f.file}` : f.file)
                                            .split('/')
                                            .map(encodeURIComponent)
                                            .join('/'),
                                        uriBaseId: '%SRCROOT%',
                                    },
                                    ...(f.line
                                        ? {
                                            region: {
                                                startLine: f.line,
                                                ...(f.column ? { startColumn: f.column } : {}),
                                                ...(f.endLine ? { endLine: f.endLine } : {}),
                                                ...(f.endColumn ? { endColumn: f.endColumn } : {}),
                                            },
                                        }
                                        : {}),
                                },
                            },
                        ],
                    }
                    : {}),
            })),
        })),
    };
}


/***/ }),

/***/ 9465:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_REVIEW_COMMENTS = void 0;
exports.reviewComment = reviewComment;
exports.postReview = postReview;
const github_rest_js_1 = __webpack_require__(7383);
const http_js_1 = __webpack_require__(1983);
/** Comments per review: past this the review names how many more are in the annotations. */
exports.MAX_REVIEW_COMMENTS = 50;
/** GitHub's limit on a comment body. */
const MAX_BODY = 65_536;
/** One review comment: the finding, and a suggested change where the tool gives a line fix. */
function reviewComment(f, path) {
    let body = `**${f.check}${f.rule ? ` ${f.rule}` : ''}** (${f.severity}): ${f.message}`;
    const c = { path, line: f.line, side: 'RIGHT', body };
    if (f.fix && f.fix.endLine >= f.fix.line) {
        // GitHub replaces the commented lines with the suggestion block's content.
        const text = f.fix.text.replace(/\n$/, '').replace(/```/g, '` ` `');
        body += `\n\n\`\`\`suggestion\n${text}\n\`\`\``;
        c.line = f.fix.endLine;
        if (f.fix.endLine > f.fix.line) {
            c.start_line = f.fix.line;
            c.start_side = 'RIGHT';
        }
    }
    c.body = body.slice(0, MAX_BODY);
    return c;
}
/**
 * reviewdog's github-pr-review: one review on the pull request with a comment per finding
 * (new findings on changed lines, as the caller picks them). A token that cannot write (a
 * fork's pull request) is not a failure: the findings are annotations, and the note says so.
 */
async function postReview(o) {
    const pr = o.event.pullRequest;
    if (!pr?.number || !/^pull_request/.test(o.event.eventName))
        return { kind: 'skipped', note: 'review comments: not a pull request', comments: 0 };
    if (!o.findings.length)
        return { kind: 'skipped', note: 'review comments: no new finding on changed lines', comments: 0 };
    const comments = o.findings.slice(0, exports.MAX_REVIEW_COMMENTS).map((x) => reviewComment(x.finding, x.path));
    const more = o.findings.length - comments.length;
    const body = `${o.summary}${more > 0 ? `\n\n${more} more finding(s) are annotations on the run (a review holds ${exports.MAX_REVIEW_COMMENTS} comments here).` : ''}`;
    if (o.dry)
        return { kind: 'dry-run', note: `review comments: dry run, ${comments.length} comment(s) not posted`, comments: 0 };
    if (!o.token)
        return { kind: 'skipped', note: "review comments: no token (set input 'token')", comments: 0 };
    const url = (0, github_rest_js_1.githubUrl)(o.event.apiUrl, `/repos/${o.event.owner}/${o.event.repo}/pulls/${pr.number}/reviews`);
    const res = await (0, http_js_1.request)({
        url,
        method: 'POST',
        headers: (0, github_rest_js_1.githubHeaders)(o.token, 'shipline-lint-gate', true),
        body: JSON.stringify({ commit_id: pr.headSha || undefined, event: 'COMMENT', body, comments }),
        label: 'GitHub API (create review)',
    }, o.http);
    if (res.status === 401 || res.status === 403 || res.status === 404)
        return {
            kind: 'forbidden',
            note: `review comments not posted (GitHub answered ${res.status}${pr.fromFork ? ': a pull request from a fork gets a read-only token' : ': the token lacks pull-requests: write'}); the findings are annotations instead`,
            comments: 0,
        };
    if (!res.ok)
        return {
            kind: 'failed',
            note: `review comments not posted: GitHub answered ${res.status} ${res.body.slice(0, 200)}; the findings are annotations`,
            comments: 0,
        };
    return { kind: 'posted', note: `review posted with ${comments.length} comment(s)`, comments: comments.length };
}


/***/ }),

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_FINDINGS = exports.Stopper = void 0;
exports.checkEnv = checkEnv;
exports.runCheck = runCheck;
exports.runPool = runPool;
const node_path_1 = __webpack_require__(6760);
const exec_js_1 = __webpack_require__(2642);
const argv_js_1 = __webpack_require__(235);
const bin_js_1 = __webpack_require__(6804);
const leftovers_js_1 = __webpack_require__(5237);
const parse_output_js_1 = __webpack_require__(6786);
const parsers_js_1 = __webpack_require__(6193);
/** One stop for the whole gate (git work, checks, the base run): the first reason wins. */
class Stopper {
    ctl = new AbortController();
    why;
    get signal() {
        return this.ctl.signal;
    }
    halt(r) {
        if (this.why)
            return;
        this.why = r;
        this.ctl.abort(r);
    }
}
exports.Stopper = Stopper;
const STOPPED = {
    budget: { status: 'over-budget', detail: "killed: the gate's budget ran out", before: "the gate's budget ran out" },
    'fail-fast': { status: 'cancelled', detail: 'cancelled by fail-fast', before: 'cancelled by fail-fast' },
    cancelled: { status: 'cancelled', detail: 'killed: the run was cancelled', before: 'the run was cancelled' },
};
/** The environment checks run in: the project's node_modules/.bin first, no colour codes. */
function checkEnv(cwd, env) {
    return {
        ...env,
        PATH: [(0, node_path_1.join)(cwd, 'node_modules', '.bin'), env.PATH ?? ''].filter(Boolean).join(node_path_1.delimiter),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        TERM: 'dumb',
    };
}
/** Output kept per stream: enough for any report, bounded when a tool prints megabytes. */
const MAX_OUTPUT = 16 * 1024 * 1024;
/** How long output may still drain after a check's process exits, before leftovers are killed. */
const LEADER_GRACE_MS = 300;
/** Findings kept per check: past this, a report would be megabytes of the same problem. */
exports.MAX_FINDINGS = 2000;
/**
 * Run one check (its command, or `fix` when `useFix`) on its files, in batches that fit the
 * OS argv limit. Never throws for the check's own problems: they become its status.
 */
async function runCheck(check, files, deps, signal, reason, useFix = false) {
    if (check.builtin)
        return (await __webpack_require__.e(/* import() */ 906).then(__webpack_require__.bind(__webpack_require__, 7906))).runBuiltin(check, deps, signal, useFix);
    const start = deps.now();
    const argvBase = useFix ? check.fix : check.run;
    const program = check.shell ? 'sh' : argvBase[0];
    const groups = files && check.passFiles ? (0, argv_js_1.batches)(files) : [undefined];
    // Every process of this check carries a mark, so what it leaves behind can be found and killed.
    const mark = (0, leftovers_js_1.newMark)();
    const env = { ...checkEnv(deps.cwd, deps.env), [leftovers_js_1.MARK]: mark };
    let leftovers;
    const results = [];
    let command;
    const base = { name: check.name, files: files?.length ?? 0 };
    const before = (0, leftovers_js_1.snapshotProcs)();
    try {
        for (const group of groups) {
            const { command: cmd, args } = (0, argv_js_1.buildArgv)(argvBase, group, check.shell);
            const resolved = check.shell ? cmd : ((0, bin_js_1.findBinary)(cmd, deps.cwd, env) ?? cmd);
            command ??= [cmd, ...args];
            const elapsed = deps.now() - start;
            const timeoutMs = check.timeoutMs ? Math.max(1, check.timeoutMs - elapsed) : undefined;
            // The check ends when its process exits: a background child holding the pipes does not keep it.
            const r = await deps.exec(resolved, args, {
                cwd: deps.cwd,
                env,
                timeoutMs,
                signal,
                maxOutputBytes: MAX_OUTPUT,
                endWithLeaderMs: LEADER_GRACE_MS,
            });
            results.push(r);
            leftovers = (0, leftovers_js_1.killLeftovers)(mark, before) ?? leftovers;
            if (r.timedOut || r.aborted)
                break;
        }
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError) {
            return {
                ...base,
                status: 'error',
                detail: (0, bin_js_1.missingBinaryMessage)(program),
                durationMs: deps.now() - start,
                findings: [],
                command,
            };
        }
        throw e;
    }
    const durationMs = deps.now() - start;
    const stdout = results.map((r) => r.stdout).join('\n');
    const stderr = results.map((r) => r.stderr).join('\n');
    const output = [stdout.trimEnd(), stderr.trimEnd()].filter(Boolean).join('\n');
    const last = results[results.length - 1];
    const failedRun = results.find((r) => r.exitCode !== 0);
    let status;
    let detail;
    if (last.timedOut) {
        status = 'timed-out';
        detail = `killed after its ${Math.round((check.timeoutMs ?? 0) / 100) / 10} s timeout`;
    }
    else if (last.aborted) {
        const stopped = STOPPED[reason() ?? 'budget'];
        status = stopped.status;
        detail = stopped.detail;
    }
    else if (failedRun) {
        status = check.severity === 'warning' ? 'warned' : 'failed';
        detail =
            failedRun.exitCode === null
                ? `ended by signal ${failedRun.signal}`
                : `exit code ${failedRun.exitCode}${failedRun.exitCode === 127 && check.shell ? ' (a command in the script was not found: see the log)' : ''}`;
    }
    else
        status = 'passed';
    let findings = [];
    let parseError;
    if (status !== 'cancelled') {
        try {
            findings = (0, parse_output_js_1.parseOutput)(check.format, stdout, stderr, check.name, deps.cwd);
        }
        catch (e) {
            if (!(e instanceof parsers_js_1.ParseError))
                throw e;
            parseError = `${e.message}; the full output is in the log`;
        }
    }
    if (findings.length > exports.MAX_FINDINGS) {
        parseError = `${findings.length} findings: only the first ${exports.MAX_FINDINGS} are kept (the log has the output)`;
        findings = findings.slice(0, exports.MAX_FINDINGS);
    }
    if (check.severity === 'warning')
        for (const f of findings)
            if (f.severity === 'error')
                f.severity = 'warning';
    const exitCode = failedRun ? failedRun.exitCode : last.exitCode;
    const truncated = results.some((r) => r.truncated);
    return {
        ...base,
        status,
        detail: [detail, truncated && `output over ${MAX_OUTPUT / 1024 / 1024} MiB was cut in the middle`, leftovers]
            .filter(Boolean)
            .join('; ') || undefined,
        durationMs,
        exitCode,
        findings,
        command,
        output,
        parseError,
    };
}
/**
 * Run jobs `parallel` at a time inside one budget. When the budget runs out the running
 * checks are killed (their whole process group) and the rest never start; with fail-fast the
 * first check `failFast` says fails cancels the others the same way.
 */
async function runPool(jobs, deps, o) {
    const results = new Array(jobs.length);
    const { stop } = o;
    // Whole-project checks (tsc, mypy) are usually the slowest: start them first so they
    // don't begin last and set the wall time alone. Results keep the config's order.
    const order = o.order ??
        jobs
            .map((_, i) => i)
            .sort((a, b) => Number(jobs[a].check.passFiles && !!jobs[a].files) - Number(jobs[b].check.passFiles && !!jobs[b].files));
    let next = 0;
    let running = 0;
    const worker = async () => {
        while (next < order.length) {
            const i = order[next++];
            const job = jobs[i];
            if (stop.why) {
                const stopped = STOPPED[stop.why];
                results[i] = {
                    name: job.check.name,
                    status: stopped.status,
                    detail: `not started: ${stopped.before}`,
                    durationMs: 0,
                    files: job.matched,
                    findings: [],
                };
            }
            else {
                running++;
                const r = await runCheck(job.check, job.files, deps, stop.signal, () => stop.why);
                running--;
                r.files = job.matched;
                results[i] = r;
                // The judgement holds this slot (under fail-on new it lints the base: work in its own right).
                // Once every check has ended there is nothing left to cancel.
                if (o.failFast && !stop.why && (await o.failFast(r)) && (running > 0 || next < order.length))
                    stop.halt('fail-fast');
            }
            o.onDone?.(results[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(o.parallel, jobs.length)) }, worker));
    return results;
}


/***/ }),

/***/ 5425:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveFailOn = resolveFailOn;
exports.resolveScope = resolveScope;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const git_js_1 = __webpack_require__(7167);
const git_range_js_1 = __webpack_require__(3111);
const detect_js_1 = __webpack_require__(338);
const plan_js_1 = __webpack_require__(6526);
const report_js_1 = __webpack_require__(2047);
/** fail-on auto: every finding on the default branch and with --all, new ones otherwise. */
function resolveFailOn(o, ctx, lint) {
    if (o.failOn !== 'auto')
        return o.failOn;
    const e = ctx.event;
    if (!lint)
        return 'any';
    if (e.isActions && e.eventName === 'push' && !!e.defaultBranch && e.refName === e.defaultBranch)
        return 'any';
    return 'new';
}
/**
 * Where the run stands: git root, the changed files (or every file), and fail-on. The range
 * costs several git calls: resolved up front only when it picks the files, later only when
 * there are findings to judge or place.
 */
async function resolveScope(o, ctx, stop, say) {
    const changedOnly = (0, plan_js_1.wantsChangedOnly)(o, ctx);
    const root = (0, plan_js_1.gitRoot)(ctx.cwd, ctx.env);
    if (root === undefined && changedOnly) {
        if (o.changedOnly === 'true' || o.staged || o.base)
            throw new errors_js_1.ConfigError(`${(0, errors_js_1.inputLabel)('changed-only', ctx.frontDoor)}: needs a git repository at ${ctx.cwd}; run it in a git checkout, or lint every file (changed-only: false, --all)`);
        say(`${ctx.cwd} is not a git repository: linting every file`);
    }
    // git diff names files from the repository root; checks run (and findings are named) from
    // cwd, which may be a subfolder (`cd services/api && shipline lint`).
    const prefix = root === undefined ? '' : (0, git_js_1.cwdPrefix)(root, ctx.cwd);
    const local = (p) => (0, git_js_1.fromRoot)(p, prefix);
    const gitDeps = { exec: ctx.exec, cwd: root ?? ctx.cwd, logger: ctx.logger, signal: stop.signal };
    let known;
    const range = async () => {
        try {
            return (known ??= await (0, git_range_js_1.resolveDiffRange)({ event: ctx.event, base: o.base, staged: o.staged }, gitDeps));
        }
        catch (e) {
            // A stalled fetch in a shallow clone is killed by the budget: say so, and how to avoid it.
            if (stop.why === 'budget')
                throw new errors_js_1.ConfigError(`the gate's budget (${(0, report_js_1.seconds)(o.budgetMs)}) ran out while git looked for the diff base (${(0, errors_js_1.describeThrown)(e)}); in a shallow clone set \`fetch-depth: 0\` on actions/checkout (or a depth that reaches the base), or raise the budget`);
            throw e;
        }
    };
    if (root !== undefined && changedOnly)
        await range();
    const lint = changedOnly && known !== undefined;
    // No check picks files by glob: every check runs on the whole project, and listing the
    // changed (or all) files would be git work nothing reads, unless the verdict asks for it.
    const listed = o.source.checks.some((c) => c.files);
    let changed;
    let files = [];
    const listChanged = async () => {
        changed ??= await (0, git_js_1.changedFiles)(known, gitDeps);
        return changed
            .filter((f) => f.status !== 'D')
            .map((f) => local(f.path))
            .filter((p) => p !== undefined && (0, node_fs_1.existsSync)((0, node_path_1.join)(ctx.cwd, p)));
    };
    if (lint && listed) {
        files = await listChanged();
        say(`changed files: ${files.length} (${known.description})`);
    }
    else if (lint)
        say(`changes: ${known.description} (no check picks files: each runs on the whole project)`);
    else if (listed)
        files = await (0, detect_js_1.listRepoFiles)(ctx.cwd, ctx.exec);
    let failOn = resolveFailOn(o, ctx, lint);
    if (failOn !== 'any' && root === undefined) {
        say(`not a git repository, so nothing is new or changed: every finding counts (fail-on: any)`);
        failOn = 'any';
    }
    let paths;
    const changedPaths = () => (paths ??= lint && !listed ? listChanged() : Promise.resolve(files));
    return {
        root,
        prefix,
        local,
        gitDeps,
        range,
        rangeIfKnown: () => known,
        lint,
        get changed() {
            return changed;
        },
        files,
        listed,
        changedPaths,
        failOn,
    };
}


/***/ }),

/***/ 7836:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.inScope = inScope;
exports.decide = decide;
const git_js_1 = __webpack_require__(7167);
const RANK = { error: 3, warning: 2, notice: 1 };
const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
function levels(fs) {
    const e = fs.filter((f) => f.severity === 'error').length;
    const w = fs.filter((f) => f.severity === 'warning').length;
    const n = fs.length - e - w;
    const parts = [e && plural(e, 'error'), w && plural(w, 'warning'), n && plural(n, 'notice')].filter(Boolean);
    return parts.length ? ` (${parts.join(', ')})` : '';
}
/** Whether a finding is in the verdict's scope (new, on a changed line, in a changed file, or any). */
function inScope(f, v) {
    switch (v.failOn) {
        case 'any':
            return true;
        case 'changed-files':
            return !v.changed || (!!f.file && v.changed.has(f.file));
        case 'changed-lines':
            return !v.lines || (!!f.file && f.line !== undefined && (0, git_js_1.inRanges)(v.lines.get(f.file), f.line));
        case 'new':
            return !v.fresh || v.fresh.has(f);
    }
}
/** Why a check can only pass or fail as a whole, or undefined when its findings judge it. */
function wholeReason(r, check) {
    if (r.status === 'error' || r.status === 'timed-out' || r.status === 'over-budget')
        return `${r.detail ?? r.status}`;
    if (r.status !== 'failed')
        return undefined;
    if (check?.format === 'text' && !check.builtin)
        return `${r.detail ?? 'failed'}; its output is not parsed into findings (format: text), so it passes or fails as a whole`;
    if (r.parseError)
        return `${r.detail ?? 'failed'}; ${r.parseError}`;
    if (r.findings.length === 0)
        return `${r.detail ?? 'failed'} with no findings parsed from its output (see the log)`;
    return undefined;
}
const NOUN = {
    new: 'new',
    'changed-lines': 'on changed lines',
    'changed-files': 'in changed files',
    any: '',
};
/** Count `n` findings with the verdict's noun: "2 new findings", "3 findings on changed lines". */
function counted(n, failOn) {
    if (failOn === 'new')
        return `${n} new ${n === 1 ? 'finding' : 'findings'}`;
    const w = plural(n, 'finding');
    return NOUN[failOn] ? `${w} ${NOUN[failOn]}` : w;
}
/** The gate's verdict: which findings fail it under fail-on and fail-level, and why, in one line. */
function decide(v) {
    const byName = new Map(v.checks.map((c) => [c.name, c]));
    const failing = [];
    const below = [];
    const notCounted = [];
    const whole = [];
    for (const r of v.results) {
        const check = byName.get(r.name);
        const why = wholeReason(r, check);
        if (why)
            whole.push({ name: r.name, why });
        // A `severity: warning` check is advisory: its findings are reported, never failing.
        const advisory = check?.severity === 'warning';
        for (const f of r.findings) {
            if (!inScope(f, v))
                notCounted.push(f);
            else if (!advisory && RANK[f.severity] >= RANK[v.failLevel])
                failing.push(f);
            else
                below.push(f);
        }
    }
    const parts = [];
    const onLines = v.failOn === 'new' && v.lines
        ? failing.filter((f) => f.file && f.line !== undefined && (0, git_js_1.inRanges)(v.lines.get(f.file), f.line)).length
        : undefined;
    if (failing.length)
        parts.push(`${counted(failing.length, v.failOn)}${levels(failing)}${onLines !== undefined ? `, ${onLines} on changed lines` : ''}`);
    else if (!whole.length || below.length || notCounted.length)
        parts.push(`no ${v.failOn === 'new' ? 'new findings' : `findings${NOUN[v.failOn] ? ` ${NOUN[v.failOn]}` : ''}`}`);
    if (below.length)
        parts.push(`${plural(below.length, 'finding')} below fail-level ${v.failLevel} not counted`);
    if (notCounted.length) {
        const what = v.failOn === 'new' ? 'existing' : v.failOn === 'changed-lines' ? 'off the changed lines' : 'in unchanged files';
        const touched = v.changed ? notCounted.filter((f) => f.file && v.changed.has(f.file)).length : 0;
        parts.push(`${v.failOn === 'new' ? `${notCounted.length} existing ${notCounted.length === 1 ? 'finding' : 'findings'}` : `${plural(notCounted.length, 'finding')} ${what}`}${touched && v.failOn === 'new' ? ` (${touched} in touched files)` : ''} not counted`);
    }
    for (const w of whole)
        parts.push(`${w.name} failed as a whole: ${w.why}`);
    const result = failing.length || whole.length ? 'failed' : 'passed';
    return {
        result,
        failOn: v.failOn,
        failLevel: v.failLevel,
        failing,
        below,
        notCounted,
        whole,
        reason: `${parts.join('; ')} (fail-on: ${v.failOn}, fail-level: ${v.failLevel})`,
    };
}


/***/ })

};
