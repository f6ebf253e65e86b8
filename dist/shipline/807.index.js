export const id = 807;
export const ids = [807,338];
export const modules = {

/***/ 7167:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isShallow = exports.hasCommit = exports.GitError = exports.EMPTY_TREE = void 0;
exports.git = git;
exports.revParse = revParse;
exports.mergeBase = mergeBase;
exports.defaultBranchRef = defaultBranchRef;
exports.repoRoot = repoRoot;
exports.resolveDiffRange = resolveDiffRange;
exports.changedFiles = changedFiles;
exports.unquoteGitPath = unquoteGitPath;
exports.parseUnifiedDiff = parseUnifiedDiff;
exports.changedLines = changedLines;
exports.cwdPrefix = cwdPrefix;
exports.fromRoot = fromRoot;
exports.inRanges = inRanges;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
exports.EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO_SHA = /^0+$/;
class GitError extends errors_js_1.ExternalError {
    name = 'GitError';
}
exports.GitError = GitError;
/** Run git with stable output settings; throws GitError with git's own message on failure. */
async function git(deps, args, allowFail = false) {
    const r = await deps.exec('git', ['-c', 'core.quotePath=false', '-c', 'color.ui=false', ...args], {
        cwd: deps.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        timeoutMs: 120_000,
    });
    if (r.exitCode !== 0 && !allowFail) {
        const msg = (r.stderr.trim() || r.stdout.trim()).split('\n').slice(-3).join(' ');
        throw new GitError(`git ${args[0]} failed: ${msg}`);
    }
    return r.exitCode === 0 ? r.stdout : '';
}
async function ok(deps, args) {
    const r = await deps.exec('git', args, {
        cwd: deps.cwd,
        timeoutMs: 60_000,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    });
    return r.exitCode === 0;
}
const hasCommit = (deps, rev) => ok(deps, ['cat-file', '-e', `${rev}^{commit}`]);
exports.hasCommit = hasCommit;
const isShallow = async (deps) => (await git(deps, ['rev-parse', '--is-shallow-repository'], true)).trim() === 'true';
exports.isShallow = isShallow;
async function revParse(deps, rev) {
    const out = (await git(deps, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], true)).trim();
    return out || undefined;
}
async function mergeBase(deps, a, b) {
    return (await git(deps, ['merge-base', a, b], true)).trim() || undefined;
}
async function hasRemote(deps, name = 'origin') {
    return (await git(deps, ['remote'], true)).split('\n').includes(name);
}
/** Try to bring `revs` into a shallow clone, deeper each round; true once `done()` holds. */
async function deepenUntil(deps, fetchArgs, done) {
    if (await done())
        return true;
    if (!(await hasRemote(deps)))
        return false;
    for (const depth of [50, 500, 0]) {
        const depthArgs = depth ? [`--depth=${depth}`] : (await (0, exports.isShallow)(deps)) ? ['--unshallow'] : [];
        deps.logger?.info(`shallow clone: fetching ${depth ? `${depth} commits of history` : 'the full history'} to find the diff base`);
        await git(deps, ['fetch', '--no-tags', '--quiet', ...depthArgs, 'origin', ...fetchArgs], true);
        if (await done())
            return true;
    }
    return false;
}
/** The default branch as a local ref: origin/HEAD, origin/<name>, then a local main/master. */
async function defaultBranchRef(deps, name) {
    // One for-each-ref instead of a rev-parse per candidate: process starts are the cost here.
    const candidates = [
        ...(name ? [`refs/remotes/origin/${name}`, `refs/heads/${name}`] : []),
        'refs/remotes/origin/HEAD',
        'refs/remotes/origin/main',
        'refs/remotes/origin/master',
        'refs/heads/main',
        'refs/heads/master',
    ];
    const out = await git(deps, ['for-each-ref', '--format=%(refname) %(symref)', ...candidates], true);
    const found = new Map();
    for (const line of out.split('\n')) {
        const [ref, symref] = line.trim().split(' ');
        if (ref)
            found.set(ref, symref || ref);
    }
    for (const c of candidates) {
        const hit = found.get(c);
        if (hit)
            return hit.replace(/^refs\/(remotes|heads)\//, '');
    }
    return undefined;
}
/** The repository's top folder; a ConfigError outside a repository. */
async function repoRoot(deps) {
    const r = await deps.exec('git', ['rev-parse', '--show-toplevel'], { cwd: deps.cwd, timeoutMs: 30_000 });
    if (r.exitCode !== 0)
        throw new errors_js_1.ConfigError(`${deps.cwd} is not inside a git repository, so there are no changed files to find; run in a clone (actions/checkout) or lint every file`);
    return r.stdout.trim();
}
function shallowFix(what, depth) {
    return new errors_js_1.ConfigError(`${what} is not in this clone and could not be fetched; set \`fetch-depth: ${depth}\` on actions/checkout (0 fetches all history)`);
}
/**
 * Decide what "changed" means for this run: a PR's changes, a push's commits, a new
 * branch's commits since it left the default branch, or locally the work since the
 * merge-base with the default branch (working tree included). In a shallow clone it
 * deepens what it needs, or says exactly which fetch-depth to set.
 */
async function resolveDiffRange(opts, deps) {
    const root = await repoRoot(deps);
    return { ...(await resolveRange(opts, deps)), root };
}
async function resolveRange(opts, deps) {
    const { event } = opts;
    if (opts.staged) {
        const head = (await revParse(deps, 'HEAD')) ? 'HEAD' : exports.EMPTY_TREE;
        return { base: head, staged: true, kind: 'staged', description: 'staged changes against HEAD' };
    }
    const local = !event.isActions;
    const head = local ? undefined : ((await revParse(deps, 'HEAD')) ?? 'HEAD');
    if (opts.base) {
        const baseRef = opts.base;
        const found = await deepenUntil(deps, [baseRef], async () => (await revParse(deps, baseRef)) !== undefined);
        if (!found)
            throw errors_js_1.ConfigError.forInput('base', `"${baseRef}" is not a commit or ref in this repository`, 'name a branch, tag or SHA that exists (fetch it first in a shallow clone)');
        const mb = (await deepenUntil(deps, [baseRef], async () => (await mergeBase(deps, baseRef, 'HEAD')) !== undefined))
            ? await mergeBase(deps, baseRef, 'HEAD')
            : undefined;
        return {
            base: mb ?? baseRef,
            head,
            kind: 'explicit',
            description: `changes since ${baseRef}${mb ? ` (merge-base ${mb.slice(0, 7)})` : ''}`,
        };
    }
    const pr = event.pullRequest;
    if (pr && /^pull_request/.test(event.eventName)) {
        // actions/checkout checks out GitHub's merge commit: its first parent is the base tip,
        // so with fetch-depth 2 the PR's changes are HEAD^1..HEAD with no further fetch.
        const headSha = (await revParse(deps, 'HEAD')) ?? pr.headSha;
        const parents = (await git(deps, ['rev-list', '--parents', '-n', '1', headSha], true)).trim().split(' ').slice(1);
        if (parents.length === 2 && (await (0, exports.hasCommit)(deps, parents[0])) && headSha !== pr.headSha) {
            return {
                base: parents[0],
                head: headSha,
                kind: 'pull_request',
                description: `pull request #${pr.number}: merge commit ${headSha.slice(0, 7)} against its base parent ${parents[0].slice(0, 7)}`,
            };
        }
        const got = await deepenUntil(deps, [pr.baseSha, headSha, ...(pr.baseRef ? [`+refs/heads/${pr.baseRef}:refs/remotes/origin/${pr.baseRef}`] : [])], async () => (await (0, exports.hasCommit)(deps, pr.baseSha)) && (await mergeBase(deps, pr.baseSha, headSha)) !== undefined);
        if (!got)
            throw shallowFix(`pull request #${pr.number}'s base commit ${pr.baseSha.slice(0, 7)} (or its merge-base with ${headSha.slice(0, 7)})`, '0');
        const mb = (await mergeBase(deps, pr.baseSha, headSha));
        return {
            base: mb,
            head: headSha,
            kind: 'pull_request',
            description: `pull request #${pr.number}: ${headSha.slice(0, 7)} against merge-base ${mb.slice(0, 7)} with ${pr.baseRef || 'base'}`,
        };
    }
    if (event.eventName === 'push') {
        const before = String(event.payload.before ?? '');
        const after = String(event.payload.after ?? '') || (await revParse(deps, 'HEAD')) || 'HEAD';
        const commits = Array.isArray(event.payload.commits) ? event.payload.commits.length : 0;
        if (before && !ZERO_SHA.test(before)) {
            const got = await deepenUntil(deps, [before], () => (0, exports.hasCommit)(deps, before));
            if (got)
                return {
                    base: before,
                    head: after,
                    kind: 'push',
                    description: `push ${before.slice(0, 7)}..${after.slice(0, 7)}`,
                };
            // A force push can leave `before` unreachable; fall through to the new-branch rule.
            deps.logger?.warning(`the push's previous head ${before.slice(0, 7)} is not fetchable (force push?); comparing with the default branch instead`);
        }
        // A new branch (before is all zeros): its commits since it left the default branch.
        const defName = event.defaultBranch || undefined;
        const branch = event.refName;
        if (defName && branch !== defName) {
            const fetched = await deepenUntil(deps, [`+refs/heads/${defName}:refs/remotes/origin/${defName}`], async () => {
                const ref = await defaultBranchRef(deps, defName);
                return ref !== undefined && (await mergeBase(deps, ref, after)) !== undefined;
            });
            const ref = await defaultBranchRef(deps, defName);
            const mb = fetched && ref ? await mergeBase(deps, ref, after) : undefined;
            if (mb)
                return {
                    base: mb,
                    head: after,
                    kind: 'new-branch',
                    description: `new branch ${branch}: changes since it left ${defName} (${mb.slice(0, 7)})`,
                };
        }
        // The first push of a repository, or of the default branch itself: the pushed commits.
        const parent = commits > 0 ? await revParse(deps, `${after}~${commits}`) : undefined;
        if (parent)
            return {
                base: parent,
                head: after,
                kind: 'new-branch',
                description: `new branch ${branch}: its ${commits} pushed commit(s)`,
            };
        if (!(await revParse(deps, `${after}^`)) && !(await (0, exports.isShallow)(deps))) {
            return {
                base: exports.EMPTY_TREE,
                head: after,
                kind: 'initial',
                description: `initial commit ${after.slice(0, 7)}: every file`,
            };
        }
        throw shallowFix(`the base of new branch ${branch || after.slice(0, 7)}`, commits > 0 ? String(commits + 1) : '0');
    }
    // Local use (and other events): the work since the merge-base with the default branch.
    const [defRef, head0] = await Promise.all([
        defaultBranchRef(deps, event.defaultBranch || undefined),
        revParse(deps, 'HEAD'),
    ]);
    const tip = head0 ?? exports.EMPTY_TREE;
    if (defRef && tip !== exports.EMPTY_TREE) {
        const mb = await mergeBase(deps, defRef, 'HEAD');
        if (mb)
            return {
                base: mb,
                head,
                kind: 'local',
                description: `${local ? 'working tree' : 'HEAD'} against merge-base ${mb.slice(0, 7)} with ${defRef}`,
            };
    }
    return {
        base: tip,
        head,
        kind: 'local',
        description: tip === exports.EMPTY_TREE
            ? 'no commits yet: every file'
            : `no default branch found: ${local ? 'uncommitted changes' : 'HEAD'} only`,
    };
}
function diffArgs(range) {
    if (range.staged)
        return ['--cached', range.base];
    return range.head ? [range.base, range.head] : [range.base];
}
/** The changed files of a range (renames detected), plus untracked files for working-tree ranges. */
async function changedFiles(range, deps) {
    // Untracked files are listed at the same time as the diff runs: process starts dominate.
    const untrackedP = !range.head && !range.staged
        ? git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/'])
        : Promise.resolve('');
    const [out, untracked] = await Promise.all([
        git(deps, ['diff', '--name-status', '-z', '-M', '--no-ext-diff', ...diffArgs(range), '--']),
        untrackedP,
    ]);
    const parts = out.split('\0');
    const files = [];
    for (let i = 0; i < parts.length - 1;) {
        const status = parts[i++];
        if (!status)
            continue;
        const code = status[0];
        if (code === 'R' || code === 'C') {
            const previousPath = parts[i++];
            files.push({ path: parts[i++], status: code, previousPath });
        }
        else
            files.push({ path: parts[i++], status: code });
    }
    for (const p of untracked.split('\0'))
        if (p)
            files.push({ path: p, status: 'A' });
    return files;
}
/** Undo git's C-style quoting of a path ("a\"b\303\251"). */
function unquoteGitPath(s) {
    if (!s.startsWith('"'))
        return s;
    const bytes = [];
    const map = { n: 10, t: 9, r: 13, b: 8, f: 12, a: 7, v: 11, '"': 34, '\\': 92 };
    for (let i = 1; i < s.length - 1; i++) {
        const c = s[i];
        if (c === '\\') {
            const n = s[i + 1];
            if (/[0-7]/.test(n)) {
                bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
                i += 3;
            }
            else {
                bytes.push(map[n] ?? n.charCodeAt(0));
                i += 1;
            }
        }
        else
            bytes.push(...Buffer.from(c, 'utf8'));
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Parse `git diff -U0` into the added/changed line ranges of each file's new version. */
function parseUnifiedDiff(diff) {
    const result = new Map();
    let current;
    for (const line of diff.split('\n')) {
        if (line.startsWith('+++ ')) {
            const raw = line.slice(4).replace(/\t$/, '');
            if (raw === '/dev/null') {
                current = undefined;
                continue;
            }
            const path = unquoteGitPath(raw).replace(/^b\//, '');
            current = result.get(path) ?? [];
            result.set(path, current);
        }
        else if (line.startsWith('@@') && current) {
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
            if (!m)
                continue;
            const start = Number(m[1]);
            const count = m[2] === undefined ? 1 : Number(m[2]);
            if (count > 0)
                current.push({ start, end: start + count - 1 });
        }
    }
    return result;
}
/** Changed line ranges per file (head side); untracked files count as wholly changed. */
async function changedLines(range, deps) {
    const out = await git(deps, [
        'diff',
        '-U0',
        '-M',
        '--no-ext-diff',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        '--diff-filter=AMRCT',
        ...diffArgs(range),
        '--',
    ]);
    const map = parseUnifiedDiff(out);
    if (!range.head && !range.staged) {
        const root = range.root ?? (await repoRoot(deps));
        const untracked = await git(deps, ['ls-files', '-z', '--full-name', '--others', '--exclude-standard', '--', ':/']);
        for (const p of untracked.split('\0')) {
            if (!p)
                continue;
            let lines;
            try {
                const text = (0, node_fs_1.readFileSync)((0, node_path_1.join)(root, p), 'utf8');
                lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
            }
            catch {
                continue;
            }
            if (lines > 0)
                map.set(p, [{ start: 1, end: lines }]);
        }
    }
    return map;
}
/** Where `cwd` sits inside the work tree `root`, '' at the top (`services/api` after `cd services/api`). */
function cwdPrefix(root, cwd) {
    const real = (p) => {
        try {
            return (0, node_fs_1.realpathSync)(p);
        }
        catch {
            return (0, node_path_1.resolve)(p);
        }
    };
    const rel = (0, node_path_1.relative)(real(root), real(cwd));
    return rel.startsWith('..') ? '' : rel.split(node_path_1.sep).join('/');
}
/** A repository-relative path as seen from the folder `prefix`; undefined when it lies outside. */
function fromRoot(path, prefix) {
    if (!prefix)
        return path;
    return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}
/** True when `line` falls in one of `ranges`. */
function inRanges(ranges, line) {
    return !!ranges?.some((r) => line >= r.start && line <= r.end);
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

/***/ 6804:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.findBinary = findBinary;
exports.missingBinaryMessage = missingBinaryMessage;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
/** Where a program is: the project's node_modules/.bin first, then PATH. */
function findBinary(name, cwd, env) {
    if (name.includes('/'))
        return undefined;
    const dirs = [(0, node_path_1.join)(cwd, 'node_modules', '.bin'), ...(env.PATH ?? '').split(node_path_1.delimiter).filter(Boolean)];
    for (const d of dirs) {
        const p = (0, node_path_1.join)(d, name);
        try {
            (0, node_fs_1.accessSync)(p, node_fs_1.constants.X_OK);
            if ((0, node_fs_1.statSync)(p).isFile())
                return p;
        }
        catch {
            /* not here */
        }
    }
    return undefined;
}
const NODE_TOOLS = new Set([
    'eslint',
    'tsc',
    'prettier',
    'biome',
    'stylelint',
    'markdownlint',
    'vue-tsc',
    'oxlint',
    'standard',
    'xo',
]);
const PY_TOOLS = new Set(['flake8', 'mypy', 'bandit', 'ruff', 'pylint', 'black', 'isort', 'pyright']);
/** The one-line fix when a check's program is missing. */
function missingBinaryMessage(name) {
    const hint = NODE_TOOLS.has(name)
        ? 'add it to devDependencies'
        : PY_TOOLS.has(name)
            ? `install it (pip install ${name}, or your requirements file)`
            : 'install it on the runner (or in an earlier step)';
    return `${name} not found: ${hint} or remove the check`;
}


/***/ }),

/***/ 338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listRepoFiles = listRepoFiles;
exports.detectChecks = detectChecks;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const bin_js_1 = __webpack_require__(6804);
/** The repository's files: tracked plus untracked-not-ignored, or a walk outside git. */
async function listRepoFiles(cwd, exec) {
    try {
        const r = await exec('git', ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd, timeoutMs: 60_000 });
        if (r.exitCode === 0)
            return [...new Set(r.stdout.split('\0').filter(Boolean))].filter((f) => (0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, f)));
    }
    catch {
        /* no git: walk instead */
    }
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    return glob(['**/*'], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
}
function read(cwd, file) {
    try {
        return (0, node_fs_1.readFileSync)((0, node_path_1.join)(cwd, file), 'utf8');
    }
    catch {
        return '';
    }
}
const has = (files, re) => files.find((f) => re.test(f));
const check = (c) => ({
    shell: false,
    passFiles: c.files !== undefined,
    format: 'text',
    severity: 'error',
    ...c,
});
const JS = ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'];
const PY = ['**/*.py'];
const RULES = [
    {
        tool: 'eslint',
        wanted: (files) => {
            const f = has(files, /(^|\/)(eslint\.config\.(js|mjs|cjs|ts|mts|cts)|\.eslintrc(\.(js|cjs|json|ya?ml))?)$/);
            return f ? `${f} exists` : undefined;
        },
        make: () => check({
            name: 'eslint',
            run: ['eslint', '--format', 'json', '--no-warn-ignored'],
            files: JS,
            format: 'eslint-json',
            fix: ['eslint', '--fix', '--no-warn-ignored'],
        }),
    },
    {
        tool: 'tsc',
        wanted: (files) => (files.includes('tsconfig.json') ? 'tsconfig.json exists' : undefined),
        make: () => check({
            name: 'tsc',
            run: ['tsc', '--noEmit', '--pretty', 'false'],
            files: ['**/*.{ts,tsx,mts,cts}'],
            passFiles: false,
            format: 'tsc',
        }),
    },
    {
        tool: 'prettier',
        wanted: (files, cwd) => {
            const f = has(files, /^(\.prettierrc(\.\w+)?|prettier\.config\.\w+)$/);
            if (f)
                return `${f} exists`;
            return /"prettier"\s*:/.test(read(cwd, 'package.json')) && files.includes('package.json')
                ? 'package.json configures prettier'
                : undefined;
        },
        make: () => check({
            name: 'prettier',
            run: ['prettier', '--check', '--ignore-unknown'],
            files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,json,css,scss,md,yml,yaml,html}'],
            fix: ['prettier', '--write', '--ignore-unknown'],
        }),
    },
    {
        tool: 'biome',
        wanted: (files) => (has(files, /^biome\.jsonc?$/) ? 'biome.json exists' : undefined),
        make: () => check({
            name: 'biome',
            run: ['biome', 'lint', '--no-errors-on-unmatched'],
            files: JS,
            fix: ['biome', 'lint', '--write', '--no-errors-on-unmatched'],
        }),
    },
    {
        tool: 'ruff',
        wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
        make: () => check({
            name: 'ruff',
            run: ['ruff', 'check', '--output-format=concise', '--no-cache'],
            files: PY,
            format: 'gcc',
            fix: ['ruff', 'check', '--fix', '--no-cache'],
        }),
    },
    {
        tool: 'flake8',
        wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
        make: () => check({ name: 'flake8', run: ['flake8'], files: PY, format: 'gcc' }),
    },
    {
        tool: 'mypy',
        wanted: (files, cwd) => {
            if (!has(files, /\.py$/))
                return undefined;
            const cfg = has(files, /^(mypy\.ini|\.mypy\.ini)$/) ??
                (/\[mypy\]/.test(read(cwd, 'setup.cfg'))
                    ? 'setup.cfg [mypy]'
                    : /\[tool\.mypy\]/.test(read(cwd, 'pyproject.toml'))
                        ? 'pyproject.toml [tool.mypy]'
                        : undefined);
            return cfg ? `${cfg} configures it` : 'the repository has Python files';
        },
        make: () => check({
            name: 'mypy',
            run: ['mypy', '--show-column-numbers', '--no-error-summary', '--no-pretty', '--no-color-output', '.'],
            files: PY,
            passFiles: false,
            format: 'gcc',
        }),
    },
    {
        tool: 'bandit',
        wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files (security linter)' : undefined),
        make: () => check({ name: 'bandit', run: ['bandit', '--format', 'json', '--quiet'], files: PY, format: 'bandit-json' }),
    },
    {
        tool: 'shellcheck',
        wanted: (files) => {
            const f = has(files, /\.(sh|bash)$/);
            return f ? `shell scripts exist (${f})` : undefined;
        },
        make: () => check({ name: 'shellcheck', run: ['shellcheck', '--format=gcc'], files: ['**/*.{sh,bash}'], format: 'gcc' }),
    },
    {
        tool: 'hadolint',
        wanted: (files) => {
            const f = has(files, /(^|\/)(Dockerfile|Containerfile)(\.[\w-]+)?$|\.dockerfile$/);
            return f ? `${f} exists` : undefined;
        },
        make: () => check({
            name: 'hadolint',
            run: ['hadolint', '--format', 'checkstyle'],
            files: ['**/{Dockerfile,Containerfile}', '**/{Dockerfile,Containerfile}.*', '**/*.dockerfile'],
            format: 'checkstyle',
        }),
    },
    {
        tool: 'actionlint',
        wanted: (files) => has(files, /^\.github\/workflows\/[^/]+\.ya?ml$/) ? '.github/workflows has workflows' : undefined,
        make: () => check({
            name: 'actionlint',
            run: [
                'actionlint',
                '-format',
                '{{range $err := .}}{{$err.Filepath}}:{{$err.Line}}:{{$err.Column}}: {{$err.Message}} [{{$err.Kind}}]\n{{end}}',
            ],
            files: ['.github/workflows/*.{yml,yaml}'],
            format: 'gcc',
        }),
    },
    {
        tool: 'yamllint',
        wanted: (files) => {
            const f = has(files, /\.ya?ml$/);
            return f ? `YAML files exist (${f})` : undefined;
        },
        make: (cwd) => {
            const configured = ['.yamllint', '.yamllint.yml', '.yamllint.yaml'].some((f) => (0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, f)));
            // Without a config, yamllint's default rules flag style (document-start, line length) as errors.
            return check({
                name: 'yamllint',
                run: ['yamllint', '--format', 'parsable', ...(configured ? [] : ['-d', 'relaxed'])],
                files: ['**/*.{yml,yaml}'],
                format: 'gcc',
            });
        },
    },
    {
        tool: 'golangci-lint',
        wanted: (files) => (files.includes('go.mod') ? 'go.mod exists' : undefined),
        make: () => check({
            name: 'golangci-lint',
            run: ['golangci-lint', 'run', '--out-format', 'line-number'],
            files: ['**/*.go'],
            passFiles: false,
            format: 'gcc',
        }),
    },
];
/**
 * Zero-config: the checks this repository's own files call for, among the tools actually
 * installed (node_modules/.bin or PATH). Every tool gets a line saying why it was or wasn't picked.
 */
