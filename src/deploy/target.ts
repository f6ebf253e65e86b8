// The one Deployment a blue-green or canary run is about, and its live Service: from
// deployments + image (read from the cluster) or from manifests (the Deployment and Service
// documents, images substituted).
import { KubectlError, type Kubectl } from './kubectl.js';
import { PreflightError } from './preflight.js';
import type { Obj } from './progressive.js';
import { findService, selects, templateLabels, type Service } from './service.js';
import type { Session } from './session.js';
import type { Deployment } from './status.js';

export interface Target {
  /** The Deployment's own name (`api`); colours and tracks are named after it. */
  base: string;
  kc: Kubectl;
  /** Where the new version's spec comes from: the live Deployment, or the manifest document. */
  source: Deployment;
  /** container → image to set on `source` (deployments + image); empty with manifests. */
  images: Map<string, string>;
  /** The live Service as it is in the cluster, if it exists. */
  service?: Service;
  serviceName: string;
  /** The Service document from the manifests, to create it when it does not exist yet. */
  serviceDoc?: Obj;
  /** Other manifest documents (ConfigMaps, …), applied as they are. */
  extra: Obj[];
  /** The Deployment `base` exists in the cluster. */
  exists: boolean;
}

async function getOrNone<T>(kc: Kubectl, args: string[]): Promise<T | undefined> {
  try {
    return await kc.json<T>(args, { quiet: true });
  } catch (e) {
    if (e instanceof KubectlError && e.notFound) return undefined;
    throw e;
  }
}

async function fromDeployments(s: Session): Promise<Target> {
  const t = s.o.targets[0];
  const kc = s.kc;
  const d = await getOrNone<Deployment>(kc, ['get', 'deployment', t.name]);
  if (!d)
    throw new PreflightError(
      `deployment/${t.name} not found in namespace ${s.ns}; check the name in input 'deployments' and the namespace`,
    );
  const containers = (d.spec.template.spec?.containers ?? []).map((c) => c.name);
  const container = t.container ?? (containers.length === 1 ? containers[0] : undefined);
  if (!container || !containers.includes(container))
    throw new PreflightError(
      `deployment/${t.name} has containers ${containers.join(', ')}; name the one to update in input 'deployments', e.g. ${t.name}/${containers[0]}`,
    );
  const service = await findService(s, d);
  return {
    base: t.name,
    kc,
    source: d,
    images: new Map([[container, s.o.image!]]),
    service,
    serviceName: service.metadata.name,
    extra: [],
    exists: true,
  };
}

async function fromManifests(s: Session): Promise<Target> {
  const m = s.manifests!;
  const deployments = m.docs.filter((d: Obj) => d.kind === 'Deployment');
  if (deployments.length !== 1)
    throw new PreflightError(
      `input 'manifests': strategy ${s.o.strategy} takes one Deployment, the manifests hold ${deployments.length}; run one step per Deployment`,
    );
  const doc = deployments[0] as Deployment;
  const base = doc.metadata.name;
  const kc = s.kcOf(base);
  const labels = templateLabels(doc);
  const services = m.docs.filter((d: Obj) => d.kind === 'Service');
  const serviceDoc =
    services.find((x: Obj) => x.metadata.name === s.o.service) ??
    (s.o.service ? undefined : services.find((x: Obj) => selects(x.spec?.selector, labels)));
  const serviceName = s.o.service ?? serviceDoc?.metadata.name;
  if (!serviceName)
    throw new PreflightError(
      `input 'manifests': strategy ${s.o.strategy} needs the live Service, and no Service in the manifests selects deployment/${base}; add one (or name it in input 'service')`,
    );
  const service = await getOrNone<Service>(kc, ['get', 'service', serviceName]);
  if (!service && !serviceDoc)
    throw new PreflightError(
      `input 'service': service/${serviceName} not found in namespace ${s.ns} nor in the manifests`,
    );
  const live = await getOrNone<Deployment>(kc, ['get', 'deployment', base]);
  return {
    base,
    kc,
    source: doc,
    images: new Map(),
    service,
    serviceName,
    serviceDoc,
    extra: m.docs.filter((d: Obj) => d !== doc && d !== serviceDoc),
    exists: !!live,
  };
}

export function resolveTarget(s: Session): Promise<Target> {
  return s.manifests ? fromManifests(s) : fromDeployments(s);
}

export { getOrNone };
