export const id = 930;
export const ids = [930];
export const modules = {

/***/ 4329:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ACTIONS_BOT = void 0;
exports.upsertComment = upsertComment;
// The sticky pull request comment, shared by the coverage and performance gates: each tool
// passes its own marker, so neither ever updates the other's comment.
const http_js_1 = __webpack_require__(1983);
const github_rest_js_1 = __webpack_require__(7383);
/** The author of comments written with the Actions token (GET /user answers 403 to it). */
exports.ACTIONS_BOT = 'github-actions[bot]';
/**
 * Who the token writes as: GET /user for a personal or app-user token; an installation token
 * (the workflow's GITHUB_TOKEN) cannot read /user, and its comments are github-actions[bot]'s.
 */
async function identity(base, headers, deps) {
    try {
        const res = await (0, http_js_1.request)({ url: `${base}/user`, headers, label: 'GitHub API (who am I)' }, deps);
        if (res.ok) {
            const login = JSON.parse(res.body).login;
            if (typeof login === 'string' && login)
                return login;
        }
    }
    catch {
        // unknown identity: fall back to the Actions bot, the author of a GITHUB_TOKEN's comments
    }
    return exports.ACTIONS_BOT;
}
/**
 * Create or update the one PR comment that carries `marker` (an HTML comment naming the tool,
 * e.g. `<!-- shipline:perf-gate -->`). A fork PR's token cannot write: that is reported as
 * 'forbidden' (said in the summary, never a failure).
 */
async function upsertComment(event, token, body, deps, marker) {
    const pr = event.pullRequest;
    if (!pr || !pr.number)
        return { kind: 'skipped', reason: 'not a pull request' };
    if (!event.owner || !event.repo)
        return { kind: 'skipped', reason: 'GITHUB_REPOSITORY is not set' };
    const headers = (0, github_rest_js_1.githubHeaders)(token, 'shipline', true);
    const base = (0, github_rest_js_1.githubUrl)(event.apiUrl, `/repos/${event.owner}/${event.repo}`);
    const denied = (status, what) => ({
        kind: 'forbidden',
        reason: `GitHub answered ${status} to ${what}${pr.fromFork ? ': this pull request comes from a fork, whose token cannot write comments' : ': the token lacks pull-requests: write (or issues: write)'}`,
    });
    // Only a comment this token wrote is ours to update: anyone can paste the marker into theirs,
    // and editing it would put our summary under their name (and let them rewrite it later).
    const me = await identity((0, github_rest_js_1.githubUrl)(event.apiUrl, ''), headers, deps);
    let existing;
    for (let page = 1; page <= 50 && !existing; page++) {
        const res = await (0, http_js_1.request)({
            url: `${base}/issues/${pr.number}/comments?per_page=100&page=${page}`,
            headers,
            label: 'GitHub API (list comments)',
        }, deps);
        if (res.status === 403 || res.status === 401 || res.status === 404)
            return denied(res.status, 'listing comments');
        if (!res.ok)
            return { kind: 'failed', reason: `listing comments: GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
        let list;
        try {
            list = JSON.parse(res.body);
        }
        catch {
            return { kind: 'failed', reason: 'listing comments: GitHub answered with something that is not JSON' };
        }
        if (!Array.isArray(list))
            return { kind: 'failed', reason: 'listing comments: not a list' };
        existing = list.find((c) => typeof c.body === 'string' && c.body.includes(marker) && c.user?.login?.toLowerCase() === me.toLowerCase());
        if (list.length < 100)
            break;
    }
    const res = existing
        ? await (0, http_js_1.request)({
            url: `${base}/issues/comments/${existing.id}`,
            method: 'PATCH',
            headers,
            body: JSON.stringify({ body }),
            label: 'GitHub API (update comment)',
        }, deps)
        : await (0, http_js_1.request)({
            url: `${base}/issues/${pr.number}/comments`,
            method: 'POST',
            headers,
            body: JSON.stringify({ body }),
            label: 'GitHub API (create comment)',
        }, deps);
    if (res.status === 403 || res.status === 401 || res.status === 404)
        return denied(res.status, existing ? 'updating the comment' : 'creating the comment');
    if (!res.ok)
        return { kind: 'failed', reason: `GitHub answered ${res.status} ${res.body.slice(0, 200)}` };
    let url;
    let id = existing?.id ?? 0;
    try {
        const c = JSON.parse(res.body);
        url = c.html_url;
        id = c.id ?? id;
    }
    catch {
        // the comment was written; its URL is only for the log
    }
    return { kind: existing ? 'updated' : 'created', url, id };
}


/***/ }),

/***/ 6364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.restoreFromBranch = restoreFromBranch;
exports.saveToBranch = saveToBranch;
const node_fs_1 = __webpack_require__(3024);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __webpack_require__(6760);
const git_js_1 = __webpack_require__(7167);
/**
 * The baseline kept on a branch of the repository (e.g. `shipline-data`), as
 * python-coverage-comment-action keeps its data: the Actions cache evicts entries after 7 days
 * unused and at 10 GB, a branch keeps them. Written with git plumbing (no checkout, the work
 * tree is never touched), one commit per default-branch run, pushed to `origin`.
 */
const REMOTE = 'origin';
const local = (branch) => `refs/shipline/${branch}`;
/** The one git runner (core/git), in the workspace, with extra environment where a call needs it. */
const deps = (ctx, env) => ({
    exec: ctx.exec,
    cwd: ctx.cwd,
    signal: ctx.signal,
    env,
});
/** Fetch the branch's tip; undefined when the branch does not exist yet. */
async function fetchTip(ctx, branch) {
    const fetched = await (0, git_js_1.gitOk)(deps(ctx), [
        'fetch',
        '--no-tags',
        '--depth=1',
        REMOTE,
        `+refs/heads/${branch}:${local(branch)}`,
    ]);
    if (!fetched)
        return undefined;
    return (await (0, git_js_1.git)(deps(ctx), ['rev-parse', '--verify', '-q', `${local(branch)}^{commit}`], true)).trim() || undefined;
}
/** Copy `name` from the branch to `path`; false when the branch or the file is not there. */
async function restoreFromBranch(ctx, branch, name, path) {
    const tip = await fetchTip(ctx, branch);
    if (!tip)
        return false;
    // An absent file (or an empty one, which is no baseline either) is not restored.
    const text = (await (0, git_js_1.git)(deps(ctx), ['show', `${tip}:${name}`], true)).trim();
    if (!text)
        return false;
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    (0, node_fs_1.writeFileSync)(path, text + '\n');
    return true;
}
/** Commit `path` as `name` on the branch (on top of its tip, or as its first commit) and push it. */
async function saveToBranch(ctx, branch, name, path, message) {
    const who = {
        GIT_AUTHOR_NAME: 'github-actions[bot]',
        GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
        GIT_COMMITTER_NAME: 'github-actions[bot]',
        GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
    };
    const blob = (await (0, git_js_1.git)(deps(ctx), ['hash-object', '-w', path])).trim();
    // Two default-branch runs may race: the loser rebuilds on the winner's commit once.
    for (let attempt = 0;; attempt++) {
        const tip = await fetchTip(ctx, branch);
        const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'shipline-baseline-'));
        try {
            const index = deps(ctx, { GIT_INDEX_FILE: (0, node_path_1.join)(dir, 'index') });
            if (tip)
                await (0, git_js_1.git)(index, ['read-tree', tip]);
            await (0, git_js_1.git)(index, ['update-index', '--add', '--cacheinfo', `100644,${blob},${name}`]);
            const tree = (await (0, git_js_1.git)(index, ['write-tree'])).trim();
            const commit = (await (0, git_js_1.git)(deps(ctx, who), ['commit-tree', tree, ...(tip ? ['-p', tip] : []), '-m', message])).trim();
            const push = ['push', '-q', REMOTE, `${commit}:refs/heads/${branch}`];
            // The first push may lose a race (then it is rebuilt on the winner's tip); a second failure is an error.
            if (attempt > 0) {
                await (0, git_js_1.git)(deps(ctx), push);
                return commit;
            }
            if (await (0, git_js_1.gitOk)(deps(ctx), push))
                return commit;
        }
        finally {
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
        }
    }
}


/***/ }),

/***/ 275:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.readBaseline = readBaseline;
exports.baselineOf = baselineOf;
const node_fs_1 = __webpack_require__(3024);
const errors_js_1 = __webpack_require__(4296);
/** Read a baseline written by write-baseline; undefined when the file is not there. */
function readBaseline(path, display) {
    if (!(0, node_fs_1.existsSync)(path))
        return undefined;
    let data;
    try {
        data = JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        throw errors_js_1.ConfigError.forInput('baseline', `${display} is not valid JSON (${(0, errors_js_1.describeThrown)(e)})`, 'point it at a file written by write-baseline', { file: display });
    }
    const b = data;
    const okCount = (c) => !!c &&
        typeof c === 'object' &&
        Number.isInteger(c.total) &&
        Number.isInteger(c.covered);
    if (b?.format !== 'shipline-coverage-baseline' ||
        !okCount(b.lines) ||
        !okCount(b.branches) ||
        !okCount(b.functions) ||
        (b.files !== undefined && (typeof b.files !== 'object' || !Object.values(b.files ?? {}).every(okCount)))) {
        throw errors_js_1.ConfigError.forInput('baseline', `${display} is not a shipline coverage baseline`, 'point it at a file written by write-baseline', { file: display });
    }
    return b;
}
function baselineOf(report, ctx) {
    const t = report.totals();
    const files = {};
    for (const p of [...report.files.keys()].sort()) {
        const l = report.files.get(p).totals().lines;
        if (l.total)
            files[p] = { total: l.total, covered: l.covered };
    }
    return {
        format: 'shipline-coverage-baseline',
        version: 1,
        sha: ctx.event.sha || undefined,
        ref: ctx.event.ref || undefined,
        createdAt: new Date(ctx.now()).toISOString(),
        ...t,
        files,
    };
}


/***/ }),

/***/ 4362:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.computeDiff = computeDiff;
// Changed-line coverage for the gate: find the change's lines with git and measure them in the report.
const errors_js_1 = __webpack_require__(4296);
const git_range_js_1 = __webpack_require__(3111);
const git_js_1 = __webpack_require__(7167);
const diff_js_1 = __webpack_require__(9947);
/** The change's coverage, or why it was not computed (an error when min-diff asks for it). */
async function computeDiff(o, ctx, report) {
    const wanted = o.minDiff !== undefined || o.base !== undefined || !!ctx.event.pullRequest;
    if (!wanted)
        return { note: 'Not computed: set min-diff or base (or run on a pull request).' };
    const deps = { exec: ctx.exec, cwd: ctx.cwd, logger: ctx.logger };
    try {
        const range = await (0, git_range_js_1.resolveDiffRange)({ event: ctx.event, base: o.base }, deps);
        const raw = await (0, git_js_1.changedLines)(range, deps);
        // git names paths from the top of the repository; reports are relative to the workspace.
        const prefix = range.root ? (0, git_js_1.cwdPrefix)(range.root, ctx.cwd) : '';
        const changed = new Map();
        for (const [p, r] of raw) {
            const local = (0, git_js_1.fromRoot)(p, prefix);
            if (local !== undefined)
                changed.set(local, r);
        }
        return { diff: (0, diff_js_1.diffCoverage)(report, changed, range), prefix };
    }
    catch (e) {
        if (e instanceof errors_js_1.ConfigError && o.minDiff !== undefined)
            throw e;
        const why = (0, errors_js_1.describeThrown)(e);
        if (o.minDiff !== undefined)
            throw errors_js_1.ConfigError.forInput('min-diff', `changed lines could not be found (${why})`, 'run in a git checkout with the base fetched (actions/checkout fetch-depth: 0), or set base');
        ctx.logger.warning(`changed-line coverage skipped: ${why}`);
        return { note: `Not computed: ${why}` };
    }
}


/***/ }),

/***/ 9947:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diffCoverage = diffCoverage;
/**
 * diff-cover's definition: of the changed lines, those the report measures count; a changed
 * line is covered when its hit count is above 0. Files not in the report add only to the
 * unmeasured count.
 */
function diffCoverage(report, changed, range) {
    const out = { range, files: [], changed: 0, measured: 0, covered: 0, unmeasured: 0 };
    for (const [path, ranges] of [...changed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const f = report.files.get(path);
        const fd = { path, changed: 0, measured: 0, covered: 0, uncovered: [] };
        let open;
        for (const r of ranges) {
            for (let line = r.start; line <= r.end; line++) {
                fd.changed++;
                const hits = f?.lineHits(line);
                if (hits === undefined)
                    continue;
                fd.measured++;
                if (hits > 0) {
                    fd.covered++;
                    open = undefined;
                }
                else if (open && noMeasuredBetween(report, path, open.end, line))
                    open.end = line;
                else {
                    open = { start: line, end: line };
                    fd.uncovered.push(open);
                }
            }
        }
        out.changed += fd.changed;
        out.measured += fd.measured;
        out.covered += fd.covered;
        out.unmeasured += fd.changed - fd.measured;
        if (fd.changed)
            out.files.push(fd);
    }
    return out;
}
function noMeasuredBetween(report, path, a, b) {
    const f = report.files.get(path);
    for (let l = a + 1; l < b; l++)
        if (f?.lineHits(l) !== undefined)
            return false;
    return true;
}


/***/ }),

/***/ 5930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.run = run;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const paths_js_1 = __webpack_require__(6107);
const changed_js_1 = __webpack_require__(4362);
const baseline_js_1 = __webpack_require__(275);
const baseline_branch_js_1 = __webpack_require__(6364);
const flags_js_1 = __webpack_require__(3733);
const gates_js_1 = __webpack_require__(8418);
const pr_comment_js_1 = __webpack_require__(4329);
const handoff_js_1 = __webpack_require__(7812);
const post_js_1 = __webpack_require__(8566);
const load_js_1 = __webpack_require__(3144);
const render_js_1 = __webpack_require__(3068);
const writers_js_1 = __webpack_require__(6442);
/** Links to the lines at the head commit (a pull request's head, not GitHub's merge commit). */
function blobLinks(ctx, prefix = '') {
    const e = ctx.event;
    const sha = e.pullRequest?.headSha || e.sha;
    if (!e.repository || !sha)
        return undefined;
    const dir = prefix && !prefix.endsWith('/') ? `${prefix}/` : prefix;
    return { blob: `${e.serverUrl.replace(/\/$/, '')}/${e.repository}/blob/${sha}/${dir}` };
}
/** Write one output file; a path that cannot be written is the input's fault, said in one line. */
async function writeOutput(ctx, input, path, write) {
    try {
        await write();
    }
    catch (e) {
        throw errors_js_1.ConfigError.forInput(input, `${(0, node_path_1.relative)(ctx.cwd, path) || path} cannot be written (${(0, errors_js_1.describeThrown)(e)})`, 'point it at a writable path inside the workspace', undefined, ctx.frontDoor);
    }
}
/** Load, merge, gate, report: the coverage gate from reports to outputs. */
async function run(o, ctx) {
    const { logger } = ctx;
    if (o.postComment)
        return (0, post_js_1.postComment)(o.postComment, o.token, ctx);
    let commentFile = '';
    const loaded = await (0, load_js_1.loadReports)({
        root: ctx.cwd,
        files: o.files,
        format: o.format,
        exclude: o.exclude,
        also: (0, paths_js_1.pathRoots)(ctx, { temp: true }).also,
        frontDoor: ctx.frontDoor,
    });
    const { report } = loaded;
    for (const r of loaded.reports)
        logger.info(`read ${r.file} (${r.format}, ${r.files} file(s))`);
    const baselineDisplay = o.baseline ? (0, node_path_1.relative)(ctx.cwd, o.baseline) || o.baseline : '';
    if (o.baseline && o.baselineBranch) {
        const name = baselineDisplay.split(node_path_1.sep).join('/');
        try {
            if (await (0, baseline_branch_js_1.restoreFromBranch)(ctx, o.baselineBranch, name, o.baseline))
                logger.info(`baseline ${name} restored from branch ${o.baselineBranch}`);
            else
                logger.info(`no ${name} on branch ${o.baselineBranch} yet`);
        }
        catch (e) {
            logger.warning(`could not read the baseline from branch ${o.baselineBranch}: ${(0, errors_js_1.describeThrown)(e)}`);
        }
    }
    const baseline = o.baseline ? (0, baseline_js_1.readBaseline)(o.baseline, baselineDisplay) : undefined;
    const notes = [...loaded.notes];
    if (o.baseline && !baseline) {
        // A mistyped path and an evicted cache look alike: say it loudly, and fail when asked to.
        const gates = o.maxDrop !== undefined ? 'max-drop is not checked and the delta is empty' : 'the delta is empty';
        if (o.baselineRequired)
            throw errors_js_1.ConfigError.forInput('baseline', `${baselineDisplay} does not exist, and baseline-required is true`, 'check the path (and that the step restoring the baseline ran), or set baseline-required: false', undefined, ctx.frontDoor);
        const text = `No baseline at ${baselineDisplay}: ${gates}. Check the path; on the first run it appears once write-baseline has run on the default branch (set baseline-required: true to fail instead).`;
        notes.push(text);
        logger.warning(text);
        ctx.annotations.add({ level: 'warning', title: 'coverage baseline missing', message: text });
    }
    const carried = o.flags?.length
        ? (0, flags_js_1.carryForward)(report, o.flags, loaded.reports.map((r) => r.file), baseline, notes)
        : new Map();
    const cancelled = () => ctx.signal.aborted;
    const { diff, note: diffNote, prefix, } = cancelled()
        ? { diff: undefined, note: 'Not computed: the run was cancelled.' }
        : await (0, changed_js_1.computeDiff)(o, ctx, report);
    const flags = (0, flags_js_1.flagResults)(report, o, diff, carried);
    const gates = [...(0, gates_js_1.evaluateGates)(report, o, diff, baseline), ...flags.flatMap((f) => f.gates)];
    const failed = gates.filter((g) => !g.passed);
    const totals = report.totals();
    // Files for downstream tools.
    // LCOV always (the merged-report output); Cobertura beside it when asked.
    await writeOutput(ctx, 'merged-report', o.mergedReport, () => (0, writers_js_1.writeText)(o.mergedReport, (0, writers_js_1.writeLcov)(report)));
    if (o.mergedFormat !== 'lcov') {
        const cob = o.mergedReport.replace(/\.(info|lcov)$/, '') + '.cobertura.xml';
        await writeOutput(ctx, 'merged-report', cob, () => (0, writers_js_1.writeText)(cob, (0, writers_js_1.writeCobertura)(report, ctx.now())));
    }
    if (o.writeBaseline) {
        const path = o.writeBaseline;
        await writeOutput(ctx, 'write-baseline', path, () => {
            (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
            (0, node_fs_1.writeFileSync)(path, JSON.stringify((0, baseline_js_1.baselineOf)(report, ctx), null, 2) + '\n');
        });
        logger.info(`baseline written to ${(0, node_path_1.relative)(ctx.cwd, path) || path}`);
        if (o.baselineBranch) {
            const name = ((0, node_path_1.relative)(ctx.cwd, path) || path).split(node_path_1.sep).join('/');
            try {
                const c = await (0, baseline_branch_js_1.saveToBranch)(ctx, o.baselineBranch, name, path, `coverage baseline for ${ctx.event.sha || 'a local run'}`);
                logger.info(`baseline committed to branch ${o.baselineBranch} (${c.slice(0, 7)})`);
            }
            catch (e) {
                // The gate's verdict stands; a baseline not kept is said loudly, for the next run's sake.
                const text = `The baseline was not saved to branch ${o.baselineBranch}: ${(0, errors_js_1.describeThrown)(e)} (the job needs contents: write and actions/checkout with persist-credentials).`;
                logger.warning(text);
                notes.push(text);
            }
        }
    }
    if (o.badge) {
        const path = o.badge;
        await writeOutput(ctx, 'badge', path, () => {
            (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
            (0, node_fs_1.writeFileSync)(path, (0, render_js_1.badgeSvg)((0, gates_js_1.ratio)(totals.lines)));
        });
    }
    // Annotations on uncovered changed ranges, capped; the summary lists every file.
    if (diff && o.annotate) {
        let n = 0;
        let held = 0;
        for (const f of diff.files) {
            for (const u of f.uncovered) {
                if (n >= o.maxAnnotations) {
                    held++;
                    continue;
                }
                n++;
                ctx.annotations.add({
                    level: 'warning',
                    file: f.path,
                    line: u.start,
                    endLine: u.end,
                    title: 'uncovered changed lines',
                    message: u.start === u.end
                        ? `Changed line ${u.start} is not covered by tests.`
                        : `Changed lines ${u.start}-${u.end} are not covered by tests.`,
                });
            }
        }
        if (held)
            notes.push(`${held} more uncovered changed range(s) were not annotated (max-annotations ${o.maxAnnotations}); see the changed-files table.`);
    }
    const render = {
        report,
        gates,
        diff,
        diffNote,
        baseline,
        notes,
        reports: loaded.reports.length,
        links: blobLinks(ctx, prefix),
        flags,
    };
    // Each call (or set of flags) keeps its own comment: two workflows never overwrite each other.
    const marker = (0, render_js_1.commentMarker)(o.commentId || (o.flags?.length ? `flags:${o.flags.map((f) => f.name).join(',')}` : undefined));
    // Comment first, so what happened to it is in the job summary too.
    const pr = ctx.event.pullRequest;
    if (cancelled())
        notes.push('No PR comment: the run was cancelled.');
    else if (o.comment && pr && /^pull_request/.test(ctx.event.eventName)) {
        const body = (0, render_js_1.renderComment)(render, ctx.event.runUrl ? `\n<sub>[run ${ctx.event.runId}](${ctx.event.runUrl}) · shipline coverage-gate</sub>\n` : '', undefined, marker);
        // A fork's token cannot comment: hand the comment to a workflow_run workflow instead.
        const handOff = (why) => {
            const file = o.commentFile;
            (0, handoff_js_1.writeHandoff)(file, { pr: pr.number, headSha: pr.headSha, marker, body });
            commentFile = file;
            notes.push(`No PR comment from this run (${why}): the comment is in ${(0, node_path_1.relative)(ctx.cwd, file) || file}, for the workflow_run workflow to post.`);
        };
        if (o.commentFile && pr.fromFork)
            handOff('a fork pull request');
        else if (!o.token)
            notes.push('No PR comment: input token is empty.');
        else {
            try {
                const outcome = await (0, pr_comment_js_1.upsertComment)(ctx.event, o.token, body, { masker: ctx.masker, logger, signal: ctx.signal }, marker);
                if (outcome.kind === 'created' || outcome.kind === 'updated')
                    logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
                else if (outcome.kind === 'forbidden' && o.commentFile)
                    handOff(outcome.reason);
                else if (outcome.kind === 'forbidden')
                    notes.push(`No PR comment: ${outcome.reason}. The gate result stands; this summary has everything the comment would (set comment-file to post it from a workflow_run workflow).`);
                else if (outcome.kind === 'failed') {
                    logger.warning(`could not write the PR comment: ${outcome.reason}`);
                    notes.push(`No PR comment: ${outcome.reason}.`);
                }
            }
            catch (e) {
                logger.warning(`could not write the PR comment: ${(0, errors_js_1.describeThrown)(e)}`);
                notes.push(`No PR comment: ${(0, errors_js_1.describeThrown)(e)}.`);
            }
        }
    }
    for (const s of (0, render_js_1.renderSections)(render))
        ctx.summary.raw(s.text + '\n');
    const delta = baseline && (0, gates_js_1.ratio)(totals.lines) !== undefined && (0, gates_js_1.ratio)(baseline.lines) !== undefined
        ? ((0, gates_js_1.ratio)(totals.lines) - (0, gates_js_1.ratio)(baseline.lines)).toFixed(2)
        : '';
    const outputs = {
        lines: (0, gates_js_1.fmt)((0, gates_js_1.ratio)(totals.lines)),
        branches: (0, gates_js_1.fmt)((0, gates_js_1.ratio)(totals.branches)),
        functions: (0, gates_js_1.fmt)((0, gates_js_1.ratio)(totals.functions)),
        'diff-lines': diff && diff.measured ? (0, gates_js_1.fmt)((diff.covered / diff.measured) * 100) : '',
        delta,
        passed: String(failed.length === 0),
        'merged-report': o.mergedReport,
        'comment-file': commentFile,
    };
    const pc = (v) => (v ? `${v}%` : 'n/a');
    logger.info(`coverage: lines ${pc(outputs.lines)}, branches ${pc(outputs.branches)}, functions ${pc(outputs.functions)}${outputs['diff-lines'] ? `, changed lines ${outputs['diff-lines']}%` : ''}`);
    return {
        outputs,
        failure: cancelled()
            ? 'coverage gate cancelled: the totals and merged report are written; changed lines and the PR comment were skipped'
            : failed.length
                ? `coverage gate failed: ${failed
                    .slice(0, 5)
                    .map((g) => g.message)
                    .join('; ')}${failed.length > 5 ? `; and ${failed.length - 5} more (see the summary)` : ''}`
                : undefined,
    };
}


/***/ }),

/***/ 8887:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MAX_LINE = exports.MAX_COUNT = exports.CoverageParseError = void 0;
exports.checkCount = checkCount;
exports.checkLine = checkLine;
const errors_js_1 = __webpack_require__(4296);
/** A coverage report that cannot be read: names the file, and the line (or byte) where it went wrong. */
class CoverageParseError extends errors_js_1.ConfigError {
    file;
    problem;
    line;
    offset;
    name = 'CoverageParseError';
    constructor(file, problem, line, 
    /** Byte offset, when the parser counts bytes rather than lines (XML, JSON). */
    offset) {
        super(`${file}${line ? `:${line}` : ''}: ${problem}${offset !== undefined && !line ? ` (at byte ${offset})` : ''}`);
        this.file = file;
        this.problem = problem;
        this.line = line;
        this.offset = offset;
    }
    withLine(line) {
        return new CoverageParseError(this.file, this.problem, line, this.offset);
    }
}
exports.CoverageParseError = CoverageParseError;
/** Largest count we accept: beyond it additions lose precision. */
exports.MAX_COUNT = Number.MAX_SAFE_INTEGER;
/** Largest line number we accept: line hits are stored densely per file. */
exports.MAX_LINE = 10_000_000;
/** A non-negative whole count, or a CoverageParseError. */
function checkCount(n, what, file, line, offset) {
    if (!Number.isFinite(n) || n < 0 || !Number.isInteger(n) || n > exports.MAX_COUNT) {
        throw new CoverageParseError(file, `${what} "${n}" is not a count (a whole number from 0 to ${exports.MAX_COUNT})`, line, offset);
    }
    return n;
}
function checkLine(n, what, file, line, offset) {
    if (!Number.isInteger(n) || n < 1 || n > exports.MAX_LINE) {
        throw new CoverageParseError(file, `${what} "${n}" is not a line number (1 to ${exports.MAX_LINE})`, line, offset);
    }
    return n;
}


/***/ }),

/***/ 3733:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.flagMatcher = void 0;
exports.carryForward = carryForward;
exports.flagResults = flagResults;
const picomatch_1 = __importDefault(__webpack_require__(4006));
const gates_js_1 = __webpack_require__(8418);
const model_js_1 = __webpack_require__(3307);
/** Which of a flag's files a path belongs to. */
const flagMatcher = (f) => (0, picomatch_1.default)(f.paths, { dot: true });
exports.flagMatcher = flagMatcher;
/**
 * Put the baseline's files of every carried-forward flag whose reports this run did not
 * read into `report` (line totals only: the baseline keeps no line detail). Returns the
 * flags carried, by name.
 */
function carryForward(report, flags, readReports, baseline, notes) {
    const carried = new Map();
    for (const flag of flags) {
        if (!flag.carryforward || !flag.reports?.length)
            continue;
        const isReport = (0, picomatch_1.default)(flag.reports, { dot: true });
        if (readReports.some((r) => isReport(r)))
            continue;
        if (!baseline?.files) {
            notes.push(`Flag ${flag.name}: no report in this run and no baseline with per-file coverage to carry forward; its section is empty.`);
            continue;
        }
        const match = (0, exports.flagMatcher)(flag);
        let n = 0;
        for (const [path, lines] of Object.entries(baseline.files)) {
            if (!match(path) || report.files.has(path))
                continue;
            const f = report.file(path);
            f.summary = { lines: { ...lines }, branches: { total: 0, covered: 0 }, functions: { total: 0, covered: 0 } };
            n++;
        }
        const from = baseline.sha?.slice(0, 7);
        carried.set(flag.name, { files: n, from });
        notes.push(`Flag ${flag.name}: no report in this run (${flag.reports.join(', ')}); carried forward ${n} file(s) from the baseline${from ? ` of ${from}` : ''} (line totals only).`);
    }
    return carried;
}
/** Each flag's part of the report and diff, gated against the flag's own floors. */
function flagResults(report, o, diff, carried) {
    return (o.flags ?? []).map((flag) => {
        const match = (0, exports.flagMatcher)(flag);
        const part = new model_js_1.CoverageReport();
        for (const f of report.files.values())
            if (match(f.path))
                part.files.set(f.path, f);
        let sub;
        if (diff) {
            const files = diff.files.filter((f) => match(f.path));
            sub = { range: diff.range, files, changed: 0, measured: 0, covered: 0, unmeasured: 0 };
            for (const f of files) {
                sub.changed += f.changed;
                sub.measured += f.measured;
                sub.covered += f.covered;
                sub.unmeasured += f.changed - f.measured;
            }
        }
        const gates = (0, gates_js_1.evaluateGates)(part, { ...o, min: flag.min, minFile: undefined, thresholds: [], minDiff: flag.minDiff, maxDrop: undefined }, sub, undefined).map((g) => ({ ...g, subject: `${flag.name} ${g.subject}`, message: `${flag.name}: ${g.message}` }));
        return { flag, report: part, diff: sub, gates, carried: carried.get(flag.name) };
    });
}


/***/ }),

/***/ 8418:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fmt = exports.ratio = void 0;
exports.evaluateGates = evaluateGates;
exports.signed = signed;
const picomatch_1 = __importDefault(__webpack_require__(4006));
/** Exact ratio as a percentage; undefined when nothing is measured. */
const ratio = (c) => (c.total === 0 ? undefined : (c.covered / c.total) * 100);
exports.ratio = ratio;
/** Two decimals, rounded down so 99.999% never shows as 100%. */
const fmt = (p) => p === undefined ? '' : (Math.floor(p * 100 + 1e-9) / 100).toFixed(2);
exports.fmt = fmt;
function gate(name, subject, c, minimum, none) {
    const actual = c ? (0, exports.ratio)(c) : undefined;
    if (actual === undefined) {
        return {
            name,
            subject,
            minimum,
            passed: false,
            message: `${subject}: ${none}, so ${name} ${minimum}% cannot hold (measure it, or drop the gate)`,
        };
    }
    const passed = actual + 1e-9 >= minimum;
    const by = minimum - actual;
    return {
        name,
        subject,
        actual,
        minimum,
        passed,
        message: passed
            ? `${subject} ${(0, exports.fmt)(actual)}% ≥ ${minimum}%`
            : `${subject} ${(0, exports.fmt)(actual)}% (${c.covered}/${c.total}) is ${by.toFixed(2)} points below ${name} ${minimum}%`,
    };
}
const METRICS = ['lines', 'branches', 'functions'];
/** Every gate that is set, each saying by how much it held or missed. */
function evaluateGates(report, o, diff, baseline) {
    const out = [];
    const totals = report.totals();
    for (const m of METRICS) {
        const min = o.min[m];
        if (min !== undefined)
            out.push(gate(`min-${m}`, m, totals[m], min, `the reports measure no ${m}`));
    }
    if (o.minFile !== undefined) {
        const low = [];
        for (const f of [...report.files.values()].sort((a, b) => (a.path < b.path ? -1 : 1))) {
            const t = f.totals().lines;
            if (t.total === 0)
                continue;
            const g = gate('min-file', f.path, t, o.minFile, 'no lines measured');
            if (!g.passed)
                low.push(g);
        }
        out.push(...low);
        if (!low.length)
            out.push({
                name: 'min-file',
                subject: 'every file',
                minimum: o.minFile,
                passed: true,
                message: `every file ≥ ${o.minFile}% lines`,
            });
    }
    for (const t of o.thresholds) {
        const match = (0, picomatch_1.default)(t.glob, { dot: true });
        const sum = report.totals((p) => match(p));
        for (const m of METRICS) {
            const min = t.floors[m];
            if (min === undefined)
                continue;
            out.push(gate(`thresholds`, `${t.glob} ${m}`, sum[m], min, `no file matches or none has ${m} data`));
        }
    }
    if (o.minDiff !== undefined) {
        if (!diff)
            out.push({
                name: 'min-diff',
                subject: 'changed lines',
                minimum: o.minDiff,
                passed: false,
                message: 'changed lines: the diff could not be computed, so min-diff cannot hold',
            });
        else if (diff.measured === 0) {
            // Nothing measurable changed (docs, config): nothing can be uncovered.
            out.push({
                name: 'min-diff',
                subject: 'changed lines',
                minimum: o.minDiff,
                passed: true,
                message: `changed lines: none of the ${diff.changed} changed line(s) is measured by the reports`,
            });
        }
        else
            out.push(gate('min-diff', 'changed lines', { total: diff.measured, covered: diff.covered }, o.minDiff, 'no changed line measured'));
    }
    if (o.maxDrop !== undefined && baseline) {
        const now = (0, exports.ratio)(totals.lines);
        const then = (0, exports.ratio)(baseline.lines);
        if (now !== undefined && then !== undefined) {
            const delta = now - then;
            const passed = delta + 1e-9 >= -o.maxDrop;
            out.push({
                name: 'max-drop',
                subject: 'lines vs baseline',
                actual: delta,
                minimum: -o.maxDrop,
                passed,
                message: passed
                    ? `lines ${(0, exports.fmt)(now)}% vs baseline ${(0, exports.fmt)(then)}% (${signed(delta)} points, max-drop ${o.maxDrop})`
                    : `lines dropped ${(-delta).toFixed(2)} points (${(0, exports.fmt)(then)}% → ${(0, exports.fmt)(now)}%), more than max-drop ${o.maxDrop} allows by ${(-delta - o.maxDrop).toFixed(2)}`,
            });
        }
    }
    return out;
}
function signed(n) {
    const r = Math.round(n * 100) / 100;
    return `${r > 0 ? '+' : r < 0 ? '−' : '±'}${Math.abs(r).toFixed(2)}`;
}


/***/ }),

/***/ 1720:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.goStatementLines = goStatementLines;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const go_source_js_1 = __webpack_require__(9377);
/**
 * Go profiles count statements; LCOV and changed-line coverage count lines. Give each Go file
 * the lines that hold statements (read from its source in the checkout), so the merged LCOV,
 * the changed-line figure and the headline all count the same things: a comment or blank line
 * inside a block is not measured. A file whose source is not here keeps the lines its blocks
 * span, and the returned note says so.
 */
function goStatementLines(report, root) {
    const missing = [];
    for (const f of report.files.values()) {
        if (!f.blocks || f.statementLines)
            continue;
        let src;
        try {
            src = (0, node_fs_1.readFileSync)((0, node_path_1.join)(root, f.path));
        }
        catch {
            missing.push(f.path);
            continue;
        }
        const tokens = (0, go_source_js_1.goTokens)(src);
        f.clearLines();
        for (const key of f.blocks.keys()) {
            const b = f.blocks.get(key);
            if (b.statements === 0)
                continue;
            const m = /^(\d+)\.(\d+),(\d+)\.(\d+)$/.exec(key);
            const lines = (0, go_source_js_1.blockStatementLines)(tokens, { line: Number(m[1]), col: Number(m[2]) }, { line: Number(m[3]), col: Number(m[4]) }) ?? [b.start];
            // A line is covered when any statement on it ran.
            for (const l of lines)
                f.maxLine(l, b.hits);
        }
        f.statementLines = true;
    }
    if (!missing.length)
        return undefined;
    return `${missing.length} Go file(s) are not in this checkout (e.g. ${missing.slice(0, 3).join(', ')}): their lines in the merged LCOV and changed-line coverage are every line their blocks span, not only lines holding statements.`;
}


/***/ }),

/***/ 7812:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeHandoff = writeHandoff;
exports.readHandoff = readHandoff;
exports.postHandoff = postHandoff;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const github_rest_js_1 = __webpack_require__(7383);
const http_js_1 = __webpack_require__(1983);
const pr_comment_js_1 = __webpack_require__(4329);
const render_js_1 = __webpack_require__(3068);
function writeHandoff(path, h) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    const data = { format: 'shipline-coverage-comment', version: 1, ...h };
    (0, node_fs_1.writeFileSync)(path, JSON.stringify(data) + '\n');
}
const MARKER = /^<!-- shipline:coverage-gate(:[\w.,:-]{1,200})? -->$/;
/** Read and check a handoff file: a reason string when it is not one we wrote. */
function readHandoff(path) {
    let h;
    try {
        h = JSON.parse((0, node_fs_1.readFileSync)(path, 'utf8'));
    }
    catch (e) {
        return `cannot be read as JSON (${(0, errors_js_1.describeThrown)(e)})`;
    }
    if (h?.format !== 'shipline-coverage-comment' || h.version !== 1)
        return 'is not a shipline coverage comment';
    if (!Number.isInteger(h.pr) || h.pr < 1)
        return 'names no pull request number';
    if (typeof h.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(h.headSha))
        return 'names no head commit';
    if (typeof h.marker !== 'string' || !MARKER.test(h.marker))
        return 'carries no shipline comment marker';
    if (typeof h.body !== 'string' || !h.body.startsWith(h.marker + '\n') || h.body.length > render_js_1.COMMENT_LIMIT)
        return `has a body that does not start with its marker or is over ${render_js_1.COMMENT_LIMIT} characters`;
    return h;
}
/**
 * Post a handoff from a `workflow_run` run: only to the pull request it names when that pull
 * request's head is the commit the triggering run tested (a fork cannot aim its comment at
 * another pull request), and only over the comment this token wrote with the same marker.
 */
async function postHandoff(path, event, token, deps) {
    const h = readHandoff(path);
    if (typeof h === 'string')
        return { kind: 'failed', reason: `${path} ${h}` };
    const run = (event.payload.workflow_run ?? {});
    const tested = typeof run.head_sha === 'string' ? run.head_sha : h.headSha;
    if (event.eventName === 'workflow_run' && tested !== h.headSha)
        return {
            kind: 'failed',
            reason: `the comment describes ${h.headSha.slice(0, 7)} but the triggering run tested ${tested.slice(0, 7)}`,
        };
    const res = await (0, http_js_1.request)({
        url: (0, github_rest_js_1.githubUrl)(event.apiUrl, `/repos/${event.owner}/${event.repo}/pulls/${h.pr}`),
        headers: (0, github_rest_js_1.githubHeaders)(token, 'shipline-coverage-gate', true),
        label: 'GitHub API (get pull request)',
    }, deps);
    if (!res.ok)
        return { kind: 'failed', reason: `pull request #${h.pr}: GitHub answered ${res.status}` };
    const pr = JSON.parse(res.body);
    if (pr.head?.sha !== h.headSha)
        return {
            kind: 'skipped',
            reason: `pull request #${h.pr}'s head is ${String(pr.head?.sha).slice(0, 7)}, not ${h.headSha.slice(0, 7)} (a newer push will post its own)`,
        };
    return (0, pr_comment_js_1.upsertComment)({
        ...event,
        pullRequest: {
            number: h.pr,
            headSha: h.headSha,
            baseSha: pr.base?.sha ?? '',
            headRef: pr.head?.ref ?? '',
            baseRef: pr.base?.ref ?? '',
            fromFork: false,
        },
    }, token, h.body, deps, h.marker);
}


/***/ }),

/***/ 3144:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listRepoFiles = listRepoFiles;
exports.loadReports = loadReports;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const picomatch_1 = __importDefault(__webpack_require__(4006));
const errors_js_1 = __webpack_require__(4296);
const paths_js_1 = __webpack_require__(6107);
const errors_js_2 = __webpack_require__(8887);
const model_js_1 = __webpack_require__(3307);
const index_js_1 = __webpack_require__(609);
const go_lines_js_1 = __webpack_require__(1720);
const paths_js_2 = __webpack_require__(6894);
/** Repository files for path matching: tracked and untracked, without node_modules and .git. */
async function listRepoFiles(root) {
    const { globSync } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    return globSync(['**/*'], { cwd: root, ignore: ['**/node_modules/**', '**/.git/**'], dot: true, onlyFiles: true });
}
/**
 * Find the reports, parse each in a stream, map its paths to the repository and merge them
 * all. Every failure names the report (and line); no report at all is an error, never 0%.
 */
async function loadReports(opts) {
    const { globSync } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const matched = globSync(opts.files, {
        cwd: opts.root,
        absolute: true,
        onlyFiles: true,
        dot: true,
        ignore: ['**/node_modules/**'],
    }).sort();
    if (!matched.length)
        throw errors_js_1.ConfigError.forInput('files', `no file matches ${opts.files.map((f) => `"${f}"`).join(', ')} under ${opts.root}`, 'check the paths, and that the test step wrote its reports before this step (upload/download them between jobs)');
    const repoFiles = await listRepoFiles(opts.root);
    const resolver = new paths_js_2.PathResolver(opts.root, () => repoFiles);
    const excluded = opts.exclude.length ? (0, picomatch_1.default)(opts.exclude, { dot: true }) : () => false;
    const merged = new model_js_1.CoverageReport();
    const reports = [];
    const notes = [];
    const notFound = new Set();
    let excludedCount = 0;
    // Reports already counted: a second format of the same run (jest's lcov.info beside its
    // cobertura-coverage.xml) names exactly the same files and would count every hit twice.
    const counted = [];
    for (const abs of matched) {
        const display = (0, node_path_1.relative)(opts.root, abs) || abs;
        if (!(0, paths_js_1.isInside)(abs, { workspace: opts.root, also: opts.also }))
            throw errors_js_1.ConfigError.forInput('files', `${display} leads outside the workspace (${opts.root}) through a symlink`, 'name reports inside the workspace', undefined, opts.frontDoor);
        if ((0, node_fs_1.statSync)(abs).size === 0)
            throw new errors_js_1.ConfigError(`coverage report ${display} is empty; check that the test step finished writing it`, {
                file: display,
            });
        let parsed;
        // The first report (often the only one) is parsed straight into the merged report, each
        // path mapped as it first appears; a later one into its own, to be checked, then merged.
        const target = counted.length === 0 ? merged : new model_js_1.CoverageReport();
        const seen = new Set();
        const mapPath = (raw) => {
            if (excluded(raw) || excluded(raw.replace(/\\/g, '/'))) {
                excludedCount++;
                return null;
            }
            const r = resolver.resolve(raw, []);
            if ('outside' in r)
                throw outsideError(display, r.outside, opts.root);
            if (excluded(r.path)) {
                excludedCount++;
                return null;
            }
            if (!r.found)
                notFound.add(r.path);
            seen.add(r.path);
            return r.path;
        };
        try {
            parsed = await (0, index_js_1.parseFile)(abs, display, opts.format === 'auto' ? undefined : opts.format, {
                into: target,
                mapPath,
            });
        }
        catch (e) {
            if (e instanceof errors_js_2.CoverageParseError)
                throw new errors_js_1.ConfigError(`coverage report ${e.message}; fix or regenerate it${opts.format === 'auto' ? '' : ', or check input format'}`, { file: display, line: e.line });
            throw e;
        }
        const files = [];
        let fileCount = seen.size;
        if (!parsed.mergedInto) {
            fileCount = parsed.report.files.size;
            for (const f of parsed.report.files.values()) {
                if (excluded(f.path) || excluded(f.path.replace(/\\/g, '/'))) {
                    excludedCount++;
                    continue;
                }
                const r = resolver.resolve(f.path, parsed.sources);
                if ('outside' in r)
                    throw outsideError(display, r.outside, opts.root);
                if (excluded(r.path)) {
                    excludedCount++;
                    continue;
                }
                if (!r.found)
                    notFound.add(r.path);
                f.path = r.path;
                seen.add(r.path);
                files.push(f);
            }
        }
        const twin = target !== merged
            ? counted.find((c) => c.format !== parsed.format &&
                sameSet(c.files, seen) &&
                sameLines([...target.files.values(), ...files], merged))
            : undefined;
        if (twin) {
            notes.push(`${display} (${parsed.format}) names exactly the files of ${twin.display} (${twin.format}): read as the same run in another format and counted once, from ${twin.display}. To merge shards, give every shard's report in one format.`);
            reports.push({
                file: display,
                format: parsed.format,
                files: fileCount,
                summaryOnly: parsed.summaryOnly,
                duplicateOf: twin.display,
            });
            continue;
        }
        if (target !== merged)
            for (const f of target.files.values())
                merged.put(f);
        for (const f of files)
            merged.put(f);
        counted.push({
            display,
            format: parsed.format,
            files: seen,
            declared: parsed.declared,
            detail: parsed.declared ? parsed.report.totals() : undefined,
        });
        if (parsed.summaryOnly)
            notes.push(`${display} is an Istanbul json-summary: totals only, so it counts in the totals but has no lines for changed-line coverage or annotations.`);
        reports.push({ file: display, format: parsed.format, files: fileCount, summaryOnly: parsed.summaryOnly });
    }
    // One report read whole: its root totals are the tool's own numbers, and the headline uses them.
    const alone = counted.length === 1 && excludedCount === 0;
    for (const c of counted)
        if (c.declared && c.detail)
            checkDeclared(c.display, c.declared, c.detail, notes, alone);
    if (alone && counted[0].declared)
        merged.declared = counted[0].declared;
    const goNote = (0, go_lines_js_1.goStatementLines)(merged, opts.root);
    if (goNote)
        notes.push(goNote);
    if (notFound.size)
        notes.push(`${notFound.size} file(s) named by the reports are not in this checkout (e.g. ${[...notFound].slice(0, 3).join(', ')}); they are kept under those paths.`);
    if (merged.files.size === 0)
        throw errors_js_1.ConfigError.forInput('exclude', `leaves no file: all ${excludedCount} file(s) in the reports are excluded`, 'narrow the exclude globs');
    return { report: merged, reports, notes, excluded: excludedCount };
}
function outsideError(display, path, root) {
    return new errors_js_1.ConfigError(`coverage report ${display} names ${path}, which is outside the repository (${root}) and matches no file in it; run this step in the checkout the tests ran on, or leave that file out with input exclude`, { file: display });
}
/**
 * Reports that state their own totals: say so when the detail they list adds up differently.
 * Alone, the report's root is the headline (the tool's own numbers); merged, the detail is all
 * that can be added up, so the note says how far each report's detail falls short of its root.
 */
function checkDeclared(display, declared, t, notes, alone) {
    // `t` was taken before exclusion and merging: the report's own files only.
    for (const k of ['lines', 'branches', 'functions']) {
        const d = declared[k];
        if (!d)
            continue;
        if (d.total !== t[k].total || d.covered !== t[k].covered) {
            const short = `its per-file detail adds up to ${t[k].covered}/${t[k].total} (${signed(t[k].covered - d.covered)} covered, ${signed(t[k].total - d.total)} in all)`;
            notes.push(alone
                ? `${display} states ${k} ${d.covered}/${d.total} at its root, the total shown here; ${short}, which the per-file and changed-line figures use (Istanbul's Cobertura and Clover writers leave out branches on lines without statements, such as default parameters).`
                : `${display} states ${k} ${d.covered}/${d.total} at its root, but ${short}; merged totals can only add up the detail (for exact totals merge lcov or json reports).`);
        }
    }
}
const signed = (n) => (n > 0 ? `+${n}` : String(n));
function sameSet(a, b) {
    if (a.size === 0 || a.size !== b.size)
        return false;
    for (const x of a)
        if (!b.has(x))
            return false;
    return true;
}
/** Every file measures the same lines with the same covered/uncovered state as in `merged`. */
function sameLines(files, merged) {
    for (const f of files) {
        const m = merged.files.get(f.path);
        if (!m || m.measuredLines !== f.measuredLines)
            return false;
        for (const [line, hits] of f.lines()) {
            const h = m.lineHits(line);
            if (h === undefined || h > 0 !== hits > 0)
                return false;
        }
    }
    return true;
}


/***/ }),

