// The rolling deploy: preflight → roll out with the real kubectl → watch the new pods and
// fail on the first definitive sign → diagnose → undo to the recorded revisions → prove the
// rollback healthy by readiness, not by the (possibly stale) Progressing condition.
import { randomBytes } from 'node:crypto';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { NO_CLUSTER, dryRun, offlineDryRun } from './dry.js';
import { Kubectl, KubectlError, KubectlMissingError } from './kubectl.js';
import { prepareManifests, type PreparedManifests } from './manifests.js';
import { checkCluster, PreflightError, recordDeployment, type Recorded } from './preflight.js';
import { diagnose, writeSummary, type Diagnosis, type Row } from './report.js';
import { counts, revisionOf, type Deployment } from './status.js';
import type { DeployOptions } from './types.js';
import { watchRollout, type WatchResult } from './watch.js';

/** How often the rollout is read; success is reported within this (plus two kubectl calls) of the last pod ready. */
export const POLL_MS = 500;

/** The revision output: one number for one deployment, else `name=revision` lines. */
function revisionsOutput(recs: Recorded[], pick: (r: Recorded) => number): string {
  if (recs.length === 1) return String(pick(recs[0]) || '');
  return recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
}

const ready = (w: WatchResult | undefined): string => {
  if (!w?.deployment) return '';
  const c = counts(w.deployment);
  return `${Math.min(c.available, c.desired)}/${c.desired}`;
};

/** Deploy: write the kubeconfig (if given) for this run only, roll out, always remove it. */
export async function run(o: DeployOptions, ctx: ToolContext): Promise<ToolResult> {
  let kubeconfigPath: string | undefined;
  try {
    if (o.kubeconfig) {
      kubeconfigPath = join(ctx.tempDir, `kubeconfig-${randomBytes(6).toString('hex')}`);
      writeFileSync(kubeconfigPath, o.kubeconfig, { mode: 0o600 });
      chmodSync(kubeconfigPath, 0o600);
    }
    const kc = new Kubectl(ctx, { kubeconfigPath, context: o.context, namespace: o.namespace });
    return await rollout(kc, o, ctx);
  } catch (e) {
    if (e instanceof PreflightError || e instanceof KubectlMissingError)
      return {
        outputs: { result: 'failed', revision: '', 'previous-revision': '', reason: e.message },
        failure: e.message,
      };
    throw e;
  } finally {
    if (kubeconfigPath) rmSync(kubeconfigPath, { force: true });
  }
}

