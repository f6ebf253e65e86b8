// Blue-green: the new version runs as `<name>-<colour>` beside the live one, behind a preview
// Service; once ready and verified, the live Service's selector (all its labels) switches to it
// in one patch, together with the state annotations a later promote/reject reads. The old
// colour stays up for scale-down-delay while the new one is watched; a failure then, or a
// reject, is a switch back. State: `shipline.dev/live`, `/previous`, `/pending`,
// `/scale-down-at` on the live Service, which is also what a run leases.
import type { ToolResult } from '../core/tool.js';
import {
  baseSelector,
  cancelLine,
  colourOf,
  note,
  LIVE,
  PENDING,
  PREVIOUS,
  SCALE_DOWN_AT,
  scale,
  serviceObject,
  switchTo,
  type Done,
} from './colours.js';
import { releaseLeases, takeLeases } from './lease.js';
import { outputs } from './outcome.js';
import { LEASE, PreflightError } from './preflight.js';
import { applyObjects, derive, remove, sameTemplate, watchDeployment } from './progressive.js';
import { COLOUR, templateLabels } from './service.js';
import type { Session } from './session.js';
import { step } from './start.js';
import type { Deployment } from './status.js';
import { promote, reject, switchAndWatch } from './switch.js';
import { getOrNone, resolveTarget, type Target } from './target.js';
import { verify, writeVerification, type VerifyReport } from './verify.js';

export { LIVE, PENDING, PREVIOUS };

const liveOf = (t: Target) => note(t, LIVE) ?? (t.service && t.exists ? t.base : undefined);

export async function blueGreen(s: Session): Promise<ToolResult> {
  let t = await resolveTarget(s);
  if (s.o.dryRun.mode !== 'none') return dryPlan(s, t, liveOf(t));
  // A reject within another run's scale-down-delay goes before that run, which watches the
  // Service and stops when it is switched back; everything else waits or fails (on-conflict).
  const takeOver =
    s.o.action === 'reject' && !note(t, PENDING) && note(t, SCALE_DOWN_AT)
      ? 'action reject within its scale-down-delay'
      : undefined;
  // No Service yet (the first run from manifests): nothing to lease until this run creates it.
  const seen = t.service && { resourceVersion: t.service.metadata.resourceVersion, lease: note(t, LEASE) };
  const leases = seen ? await takeLeases(s, [{ ref: `service/${t.serviceName}`, kc: t.kc, seen }], { takeOver }) : [];
  try {
    // What another run did while this one waited for the lease counts: read it all again. Not
    // when the lease was free and written against the Service as read: no run came between.
    if (leases.length && !leases[0].unchanged) t = await resolveTarget(s);
    const live = liveOf(t);
    const done =
      s.o.action === 'promote'
        ? await promote(s, t, live)
        : s.o.action === 'reject'
          ? await reject(s, t)
          : await deploy(s, t, live);
    s.ctx.summary.heading(`k8s deploy (blue-green): ${done.result}`, 2);
    if (done.failure) s.ctx.summary.paragraph(`**${done.failure}**`);
    s.ctx.summary.list(done.lines);
    if (done.verification) writeVerification(s.ctx.summary, done.verification);
    return { outputs: outputs({ result: done.result, live: done.live, reason: done.failure }), failure: done.failure };
  } finally {
    await releaseLeases(leases);
  }
}

function dryPlan(s: Session, t: Target, live: string | undefined): ToolResult {
  const next = live === `${t.base}-blue` ? `${t.base}-green` : `${t.base}-blue`;
  s.ctx.logger.info(
    `dry run (${s.o.dryRun.reason}): would ${s.o.action} blue-green: deployment/${next} beside ${live ?? 'nothing'}, service/${t.serviceName}-preview, then switch service/${t.serviceName}`,
  );
  return { outputs: outputs({ result: 'dry-run', live: live ?? '' }) };
}

/**
 * The first blue-green run: the live Service selects the uncoloured Deployment by labels that a
 * new colour's pods carry too, so it would send them traffic before any check. The live version
 * moves into `<name>-green` first (same images), the Service switches to it, the original is
 * scaled to 0; from then on the colours are told apart by the colour label alone.
 */