/***/ 3307:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CoverageReport = exports.FileCoverage = void 0;
exports.branchKey = branchKey;
exports.percent = percent;
const small = (v) => typeof v === 'number' && v >= 0 && v < 1024 && Number.isInteger(v);
const digits = (v) => (typeof v === 'string' && /^\d{1,3}$/.test(v) ? Number(v) : v);
/** Numeric keys for the usual small block/outcome numbers (a Map of numbers is far cheaper than of strings). */
function branchKey(line, block, index) {
    return small(block) && small(index) ? line * 1048576 + block * 1024 + index : `${line}:${block}:${index}`;
}
/**
 * Coverage of one source file. Line hits live in a growable Float64Array (-1 = the line is
 * not measured) so a 5,000-file project costs a few MB, not a Map entry per line.
 */
class FileCoverage {
    path;
    hits = new Float64Array(0);
    measured = 0;
    branches = new Map();
    functions = new Map();
    /** Go counts statements per block, not lines: key `startLine.col,endLine.col` → statements and hits. */
    blocks;
    /** Go: the line hits are the lines holding statements (read from the source), not every line a block spans. */
    statementLines;
    /** Totals only, for formats without detail. */
    summary;
    /** Branches a report counts for this file without listing their lines (Istanbul's Clover). */
    unlisted;
    constructor(path) {
        this.path = path;
    }
    grow(line) {
        if (line < this.hits.length)
            return;
        const next = new Float64Array(Math.max(line + 1, this.hits.length * 2, 64));
        next.fill(-1);
        next.set(this.hits);
        this.hits = next;
    }
    /** Add `hits` to `line` (a line first seen with 0 hits is measured but uncovered). */
    addLine(line, hits) {
        this.grow(line);
        const prev = this.hits[line];
        if (prev < 0) {
            this.measured++;
            this.hits[line] = hits;
        }
        else
            this.hits[line] = prev + hits;
    }
    /** Keep the larger count (Istanbul's rule for several statements on one line). */
    maxLine(line, hits) {
        this.grow(line);
        const prev = this.hits[line];
        if (prev < 0) {
            this.measured++;
            this.hits[line] = hits;
        }
        else if (hits > prev)
            this.hits[line] = hits;
    }
    /** Forget every line hit (Go: the lines are rebuilt from the blocks and the source). */
    clearLines() {
        this.hits = new Float64Array(0);
        this.measured = 0;
    }
    lineHits(line) {
        const v = line < this.hits.length ? this.hits[line] : -1;
        return v < 0 ? undefined : v;
    }
    get measuredLines() {
        return this.measured;
    }
    forEachLine(fn) {
        const h = this.hits;
        for (let i = 0; i < h.length; i++)
            if (h[i] >= 0)
                fn(i, h[i]);
    }
    *lines() {
        for (let i = 0; i < this.hits.length; i++)
            if (this.hits[i] >= 0)
                yield [i, this.hits[i]];
    }
    addBranch(line, block, index, hits) {
        if (typeof block === 'string')
            block = digits(block);
        if (typeof index === 'string')
            index = digits(index);
        const key = branchKey(line, block, index);
        const b = this.branches.get(key);
        if (b)
            b.hits += hits;
        else
            this.branches.set(key, { line, block, index, hits });
    }
    /** Functions are keyed by name (no string built per call); the same name on another line gets its own entry. */
    addFunction(name, line, hits) {
        let f = this.functions.get(name);
        if (f && f.line !== line) {
            const key = `${line}:${name}`;
            f = this.functions.get(key);
            if (!f) {
                this.functions.set(key, { name, line, hits });
                return;
            }
        }
        if (f)
            f.hits += hits;
        else
            this.functions.set(name, { name, line, hits });
    }
    addBlock(key, start, end, statements, hits, mode) {
        this.blocks ??= new Map();
        const b = this.blocks.get(key);
        if (b)
            b.hits = mode === 'set' ? Math.max(b.hits, hits) : b.hits + hits;
        else
            this.blocks.set(key, { statements, hits, start, end });
    }
    /** Lines, branches and functions as covered/total. Go files count statements, as `go tool cover` does. */
    totals() {
        if (this.summary)
            return this.summary;
        const lines = { total: 0, covered: 0 };
        if (this.blocks) {
            for (const b of this.blocks.values()) {
                lines.total += b.statements;
                if (b.hits > 0)
                    lines.covered += b.statements;
            }
        }
        else {
            for (let i = 0; i < this.hits.length; i++) {
                if (this.hits[i] < 0)
                    continue;
                lines.total++;
                if (this.hits[i] > 0)
                    lines.covered++;
            }
        }
        const branches = {
            total: this.branches.size + (this.unlisted?.branches.total ?? 0),
            covered: this.unlisted?.branches.covered ?? 0,
        };
        for (const b of this.branches.values())
            if (b.hits > 0)
                branches.covered++;
        const functions = { total: this.functions.size, covered: 0 };
        for (const f of this.functions.values())
            if (f.hits > 0)
                functions.covered++;
        return { lines, branches, functions };
    }
    /** Fold `other` (the same file from another report) into this one. */
    merge(other) {
        if (other.hits.length > this.hits.length)
            this.grow(other.hits.length - 1);
        other.forEachLine((line, hits) => this.addLine(line, hits));
        for (const b of other.branches.values())
            this.addBranch(b.line, b.block, b.index, b.hits);
        for (const f of other.functions.values())
            this.addFunction(f.name, f.line, f.hits);
        if (other.blocks)
            for (const [k, b] of other.blocks)
                this.addBlock(k, b.start, b.end, b.statements, b.hits, 'count');
        if (other.unlisted) {
            // Unlisted branches have no identity: the same file from two shards keeps the larger counts.
            const mine = this.unlisted?.branches ?? { total: 0, covered: 0 };
            this.unlisted = {
                branches: {
                    total: Math.max(mine.total, other.unlisted.branches.total),
                    covered: Math.max(mine.covered, other.unlisted.branches.covered),
                },
            };
        }
        if (other.summary) {
            const mine = this.summary ?? {
                lines: { total: 0, covered: 0 },
                branches: { total: 0, covered: 0 },
                functions: { total: 0, covered: 0 },
            };
            // Summaries carry no line identity: two shards' totals can only be taken at their maximum.
            for (const k of ['lines', 'branches', 'functions']) {
                mine[k] = {
                    total: Math.max(mine[k].total, other.summary[k].total),
                    covered: Math.max(mine[k].covered, other.summary[k].covered),
                };
            }
            this.summary = mine;
        }
    }
    clone() {
        const c = new FileCoverage(this.path);
        c.merge(this);
        return c;
    }
}
exports.FileCoverage = FileCoverage;
/** A whole report: files by normalised path. */
class CoverageReport {
    files = new Map();
    /**
     * Totals a single report states at its root (Cobertura `lines-valid`…, Clover project metrics):
     * the tool's own numbers, which the whole-report totals then equal. Set only when one report
     * is read whole (no exclusion), since the root cannot be split by file.
     */
    declared;
    file(path) {
        let f = this.files.get(path);
        if (!f) {
            f = new FileCoverage(path);
            this.files.set(path, f);
        }
        return f;
    }
    /** Add a finished file; a path seen before is merged into the earlier one. */
    put(f) {
        const prev = this.files.get(f.path);
        if (prev)
            prev.merge(f);
        else
            this.files.set(f.path, f);
    }
    merge(other) {
        for (const f of other.files.values()) {
            const prev = this.files.get(f.path);
            if (prev)
                prev.merge(f);
            else
                this.files.set(f.path, f.clone());
        }
        return this;
    }
    totals(filter) {
        const t = {
            lines: { total: 0, covered: 0 },
            branches: { total: 0, covered: 0 },
            functions: { total: 0, covered: 0 },
        };
        for (const f of this.files.values()) {
            if (filter && !filter(f.path))
                continue;
            const ft = f.totals();
            for (const k of ['lines', 'branches', 'functions']) {
                t[k].total += ft[k].total;
                t[k].covered += ft[k].covered;
            }
        }
        if (!filter && this.declared)
            for (const k of ['lines', 'branches', 'functions']) {
                const d = this.declared[k];
                if (d)
                    t[k] = { total: d.total, covered: d.covered };
            }
        return t;
    }
}
exports.CoverageReport = CoverageReport;
/** Percentage with two decimals; undefined when nothing is measured. */
function percent(c) {
    return c.total === 0 ? undefined : Math.floor((c.covered / c.total) * 10000) / 100;
}


