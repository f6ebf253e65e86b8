export const id = 885;
export const ids = [885];
export const modules = {

/***/ 302:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDryRun = resolveDryRun;
const errors_js_1 = __webpack_require__(4296);
/** `auto` is dry under a local runner (nektos/act sets ACT=true) and real otherwise. */
function resolveDryRun(setting, env = process.env, frontDoor = 'action', input = 'dry-run') {
    const value = (setting ?? 'auto').trim().toLowerCase() || 'auto';
    switch (value) {
        case 'true':
            return { dry: true, reason: `${input} is true` };
        case 'false':
            return { dry: false, reason: `${input} is false` };
        case 'auto':
            return env.ACT === 'true'
                ? { dry: true, reason: `${input} is auto and ACT=true (a local run under nektos/act)` }
                : { dry: false, reason: `${input} is auto and this is not a local act run` };
        default:
            throw errors_js_1.ConfigError.forInput(input, `"${setting}" is not one of auto, true, false`, 'use auto (dry under act), true or false', undefined, frontDoor);
    }
}


/***/ }),

/***/ 121:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.defineSubcommand = defineSubcommand;
exports.defineTool = defineTool;
function defineSubcommand(sub) {
    return sub;
}
function defineTool(tool) {
    return tool;
}


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATUSES = exports.WHENS = exports.FORMATS = void 0;
/** The notifier's option types, parsed once by tool.ts and read by the engine. */
exports.FORMATS = ['slack', 'teams', 'discord', 'json'];
exports.WHENS = ['failure', 'always', 'change'];
exports.STATUSES = ['success', 'failure', 'cancelled', 'running'];


/***/ }),

