// What the blue-green steps share: the state annotations on the live Service, the colour of a
// Deployment, the Service's selector without our colour, the one-patch switch, and scaling.
import { applyObjects, type Obj } from './progressive.js';
import { COLOUR, ROLE, selectorText, switchSelector } from './service.js';
import type { Session } from './session.js';
import { step } from './start.js';
import type { Target } from './target.js';
import type { Result } from './types.js';
import type { VerifyReport } from './verify.js';

export const LIVE = 'shipline.dev/live';
export const PREVIOUS = 'shipline.dev/previous';
export const PENDING = 'shipline.dev/pending';
/**
 * Set on the switch, while the previous colour is kept up (scale-down-delay): a `reject` then
 * switches back to it. Cleared when the previous colour is scaled down.
 */
export const SCALE_DOWN_AT = 'shipline.dev/scale-down-at';

export interface Done {
  result: Result;
  live: string;
  failure?: string;
  lines: string[];
  verification?: VerifyReport;
}

export const cancelLine = (s: Session) => (s.ctx.signal.reason as Error | undefined)?.message ?? 'cancelled';
export const note = (t: Target, key: string) => t.service?.metadata.annotations?.[key];
export const colourOf = (name: string, base: string) =>
  name === `${base}-blue` ? 'blue' : name === `${base}-green` ? 'green' : undefined;
/** The colour label that selects `name`'s pods (none for the uncoloured original). */
export const colourLabel = (name: string, base: string): Record<string, string> =>
  name === base ? {} : { [COLOUR]: colourOf(name, base)! };

/** The Service's selector without our colour: what every version's pods carry. */
export const baseSelector = (t: Target): Record<string, string> => {
  const { [COLOUR]: _c, ...rest } = t.service?.spec.selector ?? t.serviceDoc?.spec?.selector ?? {};
  return rest;
};

/** Point the live Service at `colour` with the state annotations `notes` (null removes one), in one patch. */
export async function switchTo(
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

/** The live Service (`t.serviceName`) or a preview beside it, with the live one's ports. */
export function serviceObject(t: Target, name: string, selector: Record<string, string>): Obj {
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

export async function scale(s: Session, t: Target, name: string, replicas: number): Promise<void> {
  await step(s, t.kc, ['patch', `deployment/${name}`, '--type=merge', '-p', JSON.stringify({ spec: { replicas } })]);
}
