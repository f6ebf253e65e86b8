export const id = 716;
export const ids = [716];
export const modules = {

/***/ 4864:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pairs = pairs;
exports.secretFile = secretFile;
exports.stubs = stubs;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
// The repeatable flags of `shipline workflow run`: NAME=VALUE pairs, --secret-file, --stub.
function pairs(list, flag) {
    const out = {};
    for (const item of list ?? []) {
        const eq = item.indexOf('=');
        if (eq <= 0)
            throw new errors_js_1.ConfigError(`--${flag} ${item}: use --${flag} NAME=VALUE`);
        out[item.slice(0, eq)] = item.slice(eq + 1);
    }
    return out;
}
/** KEY=value lines (dotenv-like) of --secret-file. */
function secretFile(path) {
    let text;
    try {
        text = (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors_js_1.ConfigError(`--secret-file ${path}: cannot read it`);
    }
    const out = {};
    for (const line of text.split(/\r?\n/)) {
        const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/.exec(line);
        if (m)
            out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
    }
    return out;
}
function stubs(specs, ymls) {
    const map = new Map();
    for (const [action, file] of Object.entries(specs)) {
        let data;
        try {
            data = JSON.parse((0, node_fs_1.readFileSync)(file, 'utf8'));
        }
        catch (e) {
            throw new errors_js_1.ConfigError(`--stub ${action}=${file}: not a readable JSON file (${(0, errors_js_1.describeThrown)(e)})`);
        }
        const outputs = (data.outputs ?? data);
        map.set(action.toLowerCase(), {
            outputs: Object.fromEntries(Object.entries(outputs)
                .filter(([k]) => k !== 'inputs')
                .map(([k, v]) => [k, String(v)])),
            inputs: data.inputs,
            source: file,
        });
    }
    for (const [action, file] of Object.entries(ymls)) {
        const s = map.get(action.toLowerCase());
        if (!s)
            throw new errors_js_1.ConfigError(`--stub-action-yml ${action}: give --stub ${action}=outputs.json too`);
        s.actionYml = (0, node_path_1.resolve)(file);
        s.source += ` + ${file}`;
    }
    return map;
}


/***/ }),

