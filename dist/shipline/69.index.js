export const id = 69;
export const ids = [69];
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
        signal: deps.signal,
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
        signal: deps.signal,
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
        if (deps.signal?.aborted)
            throw new GitError('the fetch of more history was stopped');
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
    const r = await deps.exec('git', ['rev-parse', '--show-toplevel'], {
        cwd: deps.cwd,
        timeoutMs: 30_000,
        signal: deps.signal,
    });
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
    if (event.eventName === 'merge_group') {
        // A merge queue tests head_sha (the queue branch: the base branch's tip plus the queued
        // pull requests); its changes are base_sha..head_sha, the group against its parent commit.
        const group = (event.payload.merge_group ?? {});
        const baseSha = typeof group.base_sha === 'string' ? group.base_sha : '';
        const headSha = (typeof group.head_sha === 'string' && group.head_sha) || (await revParse(deps, 'HEAD')) || 'HEAD';
        if (!baseSha)
            throw new errors_js_1.ConfigError('the merge_group event payload has no merge_group.base_sha; run on the event GitHub sends, or set the base input');
        const baseRef = typeof group.base_ref === 'string' ? group.base_ref.replace(/^refs\/heads\//, '') : '';
        const got = await deepenUntil(deps, [baseSha, headSha, ...(baseRef ? [`+refs/heads/${baseRef}:refs/remotes/origin/${baseRef}`] : [])], async () => (await (0, exports.hasCommit)(deps, baseSha)) && (await (0, exports.hasCommit)(deps, headSha)));
        if (!got)
            throw shallowFix(`the merge group's base commit ${baseSha.slice(0, 7)}`, '0');
        return {
            base: baseSha,
            head: headSha,
            kind: 'merge_group',
            description: `merge group ${headSha.slice(0, 7)} against its base ${baseSha.slice(0, 7)}${baseRef ? ` on ${baseRef}` : ''}`,
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

/***/ 8363:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.baseRef = baseRef;
exports.checkoutBase = checkoutBase;
exports.sideDirs = sideDirs;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const git_js_1 = __webpack_require__(7167);
/** The base to compare against: the input, else the pull request's or merge group's base. */
function baseRef(input, ctx) {
    if (input)
        return input;
    if (ctx.event.pullRequest?.baseSha)
        return ctx.event.pullRequest.baseSha;
    const mg = ctx.event.payload.merge_group;
    if (mg && typeof mg.base_sha === 'string' && mg.base_sha)
        return mg.base_sha;
    return undefined;
}
/**
 * Check the base out next to the head as a detached git worktree, fetching it into a shallow
 * clone when missing. Anything that stops this is one ConfigError line naming input 'base'.
 */
async function checkoutBase(ref, ctx, fail) {
    const deps = { exec: ctx.exec, cwd: ctx.cwd, logger: ctx.logger };
    if (!ref)
        throw fail('is empty and this is not a pull_request or merge_group run', 'set base to the branch, tag or SHA to compare with (e.g. origin/main)');
    let root;
    try {
        root = await (0, git_js_1.repoRoot)(deps);
    }
    catch {
        throw fail(`cannot be checked out: ${ctx.cwd} is not in a git repository`, 'run after actions/checkout');
    }
    const rootDeps = { ...deps, cwd: root };
    let fetched = false;
    if (!(await (0, git_js_1.hasCommit)(rootDeps, ref)) && /^[\w./-]+$/.test(ref) && !ref.startsWith('-')) {
        ctx.logger.info(`fetching base ${ref}`);
        const f = await ctx.exec('git', ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', ref], {
            cwd: root,
            timeoutMs: 300_000,
            env: { ...ctx.env, GIT_TERMINAL_PROMPT: '0' },
        });
        fetched = f.exitCode === 0;
    }
    const sha = (await (0, git_js_1.revParse)(rootDeps, ref)) ?? (fetched ? await (0, git_js_1.revParse)(rootDeps, 'FETCH_HEAD') : undefined);
    if (!sha)
        throw fail(`"${ref}" cannot be checked out: no such commit in this clone or on origin`, 'set fetch-depth: 0 on actions/checkout, or set base to an existing branch, tag or SHA');
    const headSha = (await (0, git_js_1.revParse)(rootDeps, 'HEAD')) ?? '';
    const dir = (0, node_path_1.join)(ctx.tempDir, `shipline-perf-base-${process.pid}-${Date.now().toString(36)}`);
    const r = await ctx.exec('git', ['worktree', 'add', '--detach', '--force', dir, sha], {
        cwd: root,
        timeoutMs: 300_000,
    });
    if (r.exitCode !== 0 || !(0, node_fs_1.existsSync)(dir))
        throw fail(`"${ref}" cannot be checked out: ${(r.stderr.trim().split('\n').pop() ?? '').slice(0, 200)}`, 'check that the base commit exists and the workspace is writable');
    return {
        ref,
        sha,
        headSha,
        root: dir,
        remove: async () => {
            await ctx.exec('git', ['worktree', 'remove', '--force', dir], { cwd: root, timeoutMs: 120_000 });
            await ctx.exec('git', ['worktree', 'prune'], { cwd: root, timeoutMs: 60_000 });
        },
    };
}
/** The folder commands run in, in each checkout. */
function sideDirs(headRoot, baseRoot, cwd, workingDirectory) {
    const rel = (0, node_path_1.join)((0, node_path_1.relative)(headRoot, cwd), workingDirectory);
    return { head: (0, node_path_1.join)(headRoot, rel), base: (0, node_path_1.join)(baseRoot, rel) };
}


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.makeReport = makeReport;
exports.run = run;
const node_os_1 = __webpack_require__(8161);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const checkout_js_1 = __webpack_require__(8363);
const judge_js_1 = __webpack_require__(5288);
const render_js_1 = __webpack_require__(8779);
const rounds_js_1 = __webpack_require__(7782);
/** The whole report from judged rounds (pure; the bench re-judges recorded rounds with it). */
function makeReport(rounds, options, meta) {
    const j = (0, judge_js_1.judge)(rounds, options);
    const regressions = j.benchmarks.filter((b) => b.status === 'regression').map((b) => b.name);
    const failed = regressions.length > 0 || (options.failOnMissing && j.onlyBase.length > 0);
    return {
        version: 1,
        format: options.format,
        base: { ref: meta.baseRef, sha: meta.baseSha },
        head: { sha: meta.headSha },
        seed: options.seed,
        rounds: rounds.length,
        duet: meta.duet,
        elapsedMs: meta.elapsedMs,
        alpha: options.alpha,
        correction: options.correction,
        threshold: options.threshold,
        result: failed ? 'failed' : 'passed',
        regressions,
        improvements: j.benchmarks.filter((b) => b.status === 'improvement').map((b) => b.name),
        onlyBase: j.onlyBase,
        onlyHead: j.onlyHead,
        benchmarks: j.benchmarks,
        samples: rounds.map((r) => ({
            round: r.index,
            order: r.order,
            base: Object.fromEntries(r.base),
            head: Object.fromEntries(r.head),
        })),
    };
}
/** Duet needs two cores for the two sides; pinning needs taskset (util-linux). */
async function duetPins(options, ctx) {
    if (!options.duet)
        return { duet: false };
    if ((0, node_os_1.availableParallelism)() < 2) {
        ctx.logger.warning('duet needs at least 2 CPUs and this machine has 1: running interleaved rounds instead');
        return { duet: false };
    }
    const t = await ctx.exec('taskset', ['-c', '0', 'true']).catch(() => undefined);
    return t?.exitCode === 0 ? { duet: true, pins: [0, 1] } : { duet: true };
}
/**
 * The performance gate: check the base out in a git worktree, build both, run the benchmark
 * command in randomised interleaved rounds, judge each benchmark's head/base ratio with a
 * multiplicity-corrected interval, and fail only on slowdowns beyond the threshold.
 */
async function run(options, ctx) {
    const start = ctx.now();
    const elapsed = () => ctx.now() - start;
    const ref = (0, checkout_js_1.baseRef)(options.base, ctx);
    const fail = (problem, fix) => ctx.frontDoor === 'cli'
        ? new errors_js_1.ConfigError(`--base: ${problem}; ${fix}`)
        : errors_js_1.ConfigError.forInput('base', problem, fix);
    const base = await (0, checkout_js_1.checkoutBase)(ref, ctx, fail);
    try {
        const root = (0, node_fs_1.realpathSync)(ctx.cwd);
        const headRoot = (await ctx.exec('git', ['rev-parse', '--show-toplevel'], { cwd: root })).stdout.trim();
        const dirs = (0, checkout_js_1.sideDirs)(headRoot, base.root, root, options.workingDirectory);
        ctx.logger.info(`base ${base.ref} (${base.sha.slice(0, 12)}) checked out in ${base.root}`);
        if (options.build) {
            await (0, rounds_js_1.build)('base', dirs.base, options.build, ctx, options.runTimeoutMs);
            await (0, rounds_js_1.build)('head', dirs.head, options.build, ctx, options.runTimeoutMs);
        }
        const { duet, pins } = await duetPins(options, ctx);
        const rounds = await (0, rounds_js_1.runRounds)({ options: { ...options, duet }, dirs, ctx, elapsed, pins });
        const report = makeReport(rounds, options, {
            baseRef: base.ref,
            baseSha: base.sha,
            headSha: base.headSha,
            elapsedMs: elapsed(),
            duet,
        });
        (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(options.reportPath), { recursive: true });
        (0, node_fs_1.writeFileSync)(options.reportPath, JSON.stringify(report, null, 2) + '\n');
        (0, render_js_1.renderSummary)(report, ctx.summary);
        const line = (0, render_js_1.verdictLine)(report);
        for (const b of report.benchmarks.filter((x) => x.status === 'regression'))
            ctx.annotations.add({
                level: 'error',
                title: `perf: ${b.name}`,
                message: `${b.name} is ${(0, render_js_1.pct)(b.ratio)} slower than base ${(0, render_js_1.interval)(b)}, beyond the ${(b.threshold * 100).toFixed(1)}% threshold`,
            });
        if (report.result === 'passed')
            ctx.logger.info(line);
        return {
            outputs: { result: report.result, regressions: JSON.stringify(report.regressions), report: options.reportPath },
            failure: report.result === 'failed' ? line : undefined,
        };
    }
    finally {
        await base.remove();
    }
}


/***/ }),