/***/ }),

/***/ 9767:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fileChunks = fileChunks;
exports.bufferChunks = bufferChunks;
exports.looksBinary = looksBinary;
const promises_1 = __webpack_require__(1455);
/**
 * Read a file into ONE reused buffer: a stream allocates a fresh buffer per chunk, and
 * those pile up as external memory until a GC, which is most of a parse's peak RSS.
 */
async function* fileChunks(path, size = 256 << 10) {
    const fh = await (0, promises_1.open)(path, 'r');
    try {
        const buf = Buffer.allocUnsafe(size);
        for (;;) {
            const { bytesRead } = await fh.read(buf, 0, size, null);
            if (bytesRead === 0)
                return;
            yield buf.subarray(0, bytesRead);
        }
    }
    finally {
        await fh.close();
    }
}
/** The chunks of an in-memory string or buffer (tests, and the writer round trip). */
async function* bufferChunks(data, size = 1 << 16) {
    const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    for (let i = 0; i < buf.length; i += size)
        yield buf.subarray(i, i + size);
}
/** True when the bytes look binary (a NUL byte, as git decides). */
function looksBinary(head) {
    return head.subarray(0, 8000).includes(0);
}


/***/ }),

/***/ 9377:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Which lines of a Go source hold statements. A coverprofile names blocks (start and end
 * positions and a statement count), not lines: counting every line a block spans counts
 * comments, blank lines and closing braces, and disagrees with `go test -cover`. Reading the
 * source, a block's statements start where Go's grammar starts them: at the block's first
 * token and after every semicolon at the block's own nesting depth, written or inserted at a
 * line end by Go's semicolon rule (https://go.dev/ref/spec#Semicolons).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.goTokens = goTokens;