/***/ 3790:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.downloadArtifact = exports.uploadArtifact = void 0;
exports.artifactFiles = artifactFiles;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const tinyglobby_1 = __webpack_require__(7949);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const builtin_kit_js_1 = __webpack_require__(79);
const GLOB = /[*?[\]{}]/;
function majorOf(uses) {
    const m = /@v(\d+)/.exec(uses);
    return m ? Number(m[1]) : 4;
}
/** The search path of a pattern: the part before the first segment with a glob character. */
function searchPath(abs) {
    const parts = abs.split(node_path_1.sep);
    const i = parts.findIndex((p) => GLOB.test(p));
    return i < 0 ? abs : parts.slice(0, i).join(node_path_1.sep) || node_path_1.sep;
}
/** The deepest folder holding every path (upload-artifact's least common ancestor). */
function commonAncestor(paths) {
    const split = paths.map((p) => p.split(node_path_1.sep));
    const first = split[0];
    let n = 0;
    while (n < first.length && split.every((s) => s[n] === first[n]))
        n++;
    return first.slice(0, n).join(node_path_1.sep) || node_path_1.sep;
}
/** The files an upload-artifact `path:` names (globs, ! exclusions, hidden files left out by default). */
function artifactFiles(workspace, pathInput, includeHidden) {
    const lines = pathInput
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    const include = lines.filter((l) => !l.startsWith('!')).map((l) => ((0, node_path_1.isAbsolute)(l) ? l : (0, node_path_1.resolve)(workspace, l)));
    const exclude = lines.filter((l) => l.startsWith('!')).map((l) => (0, node_path_1.resolve)(workspace, l.slice(1)));
    const files = new Set();
    const searchPaths = [];
    for (const p of include) {
        const sp = searchPath(p);
        if (!GLOB.test(p)) {
            if (!(0, node_fs_1.existsSync)(p))
                continue;
            searchPaths.push((0, node_fs_1.statSync)(p).isDirectory() ? p : p);
            if ((0, node_fs_1.statSync)(p).isDirectory())
                for (const f of (0, tinyglobby_1.globSync)('**/*', { cwd: p, dot: true, absolute: true, onlyFiles: true }))
                    files.add((0, node_path_1.resolve)(f));
            else
                files.add(p);
        }
        else {
            const found = (0, tinyglobby_1.globSync)((0, node_path_1.relative)(sp, p) || '**', { cwd: sp, dot: true, absolute: true, onlyFiles: true });
            if (found.length)
                searchPaths.push(sp);
            for (const f of found)
                files.add((0, node_path_1.resolve)(f));
        }
    }
    const excluded = exclude.length ? (0, picomatch_1.default)(exclude, { dot: true }) : () => false;
    let list = [...files].filter((f) => !excluded(f));
    if (!includeHidden)
        list = list.filter((f) => !(0, node_path_1.relative)(workspace, f)
            .split(node_path_1.sep)
            .some((s) => s.startsWith('.') && s !== '.' && s !== '..') || !f.startsWith(workspace));
    if (!list.length)
        return { root: workspace, files: [] };
    let root;
    if (searchPaths.length === 1)
        root =
            (0, node_fs_1.existsSync)(searchPaths[0]) && (0, node_fs_1.statSync)(searchPaths[0]).isDirectory() ? searchPaths[0] : (0, node_path_1.dirname)(searchPaths[0]);
    else
        root = commonAncestor(searchPaths.map((p) => ((0, node_fs_1.existsSync)(p) && (0, node_fs_1.statSync)(p).isDirectory() ? p : (0, node_path_1.dirname)(p))));
    return { root, files: list.sort() };
}
const uploadArtifact = async (c) => {
    if (majorOf(c.uses) < 4)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: only v4 of upload-artifact is implemented (v3 is retired on GitHub)`);
    const name = c.with.name || 'artifact';
    if (!c.with.path)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: Input required and not supplied: path`);
    if (/[":<>|*?\r\n\\/]/.test(name))
        return (0, builtin_kit_js_1.fail)(`${c.where}: The artifact name is not valid: ${name}. Contains the following character: one of " : < > | * ? \\r \\n \\ /`);
    const { root, files } = artifactFiles(c.leg.workspace, c.with.path, c.with['include-hidden-files'] === 'true');
    const ifNone = c.with['if-no-files-found'] || 'warn';
    if (!files.length) {
        const msg = `No files were found with the provided path: ${c.with.path.trim().replace(/\n/g, ', ')}. No artifacts will be uploaded.`;
        if (ifNone === 'error')
            return (0, builtin_kit_js_1.fail)(msg);
        (0, builtin_kit_js_1.say)(c, ifNone === 'warn' ? `warning: ${msg}` : msg);
        return (0, builtin_kit_js_1.ok)();
    }
    const dir = (0, node_path_1.join)(c.leg.state.artifactsDir, name);
    if ((0, node_fs_1.existsSync)(dir)) {
        if (c.with.overwrite !== 'true')
            return (0, builtin_kit_js_1.fail)(`Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run`);
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    for (const f of files)
        (0, node_fs_1.cpSync)(f, (0, node_path_1.join)(dir, 'files', (0, node_path_1.relative)(root, f)));
    const id = String(++c.leg.state.seq);
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'artifact.json'), JSON.stringify({ id, name, files: files.length, root: (0, node_path_1.relative)(c.leg.workspace, root) || '.' }));
    (0, builtin_kit_js_1.say)(c, `artifact ${name}: ${files.length} file(s) rooted at ${(0, node_path_1.relative)(c.leg.workspace, root) || '.'}`);
    return (0, builtin_kit_js_1.ok)({ 'artifact-id': id, 'artifact-url': `${c.leg.state.runId}/artifacts/${id}` });
};
exports.uploadArtifact = uploadArtifact;
const downloadArtifact = async (c) => {
    if (majorOf(c.uses) < 4)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: only v4 of download-artifact is implemented`);
    const base = (0, node_path_1.resolve)(c.leg.workspace, c.with.path || '.');
    const store = c.leg.state.artifactsDir;
    const all = (0, node_fs_1.existsSync)(store) ? (0, node_fs_1.readdirSync)(store).sort() : [];
    if (c.with.name) {
        if (!all.includes(c.with.name))
            return (0, builtin_kit_js_1.fail)(`Unable to download artifact(s): Artifact not found for name: ${c.with.name}`);
        (0, node_fs_1.cpSync)((0, node_path_1.join)(store, c.with.name, 'files'), base, { recursive: true });
        (0, builtin_kit_js_1.say)(c, `artifact ${c.with.name} → ${(0, node_path_1.relative)(c.leg.workspace, base) || '.'}`);
        return (0, builtin_kit_js_1.ok)({ 'download-path': base });
    }
    const match = c.with.pattern ? (0, picomatch_1.default)(c.with.pattern) : () => true;
    const chosen = all.filter((n) => match(n));
    const merge = c.with['merge-multiple'] === 'true';
    for (const n of chosen)
        (0, node_fs_1.cpSync)((0, node_path_1.join)(store, n, 'files'), merge ? base : (0, node_path_1.join)(base, n), { recursive: true });
    (0, builtin_kit_js_1.say)(c, `${chosen.length} artifact(s)${c.with.pattern ? ` matching ${c.with.pattern}` : ''} → ${(0, node_path_1.relative)(c.leg.workspace, base) || '.'}${merge ? ' (merged)' : ''}`);
    (0, node_fs_1.mkdirSync)(base, { recursive: true });
    return (0, builtin_kit_js_1.ok)({ 'download-path': base });
};
exports.downloadArtifact = downloadArtifact;


/***/ }),

/***/ 1524:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.nextAttempt = nextAttempt;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
/**
 * The next run in `out` (runs.json keeps the last one), or with `rerun` the last run again as
 * GitHub's "Re-run all jobs" makes it: the same run id and number, run_attempt one higher, and the
 * run's artifacts from the earlier attempts still there (an upload of the same name fails
 * unless it says overwrite: true).
 */
function nextAttempt(out, rerun) {
    const counter = (0, node_path_1.join)(out, 'runs.json');
    const last = (0, node_fs_1.existsSync)(counter)
        ? JSON.parse((0, node_fs_1.readFileSync)(counter, 'utf8'))
        : undefined;
    let next;
    if (rerun) {
        if (!last?.runId)
            throw new errors_js_1.ConfigError(`--rerun: no earlier run in ${out} to re-run; run once without --rerun (same --out)`);
        next = { runNumber: last.last, runId: last.runId, attempt: (last.attempt ?? 1) + 1 };
    }
    else
        next = { runNumber: (last?.last ?? 0) + 1, runId: String(Date.now()), attempt: 1 };
    (0, node_fs_1.writeFileSync)(counter, JSON.stringify({ last: next.runNumber, runId: next.runId, attempt: next.attempt }));
    return next;
}


/***/ }),

/***/ 79:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.say = exports.fail = exports.ok = void 0;
exports.builtinKey = builtinKey;
/** `actions/cache/restore@v4` → `actions/cache/restore`; versions below the supported major are refused in the call. */
function builtinKey(uses) {
    return uses.split('@')[0].toLowerCase();
}
const ok = (outputs = {}) => ({ ok: true, errors: [], outputs });
exports.ok = ok;
const fail = (msg) => ({ ok: false, errors: [msg], outputs: {} });
exports.fail = fail;
const say = (c, line) => c.leg.state.opts.print(`${c.sc.indent}    ${line}`);
exports.say = say;


/***/ }),

/***/ 2761:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUILTINS = exports.builtinKey = void 0;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const builtin_kit_js_1 = __webpack_require__(79);
const artifacts_js_1 = __webpack_require__(3790);
const cache_js_1 = __webpack_require__(1607);
var builtin_kit_js_2 = __webpack_require__(79);
Object.defineProperty(exports, "builtinKey", ({ enumerable: true, get: function () { return builtin_kit_js_2.builtinKey; } }));
function git(cwd, args) {
    return (0, node_child_process_1.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
/** actions/checkout: a clone of a local repository at the ref (path, fetch-depth, persist-credentials). */
const checkout = async (c) => {
    const g = c.leg.contexts.github;
    const repository = c.with.repository || g.repository;
    const src = c.leg.state.repoPath(repository);
    if (!src)
        return (0, builtin_kit_js_1.fail)(`${c.where}: actions/checkout: repository ${repository} is not available locally; map it with --repo ${repository}=PATH`);
    const own = repository.toLowerCase() === String(g.repository).toLowerCase();
    // Default ref: the event's (a branch push checks that branch out at github.sha).
    let want = c.with.ref || (own ? (String(g.ref).startsWith('refs/heads/') ? String(g.ref) : g.sha) : '');
    let sha;
    try {
        sha = own && !c.with.ref ? g.sha : git(src, ['rev-parse', '--verify', '--quiet', `${want || 'HEAD'}^{commit}`]);
    }
    catch {
        try {
            sha = git(src, ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${want}^{commit}`]);
        }
        catch {
            return (0, builtin_kit_js_1.fail)(`${c.where}: actions/checkout: ref '${want}' is not in ${repository} (${src})`);
        }
    }
    if (!want)
        want = git(src, ['symbolic-ref', '--short', '-q', 'HEAD']) || sha;
    const dest = (0, node_path_1.resolve)(c.leg.workspace, c.with.path || '.');
    if (!dest.startsWith(c.leg.workspace))
        return (0, builtin_kit_js_1.fail)(`${c.where}: actions/checkout: path '${c.with.path}' is outside the workspace`);
    (0, node_fs_1.mkdirSync)(dest, { recursive: true });
    for (const f of (0, node_fs_1.readdirSync)(dest))
        (0, node_fs_1.rmSync)((0, node_path_1.resolve)(dest, f), { recursive: true, force: true });
    const depth = Number(c.with['fetch-depth'] ?? '1');
    // A local clone shares the source's objects (instant); fetch-depth N is then made exact by
    // marking the commits N deep as shallow, which is what a depth-N fetch leaves behind.
    git(dest, ['clone', '-q', '--shared', '--no-checkout', src, '.']);
    if (depth > 0) {
        const kept = git(src, ['rev-list', `--max-count=${depth}`, sha]).split('\n');
        const edge = kept.filter((c) => git(src, ['rev-list', '--parents', '-n', '1', c])
            .split(' ')
            .slice(1)
            .some((p) => !kept.includes(p)));
        if (edge.length)
            (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dest, '.git', 'shallow'), edge.join('\n') + '\n');
    }
    const branch = /^[0-9a-f]{40}$/.test(want) ? '' : want.replace(/^refs\/heads\//, '');
    if (branch && !branch.startsWith('refs/'))
        git(dest, ['checkout', '-q', '--force', '-B', branch, sha]);
    else
        git(dest, ['checkout', '-q', '--force', '--detach', sha]);
    if ((c.with['persist-credentials'] ?? 'true') !== 'false' && c.with.token) {
        c.leg.state.opts.masker.add(c.with.token);
        const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${c.with.token}`).toString('base64')}`;
        c.leg.state.opts.masker.add(header.slice(21));
        git(dest, ['config', '--local', 'http.https://github.com/.extraheader', header]);
        c.leg.post.push({
            name: 'Post checkout',
            run: async () => {
                if ((0, node_fs_1.existsSync)(dest))
                    git(dest, ['config', '--local', '--unset-all', 'http.https://github.com/.extraheader']);
                return true;
            },
        });
    }
    (0, builtin_kit_js_1.say)(c, `checked out ${repository}@${sha.slice(0, 12)}${depth > 0 ? ` (depth ${depth})` : ' (full history)'} into ${c.with.path || '.'}`);
    return (0, builtin_kit_js_1.ok)({ ref: want, commit: sha });
};
function hostVersion(cmd, args, pattern) {
    try {
        return pattern.exec((0, node_child_process_1.execFileSync)(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))?.[1];
    }
    catch {
        return undefined;
    }
}
/** setup-node/python/go: no download; the host's version is used, and said so. */
function setup(tool, input, cmd, args, pattern, output) {
    return async (c) => {
        const wanted = c.with[input] || '';
        const have = hostVersion(cmd, args, pattern);
        if (!have)
            return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: ${tool} is not installed on this machine (shipline workflow run downloads nothing)`);
        const matches = !wanted || have === wanted || have.startsWith(`${wanted.replace(/\.x$/, '')}.`);
        (0, builtin_kit_js_1.say)(c, `${tool} ${have} from this machine${wanted ? ` (asked for ${wanted}${matches ? '' : ': a different version, used anyway'})` : ''}`);
        if (c.with.cache)
            (0, builtin_kit_js_1.say)(c, `${input.replace('-version', '')} package cache '${c.with.cache}' not set up locally`);
        return (0, builtin_kit_js_1.ok)({ [output]: have });
    };
}
exports.BUILTINS = {
    'actions/checkout': checkout,
    'actions/upload-artifact': artifacts_js_1.uploadArtifact,
    'actions/download-artifact': artifacts_js_1.downloadArtifact,
    'actions/cache': async (c) => {
        const r = await (0, cache_js_1.cacheRestore)(c);
        if (r.ok && r.outputs['cache-hit'] !== 'true')
            c.leg.post.push({ name: 'Post cache', run: async () => (await (0, cache_js_1.cacheSave)({ ...c, with: { ...c.with } })).ok });
        return r;
    },
    'actions/cache/restore': cache_js_1.cacheRestore,
    'actions/cache/save': cache_js_1.cacheSave,
    'actions/setup-node': setup('node', 'node-version', process.execPath, ['--version'], /v(\d+\.\d+\.\d+)/, 'node-version'),
    'actions/setup-python': setup('python', 'python-version', 'python3', ['--version'], /Python (\d+\.\d+\.\d+)/, 'python-version'),
    'actions/setup-go': setup('go', 'go-version', 'go', ['version'], /go(\d+\.\d+(?:\.\d+)?)/, 'go-version'),
};


/***/ }),

/***/ 1607:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.cacheRestore = cacheRestore;
exports.cacheSave = cacheSave;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(4296);
const node_path_1 = __webpack_require__(6760);
const node_os_1 = __webpack_require__(8161);
const tinyglobby_1 = __webpack_require__(7949);
const builtin_kit_js_1 = __webpack_require__(79);
const lines = (s) => (s ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
/** Caches are versioned by their paths (and compression): another path list never matches. */
const versionOf = (paths) => (0, node_crypto_1.createHash)('sha256')
    .update([...paths, 'zstd'].join('|'))
    .digest('hex');
function scopes(c) {
    const g = c.leg.contexts.github;
    const event = (g.event ?? {});
    const own = String(g.ref);
    const list = [own];
    if (g.base_ref)
        list.push(`refs/heads/${g.base_ref}`);
    const dflt = event.repository?.default_branch;
    if (dflt)
        list.push(`refs/heads/${dflt}`);
    return [...new Set(list)];
}
function entries(c) {
    const root = c.leg.state.cacheDir;
    if (!(0, node_fs_1.existsSync)(root))
        return [];
    return (0, node_fs_1.readdirSync)(root)
        .map((d) => (0, node_path_1.join)(root, d, 'cache.json'))
        .filter((f) => (0, node_fs_1.existsSync)(f))
        .map((f) => ({ ...JSON.parse((0, node_fs_1.readFileSync)(f, 'utf8')), dir: (0, node_path_1.join)(f, '..') }));
}
function resolvePath(ws, p) {
    if (p.startsWith('~'))
        return (0, node_path_1.join)((0, node_os_1.homedir)(), p.slice(1));
    return (0, node_path_1.isAbsolute)(p) ? p : (0, node_path_1.resolve)(ws, p);
}
/** Where a cached file goes back: workspace-relative paths keep their place. */
const stored = (ws, f) => (f.startsWith(ws + '/') ? (0, node_path_1.join)('ws', (0, node_path_1.relative)(ws, f)) : (0, node_path_1.join)('abs', f));
async function cacheRestore(c) {
    const key = c.with.key;
    const paths = lines(c.with.path);
    if (!key)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: Input required and not supplied: key`);
    if (!paths.length)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: Input required and not supplied: path`);
    const version = versionOf(paths);
    const all = entries(c).filter((e) => e.version === version);
    const order = scopes(c);
    const keys = [key, ...lines(c.with['restore-keys'])];
    let hit;
    search: for (let i = 0; i < keys.length; i++)
        for (const scope of order) {
            const inScope = all.filter((e) => e.scope === scope).sort((a, b) => b.created - a.created);
            hit = i === 0 ? inScope.find((e) => e.key === keys[i]) : inScope.find((e) => e.key.startsWith(keys[i]));
            if (hit)
                break search;
        }
    if (!hit) {
        (0, builtin_kit_js_1.say)(c, `Cache not found for input keys: ${keys.join(', ')}`);
        if (c.with['fail-on-cache-miss'] === 'true')
            return (0, builtin_kit_js_1.fail)(`Failed to restore cache entry. Exiting as fail-on-cache-miss is set. Input key: ${key}`);
        return (0, builtin_kit_js_1.ok)({ 'cache-hit': 'false', 'cache-primary-key': key, 'cache-matched-key': '' });
    }
    if (c.with['lookup-only'] !== 'true') {
        const ws = c.leg.workspace;
        const files = (0, node_path_1.join)(hit.dir, 'files');
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(files, 'ws')))
            (0, node_fs_1.cpSync)((0, node_path_1.join)(files, 'ws'), ws, { recursive: true });
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(files, 'abs')))
            (0, node_fs_1.cpSync)((0, node_path_1.join)(files, 'abs'), '/', { recursive: true });
    }
    const exact = hit.key === key;
    (0, builtin_kit_js_1.say)(c, `Cache restored from key: ${hit.key}${hit.scope !== order[0] ? ` (scope ${hit.scope})` : ''}`);
    return (0, builtin_kit_js_1.ok)({ 'cache-hit': String(exact), 'cache-primary-key': key, 'cache-matched-key': hit.key });
}
async function cacheSave(c) {
    const key = c.with.key;
    const paths = lines(c.with.path);
    if (!key)
        return (0, builtin_kit_js_1.fail)(`${c.where}: ${c.uses}: Input required and not supplied: key`);
    const version = versionOf(paths);
    const scope = scopes(c)[0];
    if (entries(c).some((e) => e.key === key && e.version === version && e.scope === scope)) {
        (0, builtin_kit_js_1.say)(c, `warning: Failed to save: Unable to reserve cache with key ${key}, another job may be creating this cache.`);
        return (0, builtin_kit_js_1.ok)();
    }
    const ws = c.leg.workspace;
    const files = new Set();
    for (const p of paths) {
        const abs = resolvePath(ws, p);
        if ((0, node_fs_1.existsSync)(abs) && (0, node_fs_1.statSync)(abs).isFile())
            files.add(abs);
        else if ((0, node_fs_1.existsSync)(abs))
            for (const f of (0, tinyglobby_1.globSync)('**/*', { cwd: abs, dot: true, absolute: true }))
                files.add(f);
        else
            for (const f of (0, tinyglobby_1.globSync)(p, { cwd: ws, dot: true, absolute: true }))
                files.add(f);
    }
    if (!files.size) {
        (0, builtin_kit_js_1.say)(c, 'warning: Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved.');
        return (0, builtin_kit_js_1.ok)();
    }
    const dir = (0, node_path_1.join)(c.leg.state.cacheDir, (0, node_crypto_1.createHash)('sha256').update(`${scope}\n${key}\n${version}`).digest('hex').slice(0, 24));
    // actions/cache never fails a job on a save it cannot make (a file gone mid-copy, one it
    // cannot archive): it warns "Failed to save" and saves nothing.
    try {
        (0, node_fs_1.mkdirSync)((0, node_path_1.join)(dir, 'files'), { recursive: true });
        for (const f of files)
            (0, node_fs_1.cpSync)(f, (0, node_path_1.join)(dir, 'files', stored(ws, f)));
    }
    catch (e) {
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        (0, builtin_kit_js_1.say)(c, `warning: Failed to save: ${(0, errors_js_1.describeThrown)(e)}`);
        return (0, builtin_kit_js_1.ok)();
    }
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(dir, 'cache.json'), JSON.stringify({ key, version, created: Date.now(), scope }));
    (0, builtin_kit_js_1.say)(c, `Cache saved with key: ${key} (${files.size} file(s), scope ${scope})`);
    return (0, builtin_kit_js_1.ok)();
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callInputs = callInputs;
exports.callWorkflow = callWorkflow;
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
const load_js_1 = __webpack_require__(7673);
const called_js_1 = __webpack_require__(3036);
const permissions_js_1 = __webpack_require__(5737);
/** Inputs of workflow_call: declared types, defaults and required, as GitHub checks them. */
function callInputs(decl, given, scope, where, uses) {
    const out = {};
    for (const k of Object.keys(given))
        if (!(k in decl))
            throw new errors_js_1.ConfigError(`${where}: Invalid input, ${k} is not defined in the referenced workflow (${uses})`);
    for (const [name, specNode] of Object.entries(decl)) {
        const spec = (specNode && typeof specNode === 'object' && !Array.isArray(specNode) && !(specNode instanceof load_js_1.ExprNode)
            ? specNode
            : {});
        const type = (0, expr_js_1.toText)(spec.type) || 'string';
        let v = given[name];
        if (v === undefined) {
            if (spec.required === true && spec.default === undefined)
                throw new errors_js_1.ConfigError(`${where}: Input ${name} is required, but not provided while calling ${uses}`);
            v =
                spec.default !== undefined
                    ? (0, expr_js_1.evalNode)(spec.default, scope)
                    : type === 'boolean'
                        ? false
                        : type === 'number'
                            ? 0
                            : '';
        }
        if (type === 'boolean') {
            if (typeof v !== 'boolean') {
                if (v === 'true' || v === 'false')
                    v = v === 'true';
                else
                    throw new errors_js_1.ConfigError(`${where}: input '${name}' of ${uses} has type boolean; got ${JSON.stringify(v)}`);
            }
        }
        else if (type === 'number') {
            const num = typeof v === 'number' ? v : v === '' ? 0 : Number(v);
            if (Number.isNaN(num))
                throw new errors_js_1.ConfigError(`${where}: input '${name}' of ${uses} has type number; got ${JSON.stringify(v)}`);
            v = num;
        }
        else
            v = (0, expr_js_1.toText)(v);
        out[name] = v;
    }
    return out;
}
async function callWorkflow(state, frame, name, job, scope, where, runWorkflow) {
    const uses = job.uses;
    try {
        const called = await (0, called_js_1.loadCalled)(state, frame, uses, where);
        const call = (0, load_js_1.mapAt)((0, load_js_1.mapAt)(called.wf.root, 'on') ?? {}, 'workflow_call') ?? {};
        const given = (0, expr_js_1.evalNode)(job.with, scope);
        const inputs = callInputs((0, load_js_1.mapAt)(call, 'inputs') ?? {}, (given && typeof given === 'object' && !Array.isArray(given) ? given : {}), { ...scope, file: called.wf.file }, where, uses);
        let secrets = {};
        if (job.secrets === 'inherit')
            secrets = { ...frame.secrets };
        else {
            const s = (0, expr_js_1.evalNode)(job.secrets, { ...scope, contexts: { ...scope.contexts, secrets: frame.secrets } });
            if (s && typeof s === 'object' && !Array.isArray(s))
                for (const [k, v] of Object.entries(s))
                    secrets[k] = (0, expr_js_1.toText)(v);
            for (const [k, v] of Object.entries((0, load_js_1.mapAt)(call, 'secrets') ?? {}))
                if (v && typeof v === 'object' && v.required === true && !secrets[k])
                    throw new errors_js_1.ConfigError(`${where}: Secret ${k} is required, but not provided while calling ${uses}`);
        }
        secrets.GITHUB_TOKEN = frame.secrets.GITHUB_TOKEN ?? '';
        const granted = (0, permissions_js_1.permissionsOf)(job.permissions instanceof load_js_1.ExprNode ? undefined : job.permissions) ??
            (0, permissions_js_1.permissionsOf)(frame.wf.root.permissions) ??
            frame.granted;
        const child = {
            ...called,
            inputs,
            secrets,
            prefix: `${frame.prefix}${name} / `,
            granted,
            depth: frame.depth + 1,
        };
        const run = await runWorkflow(state, child);
        const outputs = {};
        const jobsCtx = {};
        for (const [k, o] of Object.entries(run.jobs))
            jobsCtx[k] = { result: o.result, outputs: o.outputs };
        for (const [k, spec] of Object.entries((0, load_js_1.mapAt)(call, 'outputs') ?? {}))
            if (spec && typeof spec === 'object' && 'value' in spec)
                outputs[k] = (0, expr_js_1.evalText)(spec.value, {
                    file: called.wf.file,
                    contexts: { ...scope.contexts, inputs, jobs: jobsCtx },
                });
        return { result: run.result, outputs };
    }
    catch (e) {
        state.opts.print(`✗ ${frame.prefix}${name}: ${e.message}`);
        return { result: 'failure', outputs: {} };
    }
}


/***/ }),

/***/ 3036:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.needsOf = exports.StartupFailure = void 0;
exports.jobsOf = jobsOf;
exports.loadCalled = loadCalled;
exports.preflight = preflight;
const node_child_process_1 = __webpack_require__(1421);
const errors_js_1 = __webpack_require__(4296);
const load_js_1 = __webpack_require__(7673);
const node_js_1 = __webpack_require__(81);
const permissions_js_1 = __webpack_require__(5737);
class StartupFailure extends Error {
}
exports.StartupFailure = StartupFailure;
/** Job keys that need what a local run does not have: refused, never skipped silently. */
const UNSUPPORTED = ['container', 'services'];
const needsOf = (job) => typeof job.needs === 'string' ? [job.needs] : Array.isArray(job.needs) ? job.needs : [];
exports.needsOf = needsOf;
function jobsOf(wf) {
    return ((0, node_js_1.mapAt)(wf.root, 'jobs') ?? {});
}
/** Read a file of a repository at a commit. */
function gitShow(repoPath, sha, path) {
    return (0, node_child_process_1.execFileSync)('git', ['show', `${sha}:${path}`], {
        cwd: repoPath,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
    });
}
/** Where a reusable workflow lives: `./path` in the calling workflow's repository at its commit, or OWNER/REPO/path@ref. */
async function loadCalled(state, frame, uses, where) {
    let repoName = frame.repoName;
    let repoPath = frame.repoPath;
    let sha = frame.sha;
    let ref = frame.ref;
    let path;
    if (uses.startsWith('./'))
        path = uses.slice(2);
    else {
        const m = /^([^/]+\/[^/]+)\/(.+)@(.+)$/.exec(uses);
        if (!m)
            throw new errors_js_1.ConfigError(`${where}: uses: ${uses} is not ./path or OWNER/REPO/path@ref`);
        repoName = m[1];
        ref = m[3];
        const p = state.repoPath(repoName);
        if (!p)
            throw new errors_js_1.ConfigError(`${where}: uses: ${uses}: repository ${repoName} is not available locally; map it with --repo ${repoName}=PATH`);
        repoPath = p;
        path = m[2];
        try {
            sha = (0, node_child_process_1.execFileSync)('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
                cwd: repoPath,
                encoding: 'utf8',
            }).trim();
        }
        catch {
            throw new errors_js_1.ConfigError(`${where}: uses: ${uses}: ref ${ref} is not in ${repoPath}`);
        }
    }
    let text;
    try {
        text = gitShow(repoPath, sha, path);
    }
    catch {
        throw new errors_js_1.ConfigError(`${where}: uses: ${uses}: ${path} is not in ${repoName} at ${sha.slice(0, 12)}`);
    }
    const wf = await (0, load_js_1.loadWorkflow)(path, uses.startsWith('./') ? path : `${repoName}/${path}@${ref}`, text);
    if (!(0, node_js_1.mapAt)((0, node_js_1.mapAt)(wf.root, 'on') ?? {}, 'workflow_call') &&
        !(Array.isArray(wf.root.on) && wf.root.on.includes('workflow_call')) &&
        wf.root.on !== 'workflow_call')
        throw new errors_js_1.ConfigError(`${where}: ${uses} is not a reusable workflow (no on: workflow_call)`);
    return { wf, repoName, repoPath, sha, ref, filePath: path };
}
/**
 * Before anything runs, as GitHub does: load every reusable workflow the run can reach and
 * check that no called job asks for more permissions than its caller grants.
 */
async function preflight(state, frame) {
    const wfPerms = (0, permissions_js_1.permissionsOf)(evalStatic(frame.wf.root.permissions));
    for (const [id, job] of Object.entries(jobsOf(frame.wf))) {
        for (const key of UNSUPPORTED)
            if (job[key] !== undefined)
                throw new errors_js_1.ConfigError(`${frame.wf.file}:${(0, node_js_1.keyLine)(job, key)}: jobs.${id}.${key}: ${key === 'container' ? 'a job container needs' : 'service containers need'} Docker, and shipline workflow run runs no containers; run the job on GitHub or drop ${key}: for local runs`);
        const asked = (0, permissions_js_1.permissionsOf)(evalStatic(job.permissions)) ?? wfPerms;
        const where = `${frame.wf.file}:${(0, node_js_1.lineOf)(job)}`;
        if (frame.depth > 0) {
            const bad = (0, permissions_js_1.excess)(asked, frame.granted, id);
            if (bad)
                throw new StartupFailure(`${where}: Error calling workflow '${frame.repoName}/${frame.filePath}@${frame.ref}'. ${bad}`);
        }
        if (typeof job.uses === 'string') {
            const called = await loadCalled(state, frame, job.uses, where);
            const granted = asked ?? frame.granted;
            await preflight(state, { ...called, inputs: {}, secrets: {}, prefix: '', granted, depth: frame.depth + 1 });
        }
    }
}
function evalStatic(v) {
    if (v === undefined || v instanceof node_js_1.ExprNode)
        return undefined;
    return v;
}


/***/ }),

/***/ 9716:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.u_ = void 0;
exports.workflowCommand = workflowCommand;
__webpack_unused_export__ = runFromOptions;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const node_util_1 = __webpack_require__(7975);
const node_child_process_1 = __webpack_require__(1421);
const node_crypto_1 = __webpack_require__(7598);
const errors_js_1 = __webpack_require__(4296);
const mask_js_1 = __webpack_require__(9239);
const events_js_1 = __webpack_require__(9236);
const load_js_1 = __webpack_require__(7673);
const engine_js_1 = __webpack_require__(5879);
const call_js_1 = __webpack_require__(9317);
const args_js_1 = __webpack_require__(4864);
const attempt_js_1 = __webpack_require__(1524);
const concurrency_js_1 = __webpack_require__(9442);
const types_js_1 = __webpack_require__(3684);
exports.u_ = `usage: shipline workflow run [-W|--workflow FILE] [--event NAME] [--event-file F]
       [--input NAME=VALUE]... [--secret NAME=VALUE]... [--secret-file F] [--var NAME=VALUE]...
       [--job ID] [--out DIR] [--repo OWNER/NAME=PATH]... [--repository OWNER/NAME]
       [--stub OWNER/ACTION=outputs.json]... [--stub-action-yml OWNER/ACTION=action.yml]... [--parallel N]
       [--rerun]

Runs a GitHub Actions workflow on this machine, without containers, with GitHub's semantics.
--rerun runs the last run in --out again as a new attempt (GitHub's "Re-run all jobs": same run id,
run_attempt + 1, the earlier attempts' artifacts kept).
Exit code: 0 when the workflow concluded success, 1 when it failed, 2 on a usage or workflow-file error.`;
/** `shipline workflow run ...`: returns the exit code. */
async function workflowCommand(argv, env, print, cwd = process.cwd()) {
    if (argv[0] !== 'run' || argv.includes('--help') || argv.includes('-h')) {
        print(exports.u_);
        return argv[0] === 'run' || argv.includes('--help') ? errors_js_1.EXIT.ok : errors_js_1.EXIT.usage;
    }
    const masker = new mask_js_1.Masker();
    try {
        const { values: v } = (() => {
            try {
                return (0, node_util_1.parseArgs)({
                    args: argv.slice(1),
                    options: {
                        workflow: { type: 'string', short: 'W' },
                        event: { type: 'string' },
                        'event-file': { type: 'string' },
                        input: { type: 'string', multiple: true },
                        secret: { type: 'string', multiple: true },
                        'secret-file': { type: 'string' },
                        var: { type: 'string', multiple: true },
                        job: { type: 'string' },
                        out: { type: 'string' },
                        repo: { type: 'string', multiple: true },
                        repository: { type: 'string' },
                        stub: { type: 'string', multiple: true },
                        'stub-action-yml': { type: 'string', multiple: true },
                        parallel: { type: 'string' },
                        cwd: { type: 'string' },
                        rerun: { type: 'boolean' },
                    },
                    strict: true,
                });
            }
            catch (e) {
                throw new errors_js_1.UsageError(`${(0, errors_js_1.describeThrown)(e)}; run shipline workflow run --help`);
            }
        })();
        const root = (0, node_path_1.resolve)(cwd, v.cwd ?? '.');
        let top;
        try {
            top = (0, node_child_process_1.execFileSync)('git', ['rev-parse', '--show-toplevel'], {
                cwd: root,
                encoding: 'utf8',
                stdio: ['ignore', 'pipe', 'pipe'],
            }).trim();
        }
        catch {
            throw new errors_js_1.ConfigError(`${root} is not in a git repository: shipline workflow run runs in the caller's repository`);
        }
        let wfPath = v.workflow;
        if (!wfPath) {
            const dir = (0, node_path_1.join)(top, '.github', 'workflows');
            const files = (0, node_fs_1.existsSync)(dir) ? (0, node_fs_1.readdirSync)(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
            if (files.length !== 1)
                throw new errors_js_1.ConfigError(`--workflow: name the workflow file (${files.length ? files.join(', ') : 'no .github/workflows/*.yml'})`);
            wfPath = (0, node_path_1.join)(dir, files[0]);
        }
        const secrets = { ...(v['secret-file'] ? (0, args_js_1.secretFile)(v['secret-file']) : {}), ...(0, args_js_1.pairs)(v.secret, 'secret') };
        // GitHub hands every job a token; without --secret GITHUB_TOKEN a placeholder (masked, and
        // good for nothing) stands in, so steps that require one see one.
        if (!secrets.GITHUB_TOKEN)
            secrets.GITHUB_TOKEN = `ghs_local${(0, node_crypto_1.randomBytes)(12).toString('hex')}`;
        for (const s of Object.values(secrets))
            masker.add(s);
        const name = v.repository ?? (0, events_js_1.repositoryName)(top);
        const repos = Object.entries((0, args_js_1.pairs)(v.repo, 'repo')).map(([n, p]) => ({ name: n, path: (0, node_path_1.resolve)(cwd, p) }));
        const out = (0, node_path_1.resolve)(cwd, v.out ?? (0, node_path_1.join)(top, '.shipline-out', 'workflow'));
        const opts = {
            repo: { name, path: top },
            workflowPath: (0, node_path_1.resolve)(cwd, wfPath),
            eventName: v.event ?? 'push',
            eventFile: v['event-file'],
            inputs: (0, args_js_1.pairs)(v.input, 'input'),
            secrets,
            vars: (0, args_js_1.pairs)(v.var, 'var'),
            jobFilter: v.job,
            out,
            repos,
            stubs: (0, args_js_1.stubs)((0, args_js_1.pairs)(v.stub, 'stub'), (0, args_js_1.pairs)(v['stub-action-yml'], 'stub-action-yml')),
            parallel: Number(v.parallel ?? Math.max(2, (0, node_os_1.availableParallelism)())),
            real: env.SHIPLINE_LOCAL === '1',
            rerun: v.rerun === true,
            hostEnv: env,
            print: (s) => print(masker.mask(s)),
            masker,
        };
        return await runFromOptions(opts);
    }
    catch (e) {
        // The one exit-code policy (core/errors): usage and workflow-file errors 2, bugs with their stack.
        const verdict = (0, errors_js_1.classify)(e, 'cli', 'workflow run');
        print(`error: ${masker.mask(verdict.message)}`);
        if (verdict.stack)
            print(masker.mask(verdict.stack));
        return verdict.exitCode;
    }
}
async function runFromOptions(opts) {
    const shown = (0, node_path_1.relative)(opts.repo.path, opts.workflowPath);
    const wf = await (0, load_js_1.loadWorkflow)(opts.workflowPath, shown.startsWith('..') ? opts.workflowPath : shown);
    const on = wf.root.on;
    const events = typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys((0, load_js_1.mapAt)(wf.root, 'on') ?? {});
    if (!events.includes(opts.eventName))
        throw new errors_js_1.ConfigError(`${wf.file}:1: the workflow does not run on ${opts.eventName} (on: ${events.join(', ')}); choose one with --event${events.includes('workflow_call') ? ', or call this reusable workflow from a workflow' : ''}`);
    (0, node_fs_1.mkdirSync)(opts.out, { recursive: true });
    const { runNumber, runId, attempt } = (0, attempt_js_1.nextAttempt)(opts.out, opts.rerun === true);
    const workDir = (0, node_path_1.join)(opts.out, 'work');
    const logsDir = (0, node_path_1.join)(opts.out, 'logs');
    (0, node_fs_1.rmSync)(workDir, { recursive: true, force: true });
    (0, node_fs_1.rmSync)(logsDir, { recursive: true, force: true });
    (0, node_fs_1.mkdirSync)(workDir, { recursive: true });
    const dispatch = (0, load_js_1.mapAt)((0, load_js_1.mapAt)((0, load_js_1.mapAt)(wf.root, 'on') ?? {}, 'workflow_dispatch') ?? {}, 'inputs') ?? {};
    const ev = (0, events_js_1.buildEvent)(opts.repo.path, opts.eventName, opts.repo.name, opts.inputs, opts.eventFile);
    const sha = (0, node_child_process_1.execFileSync)('git', ['rev-parse', 'HEAD'], { cwd: opts.repo.path, encoding: 'utf8' }).trim();
    const [owner] = opts.repo.name.split('/');
    const refName = ev.ref.replace(/^refs\/(heads|tags)\//, '');
    const github = {
        event_name: ev.name,
        event: ev.payload,
        sha: ev.sha,
        ref: ev.ref,
        ref_name: ev.ref.startsWith('refs/pull/') ? ev.ref.slice(10) : refName,
        ref_type: ev.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
        ref_protected: false,
        head_ref: ev.headRef,
        base_ref: ev.baseRef,
        repository: opts.repo.name,
        repository_owner: owner,
        repositoryUrl: `git://github.com/${opts.repo.name}.git`,
        run_id: runId,
        run_number: String(runNumber),
        run_attempt: String(attempt),
        actor: ev.payload.sender?.login ?? 'local',
        triggering_actor: 'local',
        workflow: typeof wf.root.name === 'string' ? wf.root.name : shown,
        workflow_ref: `${opts.repo.name}/${shown}@${ev.ref}`,
        workflow_sha: sha,
        server_url: 'https://github.com',
        api_url: 'https://api.github.com',
        graphql_url: 'https://api.github.com/graphql',
        token: opts.secrets.GITHUB_TOKEN ?? '',
        workspace: '',
        action: '',
        retention_days: '90',
        secret_source: 'Actions',
    };
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(workDir, 'event.json'), JSON.stringify(ev.payload, null, 2));
    const state = {
        opts,
        runId,
        runNumber,
        event: { name: ev.name, payload: ev.payload },
        github,
        artifactsDir: (0, node_path_1.join)(opts.out, 'artifacts', `run-${runNumber}`),
        cacheDir: (0, node_path_1.join)(opts.out, 'cache'),
        logsDir,
        workDir,
        summaries: [],
        legs: [],
        cancel: new AbortController(),
        seq: 0,
        slots: new types_js_1.Semaphore(opts.parallel),
        repoPath: (n) => n.toLowerCase() === opts.repo.name.toLowerCase()
            ? opts.repo.path
            : opts.repos.find((r) => r.name.toLowerCase() === n.toLowerCase())?.path,
    };
    const frame = {
        wf,
        repoName: opts.repo.name,
        repoPath: opts.repo.path,
        sha,
        ref: ev.ref,
        filePath: shown,
        inputs: ev.name === 'workflow_dispatch'
            ? (0, call_js_1.callInputs)(dispatch, opts.inputs, { file: wf.file, contexts: { github } }, '--input', wf.file)
            : {},
        secrets: { ...opts.secrets, GITHUB_TOKEN: opts.secrets.GITHUB_TOKEN ?? '' },
        prefix: '',
        granted: null,
        depth: 0,
    };
    opts.print(`shipline workflow run: ${wf.file} on ${ev.name} (${github.ref} @ ${String(ev.sha).slice(0, 12)}) in ${opts.repo.name}; run ${runNumber}${attempt > 1 ? ` attempt ${attempt}` : ''}, out ${opts.out}`);
    if (opts.secrets.GITHUB_TOKEN?.startsWith('ghs_local'))
        opts.print('github.token is a placeholder: pass --secret GITHUB_TOKEN=... for steps that call the GitHub API');
    if (!opts.real)
        opts.print('local run: ACT=true for the steps, so dry-run: auto stays dry (SHIPLINE_LOCAL=1 for real pushes and deploys)');
    try {
        await (0, engine_js_1.preflight)(state, frame);
    }
    catch (e) {
        if (e instanceof engine_js_1.StartupFailure) {
            opts.print(`✗ startup failure: ${e.message}`);
            return errors_js_1.EXIT.failure;
        }
        throw e;
    }
    const onSignal = () => state.cancel.abort();
    process.once('SIGINT', onSignal);
    const started = Date.now();
    // The workflow's concurrency group, shared with every run this process makes.
    const group = (0, concurrency_js_1.concurrencyOf)(wf.root, { file: wf.file, contexts: { github, inputs: frame.inputs, vars: opts.vars } });
    const ticket = group ? (0, concurrency_js_1.enter)(group, (line) => opts.print(line)) : undefined;
    ticket?.signal.addEventListener('abort', onSignal, { once: true });
    if (ticket?.pending)
        opts.print(`pending: concurrency group ${group?.group} has a run in progress`);
    const run = ticket && (await ticket.ready) === 'cancelled'
        ? { result: 'cancelled', jobs: {} }
        : await (0, engine_js_1.runWorkflow)(state, frame, opts.jobFilter).finally(() => ticket?.release());
    process.removeListener('SIGINT', onSignal);
    const summary = state.summaries.map((s) => `<!-- ${s.job} -->\n${s.text.trim()}\n`).join('\n');
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(opts.out, 'summary.md'), summary);
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(opts.out, 'run.json'), JSON.stringify({
        workflow: wf.file,
        event: ev.name,
        run: runNumber,
        result: run.result,
        jobs: run.jobs,
        legs: state.legs,
        seconds: (Date.now() - started) / 1000,
    }, null, 2));
    opts.print(`${run.result === 'success' ? '✓' : '✗'} workflow ${(0, node_path_1.basename)(wf.file)}: ${run.result} in ${((Date.now() - started) / 1000).toFixed(1)} s; summary ${(0, node_path_1.join)(opts.out, 'summary.md')}, logs ${logsDir}`);
    return run.result === 'success' ? errors_js_1.EXIT.ok : errors_js_1.EXIT.failure;
}