/***/ 9972:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseBenchmarkJs = parseBenchmarkJs;
/**
 * benchmark.js results as printed by `String(event.target)` in an `on('cycle')` handler:
 * `name x 1,234,567 ops/sec ±0.55% (90 runs sampled)`. The value kept is seconds per
 * operation (1 / hz), so lower is better as in every other format.
 */
function parseBenchmarkJs(text) {
    const out = new Map();
    for (const raw of text.split(/\r?\n/)) {
        const m = /^(.*?) x ([\d,]+(?:\.\d+)?) ops\/sec\b/.exec(raw.trim());
        if (!m)
            continue;
        const hz = Number(m[2].replace(/,/g, ''));
        if (!(hz > 0))
            continue;
        const list = out.get(m[1]) ?? [];
        list.push(1 / hz);
        out.set(m[1], list);
    }
    return out;
}


/***/ }),

/***/ 1020:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseGo = parseGo;
/**
 * `go test -bench` text output (also with -count, -benchmem, several packages). Each result line is
 * `BenchmarkName-P <iterations> <value> ns/op [<value> <unit>]...`; the -P GOMAXPROCS suffix is
 * dropped, and names are qualified by package when the output covers more than one.
 * Repeated lines (-count) are kept as separate observations.
 */
function parseGo(text) {
    const rows = [];
    let pkg = '';
    for (const raw of text.split(/\r?\n/)) {
        const line = raw.trim();
        const p = /^pkg:\s+(\S+)/.exec(line);
        if (p) {
            pkg = p[1];
            continue;
        }
        const m = /^(Benchmark\S*?)(?:-\d+)?\s+\d+\s+(.*)$/.exec(line);
        if (!m)
            continue;
        const fields = m[2].trim().split(/\s+/);
        for (let i = 0; i + 1 < fields.length; i += 2) {
            if (fields[i + 1] !== 'ns/op')
                continue;
            const ns = Number(fields[i]);
            if (Number.isFinite(ns))
                rows.push({ pkg, name: m[1], ns });
        }
    }
    const pkgs = new Set(rows.map((r) => r.pkg));
    const out = new Map();
    for (const r of rows) {
        const key = pkgs.size > 1 && r.pkg ? `${r.pkg}.${r.name}` : r.name;
        const list = out.get(key) ?? [];
        list.push(r.ns / 1e9);
        out.set(key, list);
    }
    return out;
}


