export const id = 331;
export const ids = [331];
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

/***/ 3331:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.tool = void 0;
const dry_run_js_1 = __webpack_require__(302);
const tool_js_1 = __webpack_require__(121);
const types_js_1 = __webpack_require__(9736);
function parseWebhook(inputs, dry) {
    const raw = inputs.optional('webhook-url');
    // The value is a secret: no message here may quote it (the masker would hide it, but
    // `***` tells the user nothing either), so they say what is wrong with its shape.
    if (raw === undefined) {
        if (dry)
            return undefined;
        throw inputs.fail('webhook-url', 'is empty (the secret is not set, or not passed to this run: forks get no secrets)', 'pass the incoming-webhook URL from a secret, e.g. webhook-url: ${{ secrets.SLACK_WEBHOOK_URL }}');
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw inputs.fail('webhook-url', 'is not a URL (value hidden: it is a secret)', 'set the full incoming-webhook URL, starting with https://');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw inputs.fail('webhook-url', `uses ${url.protocol.replace(/:$/, '')}: rather than http(s) (value hidden: it is a secret)`, 'set the full incoming-webhook URL, starting with https://');
    }
    if (/\s/.test(raw))
        throw inputs.fail('webhook-url', 'contains whitespace (value hidden: it is a secret)', 'remove the spaces or line breaks around the URL in the secret');
    return url;
}
function parseRunId(inputs, ctx) {
    const v = inputs.optional('run-id') ?? (ctx.event.runId || undefined);
    if (v !== undefined && !/^\d+$/.test(v))
        throw inputs.fail('run-id', `"${v}" is not a run id`, 'use the numeric id from the run URL (…/actions/runs/<id>) or leave it empty for this run');
    return v;
}
/** The failure notifier: finds the failed jobs and steps itself and says so, with log links. */
exports.tool = (0, tool_js_1.defineTool)({
    inputs: [
        {
            name: 'webhook-url',
            description: 'Slack incoming webhook or any URL (a secret).',
            default: '',
            secret: true,
            env: 'SHIPLINE_WEBHOOK_URL',
        },
        {
            name: 'format',
            description: 'Message format: slack (Block Kit), teams (Adaptive Card), discord (embed) or json (a generic webhook).',
            default: 'slack',
        },
        {
            name: 'token',
            description: 'Token to read the run and its jobs through the GitHub API (needs actions: read).',
            default: '${{ github.token }}',
            cliDefault: '',
            secret: true,
            env: 'GITHUB_TOKEN',
        },
        {
            name: 'when',
            description: 'failure (send on failure or cancel), always, or change (on failure, and "recovered" on the first success after a failure on the same branch).',
            default: 'failure',
        },
        {
            name: 'status',
            description: "Override the run status (success, failure or cancelled, e.g. the status of the job); by default derived from the run's jobs.",
            default: '',
        },
        { name: 'mention', description: 'Who to ping on failure, e.g. <!subteam^ID> or <@U123> on Slack.', default: '' },
        {
            name: 'title',
            description: 'Message title; default "<workflow> failed" (or succeeded, cancelled, recovered).',
            default: '',
        },
        {
            name: 'fail-on-error',
            description: 'Fail the step when the message cannot be delivered; false turns that into a warning.',
            default: 'true',
            kind: 'boolean',
        },
        {
            name: 'timeout-seconds',
            description: 'Per-attempt timeout of each request to the webhook and the API.',
            default: '10',
        },
        { name: 'run-id', description: 'The workflow run to report on; default this run (GITHUB_RUN_ID).', default: '' },
        {
            name: 'dry-run',
            description: 'auto, true or false; auto is dry under act. A dry run prints the message instead of sending it.',
            default: 'auto',
        },
    ],
    outputs: [
        { name: 'sent', description: 'true when the message was delivered.' },
        { name: 'status', description: 'The run status reported: success, failure, cancelled or unknown.' },
        { name: 'failed-jobs', description: 'JSON array of the failed jobs: name, conclusion, step, url (log link).' },
    ],
    parse(inputs, ctx) {
        const dry = (0, dry_run_js_1.resolveDryRun)(inputs.optional('dry-run'), ctx.env, inputs.frontDoor);
        const status = inputs.optional('status') === undefined ? undefined : inputs.enum('status', types_js_1.STATUSES, 'failure');
        return {
            webhookUrl: parseWebhook(inputs, dry.dry),
            format: inputs.enum('format', types_js_1.FORMATS, 'slack'),
            token: inputs.optional('token'),
            when: inputs.enum('when', types_js_1.WHENS, 'failure'),
            status,
            mention: inputs.optional('mention'),
            title: inputs.optional('title'),
            failOnError: inputs.boolean('fail-on-error', true),
            dryRun: dry.dry,
            dryReason: dry.reason,
            timeoutMs: inputs.number('timeout-seconds', 10, { min: 0.1, max: 300 }) * 1000,
            runId: parseRunId(inputs, ctx),
        };
    },
    async run(options, ctx) {
        return (await __webpack_require__.e(/* import() */ 651).then(__webpack_require__.bind(__webpack_require__, 2651))).run(options, ctx);
    },
});


/***/ }),

/***/ 9736:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.STATUSES = exports.WHENS = exports.FORMATS = void 0;
/** The notifier's option types, parsed once by tool.ts and read by the engine. */
exports.FORMATS = ['slack', 'teams', 'discord', 'json'];
exports.WHENS = ['failure', 'always', 'change'];
exports.STATUSES = ['success', 'failure', 'cancelled'];


/***/ })

};