/***/ }),

/***/ 2259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CommandReader = void 0;
exports.readStepFiles = readStepFiles;
const node_fs_1 = __webpack_require__(3024);
const runner_files_js_1 = __webpack_require__(8927);
/** Reads workflow commands (`::name props::message`) from a step's output, line by line. */
class CommandReader {
    masker;
    echo;
    annotations = [];
    /** set-output/save-state are gone from GitHub (file commands instead); kept only to warn. */
    warnings = [];
    stopToken;
    depth = 0;
    constructor(masker, echo) {
        this.masker = masker;
        this.echo = echo;
    }
    /** Handle one line of output; returns the line to log (masked), or undefined to drop it. */
    line(raw) {
        if (this.stopToken !== undefined) {
            if (raw.trim() === `::${this.stopToken}::`)
                this.stopToken = undefined;
            return raw;
        }
        const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw.trim());
        if (!m)
            return raw;
        const [, name, propText = '', message] = m;
        const props = Object.fromEntries(propText
            .split(',')
            .filter(Boolean)
            .map((p) => [p.slice(0, p.indexOf('=')).trim(), unescape(p.slice(p.indexOf('=') + 1))]));
        const msg = unescapeData(message);
        switch (name) {
            case 'add-mask':
                this.masker.add(msg.trim());
                return undefined;
            case 'error':
            case 'warning':
            case 'notice': {
                const a = { level: name, message: this.masker.mask(msg), file: props.file, line: props.line };
                this.annotations.push(a);
                const where = a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : '';
                this.echo(`${name}${where}: ${a.message}`);
                return undefined;
            }
            case 'group':
                this.depth++;
                return `▸ ${msg}`;
            case 'endgroup':
                this.depth = Math.max(0, this.depth - 1);
                return undefined;
            case 'debug':
                return undefined;
            case 'stop-commands':
                this.stopToken = msg;
                return undefined;
            case 'set-output':
            case 'save-state':
            case 'set-env':
            case 'add-path':
                this.warnings.push(`the ${name} command is disabled on GitHub; use the ${name === 'set-output' ? 'GITHUB_OUTPUT' : 'runner'} file instead`);
                return undefined;
            default:
                return raw;
        }
    }
}
exports.CommandReader = CommandReader;
function unescapeData(s) {
    return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescape(s) {
    return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}
const read = (f) => ((0, node_fs_1.existsSync)(f) ? (0, node_fs_1.readFileSync)(f, 'utf8') : '');
function readStepFiles(files) {
    return {
        outputs: (0, runner_files_js_1.parseFileCommands)(read(files.GITHUB_OUTPUT)),
        env: (0, runner_files_js_1.parseFileCommands)(read(files.GITHUB_ENV)),
        path: read(files.GITHUB_PATH)
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter(Boolean),
        summary: read(files.GITHUB_STEP_SUMMARY),
        state: (0, runner_files_js_1.parseFileCommands)(read(files.GITHUB_STATE)),
    };
}


/***/ }),

