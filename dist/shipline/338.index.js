export const id = 338;
export const ids = [338];
export const modules = {

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

/***/ 3596:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RULES = void 0;
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
            run: ['biome', 'lint', '--reporter=json', '--no-errors-on-unmatched'],
            files: JS,
            format: 'biome-json',
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
    for (const rule of detect_rules_js_1.RULES) {
        const why = rule.wanted(all, cwd);
        if (!why) {
            detections.push({ tool: rule.tool, picked: false, reason: 'nothing in the repository calls for it' });
            continue;
        }
        // A tool pinned in the lock file runs at that version: from node_modules/.bin (where
        // `npx --no-install` would find it), never a global one on PATH.
        const locked = rule.pkg ? (0, detect_rules_js_1.lockedVersion)(cwd, rule.pkg) : undefined;
        const bin = locked ? (0, bin_js_1.findBinary)(rule.tool, cwd, { PATH: '' }) : (0, bin_js_1.findBinary)(rule.tool, cwd, env);
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
        detections.push({
            tool: rule.tool,
            picked: true,
            reason: `${why}, and ${rule.tool} is installed (${bin}${locked ? `, ${rule.pkg}@${locked} as package-lock.json pins it` : ''})`,
        });
    }
    return { checks, detections };
}


/***/ })

};