exports.blockStatementLines = blockStatementLines;
exports.blockStatementStarts = blockStatementStarts;
const NL = 10;
const isIdent = (c) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c >= 0x80;
const KEYWORDS_WITHOUT_SEMI = new Set([
    'case',
    'chan',
    'const',
    'default',
    'defer',
    'else',
    'for',
    'func',
    'go',
    'goto',
    'if',
    'import',
    'interface',
    'map',
    'package',
    'range',
    'select',
    'struct',
    'switch',
    'type',
    'var',
]);
/** Tokens of a Go source with byte columns (1-based, as the coverprofile counts), semicolons inserted. */
function goTokens(src) {
    const out = [];
    let line = 1;
    let lineStart = 0;
    // Whether the last token on this line makes a newline a semicolon.
    let semi = false;
    let i = 0;
    const n = src.length;
    const newline = () => {
        if (semi)
            out.push({ line, col: i - lineStart + 1, kind: ';' });
        semi = false;
        line++;
        lineStart = i + 1;
    };
    while (i < n) {
        const c = src[i];
        if (c === NL) {
            newline();
            i++;
            continue;
        }
        if (c === 32 || c === 9 || c === 13) {
            i++;
            continue;
        }
        const col = i - lineStart + 1;
        if (c === 47 && src[i + 1] === 47) {
            while (i < n && src[i] !== NL)
                i++;
            continue;
        }
        if (c === 47 && src[i + 1] === 42) {
            i += 2;
            let crossed = false;
            while (i < n && !(src[i] === 42 && src[i + 1] === 47)) {
                if (src[i] === NL) {
                    if (!crossed && semi)
                        out.push({ line, col: i - lineStart + 1, kind: ';' });
                    crossed = true;
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
            i += 2;
            if (crossed)
                semi = false;
            continue;
        }
        if (c === 34 || c === 39) {
            // "string" or 'rune', with escapes
            i++;
            while (i < n && src[i] !== c && src[i] !== NL)
                i += src[i] === 92 ? 2 : 1;
            i++;
            out.push({ line, col, kind: 'x' });
            semi = true;
            continue;
        }
        if (c === 96) {
            // `raw string`, may span lines
            const startLine = line;
            i++;
            while (i < n && src[i] !== 96) {
                if (src[i] === NL) {
                    line++;
                    lineStart = i + 1;
                }
                i++;
            }
            i++;
            out.push({ line: startLine, col, kind: 'x' });
            semi = true;
            continue;
        }
        if (isIdent(c)) {
            const from = i;
            while (i < n && (isIdent(src[i]) || (src[i] === 46 && c >= 48 && c <= 57)))
                i++;
            const word = Buffer.from(src.subarray(from, i)).toString('latin1');
            out.push({ line, col, kind: 'x', header: HEADERS.has(word) || undefined });
            semi = !KEYWORDS_WITHOUT_SEMI.has(word);
            continue;
        }
        if ((c === 43 || c === 45) && src[i + 1] === c) {
            out.push({ line, col, kind: 'x' });
            i += 2;
            semi = true;
            continue;
        }
        const ch = String.fromCharCode(c);
        if ('()[]{};:'.includes(ch)) {
            out.push({ line, col, kind: ch });
            semi = ch === ')' || ch === ']' || ch === '}';
        }
        else {
            out.push({ line, col, kind: 'x' });
            semi = false;
        }
        i++;
    }
    return out;
}
const HEADERS = new Set(['if', 'for', 'switch', 'select']);
const before = (t, line, col) => t.line < line || (t.line === line && t.col < col);
/**
 * The lines where a block's statements start, or undefined when the source does not show any
 * (the source changed since the profile was made). Positions are the profile's: the block
 * runs from start to just before end.
 */
function blockStatementLines(tokens, start, end) {
    const starts = blockStatementStarts(tokens, start, end);
    return starts.length ? [...new Set(starts)] : undefined;
}
/** The line of each statement's first token in the block (a line once per statement on it). */
function blockStatementStarts(tokens, start, end) {
    // First token at or after the start.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(tokens[mid], start.line, start.col))
            lo = mid + 1;
        else
            hi = mid;
    }
    const lines = [];
    let depth = 0;
    let fresh = true;
    let header = false;
    let i = lo;
    // A function or clause body's block begins at its opening brace.
    if (i < tokens.length && tokens[i].kind === '{')
        i++;
    for (; i < tokens.length; i++) {
        const t = tokens[i];
        if (!before(t, end.line, end.col))
            break;
        if (t.kind === ';') {
            if (depth === 0 && !header)
                fresh = true;
            continue;
        }
        if (fresh && depth === 0 && t.kind !== '}' && t.kind !== ')') {
            lines.push(t.line);
            fresh = false;
            header = !!t.header;
            // `Label: for …` is one statement, whose header is the labelled one's.
            if (tokens[i + 1]?.kind === ':' && tokens[i + 2] && before(tokens[i + 2], end.line, end.col)) {
                i += 2;
                header = !!tokens[i].header;
                continue;
            }
        }
        if (header && depth === 0 && t.kind === '{')
            header = false;
        if (t.kind === '(' || t.kind === '[' || t.kind === '{')
            depth++;
        else if (t.kind === ')' || t.kind === ']' || t.kind === '}') {
            depth--;
            if (depth < 0)
                break;
        }
    }
    return lines;
}


/***/ }),

/***/ 4763:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseGoProfile = parseGoProfile;
const model_js_1 = __webpack_require__(3307);
const errors_js_1 = __webpack_require__(8887);
const LINE = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/**
 * Go coverprofile (`go test -coverprofile`, modes set/count/atomic). Blocks are counted in
 * statements, as `go tool cover` counts them; a block repeated (several test binaries)
 * is merged as go does: `set` ORs, `count`/`atomic` add.
 */
async function parseGoProfile(chunks, file) {
    const report = new model_js_1.CoverageReport();
    let mode;
    let lineNo = 0;
    let carry = '';
    const decoder = new TextDecoder();
    const handle = (raw) => {
        lineNo++;
        const line = raw.replace(/\r$/, '');
        if (line.trim() === '')
            return;
        if (line.startsWith('mode: ')) {
            const m = line.slice(6).trim();
            if (m !== 'set' && m !== 'count' && m !== 'atomic')
                throw new errors_js_1.CoverageParseError(file, `unknown mode "${m}" (expected set, count or atomic)`, lineNo);
            if (mode && lineNo > 1 && (m === 'set') !== (mode === 'set'))
                throw new errors_js_1.CoverageParseError(file, `mode "${m}" differs from the first mode`, lineNo);
            mode = m === 'set' ? 'set' : 'count';
            return;
        }
        if (!mode)
            throw new errors_js_1.CoverageParseError(file, 'does not start with "mode: set|count|atomic": not a Go coverprofile', lineNo);
        const m = LINE.exec(line);
        if (!m)
            throw new errors_js_1.CoverageParseError(file, `"${line.slice(0, 60)}" is not a coverprofile block (file:line.col,line.col statements count)`, lineNo);
        const start = (0, errors_js_1.checkLine)(Number(m[2]), 'start line', file, lineNo);
        const end = (0, errors_js_1.checkLine)(Number(m[4]), 'end line', file, lineNo);
        if (end < start)
            throw new errors_js_1.CoverageParseError(file, `block ends (line ${end}) before it starts (line ${start})`, lineNo);
        const statements = (0, errors_js_1.checkCount)(Number(m[6]), 'statement count', file, lineNo);
        const hits = (0, errors_js_1.checkCount)(Number(m[7]), 'hit count', file, lineNo);
        const f = report.file(m[1]);
        f.addBlock(`${m[2]}.${m[3]},${m[4]}.${m[5]}`, start, end, statements, hits, mode);
    };
    for await (const chunk of chunks) {
        if (lineNo === 0 && carry === '' && chunk.subarray(0, 8000).includes(0))
            throw new errors_js_1.CoverageParseError(file, 'is a binary file, not a Go coverprofile');
        const text = carry + decoder.decode(chunk, { stream: true });
        const parts = text.split('\n');
        carry = parts.pop() ?? '';
        if (carry.length > 1 << 20)
            throw new errors_js_1.CoverageParseError(file, 'a line longer than 1 MB: not a Go coverprofile', lineNo + 1);
        for (const p of parts)
            handle(p);
    }
    carry += decoder.decode();
    if (carry)
        handle(carry);
    if (!mode)
        throw new errors_js_1.CoverageParseError(file, 'is empty: no "mode:" line');
    // Line hits for changed-line coverage: a line is covered when any block over it ran.
    for (const f of report.files.values()) {
        for (const b of f.blocks?.values() ?? []) {
            if (b.statements === 0)
                continue;
            for (let l = b.start; l <= b.end; l++)
                f.maxLine(l, b.hits);
        }
    }
    return report;
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FORMATS = void 0;
exports.detectFormat = detectFormat;
exports.readHead = readHead;
exports.parseChunks = parseChunks;
exports.parseFile = parseFile;
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(8887);
const chunks_js_1 = __webpack_require__(9767);
const go_js_1 = __webpack_require__(4763);
const json_formats_js_1 = __webpack_require__(398);
const lcov_js_1 = __webpack_require__(8837);
const xml_formats_js_1 = __webpack_require__(1049);
const types_js_1 = __webpack_require__(5995);
Object.defineProperty(exports, "FORMATS", ({ enumerable: true, get: function () { return types_js_1.FORMATS; } }));
/** Decide the format from the first bytes of the file. */
function detectFormat(head, file) {
    if (head.length === 0)
        throw new errors_js_1.CoverageParseError(file, 'is empty');
    if ((0, chunks_js_1.looksBinary)(head))
        throw new errors_js_1.CoverageParseError(file, 'is a binary file, not a coverage report');
    const text = head.toString('utf8').replace(/^\uFEFF/, '');
    const t = text.trimStart();
    if (t === '')
        throw new errors_js_1.CoverageParseError(file, 'is empty (only whitespace)');
    if (/^mode: (set|count|atomic)\b/.test(t))
        return 'go';
    if (t.startsWith('<')) {
        if (/<report[\s>]/.test(t) || /DOCTYPE report/.test(t))
            return 'jacoco';
        if (/<coverage[^>]*\bclover=/.test(t) || /<coverage[^>]*>\s*<project/.test(t))
            return 'clover';
        if (/<coverage[\s>]/.test(t))
            return 'cobertura';
        throw new errors_js_1.CoverageParseError(file, 'is XML but not Cobertura, JaCoCo or Clover (unknown root element)');
    }
    if (t.startsWith('{')) {
        if (/"statementMap"\s*:/.test(t))
            return 'istanbul-json';
        if (/"meta"\s*:\s*\{[^}]*"(version|format)"/.test(t) || /"files"\s*:\s*\{[^]*"executed_lines"/.test(t))
            return 'coveragepy-json';
        if (/"total"\s*:\s*\{\s*"lines"/.test(t) || /"lines"\s*:\s*\{\s*"total"\s*:\s*\d+\s*,\s*"covered"/.test(t))
            return 'istanbul-summary';
        throw new errors_js_1.CoverageParseError(file, 'is JSON but not a known coverage format (Istanbul coverage-final/json-summary or coverage.py JSON)');
    }
    if (/^(TN|SF|VER):/m.test(t))
        return 'lcov';
    throw new errors_js_1.CoverageParseError(file, `is not a known coverage format (starts with "${t.slice(0, 30).replace(/\s+/g, ' ')}")`);
}
async function readHead(path, bytes = 16384) {
    const fh = await (0, promises_1.open)(path, 'r');
    try {
        const buf = Buffer.alloc(bytes);
        const { bytesRead } = await fh.read(buf, 0, bytes, 0);
        return buf.subarray(0, bytesRead);
    }
    finally {
        await fh.close();
    }
}
async function parseChunks(format, chunks, file, target) {
    switch (format) {
        case 'lcov':
            return {
                format,
                report: await (0, lcov_js_1.parseLcov)(chunks, file, target),
                sources: [],
                summaryOnly: false,
                mergedInto: target !== undefined,
            };
        case 'cobertura':
            return { format, ...(await (0, xml_formats_js_1.parseCobertura)(chunks, file)), summaryOnly: false };
        case 'jacoco':
            return { format, ...(await (0, xml_formats_js_1.parseJacoco)(chunks, file)), summaryOnly: false };
        case 'clover':
            return { format, ...(await (0, xml_formats_js_1.parseClover)(chunks, file)), summaryOnly: false };
        case 'istanbul-json':
            return { format, report: await (0, json_formats_js_1.parseIstanbulJson)(chunks, file), sources: [], summaryOnly: false };
        case 'istanbul-summary':
            return { format, report: await (0, json_formats_js_1.parseIstanbulSummary)(chunks, file), sources: [], summaryOnly: true };
        case 'go':
            return { format, report: await (0, go_js_1.parseGoProfile)(chunks, file), sources: [], summaryOnly: false };
        case 'coveragepy-json':
            return { format, report: await (0, json_formats_js_1.parseCoveragePyJson)(chunks, file), sources: [], summaryOnly: false };
    }
}
/** The line of a byte offset, counted by streaming the file again (only on the error path). */
async function lineOfOffset(path, offset) {
    let line = 1;
    let seen = 0;
    for await (const chunk of (0, chunks_js_1.fileChunks)(path)) {
        const end = Math.min(chunk.length, offset - seen);
        for (let i = chunk.indexOf(10); i >= 0 && i < end; i = chunk.indexOf(10, i + 1))
            line++;
        seen += chunk.length;
        if (seen >= offset)
            break;
    }
    return line;
}
/** Parse one report file: detect (unless `format` is given), stream, and point errors at a line. */
async function parseFile(path, display, format, target) {
    const head = await readHead(path);
    const fmt = format ?? detectFormat(head, display);
    if (format && head.length === 0)
        throw new errors_js_1.CoverageParseError(display, 'is empty');
    try {
        return await parseChunks(fmt, (0, chunks_js_1.fileChunks)(path), display, target);
    }
    catch (e) {
        if (e instanceof errors_js_1.CoverageParseError && e.offset !== undefined && !e.line)
            throw e.withLine(await lineOfOffset(path, e.offset));
        throw e;
    }
}


/***/ }),

/***/ 7041:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Interner = void 0;
/**
 * Strings for byte ranges that repeat (paths, function names in per-test records), made
 * once: a fresh string per line is garbage that grows the heap long before V8 collects it.
 */
class Interner {
    map = new Map();
    get(buf, s, e) {
        let h = 0x811c9dc5;
        let ascii = true;
        for (let i = s; i < e; i++) {
            const c = buf[i];
            if (c > 127)
                ascii = false;
            h = Math.imul(h ^ c, 16777619);
        }
        h = (h ^ (e - s)) | 0; // an int32 stays a small integer: no heap number per lookup
        const hit = this.map.get(h);
        if (hit !== undefined && hit.length === e - s) {
            let same = true;
            for (let i = 0; i < hit.length; i++) {
                if (hit.charCodeAt(i) !== buf[s + i]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return hit;
        }
        const str = buf.toString('utf8', s, e);
        if (ascii && this.map.size < 500_000)
            this.map.set(h, str);
        return str;
    }
}
exports.Interner = Interner;
/**
 * Streaming LCOV parser: works on bytes, one line at a time, so memory holds the coverage
 * model and one chunk, never the file (a 2 GB trace file parses in bounded memory).
 * Accepts geninfo's tracefile format (lcov 1.x and 2.x: FN with end lines, FNL/FNA, BRDA
 * with '-'), and several records for one file (per-test data) which are added.
 */


/***/ }),

/***/ 398:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.istanbulFile = istanbulFile;
exports.parseIstanbulJson = parseIstanbulJson;
exports.parseIstanbulSummary = parseIstanbulSummary;
exports.parseCoveragePyJson = parseCoveragePyJson;
const model_js_1 = __webpack_require__(3307);
const errors_js_1 = __webpack_require__(8887);
const json_stream_js_1 = __webpack_require__(8304);
const isObj = (v) => !!v && typeof v === 'object' && !Array.isArray(v);
function loc(v) {
    if (!isObj(v) || !isObj(v.start))
        return undefined;
    const l = v.start.line;
    return typeof l === 'number' ? l : undefined;
}
/** Istanbul coverage-final.json: statement, function and branch maps with their counters. */
function istanbulFile(key, v, file) {
    const bad = (what) => {
        throw new errors_js_1.CoverageParseError(file, `entry "${key.slice(0, 80)}" is not Istanbul coverage (${what})`);
    };
    if (!isObj(v) || !isObj(v.statementMap) || !isObj(v.s))
        bad('no statementMap/s');
    const o = v;
    const f = new model_js_1.FileCoverage(typeof o.path === 'string' ? o.path : key);
    const s = o.s;
    const sm = o.statementMap;
    for (const [id, l] of Object.entries(sm)) {
        const line = loc(l);
        if (line === undefined)
            bad(`statement ${id} has no start line`);
        // Istanbul's line coverage: the largest count of the statements starting on a line.
        f.maxLine((0, errors_js_1.checkLine)(line, 'statement line', file), (0, errors_js_1.checkCount)(Number(s[id] ?? 0), `statement ${id} count`, file));
    }
    const fm = isObj(o.fnMap) ? o.fnMap : {};
    const fc = isObj(o.f) ? o.f : {};
    for (const [id, fn] of Object.entries(fm)) {
        if (!isObj(fn))
            bad(`function ${id}`);
        const fo = fn;
        const line = loc(fo.decl) ?? loc(fo.loc) ?? 0;
        f.addFunction(typeof fo.name === 'string' ? fo.name : `(fn ${id})`, line, (0, errors_js_1.checkCount)(Number(fc[id] ?? 0), `function ${id} count`, file));
    }
    const bm = isObj(o.branchMap) ? o.branchMap : {};
    const bc = isObj(o.b) ? o.b : {};
    for (const [id, br] of Object.entries(bm)) {
        if (!isObj(br))
            bad(`branch ${id}`);
        const bo = br;
        const counts = bc[id];
        if (!Array.isArray(counts))
            bad(`branch ${id} has no counts`);
        const line = loc(bo.loc) ??
            (Array.isArray(bo.locations) ? loc(bo.locations[0]) : undefined) ??
            (typeof bo.line === 'number' ? bo.line : undefined);
        if (line === undefined)
            bad(`branch ${id} has no line`);
        counts.forEach((n, i) => f.addBranch((0, errors_js_1.checkLine)(line, 'branch line', file), id, i, (0, errors_js_1.checkCount)(Number(n), `branch ${id} count`, file)));
    }
    return f;
}
async function parseIstanbulJson(chunks, file) {
    const report = new model_js_1.CoverageReport();
    for await (const m of (0, json_stream_js_1.jsonMembers)(chunks, file))
        report.put(istanbulFile(m.key, m.value, file));
    if (report.files.size === 0)
        throw new errors_js_1.CoverageParseError(file, 'has no files (an empty Istanbul coverage object)');
    return report;
}
function count(v, what, file) {
    if (!isObj(v) || typeof v.total !== 'number' || typeof v.covered !== 'number')
        throw new errors_js_1.CoverageParseError(file, `${what} has no total/covered counts`);
    const total = (0, errors_js_1.checkCount)(v.total, `${what} total`, file);
    const covered = (0, errors_js_1.checkCount)(v.covered, `${what} covered`, file);
    if (covered > total)
        throw new errors_js_1.CoverageParseError(file, `${what} covers ${covered} of ${total}`);
    return { total, covered };
}
/** Istanbul json-summary: totals per file only (no lines, so no changed-line coverage). */
async function parseIstanbulSummary(chunks, file) {
    const report = new model_js_1.CoverageReport();
    for await (const m of (0, json_stream_js_1.jsonMembers)(chunks, file)) {
        if (m.key === 'total')
            continue;
        const v = m.value;
        if (!isObj(v) || !isObj(v.lines))
            throw new errors_js_1.CoverageParseError(file, `entry "${m.key.slice(0, 80)}" is not an Istanbul summary (no lines)`);
        const f = new model_js_1.FileCoverage(m.key);
        f.summary = {
            lines: count(v.lines, `${m.key} lines`, file),
            branches: isObj(v.branches) ? count(v.branches, `${m.key} branches`, file) : { total: 0, covered: 0 },
            functions: isObj(v.functions) ? count(v.functions, `${m.key} functions`, file) : { total: 0, covered: 0 },
        };
        report.put(f);
    }
    if (report.files.size === 0)
        throw new errors_js_1.CoverageParseError(file, 'has no files (only a total): shipline needs per-file entries');
    return report;
}
function lineList(v, what, file) {
    if (v === undefined)
        return [];
    if (!Array.isArray(v))
        throw new errors_js_1.CoverageParseError(file, `${what} is not a list`);
    // coverage.py lists line 0 as executed for an empty module; it is not a statement.
    return v.filter((n) => n !== 0).map((n) => (0, errors_js_1.checkLine)(Number(n), what, file));
}
/** coverage.py JSON: executed/missing lines and executed/missing arcs per file. */
async function parseCoveragePyJson(chunks, file) {
    const report = new model_js_1.CoverageReport();
    let sawMeta = false;
    for await (const m of (0, json_stream_js_1.jsonMembers)(chunks, file, new Set(['files']))) {
        if (!m.parent) {
            if (m.key === 'meta')
                sawMeta = true;
            continue;
        }
        const v = m.value;
        if (!isObj(v) || !Array.isArray(v.executed_lines))
            throw new errors_js_1.CoverageParseError(file, `files["${m.key.slice(0, 80)}"] is not coverage.py data (no executed_lines)`);
        const f = new model_js_1.FileCoverage(m.key);
        for (const l of lineList(v.missing_lines, 'missing_lines', file))
            f.addLine(l, 0);
        for (const l of lineList(v.executed_lines, 'executed_lines', file))
            f.addLine(l, 1);
        const arcs = (list, hits) => {
            if (list === undefined)
                return;
            if (!Array.isArray(list))
                throw new errors_js_1.CoverageParseError(file, 'branches are not a list of [from, to] pairs');
            for (const arc of list) {
                if (!Array.isArray(arc) || arc.length !== 2)
                    throw new errors_js_1.CoverageParseError(file, 'a branch is not a [from, to] pair');
                // An arc is identified by its source line and destination (negative = exit).
                f.addBranch((0, errors_js_1.checkLine)(Number(arc[0]), 'branch line', file), 0, Number(arc[1]), hits);
            }
        };
        arcs(v.executed_branches, 1);
        arcs(v.missing_branches, 0);
        report.put(f);
    }
    if (!sawMeta && report.files.size === 0)
        throw new errors_js_1.CoverageParseError(file, 'is not coverage.py JSON (no meta and no files)');
    return report;
}


/***/ }),

