// Services: find the live one of a Deployment, check that it fronts it, and switch its selector.
import { PreflightError } from './preflight.js';
import type { Session } from './session.js';
import type { Deployment, Meta } from './status.js';

export interface Service {
  metadata: Meta;
  spec: { selector?: Record<string, string>; ports?: Array<{ name?: string; port: number; targetPort?: unknown }> };
}

/** Every label of the selector is on the pod (an empty selector selects nothing here). */
export const selects = (selector: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);

export const selectorText = (sel: Record<string, string> | undefined) =>
  Object.entries(sel ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

export const templateLabels = (d: Deployment): Record<string, string> =>
  (d.spec.template as { metadata?: { labels?: Record<string, string> } }).metadata?.labels ?? {};

/**
 * The live Service of a Deployment: input 'service' (which must select its pods), or the one
 * Service of the namespace whose selector matches its pod template.
 */
export async function findService(s: Session, d: Deployment): Promise<Service> {
  const kc = s.kcOf(d.metadata.name);
  const labels = templateLabels(d);
  if (s.o.service) {
    const svc = await kc.json<Service>(['get', 'service', s.o.service]).catch(() => undefined);
    if (!svc)
      throw new PreflightError(
        `input 'service': service/${s.o.service} not found in namespace ${s.ns}; name the Service that fronts deployment/${d.metadata.name}`,
      );
    if (!selects(svc.spec.selector, labels))
      throw new PreflightError(
        `input 'service': service/${s.o.service} selects no pods of deployment/${d.metadata.name} (selector ${selectorText(svc.spec.selector) || 'empty'}, pod labels ${selectorText(labels)}); fix its selector or name the right Service`,
      );
    return svc;
  }
  const list = await kc.json<{ items: Service[] }>(['get', 'services']);
  const hits = list.items.filter(
    (x) => selects(withoutOurs(x.spec.selector), labels) && x.metadata.labels?.[ROLE] !== 'preview',
  );
  if (hits.length === 1) return hits[0];
  throw new PreflightError(
    hits.length
      ? `input 'service': ${hits.length} Services select deployment/${d.metadata.name} (${hits.map((h) => h.metadata.name).join(', ')}); name the live one`
      : `input 'service': no Service in namespace ${s.ns} selects deployment/${d.metadata.name} (pod labels ${selectorText(labels)}); create one, or name it`,
  );
}

/** The live Service's name for verification through the cluster (rolling). */
export async function liveServiceFor(s: Session, name: string): Promise<string> {
  if (s.o.service) return s.o.service;
  const d = await s.kcOf(name).json<Deployment>(['get', 'deployment', name]);
  return (await findService(s, d)).metadata.name;
}

/** The labels shipline adds (colour, track) are not part of what a Service must match on the original. */
export const COLOUR = 'shipline.dev/colour';
export const TRACK = 'shipline.dev/track';
/** On the preview Services shipline makes: never taken for the live one. */
export const ROLE = 'shipline.dev/role';
function withoutOurs(sel: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!sel) return sel;
  const { [COLOUR]: _c, [TRACK]: _t, ...rest } = sel;
  return rest;
}

/** Point a Service at pods with these labels, in one merge patch (every label of the selector at once). */
export async function switchSelector(
  s: Session,
  service: string,
  selector: Record<string, string>,
  old: Record<string, string>,
  annotations: Record<string, string | null> = {},
) {
  const patch: Record<string, string | null> = { ...selector };
  for (const k of Object.keys(old)) if (!(k in selector)) patch[k] = null;
  const body = { metadata: { annotations }, spec: { selector: patch } };
  const args = ['patch', `service/${service}`, '--type=merge', '-p', JSON.stringify(body)];
  s.ctx.logger.info(`$ ${s.kc.display(args)}`);
  const t0 = Date.now();
  await s.kc.text(args, { quiet: true });
  return Date.now() - t0;
}