/***/ }),

/***/ 7964:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FormatError = void 0;
exports.parseOutput = parseOutput;
const benchmarkjs_js_1 = __webpack_require__(9972);
const go_js_1 = __webpack_require__(1020);
const json_js_1 = __webpack_require__(7476);
class FormatError extends Error {
    name = 'FormatError';
}
exports.FormatError = FormatError;
/**
 * Find a JSON document in a command's output: the whole text, or the first line starting a
 * top-level `{`/`[` through the end (tools often print progress before the report).
 */
function parseJson(text) {
    const t = text.trim();
    try {
        return JSON.parse(t);
    }
    catch {
        const lines = t.split(/\r?\n/);
        for (let i = 0; i < lines.length; i++) {
            if (!/^[[{]/.test(lines[i]))
                continue;
            try {
                return JSON.parse(lines.slice(i).join('\n'));
            }
            catch {
                /* keep looking */
            }
        }
    }
    throw new FormatError('the output is not JSON');
}
/** Parse one run's output in `format` into benchmark → observations (seconds per op). */
function parseOutput(format, text) {
    switch (format) {
        case 'go':
            return (0, go_js_1.parseGo)(text);
        case 'benchmarkjs':
            return (0, benchmarkjs_js_1.parseBenchmarkJs)(text);
        case 'pytest-benchmark':
            return (0, json_js_1.parsePytestBenchmark)(parseJson(text));
        case 'google-benchmark':
            return (0, json_js_1.parseGoogleBenchmark)(parseJson(text));
        case 'hyperfine':
            return (0, json_js_1.parseHyperfine)(parseJson(text));
        case 'tinybench':
            return (0, json_js_1.parseTinybench)(parseJson(text));
    }
}


/***/ }),