async function detectChecks(cwd, env, exec, files) {
    const all = files ?? (await listRepoFiles(cwd, exec));
    const checks = [];
    const detections = [];
    let pythonLinter;
    for (const rule of RULES) {
        const why = rule.wanted(all, cwd);
        if (!why) {
            detections.push({ tool: rule.tool, picked: false, reason: 'nothing in the repository calls for it' });
            continue;
        }
        const bin = (0, bin_js_1.findBinary)(rule.tool, cwd, env);
        if (!bin) {
            detections.push({
                tool: rule.tool,
                picked: false,
                reason: `${why}, but ${rule.tool} is not installed (not in node_modules/.bin or on PATH)`,
            });
            continue;
        }
        if (rule.tool === 'flake8' && pythonLinter === 'ruff') {
            detections.push({ tool: rule.tool, picked: false, reason: 'ruff is installed and covers the same rules' });
            continue;
        }
        if (rule.tool === 'ruff')
            pythonLinter = 'ruff';
        checks.push(rule.make(cwd));
        detections.push({ tool: rule.tool, picked: true, reason: `${why}, and ${rule.tool} is installed (${bin})` });
    }
    return { checks, detections };
}


/***/ }),

/***/ 807:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.globMatcher = globMatcher;
exports.wantsChangedOnly = wantsChangedOnly;
exports.planJobs = planJobs;
exports.pickAnnotated = pickAnnotated;
exports.run = run;
exports.gitRoot = gitRoot;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
const git_js_1 = __webpack_require__(7167);
const detect_js_1 = __webpack_require__(338);
const report_js_1 = __webpack_require__(2047);
const runner_js_1 = __webpack_require__(6855);
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
        const matched = files.filter((f) => match(f));
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
/** The gate: plan, run in parallel inside the budget, then annotate, summarize and report. */
async function run(o, ctx) {
    const start = ctx.now();
    const { logger } = ctx;
    // --json keeps stdout for the report alone: progress goes to the debug stream.
    const say = o.json ? (m) => logger.debug(m) : (m) => logger.info(m);
    const changedOnly = wantsChangedOnly(o, ctx);
    const needsLines = o.annotate === 'changed-lines' || o.annotate === 'changed-files';
    const root = gitRoot(ctx.cwd, ctx.env);
    if (root === undefined && changedOnly) {
        if (o.changedOnly === 'true' || o.staged || o.base)
            throw new errors_js_1.ConfigError(`${(0, errors_js_1.inputLabel)('changed-only', ctx.frontDoor)}: needs a git repository at ${ctx.cwd}; run it in a git checkout, or lint every file (changed-only: false, --all)`);
        say(`${ctx.cwd} is not a git repository: linting every file`);
    }
    // git diff names files from the repository root; checks run (and findings are named) from
    // cwd, which may be a subfolder (`cd services/api && shipline lint`).
    const prefix = root === undefined ? '' : (0, git_js_1.cwdPrefix)(root, ctx.cwd);
    const local = (p) => (0, git_js_1.fromRoot)(p, prefix);
    const gitDeps = { exec: ctx.exec, cwd: root ?? ctx.cwd, logger };
    // Resolving the range costs several git calls: up front only when it picks the files,
    // otherwise later and only when there are findings to place on changed lines.
    let range;
    const resolveRange = async () => (range ??= await (0, git_js_1.resolveDiffRange)({ event: ctx.event, base: o.base, staged: o.staged }, gitDeps));
    if (root !== undefined && changedOnly)
        await resolveRange();
    const lint = changedOnly && range !== undefined;
    let files;
    if (lint) {
        files = (await (0, git_js_1.changedFiles)(range, gitDeps))
            .filter((f) => f.status !== 'D')
            .map((f) => local(f.path))
            .filter((p) => p !== undefined && (0, node_fs_1.existsSync)((0, node_path_1.join)(ctx.cwd, p)));
        say(`changed files: ${files.length} (${range.description})`);
    }
    else
        files = await (0, detect_js_1.listRepoFiles)(ctx.cwd, ctx.exec);
    const { checks } = o.source;
    say(`checks: ${checks.map((c) => c.name).join(', ') || 'none'} (${o.source.kind === 'config' ? o.source.file : o.source.kind === 'inline' ? 'inline checks input' : 'detected'})`);
    if (o.source.kind === 'detected')
        for (const d of o.source.detections ?? [])
            if (d.picked || !/nothing in the repository/.test(d.reason))
                say(`  ${d.picked ? 'picked' : 'not picked'} ${d.tool}: ${d.reason}`);
    const { jobs, skipped } = planJobs(checks, files, lint);
    const deps = { exec: ctx.exec, cwd: ctx.cwd, env: ctx.env, now: ctx.now };
    if (o.fix)
        await runFixes(jobs, deps, ctx, say);
    const log = (r) => {
        if (o.json)
            return;
        logger.startGroup(`${r.name}: ${r.status} in ${(0, report_js_1.seconds)(r.durationMs)}, ${r.findings.length} finding(s)${r.detail ? ` (${r.detail})` : ''}`);
        if (r.command)
            logger.info(`$ ${(0, exec_js_1.formatCommand)(r.command).slice(0, 2000)}${r.command.join(' ').length > 2000 ? ' …' : ''}`);
        if (r.output)
            logger.info(r.output);
        if (r.parseError)
            logger.warning(`${r.name}: ${r.parseError}`);
        logger.endGroup();
    };
    for (const s of skipped)
        say(`${s.name}: skipped (${s.detail})`);
    const ran = await (0, runner_js_1.runPool)(jobs, deps, {
        parallel: o.parallel,
        budgetMs: Math.max(1, o.budgetMs - (ctx.now() - start)),
        failFast: o.failFast,
        onDone: log,
    });
    const byName = new Map([...ran, ...skipped].map((r) => [r.name, r]));
    const results = checks.map((c) => byName.get(c.name));
    const failed = results.filter((r) => (0, runner_js_1.isFailing)(r.status));
    const findings = results.flatMap((r) => r.findings);
    // No findings, nothing to place: skip the diff (it is most of a clean run's git time).
    let lines;
    if (root !== undefined && findings.length && needsLines) {
        try {
            const byPath = await (0, git_js_1.changedLines)(await resolveRange(), gitDeps);
            lines = new Map();
            for (const [p, r] of byPath) {
                const l = local(p);
                if (l !== undefined)
                    lines.set(l, r);
            }
        }
        catch (e) {
            // The checks' results stand; without a diff every finding is annotated instead.
            logger.warning(`could not tell the changed lines (${(0, errors_js_1.describeThrown)(e)}): annotating every finding`);
        }
    }
    const annotated = pickAnnotated(findings, o.annotate, lines);
    if (!o.json) {
        for (const f of findings) {
            if (!annotated.has(f))
                continue;
            ctx.annotations.add({
                level: f.severity,
                message: f.message,
                title: `${f.check}${f.rule ? `: ${f.rule}` : ''}`,
                file: f.file && prefix && !(0, node_path_1.isAbsolute)(f.file) ? `${prefix}/${f.file}` : f.file,
                line: f.line,
                column: f.column,
                endLine: f.endLine,
                endColumn: f.endLine === f.line ? f.endColumn : undefined,
            });
        }
    }
    const durationMs = ctx.now() - start;
    const result = failed.length ? 'failed' : 'passed';
    const report = (0, report_js_1.buildReport)({
        result,
        durationMs,
        range: lint ? range : undefined,
        changedOnly: lint,
        changedFiles: files.length,
        source: o.source,
        results,
        annotated: o.json ? new Set() : annotated,
    });
    const reportPath = resolvePath(o.report ?? (0, node_path_1.join)(ctx.tempDir, 'shipline-lint', `report-${process.pid}.json`), ctx.cwd);
    write(reportPath, JSON.stringify(report, null, 2) + '\n');
    if (o.sarif)
        write(resolvePath(o.sarif, ctx.cwd), JSON.stringify((0, report_js_1.toSarif)(results, prefix), null, 2) + '\n');
    if (o.json)
        logger.info(JSON.stringify(report, null, 2));
    else
        ctx.summary.raw((0, report_js_1.gateSummary)(report, results).toString());
    const failure = failed.length
        ? `lint gate failed: ${failed.map((r) => `${r.name} (${r.detail ?? r.status}${r.findings.length ? `, ${r.findings.length} finding(s)` : ''})`).join(', ')}`
        : undefined;
    if (!o.json)
        say(`lint gate ${result} in ${(0, report_js_1.seconds)(durationMs)}: ${findings.length} finding(s), ${annotated.size} annotated`);
    const outputs = {
        result,
        'failed-checks': JSON.stringify(failed.map((r) => r.name)),
        findings: String(findings.length),
        'duration-ms': String(durationMs),
        report: reportPath,
    };
    // On the CLI, --json's stdout is the report alone (outputs are in it).
    return { outputs: o.json && ctx.frontDoor === 'cli' ? {} : outputs, failure };
}
/** `--fix`: each check's fix command on its files, one after another (fixers may touch the same file). */
async function runFixes(jobs, deps, ctx, say) {
    const never = new AbortController().signal;
    for (const job of jobs) {
        if (!job.check.fix)
            continue;
        const r = await (0, runner_js_1.runCheck)(job.check, job.files, deps, never, () => undefined, true);
        say(`fix ${job.check.name}: ${r.status === 'error' ? r.detail : `exit code ${r.exitCode}`} in ${(0, report_js_1.seconds)(r.durationMs)}`);
        if (r.status === 'error')
            ctx.logger.warning(`fix ${job.check.name}: ${r.detail}`);
    }
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
function resolvePath(p, cwd) {
    return (0, node_path_1.isAbsolute)(p) ? p : (0, node_path_1.join)(cwd, p);
}
function write(path, text) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    (0, node_fs_1.writeFileSync)(path, text);
}


