export const id = 417;
export const ids = [417];
export const modules = {

/***/ 7930:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NO_CLUSTER = void 0;
exports.dryRun = dryRun;
exports.offlineDryRun = offlineDryRun;
// Dry run: print the exact commands a real run makes, and have the API server validate the
// changing ones with --dry-run=server; a cluster that refuses server dry runs (a webhook with
// side effects, an old API server) gets --dry-run=client, unless dry-run is `server`.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const kubectl_js_1 = __webpack_require__(6613);
const REFUSES_DRY_RUN = /dry.?run/i;
function outputs(recs, next) {
    const fmt = (pick) => recs.length === 1 ? String(pick(recs[0]) || '') : recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
    return { result: 'dry-run', revision: fmt(next), 'previous-revision': fmt((r) => r.revision), reason: '' };
}
async function dryRun(kc, o, ctx, recs, manifests) {
    const { logger } = ctx;
    const file = manifests ? (0, node_path_1.join)(ctx.tempDir, `manifests-${(0, node_crypto_1.randomBytes)(6).toString('hex')}.yaml`) : undefined;
    const commands = [];
    if (manifests && file)
        commands.push([
            'apply',
            '--server-side',
            '--field-manager=shipline',
            '--force-conflicts',
            '--validate=false',
            '-f',
            file,
        ]);
    else {
        for (const r of recs) {
            if (r.currentImage === o.image)
                continue;
            commands.push(['annotate', `deployment/${r.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
            commands.push(['set', 'image', `deployment/${r.name}`, `${r.container}=${o.image}`]);
        }
    }
    logger.info(`dry run (${o.dryRun.reason}): a real run would make these changes, then watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`);
    for (const c of commands)
        logger.info(`  ${kc.display(c)}`);
    if (o.rollback)
        for (const r of recs.filter((x) => x.exists && x.revision))
            logger.info(`  on failure: ${kc.display(['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`])}`);
    if (!commands.length)
        logger.info('  (nothing: every container already runs the image)');
    if (manifests && file)
        (0, node_fs_1.writeFileSync)(file, manifests.text);
    let mode = 'server';
    try {
        for (const c of commands) {
            try {
                await kc.text([...c, `--dry-run=${mode}`]);
            }
            catch (e) {
                if (!(e instanceof kubectl_js_1.KubectlError))
                    throw e;
                if (mode === 'server' && REFUSES_DRY_RUN.test(e.line) && o.dryRun.mode === 'server-or-client') {
                    logger.warning(`the cluster refused a server-side dry run (${e.line}); validating client-side instead`);
                    mode = 'client';
                    await kc.text([...c, '--dry-run=client']);
                    continue;
                }
                const failure = `dry run: ${kc.display(c)} was rejected: ${e.line}`;
                return { outputs: { ...outputs(recs, (r) => r.revision), result: 'failed', reason: failure }, failure };
            }
        }
    }
    finally {
        if (file)
            (0, node_fs_1.rmSync)(file, { force: true });
    }
    logger.info(`dry run: ${commands.length} command${commands.length === 1 ? '' : 's'} validated with --dry-run=${mode}; nothing was changed`);
    ctx.summary
        .heading('k8s deploy: dry run', 2)
        .paragraph(`Validated with \`--dry-run=${mode}\`; nothing was changed.`)
        .code(commands.map((c) => kc.display(c)).join('\n') || '(no change)', 'sh');
    const changes = (r) => (manifests ? true : r.currentImage !== o.image);
    return { outputs: outputs(recs, (r) => (changes(r) ? r.maxRevision + 1 : r.revision)) };
}
/** Preflight messages that mean "there is no cluster to ask", not "the cluster said no". */
exports.NO_CLUSTER = /no cluster configured|is unreachable|could not talk to the cluster/;
/**
 * A dry run with no reachable cluster (a laptop, the demo, act without a kubeconfig): print
 * the commands a real run would make, say plainly that nothing validated them, and pass. With
 * `dry-run: server` the caller asked for a server's verdict, so that still fails.
 */
function offlineDryRun(kc, o, ctx, manifests, why) {
    const { logger } = ctx;
    const commands = [];
    if (manifests)
        commands.push([
            'apply',
            '--server-side',
            '--field-manager=shipline',
            '--force-conflicts',
            '--validate=false',
            '-f',
            '<the manifests below, images substituted>',
        ]);
    else {
        for (const t of o.targets) {
            commands.push(['annotate', `deployment/${t.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
            commands.push(['set', 'image', `deployment/${t.name}`, `${t.container ?? '<its container>'}=${o.image}`]);
        }
    }
    logger.warning(`dry run without a cluster: ${why}; the commands below were NOT validated by a server`);
    logger.info(`dry run (${o.dryRun.reason}): a real run would check access, record each deployment's revision, then make these changes and watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`);
    for (const c of commands)
        logger.info(`  ${kc.display(c)}`);
    const s = ctx.summary
        .heading('k8s deploy: dry run (no cluster)', 2)
        .paragraph(`No cluster answered (${why}), so these commands were printed but **not validated**; nothing was changed.`)
        .code(commands.map((c) => kc.display(c)).join('\n'), 'sh');
    if (manifests) {
        for (const d of manifests.deployments)
            logger.info(`  deployment/${d.name}${d.namespace ? ` in ${d.namespace}` : ''} from the manifests`);
        s.details('Manifests as they would be applied', '```yaml\n' + manifests.text + '\n```');
    }
    return { outputs: { result: 'dry-run', revision: '', 'previous-revision': '', reason: `not validated: ${why}` } };
}


/***/ }),

/***/ 417:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.POLL_MS = void 0;
exports.run = run;
// The rolling deploy: preflight → roll out with the real kubectl → watch the new pods and
// fail on the first definitive sign → diagnose → undo to the recorded revisions → prove the
// rollback healthy by readiness, not by the (possibly stale) Progressing condition.
const node_crypto_1 = __webpack_require__(7598);
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __webpack_require__(6760);
const dry_js_1 = __webpack_require__(7930);
const kubectl_js_1 = __webpack_require__(6613);
const manifests_js_1 = __webpack_require__(1817);
const preflight_js_1 = __webpack_require__(9536);
const report_js_1 = __webpack_require__(5505);
const status_js_1 = __webpack_require__(8917);
const watch_js_1 = __webpack_require__(4808);
/** How often the rollout is read; success is reported within this (plus two kubectl calls) of the last pod ready. */
exports.POLL_MS = 500;
/** The revision output: one number for one deployment, else `name=revision` lines. */
function revisionsOutput(recs, pick) {
    if (recs.length === 1)
        return String(pick(recs[0]) || '');
    return recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
}
const ready = (w) => {
    if (!w?.deployment)
        return '';
    const c = (0, status_js_1.counts)(w.deployment);
    return `${Math.min(c.available, c.desired)}/${c.desired}`;
};
/** Deploy: write the kubeconfig (if given) for this run only, roll out, always remove it. */
async function run(o, ctx) {
    let kubeconfigPath;
    try {
        if (o.kubeconfig) {
            kubeconfigPath = (0, node_path_1.join)(ctx.tempDir, `kubeconfig-${(0, node_crypto_1.randomBytes)(6).toString('hex')}`);
            (0, node_fs_1.writeFileSync)(kubeconfigPath, o.kubeconfig, { mode: 0o600 });
            (0, node_fs_1.chmodSync)(kubeconfigPath, 0o600);
        }
        const kc = new kubectl_js_1.Kubectl(ctx, { kubeconfigPath, context: o.context, namespace: o.namespace });
        return await rollout(kc, o, ctx);
    }
    catch (e) {
        if (e instanceof preflight_js_1.PreflightError || e instanceof kubectl_js_1.KubectlMissingError)
            return {
                outputs: { result: 'failed', revision: '', 'previous-revision': '', reason: e.message },
                failure: e.message,
            };
        throw e;
    }
    finally {
        if (kubeconfigPath)
            (0, node_fs_1.rmSync)(kubeconfigPath, { force: true });
    }
}
async function rollout(kc, o, ctx) {
    const { logger } = ctx;
    const manifests = o.manifests.length
        ? await (0, manifests_js_1.prepareManifests)(o.manifests, ctx.cwd, o.images, o.changeCause)
        : undefined;
    if (manifests) {
        logger.info(`manifests: ${manifests.files.length} file${manifests.files.length === 1 ? '' : 's'}, ${manifests.deployments.length} deployment${manifests.deployments.length === 1 ? '' : 's'}, ${manifests.substitutions} image substitution${manifests.substitutions === 1 ? '' : 's'}`);
        for (const u of manifests.unused)
            logger.warning(`input 'images': ${u} matches no container image in the manifests`);
    }
    const permissions = [
        ['patch', 'deployments.apps'],
        ['list', 'replicasets.apps'],
        ['list', 'pods'],
    ];
    if (manifests)
        permissions.push(['create', 'deployments.apps']);
    let versions;
    try {
        versions = await (0, preflight_js_1.checkCluster)(kc, { usingInput: !!o.kubeconfig, permissions, logger });
    }
    catch (e) {
        if (e instanceof preflight_js_1.PreflightError && o.dryRun.mode === 'server-or-client' && dry_js_1.NO_CLUSTER.test(e.message))
            return (0, dry_js_1.offlineDryRun)(kc, o, ctx, manifests, e.message);
        throw e;
    }
    const ns = o.namespace ??
        ((await kc.run(['config', 'view', '--minify', '-o', 'jsonpath={..namespace}'])).stdout.trim() || 'default');
    logger.info(`kubectl ${versions.client}; cluster ${versions.server}; namespace ${ns}`);
    const wanted = manifests
        ? manifests.deployments.map((d) => ({ name: d.name, container: undefined, namespace: d.namespace }))
        : o.targets.map((t) => ({ ...t, namespace: undefined }));
    // A manifest may name its own namespace; everything about that deployment then happens there.
    const kcs = new Map(wanted.map((t) => [t.name, kc.inNamespace(t.namespace)]));
    const kcOf = (name) => kcs.get(name) ?? kc;
    const recs = await Promise.all(wanted.map((t) => (0, preflight_js_1.recordDeployment)(kcOf(t.name), t.name, t.container, !manifests, !manifests, t.namespace ?? ns)));
    for (const r of recs) {
        logger.info(r.exists
            ? `deployment/${r.name}: revision ${r.revision}${r.container ? `, container ${r.container} runs ${r.currentImage}` : ''}`
            : `deployment/${r.name}: does not exist yet (the manifests create it)`);
    }
    if (o.dryRun.mode !== 'none')
        return (0, dry_js_1.dryRun)(kc, o, ctx, recs, manifests);
    // Roll out.
    const patched = new Set();
    const startFailure = await start(kc, o, ctx, recs, manifests, patched);
    const results = new Map();
    if (!startFailure) {
        const abort = new AbortController();
        await Promise.all(recs.map(async (r) => {
            const kt = kcOf(r.name);
            const selector = r.selector ||
                (await kt
                    .json(['get', 'deployment', r.name])
                    .then((d) => Object.entries(d.spec.selector.matchLabels ?? {})
                    .map(([k, v]) => `${k}=${v}`)
                    .join(',')));
            const w = await (0, watch_js_1.watchRollout)(kt, r.name, {
                selector,
                timeoutMs: o.timeoutMs,
                graceMs: o.unschedulableGraceMs,
                pollMs: exports.POLL_MS,
                signal: abort.signal,
                logger,
                now: ctx.now,
                staleDeadline: r.staleDeadline,
            });
            results.set(r.name, w);
            if (w.outcome !== 'complete' && w.outcome !== 'aborted') {
                logger.info(`✗ deployment/${r.name}: ${w.reason}`);
                if (o.failFast && !abort.signal.aborted) {
                    if (recs.length > 1)
                        logger.info('fail-fast: stopping the other rollouts');
                    abort.abort();
                }
            }
        }));
    }
    const failed = recs.filter((r) => {
        const w = results.get(r.name);
        return w && w.outcome !== 'complete' && w.outcome !== 'aborted';
    });
    const rows = recs.map((r) => {
        const w = results.get(r.name);
        return {
            name: r.name,
            container: r.container,
            image: manifests ? undefined : o.image,
            previous: r.revision,
            revision: w?.revision ?? r.revision,
            result: w?.outcome ?? 'not started',
            ready: ready(w),
        };
    });
    if (!startFailure && failed.length === 0) {
        (0, report_js_1.writeSummary)(ctx.summary, 'deployed', rows, []);
        const revs = recs.map((r) => ({ ...r, revision: results.get(r.name)?.revision ?? r.revision }));
        return {
            outputs: {
                result: 'deployed',
                revision: revisionsOutput(revs, (r) => r.revision),
                'previous-revision': revisionsOutput(recs, (r) => r.revision),
                reason: '',
            },
        };
    }
    // Failure: diagnose first (a rollback deletes the failing pods), then undo what changed.
    const diagnoses = await Promise.all(failed.map((r) => (0, report_js_1.diagnose)(kcOf(r.name), results.get(r.name))));
    const what = startFailure ?? failed.map((r) => `deployment/${r.name}: ${results.get(r.name).reason}`).join('; ');
    // What this run changed: what it patched, or (manifests) a deployment whose revision moved or that now exists.
    const nowRevision = async (r) => {
        const w = results.get(r.name);
        if (w?.deployment)
            return w.revision;
        const d = await kcOf(r.name)
            .json(['get', 'deployment', r.name])
            .catch(() => undefined);
        return d ? (0, status_js_1.revisionOf)(d) : undefined;
    };
    const moved = manifests ? await Promise.all(recs.map(async (r) => ({ r, rev: await nowRevision(r) }))) : [];
    const changed = recs.filter((r) => patched.has(r.name) || moved.some((m) => m.r === r && m.rev !== undefined && (!r.exists || m.rev !== r.revision)));
    let state;
    let result;
    const after = new Map();
    if (!changed.length) {
        state = 'nothing was changed, so nothing was rolled back';
        result = 'failed';
    }
    else if (!o.rollback) {
        state = `left as is (rollback is false): ${changed.map((r) => `deployment/${r.name} ${ready(results.get(r.name)) || '?'} available`).join(', ')}`;
        result = 'failed';
    }
    else {
        const outcomes = await Promise.all(changed.map((r) => rollBack(kcOf(r.name), r, o, ctx, after)));
        const bad = outcomes.filter((x) => !x.ok);
        const single = changed.length === 1 && failed.length === 1 && changed[0].name === failed[0].name;
        if (bad.length)
            state = outcomes.map((x) => x.text).join(', ');
        else if (single)
            state = `rolled back to revision ${changed[0].revision}, ${outcomes[0].ready} ready`;
        else
            state = `rolled back ${outcomes.map((x, i) => `deployment/${changed[i].name} to revision ${changed[i].revision} (${x.ready} ready)`).join(', ')}`;
        result = bad.length ? 'failed' : 'rolled-back';
    }
    const failure = `${what}; ${state}`;
    for (const row of rows) {
        const a = after.get(row.name);
        if (a) {
            row.result = `${row.result}, rolled back`;
            row.revision = a.revision;
            row.ready = ready(a);
        }
    }
    (0, report_js_1.writeSummary)(ctx.summary, result === 'rolled-back' ? 'rolled back' : 'failed', rows, diagnoses, failure);
    const current = recs.map((r) => ({
        ...r,
        revision: after.get(r.name)?.revision ?? results.get(r.name)?.revision ?? r.revision,
    }));
    return {
        outputs: {
            result,
            revision: revisionsOutput(current, (r) => r.revision),
            'previous-revision': revisionsOutput(recs, (r) => r.revision),
            reason: failure,
        },
        failure,
    };
}
/** Change the deployments: set image (annotating the change-cause first) or server-side apply. */
async function start(kc, o, ctx, recs, manifests, patched) {
    const { logger } = ctx;
    const step = async (args) => {
        logger.info(`$ ${kc.display(args)}`);
        return kc.text(args, { quiet: true });
    };
    try {
        if (manifests) {
            const file = (0, node_path_1.join)(ctx.tempDir, `manifests-${(0, node_crypto_1.randomBytes)(6).toString('hex')}.yaml`);
            (0, node_fs_1.writeFileSync)(file, manifests.text);
            try {
                await step([
                    'apply',
                    '--server-side',
                    '--field-manager=shipline',
                    '--force-conflicts',
                    '--validate=false',
                    '-f',
                    file,
                ]);
            }
            finally {
                (0, node_fs_1.rmSync)(file, { force: true });
            }
            return undefined;
        }
        // allSettled: every patch has landed or failed before we decide what to roll back.
        const settled = await Promise.allSettled(recs.map(async (r) => {
            if (r.currentImage === o.image) {
                logger.info(`deployment/${r.name}: container ${r.container} already runs ${o.image}; no new revision`);
                return;
            }
            await step(['annotate', `deployment/${r.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
            await step(['set', 'image', `deployment/${r.name}`, `${r.container}=${o.image}`]);
            patched.add(r.name);
        }));
        const firstFailure = settled
            .map((x, i) => (x.status === 'rejected' ? [recs[i], x.reason] : undefined))
            .find(Boolean);
        if (firstFailure) {
            const [r, reason] = firstFailure;
            if (reason instanceof kubectl_js_1.KubectlError)
                return `deployment/${r.name}: the rollout could not start: ${reason.line}`;
            throw reason;
        }
        return undefined;
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError)
            return `the rollout could not start: ${e.line}`;
        throw e;
    }
}
async function rollBack(kc, r, o, ctx, after) {
    if (!r.exists || !r.revision)
        return { ok: false, text: `nothing to roll back deployment/${r.name} to: it did not exist before this run` };
    const args = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
    ctx.logger.info(`$ ${kc.display(args)}`);
    try {
        await kc.text(args, { quiet: true });
    }
    catch (e) {
        return {
            ok: false,
            text: `rollback of deployment/${r.name} to revision ${r.revision} failed: ${e.message}`,
        };
    }
    const w = await (0, watch_js_1.watchRollout)(kc, r.name, {
        selector: r.selector,
        timeoutMs: o.timeoutMs,
        graceMs: o.unschedulableGraceMs,
        pollMs: exports.POLL_MS,
        signal: new AbortController().signal,
        logger: ctx.logger,
        now: ctx.now,
        ignoreDeadline: true,
        label: 'rollback',
    });
    after.set(r.name, w);
    if (w.outcome === 'complete')
        return { ok: true, text: `deployment/${r.name} rolled back to revision ${r.revision}`, ready: ready(w) };
    return {
        ok: false,
        text: `deployment/${r.name} was rolled back to revision ${r.revision} but is not healthy: ${w.reason}`,
    };
}


/***/ }),

/***/ 6613:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Kubectl = exports.KubectlMissingError = exports.KubectlError = void 0;
exports.kubectlErrorLine = kubectlErrorLine;
const exec_js_1 = __webpack_require__(2642);
const errors_js_1 = __webpack_require__(4296);
/** kubectl failed: `line` is its own one-line message (e.g. `Error from server (NotFound): …`). */
class KubectlError extends errors_js_1.ExternalError {
    line;
    result;
    name = 'KubectlError';
    constructor(line, result) {
        super(line);
        this.line = line;
        this.result = result;
    }
    get notFound() {
        return /\(NotFound\)|not found/i.test(this.line);
    }
}
exports.KubectlError = KubectlError;
class KubectlMissingError extends errors_js_1.ExternalError {
    name = 'KubectlMissingError';
}
exports.KubectlMissingError = KubectlMissingError;
/** The last meaningful line kubectl printed on stderr (its error), or a fallback. */
function kubectlErrorLine(r) {
    if (r.timedOut)
        return 'kubectl timed out';
    const lines = r.stderr
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !/^[IW]\d{4} /.test(l) && !l.startsWith('Usage:'));
    const err = lines.filter((l) => /^(error|Error from server)/i.test(l) || /^E\d{4} /.test(l));
    const pick = (err.length ? err[err.length - 1] : lines[lines.length - 1]) ?? r.stdout.trim().split('\n').pop() ?? '';
    // klog prefixes ("E1121 13:07:53.1 123 memcache.go:265] ") carry nothing for the reader.
    return (pick.replace(/^E\d{4} [\d:.]+\s+\d+ [\w.]+:\d+\] /, '').replace(/^error: /, '') ||
        `kubectl exited with code ${r.exitCode}`);
}
/** Every kubectl call of the deploy: argv arrays through ctx.exec, never a shell. */
class Kubectl {
    ctx;
    config;
    constructor(ctx, config) {
        this.ctx = ctx;
        this.config = config;
    }
    /** The same kubectl, in another namespace (a manifest's own metadata.namespace). */
    inNamespace(namespace) {
        return namespace && namespace !== this.config.namespace
            ? new Kubectl(this.ctx, { ...this.config, namespace })
            : this;
    }
    /** The global flags every call carries. */
    get globals() {
        const g = [];
        if (this.config.kubeconfigPath)
            g.push('--kubeconfig', this.config.kubeconfigPath);
        if (this.config.context)
            g.push('--context', this.config.context);
        if (this.config.namespace)
            g.push('--namespace', this.config.namespace);
        return g;
    }
    /** How a command reads in the log: the kubeconfig path is a temp file, shown by its role. */
    display(args) {
        const g = this.globals.map((a) => (a === this.config.kubeconfigPath ? '$RUNNER_TEMP/kubeconfig' : a));
        return (0, exec_js_1.formatCommand)(['kubectl', ...g, ...args]);
    }
    async run(args, opts = {}) {
        if (!opts.quiet)
            this.ctx.logger.debug(this.display(args));
        try {
            return await this.ctx.exec('kubectl', [...this.globals, '--request-timeout=30s', ...args], {
                env: this.ctx.env,
                timeoutMs: opts.timeoutMs ?? 60_000,
                signal: opts.signal,
                maxOutputBytes: 16 * 1024 * 1024,
            });
        }
        catch (e) {
            if (e instanceof exec_js_1.CommandNotFoundError)
                throw new KubectlMissingError('kubectl is not installed on this runner (not found on PATH); install it first, e.g. with azure/setup-kubectl');
            throw e;
        }
    }
    /** Run and return stdout; a non-zero exit throws KubectlError with kubectl's own message. */
    async text(args, opts = {}) {
        const r = await this.run(args, opts);
        if (r.exitCode !== 0)
            throw new KubectlError(kubectlErrorLine(r), r);
        return r.stdout;
    }
    async json(args, opts = {}) {
        const out = await this.text([...args, '-o', 'json'], opts);
        try {
            return JSON.parse(out);
        }
        catch {
            throw new Error(`kubectl ${args.join(' ')} printed something that is not JSON: ${out.slice(0, 200)}`);
        }
    }
}
exports.Kubectl = Kubectl;


/***/ }),

/***/ 1817:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.repositoryOf = repositoryOf;
exports.substituteImages = substituteImages;
exports.prepareManifests = prepareManifests;
// Manifests mode: read the files, substitute images (`repository=reference`), stamp the
// change-cause on Deployments, and write one file for `kubectl apply --server-side`.
const promises_1 = __webpack_require__(1455);
const errors_js_1 = __webpack_require__(4296);
/** `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
function repositoryOf(image) {
    const noDigest = image.split('@')[0];
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    return colon > slash ? noDigest.slice(0, colon) : noDigest;
}
const POD_SPEC_PATHS = {
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Pod: ['spec'],
};
/** Replace the images of every container whose repository (or whole reference) is a key. */
function substituteImages(docs, images) {
    const used = new Set();
    let count = 0;
    for (const doc of docs) {
        const path = POD_SPEC_PATHS[doc?.kind];
        if (!path)
            continue;
        const spec = path.reduce((n, k) => n?.[k], doc);
        for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
            if (typeof c?.image !== 'string')
                continue;
            const hit = images.find(([name]) => name === c.image || name === repositoryOf(c.image));
            if (!hit)
                continue;
            used.add(hit[0]);
            if (c.image !== hit[1])
                count++;
            c.image = hit[1];
        }
    }
    return { count, used };
}
async function prepareManifests(patterns, cwd, images, changeCause) {
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 3382));
    const files = (await glob(patterns, { cwd, absolute: true, onlyFiles: true })).sort();
    if (!files.length)
        throw errors_js_1.ConfigError.forInput('manifests', `${patterns.join(', ')} matched no file under ${cwd}`, 'give paths or globs relative to the workspace, e.g. k8s/*.yaml');
    const { loadAll, dump } = await __webpack_require__.e(/* import() */ 243).then(__webpack_require__.bind(__webpack_require__, 3243));
    const docs = [];
    for (const file of files) {
        const text = await (0, promises_1.readFile)(file, 'utf8');
        try {
            for (const d of loadAll(text)) {
                if (d === null || d === undefined)
                    continue;
                if (d && typeof d === 'object' && d.kind === 'List')
                    docs.push(...(d.items ?? []));
                else
                    docs.push(d);
            }
        }
        catch (e) {
            const err = e;
            const line = err.mark ? err.mark.line + 1 : undefined;
            throw new errors_js_1.ConfigError(`input 'manifests': ${file} is not valid YAML${line ? ` (line ${line})` : ''}: ${err.reason ?? err.message.split('\n')[0]}; fix the YAML there`, { file, line });
        }
    }
    for (const [i, d] of docs.entries()) {
        if (!d || typeof d !== 'object' || !d.kind || !d.apiVersion || !d.metadata?.name)
            throw errors_js_1.ConfigError.forInput('manifests', `document ${i + 1} has no apiVersion, kind or metadata.name`, 'give complete Kubernetes objects');
    }
    const { count, used } = substituteImages(docs, images);
    const deployments = docs
        .filter((d) => d.kind === 'Deployment')
        .map((d) => ({ name: String(d.metadata.name), namespace: d.metadata.namespace }));
    if (!deployments.length)
        throw errors_js_1.ConfigError.forInput('manifests', `${files.length} file${files.length === 1 ? '' : 's'} hold no Deployment`, 'include the Deployments to roll out (other objects are applied alongside them)');
    for (const d of docs.filter((x) => x.kind === 'Deployment')) {
        d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'kubernetes.io/change-cause': changeCause };
    }
    return {
        text: docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join('---\n'),
        deployments,
        unused: images.map(([k]) => k).filter((k) => !used.has(k)),
        files,
        substitutions: count,
    };
}


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PreflightError = void 0;
exports.explainConnection = explainConnection;
exports.checkCluster = checkCluster;
exports.recordDeployment = recordDeployment;
const kubectl_js_1 = __webpack_require__(6613);
const status_js_1 = __webpack_require__(8917);
const errors_js_1 = __webpack_require__(4296);
/** A problem found before anything changed: the step fails with this one line. */
class PreflightError extends errors_js_1.ExternalError {
    name = 'PreflightError';
}
exports.PreflightError = PreflightError;
/** Turn kubectl's failure to reach the cluster into one line saying what to fix. */
function explainConnection(line, usingInput) {
    const where = usingInput ? 'the kubeconfig input' : "the runner's kubeconfig (no kubeconfig input was given)";
    if (/error loading config file|couldn't get version\/kind|yaml:|json parse error/i.test(line))
        return `input 'kubeconfig': kubectl could not read it (${line.replace(/^error: /, '').replace(/"[^"]*kubeconfig[^"]*"/, 'the file')}); pass the whole kubeconfig file content, e.g. \${{ secrets.KUBECONFIG }}`;
    if (/context "[^"]*" does not exist|context was not found/i.test(line))
        return `input 'context': ${line}; use a context defined in ${where}`;
    if (/localhost:8080/.test(line) && !usingInput)
        return `no cluster configured: ${line}; set the kubeconfig input (or a current context on the runner)`;
    if (/must be logged in|Unauthorized/i.test(line))
        return `the cluster rejected the credentials in ${where} (Unauthorized); refresh its token or certificate`;
    if (/forbidden/i.test(line))
        return `the cluster refused the request: ${line}; grant the deploy user access`;
    if (/refused|no such host|i\/o timeout|dial tcp|unreachable|timed out|TLS|x509|certificate/i.test(line))
        return `the cluster in ${where} is unreachable: ${line}`;
    return `kubectl could not talk to the cluster: ${line}`;
}
/** kubectl's client version, and the server's, proving the cluster answers. */
async function checkCluster(kc, o) {
    const client = await kc.run(['version', '--client', '-o', 'json']);
    if (client.exitCode !== 0)
        throw new PreflightError(`kubectl does not run: ${client.stderr.trim().split('\n').pop()}`);
    const clientVersion = JSON.parse(client.stdout).clientVersion?.gitVersion ?? 'unknown';
    const both = await kc.run(['version', '-o', 'json'], { timeoutMs: 45_000 });
    const serverVersion = both.exitCode === 0
        ? (JSON.parse(both.stdout).serverVersion?.gitVersion ??
            'unknown')
        : undefined;
    if (!serverVersion)
        throw new PreflightError(explainConnection(both.stderr.trim().split('\n').filter(Boolean).pop() ?? `kubectl exited with code ${both.exitCode}`, o.usingInput));
    // /version is often public: the permission checks below are what prove the credentials work.
    const answers = await Promise.all(o.permissions.map(async ([verb, resource]) => {
        const r = await kc.run(['auth', 'can-i', verb, resource]);
        return { verb, resource, r };
    }));
    for (const { verb, resource, r } of answers) {
        const said = r.stdout.trim();
        if (r.exitCode === 0 && said === 'yes')
            continue;
        if (/^no\b/.test(said)) {
            const ns = kc.globals.includes('--namespace')
                ? ` in namespace ${kc.globals[kc.globals.indexOf('--namespace') + 1]}`
                : '';
            throw new PreflightError(`not allowed to ${verb} ${resource}${ns} (kubectl auth can-i ${verb} ${resource} said no); grant it in the deploy user's Role`);
        }
        throw new PreflightError(explainConnection(r.stderr.trim().split('\n').filter(Boolean).pop() ?? `kubectl auth can-i exited with code ${r.exitCode}`, o.usingInput));
    }
    return { client: clientVersion, server: serverVersion };
}
/** Read one deployment and its ReplicaSets; `mustExist` false lets manifests create it. */
async function recordDeployment(kc, name, container, mustExist, requireContainer, namespaceHint) {
    let d;
    try {
        d = await kc.json(['get', 'deployment', name]);
    }
    catch (e) {
        if (e instanceof kubectl_js_1.KubectlError && e.notFound) {
            if (!mustExist)
                return {
                    name,
                    container,
                    namespace: namespaceHint,
                    exists: false,
                    revision: 0,
                    maxRevision: 0,
                    selector: '',
                    replicas: 0,
                };
            throw new PreflightError(`deployment/${name} not found in namespace ${namespaceHint}; check the name in input 'deployments' and the namespace (kubectl get deployments -n ${namespaceHint})`);
        }
        throw new PreflightError(`could not read deployment/${name}: ${e.message}`);
    }
    const namespace = d.metadata.namespace ?? namespaceHint;
    const containers = (d.spec.template.spec?.containers ?? []).map((c) => c.name);
    let target = container;
    if (requireContainer) {
        if (target && !containers.includes(target))
            throw new PreflightError(`container '${target}' not found in deployment/${name}; it has: ${containers.join(', ')}`);
        if (!target) {
            if (containers.length !== 1)
                throw new PreflightError(`deployment/${name} has ${containers.length} containers (${containers.join(', ')}); name the one to update in input 'deployments', e.g. ${name}/${containers[0]}`);
            target = containers[0];
        }
    }
    if (d.spec.paused)
        throw new PreflightError(`deployment/${name} is paused, so a rollout would never progress; resume it (kubectl rollout resume deployment/${name}) first`);
    const selector = (0, status_js_1.selectorOf)(d);
    if (!selector)
        throw new PreflightError(`deployment/${name} has an empty selector; it cannot be watched`);
    const rs = await kc.json(['get', 'replicasets', '-l', selector]);
    const owned = rs.items.filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
    return {
        name,
        container: target,
        namespace,
        exists: true,
        uid: d.metadata.uid,
        revision: (0, status_js_1.revisionOf)(d),
        maxRevision: Math.max((0, status_js_1.revisionOf)(d), ...owned.map(status_js_1.revisionOf)),
        currentImage: d.spec.template.spec?.containers?.find((c) => c.name === target)?.image,
        selector,
        replicas: d.spec.replicas ?? 1,
        staleDeadline: (0, status_js_1.deadlineExceeded)(d)?.lastUpdateTime,
    };
}


/***/ }),

/***/ 5505:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diagnose = diagnose;
exports.writeSummary = writeSummary;
const status_js_1 = __webpack_require__(8917);
const PULL = /Pull|InvalidImageName|ContainerConfig/;
/** Gather events and logs of the failing pod (before a rollback deletes it). */
async function diagnose(kc, w) {
    const diag = { name: w.name, reason: w.reason ?? w.outcome, pods: w.pods, events: [] };
    const pod = w.problem?.pod ?? w.pods.find((p) => (0, status_js_1.podState)(p) !== 'Ready')?.metadata.name;
    if (!pod)
        return diag;
    const container = w.problem?.container ?? w.pods.find((p) => p.metadata.name === pod)?.spec?.containers?.[0]?.name;
    const wantLogs = !!container && !PULL.test(w.problem?.reason ?? 'Pull');
    const previous = (w.problem?.restarts ?? 0) > 0;
    const [events, logs] = await Promise.allSettled([
        kc.json(['get', 'events', '--field-selector', `involvedObject.name=${pod}`]),
        wantLogs
            ? kc.text(['logs', pod, '-c', container, ...(previous ? ['--previous'] : []), '--tail=30'])
            : Promise.resolve(undefined),
    ]);
    if (events.status === 'fulfilled') {
        const when = (e) => e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
        diag.events = [...events.value.items]
            .sort((a, b) => when(a).localeCompare(when(b)))
            .slice(-12)
            .map((e) => `${(e.type ?? '').padEnd(7)} ${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`);
    }
    else
        diag.note = `events could not be read: ${events.reason.message}`;
    if (logs.status === 'fulfilled' && logs.value !== undefined)
        diag.logs = { pod, container: container, previous, text: logs.value.trimEnd() };
    else if (logs.status === 'rejected')
        diag.note = `${diag.note ? `${diag.note}; ` : ''}logs could not be read: ${logs.reason.message}`;
    return diag;
}
function writeSummary(summary, title, rows, diagnoses, failure) {
    summary.heading(`k8s deploy: ${title}`, 2);
    if (failure)
        summary.paragraph(`**${failure}**`);
    summary.table(['deployment', 'container', 'image', 'previous revision', 'revision', 'result', 'ready'], rows.map((r) => [
        `deployment/${r.name}`,
        r.container ?? '',
        r.image ?? '',
        r.previous || '—',
        r.revision || '—',
        r.result,
        r.ready,
    ]));
    for (const d of diagnoses) {
        summary.heading(`Why deployment/${d.name} failed`, 3);
        summary.paragraph(d.reason);
        if (d.pods.length) {
            summary.table(['pod', 'state', 'restarts', 'message'], d.pods.map((p) => {
                const cs = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
                const msg = cs.map((c) => c.state?.waiting?.message ?? c.lastState?.terminated?.reason).find(Boolean) ??
                    (p.status?.conditions ?? []).find((c) => c.status === 'False' && c.message)?.message ??
                    '';
                return [p.metadata.name, (0, status_js_1.podState)(p), cs.reduce((n, c) => n + (c.restartCount ?? 0), 0), msg];
            }));
        }
        if (d.events.length)
            summary.details(`Recent events (${d.events.length})`, '```\n' + d.events.join('\n') + '\n```');
        if (d.logs)
            summary.details(`${d.logs.previous ? 'Previous' : 'Current'} logs of container ${d.logs.container} in ${d.logs.pod}`, '```\n' + (d.logs.text || '(empty)') + '\n```');
        if (d.note)
            summary.paragraph(`_${d.note}_`);
    }
}


/***/ }),

/***/ 8917:
/***/ ((__unused_webpack_module, exports) => {


// Pure reading of Deployment, ReplicaSet and Pod objects: is the rollout complete, is a new
// pod definitively failing, and how to say so in one line. No I/O, so it is tested directly.
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.isUnschedulable = exports.readyPods = exports.observed = exports.ownedBy = exports.revisionOf = exports.REVISION = void 0;
exports.selectorOf = selectorOf;
exports.counts = counts;
exports.complete = complete;
exports.progressLine = progressLine;
exports.podProblem = podProblem;
exports.deadlineExceeded = deadlineExceeded;
exports.replicaFailure = replicaFailure;
exports.podState = podState;
exports.REVISION = 'deployment.kubernetes.io/revision';
const revisionOf = (o) => Number(o?.metadata.annotations?.[exports.REVISION] ?? 0) || 0;
exports.revisionOf = revisionOf;
/** The label selector of a deployment as `kubectl -l` takes it. */
function selectorOf(d) {
    const sel = d.spec.selector ?? {};
    const parts = Object.entries(sel.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of sel.matchExpressions ?? []) {
        if (e.operator === 'In')
            parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}
const ownedBy = (o, ownerUid) => !!ownerUid && (o.metadata.ownerReferences ?? []).some((r) => r.uid === ownerUid && r.controller !== false);
exports.ownedBy = ownedBy;
function counts(d) {
    const s = d.status ?? {};
    return {
        desired: d.spec.replicas ?? 1,
        updated: s.updatedReplicas ?? 0,
        total: s.replicas ?? 0,
        ready: s.readyReplicas ?? 0,
        available: s.availableReplicas ?? 0,
    };
}
/** The controller has seen the latest spec. */
const observed = (d) => (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0);
exports.observed = observed;
/**
 * Done the way `kubectl rollout status` decides it, minus its conditions: every replica is
 * updated and available and no old pod is left. Readiness is read directly, so a stale
 * ProgressDeadlineExceeded condition (left by an earlier rollout) cannot fail a healthy one.
 */
function complete(d) {
    const c = counts(d);
    return (0, exports.observed)(d) && c.updated === c.desired && c.total === c.updated && c.available >= c.updated;
}
/** Pods with the Ready condition true. */
const readyPods = (pods) => pods.filter((p) => (p.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True')).length;
exports.readyPods = readyPods;
/** `deployment/api: 2/3 new pods ready, 3/3 updated, 1 old pending termination (12 s)` */
function progressLine(d, newReady, elapsedMs) {
    const c = counts(d);
    const old = Math.max(0, c.total - c.updated);
    return `deployment/${d.metadata.name}: ${Math.min(newReady, c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated${old ? `, ${old} old pending termination` : ''} (${Math.round(elapsedMs / 1000)} s)`;
}
/** Waiting reasons that never fix themselves without a new spec. */
const DEFINITIVE_WAITING = new Set([
    'ImagePullBackOff',
    'InvalidImageName',
    'CrashLoopBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'ErrImageNeverPull',
    'RunContainerError',
]);
/** ErrImagePull is retried by the kubelet; only a missing or forbidden image is definitive at once. */
const PERMANENT_PULL = /not found|manifest unknown|unauthorized|denied|forbidden|invalid reference|no such host|repository does not exist/i;
function pullDetail(image, message = '') {
    const img = image ?? 'the image';
    if (/not found|manifest unknown|does not exist/i.test(message))
        return `image ${img} not found`;
    if (/unauthorized|denied|forbidden|authentication/i.test(message))
        return `pulling image ${img} was denied: check imagePullSecrets`;
    return `could not pull image ${img}`;
}
function exitText(cs) {
    const t = cs.lastState?.terminated ?? cs.state?.terminated;
    return t?.exitCode !== undefined ? `exited with code ${t.exitCode}` : 'keeps exiting';
}
/**
 * The first definitive problem of a pod, or undefined while it may still come up. Slow
 * starters (startup probes, long readiness, minReadySeconds) are never a problem here: only
 * the timeout ends them. `unschedulableSince` is when this watcher first saw it unschedulable.
 */
function podProblem(pod, now, unschedulableSince, graceMs) {
    const name = pod.metadata.name;
    const st = pod.status ?? {};
    const images = new Map((pod.spec?.containers ?? []).map((c) => [c.name, c.image]));
    for (const cs of [...(st.initContainerStatuses ?? []), ...(st.containerStatuses ?? [])]) {
        const image = cs.image || images.get(cs.name);
        const waiting = cs.state?.waiting;
        const restarts = cs.restartCount ?? 0;
        const base = { pod: name, container: cs.name, image, restarts };
        const oom = cs.lastState?.terminated?.reason === 'OOMKilled' || cs.state?.terminated?.reason === 'OOMKilled';
        if (oom)
            return {
                ...base,
                reason: 'OOMKilled',
                detail: `container ${cs.name} ran out of memory (OOMKilled), restarted ${restarts} time${restarts === 1 ? '' : 's'}`,
                message: waiting?.message,
            };
        if (waiting?.reason === 'ErrImagePull' && PERMANENT_PULL.test(waiting.message ?? ''))
            return { ...base, reason: 'ErrImagePull', detail: pullDetail(image, waiting.message), message: waiting.message };
        if (waiting?.reason && DEFINITIVE_WAITING.has(waiting.reason)) {
            const r = waiting.reason;
            const detail = r === 'ImagePullBackOff' || r === 'ErrImageNeverPull'
                ? pullDetail(image, `${waiting.message ?? ''}`)
                : r === 'InvalidImageName'
                    ? `image reference ${image ?? ''} is invalid`.replace('  ', ' ')
                    : r === 'CrashLoopBackOff' || r === 'RunContainerError'
                        ? `container ${cs.name} ${exitText(cs)}, restarted ${restarts} time${restarts === 1 ? '' : 's'}`
                        : `container ${cs.name}: ${waiting.message ?? r}`;
            return { ...base, reason: r, detail, message: waiting.message };
        }
        if (restarts >= 2)
            return {
                ...base,
                reason: 'Restarting',
                detail: `container ${cs.name} ${exitText(cs)}, restarted ${restarts} times`,
                message: cs.lastState?.terminated?.message,
            };
    }
    if (st.phase === 'Failed')
        return { pod: name, reason: st.reason ?? 'Failed', detail: st.message ?? 'the pod failed', message: st.message };
    const sched = (st.conditions ?? []).find((c) => c.type === 'PodScheduled');
    if (sched?.status === 'False' &&
        sched.reason === 'Unschedulable' &&
        unschedulableSince !== undefined &&
        now - unschedulableSince >= graceMs) {
        return {
            pod: name,
            reason: 'Unschedulable',
            detail: `unschedulable for ${Math.round((now - unschedulableSince) / 1000)} s: ${sched.message ?? 'no node fits'}`,
            message: sched.message,
        };
    }
    return undefined;
}
const isUnschedulable = (pod) => (pod.status?.conditions ?? []).some((c) => c.type === 'PodScheduled' && c.status === 'False' && c.reason === 'Unschedulable');
exports.isUnschedulable = isUnschedulable;
/** The Progressing condition, when the controller has given up (ProgressDeadlineExceeded). */
function deadlineExceeded(d) {
    return (d.status?.conditions ?? []).find((c) => c.type === 'Progressing' && c.status === 'False' && c.reason === 'ProgressDeadlineExceeded');
}
/** A ReplicaSet that cannot create its pods (quota, admission): a definitive failure. */
function replicaFailure(rs) {
    return (rs?.status?.conditions ?? []).find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
}
/** Pod state in a few words, for the summary table. */
function podState(pod) {
    const cs = [...(pod.status?.initContainerStatuses ?? []), ...(pod.status?.containerStatuses ?? [])];
    const waiting = cs.find((c) => c.state?.waiting?.reason && c.state.waiting.reason !== 'ContainerCreating');
    if (waiting)
        return waiting.state.waiting.reason;
    if ((0, exports.isUnschedulable)(pod))
        return 'Unschedulable';
    const ready = (pod.status?.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
    return ready ? 'Ready' : (pod.status?.phase ?? 'Pending');
}


/***/ }),

/***/ 4808:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.watchRollout = watchRollout;
const status_js_1 = __webpack_require__(8917);
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const t = setTimeout(done, ms);
        function done() {
            clearTimeout(t);
            signal.removeEventListener('abort', done);
            resolve();
        }
        signal.addEventListener('abort', done, { once: true });
    });
}
/**
 * Watch one deployment's rollout by polling it and its new pods (two kubectl calls a round,
 * in parallel), until it is complete, a new pod shows a definitive failure, the deadline
 * condition fires, or the timeout passes.
 */
async function watchRollout(kc, name, o) {
    const start = o.now();
    const say = (line) => o.logger.info(o.label ? `${o.label}: ${line}` : line);
    const unschedulable = new Map();
    let last = { pods: [], revision: 0 };
    let lastLine = '';
    let lastLog = 0;
    const result = (outcome, extra = {}) => ({
        name,
        outcome,
        deployment: last.d,
        pods: last.pods,
        revision: last.revision,
        elapsedMs: o.now() - start,
        ...extra,
    });
    for (;;) {
        if (o.signal.aborted)
            return result('aborted');
        let d;
        let list;
        try {
            [d, list] = await Promise.all([
                kc.json(['get', 'deployment', name], { signal: o.signal, quiet: true }),
                kc.json(['get', 'replicasets,pods', '-l', o.selector], { signal: o.signal, quiet: true }),
            ]);
        }
        catch (e) {
            if (o.signal.aborted)
                return result('aborted');
            // One failed poll (an API server hiccup) is not a failed rollout; the timeout still bounds it.
            o.logger.warning(`deployment/${name}: could not read the rollout state (${e.message}); retrying`);
            await sleep(o.pollMs, o.signal);
            if (o.now() - start > o.timeoutMs)
                return result('timeout', {
                    reason: `not ready after ${Math.round(o.timeoutMs / 1000)} s and its state could not be read`,
                });
            continue;
        }
        const now = o.now();
        const revision = (0, status_js_1.revisionOf)(d);
        const rs = (0, status_js_1.observed)(d)
            ? list.items.filter((i) => i.kind === 'ReplicaSet').find((r) => (0, status_js_1.ownedBy)(r, d.metadata.uid) && (0, status_js_1.revisionOf)(r) === revision)
            : undefined;
        const pods = rs
            ? list.items.filter((i) => i.kind === 'Pod').filter((p) => (0, status_js_1.ownedBy)(p, rs.metadata.uid))
            : [];
        last = { d, pods, revision };
        for (const p of pods) {
            if ((0, status_js_1.isUnschedulable)(p))
                unschedulable.set(p.metadata.name, unschedulable.get(p.metadata.name) ?? now);
            else
                unschedulable.delete(p.metadata.name);
        }
        if ((0, status_js_1.complete)(d)) {
            say(`${(0, status_js_1.progressLine)(d, (0, status_js_1.readyPods)(pods), now - start)}: ${o.label ? 'healthy' : 'rolled out'}`);
            return result('complete');
        }
        if (rs) {
            for (const p of pods) {
                const problem = (0, status_js_1.podProblem)(p, now, unschedulable.get(p.metadata.name), o.graceMs);
                if (problem)
                    return result('failed', { problem, reason: `${problem.reason} on ${problem.pod} (${problem.detail})` });
            }
            const rf = (0, status_js_1.replicaFailure)(rs);
            if (rf)
                return result('failed', {
                    reason: `ReplicaFailure: ${rf.message ?? rf.reason ?? 'the ReplicaSet cannot create pods'}`,
                });
            const pde = (0, status_js_1.deadlineExceeded)(d);
            if (pde && !o.ignoreDeadline && pde.lastUpdateTime !== o.staleDeadline) {
                const c = (0, status_js_1.counts)(d);
                return result('failed', {
                    reason: `ProgressDeadlineExceeded (no progress for ${d.spec.progressDeadlineSeconds ?? 600} s: ${c.available}/${c.desired} available)`,
                });
            }
        }
        const line = (0, status_js_1.progressLine)(d, (0, status_js_1.readyPods)(pods), now - start);
        const shape = line.replace(/ \(\d+ s\)$/, '');
        if (shape !== lastLine || now - lastLog >= 10_000) {
            say(line);
            lastLine = shape;
            lastLog = now;
        }
        if (now - start >= o.timeoutMs) {
            const c = (0, status_js_1.counts)(d);
            return result('timeout', {
                reason: `not rolled out after ${Math.round(o.timeoutMs / 1000)} s (${Math.min((0, status_js_1.readyPods)(pods), c.desired)}/${c.desired} new pods ready, ${c.updated}/${c.desired} updated)`,
            });
        }
        await sleep(o.pollMs, o.signal);
    }
}


/***/ })

};