async function rollout(kc: Kubectl, o: DeployOptions, ctx: ToolContext): Promise<ToolResult> {
  const { logger } = ctx;
  const manifests: PreparedManifests | undefined = o.manifests.length
    ? await prepareManifests(o.manifests, ctx.cwd, o.images, o.changeCause)
    : undefined;
  if (manifests) {
    logger.info(
      `manifests: ${manifests.files.length} file${manifests.files.length === 1 ? '' : 's'}, ${manifests.deployments.length} deployment${manifests.deployments.length === 1 ? '' : 's'}, ${manifests.substitutions} image substitution${manifests.substitutions === 1 ? '' : 's'}`,
    );
    for (const u of manifests.unused)
      logger.warning(`input 'images': ${u} matches no container image in the manifests`);
  }
  const permissions: Array<[string, string]> = [
    ['patch', 'deployments.apps'],
    ['list', 'replicasets.apps'],
    ['list', 'pods'],
  ];
  if (manifests) permissions.push(['create', 'deployments.apps']);
  let versions: { client: string; server: string };
  try {
    versions = await checkCluster(kc, { usingInput: !!o.kubeconfig, permissions, logger });
  } catch (e) {
    if (e instanceof PreflightError && o.dryRun.mode === 'server-or-client' && NO_CLUSTER.test(e.message))
      return offlineDryRun(kc, o, ctx, manifests, e.message);
    throw e;
  }
  const ns =
    o.namespace ??
    ((await kc.run(['config', 'view', '--minify', '-o', 'jsonpath={..namespace}'])).stdout.trim() || 'default');
  logger.info(`kubectl ${versions.client}; cluster ${versions.server}; namespace ${ns}`);

  const wanted = manifests
    ? manifests.deployments.map((d) => ({ name: d.name, container: undefined, namespace: d.namespace }))
    : o.targets.map((t) => ({ ...t, namespace: undefined }));
  // A manifest may name its own namespace; everything about that deployment then happens there.
  const kcs = new Map(wanted.map((t) => [t.name, kc.inNamespace(t.namespace)]));
  const kcOf = (name: string) => kcs.get(name) ?? kc;
  const recs = await Promise.all(
    wanted.map((t) => recordDeployment(kcOf(t.name), t.name, t.container, !manifests, !manifests, t.namespace ?? ns)),
  );
  for (const r of recs) {
    logger.info(
      r.exists
        ? `deployment/${r.name}: revision ${r.revision}${r.container ? `, container ${r.container} runs ${r.currentImage}` : ''}`
        : `deployment/${r.name}: does not exist yet (the manifests create it)`,
    );
  }
  if (o.dryRun.mode !== 'none') return dryRun(kc, o, ctx, recs, manifests);

  // Roll out.
  const patched = new Set<string>();
  const startFailure = await start(kc, o, ctx, recs, manifests, patched);
  const results = new Map<string, WatchResult>();
  if (!startFailure) {
    const abort = new AbortController();
    await Promise.all(
      recs.map(async (r) => {
        const kt = kcOf(r.name);
        const selector =
          r.selector ||
          (await kt
            .json<{ spec: { selector: { matchLabels?: Record<string, string> } } }>(['get', 'deployment', r.name])
            .then((d) =>
              Object.entries(d.spec.selector.matchLabels ?? {})
                .map(([k, v]) => `${k}=${v}`)
                .join(','),
            ));
        const w = await watchRollout(kt, r.name, {
          selector,
          timeoutMs: o.timeoutMs,
          graceMs: o.unschedulableGraceMs,
          pollMs: POLL_MS,
          signal: abort.signal,
          logger,
          now: ctx.now,
          staleDeadline: r.staleDeadline,
        });
        results.set(r.name, w);
        if (w.outcome !== 'complete' && w.outcome !== 'aborted') {
          logger.info(`✗ deployment/${r.name}: ${w.reason}`);
          if (o.failFast && !abort.signal.aborted) {
            if (recs.length > 1) logger.info('fail-fast: stopping the other rollouts');
            abort.abort();
          }
        }
      }),
    );
  }
  const failed = recs.filter((r) => {
    const w = results.get(r.name);
    return w && w.outcome !== 'complete' && w.outcome !== 'aborted';
  });
  const rows: Row[] = recs.map((r) => {
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
    writeSummary(ctx.summary, 'deployed', rows, []);
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
  const diagnoses: Diagnosis[] = await Promise.all(failed.map((r) => diagnose(kcOf(r.name), results.get(r.name)!)));
  const what = startFailure ?? failed.map((r) => `deployment/${r.name}: ${results.get(r.name)!.reason}`).join('; ');
  // What this run changed: what it patched, or (manifests) a deployment whose revision moved or that now exists.
  const nowRevision = async (r: Recorded): Promise<number | undefined> => {
    const w = results.get(r.name);
    if (w?.deployment) return w.revision;
    const d = await kcOf(r.name)
      .json<Deployment>(['get', 'deployment', r.name])
      .catch(() => undefined);
    return d ? revisionOf(d) : undefined;
  };
  const moved = manifests ? await Promise.all(recs.map(async (r) => ({ r, rev: await nowRevision(r) }))) : [];
  const changed = recs.filter(
    (r) =>
      patched.has(r.name) || moved.some((m) => m.r === r && m.rev !== undefined && (!r.exists || m.rev !== r.revision)),
  );
  let state: string;
  let result: 'rolled-back' | 'failed';
  const after = new Map<string, WatchResult>();
  if (!changed.length) {
    state = 'nothing was changed, so nothing was rolled back';
    result = 'failed';
  } else if (!o.rollback) {
    state = `left as is (rollback is false): ${changed.map((r) => `deployment/${r.name} ${ready(results.get(r.name)) || '?'} available`).join(', ')}`;
    result = 'failed';
  } else {
    const outcomes = await Promise.all(changed.map((r) => rollBack(kcOf(r.name), r, o, ctx, after)));
    const bad = outcomes.filter((x) => !x.ok);
    const single = changed.length === 1 && failed.length === 1 && changed[0].name === failed[0].name;
    if (bad.length) state = outcomes.map((x) => x.text).join(', ');
    else if (single) state = `rolled back to revision ${changed[0].revision}, ${outcomes[0].ready} ready`;
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
  writeSummary(ctx.summary, result === 'rolled-back' ? 'rolled back' : 'failed', rows, diagnoses, failure);
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
async function start(
  kc: Kubectl,
  o: DeployOptions,
  ctx: ToolContext,
  recs: Recorded[],
  manifests: PreparedManifests | undefined,
  patched: Set<string>,
): Promise<string | undefined> {
  const { logger } = ctx;
  const step = async (args: string[]) => {
    logger.info(`$ ${kc.display(args)}`);
    return kc.text(args, { quiet: true });
  };
  try {
    if (manifests) {
      const file = join(ctx.tempDir, `manifests-${randomBytes(6).toString('hex')}.yaml`);
      writeFileSync(file, manifests.text);
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
      } finally {
        rmSync(file, { force: true });
      }
      return undefined;
    }
    // allSettled: every patch has landed or failed before we decide what to roll back.
    const settled = await Promise.allSettled(
      recs.map(async (r) => {
        if (r.currentImage === o.image) {
          logger.info(`deployment/${r.name}: container ${r.container} already runs ${o.image}; no new revision`);
          return;
        }
        await step(['annotate', `deployment/${r.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
        await step(['set', 'image', `deployment/${r.name}`, `${r.container}=${o.image}`]);
        patched.add(r.name);
      }),
    );
    const firstFailure = settled
      .map((x, i) => (x.status === 'rejected' ? ([recs[i], x.reason] as const) : undefined))
      .find(Boolean);
    if (firstFailure) {
      const [r, reason] = firstFailure;
      if (reason instanceof KubectlError) return `deployment/${r.name}: the rollout could not start: ${reason.line}`;
      throw reason;
    }
    return undefined;
  } catch (e) {
    if (e instanceof KubectlError) return `the rollout could not start: ${e.line}`;
    throw e;
  }
}

async function rollBack(
  kc: Kubectl,
  r: Recorded,
  o: DeployOptions,
  ctx: ToolContext,
  after: Map<string, WatchResult>,
): Promise<{ ok: boolean; text: string; ready?: string }> {
  if (!r.exists || !r.revision)
    return { ok: false, text: `nothing to roll back deployment/${r.name} to: it did not exist before this run` };
  const args = ['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`];
  ctx.logger.info(`$ ${kc.display(args)}`);
  try {
    await kc.text(args, { quiet: true });
  } catch (e) {
    return {
      ok: false,
      text: `rollback of deployment/${r.name} to revision ${r.revision} failed: ${(e as Error).message}`,
    };
  }
  const w = await watchRollout(kc, r.name, {
    selector: r.selector,
    timeoutMs: o.timeoutMs,
    graceMs: o.unschedulableGraceMs,
    pollMs: POLL_MS,
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