/***/ 8304:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.jsonMembers = jsonMembers;
const errors_js_1 = __webpack_require__(8887);
const MAX_MEMBER = 512 << 20;
/**
 * Splits a JSON object into its members without holding the whole text: each top-level
 * member (or, for keys in `descend`, each member of that member) is collected as bytes and
 * parsed alone. Memory is one member at a time (one source file's coverage), whatever the
 * file size. Errors name the byte offset.
 */
async function* jsonMembers(chunks, file, descend = new Set()) {
    let depth = 0;
    let inString = false;
    let escape = false;
    let offset = 0;
    let started = false;
    let ended = false;
    // Capture state: bytes of the current member at the target depth.
    let target = 1;
    let parent;
    let parts = [];
    let partsLen = 0;
    let capStart = -1; // index in the current chunk where capture (re)started
    let capturing = false;
    let keyDone = false;
    const out = [];
    const finish = (chunk, end) => {
        if (capStart >= 0)
            parts.push(chunk.subarray(capStart, end));
        const text = Buffer.concat(parts).toString('utf8');
        parts = [];
        partsLen = 0;
        capStart = -1;
        capturing = false;
        keyDone = false;
        let obj;
        try {
            obj = JSON.parse(`{${text}}`);
        }
        catch (e) {
            throw new errors_js_1.CoverageParseError(file, `invalid JSON (${e.message.split('\n')[0]})`, undefined, offset);
        }
        const key = Object.keys(obj)[0];
        if (key !== undefined)
            out.push({ parent, key, value: obj[key] });
    };
    for await (const chunk of chunks) {
        if (!started && chunk.subarray(0, 8000).includes(0))
            throw new errors_js_1.CoverageParseError(file, 'is a binary file, not JSON');
        for (let i = 0; i < chunk.length; i++, offset++) {
            const c = chunk[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c === 92)
                    escape = true;
                else if (c === 34)
                    inString = false;
                continue;
            }
            if (c === 32 || c === 10 || c === 13 || c === 9)
                continue;
            if (ended)
                throw new errors_js_1.CoverageParseError(file, 'text after the end of the JSON object', undefined, offset);
            if (!started) {
                if (c === 0xef || c === 0xbb || c === 0xbf)
                    continue; // BOM
                if (c !== 123)
                    throw new errors_js_1.CoverageParseError(file, 'is not a JSON object (it does not start with "{")', undefined, offset);
                started = true;
                depth = 1;
                continue;
            }
            if (c === 34) {
                inString = true;
                if (depth === target && !capturing) {
                    capturing = true;
                    capStart = i;
                }
                continue;
            }
            if (c === 58 && depth === target && capturing && !keyDone) {
                keyDone = true;
                if (target === 1 && descend.size) {
                    const pending = Buffer.concat([...parts, chunk.subarray(capStart, i)]).toString('utf8');
                    let key;
                    try {
                        key = JSON.parse(pending);
                    }
                    catch {
                        throw new errors_js_1.CoverageParseError(file, 'invalid JSON object key', undefined, offset);
                    }
                    if (typeof key === 'string' && descend.has(key)) {
                        // Skip this member's bytes; collect its members one level down instead.
                        parts = [];
                        partsLen = 0;
                        capStart = -1;
                        capturing = false;
                        keyDone = false;
                        parent = key;
                        target = 2;
                    }
                }
                continue;
            }
            if (c === 123 || c === 91) {
                depth++;
                continue;
            }
            if (c === 125 || c === 93) {
                if (depth === target && capturing)
                    finish(chunk, i);
                depth--;
                if (depth < 1) {
                    ended = true;
                    depth = 0;
                }
                else if (target === 2 && depth === 1) {
                    target = 1;
                    parent = undefined;
                    // Resume capture state for the rest of the top-level object.
                }
                continue;
            }
            if (c === 44 && depth === target && capturing)
                finish(chunk, i);
        }
        if (capStart >= 0) {
            parts.push(Buffer.from(chunk.subarray(capStart)));
            partsLen += chunk.length - capStart;
            capStart = 0;
            if (partsLen > MAX_MEMBER)
                throw new errors_js_1.CoverageParseError(file, `one JSON member is larger than ${MAX_MEMBER >> 20} MB`, undefined, offset);
        }
        for (const m of out)
            yield m;
        out.length = 0;
    }
    if (!started)
        throw new errors_js_1.CoverageParseError(file, 'is empty: no JSON object');
    if (!ended || inString)
        throw new errors_js_1.CoverageParseError(file, 'the JSON ends before its closing "}": it is truncated', undefined, offset);
}


/***/ }),

/***/ 7463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.C = void 0;
exports.isEndOfRecord = isEndOfRecord;
exports.uint = uint;
// The byte-level pieces of the LCOV parser: the characters it dispatches on and integers read in place.
const errors_js_1 = __webpack_require__(8887);
/** The bytes an LCOV line is told apart by. */
exports.C = {
    A: 65,
    B: 66,
    D: 68,
    E: 69,
    F: 70,
    H: 72,
    L: 76,
    N: 78,
    R: 82,
    S: 83,
    T: 84,
    V: 86,
    colon: 58,
    comma: 44,
    minus: 45,
    cr: 13,
    nl: 10,
    zero: 48,
    nine: 57,
    e: 101,
};
const END = Buffer.from('end_of_record');
function isEndOfRecord(buf, s) {
    for (let i = 0; i < 13; i++)
        if (buf[s + i] !== END[i])
            return false;
    return true;
}
/** A non-negative integer from bytes, or -1 when not one; -2 when beyond MAX_COUNT. */
function uint(buf, s, e) {
    if (s >= e)
        return -1;
    let n = 0;
    for (let i = s; i < e; i++) {
        const c = buf[i] - exports.C.zero;
        if (c < 0 || c > 9)
            return -1;
        n = n * 10 + c;
    }
    return n > errors_js_1.MAX_COUNT ? -2 : n;
}


/***/ }),

/***/ 9381:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeLcov = writeLcov;
/** Write a report as LCOV (the format every downstream tool reads), a file at a time. */
function* writeLcov(report) {
    const paths = [...report.files.keys()].sort();
    for (const path of paths) {
        const f = report.files.get(path);
        const out = ['TN:', `SF:${path}`];
        const fns = [...f.functions.values()].sort((a, b) => a.line - b.line || (a.name < b.name ? -1 : 1));
        for (const fn of fns)
            if (fn.line > 0)
                out.push(`FN:${fn.line},${fn.name}`);
        for (const fn of fns)
            out.push(`FNDA:${fn.hits},${fn.name}`);
        const t = f.totals();
        out.push(`FNF:${t.functions.total}`, `FNH:${t.functions.covered}`);
        const brs = [...f.branches.values()].sort((a, b) => a.line - b.line);
        for (const b of brs)
            out.push(`BRDA:${b.line},${b.block},${b.index},${b.hits}`);
        out.push(`BRF:${t.branches.total}`, `BRH:${t.branches.covered}`);
        let lf = 0;
        let lh = 0;
        for (const [line, hits] of f.lines()) {
            out.push(`DA:${line},${hits}`);
            lf++;
            if (hits > 0)
                lh++;
        }
        out.push(`LF:${lf}`, `LH:${lh}`, 'end_of_record');
        yield out.join('\n') + '\n';
    }
}


/***/ }),

