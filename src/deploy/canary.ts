// Canary: `<name>-canary` (the new version) and `<name>-baseline` (the old one, as many pods)
// beside the main Deployment, all selected by the live Service, so their share of pods is
// their share of traffic. Each step scales the canary, watches its pods with the same fail-fast
// as a rolling update, verifies it through `<service>-canary`, and holds for canary-pause; any
// failure rejects (removes canary, baseline, preview). At 100 the main Deployment rolls out the
// new version (a rolling deploy with its own fail-fast and rollback) and the canary goes.
// State for a later promote/reject: `shipline.dev/canary` on the main Deployment.
import type { ToolResult } from '../core/tool.js';
import { releaseLeases, takeLeases } from './lease.js';
import { outputs } from './outcome.js';
import { LEASE, PreflightError } from './preflight.js';
import { applyObjects, derive, hold, remove, share, watchDeployment, type Obj } from './progressive.js';
import { rolling } from './rolling.js';
import { ROLE, selectorText, templateLabels, TRACK } from './service.js';
import type { Session } from './session.js';
import { step } from './start.js';
import type { Deployment } from './status.js';
import { getOrNone, resolveTarget, type Target } from './target.js';
import type { Result } from './types.js';
import { verify, writeVerification, type VerifyReport } from './verify.js';

export const STATE = 'shipline.dev/canary';
const cancelled = (s: Session) => (s.ctx.signal.reason as Error | undefined)?.message ?? 'cancelled';

interface Names {
  canary: string;
  baseline: string;
  preview: string;
}
const namesOf = (t: Target): Names => ({
  canary: `${t.base}-canary`,
  baseline: `${t.base}-baseline`,
  preview: `${t.serviceName}-canary`,
});

/** Canary pods for a share of `p` % beside `replicas` main pods (at least one). */
export const canaryReplicas = (replicas: number, p: number) => Math.max(1, Math.round((replicas * p) / 100));

interface Done {
  result: Result;
  failure?: string;
  lines: string[];
  verification?: VerifyReport;
}

export async function canary(s: Session): Promise<ToolResult> {
  let t = await resolveTarget(s);
  if (!t.exists && s.o.action === 'deploy') {
    s.ctx.logger.info(
      `deployment/${t.base} does not exist yet: no old version to compare a canary with; rolling it out`,
    );
    return rolling(s);
  }
  if (!t.exists)
    throw new PreflightError(`deployment/${t.base} not found in namespace ${s.ns}; nothing to ${s.o.action}`);
  if (s.o.dryRun.mode !== 'none') {
    s.ctx.logger.info(
      `dry run (${s.o.dryRun.reason}): would ${s.o.action} canary ${namesOf(t).canary} in steps ${s.o.canarySteps.join(',')}`,
    );
    return { outputs: outputs({ result: 'dry-run', live: t.base }) };
  }
  // The main Deployment carries the canary's state and is what a rolling deploy leases too, so
  // a canary, its promote or reject, and a rolling deploy of it exclude each other.
  // With deployments + image, the Deployment as read is the lease's first try.
  const seen = s.manifests
    ? undefined
    : { resourceVersion: t.source.metadata.resourceVersion, lease: t.source.metadata.annotations?.[LEASE] };
  const leases = await takeLeases(s, [{ ref: `deployment/${t.base}`, kc: t.kc, seen }]);
  try {
    // Read again under the lease: another run may have changed it while this one waited (not
    // when the lease was written against the Deployment as read: nothing came between).
    if (!leases[0].unchanged) t = await resolveTarget(s);
    return await act({ ...s, leased: true }, t);
  } finally {
    await releaseLeases(leases);
  }
}

async function act(s: Session, t: Target): Promise<ToolResult> {
  const main = await getOrNone<Deployment>(t.kc, ['get', 'deployment', t.base]);
  if (!main) throw new PreflightError(`deployment/${t.base} not found in namespace ${s.ns}; nothing to ${s.o.action}`);
  const state = main.metadata.annotations?.[STATE];
  if (s.o.action === 'promote') {
    if (!state)
      throw new PreflightError(
        `input 'action': nothing to promote: deployment/${t.base} has no canary waiting (annotation ${STATE} is not set); run action deploy with promotion manual first`,
      );
    return finish(s, t, await promoteMain(s, t, [`promoting the canary of deployment/${t.base}`]));
  }
  if (s.o.action === 'reject') {
    if (!state)
      throw new PreflightError(
        `input 'action': nothing to reject: deployment/${t.base} has no canary (annotation ${STATE} is not set)`,
      );
    await cleanUp(s, t);
    return finish(s, t, {
      result: 'rejected',
      lines: [`canary of deployment/${t.base} removed; deployment/${t.base} unchanged`],
    });
  }
  return finish(s, t, await steps(s, t, main));
}

function finish(s: Session, t: Target, d: Done): ToolResult {
  s.ctx.summary.heading(`k8s deploy (canary): ${d.result}`, 2);
  if (d.failure) s.ctx.summary.paragraph(`**${d.failure}**`);
  s.ctx.summary.list(d.lines);
  if (d.verification) writeVerification(s.ctx.summary, d.verification);
  return { outputs: outputs({ result: d.result, live: t.base, reason: d.failure }), failure: d.failure };
}