/***/ 9442:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.concurrencyOf = concurrencyOf;
exports.enter = enter;
const expr_js_1 = __webpack_require__(5706);
const groups = new Map();
/** The `concurrency:` of a workflow or job, evaluated (undefined: none, or an empty group). */
function concurrencyOf(node, scope) {
    if (!node || node.concurrency === undefined)
        return undefined;
    const c = (0, expr_js_1.evalNode)(node.concurrency, scope);
    if (typeof c === 'object' && c && !Array.isArray(c)) {
        const group = (0, expr_js_1.toText)(c.group ?? '');
        return group ? { group, cancelInProgress: (0, expr_js_1.toText)(c['cancel-in-progress'] ?? false) === 'true' } : undefined;
    }
    const group = (0, expr_js_1.toText)(c);
    return group ? { group, cancelInProgress: false } : undefined;
}
/** Queue in the group; `say` prints GitHub's words when this one is cancelled by a newer one. */
function enter(c, say) {
    const key = c.group.toLowerCase();
    const g = groups.get(key) ?? {};
    groups.set(key, g);
    const abort = new AbortController();
    let start;
    const ready = new Promise((r) => (start = r));
    const me = { start, abort, say };
    if (!g.running) {
        g.running = me;
        start('run');
    }
    else {
        if (g.pending) {
            g.pending.say(`Canceling since a higher priority waiting request for ${c.group} exists`);
            g.pending.start('cancelled');
        }
        g.pending = me;
        if (c.cancelInProgress && !g.running.abort.signal.aborted) {
            g.running.say(`Canceling since a higher priority waiting request for ${c.group} exists`);
            g.running.abort.abort();
        }
    }
    let released = false;
    return {
        pending: g.pending === me,
        ready,
        signal: abort.signal,
        release() {
            if (released)
                return;
            released = true;
            if (g.running === me) {
                g.running = g.pending;
                g.pending = undefined;
                g.running?.start('run');
                if (!g.running)
                    groups.delete(key);
            }
            else if (g.pending === me)
                g.pending = undefined;
        },
    };
}


/***/ }),

/***/ 5879:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.StartupFailure = exports.preflight = void 0;
exports.runWorkflow = runWorkflow;
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
const node_js_1 = __webpack_require__(81);
const called_js_1 = __webpack_require__(3036);
const call_js_1 = __webpack_require__(9317);
const matrix_js_1 = __webpack_require__(6884);
const job_js_1 = __webpack_require__(2622);
const concurrency_js_1 = __webpack_require__(9442);
var called_js_2 = __webpack_require__(3036);
Object.defineProperty(exports, "preflight", ({ enumerable: true, get: function () { return called_js_2.preflight; } }));
Object.defineProperty(exports, "StartupFailure", ({ enumerable: true, get: function () { return called_js_2.StartupFailure; } }));
/** Run the jobs of a workflow in needs order; independent jobs run at once (bounded by the run's slots). */
async function runWorkflow(state, frame, only) {
    const jobs = (0, called_js_1.jobsOf)(frame.wf);
    const outcomes = {};
    const running = new Map();
    const failedJobs = new Set();
    const ancestors = (id, seen = new Set()) => {
        for (const n of (0, called_js_1.needsOf)(jobs[id] ?? {}))
            if (!seen.has(n))
                ancestors(n, seen.add(n));
        return seen;
    };
    let selected = Object.keys(jobs);
    if (only) {
        if (!jobs[only])
            throw new errors_js_1.ConfigError(`--job: no job '${only}' in ${frame.wf.file} (jobs: ${selected.join(', ')})`);
        selected = [only, ...ancestors(only)];
    }
    const start = (id) => {
        let p = running.get(id);
        if (!p) {
            p = (async () => {
                await Promise.all((0, called_js_1.needsOf)(jobs[id]).map(start));
                const o = await runJob(state, frame, id, jobs[id], outcomes, ancestors(id), failedJobs);
                outcomes[id] = o;
                if (o.result === 'failure')
                    failedJobs.add(id);
                return o;
            })();
            running.set(id, p);
        }
        return p;
    };
    await Promise.all(selected.map(start));
    const results = Object.values(outcomes).map((o) => o.result);
    const result = results.includes('failure')
        ? 'failure'
        : results.includes('cancelled')
            ? 'cancelled'
            : 'success';
    return { result, jobs: outcomes };
}
async function runJob(state, frame, id, job, outcomes, ancestors, failedJobs) {
    const where = `${frame.wf.file}:${(0, node_js_1.lineOf)(job)}`;
    const needs = {};
    for (const n of (0, called_js_1.needsOf)(job))
        needs[n] = { result: outcomes[n]?.result ?? 'skipped', outputs: outcomes[n]?.outputs ?? {} };
    const direct = (0, called_js_1.needsOf)(job).map((n) => outcomes[n]?.result);
    const scope = {
        file: frame.wf.file,
        contexts: { github: state.github, needs, inputs: frame.inputs, vars: state.opts.vars },
        status: {
            success: direct.every((r) => r === 'success'),
            failure: [...ancestors].some((a) => failedJobs.has(a)),
            cancelled: state.cancel.signal.aborted,
        },
    };
    const name = job.name !== undefined && !(job.name instanceof node_js_1.ExprNode) ? String(job.name) : id;
    let run;
    try {
        run = (0, expr_js_1.evalIf)(job.if, scope, (0, node_js_1.lineOf)(job));
    }
    catch (e) {
        state.opts.print(`✗ ${frame.prefix}${name}: ${e.message}`);
        return { result: 'failure', outputs: {} };
    }
    if (!run) {
        state.opts.print(`○ ${frame.prefix}${name}: skipped`);
        state.legs.push({ job: `${frame.prefix}${name}`, result: 'skipped', seconds: 0, outputs: {} });
        return { result: 'skipped', outputs: {} };
    }
    if (typeof job.uses === 'string') {
        return (0, call_js_1.callWorkflow)(state, frame, name, job, scope, where, runWorkflow);
    }
    const strategy = (0, node_js_1.mapAt)(job, 'strategy') ?? {};
    let combos;
    try {
        combos = (0, matrix_js_1.expandMatrix)(strategy.matrix !== undefined ? (0, expr_js_1.evalNode)(strategy.matrix, scope) : null, where);
    }
    catch (e) {
        state.opts.print(`✗ ${frame.prefix}${name}: ${e.message}`);
        return { result: 'failure', outputs: {} };
    }
    const failFast = strategy['fail-fast'] === undefined || (0, expr_js_1.toText)((0, expr_js_1.evalNode)(strategy['fail-fast'], scope)) !== 'false';
    const maxParallel = strategy['max-parallel'] !== undefined ? Number((0, expr_js_1.evalNode)(strategy['max-parallel'], scope)) : combos.length;
    const ff = new AbortController();
    const outputs = {};
    const results = [];
    let next = 0;
    const worker = async () => {
        while (next < combos.length) {
            const i = next++;
            const matrix = combos[i];
            const legScope = { ...scope, contexts: { ...scope.contexts, matrix } };
            const display = job.name instanceof node_js_1.ExprNode
                ? (0, expr_js_1.evalText)(job.name, legScope)
                : (0, matrix_js_1.legName)(name, strategy.matrix === undefined ? {} : matrix, false);
            const strategyCtx = {
                'fail-fast': failFast,
                'job-index': i,
                'job-total': combos.length,
                'max-parallel': maxParallel,
            };
            if (ff.signal.aborted) {
                state.opts.print(`⊘ ${frame.prefix}${display}: cancelled (fail-fast)`);
                results.push('cancelled');
                continue;
            }
            // A job's concurrency group is taken before a runner slot: a pending job holds no runner.
            const label = `${frame.prefix}${display}`;
            const group = (0, concurrency_js_1.concurrencyOf)(job, { ...legScope, contexts: { ...legScope.contexts, strategy: strategyCtx } });
            const ticket = group ? (0, concurrency_js_1.enter)(group, (line) => state.opts.print(`    ${label}: ${line}`)) : undefined;
            if (ticket?.pending)
                state.opts.print(`… ${label}: pending (concurrency group ${group?.group})`);
            if (ticket && (await ticket.ready) === 'cancelled') {
                state.opts.print(`⊘ ${label}: cancelled (concurrency group ${group?.group})`);
                state.legs.push({ job: label, result: 'cancelled', seconds: 0, outputs: {} });
                results.push('cancelled');
                continue;
            }
            const o = await state.slots
                .run(() => (0, job_js_1.runLeg)(state, frame, {
                jobId: id,
                job,
                name: display,
                matrix,
                strategy: strategyCtx,
                needs,
                signal: ticket ? AbortSignal.any([ff.signal, ticket.signal]) : ff.signal,
            }))
                .finally(() => ticket?.release());
            results.push(o.result);
            // The last leg to finish sets each output, as on GitHub.
            for (const [k, v] of Object.entries(o.outputs))
                if (v !== '')
                    outputs[k] = v;
            // A cancelled leg (concurrency, the run cancelled) is no failure for fail-fast.
            if (o.failed && o.result !== 'cancelled' && failFast)
                ff.abort();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(maxParallel, combos.length)) }, worker));
    const result = results.includes('failure')
        ? 'failure'
        : results.includes('cancelled')
            ? ff.signal.aborted
                ? 'failure'
                : 'cancelled'
            : 'success';
    return { result, outputs };
}