/***/ 8837:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.LcovParser = void 0;
exports.parseLcov = parseLcov;
const model_js_1 = __webpack_require__(3307);
const errors_js_1 = __webpack_require__(8887);
const intern_js_1 = __webpack_require__(7041);
const lcov_bytes_js_1 = __webpack_require__(7463);
/** The longest line we buffer; past it the file is not LCOV (or is binary). */
const MAX_LINE_BYTES = 16 << 20;
class LcovParser {
    file;
    report;
    mapPath;
    mapped = new Map();
    /** Distinct files this report named (after mapping). */
    seen = new Set();
    records = 0;
    cur;
    fnByIndex = new Map();
    lineNo = 0;
    carry;
    strings = new intern_js_1.Interner();
    constructor(file, target) {
        this.file = file;
        this.report = target?.into ?? new model_js_1.CoverageReport();
        this.mapPath = target?.mapPath;
    }
    fail(problem) {
        throw new errors_js_1.CoverageParseError(this.file, problem, this.lineNo);
    }
    count(buf, s, e, what) {
        const n = (0, lcov_bytes_js_1.uint)(buf, s, e);
        if (n === -2)
            this.fail(`${what} "${buf.toString('utf8', s, e)}" is too large (over ${errors_js_1.MAX_COUNT})`);
        if (n < 0)
            this.fail(`${what} "${buf.toString('utf8', s, Math.min(e, s + 40))}" is not a whole number of 0 or more`);
        return n;
    }
    lineNumber(buf, s, e, what) {
        const n = this.count(buf, s, e, what);
        if (n < 1 || n > errors_js_1.MAX_LINE)
            this.fail(`${what} ${n} is not a line number (1 to ${errors_js_1.MAX_LINE})`);
        return n;
    }
    need() {
        if (!this.cur)
            this.fail('coverage data before any SF: line (a record must start with SF:<path>)');
        return this.cur;
    }
    /** Feed one chunk. Newlines are found by a plain byte loop: far cheaper than a native call a line. */
    push(chunk) {
        let start = 0;
        const n = chunk.length;
        if (this.carry) {
            let nl = 0;
            while (nl < n && chunk[nl] !== lcov_bytes_js_1.C.nl)
                nl++;
            if (nl === n) {
                this.carry = Buffer.concat([this.carry, chunk]);
                if (this.carry.length > MAX_LINE_BYTES)
                    this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
                return;
            }
            const line = Buffer.concat([this.carry, chunk.subarray(0, nl)]);
            this.carry = undefined;
            this.line(line, 0, line.length);
            start = nl + 1;
        }
        for (let i = start; i < n; i++) {
            if (chunk[i] === lcov_bytes_js_1.C.nl) {
                this.line(chunk, start, i);
                start = i + 1;
            }
        }
        if (start < n) {
            if (n - start > MAX_LINE_BYTES)
                this.fail(`a line longer than ${MAX_LINE_BYTES >> 20} MB: this is not an LCOV file`);
            this.carry = Buffer.from(chunk.subarray(start));
        }
    }
    /** End of input: the last line, and a check that no record was left open. */
    end() {
        if (this.carry) {
            const line = this.carry;
            this.carry = undefined;
            this.line(line, 0, line.length);
        }
        if (this.cur) {
            this.lineNo++;
            this.fail(`the file ends inside the record for ${this.cur.path} (no end_of_record): it is truncated`);
        }
        if (this.records === 0)
            throw new errors_js_1.CoverageParseError(this.file, 'has no coverage records (no SF: ... end_of_record)');
        return this.report;
    }
    line(buf, s, e) {
        this.lineNo++;
        if (e > s && buf[e - 1] === lcov_bytes_js_1.C.cr)
            e--;
        if (s === e)
            return;
        const c0 = buf[s];
        if (c0 === lcov_bytes_js_1.C.D && buf[s + 1] === lcov_bytes_js_1.C.A && buf[s + 2] === lcov_bytes_js_1.C.colon)
            return this.da(buf, s + 3, e);
        if (c0 === lcov_bytes_js_1.C.B && buf[s + 1] === lcov_bytes_js_1.C.R && buf[s + 2] === lcov_bytes_js_1.C.D && buf[s + 3] === lcov_bytes_js_1.C.A && buf[s + 4] === lcov_bytes_js_1.C.colon)
            return this.brda(buf, s + 5, e);
        let colon = s;
        while (colon < e && buf[colon] !== lcov_bytes_js_1.C.colon)
            colon++;
        if (colon === e)
            colon = -1;
        const v = colon + 1;
        if (colon < 0) {
            if (e - s === 13 && (0, lcov_bytes_js_1.isEndOfRecord)(buf, s)) {
                this.need();
                this.cur = undefined;
                return;
            }
            this.garbage(buf, s, e);
        }
        const klen = colon - s;
        const c1 = buf[s + 1];
        if (klen === 2 && c0 === lcov_bytes_js_1.C.S && c1 === lcov_bytes_js_1.C.F) {
            let ps = v;
            let pe = e;
            while (ps < pe && (buf[ps] === 32 || buf[ps] === 9))
                ps++;
            while (pe > ps && (buf[pe - 1] === 32 || buf[pe - 1] === 9))
                pe--;
            if (ps === pe)
                this.fail('SF: names no file');
            // Several records for one file (per-test data, concatenated shards) add into one entry.
            const raw = this.strings.get(buf, ps, pe);
            let key = raw;
            if (this.mapPath) {
                const hit = this.mapped.get(raw);
                key = hit !== undefined ? hit : this.mapPath(raw);
                if (hit === undefined)
                    this.mapped.set(raw, key);
            }
            this.records++;
            if (key === null)
                this.cur = new model_js_1.FileCoverage(raw); // left out: parsed for errors, then dropped
            else {
                this.seen.add(key);
                this.cur = this.report.file(key);
            }
            // (Map#clear allocates a fresh table: only when there is something to clear.)
            if (this.fnByIndex.size)
                this.fnByIndex.clear();
            return;
        }
        if (klen === 2 && c0 === lcov_bytes_js_1.C.F && c1 === lcov_bytes_js_1.C.N) {
            const f = this.need();
            const comma1 = buf.indexOf(lcov_bytes_js_1.C.comma, v);
            if (comma1 < 0 || comma1 >= e)
                this.fail('FN: needs <line>,<name>');
            const line = this.lineNumber(buf, v, comma1, 'FN line');
            let nameStart = comma1 + 1;
            const comma2 = buf.indexOf(lcov_bytes_js_1.C.comma, nameStart);
            if (comma2 > 0 && comma2 < e && (0, lcov_bytes_js_1.uint)(buf, nameStart, comma2) >= 0)
                nameStart = comma2 + 1; // lcov 2: FN:<start>,<end>,<name>
            f.addFunction(this.strings.get(buf, nameStart, e), line, 0);
            return;
        }
        if (klen === 4 && c0 === lcov_bytes_js_1.C.F && c1 === lcov_bytes_js_1.C.N && buf[s + 2] === lcov_bytes_js_1.C.D && buf[s + 3] === lcov_bytes_js_1.C.A) {
            const f = this.need();
            const comma1 = buf.indexOf(lcov_bytes_js_1.C.comma, v);
            if (comma1 < 0 || comma1 >= e)
                this.fail('FNDA: needs <hits>,<name>');
            const hits = this.count(buf, v, comma1, 'FNDA hit count');
            const name = this.strings.get(buf, comma1 + 1, e);
            // FNDA names the function its record's FN declared; the file's entry has its line.
            f.addFunction(name, f.functions.get(name)?.line ?? 0, hits);
            return;
        }
        // The summary lines (LF, LH, BRF, BRH, FNF, FNH) and TN carry nothing we do not count ourselves.
        if ((klen === 2 && ((c0 === lcov_bytes_js_1.C.L && (c1 === lcov_bytes_js_1.C.F || c1 === lcov_bytes_js_1.C.H)) || (c0 === lcov_bytes_js_1.C.T && c1 === lcov_bytes_js_1.C.N))) ||
            (klen === 3 &&
                (c0 === lcov_bytes_js_1.C.B || c0 === lcov_bytes_js_1.C.F) &&
                (c1 === lcov_bytes_js_1.C.R || c1 === lcov_bytes_js_1.C.N) &&
                (buf[s + 2] === lcov_bytes_js_1.C.F || buf[s + 2] === lcov_bytes_js_1.C.H)))
            return;
        const key = buf.toString('latin1', s, colon);
        switch (key) {
            case 'FNL': {
                // lcov 2.2: FNL:<index>,<start>[,<end>] then FNA:<index>,<hits>,<name>
                this.need();
                const c1 = buf.indexOf(lcov_bytes_js_1.C.comma, v);
                if (c1 < 0 || c1 >= e)
                    this.fail('FNL: needs <index>,<line>');
                let c2 = buf.indexOf(lcov_bytes_js_1.C.comma, c1 + 1);
                if (c2 < 0 || c2 > e)
                    c2 = e;
                this.fnByIndex.set(buf.toString('latin1', v, c1), this.lineNumber(buf, c1 + 1, c2, 'FNL line'));
                return;
            }
            case 'FNA': {
                const f = this.need();
                const c1 = buf.indexOf(lcov_bytes_js_1.C.comma, v);
                const c2 = c1 < 0 ? -1 : buf.indexOf(lcov_bytes_js_1.C.comma, c1 + 1);
                if (c1 < 0 || c2 < 0 || c2 >= e)
                    this.fail('FNA: needs <index>,<hits>,<name>');
                const hits = this.count(buf, c1 + 1, c2, 'FNA hit count');
                f.addFunction(buf.toString('utf8', c2 + 1, e), this.fnByIndex.get(buf.toString('latin1', v, c1)) ?? 0, hits);
                return;
            }
            case 'VER':
            case 'MCDC':
                return;
            default:
                // Other upper-case keys are later lcov extensions: skipped, as geninfo's readers do.
                if (/^[A-Z][A-Z0-9_]*$/.test(key))
                    return;
                this.garbage(buf, s, e);
        }
    }
    garbage(buf, s, e) {
        const text = buf.toString('utf8', s, Math.min(e, s + 60)).replace(/[^\x20-\x7e]/g, '?');
        this.fail(`"${text}" is not an LCOV line (expected KEY:value, e.g. DA:<line>,<hits>)`);
    }
    da(buf, v, e) {
        const f = this.cur ?? this.need();
        // DA:<line>,<hits>[,<checksum>], parsed in place.
        let i = v;
        let line = 0;
        for (; i < e; i++) {
            const d = buf[i] - lcov_bytes_js_1.C.zero;
            if (d < 0 || d > 9)
                break;
            line = line * 10 + d;
        }
        if (i === v || i === e || buf[i] !== lcov_bytes_js_1.C.comma) {
            let c1 = v;
            while (c1 < e && buf[c1] !== lcov_bytes_js_1.C.comma)
                c1++;
            if (c1 === e)
                this.fail('DA: needs <line>,<hits>');
            this.fail(`DA line "${buf.toString('utf8', v, Math.min(c1, v + 40))}" is not a whole number of 1 or more`);
        }
        // coverage.py writes DA:0 for an empty file (its line 0 "runs"); no tool counts it.
        if (line === 0)
            return;
        if (line > errors_js_1.MAX_LINE)
            this.fail(`DA line ${line} is not a line number (1 to ${errors_js_1.MAX_LINE})`);
        const hs = ++i;
        let hits = 0;
        for (; i < e; i++) {
            const d = buf[i] - lcov_bytes_js_1.C.zero;
            if (d < 0 || d > 9)
                break;
            hits = hits * 10 + d;
        }
        if (i === hs || (i < e && buf[i] !== lcov_bytes_js_1.C.comma) || hits > errors_js_1.MAX_COUNT) {
            let c2 = hs;
            while (c2 < e && buf[c2] !== lcov_bytes_js_1.C.comma)
                c2++;
            const text = buf.toString('latin1', hs, c2);
            if (text.startsWith('-'))
                this.fail(`DA hit count "${text}" is negative`);
            // gcov can write large counts in exponent form (1.2e+06).
            const x = Number(text);
            if (!/^[0-9.e+]+$/i.test(text) || !Number.isFinite(x) || x < 0 || x > errors_js_1.MAX_COUNT)
                this.fail(`DA hit count "${text}" is not a whole number from 0 to ${errors_js_1.MAX_COUNT}`);
            hits = Math.round(x);
        }
        f.addLine(line, hits);
    }
    brda(buf, v, e) {
        const f = this.cur ?? this.need();
        let c1 = v;
        while (c1 < e && buf[c1] !== lcov_bytes_js_1.C.comma)
            c1++;
        let c2 = c1 + 1;
        while (c2 < e && buf[c2] !== lcov_bytes_js_1.C.comma)
            c2++;
        let c3 = e - 1;
        while (c3 > c2 && buf[c3] !== lcov_bytes_js_1.C.comma)
            c3--;
        if (c1 >= e || c2 >= e || c3 <= c2)
            this.fail('BRDA: needs <line>,<block>,<branch>,<taken>');
        const line = this.lineNumber(buf, v, c1, 'BRDA line');
        const taken = e - c3 === 2 && buf[c3 + 1] === lcov_bytes_js_1.C.minus ? 0 : this.count(buf, c3 + 1, e, 'BRDA taken count');
        const block = (0, lcov_bytes_js_1.uint)(buf, c1 + 1, c2);
        const index = (0, lcov_bytes_js_1.uint)(buf, c2 + 1, c3);
        f.addBranch(line, block >= 0 && block < 1024 ? block : buf.toString('latin1', c1 + 1, c2), index >= 0 && index < 1024 ? index : buf.toString('utf8', c2 + 1, c3), taken);
    }
}
exports.LcovParser = LcovParser;
async function parseLcov(chunks, file, target) {
    const p = new LcovParser(file, target);
    for await (const chunk of chunks)
        p.push(chunk);
    return p.end();
}


/***/ }),

/***/ 1993:
/***/ ((__unused_webpack_module, exports) => {


// The attributes of a tag, read straight from the tokenizer's buffer, and entity decoding.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Attrs = void 0;
exports.decode = decode;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function decode(s) {
    if (!s.includes('&'))
        return s;
    return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
        if (e[0] === '#')
            return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
        return ENTITIES[e] ?? m;
    });
}
/** Buffer#latin1Slice skips toString's argument handling: this runs once per attribute. */
const latin1 = (b, s, e) => b.latin1Slice(s, e);
/**
 * The attributes of the tag being handled, read straight from its bytes on request: most
 * attributes of a coverage report are numbers, parsed without making a string. Valid only
 * during the `open` call (the view is reused for the next tag).
 */
class Attrs {
    buf = Buffer.alloc(0);
    /** [nameStart, nameEnd, valueStart, valueEnd, flags] per attribute; flags: 1 = has '&', 2 = non-ASCII. */
    spans = [];
    count = 0;
    find(name) {
        const b = this.buf;
        const sp = this.spans;
        const len = name.length;
        outer: for (let k = 0; k < this.count; k++) {
            const ns = sp[k * 5];
            if (sp[k * 5 + 1] - ns !== len)
                continue;
            for (let j = 0; j < len; j++)
                if (b[ns + j] !== name.charCodeAt(j))
                    continue outer;
            return k;
        }
        return -1;
    }
    has(name) {
        return this.find(name) >= 0;
    }
    get(name) {
        const k = this.find(name);
        if (k < 0)
            return undefined;
        const sp = this.spans;
        const vs = sp[k * 5 + 2];
        const ve = sp[k * 5 + 3];
        const flags = sp[k * 5 + 4];
        const raw = flags & 2 ? this.buf.toString('utf8', vs, ve) : latin1(this.buf, vs, ve);
        return flags & 1 ? decode(raw) : raw;
    }
    /** The value as a number (NaN when not one; undefined when absent), digits parsed in place. */
    num(name) {
        const k = this.find(name);
        if (k < 0)
            return undefined;
        const b = this.buf;
        const vs = this.spans[k * 5 + 2];
        const ve = this.spans[k * 5 + 3];
        let n = 0;
        let i = vs;
        for (; i < ve; i++) {
            const d = b[i] - 48;
            if (d < 0 || d > 9)
                break;
            n = n * 10 + d;
        }
        if (i === ve && i > vs && i - vs < 16)
            return n;
        const text = (this.get(name) ?? '').trim();
        return text === '' ? NaN : Number(text);
    }
}
exports.Attrs = Attrs;


/***/ }),

/***/ 1049:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCobertura = parseCobertura;
exports.parseJacoco = parseJacoco;
exports.parseClover = parseClover;
const model_js_1 = __webpack_require__(3307);
const errors_js_1 = __webpack_require__(8887);
const xml_js_1 = __webpack_require__(3404);
function declared(a, pairs) {
    const out = {};
    for (const [k, total, covered] of pairs) {
        const t = a.num(total);
        const c = a.num(covered);
        if (t !== undefined && c !== undefined && Number.isFinite(t) && Number.isFinite(c))
            out[k] = { total: t, covered: c };
    }
    return out;
}
function num(attrs, name, file, offset, required = true) {
    const n = attrs.num(name);
    if (n === undefined) {
        if (!required)
            return 0;
        throw new errors_js_1.CoverageParseError(file, `missing attribute ${name}`, undefined, offset);
    }
    if (Number.isNaN(n))
        throw new errors_js_1.CoverageParseError(file, `attribute ${name}="${(attrs.get(name) ?? '').slice(0, 30)}" is not a number`, undefined, offset);
    return n;
}
/** Cobertura XML (Istanbul, coverage.py, and Java tools): class lines, condition-coverage, methods. */
async function parseCobertura(chunks, file) {
    const report = new model_js_1.CoverageReport();
    const sources = [];
    let cur;
    let method;
    let sourceText;
    let root = false;
    let decl;
    await (0, xml_js_1.streamXml)(chunks, file, {
        wantText: (top) => top === 'source',
        text: (t) => {
            sourceText = (sourceText ?? '') + t;
        },
        open(name, a, offset) {
            if (!root) {
                if (name !== 'coverage')
                    throw new errors_js_1.CoverageParseError(file, `root element is <${name}>, not Cobertura's <coverage>`, undefined, offset);
                root = true;
                decl = declared(a, [
                    ['lines', 'lines-valid', 'lines-covered'],
                    ['branches', 'branches-valid', 'branches-covered'],
                ]);
                return;
            }
            switch (name) {
                case 'source':
                    sourceText = '';
                    return;
                case 'class': {
                    const filename = a.get('filename');
                    if (!filename)
                        throw new errors_js_1.CoverageParseError(file, '<class> without a filename attribute', undefined, offset);
                    // Classes of one file (and one file in several packages) add into one entry.
                    cur = report.file(filename);
                    return;
                }
                case 'method':
                    if (cur)
                        method = {
                            name: a.get('name') ?? '(anonymous)',
                            line: 0,
                            hits: !a.has('hits') ? -1 : (0, errors_js_1.checkCount)(num(a, 'hits', file, offset), 'hits', file, undefined, offset),
                        };
                    return;
                case 'line': {
                    if (!cur)
                        throw new errors_js_1.CoverageParseError(file, '<line> outside a <class>', undefined, offset);
                    const line = (0, errors_js_1.checkLine)(num(a, 'number', file, offset), 'line number', file, undefined, offset);
                    const hits = (0, errors_js_1.checkCount)(num(a, 'hits', file, offset), 'hits', file, undefined, offset);
                    if (method) {
                        if (method.line === 0)
                            method.line = line;
                        if (method.hits < 0)
                            method.hits = hits;
                        return; // a method's lines repeat the class's lines: counted once, from <class><lines>
                    }
                    cur.addLine(line, hits);
                    if (a.get('branch') === 'true') {
                        const m = /\((\d+)\/(\d+)\)/.exec(a.get('condition-coverage') ?? '');
                        if (!m)
                            return;
                        const covered = Number(m[1]);
                        const total = Number(m[2]);
                        if (covered > total)
                            throw new errors_js_1.CoverageParseError(file, `condition-coverage "${a.get('condition-coverage')}" covers more than its total`, undefined, offset);
                        // Cobertura gives counts, not identities: outcomes 0..total-1, the first `covered` taken.
                        for (let i = 0; i < total; i++)
                            cur.addBranch(line, 0, i, i < covered ? 1 : 0);
                    }
                    return;
                }
            }
        },
        close(name) {
            if (name === 'source' && sourceText !== undefined) {
                const s = sourceText.trim();
                if (s)
                    sources.push(s);
                sourceText = undefined;
            }
            else if (name === 'method' && method && cur) {
                cur.addFunction(method.name, method.line, Math.max(0, method.hits));
                method = undefined;
            }
            else if (name === 'class')
                cur = undefined;
        },
    });
    return { report, sources, declared: decl };
}
/** JaCoCo XML: packages of source files with per-line instruction and branch counters. */
async function parseJacoco(chunks, file) {
    const report = new model_js_1.CoverageReport();
    let pkg = '';
    let root = false;
    let cls;
    let method;
    let cur;
    const pathOf = (source) => (pkg ? `${pkg}/${source}` : source);
    await (0, xml_js_1.streamXml)(chunks, file, {
        open(name, a, offset) {
            if (!root) {
                if (name !== 'report')
                    throw new errors_js_1.CoverageParseError(file, `root element is <${name}>, not JaCoCo's <report>`, undefined, offset);
                root = true;
                return;
            }
            switch (name) {
                case 'package':
                    pkg = a.get('name') ?? '';
                    return;
                case 'class':
                    cls = { source: a.get('sourcefilename') ?? `${(a.get('name') ?? '').split('$')[0].split('/').pop()}.java` };
                    return;
                case 'method':
                    if (cls)
                        method = {
                            name: `${a.get('name') ?? '?'}${a.get('desc') ?? ''}`,
                            line: a.has('line') ? (0, errors_js_1.checkLine)(num(a, 'line', file, offset), 'line', file, undefined, offset) : 0,
                            covered: -1,
                        };
                    return;
                case 'counter':
                    if (method && a.get('type') === 'METHOD')
                        method.covered = (0, errors_js_1.checkCount)(num(a, 'covered', file, offset), 'covered', file, undefined, offset);
                    return;
                case 'sourcefile':
                    cur = new model_js_1.FileCoverage(pathOf(a.get('name') ?? ''));
                    return;
                case 'line': {
                    if (!cur)
                        return;
                    const nr = (0, errors_js_1.checkLine)(num(a, 'nr', file, offset), 'line nr', file, undefined, offset);
                    const ci = (0, errors_js_1.checkCount)(num(a, 'ci', file, offset, false), 'ci', file, undefined, offset);
                    const mi = (0, errors_js_1.checkCount)(num(a, 'mi', file, offset, false), 'mi', file, undefined, offset);
                    const cb = (0, errors_js_1.checkCount)(num(a, 'cb', file, offset, false), 'cb', file, undefined, offset);
                    const mb = (0, errors_js_1.checkCount)(num(a, 'mb', file, offset, false), 'mb', file, undefined, offset);
                    // JaCoCo's LINE counter: a line with any covered instruction is covered.
                    if (ci + mi > 0)
                        cur.addLine(nr, ci > 0 ? 1 : 0);
                    for (let i = 0; i < cb + mb; i++)
                        cur.addBranch(nr, 0, i, i < cb ? 1 : 0);
                    return;
                }
            }
        },
        close(name) {
            if (name === 'method' && method && cls) {
                // Methods are listed under classes; their file is the class's source file.
                report.file(pathOf(cls.source)).addFunction(method.name, method.line, method.covered > 0 ? 1 : 0);
                method = undefined;
            }
            else if (name === 'class')
                cls = undefined;
            else if (name === 'sourcefile' && cur) {
                report.put(cur);
                cur = undefined;
            }
            else if (name === 'package')
                pkg = '';
        },
    });
    return { report, sources: [] };
}
/** Clover XML (Istanbul's and OpenClover's): per-file lines of type stmt/cond/method. */
async function parseClover(chunks, file) {
    const report = new model_js_1.CoverageReport();
    let root = false;
    let cur;
    let fileMetrics;
    let sawMethodLines = false;
    let decl;
    let inProject = false;
    await (0, xml_js_1.streamXml)(chunks, file, {
        open(name, a, offset) {
            if (!root) {
                if (name !== 'coverage')
                    throw new errors_js_1.CoverageParseError(file, `root element is <${name}>, not Clover's <coverage>`, undefined, offset);
                root = true;
                return;
            }
            if (name === 'project')
                inProject = true;
            else if (name === 'metrics' && inProject && !decl && !cur)
                decl = declared(a, [
                    ['branches', 'conditionals', 'coveredconditionals'],
                    ['functions', 'methods', 'coveredmethods'],
                ]);
            if (name === 'file') {
                const path = a.get('path') ?? a.get('name');
                if (!path)
                    throw new errors_js_1.CoverageParseError(file, '<file> without a path or name', undefined, offset);
                cur = new model_js_1.FileCoverage(path);
                fileMetrics = undefined;
                sawMethodLines = false;
            }
            else if (name === 'metrics' && cur && !fileMetrics) {
                fileMetrics = {
                    methods: (0, errors_js_1.checkCount)(num(a, 'methods', file, offset, false), 'methods', file, undefined, offset),
                    covered: (0, errors_js_1.checkCount)(num(a, 'coveredmethods', file, offset, false), 'coveredmethods', file, undefined, offset),
                    conditionals: a.has('conditionals')
                        ? (0, errors_js_1.checkCount)(num(a, 'conditionals', file, offset), 'conditionals', file, undefined, offset)
                        : undefined,
                    coveredConditionals: a.has('coveredconditionals')
                        ? (0, errors_js_1.checkCount)(num(a, 'coveredconditionals', file, offset), 'coveredconditionals', file, undefined, offset)
                        : undefined,
                };
            }
            else if (name === 'line' && cur) {
                const line = (0, errors_js_1.checkLine)(num(a, 'num', file, offset), 'line num', file, undefined, offset);
                if (a.get('type') === 'method') {
                    sawMethodLines = true;
                    cur.addFunction(a.get('name') ?? a.get('signature') ?? `method@${line}`, line, (0, errors_js_1.checkCount)(num(a, 'count', file, offset), 'count', file, undefined, offset));
                    return;
                }
                if (a.get('type') === 'cond') {
                    const t = (0, errors_js_1.checkCount)(num(a, 'truecount', file, offset), 'truecount', file, undefined, offset);
                    const f = (0, errors_js_1.checkCount)(num(a, 'falsecount', file, offset), 'falsecount', file, undefined, offset);
                    // Istanbul writes covered/uncovered outcome counts here (OpenClover: true/false hit counts).
                    for (let i = 0; i < t + f; i++)
                        cur.addBranch(line, 0, i, i < t ? 1 : 0);
                    cur.addLine(line, !a.has('count')
                        ? t > 0
                            ? 1
                            : 0
                        : (0, errors_js_1.checkCount)(num(a, 'count', file, offset), 'count', file, undefined, offset));
                    return;
                }
                cur.addLine(line, (0, errors_js_1.checkCount)(num(a, 'count', file, offset), 'count', file, undefined, offset));
            }
        },
        close(name) {
            if (name === 'file' && cur) {
                // Istanbul's clover has no method lines, only the file's method counts.
                if (!sawMethodLines && fileMetrics)
                    for (let i = 0; i < fileMetrics.methods; i++)
                        cur.addFunction(`#${i + 1}`, 0, i < fileMetrics.covered ? 1 : 0);
                // Istanbul lists branches only on statement lines; the file's metrics count them all.
                // The rest are kept as the file's unlisted branches, so its totals equal the tool's.
                if (fileMetrics?.conditionals !== undefined && fileMetrics.coveredConditionals !== undefined) {
                    const t = cur.totals().branches;
                    const total = fileMetrics.conditionals - t.total;
                    const covered = fileMetrics.coveredConditionals - t.covered;
                    if (total > 0 && covered >= 0 && covered <= total)
                        cur.unlisted = { branches: { total, covered } };
                }
                report.put(cur);
                cur = undefined;
            }
            else if (name === 'project')
                inProject = false;
        },
    });
    return { report, sources: [], declared: decl };
}