/***/ 885:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
exports.parseWindow = parseWindow;
const node_path_1 = __webpack_require__(6760);
const dry_run_js_1 = __webpack_require__(302);
const tool_js_1 = __webpack_require__(121);
const types_js_1 = __webpack_require__(9736);
const types_js_2 = __webpack_require__(5858);
const UNITS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };
/** `30d`, `12h`, `2w`, or a date (2026-11-01, or a full ISO time); `last 200` for the last N runs. */
function parseWindow(inputs, now) {
    const raw = (inputs.optional('since') ?? '30d').trim();
    const fix = "use a duration like 30d, 12h or 2w, a date like 2026-11-01, or 'last 200' for the last N runs";
    const last = /^last\s+(\d+)$/i.exec(raw);
    if (last) {
        const count = Number(last[1]);
        if (count < 1 || count > 5000)
            throw inputs.fail('since', `'${raw}' asks for ${count} runs`, 'ask for 1 to 5000');
        return { kind: 'last', count, label: `last ${count} runs` };
    }
    const dur = /^(\d+(?:\.\d+)?)\s*([hdw])$/i.exec(raw);
    if (dur) {
        const ms = Number(dur[1]) * UNITS[dur[2].toLowerCase()];
        if (ms <= 0)
            throw inputs.fail('since', `'${raw}' is an empty window`, fix);
        return { kind: 'since', fromMs: now - ms, label: raw };
    }
    if (/^\d{4}-\d{2}-\d{2}/.test(raw)) {
        const t = Date.parse(raw);
        if (!Number.isNaN(t)) {
            if (t >= now)
                throw inputs.fail('since', `${raw} is in the future`, fix);
            return { kind: 'since', fromMs: t, label: `since ${raw}` };
        }
    }
    throw inputs.fail('since', `'${raw}' is neither a duration nor a date`, fix);
}
function parseRepository(inputs, ctx) {
    const raw = inputs.optional('repository') ?? ctx.event.repository;
    if (!raw)
        throw inputs.fail('repository', 'is not set and GITHUB_REPOSITORY is empty', 'name the repository as owner/name (e.g. --repository acme/api)');
    const m = /^([\w.-]+)\/([\w.-]+)$/.exec(raw.trim());
    if (!m)
        throw inputs.fail('repository', `'${raw}' is not owner/name`, 'write it as owner/name, e.g. acme/api');
    return { owner: m[1], repo: m[2] };
}
function parseWebhook(inputs) {
    const raw = inputs.optional('webhook-url');
    if (raw === undefined)
        return undefined;
    try {
        const url = new URL(raw);
        if (url.protocol === 'https:' || url.protocol === 'http:')
            return url;
    }
    catch {
        // fall through to the one message
    }
    throw inputs.fail('webhook-url', 'is not an http(s) URL (value hidden: it is a secret)', 'set the full webhook URL');
}
/** Pipeline health: duration, failure rate by stage, flakiness, rollbacks and the DORA keys. */
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'token',
            description: 'Token to read Actions runs and jobs (needs actions: read; deployments: read for the DORA keys).',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
        {
            name: 'workflows',
            description: 'Workflows to report on, by name or file name (ci.yml), one a line; default every active workflow.',
            default: '',
            kind: 'list',
        },
        {
            name: 'since',
            description: "The window: a duration (30d, 12h, 2w), a date (2026-11-01), or 'last N' runs of each workflow.",
            default: '30d',
        },
        { name: 'branch', description: 'Only runs on this branch (default: every branch).', default: '' },
        {
            name: 'repository',
            description: 'owner/name; default this repository.',
            default: '${{ github.repository }}',
            cliDefault: '',
        },
        {
            name: 'cache-file',
            description: 'The ETag cache (a versioned JSON file); restore and save it with actions/cache so a daily run costs few calls.',
            default: '.shipline/pipeline-health-cache.json',
        },
        {
            name: 'junit',
            description: 'Folder of JUnit reports, one sub-folder per commit SHA (downloaded shard artifacts), for flaky tests.',
            default: '',
        },
        { name: 'report', description: 'Where to write the JSON report.', default: 'pipeline-health.json' },
        {
            name: 'quarantine',
            description: "Where to write the flaky tests in the shard tool's quarantine format (path::test a line); default none.",
            default: '',
        },
        {
            name: 'environment',
            description: 'Deployment environment for the DORA keys (GitHub Deployments); none skips deployments.',
            default: 'production',
        },
        {
            name: 'max-failure-rate',
            description: 'Breach when a stage (job) fails more than this percent of runs.',
            default: '',
        },
        {
            name: 'max-p90-increase',
            description: "Breach when a workflow's p90 duration rises more than this percent against the previous window.",
            default: '',
        },
        {
            name: 'fail-on-new-flaky',
            description: 'Breach when a test turns flaky that was not before.',
            default: 'false',
            kind: 'boolean',
        },
        {
            name: 'on-breach',
            description: 'fail (fail the step), alert (send the digest as an alert, step passes) or warn (a warning only).',
            default: 'fail',
        },
        {
            name: 'webhook-url',
            description: 'Send the digest here (a secret); default: no digest.',
            default: '',
            secret: true,
            env: 'SHIPLINE_WEBHOOK_URL',
        },
        {
            name: 'format',
            description: "Digest format: slack, teams, discord or json (notify's formats).",
            default: 'slack',
        },
        { name: 'timeout-seconds', description: 'Per-attempt timeout of each API request.', default: '20' },
        {
            name: 'dry-run',
            description: 'auto, true or false; a dry run prints the digest instead of sending it.',
            default: 'auto',
        },
    ],
    outputs: [
        { name: 'runs', description: 'Runs in the window.' },
        { name: 'success-rate', description: 'Percent of concluded runs that succeeded (empty when none concluded).' },
        { name: 'p90-duration-s', description: 'p90 run duration in seconds.' },
        { name: 'flaky-runs', description: 'Runs that failed and passed on a re-run of the same commit.' },
        { name: 'report', description: 'Path of the JSON report with every figure.' },
        { name: 'quarantine', description: 'Path of the quarantine file, when written.' },
        { name: 'breaches', description: 'JSON array of the thresholds breached, one line each.' },
    ],
    parse(inputs, ctx) {
        const dry = (0, dry_run_js_1.resolveDryRun)(inputs.optional('dry-run'), ctx.env, inputs.frontDoor);
        const { owner, repo } = parseRepository(inputs, ctx);
        const token = inputs.optional('token');
        if (!token)
            throw inputs.fail('token', 'is empty', 'pass a token with actions: read (in an action the default ${{ github.token }} works; on the CLI set GITHUB_TOKEN)');
        const optNum = (name) => inputs.optional(name) === undefined ? undefined : inputs.number(name, 0, { min: 0, max: 10_000 });
        const junit = inputs.optional('junit');
        const quarantine = inputs.optional('quarantine');
        return {
            token,
            owner,
            repo,
            workflows: inputs.list('workflows'),
            window: parseWindow(inputs, ctx.now()),
            branch: inputs.optional('branch'),
            cacheFile: (0, node_path_1.resolve)(ctx.cwd, inputs.string('cache-file', '.shipline/pipeline-health-cache.json')),
            junit: junit === undefined ? undefined : (0, node_path_1.resolve)(ctx.cwd, junit),
            reportFile: (0, node_path_1.resolve)(ctx.cwd, inputs.string('report', 'pipeline-health.json')),
            quarantineFile: quarantine === undefined ? undefined : (0, node_path_1.resolve)(ctx.cwd, quarantine),
            environment: inputs.optional('environment')?.toLowerCase() === 'none' ? undefined : inputs.optional('environment'),
            thresholds: {
                maxFailureRate: optNum('max-failure-rate'),
                maxP90Increase: optNum('max-p90-increase'),
                newFlakyTest: inputs.boolean('fail-on-new-flaky', false),
            },
            onBreach: inputs.enum('on-breach', types_js_2.ON_BREACH, 'fail'),
            webhookUrl: parseWebhook(inputs),
            format: inputs.enum('format', types_js_1.FORMATS, 'slack'),
            dryRun: dry.dry,
            dryReason: dry.reason,
            timeoutMs: inputs.number('timeout-seconds', 20, { min: 0.1, max: 300 }) * 1000,
            concurrency: 4,
        };
    },
    async run(options, ctx) {
        return (await Promise.all(/* import() */[__webpack_require__.e(651), __webpack_require__.e(137)]).then(__webpack_require__.bind(__webpack_require__, 9137))).run(options, ctx);
    },
});


/***/ }),

/***/ 5858:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ON_BREACH = void 0;
exports.ON_BREACH = ['fail', 'alert', 'warn'];


/***/ })

};