/***/ }),

/***/ 9236:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryName = repositoryName;
exports.defaultBranch = defaultBranch;
exports.buildEvent = buildEvent;
const node_child_process_1 = __webpack_require__(1421);
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(4296);
const ZERO = '0'.repeat(40);
function git(cwd, args) {
    return (0, node_child_process_1.execFileSync)('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}
function tryGit(cwd, args) {
    try {
        return git(cwd, args);
    }
    catch {
        return '';
    }
}
/** The caller's name: --repository, else origin's OWNER/NAME, else local/<folder>. */
function repositoryName(cwd) {
    const url = tryGit(cwd, ['remote', 'get-url', 'origin']);
    const m = /[/:]([^/:]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
    if (m)
        return `${m[1]}/${m[2]}`;
    return `local/${cwd.split('/').filter(Boolean).pop() ?? 'repo'}`;
}
function defaultBranch(cwd) {
    const head = tryGit(cwd, ['symbolic-ref', '--short', '-q', 'refs/remotes/origin/HEAD']).replace(/^origin\//, '');
    if (head)
        return head;
    for (const b of ['main', 'master'])
        if (tryGit(cwd, ['rev-parse', '--verify', '--quiet', `refs/heads/${b}`]))
            return b;
    return tryGit(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']) || 'main';
}
function commit(cwd, sha, repoUrl) {
    const [name, email, date, ...msg] = git(cwd, ['show', '-s', '--format=%an%n%ae%n%aI%n%B', sha]).split('\n');
    const author = { name, email, username: name };
    return {
        id: sha,
        tree_id: git(cwd, ['rev-parse', `${sha}^{tree}`]),
        message: msg.join('\n').trim(),
        timestamp: date,
        author,
        committer: author,
        distinct: true,
        url: `${repoUrl}/commit/${sha}`,
    };
}
/** A merge commit made locally, as GitHub makes refs/pull/N/merge (no work tree touched). */
function mergeCommit(cwd, base, head, message) {
    let tree;
    try {
        tree = git(cwd, ['merge-tree', '--write-tree', base, head]).split('\n')[0];
    }
    catch {
        throw new errors_js_1.ConfigError(`--event: ${head} does not merge cleanly into ${base}; GitHub would not run pull_request workflows on a conflicting merge ref`);
    }
    return git(cwd, [
        '-c',
        'user.name=GitHub',
        '-c',
        'user.email=noreply@github.com',
        'commit-tree',
        tree,
        '-p',
        base,
        '-p',
        head,
        '-m',
        message,
    ]);
}
/** The event payload, shaped as GitHub's webhook documentation shows it, from the local repository. */
function buildEvent(cwd, name, repository, inputs, eventFile) {
    const sha = git(cwd, ['rev-parse', 'HEAD']);
    const branch = tryGit(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']) || defaultBranch(cwd);
    const dflt = defaultBranch(cwd);
    const [owner, repoShort] = repository.split('/');
    const url = `https://github.com/${repository}`;
    const actor = tryGit(cwd, ['config', 'user.name']) || 'local';
    const repo = {
        id: 1,
        name: repoShort,
        full_name: repository,
        private: true,
        owner: { login: owner, type: 'Organization' },
        html_url: url,
        clone_url: `${url}.git`,
        default_branch: dflt,
        visibility: 'private',
    };
    const sender = { login: actor, type: 'User' };
    if (eventFile) {
        const payload = JSON.parse((0, node_fs_1.readFileSync)(eventFile, 'utf8'));
        return { name, payload, sha, ref: `refs/heads/${branch}`, headRef: '', baseRef: '' };
    }
    switch (name) {
        case 'push': {
            const before = tryGit(cwd, ['rev-parse', '--verify', '--quiet', `${sha}~1`]) || ZERO;
            const head = commit(cwd, sha, url);
            return {
                name,
                sha,
                ref: `refs/heads/${branch}`,
                headRef: '',
                baseRef: '',
                payload: {
                    ref: `refs/heads/${branch}`,
                    before,
                    after: sha,
                    created: before === ZERO,
                    deleted: false,
                    forced: false,
                    base_ref: null,
                    compare: `${url}/compare/${before.slice(0, 12)}...${sha.slice(0, 12)}`,
                    commits: [head],
                    head_commit: head,
                    pusher: { name: actor, email: '' },
                    repository: repo,
                    sender,
                },
            };
        }
        case 'pull_request':
        case 'merge_group': {
            const baseSha = git(cwd, ['rev-parse', dflt]);
            const number = 1;
            const merge = mergeCommit(cwd, baseSha, sha, name === 'pull_request' ? `Merge ${sha} into ${baseSha}` : `Merge pull request #${number}`);
            if (name === 'merge_group') {
                const headRef = `refs/heads/gh-readonly-queue/${dflt}/pr-${number}-${baseSha}`;
                git(cwd, ['update-ref', headRef, merge]);
                return {
                    name,
                    sha: merge,
                    ref: headRef,
                    headRef: '',
                    baseRef: '',
                    payload: {
                        action: 'checks_requested',
                        merge_group: {
                            head_sha: merge,
                            head_ref: headRef,
                            base_sha: baseSha,
                            base_ref: `refs/heads/${dflt}`,
                            head_commit: commit(cwd, merge, url),
                        },
                        repository: repo,
                        sender,
                    },
                };
            }
            const ref = `refs/pull/${number}/merge`;
            git(cwd, ['update-ref', ref, merge]);
            const side = (r, s) => ({ label: `${owner}:${r}`, ref: r, sha: s, repo, user: { login: owner } });
            return {
                name,
                sha: merge,
                ref,
                headRef: branch,
                baseRef: dflt,
                payload: {
                    action: 'synchronize',
                    number,
                    pull_request: {
                        number,
                        state: 'open',
                        draft: false,
                        title: commit(cwd, sha, url).message,
                        user: sender,
                        html_url: `${url}/pull/${number}`,
                        head: side(branch, sha),
                        base: side(dflt, baseSha),
                        merge_commit_sha: merge,
                        merged: false,
                    },
                    repository: repo,
                    sender,
                },
            };
        }
        case 'workflow_dispatch':
            return {
                name,
                sha,
                ref: `refs/heads/${branch}`,
                headRef: '',
                baseRef: '',
                payload: { inputs, ref: `refs/heads/${branch}`, repository: repo, sender, workflow: '' },
            };
        case 'schedule':
            return {
                name,
                sha: git(cwd, ['rev-parse', dflt]),
                ref: `refs/heads/${dflt}`,
                headRef: '',
                baseRef: '',
                payload: { schedule: inputs.cron ?? '', repository: repo },
            };
        default:
            throw new errors_js_1.ConfigError(`--event: ${name} is not one of push, pull_request, merge_group, workflow_dispatch, schedule; use --event-file with the payload for another`);
    }
}


/***/ }),

/***/ 5706:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.evalText = void 0;
exports.loadExpressions = loadExpressions;
exports.callsStatusFunction = callsStatusFunction;
exports.evaluate = evaluate;
exports.toText = toText;
exports.evalNode = evalNode;
exports.truthy = truthy;
exports.evalIf = evalIf;
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const tinyglobby_1 = __webpack_require__(7949);
const errors_js_1 = __webpack_require__(4296);
const node_js_1 = __webpack_require__(81);
let mod;
/** GitHub's evaluator, loaded once before a run evaluates anything (dynamic: it is ESM-only). */
async function loadExpressions() {
    mod ??= await __webpack_require__.e(/* import() */ 82).then(__webpack_require__.bind(__webpack_require__, 4082));
}
function m() {
    if (!mod)
        throw new Error('loadExpressions() was not awaited');
    return mod;
}
const CONTEXTS = [
    'github',
    'env',
    'vars',
    'secrets',
    'inputs',
    'job',
    'jobs',
    'steps',
    'needs',
    'strategy',
    'matrix',
    'runner',
];
const STATUS = ['success', 'failure', 'always', 'cancelled'];
function toData(v) {
    return JSON.parse(JSON.stringify(v ?? null), m().data.reviver);
}
function fromData(d) {
    return JSON.parse(JSON.stringify(d, m().data.replacer) ?? 'null');
}
function parse(expr) {
    const tokens = new (m().Lexer)(expr).lex().tokens;
    const funcs = [
        ...STATUS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
        { name: 'hashFiles', minArgs: 1, maxArgs: 255 },
    ];
    return new (m().Parser)(tokens, CONTEXTS, funcs).parse();
}
/** Does the expression call a status function (then no implicit success() applies)? */
function callsStatusFunction(expr) {
    const walk = (n) => {
        if (!n || typeof n !== 'object')
            return false;
        const fn = n.functionName?.lexeme?.toLowerCase();
        if (fn && STATUS.includes(fn))
            return true;
        return Object.values(n).some((c) => (Array.isArray(c) ? c.some(walk) : typeof c === 'object' && walk(c)));
    };
    return walk(parse(expr));
}
function hashFiles(workspace, patterns) {
    const files = (0, tinyglobby_1.globSync)(patterns, { cwd: workspace, dot: true, onlyFiles: true, absolute: true }).sort();
    if (!files.length)
        return '';
    const all = (0, node_crypto_1.createHash)('sha256');
    for (const f of files)
        all.update((0, node_crypto_1.createHash)('sha256').update((0, node_fs_1.readFileSync)(f)).digest());
    return all.digest('hex');
}
/** Evaluate one expression (the text between `${{` and `}}`) with GitHub's evaluator. */
function evaluate(expr, scope, line) {
    const status = scope.status ?? { success: true, failure: false, cancelled: false };
    const bool = (b) => new (m().data.BooleanData)(b);
    const defs = new Map([
        ['success', { name: 'success', minArgs: 0, maxArgs: 0, call: () => bool(status.success && !status.cancelled) }],
        ['failure', { name: 'failure', minArgs: 0, maxArgs: 0, call: () => bool(status.failure && !status.cancelled) }],
        ['always', { name: 'always', minArgs: 0, maxArgs: 0, call: () => bool(true) }],
        ['cancelled', { name: 'cancelled', minArgs: 0, maxArgs: 0, call: () => bool(status.cancelled) }],
        [
            'hashfiles',
            {
                name: 'hashFiles',
                minArgs: 1,
                maxArgs: 255,
                call: (...args) => new (m().data.StringData)(hashFiles(scope.workspace ?? process.cwd(), args.map((a) => a.coerceString()))),
            },
        ],
    ]);
    try {
        const ctx = new (m().data.Dictionary)();
        for (const name of CONTEXTS)
            if (scope.contexts[name] !== undefined)
                ctx.add(name, toData(scope.contexts[name]));
        return fromData(new (m().Evaluator)(parse(expr), ctx, defs).evaluate());
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`${scope.file}:${line}: in \${{ ${expr.trim()} }}: ${(0, errors_js_1.describeThrown)(e)}`);
    }
}
/** A value as the runner turns it into a string (env, inputs, outputs). */
function toText(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'string')
        return v;
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return JSON.stringify(v, null, 2);
}
/** Evaluate every expression inside a node (a mapping, a sequence, a scalar). */
function evalNode(node, scope) {
    if (node === undefined)
        return null;
    if (node instanceof node_js_1.ExprNode)
        return evaluate(node.expr, scope, node.line);
    if (Array.isArray(node))
        return node.map((n) => evalNode(n, scope));
    if (node && typeof node === 'object') {
        const o = {};
        for (const [k, v] of Object.entries(node))
            o[k] = evalNode(v, scope);
        return o;
    }
    return node;
}
/** Evaluate to a string (null/undefined → ''). */
const evalText = (node, scope) => toText(evalNode(node, scope));
exports.evalText = evalText;
/** The truthiness GitHub gives an `if:` result. */
function truthy(v) {
    return (toData(v).coerceString() !== '' && v !== false && v !== 0 && v !== null && !(typeof v === 'number' && isNaN(v)));
}
/**
 * Evaluate an `if:` (a bare expression, or one in `${{ }}`); without a status function the
 * condition is `success() && (...)`, as on GitHub.
 */
function evalIf(node, scope, line) {
    if (node === undefined || node === null || node === '')
        return truthy(evaluate('success()', scope, line));
    if (typeof node === 'boolean')
        return truthy(evaluate('success()', scope, line)) && node;
    let expr;
    if (node instanceof node_js_1.ExprNode) {
        expr = node.expr;
        line = node.line;
    }
    else
        expr = String(node);
    try {
        if (!callsStatusFunction(expr))
            expr = `success() && (${expr})`;
    }
    catch (e) {
        throw new errors_js_1.ConfigError(`${scope.file}:${line}: in if: ${expr}: ${(0, errors_js_1.describeThrown)(e)}`);
    }
    return truthy(evaluate(expr, scope, line));
}


/***/ }),

