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


/***/ })

};