/***/ 7476:
/***/ ((__unused_webpack_module, exports) => {


// JSON benchmark reports. Every parser returns seconds per operation (lower is better), one or
// more observations per benchmark, and ignores entries it cannot read rather than guessing.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePytestBenchmark = parsePytestBenchmark;
exports.parseGoogleBenchmark = parseGoogleBenchmark;
exports.parseHyperfine = parseHyperfine;
exports.parseTinybench = parseTinybench;
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
function add(out, name, seconds) {
    if (seconds === undefined || !(seconds >= 0))
        return;
    const list = out.get(name) ?? [];
    list.push(seconds);
    out.set(name, list);
}
/** pytest-benchmark `--benchmark-json`: `benchmarks[].{fullname, stats.median}` in seconds. */
function parsePytestBenchmark(doc) {
    const out = new Map();
    const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
    for (const b of list) {
        if (!isObj(b) || !isObj(b.stats))
            continue;
        const name = typeof b.fullname === 'string' ? b.fullname : typeof b.name === 'string' ? b.name : undefined;
        if (name)
            add(out, name, num(b.stats.median) ?? num(b.stats.mean));
    }
    return out;
}
const UNIT = { ns: 1e-9, us: 1e-6, ms: 1e-3, s: 1 };
/**
 * Google Benchmark `--benchmark_format=json` / `--benchmark_out`: `benchmarks[]` with
 * `real_time` in `time_unit`. Aggregates (mean, median, stddev of --benchmark_repetitions) are
 * skipped: the repetitions themselves are the observations.
 */
function parseGoogleBenchmark(doc) {
    const out = new Map();
    const list = isObj(doc) && Array.isArray(doc.benchmarks) ? doc.benchmarks : [];
    for (const b of list) {
        if (!isObj(b) || b.run_type === 'aggregate' || b.error_occurred === true)
            continue;
        const name = typeof b.run_name === 'string' ? b.run_name : typeof b.name === 'string' ? b.name : undefined;
        const unit = UNIT[typeof b.time_unit === 'string' ? b.time_unit : 'ns'];
        const t = num(b.real_time);
        if (name && unit && t !== undefined)
            add(out, name, t * unit);
    }
    return out;
}
/** hyperfine `--export-json`: `results[].{command, median, times}` in seconds. */
function parseHyperfine(doc) {
    const out = new Map();
    const list = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
    for (const r of list) {
        if (!isObj(r) || typeof r.command !== 'string')
            continue;
        add(out, r.command, num(r.median) ?? num(r.mean));
    }
    return out;
}
/** A tinybench task or vitest benchmark: latency in milliseconds, median preferred. */
function tinyLatencyMs(t) {
    const res = isObj(t.result) ? t.result : t;
    if (isObj(res.latency))
        return num(res.latency.p50) ?? num(res.latency.mean);
    return num(res.median) ?? num(res.p50) ?? num(res.mean);
}
/** `bench.table()` rows: `"Latency med (ns)": "962.00 ± 20.00"` (tinybench 3+) or `Average Time (ns)` (2). */
function tableLatencySeconds(row) {
    for (const [key, scale] of [
        ['Latency med (ns)', 1e-9],
        ['Latency avg (ns)', 1e-9],
        ['Average Time (ns)', 1e-9],
    ]) {
        const v = row[key];
        const n = typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v) : NaN;
        if (Number.isFinite(n))
            return n * scale;
    }
    return undefined;
}
/**
 * tinybench results: `JSON.stringify(bench.table())`, an array of `{ name, result }` tasks
 * (tinybench 2 to 6), or the report of `vitest bench --outputJson` (files → groups → benchmarks).
 */
function parseTinybench(doc) {
    const out = new Map();
    if (isObj(doc) && Array.isArray(doc.files)) {
        for (const f of doc.files) {
            const groups = isObj(f) && Array.isArray(f.groups) ? f.groups : [];
            for (const g of groups) {
                if (!isObj(g) || !Array.isArray(g.benchmarks))
                    continue;
                const prefix = typeof g.fullName === 'string' && g.fullName ? `${g.fullName} > ` : '';
                for (const b of g.benchmarks)
                    if (isObj(b) && typeof b.name === 'string') {
                        const ms = tinyLatencyMs(b);
                        add(out, prefix + b.name, ms === undefined ? undefined : ms / 1000);
                    }
            }
        }
        return out;
    }
    const list = Array.isArray(doc) ? doc : isObj(doc) && Array.isArray(doc.tasks) ? doc.tasks : [];
    for (const t of list) {
        if (!isObj(t))
            continue;
        if (typeof t['Task name'] === 'string') {
            add(out, t['Task name'], tableLatencySeconds(t));
            continue;
        }
        if (typeof t.name !== 'string')
            continue;
        const ms = tinyLatencyMs(t);
        add(out, t.name, ms === undefined ? undefined : ms / 1000);
    }
    return out;
}


/***/ }),

/***/ 5288:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.overrideFor = overrideFor;
exports.judge = judge;
const picomatch_1 = __importDefault(__webpack_require__(4006));
const stats_js_1 = __webpack_require__(6268);
/** The first override whose glob matches the name, if any. */
function overrideFor(name, overrides) {
    return overrides.find((o) => picomatch_1.default.isMatch(name, o.pattern, { dot: true }));
}
function pair(rounds, name) {
    const d = [];
    const base = [];
    const head = [];
    for (const r of rounds) {
        const b = r.base.get(name);
        const h = r.head.get(name);
        if (b === undefined || h === undefined || !(b > 0) || !(h > 0))
            continue;
        base.push(b);
        head.push(h);
        d.push(Math.log(h / b));
    }
    return { d, base, head };
}
/**
 * Judge every benchmark from the paired rounds. Per benchmark the paired differences are
 * log(head/base); a regression needs the one-sided test "shift > log(1 + threshold)" to
 * survive the multiplicity correction, which is the same as the interval (at the level the
 * benchmark was judged) lying wholly above 1 + threshold. Improvements are judged the same way
 * on the other side.
 */