/***/ 2622:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runLeg = runLeg;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_perf_hooks_1 = __webpack_require__(643);
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
const load_js_1 = __webpack_require__(7673);
const steps_js_1 = __webpack_require__(9478);
/** Run one job (or one matrix leg) on this machine: fresh workspace, steps, post steps, outputs. */
async function runLeg(state, frame, spec) {
    const n = ++state.seq;
    const workspace = (0, node_path_1.join)(state.workDir, `job-${n}`, 'workspace');
    const temp = (0, node_path_1.join)(state.workDir, `job-${n}`, 'temp');
    const logDir = (0, node_path_1.join)(state.logsDir, `${String(n).padStart(2, '0')}-${(0, steps_js_1.slug)(`${frame.prefix}${spec.name}`)}`);
    for (const d of [workspace, temp, logDir])
        (0, node_fs_1.mkdirSync)(d, { recursive: true });
    const file = frame.wf.file;
    const timeoutMin = Number(spec.job['timeout-minutes'] === undefined ? 360 : 0);
    const ac = new AbortController();
    const onCancel = () => ac.abort();
    spec.signal.addEventListener('abort', onCancel, { once: true });
    state.cancel.signal.addEventListener('abort', onCancel, { once: true });
    if (spec.signal.aborted || state.cancel.signal.aborted)
        ac.abort();
    const leg = {
        state,
        frame,
        jobId: spec.jobId,
        name: spec.name,
        workspace,
        temp,
        logDir,
        env: {},
        exported: {},
        path: [],
        steps: {},
        failed: false,
        signal: ac.signal,
        contexts: {
            github: {
                ...state.github,
                job: spec.jobId,
                workflow_ref: `${frame.repoName}/${frame.filePath}@${frame.ref}`,
                workflow_sha: frame.sha,
            },
            needs: spec.needs,
            matrix: spec.matrix,
            strategy: spec.strategy,
            secrets: { ...frame.secrets, GITHUB_TOKEN: frame.secrets.GITHUB_TOKEN ?? '' },
            vars: state.opts.vars,
            runner: {
                os: 'Linux',
                arch: process.arch === 'arm64' ? 'ARM64' : 'X64',
                name: 'shipline-local',
                temp,
                tool_cache: (0, node_path_1.join)(state.workDir, 'tool-cache'),
                debug: '',
                environment: 'self-hosted',
            },
            job: {
                status: 'success',
                workflow_repository: frame.repoName,
                workflow_sha: frame.sha,
                workflow_ref: `${frame.repoName}/${frame.filePath}@${frame.ref}`,
                workflow_file_path: frame.filePath,
                container: { network: '' },
                services: {},
            },
        },
        post: [],
        summary: [],
        defaults: {},
        stepSeq: 0,
        stepLog: [],
    };
    const sc = { file, steps: leg.steps, inputs: frame.inputs, env: {}, failed: false, indent: '    ' };
    const started = node_perf_hooks_1.performance.now();
    const label = `${frame.prefix}${spec.name}`;
    state.opts.print(`● ${label}`);
    let timer;
    let timedOut = false;
    let error;
    const outputs = {};
    try {
        const base = (0, steps_js_1.scopeOf)(leg, sc);
        leg.env = { ...(0, steps_js_1.envOf)(frame.wf.root.env, base) };
        leg.env = { ...leg.env, ...(0, steps_js_1.envOf)(spec.job.env, (0, steps_js_1.scopeOf)(leg, sc)) };
        const wfRun = (0, load_js_1.mapAt)((0, load_js_1.mapAt)(frame.wf.root, 'defaults') ?? {}, 'run') ?? {};
        const jobRun = (0, load_js_1.mapAt)((0, load_js_1.mapAt)(spec.job, 'defaults') ?? {}, 'run') ?? {};
        const shell = jobRun.shell ?? wfRun.shell;
        const wd = jobRun['working-directory'] ?? wfRun['working-directory'];
        if (shell !== undefined)
            leg.defaults.shell = (0, expr_js_1.evalText)(shell, (0, steps_js_1.scopeOf)(leg, sc));
        if (wd !== undefined)
            leg.defaults.workingDirectory = (0, expr_js_1.evalText)(wd, (0, steps_js_1.scopeOf)(leg, sc));
        const minutes = spec.job['timeout-minutes'] !== undefined
            ? Number((0, expr_js_1.evalNode)(spec.job['timeout-minutes'], (0, steps_js_1.scopeOf)(leg, sc)))
            : timeoutMin || 360;
        timer = setTimeout(() => {
            timedOut = true;
            ac.abort();
        }, minutes * 60_000);
        timer.unref();
        const envName = spec.job.environment !== undefined ? (0, expr_js_1.evalNode)(spec.job.environment, (0, steps_js_1.scopeOf)(leg, sc)) : undefined;
        if (envName)
            state.opts.print(`    environment: ${(0, expr_js_1.toText)(typeof envName === 'object' && envName && !Array.isArray(envName) ? envName.name : envName)} (recorded, not enforced locally)`);
        const steps = (Array.isArray(spec.job.steps) ? spec.job.steps : []);
        await (0, steps_js_1.runSteps)(leg, steps, sc);
        for (const p of leg.post.reverse()) {
            try {
                if (!(await p.run()))
                    sc.failed = true;
            }
            catch (e) {
                sc.failed = true;
                state.opts.print(`    ✗ ${p.name}: ${(0, errors_js_1.describeThrown)(e)}`);
            }
        }
        const outs = (0, load_js_1.mapAt)(spec.job, 'outputs') ?? {};
        for (const [k, v] of Object.entries(outs)) {
            const text = (0, expr_js_1.evalText)(v, (0, steps_js_1.scopeOf)(leg, sc));
            // GitHub drops outputs that hold a secret.
            if (state.opts.masker.mask(text) === text)
                outputs[k] = text;
            else
                state.opts.print(`    warning: skip output '${k}' since it may contain secret`);
        }
    }
    catch (e) {
        sc.failed = true;
        error = (0, errors_js_1.describeThrown)(e);
    }
    finally {
        if (timer)
            clearTimeout(timer);
        spec.signal.removeEventListener('abort', onCancel);
        state.cancel.signal.removeEventListener('abort', onCancel);
    }
    const failed = sc.failed || leg.failed || timedOut;
    const cancelled = !timedOut && ac.signal.aborted;
    const coe = spec.job['continue-on-error'] !== undefined &&
        (0, expr_js_1.toText)((0, expr_js_1.evalNode)(spec.job['continue-on-error'], (0, steps_js_1.scopeOf)(leg, sc))) === 'true';
    const result = cancelled ? 'cancelled' : failed ? 'failure' : 'success';
    const secs = ((node_perf_hooks_1.performance.now() - started) / 1000).toFixed(1);
    if (timedOut)
        state.opts.print(`    The job running on runner shipline-local has exceeded the maximum execution time.`);
    if (error)
        state.opts.print(`    ${state.opts.masker.mask(error)}`);
    const mark = result === 'success' ? '✓' : result === 'cancelled' ? '⊘' : '✗';
    state.opts.print(`${mark} ${label}: ${result}${result === 'failure' && coe ? ' (continue-on-error)' : ''} in ${secs} s (logs: ${logDir})`);
    state.legs.push({
        job: label,
        result: result === 'failure' && coe ? 'failure (continue-on-error)' : result,
        seconds: Number(secs),
        outputs,
        steps: leg.stepLog,
    });
    if (leg.summary.length)
        state.summaries.push({ job: label, text: leg.summary.join('\n') });
    (0, node_fs_1.writeFileSync)((0, node_path_1.join)(logDir, 'job.json'), JSON.stringify({ name: label, result, outputs, line: (0, load_js_1.lineOf)(spec.job) }, null, 2));
    return { result: result === 'failure' && coe ? 'success' : result, outputs, failed: result !== 'success' && !coe };
}


/***/ }),

/***/ 5985:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.stepEnv = stepEnv;
exports.newStepFiles = newStepFiles;
exports.runProcess = runProcess;
exports.applyFiles = applyFiles;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const commands_js_1 = __webpack_require__(2259);
const exec_js_1 = __webpack_require__(2642);
/** The process environment of a step: host basics, the runner's variables, env and GITHUB_ENV. */
function stepEnv(leg, stepEnvs, files) {
    const host = leg.state.opts.hostEnv;
    const base = {};
    for (const [k, v] of Object.entries(host))
        if (!/^(GITHUB_|RUNNER_|INPUT_|STATE_|ACT$|ACTIONS_)/.test(k) && v !== undefined)
            base[k] = v;
    const g = leg.contexts.github;
    const s = (v) => (v === null || v === undefined ? '' : String(v));
    Object.assign(base, {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        SHIPLINE_EXECUTOR: '1',
        GITHUB_WORKSPACE: leg.workspace,
        GITHUB_EVENT_NAME: s(g.event_name),
        GITHUB_EVENT_PATH: (0, node_path_1.join)(leg.state.workDir, 'event.json'),
        GITHUB_SHA: s(g.sha),
        GITHUB_REF: s(g.ref),
        GITHUB_REF_NAME: s(g.ref_name),
        GITHUB_REF_TYPE: s(g.ref_type),
        GITHUB_HEAD_REF: s(g.head_ref),
        GITHUB_BASE_REF: s(g.base_ref),
        GITHUB_REPOSITORY: s(g.repository),
        GITHUB_REPOSITORY_OWNER: s(g.repository_owner),
        GITHUB_RUN_ID: s(g.run_id),
        GITHUB_RUN_NUMBER: s(g.run_number),
        GITHUB_RUN_ATTEMPT: s(g.run_attempt),
        GITHUB_ACTOR: s(g.actor),
        GITHUB_TRIGGERING_ACTOR: s(g.actor),
        GITHUB_WORKFLOW: s(g.workflow),
        GITHUB_WORKFLOW_REF: s(g.workflow_ref),
        GITHUB_WORKFLOW_SHA: s(g.workflow_sha),
        GITHUB_JOB: leg.jobId,
        GITHUB_SERVER_URL: s(g.server_url),
        GITHUB_API_URL: s(g.api_url),
        GITHUB_GRAPHQL_URL: s(g.graphql_url),
        GITHUB_RETENTION_DAYS: '90',
        RUNNER_OS: 'Linux',
        RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
        RUNNER_NAME: 'shipline-local',
        RUNNER_ENVIRONMENT: 'self-hosted',
        RUNNER_TEMP: leg.temp,
        RUNNER_TOOL_CACHE: (0, node_path_1.join)(leg.state.workDir, 'tool-cache'),
        RUNNER_DEBUG: host.RUNNER_DEBUG ?? '',
    });
    if (!leg.state.opts.real)
        base.ACT = 'true';
    Object.assign(base, leg.exported, leg.env, stepEnvs);
    if (files)
        Object.assign(base, files);
    if (leg.path.length)
        base.PATH = [...[...leg.path].reverse(), base.PATH ?? ''].join(node_path_1.delimiter);
    return base;
}
function newStepFiles(leg, n) {
    const dir = (0, node_path_1.join)(leg.temp, '_runner_file_commands');
    (0, node_fs_1.mkdirSync)(dir, { recursive: true });
    const f = (name) => {
        const p = (0, node_path_1.join)(dir, `${name}_${n}`);
        (0, node_fs_1.writeFileSync)(p, '');
        return p;
    };
    return {
        GITHUB_OUTPUT: f('set_output'),
        GITHUB_ENV: f('set_env'),
        GITHUB_PATH: f('add_path'),
        GITHUB_STEP_SUMMARY: f('step_summary'),
        GITHUB_STATE: f('save_state'),
    };
}
/** Run one process of a step (a shell script, a node action), logging its output. */
async function runProcess(leg, argv, o) {
    const masker = leg.state.opts.masker;
    const reader = new commands_js_1.CommandReader(masker, (l) => leg.state.opts.print(`      ${l}`));
    const log = (l) => (0, node_fs_1.appendFileSync)(o.log, masker.mask(l) + '\n');
    log(`$ ${argv.join(' ')}`);
    let r;
    try {
        r = await (0, exec_js_1.exec)(argv[0], argv.slice(1), {
            cwd: o.cwd,
            env: o.env,
            signal: leg.signal,
            timeoutMs: o.timeoutMs,
            maxOutputBytes: 1024 * 1024,
            onLine: (line) => {
                const shown = reader.line(line);
                if (shown !== undefined)
                    log(masker.mask(shown));
            },
        });
    }
    catch (e) {
        const msg = `cannot start ${argv[0]}: ${e instanceof Error ? e.message : String(e)}`;
        log(msg);
        return { ok: false, exitCode: null, timedOut: false, files: (0, commands_js_1.readStepFiles)(o.files), errors: [msg] };
    }
    for (const a of reader.annotations)
        log(`${a.level}: ${a.message}`);
    const errors = reader.annotations.filter((a) => a.level === 'error').map((a) => a.message);
    if (r.timedOut)
        errors.push(`the step timed out and its process group was killed`);
    else if (r.aborted)
        errors.push('the operation was canceled');
    else if (r.exitCode !== 0)
        errors.push(`Process completed with exit code ${r.exitCode ?? r.signal}.`);
    log(`(exit ${r.exitCode ?? r.signal}, ${r.durationMs} ms)`);
    return { ok: r.exitCode === 0, exitCode: r.exitCode, timedOut: r.timedOut, files: (0, commands_js_1.readStepFiles)(o.files), errors };
}
/** Apply what a step wrote to GITHUB_ENV, GITHUB_PATH and GITHUB_STEP_SUMMARY. */
function applyFiles(leg, f) {
    Object.assign(leg.exported, f.env);
    leg.path.push(...f.path);
    if (f.summary.trim())
        leg.summary.push(leg.state.opts.masker.mask(f.summary));
}


