// Blue-green: the new version runs as `<name>-<colour>` beside the live one, behind a preview
// Service; once ready and verified, the live Service's selector (all its labels) switches to it
// in one patch, together with the state annotations a later promote/reject reads. The old
// colour stays up for scale-down-delay while the new one is watched; a failure then is a
// switch back. State: `shipline.dev/live`, `/previous`, `/pending` on the live Service.
import type { ToolResult } from '../core/tool.js';
import { outputs } from './outcome.js';
import { PreflightError } from './preflight.js';
import { applyObjects, derive, hold, remove, watchDeployment, type Obj } from './progressive.js';
import { COLOUR, ROLE, selectorText, switchSelector, templateLabels } from './service.js';
import type { Session } from './session.js';
import { step } from './start.js';
import type { Deployment } from './status.js';
import { getOrNone, resolveTarget, type Target } from './target.js';
import type { Result } from './types.js';
import { verify, writeVerification, type VerifyReport } from './verify.js';

export const LIVE = 'shipline.dev/live';
const cancelLine = (s: Session) => (s.ctx.signal.reason as Error | undefined)?.message ?? 'cancelled';
export const PREVIOUS = 'shipline.dev/previous';
export const PENDING = 'shipline.dev/pending';

const note = (t: Target, key: string) => t.service?.metadata.annotations?.[key];
const colourOf = (name: string, base: string) =>
  name === `${base}-blue` ? 'blue' : name === `${base}-green` ? 'green' : undefined;
/** The Service's selector without our colour: what every version's pods carry. */
const baseSelector = (t: Target): Record<string, string> => {
  const { [COLOUR]: _c, ...rest } = t.service?.spec.selector ?? t.serviceDoc?.spec?.selector ?? {};
  return rest;
};

interface Done {
  result: Result;
  live: string;
  failure?: string;
  lines: string[];
  verification?: VerifyReport;
}

export async function blueGreen(s: Session): Promise<ToolResult> {
  const t = await resolveTarget(s);
  const live = note(t, LIVE) ?? (t.service && t.exists ? t.base : undefined);
  if (s.o.dryRun.mode !== 'none') return dryPlan(s, t, live);
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
  const w = await watchDeployment(s, t.kc, name, templateLabels(obj));
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
  const source =
    live && live !== t.base ? ((await getOrNone<Deployment>(t.kc, ['get', 'deployment', live])) ?? t.source) : t.source;
  const replicas = source.spec.replicas ?? 1;
  const obj = derive(s, source, { name, labels: { [COLOUR]: colour }, images: t.images, replicas });
  const preview = serviceObject(t, `${t.serviceName}-preview`, { ...baseSelector(t), [COLOUR]: colour });
  await applyObjects(s, t.kc, [...t.extra, obj, preview]);
  lines.push(`deployment/${name} (${colour}) created beside ${live ? `deployment/${live}` : 'nothing live yet'}`);
  const w = await watchDeployment(s, t.kc, name, templateLabels(obj));
  const keepOld = async (why: string): Promise<Done> => {
    await remove(s, t.kc, [`deployment/${name}`, `service/${t.serviceName}-preview`]);
    return {
      result: 'failed',
      live: live ?? '',
      failure: `${why}; live stays on ${live ? `deployment/${live}` : 'nothing'} (deployment/${name} removed)`,
      lines,
    };
  };
  if (w.outcome !== 'complete')
    return keepOld(w.outcome === 'aborted' ? cancelLine(s) : `deployment/${name}: ${w.reason}`);
  let verification: VerifyReport | undefined;
  if (s.o.verify) {
    verification = await verify(s, `${t.serviceName}-preview`, `preview of ${colour}`);
    if (!verification.ok)
      return { ...(await keepOld(`verification of the preview failed: ${verification.reason}`)), verification };
  }
  if (s.ctx.signal.aborted) return { ...(await keepOld(`${cancelLine(s)} before the switch`)), verification };
  if (s.o.promotion === 'manual') {
    await step(s, t.kc, ['annotate', `service/${t.serviceName}`, `${PENDING}=${name}`, '--overwrite']);
    lines.push(`waiting for action: promote (or reject); service/${t.serviceName} still selects ${live ?? 'nothing'}`);
    return { result: 'deployed', live: live ?? '', lines, verification };
  }
  return { ...(await switchAndWatch(s, t, name, colour, live, lines)), verification };
}