function judge(rounds, s) {
    const baseNames = new Set(rounds.flatMap((r) => [...r.base.keys()]));
    const headNames = new Set(rounds.flatMap((r) => [...r.head.keys()]));
    const names = [...baseNames].filter((n) => headNames.has(n)).sort();
    const paired = names.map((name) => {
        const o = overrideFor(name, s.overrides);
        return { name, ...pair(rounds, name), threshold: o?.threshold ?? s.threshold, ignored: o?.ignore ?? false };
    });
    const judged = paired.filter((p) => !p.ignored && p.d.length > 0);
    const pReg = judged.map((p) => (0, stats_js_1.shift)(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pAbove);
    const pImp = judged.map((p) => (0, stats_js_1.shift)(p.d, Math.log1p(p.threshold), s.alpha, s.alpha).pBelow);
    const reg = (0, stats_js_1.correct)(pReg, s.alpha, s.correction);
    const imp = (0, stats_js_1.correct)(pImp, s.alpha, s.correction);
    const byName = new Map();
    judged.forEach((p, i) => {
        const delta = Math.log1p(p.threshold);
        const st = (0, stats_js_1.shift)(p.d, delta, reg.levels[i], imp.levels[i]);
        const status = reg.rejected[i]
            ? 'regression'
            : imp.rejected[i]
                ? 'improvement'
                : st.upper < delta && st.lower > -delta
                    ? 'unchanged'
                    : 'inconclusive';
        byName.set(p.name, {
            name: p.name,
            status,
            rounds: p.d.length,
            base: (0, stats_js_1.median)(p.base),
            head: (0, stats_js_1.median)(p.head),
            ratio: Math.exp(st.estimate),
            low: Math.exp(st.lower),
            high: Math.exp(st.upper),
            confidence: 1 - reg.levels[i] - imp.levels[i],
            threshold: p.threshold,
            minDetectable: Math.expm1((0, stats_js_1.minimumDetectable)(st.estimate, st.lower, delta, reg.levels[i])),
            pRegression: pReg[i],
        });
    });
    const benchmarks = paired.map((p) => byName.get(p.name) ?? {
        name: p.name,
        status: p.ignored ? 'ignored' : 'inconclusive',
        rounds: p.d.length,
        base: (0, stats_js_1.median)(p.base),
        head: (0, stats_js_1.median)(p.head),
        ratio: p.d.length ? Math.exp((0, stats_js_1.median)(p.d)) : NaN,
        low: NaN,
        high: NaN,
        confidence: NaN,
        threshold: p.threshold,
        minDetectable: NaN,
        pRegression: NaN,
    });
    return {
        benchmarks,
        onlyBase: [...baseNames].filter((n) => !headNames.has(n)).sort(),
        onlyHead: [...headNames].filter((n) => !baseNames.has(n)).sort(),
    };
}


/***/ }),

/***/ 8779:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pct = pct;
exports.interval = interval;
exports.duration = duration;
exports.verdictLine = verdictLine;
exports.renderSummary = renderSummary;
const summary_js_1 = __webpack_require__(1363);
/** `1.084 [1.061, 1.109]` style, as a percentage change: `+8.4% [+6.1%, +10.9%]`. */
function pct(ratio) {
    if (!Number.isFinite(ratio))
        return ratio > 0 ? '+∞' : ratio < 0 ? '−∞' : '–';
    const v = (ratio - 1) * 100;
    return `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(1)}%`;
}
function interval(b) {
    if (b.status === 'ignored')
        return '–';
    return `[${pct(b.low)}, ${pct(b.high)}]`;
}
/** Seconds per operation in the unit that reads best. */
function duration(seconds) {
    if (!Number.isFinite(seconds))
        return '–';
    if (seconds >= 1)
        return `${seconds.toFixed(3)} s`;
    if (seconds >= 1e-3)
        return `${(seconds * 1e3).toFixed(3)} ms`;
    if (seconds >= 1e-6)
        return `${(seconds * 1e6).toFixed(3)} µs`;
    return `${(seconds * 1e9).toFixed(2)} ns`;
}
function detectable(b) {
    if (b.status === 'ignored' || Number.isNaN(b.minDetectable))
        return '–';
    return Number.isFinite(b.minDetectable) ? `${(b.minDetectable * 100).toFixed(1)}%` : 'none (too few rounds)';
}
const ICON = {
    regression: '🔴 regression',
    improvement: '🟢 improvement',
    unchanged: 'unchanged',
    inconclusive: '❔ inconclusive',
    ignored: 'ignored',
};
/** One line for the log and the failure message. */
function verdictLine(report) {
    const n = report.benchmarks.length;
    if (report.regressions.length) {
        const worst = report.benchmarks
            .filter((b) => b.status === 'regression')
            .sort((a, b) => b.ratio - a.ratio)
            .map((b) => `${b.name} ${pct(b.ratio)} ${interval(b)}`);
        return `${report.regressions.length} of ${n} benchmarks slower than base beyond the threshold: ${worst.slice(0, 3).join('; ')}${worst.length > 3 ? '; …' : ''}`;
    }
    if (report.result === 'failed')
        return `benchmarks missing on head: ${report.onlyBase.join(', ')}`;
    return `no regression beyond the threshold in ${n} benchmarks over ${report.rounds} rounds`;
}
/** The job summary: verdict, regressions and improvements first, then every benchmark. */
function renderSummary(report, s) {
    s.heading(`Performance gate: ${report.result === 'passed' ? '✅ passed' : '❌ failed'}`);
    s.paragraph(verdictLine(report));
    s.paragraph(`Base \`${report.base.ref}\` (${report.base.sha.slice(0, 12)}) vs head ${report.head.sha.slice(0, 12)}: ` +
        `${report.rounds} randomised interleaved rounds${report.duet ? ' (duet: both at once)' : ''}, ` +
        `threshold ${(report.threshold * 100).toFixed(1)}%, ${report.correction === 'bh' ? 'false-discovery rate' : 'family-wise error'} ${report.alpha} (${report.correction}), seed ${report.seed}. ` +
        'Change is head/base − 1 (Hodges–Lehmann on the paired log-ratios); a benchmark regresses only when its whole interval lies above the threshold.');
    const flagged = report.benchmarks.filter((b) => b.status === 'regression' || b.status === 'improvement');
    flagged.sort((a, b) => (a.status === b.status ? b.ratio - a.ratio : a.status === 'regression' ? -1 : 1));
    if (flagged.length) {
        s.heading('Regressions and improvements', 3);
        s.table(['benchmark', 'verdict', 'change', 'interval', 'confidence'], flagged.map((b) => [b.name, ICON[b.status], pct(b.ratio), interval(b), `${(b.confidence * 100).toFixed(1)}%`]));
    }
    const noisy = report.benchmarks.filter((b) => b.status !== 'ignored' && !(b.minDetectable <= b.threshold * 2));
    if (noisy.length)
        s.paragraph(`⚠️ ${noisy.length} benchmark(s) too noisy for these rounds to catch twice the threshold: raise rounds, or lengthen each benchmark.`);
    if (report.onlyBase.length || report.onlyHead.length)
        s.paragraph(`Only on base: ${report.onlyBase.join(', ') || 'none'}. Only on head: ${report.onlyHead.join(', ') || 'none'}.`);
    const rows = report.benchmarks.map((b) => [
        b.name,
        ICON[b.status],
        duration(b.base),
        duration(b.head),
        b.status === 'ignored' ? '–' : pct(b.ratio),
        interval(b),
        `${(b.threshold * 100).toFixed(1)}%`,
        detectable(b),
        b.rounds,
    ]);
    s.details(`All ${report.benchmarks.length} benchmarks`, new summary_js_1.Summary()
        .table(['benchmark', 'verdict', 'base', 'head', 'change', 'interval', 'threshold', 'detectable (80%)', 'rounds'], rows)
        .toString());
}