/***/ }),

/***/ 3404:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.XmlStream = void 0;
exports.streamXml = streamXml;
const errors_js_1 = __webpack_require__(8887);
const xml_attrs_js_1 = __webpack_require__(1993);
const LT = 60;
const GT = 62;
const QUOT = 34;
const APOS = 39;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
/** A single tag longer than this is not coverage XML. */
const MAX_TAG = 16 << 20;
const EQ = 61;
const AMP = 38;
const isSpace = (c) => c === 32 || c === 10 || c === 13 || c === 9;
/**
 * A small streaming XML tokenizer for coverage reports: elements, attributes and text, in
 * bounded memory (one chunk plus one unfinished tag). It checks nesting, so a truncated or
 * mangled file is an error with its byte offset, never a partial result.
 */
class XmlStream {
    file;
    h;
    rest;
    base = 0; // file offset of rest[0] / the current chunk
    stack = [];
    sawRoot = false;
    attrs = new xml_attrs_js_1.Attrs();
    /** Element names seen, by length: a tag's name is matched against these instead of sliced. */
    names = new Map();
    nameOf(buf, s, e) {
        const len = e - s;
        let list = this.names.get(len);
        if (list) {
            outer: for (const n of list) {
                for (let j = 0; j < len; j++)
                    if (buf[s + j] !== n.charCodeAt(j))
                        continue outer;
                return n;
            }
        }
        else
            this.names.set(len, (list = []));
        const n = buf.toString('utf8', s, e);
        if (list.length < 64)
            list.push(n);
        return n;
    }
    constructor(file, h) {
        this.file = file;
        this.h = h;
    }
    fail(problem, offset) {
        throw new errors_js_1.CoverageParseError(this.file, problem, undefined, offset);
    }
    push(chunk) {
        let buf = chunk;
        if (this.rest) {
            buf = Buffer.concat([this.rest, chunk]);
            this.rest = undefined;
        }
        let pos = 0;
        const n = buf.length;
        while (pos < n) {
            const lt = buf.indexOf(LT, pos);
            if (lt < 0) {
                this.textRun(buf, pos, n);
                pos = n;
                break;
            }
            if (lt > pos)
                this.textRun(buf, pos, lt);
            const end = this.tagEnd(buf, lt);
            if (end < 0) {
                if (n - lt > MAX_TAG)
                    this.fail(`a tag longer than ${MAX_TAG >> 20} MB: this is not coverage XML`, this.base + lt);
                pos = lt;
                break;
            }
            this.tag(buf, lt, end);
            pos = end + 1;
        }
        if (pos < n)
            this.rest = Buffer.from(buf.subarray(pos));
        this.base += pos;
    }
    end() {
        if (this.rest && this.rest.toString('utf8').trim() !== '')
            this.fail('the file ends inside a tag: it is truncated', this.base);
        if (!this.sawRoot)
            this.fail('has no XML elements', this.base);
        if (this.stack.length)
            this.fail(`the file ends before </${this.stack[this.stack.length - 1]}>: it is truncated`, this.base + (this.rest?.length ?? 0));
    }
    textRun(buf, s, e) {
        const top = this.stack[this.stack.length - 1];
        if (top === undefined) {
            for (let i = s; i < e; i++) {
                const c = buf[i];
                if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !(i < 3 && (c === 0xef || c === 0xbb || c === 0xbf)))
                    this.fail('text outside the root element: this is not XML', this.base + i);
            }
            return;
        }
        if (this.h.wantText?.(top))
            this.h.text?.((0, xml_attrs_js_1.decode)(buf.toString('utf8', s, e)));
    }
    /** Index of the '>' closing the tag that starts at `lt`, or -1 when not in this buffer. */
    tagEnd(buf, lt) {
        const c1 = buf[lt + 1];
        if (c1 === undefined)
            return -1;
        if (c1 === BANG) {
            if (buf[lt + 2] === 45 && buf[lt + 3] === 45) {
                const i = buf.indexOf('-->', lt + 4);
                return i < 0 ? -1 : i + 2;
            }
            if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
                const i = buf.indexOf(']]>', lt + 9);
                return i < 0 ? -1 : i + 2;
            }
        }
        if (c1 === QUESTION) {
            const i = buf.indexOf('?>', lt + 2);
            return i < 0 ? -1 : i + 1;
        }
        let quote = 0;
        for (let i = lt + 1; i < buf.length; i++) {
            const c = buf[i];
            if (quote) {
                if (c === quote)
                    quote = 0;
            }
            else if (c === QUOT || c === APOS)
                quote = c;
            else if (c === GT)
                return i;
            else if (c === LT)
                this.fail('"<" inside a tag: the XML is malformed', this.base + i);
        }
        return -1;
    }
    tag(buf, lt, gt) {
        const c1 = buf[lt + 1];
        const offset = this.base + lt;
        if (c1 === QUESTION)
            return;
        if (c1 === BANG) {
            if (buf.toString('latin1', lt, lt + 9) === '<![CDATA[') {
                const top = this.stack[this.stack.length - 1];
                if (top && this.h.wantText?.(top))
                    this.h.text?.(buf.toString('utf8', lt + 9, gt - 2));
            }
            return; // comments, DOCTYPE
        }
        if (c1 === SLASH) {
            let ne = gt;
            while (ne > lt + 2 && isSpace(buf[ne - 1]))
                ne--;
            const name = this.nameOf(buf, lt + 2, ne);
            const top = this.stack.pop();
            if (top !== name)
                this.fail(top ? `</${name}> closes <${top}>: the XML is malformed` : `</${name}> without an opening tag`, offset);
            this.h.close(name, offset);
            return;
        }
        const selfClosing = buf[gt - 1] === SLASH;
        const end = selfClosing ? gt - 1 : gt;
        let i = lt + 1;
        while (i < end && !isSpace(buf[i]))
            i++;
        const c0 = buf[lt + 1];
        if (i === lt + 1 || !((c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) || c0 === 95))
            this.fail(`"${buf.toString('utf8', lt, Math.min(end, lt + 30))}" is not an XML tag`, offset);
        const name = this.nameOf(buf, lt + 1, i);
        if (this.stack.length === 0 && this.sawRoot)
            this.fail(`a second root element <${name}>`, offset);
        this.sawRoot = true;
        // Attributes straight from the bytes: only their spans are recorded here.
        const attrs = this.attrs;
        attrs.buf = buf;
        attrs.count = 0;
        const sp = attrs.spans;
        for (;;) {
            while (i < end && isSpace(buf[i]))
                i++;
            if (i >= end)
                break;
            const ns = i;
            while (i < end && buf[i] !== EQ && !isSpace(buf[i]))
                i++;
            const ne = i;
            while (i < end && isSpace(buf[i]))
                i++;
            if (buf[i] !== EQ)
                this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> has no value`, offset);
            i++;
            while (i < end && isSpace(buf[i]))
                i++;
            const q = buf[i];
            if (q !== QUOT && q !== APOS)
                this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> is not quoted`, offset);
            const vs = ++i;
            let flags = 0;
            for (; i < end && buf[i] !== q; i++) {
                const c = buf[i];
                if (c === AMP)
                    flags |= 1;
                else if (c > 127)
                    flags |= 2;
            }
            if (i >= end)
                this.fail(`attribute "${buf.toString('utf8', ns, ne)}" of <${name}> is not closed`, offset);
            const k = attrs.count++ * 5;
            sp[k] = ns;
            sp[k + 1] = ne;
            sp[k + 2] = vs;
            sp[k + 3] = i;
            sp[k + 4] = flags;
            i++;
        }
        this.stack.push(name);
        this.h.open(name, attrs, offset);
        if (selfClosing) {
            this.stack.pop();
            this.h.close(name, offset);
        }
    }
    get depth() {
        return this.stack.length;
    }
    parent(up = 1) {
        return this.stack[this.stack.length - 1 - up];
    }
}
exports.XmlStream = XmlStream;
async function streamXml(chunks, file, handler, onStream) {
    const x = new XmlStream(file, handler);
    onStream?.(x);
    let first = true;
    for await (const chunk of chunks) {
        if (first && chunk.subarray(0, 8000).includes(0))
            throw new errors_js_1.CoverageParseError(file, 'is a binary file, not coverage XML');
        first = false;
        x.push(chunk);
    }
    x.end();
}


/***/ }),

/***/ 6894:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PathResolver = void 0;
exports.goModules = goModules;
exports.cleanPath = cleanPath;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
/** Go module path → its directory in the repository (from go.mod files). */
function goModules(root, files) {
    const out = [];
    for (const f of files) {
        if (f !== 'go.mod' && !f.endsWith('/go.mod'))
            continue;
        try {
            const m = /^module\s+(\S+)/m.exec((0, node_fs_1.readFileSync)((0, node_path_1.join)(root, f), 'utf8'));
            if (m)
                out.push({ module: m[1].replace(/^"|"$/g, ''), dir: node_path_1.posix.dirname(f) === '.' ? '' : node_path_1.posix.dirname(f) });
        }
        catch {
            // an unreadable go.mod just maps nothing
        }
    }
    return out.sort((a, b) => b.module.length - a.module.length);
}
/** Slashes, no `file://`, no `./`, no doubled separators. */
function cleanPath(raw) {
    let p = raw
        .trim()
        .replace(/^file:\/\//, '')
        .replace(/\\/g, '/');
    if (/^\/[A-Za-z]:\//.test(p))
        p = p.slice(1); // file:///C:/x
    p = p.replace(/\/{2,}/g, '/');
    while (p.startsWith('./'))
        p = p.slice(2);
    return p;
}
const isAbs = (p) => p.startsWith('/') || /^[A-Za-z]:\//.test(p);
/**
 * Maps the paths reports name to repository-relative paths, so the same file from
 * different shards, runners and tools merges: absolute paths under the checkout become
 * relative; absolute paths from another machine (another runner's workspace, a Windows
 * drive) are matched by their longest suffix that is a file here; Cobertura `<sources>`
 * are joined; Go import paths map through go.mod; Java package paths find their source root.
 */
class PathResolver {
    root;
    listFiles;
    byBase;
    set;
    modules;
    constructor(root, 
    /** Repository files, relative, with '/' (listed lazily by the caller). */
    listFiles) {
        this.root = root;
        this.listFiles = listFiles;
        this.modules = [];
        this.modulesLoaded = false;
    }
    modulesLoaded;
    index() {
        if (this.set)
            return;
        const files = this.listFiles();
        this.set = new Set(files);
        this.byBase = new Map();
        for (const f of files) {
            const base = f.slice(f.lastIndexOf('/') + 1);
            const list = this.byBase.get(base);
            if (list)
                list.push(f);
            else
                this.byBase.set(base, [f]);
        }
    }
    exists(rel) {
        this.index();
        return this.set.has(rel) || (0, node_fs_1.existsSync)((0, node_path_1.join)(this.root, rel));
    }
    /** The repository file whose path ends with `tail` (whole components), if exactly one does. */
    bySuffix(tail, wholeOnly = false) {
        this.index();
        const parts = tail.split('/').filter(Boolean);
        const last = wholeOnly ? 1 : parts.length;
        // Longest suffix first: /home/runner/work/api/api/src/a.ts → api/api/src/a.ts → api/src/a.ts → src/a.ts
        for (let i = 0; i < last; i++) {
            const suffix = parts.slice(i).join('/');
            if (this.set.has(suffix))
                return suffix;
            const cands = (this.byBase.get(parts[parts.length - 1]) ?? []).filter((f) => f.endsWith('/' + suffix));
            if (cands.length === 1)
                return cands[0];
            if (cands.length > 1)
                return undefined;
        }
        return undefined;
    }
    relativeInside(abs) {
        const rel = (0, node_path_1.relative)(this.root, abs).replace(/\\/g, '/');
        if (rel === '' || rel.startsWith('../') || rel === '..' || (0, node_path_1.isAbsolute)(rel))
            return undefined;
        return rel;
    }
    resolve(raw, sources = []) {
        const p = cleanPath(raw);
        if (!p)
            return { outside: raw };
        if (!this.modulesLoaded) {
            this.modulesLoaded = true;
            this.index();
            this.modules.push(...goModules(this.root, [...this.set]));
        }
        for (const m of this.modules) {
            if (p.startsWith(m.module + '/')) {
                const rel = node_path_1.posix.join(m.dir, p.slice(m.module.length + 1));
                return { path: rel, found: this.exists(rel) };
            }
        }
        if (!isAbs(p) && sources.length) {
            for (const s of sources) {
                const src = cleanPath(s);
                const joined = node_path_1.posix.normalize(isAbs(src) ? node_path_1.posix.join(src, p) : node_path_1.posix.join(src, p));
                const r = isAbs(joined) ? this.resolveAbsolute(joined) : this.resolveRelative(joined);
                if ('path' in r && r.found)
                    return r;
            }
            // No source root holds it here: fall through with the bare filename.
        }
        return isAbs(p) ? this.resolveAbsolute(p) : this.resolveRelative(node_path_1.posix.normalize(p));
    }
    resolveAbsolute(p) {
        if (!/^[A-Za-z]:\//.test(p)) {
            const inside = this.relativeInside(p);
            if (inside !== undefined && this.exists(inside))
                return { path: inside, found: true };
            if (inside !== undefined) {
                // Under the checkout but not (yet) a file: still this repository's path.
                const moved = this.bySuffix(inside);
                return moved ? { path: moved, found: true } : { path: inside, found: false };
            }
        }
        const hit = this.bySuffix(p.replace(/^[A-Za-z]:/, ''));
        return hit ? { path: hit, found: true } : { outside: p };
    }
    resolveRelative(p) {
        if (p === '..' || p.startsWith('../')) {
            const hit = this.bySuffix(p.replace(/^(\.\.\/)+/, ''));
            return hit ? { path: hit, found: true } : { outside: p };
        }
        if (this.exists(p))
            return { path: p, found: true };
        // Java/JaCoCo name package paths (com/acme/Foo.java); find the source root that holds them.
        const hit = this.bySuffix(p, true);
        return hit ? { path: hit, found: true } : { path: p, found: false };
    }
}
exports.PathResolver = PathResolver;


/***/ }),

