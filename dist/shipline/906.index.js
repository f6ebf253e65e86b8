export const id = 906;
export const ids = [906];
export const modules = {

/***/ 7906:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runBuiltin = runBuiltin;
const codeowners_check_js_1 = __webpack_require__(6573);
/** Run a check shipline implements itself (no external command). Built-ins have no fix. */
async function runBuiltin(check, deps, signal, useFix) {
    if (useFix)
        return { name: check.name, status: 'skipped', detail: 'no fix', durationMs: 0, files: 0, findings: [] };
    switch (check.builtin) {
        case 'codeowners':
            return (0, codeowners_check_js_1.runCodeowners)(check, deps, signal);
    }
}


/***/ }),

/***/ 6573:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.runCodeowners = runCodeowners;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const errors_js_1 = __webpack_require__(4296);
const github_rest_js_1 = __webpack_require__(7383);
const http_js_1 = __webpack_require__(1983);
const codeowners_js_1 = __webpack_require__(6968);
async function askGitHub(file, check, deps, signal) {
    const gh = deps.github;
    if (!gh?.token)
        return { findings: [], note: "GitHub's CODEOWNERS errors not asked: no token" };
    const { owner, repo, apiUrl } = gh.event;
    if (!owner || !repo)
        return { findings: [], note: "GitHub's CODEOWNERS errors not asked: no repository (GITHUB_REPOSITORY)" };
    // The commit checked out (the base's in a base worktree): GitHub reads CODEOWNERS as of it.
    const head = await deps.exec('git', ['rev-parse', 'HEAD'], { cwd: deps.cwd, signal, timeoutMs: 30_000 });
    const ref = head.exitCode === 0 ? head.stdout.trim() : undefined;
    const path = `/repos/${owner}/${repo}/codeowners/errors${ref ? `?ref=${encodeURIComponent(ref)}` : ''}`;
    try {
        const res = await (0, http_js_1.request)({
            url: (0, github_rest_js_1.githubUrl)(apiUrl, path),
            headers: (0, github_rest_js_1.githubHeaders)(gh.token, 'shipline-lint-gate'),
            label: 'GitHub API (CODEOWNERS errors)',
            retries: 2,
        }, gh.http);
        if (res.status === 404)
            return {
                findings: [],
                note: `GitHub has no CODEOWNERS at ${ref?.slice(0, 7) ?? 'the default branch'} (not pushed yet?)`,
            };
        if (!res.ok)
            return {
                findings: [],
                failed: res.status >= 500,
                note: `GitHub's CODEOWNERS errors: GitHub answered ${res.status} ${res.body.slice(0, 200)}`,
            };
        const errors = JSON.parse(res.body).errors ?? [];
        // GitHub names the file it read; ours is the same one (the first location found).
        return { findings: (0, codeowners_js_1.apiFindings)(errors).map((f) => ({ check, ...f, file: f.file ?? file })) };
    }
    catch (e) {
        return {
            findings: [],
            failed: true,
            note: `GitHub's CODEOWNERS errors could not be fetched: ${(0, errors_js_1.describeThrown)(e)}`,
        };
    }
}
/**
 * The built-in CODEOWNERS check: the file GitHub would use (the first of its three locations),
 * its syntax and owners, patterns that own no tracked file, and, given a token, GitHub's own
 * list of the file's errors. A line GitHub reports is reported once, as GitHub words it.
 */
async function runCodeowners(check, deps, signal) {
    const start = deps.now();
    const found = codeowners_js_1.CODEOWNERS_LOCATIONS.filter((f) => (0, node_fs_1.existsSync)((0, node_path_1.join)(deps.cwd, f)));
    const base = { name: check.name, files: found.length, command: ['(built in)', 'codeowners'] };
    const done = (findings, notes, failed = false) => ({
        ...base,
        status: failed ? 'error' : findings.some((f) => f.severity !== 'notice') ? 'failed' : 'passed',
        detail: notes.join('; ') || undefined,
        durationMs: deps.now() - start,
        findings,
        output: notes.join('\n') || undefined,
    });
    if (!found.length)
        return done([], [`no CODEOWNERS in ${codeowners_js_1.CODEOWNERS_LOCATIONS.join(', ')}`]);
    const [file, ...shadowed] = found;
    const findings = shadowed.map((s) => ({
        check: check.name,
        file: s,
        line: 1,
        rule: 'shadowed',
        severity: 'notice',
        message: `GitHub ignores this file: ${file} comes first (.github/, then the root, then docs/)`,
    }));
    if ((0, node_fs_1.statSync)((0, node_path_1.join)(deps.cwd, file)).size > codeowners_js_1.MAX_CODEOWNERS_BYTES) {
        findings.push({
            check: check.name,
            file,
            line: 1,
            rule: 'too-large',
            severity: 'error',
            message: 'GitHub does not load a CODEOWNERS file over 3 MB: split ownership across fewer, broader patterns',
        });
        return done(findings, []);
    }
    const notes = [];
    const ls = await deps.exec('git', ['-c', 'core.quotePath=false', 'ls-files', '-z'], {
        cwd: deps.cwd,
        signal,
        timeoutMs: 60_000,
    });
    const tracked = ls.exitCode === 0 ? ls.stdout.split('\0').filter(Boolean) : undefined;
    if (!tracked)
        notes.push('not a git repository: patterns not checked against tracked files');
    const own = (0, codeowners_js_1.validateCodeowners)(file, (0, node_fs_1.readFileSync)((0, node_path_1.join)(deps.cwd, file), 'utf8'), tracked).map((f) => ({
        check: check.name,
        ...f,
    }));
    const api = await askGitHub(file, check.name, deps, signal);
    if (api.note)
        notes.push(api.note);
    const byGitHub = new Set(api.findings.filter((f) => f.file === file).map((f) => f.line));
    // GitHub's word on a line replaces ours, except for what it does not check (patterns owning nothing).
    findings.push(...own.filter((f) => f.rule === 'no-match' || !byGitHub.has(f.line)), ...api.findings);
    return done(findings, notes, api.failed);
}


/***/ })

};