/***/ }),

/***/ 6193:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ParseError = void 0;
exports.parseEslintJson = parseEslintJson;
exports.parseTsc = parseTsc;
exports.parseGcc = parseGcc;
exports.parseBanditJson = parseBanditJson;
exports.parseCheckstyle = parseCheckstyle;
exports.parseSarif = parseSarif;
exports.normalizePath = normalizePath;
exports.parseOutput = parseOutput;
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
class ParseError extends errors_js_1.ExternalError {
    name = 'ParseError';
}
exports.ParseError = ParseError;
function severityOf(word, fallback = 'error') {
    const w = (word ?? '').toLowerCase();
    if (/^(error|fatal|failure|high|e)$/.test(w))
        return 'error';
    if (/^(warning|warn|medium|low|w|style|convention|refactor)$/.test(w))
        return 'warning';
    if (/^(note|info|information|notice|none)$/.test(w))
        return 'notice';
    return fallback;
}
const num = (v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    return Number.isFinite(n) && n > 0 ? Math.trunc(n) : undefined;
};
/** The first JSON value in a text (tools sometimes print a banner before it). */
function json(text, what) {
    const t = text.trim();
    if (!t)
        return undefined;
    try {
        return JSON.parse(t);
    }
    catch {
        const start = t.search(/[[{]/);
        if (start > 0) {
            try {
                return JSON.parse(t.slice(start));
            }
            catch {
                /* fall through */
            }
        }
        throw new ParseError(`the output is not ${what} JSON`);
    }
}
/** eslint --format json: [{ filePath, messages: [{ ruleId, severity 1|2, message, line, column }] }] */
function parseEslintJson(stdout) {
    const doc = json(stdout, 'eslint');
    if (doc === undefined)
        return [];
    if (!Array.isArray(doc))
        throw new ParseError('eslint JSON is not an array of files');
    const out = [];
    for (const f of doc) {
        for (const m of f.messages ?? []) {
            out.push({
                file: f.filePath,
                line: num(m.line),
                column: num(m.column),
                endLine: num(m.endLine),
                endColumn: num(m.endColumn),
                rule: typeof m.ruleId === 'string' ? m.ruleId : undefined,
                message: String(m.message ?? ''),
                severity: m.severity === 2 || m.fatal ? 'error' : 'warning',
            });
        }
    }
    return out;
}
/** tsc --pretty false: `src/a.ts(3,7): error TS2322: message` (+ indented continuation lines). */
function parseTsc(text) {
    const out = [];
    let last;
    for (const line of text.split(/\r?\n/)) {
        const m = /^(.+?)\((\d+),(\d+)\): (error|warning|message) (TS\d+): (.*)$/.exec(line);
        const g = m ? undefined : /^(error|warning) (TS\d+): (.*)$/.exec(line);
        if (m) {
            last = {
                file: m[1],
                line: Number(m[2]),
                column: Number(m[3]),
                severity: severityOf(m[4]),
                rule: m[5],
                message: m[6],
            };
            out.push(last);
        }
        else if (g) {
            last = { severity: severityOf(g[1]), rule: g[2], message: g[3] };
            out.push(last);
        }
        else if (last && /^\s+\S/.test(line))
            last.message += `\n${line.trim()}`;
        else
            last = undefined;
    }
    return out;
}
/**
 * `file:line[:col]: message`: flake8, shellcheck -f gcc, yamllint parsable, mypy, ruff concise,
 * golangci-lint, actionlint. Severity and rule come from the common spellings of each.
 */
function parseGcc(text) {
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        const m = /^(?!\s)([^:\n]+?):(\d+):(?:(\d+):)?\s*(.*)$/.exec(line);
        if (!m || !m[4].trim())
            continue;
        let msg = m[4].trim();
        let severity = 'error';
        let rule;
        let s = /^(error|warning|note|info|style|fatal)\s*:\s*(.*)$/i.exec(msg) ?? /^\[(error|warning|info)\]\s*(.*)$/i.exec(msg);
        if (s) {
            severity = severityOf(s[1]);
            msg = s[2];
        }
        // flake8 / ruff / pycodestyle codes lead the message: `F401 'os' imported but unused`
        s = /^([A-Z]{1,4}\d{2,4})\s+(?:\[\*\]\s+)?(.*)$/.exec(msg);
        if (s) {
            rule = s[1];
            msg = s[2];
            if (/^W/.test(rule))
                severity = 'warning';
        }
        // shellcheck `[SC2086]`, mypy `[arg-type]`, yamllint `(document-start)`, golangci `(errcheck)`
        const tail = /\s+(?:\[([\w.-]+)\]|\(([\w.-]+)\))$/.exec(msg);
        if (tail && !rule) {
            rule = tail[1] ?? tail[2];
            msg = msg.slice(0, tail.index);
        }
        out.push({ file: m[1], line: Number(m[2]), column: m[3] ? Number(m[3]) : undefined, rule, message: msg, severity });
    }
    return out;
}
/** bandit -f json: { results: [{ filename, line_number, col_offset, issue_severity, test_id, issue_text }] } */
function parseBanditJson(stdout) {
    const doc = json(stdout, 'bandit');
    if (doc === undefined)
        return [];
    if (!doc || typeof doc !== 'object' || !Array.isArray(doc.results))
        throw new ParseError('bandit JSON has no results array');
    const out = doc.results.map((r) => ({
        file: String(r.filename ?? ''),
        line: num(r.line_number),
        column: typeof r.col_offset === 'number' ? r.col_offset + 1 : undefined,
        rule: [r.test_id, r.test_name].filter(Boolean).join(' ') || undefined,
        message: `${String(r.issue_text ?? '')}${r.issue_confidence ? ` (severity ${String(r.issue_severity).toLowerCase()}, confidence ${String(r.issue_confidence).toLowerCase()})` : ''}`,
        severity: String(r.issue_severity).toUpperCase() === 'LOW' ? 'warning' : 'error',
    }));
    for (const e of doc.errors ?? [])
        out.push({ file: String(e.filename ?? ''), message: String(e.reason ?? 'bandit error'), severity: 'error' });
    return out;
}
function xmlAttrs(tag) {
    const out = {};
    const ent = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    for (const m of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        out[m[1]] = (m[2] ?? m[3]).replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, e) => e[0] === '#'
            ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
            : (ent[e] ?? all));
    }
    return out;
}
/** Checkstyle XML: <file name="..."><error line column severity message source/></file> */
function parseCheckstyle(stdout) {
    const text = stdout.trim();
    if (!text)
        return [];
    if (!/<checkstyle[\s>]/.test(text))
        throw new ParseError('the output is not checkstyle XML');
    const out = [];
    let file;
    for (const m of text.matchAll(/<(file|error)\b([^>]*?)\/?>/g)) {
        const a = xmlAttrs(m[2]);
        if (m[1] === 'file')
            file = a.name;
        else
            out.push({
                file,
                line: num(a.line),
                column: num(a.column),
                rule: a.source || undefined,
                message: a.message ?? '',
                severity: severityOf(a.severity),
            });
    }
    return out;
}
/** SARIF 2.1.0: runs[].results[] with ruleId, level, message.text and a physical location. */
function parseSarif(stdout) {
    const doc = json(stdout, 'SARIF');
    if (doc === undefined)
        return [];
    if (!doc || !Array.isArray(doc.runs))
        throw new ParseError('SARIF has no runs array');
    const out = [];
    for (const run of doc.runs) {
        for (const r of run.results ?? []) {
            const loc = r.locations?.[0]?.physicalLocation;
            const region = loc?.region ?? {};
            const level = typeof r.level === 'string' ? r.level : 'warning';
            out.push({
                file: loc?.artifactLocation?.uri
                    ? decodeURIComponent(loc.artifactLocation.uri.replace(/^file:\/\//, ''))
                    : undefined,
                line: num(region.startLine),
                column: num(region.startColumn),
                endLine: num(region.endLine),
                endColumn: num(region.endColumn),
                rule: typeof r.ruleId === 'string' ? r.ruleId : undefined,
                message: String(r.message?.text ?? ''),
                severity: level === 'error' ? 'error' : level === 'note' || level === 'none' ? 'notice' : 'warning',
            });
        }
    }
    return out;
}
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
            raw = parseEslintJson(stdout);
            break;
        case 'tsc':
            raw = parseTsc(stdout + '\n' + stderr);
            break;
        case 'gcc':
            raw = parseGcc(stdout + '\n' + stderr);
            break;
        case 'bandit-json':
            raw = parseBanditJson(stdout);
            break;
        case 'checkstyle':
            raw = parseCheckstyle(stdout);
            break;
        case 'sarif':
            raw = parseSarif(stdout);
            break;
        case 'text':
            raw = [];
            break;
    }
    return raw.map((r) => ({ check, ...r, file: normalizePath(r.file, cwd) }));
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
    return {
        version: 1,
        result: o.result,
        durationMs: o.durationMs,
        range: o.range
            ? { kind: o.range.kind, description: o.range.description, base: o.range.base, head: o.range.head }
            : null,
        changedOnly: o.changedOnly,
        changedFiles: o.changedFiles,
        source: { kind: o.source.kind, file: o.source.file, detections: o.source.detections },
        checks: o.results.map(({ findings, output: _output, ...rest }) => ({ ...rest, findings: findings.length })),
        findings: o.results.flatMap((r) => r.findings.map((f) => ({ ...f, annotated: o.annotated.has(f) }))),
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
    s.heading(`Lint gate: ${report.result === 'passed' ? '✅ passed' : '❌ failed'}`, 2);
    const ran = results.filter((r) => r.status !== 'skipped' && r.durationMs > 0);
    const slowest = ran.sort((a, b) => b.durationMs - a.durationMs)[0];
    const scope = report.changedOnly
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
        s.heading(`Findings outside the annotated lines (${hidden.length})`, 3);
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

/***/ 6855:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isFailing = exports.MAX_FINDINGS = void 0;
exports.checkEnv = checkEnv;
exports.runCheck = runCheck;
exports.runPool = runPool;
const node_path_1 = __webpack_require__(6760);
const exec_js_1 = __webpack_require__(2642);
const argv_js_1 = __webpack_require__(235);
const bin_js_1 = __webpack_require__(6804);
const parsers_js_1 = __webpack_require__(6193);
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
/** Findings kept per check: past this, a report would be megabytes of the same problem. */
exports.MAX_FINDINGS = 2000;
/**
 * Run one check (its command, or `fix` when `useFix`) on its files, in batches that fit the
 * OS argv limit. Never throws for the check's own problems: they become its status.
 */
async function runCheck(check, files, deps, signal, reason, useFix = false) {
    const start = deps.now();
    const argvBase = useFix ? check.fix : check.run;
    const program = check.shell ? 'sh' : argvBase[0];
    const groups = files && check.passFiles ? (0, argv_js_1.batches)(files) : [undefined];
    const env = checkEnv(deps.cwd, deps.env);
    const results = [];
    let command;
    const base = { name: check.name, files: files?.length ?? 0 };
    try {
        for (const group of groups) {
            const { command: cmd, args } = (0, argv_js_1.buildArgv)(argvBase, group, check.shell);
            const resolved = check.shell ? cmd : ((0, bin_js_1.findBinary)(cmd, deps.cwd, env) ?? cmd);
            command ??= [cmd, ...args];
            const elapsed = deps.now() - start;
            const timeoutMs = check.timeoutMs ? Math.max(1, check.timeoutMs - elapsed) : undefined;
            const r = await deps.exec(resolved, args, { cwd: deps.cwd, env, timeoutMs, signal, maxOutputBytes: MAX_OUTPUT });
            results.push(r);
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
        const why = reason();
        status = why === 'fail-fast' ? 'cancelled' : 'over-budget';
        detail = why === 'fail-fast' ? 'cancelled by fail-fast' : "killed: the gate's budget ran out";
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
            findings = (0, parsers_js_1.parseOutput)(check.format, stdout, stderr, check.name, deps.cwd);
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
        detail: truncated
            ? `${detail ? `${detail}; ` : ''}output over ${MAX_OUTPUT / 1024 / 1024} MiB was cut in the middle`
            : detail,
        durationMs,
        exitCode,
        findings,
        command,
        output,
        parseError,
    };
}
const FAILING = ['failed', 'timed-out', 'error', 'over-budget'];
const isFailing = (s) => FAILING.includes(s);
exports.isFailing = isFailing;
/**
 * Run jobs `parallel` at a time inside one budget. When the budget runs out the running
 * checks are killed (their whole process group) and the rest never start; with fail-fast the
 * first failure cancels the others the same way.
 */
async function runPool(jobs, deps, o) {
    const results = new Array(jobs.length);
    const stop = new AbortController();
    let why;
    const halt = (r) => {
        if (why)
            return;
        why = r;
        stop.abort(r);
    };
    const timer = setTimeout(() => halt('budget'), o.budgetMs);
    // Whole-project checks (tsc, mypy) are usually the slowest: start them first so they
    // don't begin last and set the wall time alone. Results keep the config's order.
    const order = jobs
        .map((_, i) => i)
        .sort((a, b) => Number(jobs[a].check.passFiles && !!jobs[a].files) - Number(jobs[b].check.passFiles && !!jobs[b].files));
    let next = 0;
    const worker = async () => {
        while (next < order.length) {
            const i = order[next++];
            const job = jobs[i];
            if (why) {
                results[i] = {
                    name: job.check.name,
                    status: why === 'budget' ? 'over-budget' : 'cancelled',
                    detail: why === 'budget' ? "not started: the gate's budget ran out" : 'not started: cancelled by fail-fast',
                    durationMs: 0,
                    files: job.matched,
                    findings: [],
                };
            }
            else {
                const r = await runCheck(job.check, job.files, deps, stop.signal, () => why);
                r.files = job.matched;
                results[i] = r;
                if (o.failFast && (0, exports.isFailing)(r.status) && r.status !== 'over-budget')
                    halt('fail-fast');
            }
            o.onDone?.(results[i]);
        }
    };
    try {
        await Promise.all(Array.from({ length: Math.max(1, Math.min(o.parallel, jobs.length)) }, worker));
    }
    finally {
        clearTimeout(timer);
    }
    return results;
}


/***/ })

};