/***/ }),

/***/ 7782:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.OUTPUT_TOKEN = void 0;
exports.runOnce = runOnce;
exports.build = build;
exports.runRounds = runRounds;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const exec_js_1 = __webpack_require__(2642);
const index_js_1 = __webpack_require__(7964);
const stats_js_1 = __webpack_require__(6268);
exports.OUTPUT_TOKEN = '{output}';
/** The line bash's `time` keyword prints with this TIMEFORMAT: wall, user and system seconds. */
const TIME_TAG = 'shipline-perf-time';
// The user's argv is passed as "$@", never spliced into the script: no shell parsing of input.
const TIME_SCRIPT = `TIMEFORMAT='${TIME_TAG} %3R %3U %3S'; time "$@"`;
function lastLine(r) {
    const lines = `${r.stderr}\n${r.stdout}`
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith(TIME_TAG));
    return lines.length ? lines[lines.length - 1].slice(0, 200) : '(no output)';
}
function commandFailed(side, r, what, timeoutMs, argv) {
    const how = r.timedOut
        ? `timed out after ${Math.round(timeoutMs / 1000)}s`
        : r.signal
            ? `was killed by ${r.signal}`
            : `exited with ${r.exitCode}`;
    return new errors_js_1.ConfigError(`the ${what} ${how} on ${side} (${(0, exec_js_1.formatCommand)(argv)}): ${lastLine(r)}; fix the ${what} so it passes on both base and head`);
}
/** Run one side once and return its measurements (median of a run's repeated observations). */
async function runOnce(side, dir, options, ctx, pin) {
    const outFile = (0, node_path_1.join)(ctx.tempDir, `shipline-perf-${process.pid}-${side}-${Math.random().toString(36).slice(2)}.out`);
    let argv = options.command.map((a) => a.split(exports.OUTPUT_TOKEN).join(outFile));
    if (options.format === 'command')
        argv = ['bash', '-c', TIME_SCRIPT, 'shipline-perf', ...argv];
    if (pin !== undefined)
        argv = ['taskset', '-c', String(pin), ...argv];
    let r;
    try {
        r = await ctx.exec(argv[0], argv.slice(1), {
            cwd: dir,
            timeoutMs: options.runTimeoutMs,
            env: { ...ctx.env, SHIPLINE_PERF_SIDE: side },
        });
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError)
            throw errors_js_1.ConfigError.forInput('command', `${e.command} is not installed (on ${side})`, 'install it in an earlier step or fix the command');
        throw e;
    }
    if (r.exitCode !== 0)
        throw commandFailed(side, r, 'benchmark command', options.runTimeoutMs, options.command);
    const sample = new Map();
    if (options.format === 'command') {
        const line = r.stderr.split('\n').find((l) => l.startsWith(TIME_TAG));
        const [wall, user, sys] = (line ?? '').split(/\s+/).slice(1).map(Number);
        sample.set('wall', Number.isFinite(wall) ? wall : r.durationMs / 1000);
        if (Number.isFinite(user) && Number.isFinite(sys))
            sample.set('cpu', user + sys);
        return sample;
    }
    let text = r.stdout;
    if (options.command.some((a) => a.includes(exports.OUTPUT_TOKEN))) {
        try {
            text = (0, node_fs_1.readFileSync)(outFile, 'utf8');
        }
        catch {
            throw errors_js_1.ConfigError.forInput('command', `the command did not write ${exports.OUTPUT_TOKEN} on ${side}`, `pass ${exports.OUTPUT_TOKEN} where the tool takes its report path (e.g. --benchmark-json={output})`);
        }
        finally {
            (0, node_fs_1.rmSync)(outFile, { force: true });
        }
    }
    let parsed;
    try {
        parsed = (0, index_js_1.parseOutput)(options.format, text);
    }
    catch (e) {
        if (!(e instanceof index_js_1.FormatError))
            throw e;
        parsed = new Map();
    }
    if (parsed.size === 0)
        throw errors_js_1.ConfigError.forInput('format', `found no ${options.format} benchmark results in the ${side} output (${lastLine(r)})`, `check that the command prints ${options.format} results${options.format === 'go' ? '' : ` (or writes them to ${exports.OUTPUT_TOKEN})`}, or pick the format it produces`);
    for (const [name, obs] of parsed)
        sample.set(name, (0, stats_js_1.median)(obs));
    return sample;
}
/** Build one checkout; a failing build is one line naming the side. */
async function build(side, dir, argv, ctx, timeoutMs) {
    ctx.logger.info(`building ${side}: ${(0, exec_js_1.formatCommand)(argv)}`);
    let r;
    try {
        r = await ctx.exec(argv[0], argv.slice(1), { cwd: dir, timeoutMs, env: { ...ctx.env, SHIPLINE_PERF_SIDE: side } });
    }
    catch (e) {
        if (e instanceof exec_js_1.CommandNotFoundError)
            throw errors_js_1.ConfigError.forInput('build', `${e.command} is not installed`, 'install it in an earlier step');
        throw e;
    }
    if (r.exitCode !== 0)
        throw commandFailed(side, r, 'build command', timeoutMs, argv);
}
/**
 * Randomised interleaved rounds: each round runs base and head once, in an order drawn from
 * the seeded RNG (or both at once in duet mode), until `rounds` or the time budget is spent.
 * A round is started only when the average round so far still fits in the budget.
 */