/***/ }),

/***/ 7673:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mapAt = exports.lineOf = exports.ExprNode = void 0;
exports.loadWorkflow = loadWorkflow;
exports.loadAction = loadAction;
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
var node_js_1 = __webpack_require__(81);
Object.defineProperty(exports, "ExprNode", ({ enumerable: true, get: function () { return node_js_1.ExprNode; } }));
Object.defineProperty(exports, "lineOf", ({ enumerable: true, get: function () { return node_js_1.lineOf; } }));
Object.defineProperty(exports, "mapAt", ({ enumerable: true, get: function () { return node_js_1.mapAt; } }));
const node_js_2 = __webpack_require__(81);
let parserModule;
let actionsModule;
/** The parser is heavy (1.6 MB with its schema): loaded on first use only. */
const parser = async () => {
    await (0, expr_js_1.loadExpressions)();
    return (parserModule ??= Promise.all(/* import() */[__webpack_require__.e(82), __webpack_require__.e(168), __webpack_require__.e(657)]).then(__webpack_require__.bind(__webpack_require__, 2657)));
};
const actionParser = () => (actionsModule ??= Promise.all(/* import() */[__webpack_require__.e(82), __webpack_require__.e(168), __webpack_require__.e(146)]).then(__webpack_require__.bind(__webpack_require__, 2146)));
/** TemplateToken tree → Node (types by TokenType: 0 string, 1 seq, 2 map, 3 expr, 4 insert, 5 bool, 6 num, 7 null). */
function toNode(t, file) {
    const line = t.range?.start.line ?? 0;
    const any = t;
    switch (t.templateTokenType) {
        case 0:
            return any.value;
        case 1: {
            const arr = [];
            for (const item of any)
                arr.push(toNode(item, file));
            node_js_2.LINES.set(arr, line);
            return arr;
        }
        case 2: {
            const obj = {};
            const keyLines = {};
            for (const kv of any) {
                const key = toNode(kv.key, file);
                if (typeof key !== 'string')
                    throw new errors_js_1.ConfigError(`${file}:${kv.key.range?.start.line ?? line}: an expression as a key is not supported`);
                obj[key] = toNode(kv.value, file);
                keyLines[key] = kv.key.range?.start.line ?? line;
            }
            node_js_2.LINES.set(obj, line);
            node_js_2.KEY_LINES.set(obj, keyLines);
            return obj;
        }
        case 3:
            return new node_js_2.ExprNode(any.expression, line);
        case 4:
            throw new errors_js_1.ConfigError(`${file}:${line}: \${{ insert }} is not supported by shipline workflow run`);
        case 5:
        case 6:
            return any.value;
        default:
            return null;
    }
}
function firstError(file, errors) {
    const e = errors[0];
    throw new errors_js_1.ConfigError(`${file}:${e.range?.start.line ?? 1}: ${e.rawMessage}`);
}
/** Parse and validate a workflow file with GitHub's own parser and schema. */
async function loadWorkflow(path, shown, content) {
    const text = content ?? readText(path, shown);
    const p = await parser();
    const result = p.parseWorkflow({ name: shown, content: text }, new p.NoOperationTraceWriter());
    const errors = result.context.errors.getErrors();
    if (errors.length || !result.value)
        firstError(shown, errors.length ? errors : [{ rawMessage: 'empty workflow' }]);
    const template = await p.convertWorkflowTemplate(result.context, result.value, undefined, {});
    const convErrors = result.context.errors.getErrors();
    if (convErrors.length)
        firstError(shown, convErrors);
    if (template.errors?.length)
        throw new errors_js_1.ConfigError(`${shown}:1: ${template.errors[0].Message}`);
    const root = toNode(result.value, shown);
    if (!root || typeof root !== 'object' || Array.isArray(root) || root instanceof node_js_2.ExprNode)
        throw new errors_js_1.ConfigError(`${shown}:1: a workflow is a mapping`);
    return { file: shown, root };
}
/** Parse and validate an action.yml (the runs: using: node/composite/docker forms). */
async function loadAction(path, shown, content) {
    const text = content ?? readText(path, shown);
    const p = await parser();
    const a = await actionParser();
    const result = a.parseAction({ name: shown, content: text }, new p.NoOperationTraceWriter());
    const errors = result.context.errors.getErrors();
    if (errors.length || !result.value)
        firstError(shown, errors.length ? errors : [{ rawMessage: 'empty action.yml' }]);
    const root = toNode(result.value, shown);
    if (!root || typeof root !== 'object' || Array.isArray(root) || root instanceof node_js_2.ExprNode)
        throw new errors_js_1.ConfigError(`${shown}:1: an action.yml is a mapping`);
    return { file: shown, root };
}
function readText(path, shown) {
    try {
        return (0, node_fs_1.readFileSync)(path, 'utf8');
    }
    catch {
        throw new errors_js_1.ConfigError(`${shown}:1: cannot read the file; check the path`);
    }
}


/***/ }),

/***/ 6884:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.expandMatrix = expandMatrix;
exports.legName = legName;
const errors_js_1 = __webpack_require__(4296);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
/**
 * Expand strategy.matrix as GitHub documents it: the product of the keys (first key
 * outermost), then exclude (partial matches), then include (added to every combination whose
 * original values it does not overwrite, else a new combination). At most 256 legs.
 */
function expandMatrix(matrix, where) {
    if (matrix === null || matrix === undefined || matrix === '')
        return [{}];
    if (typeof matrix !== 'object' || Array.isArray(matrix))
        throw new errors_js_1.ConfigError(`${where}: strategy.matrix must be a mapping (or fromJSON of one)`);
    const keys = Object.keys(matrix).filter((k) => k !== 'include' && k !== 'exclude');
    let combos = [{}];
    for (const k of keys) {
        const values = matrix[k];
        if (!Array.isArray(values))
            throw new errors_js_1.ConfigError(`${where}: matrix '${k}' must be a sequence`);
        if (!values.length)
            throw new errors_js_1.ConfigError(`${where}: matrix '${k}' is an empty sequence`);
        combos = combos.flatMap((c) => values.map((v) => ({ ...c, [k]: v })));
    }
    if (!keys.length)
        combos = [];
    const exclude = asList(matrix.exclude, 'exclude', where);
    combos = combos.filter((c) => !exclude.some((e) => Object.entries(e).every(([k, v]) => k in c && same(c[k], v))));
    const originals = combos.map((c) => ({ ...c }));
    for (const inc of asList(matrix.include, 'include', where)) {
        let matched = false;
        combos.forEach((c, i) => {
            const orig = originals[i];
            const clashes = Object.entries(inc).some(([k, v]) => k in orig && !same(orig[k], v));
            if (!clashes) {
                matched = true;
                Object.assign(c, inc);
            }
        });
        if (!matched) {
            combos.push({ ...inc });
            originals.push({ ...inc });
        }
    }
    if (combos.length > 256)
        throw new errors_js_1.ConfigError(`${where}: the matrix has ${combos.length} combinations; GitHub allows at most 256 per workflow run`);
    if (!combos.length)
        throw new errors_js_1.ConfigError(`${where}: the matrix has no combinations`);
    return combos;
}
function asList(v, key, where) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v) || v.some((x) => !x || typeof x !== 'object' || Array.isArray(x)))
        throw new errors_js_1.ConfigError(`${where}: matrix ${key} must be a sequence of mappings`);
    return v;
}
/** GitHub's display name of a leg: "name (v1, v2)" unless the name uses an expression. */
function legName(name, combo, nameHasExpr) {
    const vals = Object.values(combo).map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v)));
    return nameHasExpr || !vals.length ? name : `${name} (${vals.join(', ')})`;
}


/***/ }),

/***/ 81:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KEY_LINES = exports.LINES = exports.ExprNode = void 0;
exports.keyLine = keyLine;
exports.lineOf = lineOf;
exports.mapAt = mapAt;
/** The plain form of a parsed workflow or action.yml, and where each part came from. */
/** A `${{ }}` left for evaluation, with the line it came from. */
class ExprNode {
    expr;
    line;
    constructor(expr, line) {
        this.expr = expr;
        this.line = line;
    }
}
exports.ExprNode = ExprNode;
exports.LINES = new WeakMap();
/** The line of each key of a mapping. */
exports.KEY_LINES = new WeakMap();
/** The 1-based line of `key` in a mapping (else the mapping's own line). */
function keyLine(node, key) {
    return exports.KEY_LINES.get(node)?.[key] ?? lineOf(node);
}
/** The 1-based line of a mapping or sequence in its file (0 when unknown). */
function lineOf(node) {
    if (node instanceof ExprNode)
        return node.line;
    return node && typeof node === 'object' ? (exports.LINES.get(node) ?? 0) : 0;
}
/** A mapping child, or undefined when absent or not a mapping. */
function mapAt(node, key) {
    const v = node[key];
    return v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof ExprNode) ? v : undefined;
}


/***/ }),

/***/ 5737:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.permissionsOf = permissionsOf;
exports.excess = excess;
const SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
const RANK = { none: 0, read: 1, write: 2 };
/** A `permissions:` value as a full map (null: not set, inherit). */
function permissionsOf(v) {
    if (v === undefined || v === null)
        return null;
    if (v === 'read-all' || v === 'write-all')
        return Object.fromEntries(SCOPES.map((s) => [s, v.slice(0, -4)]));
    const out = Object.fromEntries(SCOPES.map((s) => [s, 'none']));
    if (typeof v === 'object' && !Array.isArray(v))
        for (const [k, x] of Object.entries(v))
            out[k] = String(x);
    return out;
}
/** The first scope `asked` wants above what `granted` allows, in GitHub's message shape. */
function excess(asked, granted, job) {
    if (!asked || !granted)
        return undefined;
    for (const [scope, level] of Object.entries(asked)) {
        const have = granted[scope] ?? 'none';
        if ((RANK[level] ?? 0) > (RANK[have] ?? 0))
            return `The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${have}'.`;
    }
    return undefined;
}


/***/ }),

/***/ 1953:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.scopeOf = scopeOf;
function scopeOf(leg, sc, extraEnv = {}) {
    return {
        file: sc.file,
        workspace: leg.workspace,
        contexts: {
            ...leg.contexts,
            inputs: sc.inputs,
            env: { ...leg.exported, ...leg.env, ...sc.env, ...extraEnv },
            steps: sc.steps,
            job: { ...leg.contexts.job, status: leg.failed || sc.failed ? 'failure' : 'success' },
        },
        status: {
            success: !sc.failed && !leg.failed,
            failure: sc.failed || leg.failed,
            cancelled: leg.signal.aborted,
        },
    };
}


/***/ }),