/***/ 8566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.postComment = postComment;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const handoff_js_1 = __webpack_require__(7812);
/**
 * The workflow_run side of a fork's comment: post the file its run wrote (or every .json file
 * in a folder: one per call, as download-artifact puts several artifacts), or say why not.
 */
async function postComment(path, token, ctx) {
    const display = (p) => (0, node_path_1.relative)(ctx.cwd, p) || p;
    if (!(0, node_fs_1.existsSync)(path)) {
        // The triggering run was not a fork's pull request (or wrote no comment): nothing to post.
        ctx.logger.info(`no comment file at ${display(path)}: nothing to post`);
        return { outputs: { posted: 'false' } };
    }
    if (!token)
        throw errors_js_1.ConfigError.forInput('token', 'is empty', 'give a token with pull-requests: write', undefined, ctx.frontDoor);
    const files = (0, node_fs_1.statSync)(path).isDirectory()
        ? (0, node_fs_1.readdirSync)(path, { recursive: true, encoding: 'utf8' })
            .filter((f) => f.endsWith('.json'))
            .sort()
            .map((f) => (0, node_path_1.join)(path, f))
        : [path];
    const failures = [];
    let posted = 0;
    for (const file of files) {
        const outcome = await (0, handoff_js_1.postHandoff)(file, ctx.event, token, { masker: ctx.masker, logger: ctx.logger });
        if (outcome.kind === 'created' || outcome.kind === 'updated') {
            posted++;
            ctx.logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
        }
        else if (outcome.kind === 'skipped')
            ctx.logger.info(`${display(file)} not posted: ${outcome.reason}`);
        else
            failures.push(`${display(file)}: ${'reason' in outcome ? outcome.reason : outcome.kind}`);
    }
    return {
        outputs: { posted: String(posted > 0) },
        failure: failures.length ? `the coverage comment was not posted: ${failures.join('; ')}` : undefined,
    };
}


/***/ }),

/***/ 8801:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.table = void 0;
exports.fileLink = fileLink;
exports.headline = headline;
exports.projectLine = projectLine;
exports.changedFilesTable = changedFilesTable;
exports.flagsTable = flagsTable;
const summary_js_1 = __webpack_require__(1363);
const gates_js_1 = __webpack_require__(8418);
const table = (header, rows) => [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(summary_js_1.cell).join(' | ')} |`),
].join('\n');
exports.table = table;
const pct = (c) => (c.total === 0 ? 'n/a' : `${(0, gates_js_1.fmt)((0, gates_js_1.ratio)(c))}%`);
const span = (u) => (u.start === u.end ? `L${u.start}` : `L${u.start}-L${u.end}`);
/** Markdown link text cannot hold `[`/`]` unescaped; a URL path needs spaces and `#`/`?` escaped. */
const text = (s) => s.replace(/([[\]\\])/g, '\\$1');
const urlPath = (p) => p.split('/').map(encodeURIComponent).join('/');
function fileLink(path, links, range) {
    const label = range ? span(range) : text(path);
    if (!links)
        return range ? label : path;
    return `[${label}](${links.blob}${urlPath(path)}${range ? `#${span(range)}` : ''})`;
}
/**
 * The headline of a change: changed-line coverage and the min-diff gate it met or missed; or,
 * without a diff, the total line coverage.
 */
function headline(diff, gates, total) {
    const g = gates.find((x) => x.name === 'min-diff');
    if (diff && diff.measured) {
        const c = { total: diff.measured, covered: diff.covered };
        const verdict = !g
            ? ' · no min-diff gate'
            : g.passed
                ? ` · ✅ min-diff ${g.minimum}% held`
                : ` · ❌ ${(g.minimum - (g.actual ?? 0)).toFixed(2)} points below min-diff ${g.minimum}%`;
        return `## ${g ? (g.passed ? '✅' : '❌') + ' ' : ''}Changed lines: ${pct(c)} covered (${diff.covered}/${diff.measured})${verdict}`;
    }
    if (diff)
        return `## Changed lines: none of the ${diff.changed} changed line(s) is measured${g ? ` · ✅ min-diff ${g.minimum}% cannot fail` : ''}`;
    return `## Coverage: ${(0, gates_js_1.fmt)((0, gates_js_1.ratio)(total)) || 'n/a'}% lines`;
}
/** One line for the whole project: each metric, with its move against the baseline. */
function projectLine(t, baseline) {
    const parts = [];
    for (const k of ['lines', 'branches', 'functions']) {
        if (t[k].total === 0)
            continue;
        const now = (0, gates_js_1.ratio)(t[k]);
        const then = baseline ? (0, gates_js_1.ratio)(baseline[k]) : undefined;
        parts.push(`${k} **${(0, gates_js_1.fmt)(now)}%**${then !== undefined ? ` (${(0, gates_js_1.signed)(now - then)})` : ''}`);
    }
    const vs = baseline ? ` vs baseline${baseline.sha ? ` ${baseline.sha.slice(0, 7)}` : ''}` : '';
    return `Project: ${parts.join(' · ') || 'nothing measured'}${parts.length && vs ? `, Δ${vs}` : ''}`;
}
/**
 * Changed files, worst first: their changed-line coverage, the whole file's coverage and its
 * move against the baseline (when the baseline knows the file), and the uncovered changed
 * ranges as links to the lines. Undefined when no changed file is measured.
 */
function changedFilesTable(diff, report, baseline, links, limit) {
    const files = diff.files
        .filter((f) => f.measured > 0)
        .sort((a, b) => b.measured - b.covered - (a.measured - a.covered) || (a.path < b.path ? -1 : 1));
    if (!files.length)
        return undefined;
    const withDelta = !!baseline?.files;
    const shown = files.slice(0, limit);
    const header = ['changed file', 'changed lines', 'file', ...(withDelta ? ['Δ file'] : []), 'uncovered changed lines'];
    const rows = shown.map((f) => {
        const now = report.files.get(f.path)?.totals().lines;
        const then = baseline?.files?.[f.path];
        const delta = now && then && (0, gates_js_1.ratio)(now) !== undefined && (0, gates_js_1.ratio)(then) !== undefined
            ? (0, gates_js_1.signed)((0, gates_js_1.ratio)(now) - (0, gates_js_1.ratio)(then))
            : then
                ? ''
                : 'new';
        return [
            fileLink(f.path, links),
            `${pct({ total: f.measured, covered: f.covered })} (${f.covered}/${f.measured})`,
            now ? pct(now) : 'n/a',
            ...(withDelta ? [delta] : []),
            f.uncovered
                .slice(0, 8)
                .map((u) => fileLink(f.path, links, u))
                .join(', ') + (f.uncovered.length > 8 ? `, … ${f.uncovered.length - 8} more` : ''),
        ];
    });
    const out = [(0, exports.table)(header, rows)];
    if (files.length > shown.length)
        out.push('', `…and ${files.length - shown.length} more changed file(s).`);
    return out.join('\n');
}
/** One row per flag: its coverage, its changed lines and whether its own gates held. */
function flagsTable(flags) {
    if (!flags.length)
        return undefined;
    const rows = flags.map((f) => {
        const t = f.report.totals();
        const failed = f.gates.filter((g) => !g.passed);
        const d = f.diff;
        return [
            f.flag.name,
            t.lines.total ? `${pct(t.lines)} (${t.lines.covered}/${t.lines.total})` : 'n/a',
            t.branches.total ? pct(t.branches) : '',
            d && d.measured ? `${pct({ total: d.measured, covered: d.covered })} (${d.covered}/${d.measured})` : d ? '—' : '',
            f.gates.length === 0
                ? ''
                : failed.length
                    ? `❌ ${failed.map((g) => g.subject.slice(f.flag.name.length + 1)).join(', ')}`
                    : `✅ ${f.gates.length}`,
            f.carried ? `carried forward${f.carried.from ? ` from ${f.carried.from}` : ''}` : '',
        ];
    });
    return ['### Flags', '', (0, exports.table)(['flag', 'lines', 'branches', 'changed lines', 'gates', ''], rows)].join('\n');
}


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.COMMENT_LIMIT = exports.COMMENT_MARKER = void 0;
exports.commentMarker = commentMarker;
exports.renderSections = renderSections;
exports.renderMarkdown = renderMarkdown;
exports.renderComment = renderComment;
exports.badgeSvg = badgeSvg;
const gates_js_1 = __webpack_require__(8418);
const render_change_js_1 = __webpack_require__(8801);
exports.COMMENT_MARKER = '<!-- shipline:coverage-gate -->';
/** The marker of one call's comment: two calls on one pull request (a monorepo) keep two comments. */
function commentMarker(id) {
    return id ? `<!-- shipline:coverage-gate:${id} -->` : exports.COMMENT_MARKER;
}
/** GitHub rejects issue comments over 65,536 characters. */
exports.COMMENT_LIMIT = 65_536;
const show = (c) => (c.total === 0 ? 'n/a' : `${(0, gates_js_1.fmt)((0, gates_js_1.ratio)(c))}% (${c.covered}/${c.total})`);
/** Directory of a path, the "package" for the per-package table. */
const packageOf = (p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.');
/**
 * The Markdown shown in the job summary and the PR comment, as sections so the comment can
 * drop the long tables first when it must fit GitHub's limit. It leads with what the change
 * did (changed-line coverage and its gate, then the changed files); the project's totals
 * follow on one line. `limits` caps table rows; `comment` leaves out what a reviewer of the
 * change does not need (the per-package table, when there is a diff to show).
 */
function renderSections(r, limits = { files: 10, packages: 50, comment: false }) {
    const t = r.report.totals();
    const failed = r.gates.filter((g) => !g.passed);
    const sections = [];
    const status = r.gates.length === 0
        ? 'no gate set'
        : failed.length
            ? `❌ ${failed.length} of ${r.gates.length} gate(s) failed`
            : `✅ all ${r.gates.length} gate(s) held`;
    const head = (0, render_change_js_1.headline)(r.diff, r.gates, t.lines);
    sections.push({
        id: 'totals',
        text: [
            r.title ? head.replace(/^## /, `## ${r.title}: `) : head,
            '',
            `${(0, render_change_js_1.projectLine)(t, r.baseline)} · ${status} · ${r.report.files.size} file(s) from ${r.reports} report(s)`,
            ...(r.diff?.range ? ['', `<sub>${r.diff.range.description}.</sub>`] : []),
        ].join('\n'),
    });
    if (r.diff) {
        const d = r.diff;
        const lines = [];
        const files = (0, render_change_js_1.changedFilesTable)(d, r.report, r.baseline, r.links, limits.files);
        if (files)
            lines.push(files);
        if (d.unmeasured)
            lines.push(`${files ? '\n' : ''}${d.unmeasured} of ${d.changed} changed line(s) are not measured (blank lines, comments, files without coverage).`);
        if (lines.length)
            sections.push({ id: 'diff', text: lines.join('\n') });
    }
    else if (r.diffNote)
        sections.push({ id: 'diff', text: `### Changed lines\n\n${r.diffNote}` });
    const flags = (0, render_change_js_1.flagsTable)(r.flags ?? []);
    if (flags)
        sections.push({ id: 'flags', text: flags });
    if (r.gates.length) {
        // Failed gates first: they are why the check is red.
        const ordered = [...failed, ...r.gates.filter((g) => g.passed)];
        sections.push({
            id: 'gates',
            text: ['### Gates', '', ...ordered.map((g) => `- ${g.passed ? '✅' : '❌'} ${g.message}`)].join('\n'),
        });
    }
    const pkgs = new Map();
    for (const f of r.report.files.values()) {
        const p = packageOf(f.path);
        const c = pkgs.get(p) ?? { total: 0, covered: 0 };
        const l = f.totals().lines;
        c.total += l.total;
        c.covered += l.covered;
        pkgs.set(p, c);
    }
    // One package says nothing the project line did not; a change is read from its files.
    if (pkgs.size > 1 && !(limits.comment && r.diff)) {
        const rows = [...pkgs].sort((a, b) => ((0, gates_js_1.ratio)(a[1]) ?? 101) - ((0, gates_js_1.ratio)(b[1]) ?? 101) || (a[0] < b[0] ? -1 : 1));
        const shown = rows.slice(0, limits.packages);
        sections.push({
            id: 'packages',
            rows: rows.length,
            cut: rows.length - shown.length,
            text: [
                '### Packages (least covered first)',
                '',
                (0, render_change_js_1.table)(['package', 'lines'], shown.map(([p, c]) => [p, show(c)])),
                ...(rows.length > shown.length ? ['', `…${rows.length - shown.length} more package(s) not shown.`] : []),
            ].join('\n'),
        });
    }
    if (r.notes.length)
        sections.push({ id: 'notes', text: ['### Notes', '', ...r.notes.map((n) => `- ${n}`)].join('\n') });
    return sections;
}
function renderMarkdown(r) {
    return (renderSections(r)
        .map((s) => s.text)
        .join('\n\n') + '\n');
}
/** The sticky comment: marker first, then the summary, cut to GitHub's limit saying what was cut. */
function renderComment(r, footer = '', limit = exports.COMMENT_LIMIT, marker = exports.COMMENT_MARKER) {
    const build = (files, packages) => `${marker}\n${renderSections(r, { files, packages, comment: true })
        .map((s) => s.text)
        .join('\n\n')}\n${footer}`;
    let body = build(10, 50);
    for (const [files, packages] of [
        [10, 20],
        [10, 5],
        [5, 0],
    ]) {
        if (body.length <= limit)
            return body;
        body = build(files, packages);
    }
    if (body.length <= limit)
        return body;
    const note = `\n\n> ✂️ comment truncated: ${body.length - limit + 200} characters cut to stay under GitHub's ${limit}-character limit; the full summary is in the job summary.\n`;
    const cut = body.slice(0, limit - note.length - 200);
    return cut.slice(0, Math.max(cut.lastIndexOf('\n'), marker.length)) + note;
}
/** A shields-style SVG badge for line coverage. */
function badgeSvg(percent) {
    const value = percent === undefined ? 'n/a' : `${(0, gates_js_1.fmt)(percent).replace(/\.?0+$/, '') || '0'}%`;
    const color = percent === undefined
        ? '#9f9f9f'
        : percent >= 90
            ? '#4c1'
            : percent >= 80
                ? '#97ca00'
                : percent >= 70
                    ? '#dfb317'
                    : percent >= 50
                        ? '#fe7d37'
                        : '#e05d44';
    const lw = 61;
    const vw = 8 + value.length * 7;
    const w = lw + vw;
    return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="coverage: ${value}"><title>coverage: ${value}</title><linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient><clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath><g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/><rect width="${w}" height="20" fill="url(#s)"/></g><g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" font-size="11"><text x="${lw / 2}" y="14">coverage</text><text x="${lw + vw / 2}" y="14">${value}</text></g></svg>\n`;
}


/***/ }),

/***/ 6442:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.writeLcov = void 0;
exports.writeCobertura = writeCobertura;
exports.writeText = writeText;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const node_stream_1 = __webpack_require__(7075);
const promises_1 = __webpack_require__(6466);
const gates_js_1 = __webpack_require__(8418);
const lcov_writer_js_1 = __webpack_require__(9381);
Object.defineProperty(exports, "writeLcov", ({ enumerable: true, get: function () { return lcov_writer_js_1.writeLcov; } }));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const rate = (c) => (((0, gates_js_1.ratio)(c) ?? 100) / 100).toFixed(4);
/** Cobertura XML, a file at a time (branch outcomes per line as condition-coverage). */
function* writeCobertura(report, now = Date.now()) {
    const t = report.totals();
    yield `<?xml version="1.0" ?>\n<coverage lines-valid="${t.lines.total}" lines-covered="${t.lines.covered}" line-rate="${rate(t.lines)}" branches-valid="${t.branches.total}" branches-covered="${t.branches.covered}" branch-rate="${rate(t.branches)}" timestamp="${now}" complexity="0" version="shipline">\n<sources><source>.</source></sources>\n<packages>\n`;
    const byPkg = new Map();
    for (const p of [...report.files.keys()].sort()) {
        const pkg = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '.';
        byPkg.set(pkg, [...(byPkg.get(pkg) ?? []), p]);
    }
    for (const [pkg, paths] of byPkg) {
        const out = [`<package name="${esc(pkg)}"><classes>`];
        for (const p of paths) {
            const f = report.files.get(p);
            const ft = f.totals();
            out.push(`<class name="${esc(p.slice(p.lastIndexOf('/') + 1))}" filename="${esc(p)}" line-rate="${rate(ft.lines)}" branch-rate="${rate(ft.branches)}" complexity="0"><methods>`);
            for (const fn of f.functions.values())
                out.push(`<method name="${esc(fn.name)}" signature="" hits="${fn.hits}">${fn.line > 0 ? `<lines><line number="${fn.line}" hits="${fn.hits}"/></lines>` : ''}</method>`);
            out.push('</methods><lines>');
            const byLine = new Map();
            for (const b of f.branches.values()) {
                const c = byLine.get(b.line) ?? { total: 0, covered: 0 };
                c.total++;
                if (b.hits > 0)
                    c.covered++;
                byLine.set(b.line, c);
            }
            for (const [line, hits] of f.lines()) {
                const b = byLine.get(line);
                out.push(b
                    ? `<line number="${line}" hits="${hits}" branch="true" condition-coverage="${Math.floor((b.covered / b.total) * 100)}% (${b.covered}/${b.total})"/>`
                    : `<line number="${line}" hits="${hits}" branch="false"/>`);
            }
            out.push('</lines></class>');
        }
        out.push('</classes></package>\n');
        yield out.join('');
    }
    yield '</packages>\n</coverage>\n';
}
async function writeText(path, parts) {
    (0, node_fs_1.mkdirSync)((0, node_path_1.dirname)(path), { recursive: true });
    await (0, promises_1.pipeline)(node_stream_1.Readable.from(parts), (0, node_fs_1.createWriteStream)(path));
}


/***/ })

};