async function runRounds(plan) {
    const { options, dirs, ctx } = plan;
    const random = (0, stats_js_1.rng)(options.seed);
    const rounds = [];
    const started = plan.elapsed();
    for (let i = 0; i < options.rounds; i++) {
        const perRound = rounds.length ? (plan.elapsed() - started) / rounds.length : 0;
        if (rounds.length >= 2 && plan.elapsed() + perRound > options.timeBudgetMs) {
            ctx.logger.warning(`time-budget reached after ${rounds.length} of ${options.rounds} rounds: the intervals are wider than they would be with all rounds`);
            break;
        }
        const order = random() < 0.5 ? ['base', 'head'] : ['head', 'base'];
        const got = {};
        if (options.duet) {
            const [a, b] = await Promise.all(order.map((side, k) => runOnce(side, dirs[side], options, ctx, plan.pins?.[k])));
            got[order[0]] = a;
            got[order[1]] = b;
        }
        else {
            for (const side of order)
                got[side] = await runOnce(side, dirs[side], options, ctx);
        }
        rounds.push({ index: i + 1, order, base: got.base, head: got.head });
        ctx.logger.info(`round ${i + 1}/${options.rounds} (${order.join(' then ')}${options.duet ? ', duet' : ''}) done`);
    }
    return rounds;
}


/***/ }),

