export const id = 338;
export const ids = [338];
export const modules = {

/***/ 2282:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.escapeRe = exports.str = exports.obj = void 0;
exports.advisoryLevel = advisoryLevel;
exports.readText = readText;
exports.lineOf = lineOf;
exports.fixedFromRange = fixedFromRange;
exports.parseJson = parseJson;
exports.npmLockFile = npmLockFile;
exports.parseNpmAudit = parseNpmAudit;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const parsers_js_1 = __webpack_require__(6193);
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
exports.obj = obj;
const str = (v) => (typeof v === 'string' && v ? v : undefined);
exports.str = str;
/** Advisory severities as npm (GitHub's advisory database) names them, mapped to finding levels. */
function advisoryLevel(severity) {
    const s = String(severity ?? '').toLowerCase();
    if (s === 'critical' || s === 'high')
        return 'error';
    if (s === 'moderate' || s === 'medium')
        return 'warning';
    return 'notice';
}
/** A file's text, or undefined when it is not there. */
function readText(cwd, file) {
    try {
        return (0, node_fs_1.readFileSync)((0, node_path_1.join)(cwd, file), 'utf8');
    }
    catch {
        return undefined;
    }
}
/** The 1-based line of the first line matching `re`, if any. */
function lineOf(text, re) {
    if (text === undefined)
        return undefined;
    const i = text.split(/\r?\n/).findIndex((l) => re.test(l));
    return i < 0 ? undefined : i + 1;
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
exports.escapeRe = escapeRe;
/** The version an advisory's affected range stops at: `<4.17.12` → 4.17.12 (the last clause of an OR). */
function fixedFromRange(range) {
    if (!range)
        return undefined;
    const last = range.split('||').pop().trim();
    return /<\s*v?(\d[\w.+-]*)\s*$/.exec(last)?.[1];
}
/** The JSON an audit tool printed, or undefined for empty output. */
function parseJson(text, what) {
    const t = text.trim();
    if (!t)
        return undefined;
    const start = t.search(/[[{]/);
    try {
        return JSON.parse(start > 0 ? t.slice(start) : t);
    }
    catch {
        throw new parsers_js_1.ParseError(`the output is not ${what} JSON`);
    }
}
/** The lock file npm audit reads: npm-shrinkwrap.json wins over package-lock.json, as in npm. */
function npmLockFile(cwd) {
    return (0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, 'npm-shrinkwrap.json')) ? 'npm-shrinkwrap.json' : 'package-lock.json';
}
/**
 * `npm audit --json` (npm 7 and later, auditReportVersion 2): one finding per advisory and
 * installed copy of the package, at the line of the lock file that installs it. When npm could
 * not get the advisories (no network, a registry without the audit endpoint) it prints an
 * `error` object instead: that becomes one line saying so, never "no findings".
 */
function parseNpmAudit(stdout, cwd) {
    const doc = (0, exports.obj)(parseJson(stdout, 'npm audit'));
    if (!Object.keys(doc).length)
        return [];
    const err = (0, exports.obj)(doc.error);
    if (doc.error !== undefined || (doc.message && !doc.vulnerabilities)) {
        const why = [(0, exports.str)(doc.message), (0, exports.str)(err.summary), (0, exports.str)(err.code)].find(Boolean) ?? 'unknown error';
        throw new parsers_js_1.ParseError(`npm audit could not get the advisories from the registry (${why.split('\n')[0]})`);
    }
    if (doc.advisories && !doc.vulnerabilities)
        throw new parsers_js_1.ParseError('npm audit printed the npm 6 report (advisories): run it with npm 7 or later');
    const file = npmLockFile(cwd);
    const text = readText(cwd, file);
    let packages = {};
    try {
        packages = (0, exports.obj)((0, exports.obj)(JSON.parse(text ?? '{}')).packages);
    }
    catch {
        /* an unreadable lock file: findings without versions and lines */
    }
    const out = [];
    for (const [name, v] of Object.entries((0, exports.obj)(doc.vulnerabilities))) {
        const vuln = (0, exports.obj)(v);
        const nodes = Array.isArray(vuln.nodes) ? vuln.nodes.map(String) : [];
        const fixAvailable = vuln.fixAvailable;
        for (const via of Array.isArray(vuln.via) ? vuln.via : []) {
            // A string `via` is a dependency the vulnerability comes through: its own entry reports it.
            if (typeof via === 'string')
                continue;
            const adv = (0, exports.obj)(via);
            const url = (0, exports.str)(adv.url);
            const rule = /(GHSA(?:-[0-9a-z]{4}){3})/i.exec(url ?? '')?.[1] ?? `npm-${String(adv.source ?? 'advisory')}`;
            const fixed = fixedFromRange((0, exports.str)(adv.range));
            const fix = fixed !== undefined
                ? `fixed in ${fixed}`
                : fixAvailable === false
                    ? 'no fixed version'
                    : `affected: ${(0, exports.str)(adv.range) ?? 'every version'}`;
            for (const node of nodes.length ? nodes : [undefined]) {
                const version = node ? (0, exports.str)((0, exports.obj)(packages[node]).version) : undefined;
                const line = node ? lineOf(text, new RegExp(`^\\s*"${(0, exports.escapeRe)(node)}"\\s*:`)) : undefined;
                out.push({
                    file,
                    line: line ?? lineOf(text, new RegExp(`"${(0, exports.escapeRe)(name)}"\\s*:`)),
                    rule,
                    severity: advisoryLevel(adv.severity),
                    message: `${name}${version ? ` ${version}` : ''}: ${(0, exports.str)(adv.title) ?? 'vulnerable'} (${String(adv.severity ?? 'unknown')}); ${fix}${url ? ` ${url}` : ''}`,
                });
            }
        }
    }
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

/***/ 6968:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ownerForm = exports.MAX_CODEOWNERS_BYTES = exports.CODEOWNERS_LOCATIONS = void 0;
exports.parseCodeowners = parseCodeowners;
exports.patternRegex = patternRegex;
exports.validateCodeowners = validateCodeowners;
exports.apiFindings = apiFindings;
/** Where GitHub looks for CODEOWNERS, in its order: the first one found is used, the others ignored. */
exports.CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** GitHub does not load a CODEOWNERS file over 3 MB. */
exports.MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;
/** The rules of a CODEOWNERS file: comments (`#` at the start or after a space) and blank lines dropped. */
function parseCodeowners(text) {
    const out = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        if (/^\s*#/.test(raw))
            return;
        const tokens = [];
        const re = /(?:\\.|\S)+/g;
        for (let m = re.exec(raw); m; m = re.exec(raw)) {
            // An inline comment starts at a `#` that begins a token.
            if (m[0].startsWith('#'))
                break;
            tokens.push({ name: m[0], column: m.index + 1 });
        }
        if (!tokens.length)
            return;
        const [first, ...owners] = tokens;
        out.push({ line: i + 1, pattern: first.name, column: first.column, owners });
    });
    return out;
}
const escape = (c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/**
 * A CODEOWNERS pattern as GitHub matches it: .gitignore rules (no '/' but a trailing one: any
 * depth; '*' within a segment, '**' across them; a match on a folder owns what is under it),
 * with GitHub's documented exception that `docs/*` owns the files directly in docs/ only.
 */
function patternRegex(pattern) {
    let p = pattern;
    const dirOnly = p.endsWith('/');
    if (dirOnly)
        p = p.slice(0, -1);
    const anchored = p.includes('/');
    p = p.replace(/^\//, '');
    const shallow = /(^|\/)\*$/.test(p) && !p.endsWith('**');
    let re = '';
    for (let i = 0; i < p.length; i++) {
        const c = p[i];
        if (c === '*' && p[i + 1] === '*') {
            if (p[i + 2] === '/') {
                re += '(?:.*/)?';
                i += 2;
            }
            else {
                re += '.*';
                i++;
            }
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '\\' && i + 1 < p.length)
            re += escape(p[++i]);
        else
            re += escape(c);
    }
    const suffix = dirOnly ? '/.+$' : shallow ? '$' : '(?:/.*)?$';
    return new RegExp(`${anchored ? '^' : '^(?:.*/)?'}${re}${suffix}`);
}
/** GitHub usernames: letters, digits and single inner hyphens, up to 39 characters. */
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Whether an owner has one of the forms GitHub accepts: @user, @org/team or an email address. */
const ownerForm = (o) => USER.test(o) || TEAM.test(o) || EMAIL.test(o);
exports.ownerForm = ownerForm;
/**
 * The file's own problems: syntax GitHub documents as not working in CODEOWNERS (`\#`, `!`,
 * `[ ]`), owners of no accepted form, and (given the tracked files) patterns that own nothing.
 */
function validateCodeowners(file, text, tracked) {
    const out = [];
    const at = (l, column, rule, severity, message) => out.push({ file, line: l.line, column, rule, severity, message });
    for (const l of parseCodeowners(text)) {
        const p = l.pattern;
        if (p.startsWith('\\#')) {
            at(l, l.column, 'unsupported-syntax', 'error', `\`${p}\`: escaping a leading # with \\ does not work in CODEOWNERS on GitHub`);
            continue;
        }
        if (p.startsWith('!')) {
            at(l, l.column, 'unsupported-syntax', 'error', `\`${p}\`: negation with ! does not work in CODEOWNERS on GitHub`);
            continue;
        }
        if (/(^|[^\\])\[[^\]]*\]/.test(p)) {
            at(l, l.column, 'unsupported-syntax', 'error', `\`${p}\`: character ranges with [ ] do not work in CODEOWNERS on GitHub`);
            continue;
        }
        if (p === '/') {
            at(l, l.column, 'invalid-pattern', 'error', 'the pattern `/` never matches anything on GitHub; use `*` for every file');
            continue;
        }
        for (const o of l.owners)
            if (!(0, exports.ownerForm)(o.name))
                at(l, o.column, 'invalid-owner', 'error', `\`${o.name}\` is not an owner GitHub accepts: write @username, @org/team-name or an email address`);
        if (tracked) {
            const re = patternRegex(p);
            if (!tracked.some((f) => re.test(f)))
                at(l, l.column, 'no-match', 'warning', `\`${p}\` matches no tracked file: its owners own nothing`);
        }
    }
    return out;
}
/** GitHub's own CODEOWNERS errors as findings (the rule is the error's kind: "Unknown owner" → unknown-owner). */
function apiFindings(errors) {
    return errors.map((e) => ({
        file: e.path,
        line: e.line || undefined,
        column: e.column || undefined,
        rule: e.kind
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, ''),
        severity: 'error',
        message: `${e.kind} (GitHub)${e.source ? `: ${e.source.trim()}` : ''}${e.suggestion ? `; ${e.suggestion}` : ''}`,
    }));
}


/***/ }),

/***/ 9556:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.AUDIT_RULES = void 0;
const codeowners_js_1 = __webpack_require__(6968);
const audit_js_1 = __webpack_require__(2282);
const check = (c) => ({
    shell: false,
    passFiles: false,
    format: 'text',
    severity: 'error',
    ...c,
});
/** npm's own setting `audit=false` in the project's .npmrc: the project opted out of audits. */
const npmAuditOff = (cwd) => /^\s*audit\s*=\s*false\s*$/m.test((0, audit_js_1.readText)(cwd, '.npmrc') ?? '');
/**
 * The deeper checks: dependency audits (run when the lock file or manifest changes, or on every
 * file with --all; an advisory already at the base is not new) and the built-in CODEOWNERS check.
 */
exports.AUDIT_RULES = [
    {
        tool: 'npm-audit',
        bin: 'npm',
        wanted: (files, cwd) => {
            const lock = ['npm-shrinkwrap.json', 'package-lock.json'].find((f) => files.includes(f));
            if (!lock)
                return undefined;
            return npmAuditOff(cwd) ? undefined : `${lock} exists`;
        },
        make: () => check({
            name: 'npm-audit',
            run: ['npm', 'audit', '--json'],
            files: ['package-lock.json', 'npm-shrinkwrap.json'],
            format: 'npm-audit-json',
        }),
    },
    {
        tool: 'pip-audit',
        wanted: (files) => (files.includes('requirements.txt') ? 'requirements.txt exists' : undefined),
        make: () => check({
            name: 'pip-audit',
            run: ['pip-audit', '-r', 'requirements.txt', '--format', 'json', '--progress-spinner', 'off'],
            files: ['requirements.txt'],
            format: 'pip-audit-json',
        }),
    },
    {
        tool: 'govulncheck',
        wanted: (files) => (files.includes('go.mod') ? 'go.mod exists' : undefined),
        make: () => check({
            name: 'govulncheck',
            // Runs when the module's requirements change (and with --all): a code change that makes
            // an already-required vulnerable function reachable shows on the next full run.
            run: ['govulncheck', '-json', './...'],
            files: ['go.mod', 'go.sum'],
            format: 'govulncheck-json',
        }),
    },
    {
        tool: 'codeowners',
        bin: false,
        wanted: (files) => {
            const f = codeowners_js_1.CODEOWNERS_LOCATIONS.find((l) => files.includes(l));
            return f ? `${f} exists` : undefined;
        },
        // Always runs: deleting files can leave a pattern owning nothing.
        make: () => check({ name: 'codeowners', run: ['codeowners'], builtin: 'codeowners' }),
    },
];


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULES = exports.ZERO_CONFIG_YAMLLINT = void 0;
exports.lockedVersion = lockedVersion;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
function read(cwd, file) {
    try {
        return (0, node_fs_1.readFileSync)((0, node_path_1.join)(cwd, file), 'utf8');
    }
    catch {
        return '';
    }
}
const has = (files, re) => files.find((f) => re.test(f));
/** yamllint's relaxed rules without line-length: the zero-config choice. */
exports.ZERO_CONFIG_YAMLLINT = '{extends: relaxed, rules: {line-length: disable}}';
/** The version package-lock.json pins for a package (lockfileVersion 2 and 3), if any. */
function lockedVersion(cwd, pkg) {
    const text = read(cwd, 'package-lock.json');
    if (!text.includes(`"node_modules/${pkg}"`))
        return undefined;
    try {
        const lock = JSON.parse(text);
        return lock.packages?.[`node_modules/${pkg}`]?.version;
    }
    catch {
        return undefined;
    }
}
/** Where the project configures a Python tool itself: the tool then reads it, and we pass no flags. */
function pyConfig(files, cwd, tool, own) {
    const f = has(files, own);
    if (f)
        return f;
    if (new RegExp(`^\\[tool\\.${tool}[\\].]`, 'm').test(read(cwd, 'pyproject.toml')))
        return `pyproject.toml [tool.${tool}]`;
    for (const c of ['setup.cfg', 'tox.ini'])
        if (new RegExp(`^\\[${tool}[\\]:]`, 'm').test(read(cwd, c)))
            return `${c} [${tool}]`;
    return undefined;
}
/** Test folders and files: bandit's B101 (assert) there is noise. */
const PY_TESTS = ['**/test/**', '**/tests/**', '**/test_*.py', '**/*_test.py', '**/conftest.py'];
/** Generated and history files a formatter should not be asked about. */
const NOT_SOURCE = [
    '**/package-lock.json',
    '**/npm-shrinkwrap.json',
    '**/pnpm-lock.yaml',
    '**/yarn.lock',
    '**/CHANGELOG.md',
    '**/CHANGELOG',
    '**/HISTORY.md',
    '**/*.min.js',
    '**/dist/**',
];
const check = (c) => ({
    shell: false,
    passFiles: c.files !== undefined,
    format: 'text',
    severity: 'error',
    ...c,
});
const JS = ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts}'];
const PY = ['**/*.py'];
exports.RULES = [
    {
        tool: 'eslint',
        pkg: 'eslint',
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
        pkg: 'typescript',
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
        pkg: 'prettier',
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
            // prettier reads .prettierignore itself, also for files it is given.
            run: ['prettier', '--check', '--ignore-unknown'],
            files: ['**/*.{js,mjs,cjs,jsx,ts,tsx,mts,cts,json,css,scss,less,md,yml,yaml,html,vue}'],
            exclude: NOT_SOURCE,
            format: 'prettier-check',
            fix: ['prettier', '--write', '--ignore-unknown'],
        }),
    },
    {
        tool: 'biome',
        pkg: '@biomejs/biome',
        wanted: (files) => (has(files, /^biome\.jsonc?$/) ? 'biome.json exists' : undefined),
        make: () => check({
            name: 'biome',
            // rdjson, not json: only rdjson carries biome's fixes (as suggestions) for review comments.
            run: ['biome', 'lint', '--reporter=rdjson', '--no-errors-on-unmatched'],
            files: JS,
            format: 'rdjson',
            fix: ['biome', 'lint', '--write', '--no-errors-on-unmatched'],
        }),
    },
    {
        tool: 'oxlint',
        pkg: 'oxlint',
        wanted: (files, cwd) => {
            const f = has(files, /^\.?oxlintrc\.json$/);
            if (f)
                return `${f} exists`;
            return /"oxlint"\s*:/.test(read(cwd, 'package.json')) ? 'package.json depends on oxlint' : undefined;
        },
        make: () => check({ name: 'oxlint', run: ['oxlint', '-f', 'json'], files: JS, format: 'oxlint-json' }),
    },
    {
        tool: 'ruff',
        wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files' : undefined),
        make: () => check({
            name: 'ruff',
            run: ['ruff', 'check', '--output-format=json', '--no-cache'],
            files: PY,
            format: 'ruff-json',
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
            const cfg = pyConfig(files, cwd, 'mypy', /^(mypy\.ini|\.mypy\.ini)$/);
            return cfg ? `${cfg} configures it` : 'the repository has Python files';
        },
        make: (cwd) => {
            // mypy reads its own config; `files =` there says what to check, else the whole project.
            const cfgText = ['mypy.ini', '.mypy.ini', 'setup.cfg', 'pyproject.toml'].map((f) => read(cwd, f)).join('\n');
            const ownFiles = /^\s*files\s*=/m.test(cfgText);
            return check({
                name: 'mypy',
                run: [
                    'mypy',
                    '--show-column-numbers',
                    '--no-error-summary',
                    '--no-pretty',
                    '--no-color-output',
                    ...(ownFiles ? [] : ['.']),
                ],
                files: PY,
                passFiles: false,
                format: 'mypy',
            });
        },
    },
    {
        tool: 'bandit',
        wanted: (files) => (has(files, /\.py$/) ? 'the repository has Python files (security linter)' : undefined),
        make: (cwd) => {
            const own = (0, node_fs_1.existsSync)((0, node_path_1.join)(cwd, '.bandit'))
                ? ['--ini', '.bandit']
                : /^\[tool\.bandit[\].]/m.test(read(cwd, 'pyproject.toml'))
                    ? ['-c', 'pyproject.toml']
                    : undefined;
            // Unconfigured: medium severity and up, test folders left out (assert there is noise).
            return check({
                name: 'bandit',
                run: ['bandit', '--format', 'json', '--quiet', ...(own ?? ['-ll'])],
                files: PY,
                exclude: own ? undefined : PY_TESTS,
                format: 'bandit-json',
            });
        },
    },
    {
        tool: 'pylint',
        wanted: (files, cwd) => {
            const cfg = pyConfig(files, cwd, 'pylint', /^(\.pylintrc|pylintrc)$/);
            return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
        },
        make: () => check({ name: 'pylint', run: ['pylint', '--output-format=json'], files: PY, format: 'pylint-json' }),
    },
    {
        tool: 'black',
        wanted: (files, cwd) => {
            const cfg = pyConfig(files, cwd, 'black', /^$/);
            return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
        },
        make: () => check({ name: 'black', run: ['black', '--check', '--diff'], files: PY, format: 'diff-check', fix: ['black'] }),
    },
    {
        tool: 'isort',
        wanted: (files, cwd) => {
            const cfg = pyConfig(files, cwd, 'isort', /^\.isort\.cfg$/);
            return cfg && has(files, /\.py$/) ? `${cfg} configures it` : undefined;
        },
        make: () => check({
            name: 'isort',
            run: ['isort', '--check-only', '--diff'],
            files: PY,
            format: 'diff-check',
            fix: ['isort'],
        }),
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
            run: ['hadolint', '--format', 'json'],
            files: ['**/{Dockerfile,Containerfile}', '**/{Dockerfile,Containerfile}.*', '**/*.dockerfile'],
            format: 'hadolint-json',
        }),
    },
    {
        tool: 'actionlint',
        wanted: (files) => has(files, /^\.github\/workflows\/[^/]+\.ya?ml$/) ? '.github/workflows has workflows' : undefined,
        make: () => check({
            name: 'actionlint',
            run: ['actionlint', '-format', '{{json .}}'],
            files: ['.github/workflows/*.{yml,yaml}'],
            format: 'actionlint-json',
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
            // Without a config, yamllint's default rules flag style (document-start, line length) as errors;
            // relaxed keeps them as warnings, and line length is dropped: workflow files (ours included) and
            // manifests routinely pass 80 columns, which would fail every push under fail-level: warning.
            return check({
                name: 'yamllint',
                run: ['yamllint', '--format', 'parsable', ...(configured ? [] : ['-d', exports.ZERO_CONFIG_YAMLLINT])],
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
            // golangci-lint v2's flags (v1 spelled it --out-format json); both print the same JSON.
            run: ['golangci-lint', 'run', '--output.json.path=stdout', '--show-stats=false'],
            files: ['**/*.go'],
            passFiles: false,
            format: 'golangci-json',
        }),
    },
];


/***/ }),