async function adopt(s: Session, t: Target, lines: string[]): Promise<string> {
  const name = `${t.base}-green`;
  const obj = derive(s, t.source, { name, labels: { [COLOUR]: 'green' }, replicas: t.source.spec.replicas ?? 1 });
  await applyObjects(s, t.kc, [obj]);
  const w = await watchDeployment(s, t.kc, name, templateLabels(obj), undefined, obj);
  if (w.outcome !== 'complete')
    throw new PreflightError(
      `deployment/${name} (the live version, moved into a colour first) did not come up: ${w.reason}`,
    );
  await switchTo(s, t, { [COLOUR]: 'green' }, { [LIVE]: name, [PREVIOUS]: t.base, [PENDING]: null });
  await scale(s, t, t.base, 0);
  lines.push(
    `first blue-green run: the live version moved from deployment/${t.base} into deployment/${name} (same images), service/${t.serviceName} switched to it, deployment/${t.base} scaled to 0`,
  );
  return name;
}

async function deploy(s: Session, t: Target, current: string | undefined): Promise<Done> {
  const lines: string[] = [];
  const live = current === t.base && t.service ? await adopt(s, t, lines) : current;
  const colour = colourOf(live ?? '', t.base) === 'blue' ? 'green' : 'blue';
  const name = `${t.base}-${colour}`;
  if (note(t, SCALE_DOWN_AT)) {
    // A run killed within its scale-down-delay left the previous colour up for a reject; this
    // version goes into that colour, so the reject window is over.
    await step(s, t.kc, ['annotate', `service/${t.serviceName}`, `${SCALE_DOWN_AT}-`]);
    lines.push(`deployment/${name}, kept up for a reject by an earlier run, takes this version`);
  }
  const source =
    live && live !== t.base ? ((await getOrNone<Deployment>(t.kc, ['get', 'deployment', live])) ?? t.source) : t.source;
  const replicas = source.spec.replicas ?? 1;
  const obj = derive(s, source, { name, labels: { [COLOUR]: colour }, images: t.images, replicas });
  const preview = serviceObject(t, `${t.serviceName}-preview`, { ...baseSelector(t), [COLOUR]: colour });
  await applyObjects(s, t.kc, [...t.extra, obj, preview]);
  lines.push(`deployment/${name} (${colour}) created beside ${live ? `deployment/${live}` : 'nothing live yet'}`);
  const w = await watchDeployment(s, t.kc, name, templateLabels(obj), undefined, obj);
  const livePart = `live stays on ${live ? `deployment/${live}` : 'nothing'}`;
  const keepOld = async (why: string): Promise<Done> => {
    await remove(s, t.kc, [`deployment/${name}`, `service/${t.serviceName}-preview`]);
    return { result: 'failed', live: live ?? '', failure: `${why}; ${livePart} (deployment/${name} removed)`, lines };
  };
  // Another run changed the new colour under this one: not ours to report, switch to or remove.
  const replaced = (why: string): Done => ({
    result: 'failed',
    live: live ?? '',
    failure: `deployment/${name}: ${why}; ${livePart}, deployment/${name} left to the run that changed it`,
    lines,
  });
  if (w.outcome === 'replaced') return replaced(w.reason!);
  if (w.outcome !== 'complete')
    return keepOld(w.outcome === 'aborted' ? cancelLine(s) : `deployment/${name}: ${w.reason}`);
  let verification: VerifyReport | undefined;
  if (s.o.verify) {
    verification = await verify(s, `${t.serviceName}-preview`, `preview of ${colour}`);
    if (!verification.ok)
      return { ...(await keepOld(`verification of the preview failed: ${verification.reason}`)), verification };
  }
  if (s.ctx.signal.aborted) return { ...(await keepOld(`${cancelLine(s)} before the switch`)), verification };
  // Still what this run applied, right before traffic goes to it.
  const now = await getOrNone<Deployment>(t.kc, ['get', 'deployment', name]);
  const changed = now ? sameTemplate(obj)(now) : 'it was deleted by another run before the switch';
  if (changed) return { ...replaced(changed), verification };
  if (s.o.promotion === 'manual') {
    await step(s, t.kc, ['annotate', `service/${t.serviceName}`, `${PENDING}=${name}`, '--overwrite']);
    lines.push(`waiting for action: promote (or reject); service/${t.serviceName} still selects ${live ?? 'nothing'}`);
    return { result: 'deployed', live: live ?? '', lines, verification };
  }
  return { ...(await switchAndWatch(s, t, name, colour, live, lines)), verification };
}