/***/ 6268:
/***/ ((__unused_webpack_module, exports) => {


// Paired, distribution-free statistics for base-vs-head rounds: the Hodges–Lehmann estimate of
// the median log-ratio, its confidence bounds from the exact Wilcoxon signed-rank distribution
// (so the interval and the test are the same computation, inverted), and Holm / Benjamini–Hochberg
// across benchmarks. No random numbers are used in a verdict: the same rounds give the same result.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.rng = rng;
exports.median = median;
exports.walshAverages = walshAverages;
exports.signedRankTail = signedRankTail;
exports.criticalCount = criticalCount;
exports.shift = shift;
exports.holm = holm;
exports.benjaminiHochberg = benjaminiHochberg;
exports.correct = correct;
exports.normalQuantile = normalQuantile;
exports.minimumDetectable = minimumDetectable;
/** Seeded PRNG (mulberry32): the round order, reproducible from the seed in the report. */
function rng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function median(xs) {
    if (xs.length === 0)
        return NaN;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** All n(n+1)/2 pairwise means x_i, x_j (i <= j), sorted ascending. */
function walshAverages(xs) {
    const out = [];
    for (let i = 0; i < xs.length; i++)
        for (let j = i; j < xs.length; j++)
            out.push((xs[i] + xs[j]) / 2);
    return out.sort((a, b) => a - b);
}
const tailCache = new Map();
/**
 * Upper tail of the signed-rank statistic T+ under the null for n pairs:
 * tail[t] = P(T+ >= t), t = 0 .. n(n+1)/2. Exact, by dynamic programming over the ranks.
 */
function signedRankTail(n) {
    const hit = tailCache.get(n);
    if (hit)
        return hit;
    const max = (n * (n + 1)) / 2;
    let p = new Float64Array(max + 1);
    p[0] = 1;
    for (let r = 1; r <= n; r++) {
        const next = new Float64Array(max + 1);
        for (let s = 0; s <= max; s++) {
            if (p[s] === 0)
                continue;
            next[s] += p[s] / 2;
            if (s + r <= max)
                next[s + r] += p[s] / 2;
        }
        p = next;
    }
    const tail = new Float64Array(max + 2);
    for (let t = max; t >= 0; t--)
        tail[t] = tail[t + 1] + p[t];
    tailCache.set(n, tail);
    return tail;
}
/** The smallest count c with P(T+ >= c) <= alpha, or undefined when n is too small for alpha. */
function criticalCount(n, alpha) {
    const tail = signedRankTail(n);
    const max = (n * (n + 1)) / 2;
    for (let c = 0; c <= max; c++)
        if (tail[c] <= alpha)
            return c;
    return undefined;
}
/** Walsh averages strictly above x: the signed-rank statistic at shift x (ties count against
 * the claim, which keeps quantised timers conservative and the interval and test exactly dual). */
function countAbove(sorted, x) {
    let n = 0;
    for (const w of sorted)
        if (w > x)
            n++;
    return n;
}
function countBelow(sorted, x) {
    let n = 0;
    for (const w of sorted)
        if (w < x)
            n++;
    return n;
}
/**
 * The shift of paired differences d (e.g. log(head/base) per round) against a margin delta >= 0.
 * `lower` uses alphaLow and `upper` alphaHigh, so each side can carry its own (multiplicity-
 * adjusted) level. By construction `lower > delta` exactly when `pAbove <= alphaLow`.
 */
function shift(d, delta, alphaLow, alphaHigh) {
    const n = d.length;
    const w = walshAverages(d);
    const N = w.length;
    const tail = signedRankTail(n);
    const cLow = criticalCount(n, alphaLow);
    const cHigh = criticalCount(n, alphaHigh);
    // Reject "shift <= x" when at least c Walsh averages exceed x, i.e. when x < the c-th largest.
    const lower = cLow === undefined || cLow === 0 ? -Infinity : w[N - cLow];
    const upper = cHigh === undefined || cHigh === 0 ? Infinity : w[cHigh - 1];
    return {
        estimate: median(w),
        lower,
        upper,
        pAbove: tail[countAbove(w, delta)],
        pBelow: tail[countBelow(w, -delta)],
    };
}
/**
 * Holm's step-down levels: the level each p-value is judged at, and which are rejected
 * (family-wise error <= alpha under any dependence between benchmarks).
 */
function holm(p, alpha) {
    const m = p.length;
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    const rejected = new Array(m).fill(false);
    const levels = new Array(m).fill(alpha / Math.max(1, m));
    let stopped = false;
    order.forEach((i, k) => {
        levels[i] = alpha / (m - k);
        if (!stopped && p[i] <= levels[i])
            rejected[i] = true;
        else
            stopped = true;
    });
    return { rejected, levels };
}
/**
 * Benjamini–Hochberg step-up (false-discovery rate <= alpha for independent or positively
 * dependent tests). Levels are alpha·R/m, the Benjamini–Yekutieli level for the intervals of
 * the R selected benchmarks (alpha/m when none is selected).
 */
function benjaminiHochberg(p, alpha) {
    const m = p.length;
    const order = p.map((_, i) => i).sort((a, b) => p[a] - p[b]);
    let r = 0;
    order.forEach((i, k) => {
        if (p[i] <= ((k + 1) * alpha) / m)
            r = k + 1;
    });
    const rejected = new Array(m).fill(false);
    for (let k = 0; k < r; k++)
        rejected[order[k]] = true;
    const level = (alpha * Math.max(1, r)) / Math.max(1, m);
    return { rejected, levels: new Array(m).fill(level) };
}
function correct(p, alpha, how) {
    if (how === 'holm')
        return holm(p, alpha);
    if (how === 'bh')
        return benjaminiHochberg(p, alpha);
    return { rejected: p.map((x) => x <= alpha), levels: p.map(() => alpha) };
}
/** Inverse of the standard normal CDF (Acklam's rational approximation, |error| < 1.2e-9). */
function normalQuantile(q) {
    const a = [
        -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
    ];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const lo = 0.02425;
    if (q <= 0)
        return -Infinity;
    if (q >= 1)
        return Infinity;
    if (q < lo) {
        const t = Math.sqrt(-2 * Math.log(q));
        return ((((((c[0] * t + c[1]) * t + c[2]) * t + c[3]) * t + c[4]) * t + c[5]) /
            ((((d[0] * t + d[1]) * t + d[2]) * t + d[3]) * t + 1));
    }
    if (q > 1 - lo)
        return -normalQuantile(1 - q);
    const t = q - 0.5;
    const r = t * t;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * t) /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
/**
 * The smallest slowdown (as a log-ratio) these rounds would flag with 80% probability at
 * level alpha: the margin plus the interval's half-width, scaled from the alpha quantile to
 * alpha + 80% power (a normal approximation of the signed-rank interval's width).
 */
function minimumDetectable(estimate, lower, delta, alpha) {
    if (!Number.isFinite(lower))
        return Infinity;
    const half = Math.max(0, estimate - lower);
    const za = normalQuantile(1 - alpha);
    return delta + (half * (za + normalQuantile(0.8))) / za;
}


/***/ })

};