async function steps(s: Session, t: Target, main: Deployment): Promise<Done> {
  const n = namesOf(t);
  const replicas = main.spec.replicas ?? 1;
  const lines: string[] = [];
  const sel = { ...(t.service?.spec.selector ?? t.serviceDoc?.spec?.selector ?? {}) };
  const preview: Obj = {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: n.preview, namespace: main.metadata.namespace, labels: { [ROLE]: 'preview' } },
    spec: { selector: { ...sel, [TRACK]: 'canary' }, ports: (t.service ?? t.serviceDoc).spec.ports },
  };
  let verification: VerifyReport | undefined;
  const reject = async (why: string): Promise<Done> => {
    await cleanUp(s, t);
    lines.push(`rejected: ${why}`);
    return {
      result: 'rejected',
      failure: `${why}; canary rejected, deployment/${t.base} unchanged`,
      lines,
      verification,
    };
  };
  if (t.extra.length) await applyObjects(s, t.kc, t.extra);
  for (const p of s.o.canarySteps.filter((x) => x < 100)) {
    const c = canaryReplicas(replicas, p);
    const b = s.o.baseline ? c : 0;
    const objs = [
      derive(s, t.source, {
        name: n.canary,
        labels: { [TRACK]: 'canary' },
        images: t.images,
        replicas: c,
        annotations: { [STATE]: String(p) },
      }),
      ...(b ? [derive(s, main, { name: n.baseline, labels: { [TRACK]: 'baseline' }, replicas: b })] : []),
      preview,
    ];
    await applyObjects(s, t.kc, objs);
    const at = `step ${p} %: canary ${share(c, replicas + c + b)} of service/${t.serviceName}${b ? `, baseline ${b}` : ''}`;
    s.ctx.logger.info(at);
    lines.push(at);
    const w = await watchDeployment(s, t.kc, n.canary, templateLabels(objs[0]), 'canary', objs[0]);
    if (w.outcome === 'replaced') {
      // Another run's canary now: not ours to remove.
      const failure = `deployment/${n.canary} at ${p} %: ${w.reason}; left to the run that changed it, deployment/${t.base} unchanged`;
      return { result: 'failed', failure, lines: [...lines, failure], verification };
    }
    if (w.outcome !== 'complete')
      return reject(
        w.outcome === 'aborted' ? `${cancelled(s)} at ${p} %` : `deployment/${n.canary} at ${p} %: ${w.reason}`,
      );
    if (s.o.verify) {
      verification = await verify(s, n.preview, `canary at ${p} %`);
      if (!verification.ok) return reject(`verification of the canary at ${p} % failed: ${verification.reason}`);
    }
    const problem = await hold(s, t.kc, n.canary, templateLabels(objs[0]), s.o.canaryPauseMs);
    if (problem)
      return reject(`deployment/${n.canary} at ${p} %: ${problem.reason} on ${problem.pod} (${problem.detail})`);
    if (s.ctx.signal.aborted) return reject(`${cancelled(s)} at ${p} %`);
  }
  if (s.o.promotion === 'manual') {
    const last = s.o.canarySteps.filter((x) => x < 100).pop() ?? 0;
    await step(s, t.kc, ['annotate', `deployment/${t.base}`, `${STATE}=${last}`, '--overwrite']);
    lines.push(`waiting for action: promote (or reject) at ${last} %`);
    return { result: 'deployed', lines, verification };
  }
  return { ...(await promoteMain(s, t, lines)), verification };
}

/** 100 %: the main Deployment rolls out the new version (rolling, with its rollback); then the canary goes. */
async function promoteMain(s: Session, t: Target, lines: string[]): Promise<Done> {
  if (!s.manifests) {
    const canaryDep = await getOrNone<Deployment>(t.kc, ['get', 'deployment', namesOf(t).canary]);
    const running = canaryDep?.spec.template.spec?.containers?.find((c) => t.images.has(c.name));
    if (running && running.image !== t.images.get(running.name))
      throw new PreflightError(
        `input 'image': the canary runs ${running.image}, not ${t.images.get(running.name)}; promote the image the canary ran (or reject it)`,
      );
  }
  const r = await rolling({
    ...s,
    o: { ...s.o, strategy: 'rolling', verify: s.o.verify && !s.o.verify.url.startsWith('/') ? s.o.verify : undefined },
  });
  if (r.failure) {
    await cleanUp(s, t);
    return {
      result: r.outputs.result as Result,
      failure: `promotion: ${r.failure}`,
      lines: [...lines, 'promotion failed; canary removed'],
    };
  }
  await cleanUp(s, t);
  lines.push(
    `deployment/${t.base} rolled out the new version; canary and baseline removed (selector ${selectorText(t.service?.spec.selector)})`,
  );
  return { result: s.o.action === 'promote' ? 'promoted' : 'deployed', lines };
}

async function cleanUp(s: Session, t: Target): Promise<void> {
  const n = namesOf(t);
  await remove(s, t.kc, [`deployment/${n.canary}`, `deployment/${n.baseline}`, `service/${n.preview}`]);
  await t.kc.run(['annotate', `deployment/${t.base}`, `${STATE}-`], {
    quiet: true,
    afterCancel: true,
    timeoutMs: 5000,
  });
}