/** Switch the live Service to `name`, watch it for scale-down-delay, switch back on a failure. */
async function switchAndWatch(
  s: Session,
  t: Target,
  name: string,
  colour: string,
  live: string | undefined,
  lines: string[],
): Promise<Done> {
  const ms = await switchTo(s, t, { [COLOUR]: colour }, { [LIVE]: name, [PREVIOUS]: live ?? null, [PENDING]: null });
  lines.push(`service/${t.serviceName} switched to deployment/${name} in one patch (${ms} ms)`);
  const problem = await hold(s, t.kc, name, { ...baseSelector(t), [COLOUR]: colour }, s.o.scaleDownDelayMs);
  if (problem && live && s.o.rollback) {
    const back = await switchTo(s, t, live === t.base ? {} : { [COLOUR]: colourOf(live, t.base)! }, {
      [LIVE]: live,
      [PREVIOUS]: name,
      [PENDING]: null,
    });
    await scale(s, t, name, 0);
    const failure = `deployment/${name}: ${problem.reason} on ${problem.pod} (${problem.detail}) after the switch; switched back to deployment/${live} (${back} ms of API time)`;
    lines.push(failure);
    return { result: 'rolled-back', live, failure, lines };
  }
  if (problem)
    return {
      result: 'failed',
      live: name,
      failure: `deployment/${name}: ${problem.reason} on ${problem.pod} (${problem.detail}) after the switch; left live (nothing to switch back to, or rollback is false)`,
      lines,
    };
  if (live) {
    await scale(s, t, live, 0);
    lines.push(
      `deployment/${live} scaled to 0 after ${Math.round(s.o.scaleDownDelayMs / 1000)} s (kept: reject or a redeploy brings it back)`,
    );
  }
  await remove(s, t.kc, [`service/${t.serviceName}-preview`]);
  return { result: s.o.action === 'promote' ? 'promoted' : 'deployed', live: name, lines };
}

async function promote(s: Session, t: Target, live: string | undefined): Promise<Done> {
  const pending = note(t, PENDING);
  if (!pending)
    throw new PreflightError(
      `input 'action': nothing to promote: service/${t.serviceName} has no blue-green deployment waiting (annotation ${PENDING} is not set); run action deploy with promotion manual first`,
    );
  const colour = colourOf(pending, t.base)!;
  const w = await watchDeployment(s, t.kc, pending, { ...baseSelector(t), [COLOUR]: colour });
  if (w.outcome !== 'complete')
    return {
      result: 'failed',
      live: live ?? '',
      failure: `deployment/${pending}: ${w.reason}; not promoted, live stays on ${live}`,
      lines: [],
    };
  return switchAndWatch(s, t, pending, colour, live, [`promoting deployment/${pending}`]);
}

async function reject(s: Session, t: Target): Promise<Done> {
  const pending = note(t, PENDING);
  const live = note(t, LIVE) ?? t.base;
  if (!pending)
    throw new PreflightError(
      `input 'action': nothing to reject: service/${t.serviceName} has no blue-green deployment waiting (annotation ${PENDING} is not set)`,
    );
  await remove(s, t.kc, [`deployment/${pending}`, `service/${t.serviceName}-preview`]);
  await step(s, t.kc, ['annotate', `service/${t.serviceName}`, `${PENDING}-`]);
  return {
    result: 'rejected',
    live,
    lines: [`deployment/${pending} removed; service/${t.serviceName} still selects deployment/${live}`],
  };
}

async function switchTo(
  s: Session,
  t: Target,
  colour: Record<string, string>,
  notes: Record<string, string | null>,
): Promise<number> {
  const selector = { ...baseSelector(t), ...colour };
  if (!t.service) {
    const svc = serviceObject(t, t.serviceName, selector);
    svc.metadata.annotations = {
      ...(svc.metadata.annotations ?? {}),
      ...Object.fromEntries(Object.entries(notes).filter(([, v]) => v !== null)),
    };
    const t0 = Date.now();
    await applyObjects(s, t.kc, [svc]);
    t.service = svc;
    return Date.now() - t0;
  }
  const old = t.service.spec.selector ?? {};
  const ms = await switchSelector(s, t.serviceName, selector, old, notes);
  t.service = {
    ...t.service,
    spec: { ...t.service.spec, selector },
    metadata: { ...t.service.metadata, annotations: merged(t.service.metadata.annotations, notes) },
  };
  s.ctx.logger.info(`service/${t.serviceName} now selects ${selectorText(selector)}`);
  return ms;
}

const merged = (a: Record<string, string> | undefined, b: Record<string, string | null>) => {
  const out = { ...(a ?? {}) };
  for (const [k, v] of Object.entries(b))
    if (v === null) delete out[k];
    else out[k] = v;
  return out;
};

function serviceObject(t: Target, name: string, selector: Record<string, string>): Obj {
  const src: Obj = t.service ?? t.serviceDoc;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name,
      namespace: src.metadata.namespace,
      labels:
        name === t.serviceName ? (src.metadata.labels ?? {}) : { ...(src.metadata.labels ?? {}), [ROLE]: 'preview' },
      annotations: name === t.serviceName ? (t.serviceDoc?.metadata?.annotations ?? {}) : {},
    },
    spec: {
      selector,
      ports: (src.spec.ports ?? []).map((p: Obj) => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort,
        protocol: p.protocol ?? 'TCP',
      })),
    },
  };
}

async function scale(s: Session, t: Target, name: string, replicas: number): Promise<void> {
  await step(s, t.kc, ['patch', `deployment/${name}`, '--type=merge', '-p', JSON.stringify({ spec: { replicas } })]);
}