/***/ 338:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.listRepoFiles = listRepoFiles;
exports.detectChecks = detectChecks;
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const bin_js_1 = __webpack_require__(6804);
const detect_audit_js_1 = __webpack_require__(9556);
const detect_rules_js_1 = __webpack_require__(3596);
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
/**
 * Zero-config: the checks this repository's own files call for, among the tools actually
 * installed (node_modules/.bin or PATH). Every tool gets a line saying why it was or wasn't picked.
 */
async function detectChecks(cwd, env, exec, files) {
    const all = files ?? (await listRepoFiles(cwd, exec));
    const checks = [];
    const detections = [];
    let pythonLinter;
    for (const rule of [...detect_rules_js_1.RULES, ...detect_audit_js_1.AUDIT_RULES]) {
        const why = rule.wanted(all, cwd);
        if (!why) {
            detections.push({ tool: rule.tool, picked: false, reason: 'nothing in the repository calls for it' });
            continue;
        }
        if (rule.bin === false) {
            checks.push(rule.make(cwd));
            detections.push({ tool: rule.tool, picked: true, reason: `${why} (built into shipline)` });
            continue;
        }
        const program = rule.bin ?? rule.tool;
        // A tool pinned in the lock file runs at that version: from node_modules/.bin (where
        // `npx --no-install` would find it), never a global one on PATH.
        const locked = rule.pkg ? (0, detect_rules_js_1.lockedVersion)(cwd, rule.pkg) : undefined;
        const bin = locked ? (0, bin_js_1.findBinary)(program, cwd, { PATH: '' }) : (0, bin_js_1.findBinary)(program, cwd, env);
        if (!bin && locked) {
            detections.push({
                tool: rule.tool,
                picked: false,
                reason: `${why}, and package-lock.json pins ${rule.pkg}@${locked}, but it is not installed (run npm ci first)`,
            });
            continue;
        }
        if (!bin) {
            detections.push({
                tool: rule.tool,
                picked: false,
                reason: `${why}, but ${program} is not installed (not in node_modules/.bin or on PATH)`,
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
        detections.push({
            tool: rule.tool,
            picked: true,
            reason: `${why}, and ${program} is installed (${bin}${locked ? `, ${rule.pkg}@${locked} as package-lock.json pins it` : ''})`,
        });
    }
    return { checks, detections };
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
function isRangeFix(v) {
    const f = v;
    return (!!f &&
        Array.isArray(f.range) &&
        f.range.length === 2 &&
        f.range.every((n) => typeof n === 'number') &&
        typeof f.text === 'string');
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
                ...(isRangeFix(m.fix) ? { fixRange: { range: m.fix.range, text: m.fix.text } } : {}),
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


/***/ })

};