/***/ 9478:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.mapAt = exports.scopeOf = void 0;
exports.shellArgv = shellArgv;
exports.stepLabel = stepLabel;
exports.runSteps = runSteps;
exports.envOf = envOf;
exports.slug = slug;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_perf_hooks_1 = __webpack_require__(643);
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
const load_js_1 = __webpack_require__(7673);
Object.defineProperty(exports, "mapAt", ({ enumerable: true, get: function () { return load_js_1.mapAt; } }));
const leg_js_1 = __webpack_require__(5985);
const uses_js_1 = __webpack_require__(8789);
const scope_js_1 = __webpack_require__(1953);
var scope_js_2 = __webpack_require__(1953);
Object.defineProperty(exports, "scopeOf", ({ enumerable: true, get: function () { return scope_js_2.scopeOf; } }));
const SHELLS = {
    bash: (f) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', f],
    sh: (f) => ['sh', '-e', f],
    python: (f) => ['python3', f],
    pwsh: (f) => ['pwsh', '-command', `. '${f}'`],
};
/** The argv of a `run:` step: the default `bash -e {0}`, a named shell, or a template with {0}. */
function shellArgv(shell, script, where) {
    if (!shell)
        return ['bash', '-e', script];
    if (SHELLS[shell])
        return SHELLS[shell](script);
    if (!shell.includes('{0}'))
        throw new errors_js_1.ConfigError(`${where}: shell '${shell}' is not bash, sh, python or pwsh and has no {0} for the script`);
    return shell
        .trim()
        .split(/\s+/)
        .map((w) => w.replace('{0}', script));
}
const icon = (c) => (c === 'success' ? '✓' : c === 'failure' ? '✗' : c === 'skipped' ? '○' : '⊘');
function stepLabel(step, leg, sc, index) {
    if (step.name !== undefined) {
        try {
            return (0, expr_js_1.evalText)(step.name, (0, scope_js_1.scopeOf)(leg, sc));
        }
        catch {
            /* a name that cannot be evaluated yet: shown raw */
        }
    }
    if (typeof step.uses === 'string')
        return `Run ${step.uses}`;
    const run = step.run instanceof load_js_1.ExprNode ? step.run.expr : step.run;
    if (typeof run === 'string')
        return `Run ${run.split('\n')[0].slice(0, 60)}`;
    return `step ${index + 1}`;
}
/** Run a list of steps with GitHub's rules for if:, continue-on-error and step outputs. */
async function runSteps(leg, steps, sc) {
    for (let i = 0; i < steps.length; i++) {
        const step = steps[i];
        const line = (0, load_js_1.lineOf)(step);
        const where = `${sc.file}:${line}`;
        const id = typeof step.id === 'string' ? step.id : `__${i}`;
        const label = stepLabel(step, leg, sc, i);
        const started = node_perf_hooks_1.performance.now();
        let outputs = {};
        let run;
        try {
            run = !leg.state.cancel.signal.aborted || isAlways(step);
            if (run)
                run = (0, expr_js_1.evalIf)(step.if, (0, scope_js_1.scopeOf)(leg, sc), line);
        }
        catch (e) {
            leg.state.opts.print(`${sc.indent}${leg.name} › ✗ ${label}: ${(0, errors_js_1.describeThrown)(e)}`);
            sc.failed = true;
            sc.steps[id] = { outputs: {}, outcome: 'failure', conclusion: 'failure' };
            continue;
        }
        if (!run) {
            sc.steps[id] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' };
            leg.stepLog.push({ name: label, outcome: 'skipped', seconds: 0 });
            leg.state.opts.print(`${sc.indent}${leg.name} › ${icon('skipped')} ${label} (skipped)`);
            continue;
        }
        const n = ++leg.stepSeq;
        const log = (0, node_path_1.join)(leg.logDir, `${String(n).padStart(2, '0')}-${slug(label)}.log`);
        (0, node_fs_1.writeFileSync)(log, `# ${label} (${where})\n`);
        let ok;
        let errors;
        try {
            const scope = (0, scope_js_1.scopeOf)(leg, sc);
            const env = envOf(step.env, scope);
            const timeout = step['timeout-minutes'] !== undefined ? Number((0, expr_js_1.evalNode)(step['timeout-minutes'], scope)) : 0;
            if (step.run !== undefined) {
                const r = await runScript(leg, sc, step, { ...sc.env, ...env }, log, n, timeout, where);
                ok = r.ok;
                errors = r.errors;
                outputs = r.outputs;
            }
            else if (typeof step.uses === 'string') {
                const r = await (0, uses_js_1.runUses)(leg, sc, step, { ...sc.env, ...env }, log, n, where, runSteps);
                ok = r.ok;
                errors = r.errors;
                outputs = r.outputs;
            }
            else
                throw new errors_js_1.ConfigError(`${where}: a step needs run: or uses:`);
        }
        catch (e) {
            ok = false;
            errors = [(0, errors_js_1.describeThrown)(e)];
        }
        const coe = step['continue-on-error'] !== undefined &&
            (0, expr_js_1.toText)((0, expr_js_1.evalNode)(step['continue-on-error'], (0, scope_js_1.scopeOf)(leg, sc))) === 'true';
        const outcome = ok
            ? 'success'
            : leg.signal.aborted && !errors.some((e) => /timed out/.test(e))
                ? 'cancelled'
                : 'failure';
        const conclusion = outcome === 'failure' && coe ? 'success' : outcome;
        if (conclusion !== 'success')
            sc.failed = true;
        sc.steps[id] = { outputs, outcome, conclusion };
        const secs = ((node_perf_hooks_1.performance.now() - started) / 1000).toFixed(1);
        const note = outcome === 'failure' && coe ? ' (continue-on-error)' : '';
        leg.stepLog.push({ name: label, outcome, seconds: Number(secs) });
        leg.state.opts.print(`${sc.indent}${leg.name} › ${icon(outcome)} ${label} ${secs} s${note}`);
        for (const e of errors)
            leg.state.opts.print(`${sc.indent}${leg.name} ›     ${leg.state.opts.masker.mask(e)}`);
    }
}
function isAlways(step) {
    const c = step.if instanceof load_js_1.ExprNode ? step.if.expr : typeof step.if === 'string' ? step.if : '';
    return /\b(always|cancelled)\s*\(/.test(c);
}
function envOf(node, scope) {
    const v = (0, expr_js_1.evalNode)(node, scope);
    const out = {};
    if (v && typeof v === 'object' && !Array.isArray(v))
        for (const [k, x] of Object.entries(v))
            out[k] = (0, expr_js_1.toText)(x);
    return out;
}
async function runScript(leg, sc, step, env, log, n, timeoutMin, where) {
    const scope = (0, scope_js_1.scopeOf)(leg, sc, env);
    const script = (0, expr_js_1.evalText)(step.run, scope);
    const shell = step.shell !== undefined ? (0, expr_js_1.evalText)(step.shell, scope) : leg.defaults.shell;
    const wdRaw = step['working-directory'] !== undefined
        ? (0, expr_js_1.evalText)(step['working-directory'], scope)
        : leg.defaults.workingDirectory;
    const cwd = wdRaw ? (0, node_path_1.resolve)(leg.workspace, wdRaw) : sc.actionPath && !wdRaw ? leg.workspace : leg.workspace;
    if (!(0, node_fs_1.existsSync)(cwd))
        return {
            ok: false,
            errors: [`working-directory ${wdRaw} does not exist in the workspace (${where})`],
            outputs: {},
        };
    const ext = shell === 'python' ? '.py' : shell === 'pwsh' ? '.ps1' : '.sh';
    const file = (0, node_path_1.join)(leg.temp, `step-${n}${ext}`);
    (0, node_fs_1.writeFileSync)(file, script);
    const files = (0, leg_js_1.newStepFiles)(leg, n);
    const penv = (0, leg_js_1.stepEnv)(leg, env, files);
    if (sc.actionPath)
        penv.GITHUB_ACTION_PATH = sc.actionPath;
    const r = await (0, leg_js_1.runProcess)(leg, shellArgv(shell, file, where), {
        cwd,
        env: penv,
        files,
        log,
        timeoutMs: timeoutMin > 0 ? timeoutMin * 60_000 : undefined,
    });
    (0, leg_js_1.applyFiles)(leg, r.files);
    return { ok: r.ok, errors: r.errors, outputs: r.files.outputs };
}
function slug(s) {
    return (s
        .replace(/[^A-Za-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, 60) || 'step');
}


/***/ }),

/***/ 3684:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Semaphore = void 0;
class Semaphore {
    size;
    queue = [];
    used = 0;
    constructor(size) {
        this.size = size;
    }
    async run(fn) {
        if (this.used >= this.size)
            await new Promise((r) => this.queue.push(r));
        else
            this.used++;
        try {
            return await fn();
        }
        finally {
            const next = this.queue.shift();
            if (next)
                next();
            else
                this.used--;
        }
    }
}
exports.Semaphore = Semaphore;


/***/ }),

/***/ 8789:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runUses = runUses;
exports.runLocalAction = runLocalAction;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const expr_js_1 = __webpack_require__(5706);
const load_js_1 = __webpack_require__(7673);
const leg_js_1 = __webpack_require__(5985);
const scope_js_1 = __webpack_require__(1953);
const builtins_js_1 = __webpack_require__(2761);
/** `uses:` of a step: a local action, one of the well-known actions done locally, or a stub. */
async function runUses(leg, sc, step, env, log, n, where, runSteps) {
    const uses = step.uses;
    const scope = (0, scope_js_1.scopeOf)(leg, sc, env);
    const withValues = {};
    const w = (0, expr_js_1.evalNode)(step.with, scope);
    if (w && typeof w === 'object' && !Array.isArray(w))
        for (const [k, v] of Object.entries(w))
            withValues[k] = (0, expr_js_1.toText)(v);
    if (uses.startsWith('./'))
        return runLocalAction(leg, sc, (0, node_path_1.resolve)(leg.workspace, uses), withValues, env, log, n, where, runSteps);
    if (uses.startsWith('docker://'))
        throw new errors_js_1.ConfigError(`${where}: uses: ${uses}: container actions need Docker; shipline workflow run runs no containers`);
    const stub = leg.state.opts.stubs.get(uses.split('@')[0].toLowerCase());
    if (stub) {
        let known = stub.inputs;
        if (stub.actionYml) {
            const action = await (0, load_js_1.loadAction)(stub.actionYml, stub.actionYml);
            known = {};
            for (const [k, v] of Object.entries((0, load_js_1.mapAt)(action.root, 'inputs') ?? {})) {
                const spec = (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof load_js_1.ExprNode) ? v : {});
                known[k] = {
                    required: spec.required === true,
                    default: spec.default === undefined ? undefined : String(spec.default),
                };
            }
        }
        if (known) {
            const unknown = Object.keys(withValues).filter((k) => !(k in known));
            if (unknown.length)
                return {
                    ok: false,
                    errors: [
                        `${where}: ${uses} (stub): unexpected input(s) ${unknown.map((u) => `'${u}'`).join(', ')}; valid inputs are ${Object.keys(known).join(', ')}`,
                    ],
                    outputs: {},
                };
            const missing = Object.entries(known).filter(([k, d]) => d.required && d.default === undefined && !withValues[k]);
            if (missing.length)
                return {
                    ok: false,
                    errors: [
                        `${where}: ${uses} (stub): required input(s) ${missing.map(([k]) => `'${k}'`).join(', ')} not supplied`,
                    ],
                    outputs: {},
                };
        }
        leg.state.opts.print(`${sc.indent}    stub: ${uses} recorded as a no-op (${stub.source})`);
        return { ok: true, errors: [], outputs: { ...stub.outputs } };
    }
    const builtin = builtins_js_1.BUILTINS[(0, builtins_js_1.builtinKey)(uses)];
    if (builtin)
        return builtin({ leg, sc, uses, with: withValues, env, log, where, step });
    throw new errors_js_1.ConfigError(`${where}: uses: ${uses} is not an action shipline workflow run can run here (local ./ actions, ${Object.keys(builtins_js_1.BUILTINS).join(', ')}); stand it in with --stub ${uses.split('@')[0]}=outputs.json`);
}
/** Run an action folder: node20/node24 (pre, main, post) or composite. */
async function runLocalAction(leg, sc, dir, withValues, env, log, n, where, runSteps) {
    const file = ['action.yml', 'action.yaml'].map((f) => (0, node_path_1.join)(dir, f)).find((f) => (0, node_fs_1.existsSync)(f));
    if (!file)
        throw new errors_js_1.ConfigError(`${where}: no action.yml in ${(0, node_path_1.relative)(leg.workspace, dir) || '.'}; check the uses: path (did a checkout step run?)`);
    const shown = (0, node_path_1.relative)(leg.workspace, file);
    const action = await (0, load_js_1.loadAction)(file, shown);
    const runs = (0, load_js_1.mapAt)(action.root, 'runs');
    const using = runs ? (0, expr_js_1.toText)(runs.using) : '';
    const declared = (0, load_js_1.mapAt)(action.root, 'inputs') ?? {};
    const ascope = (0, scope_js_1.scopeOf)(leg, sc, env);
    const inputs = {};
    for (const [name, spec] of Object.entries(declared)) {
        const s = spec && typeof spec === 'object' && !Array.isArray(spec) && !(spec instanceof load_js_1.ExprNode) ? spec : {};
        inputs[name] =
            name in withValues
                ? withValues[name]
                : s.default !== undefined
                    ? (0, expr_js_1.evalText)(s.default, { ...ascope, file: shown })
                    : '';
    }
    const unexpected = Object.keys(withValues).filter((k) => !(k in declared));
    if (unexpected.length)
        leg.state.opts.print(`${sc.indent}    warning: unexpected input(s) ${unexpected.map((u) => `'${u}'`).join(', ')}, valid inputs are ${Object.keys(declared).join(', ')}`);
    for (const k of unexpected)
        inputs[k] = withValues[k];
    if (using === 'composite') {
        const inner = {
            file: shown,
            steps: {},
            inputs,
            env: {},
            failed: false,
            actionPath: dir,
            indent: `${sc.indent}  `,
        };
        const steps = (Array.isArray(runs?.steps) ? runs.steps : []);
        await runSteps(leg, steps, inner);
        const outputs = {};
        const outs = (0, load_js_1.mapAt)(action.root, 'outputs') ?? {};
        const oscope = (0, scope_js_1.scopeOf)(leg, inner);
        for (const [name, spec] of Object.entries(outs))
            outputs[name] =
                spec && typeof spec === 'object' && 'value' in spec ? (0, expr_js_1.evalText)(spec.value, oscope) : '';
        return { ok: !inner.failed, errors: inner.failed ? ['a step of the composite action failed'] : [], outputs };
    }
    if (!/^node\d+$/.test(using))
        throw new errors_js_1.ConfigError(`${shown}: runs.using '${using}' is not supported by shipline workflow run (node20, node24, composite)`);
    const inputEnv = {};
    for (const [k, v] of Object.entries(inputs))
        inputEnv[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
    const state = {};
    const phase = async (entry, label, seq) => {
        const files = (0, leg_js_1.newStepFiles)(leg, seq);
        const penv = { ...(0, leg_js_1.stepEnv)(leg, { ...env, ...inputEnv }, files), GITHUB_ACTION_PATH: dir };
        for (const [k, v] of Object.entries(state))
            penv[`STATE_${k}`] = v;
        const r = await (0, leg_js_1.runProcess)(leg, [process.execPath, (0, node_path_1.resolve)(dir, entry)], {
            cwd: leg.workspace,
            env: penv,
            files,
            log: `${log.replace(/\.log$/, '')}${label}.log`,
        });
        Object.assign(state, r.files.state);
        (0, leg_js_1.applyFiles)(leg, r.files);
        return { ok: r.ok, errors: r.errors, outputs: r.files.outputs };
    };
    if (typeof runs?.pre === 'string') {
        const preIf = runs['pre-if'] ?? 'always()';
        if ((0, expr_js_1.evalIf)(preIf, ascope, 0)) {
            const r = await phase(runs.pre, '-pre', n * 100 + 1);
            if (!r.ok)
                return r;
        }
    }
    if (typeof runs?.main !== 'string')
        throw new errors_js_1.ConfigError(`${shown}: runs.main is missing`);
    const main = await phase(runs.main, '', n * 100 + 2);
    if (typeof runs?.post === 'string') {
        const post = runs.post;
        const postIf = runs['post-if'] ?? 'always()';
        leg.post.push({
            name: `Post ${(0, node_path_1.relative)(leg.workspace, (0, node_path_1.dirname)(file)) || '.'}`,
            run: async () => {
                if (!(0, expr_js_1.evalIf)(postIf, (0, scope_js_1.scopeOf)(leg, sc, env), 0))
                    return true;
                return (await phase(post, '-post', n * 100 + 3)).ok;
            },
        });
    }
    return main;
}


/***/ })

};
