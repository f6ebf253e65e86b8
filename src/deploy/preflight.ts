// Before touching anything: kubectl is there, the cluster answers, we may do what we will do,
// and every deployment and container exists. Records each deployment's current revision.
import type { Logger } from '../core/logger.js';
import { KubectlError, type Kubectl } from './kubectl.js';
import { deadlineExceeded, revisionOf, selectorOf, type Deployment, type ReplicaSet } from './status.js';
import { ExternalError } from '../core/errors.js';

/** `holder until ISO-time`: the run rolling this Deployment out (issue 15: overlapping deploys). */
export const LEASE = 'shipline.dev/lease';

/** A problem found before anything changed: the step fails with this one line. */
export class PreflightError extends ExternalError {
  override readonly name = 'PreflightError';
}

export interface Recorded {
  name: string;
  /** Container to update (set-image mode). */
  container?: string;
  namespace: string;
  /** False when the deployment does not exist yet (manifests creating it). */
  exists: boolean;
  uid?: string;
  revision: number;
  /** Highest revision among its ReplicaSets (read for a dry run only): the next rollout becomes this + 1. */
  maxRevision: number;
  currentImage?: string;
  selector: string;
  replicas: number;
  staleDeadline?: string;
  resourceVersion?: string;
  /** Another run's `shipline.dev/lease` annotation, as found. */
  lease?: string;
}

/** Turn kubectl's failure to reach the cluster into one line saying what to fix. */
export function explainConnection(line: string, usingInput: boolean): string {
  const where = usingInput ? 'the kubeconfig input' : "the runner's kubeconfig (no kubeconfig input was given)";
  if (/error loading config file|couldn't get version\/kind|yaml:|json parse error/i.test(line))
    return `input 'kubeconfig': kubectl could not read it (${line.replace(/^error: /, '').replace(/"[^"]*kubeconfig[^"]*"/, 'the file')}); pass the whole kubeconfig file content, e.g. \${{ secrets.KUBECONFIG }}`;
  if (/context "[^"]*" does not exist|context was not found/i.test(line))
    return `input 'context': ${line}; use a context defined in ${where}`;
  if (/localhost:8080/.test(line) && !usingInput)
    return `no cluster configured: ${line}; set the kubeconfig input (or a current context on the runner)`;
  // "the server has asked for the client to provide credentials": the API server's text for a 401 (kubectl create prints it).
  if (/must be logged in|Unauthorized|asked for the client to provide credentials/i.test(line))
    return `the cluster rejected the credentials in ${where} (Unauthorized); refresh its token or certificate`;
  if (/forbidden/i.test(line)) return `the cluster refused the request: ${line}; grant the deploy user access`;
  if (/refused|no such host|i\/o timeout|dial tcp|unreachable|timed out|TLS|x509|certificate/i.test(line))
    return `the cluster in ${where} is unreachable: ${line}`;
  return `kubectl could not talk to the cluster: ${line}`;
}

export interface PreflightOptions {
  usingInput: boolean;
  logger: Logger;
}

type Versions = { clientVersion?: { gitVersion?: string }; serverVersion?: { gitVersion?: string } };

const parseVersions = (out: string): Versions | undefined => {
  try {
    return JSON.parse(out) as Versions;
  } catch {
    return undefined;
  }
};

/**
 * kubectl's client version, and the server's, proving the cluster answers. One `kubectl version
 * -o json` prints both; when it cannot reach the server it still prints clientVersion (and exits
 * 1), so only when even that is missing does a `--client` call tell a kubectl that does not run
 * from a kubeconfig it cannot read.
 */
export async function checkCluster(kc: Kubectl, o: PreflightOptions): Promise<{ client: string; server: string }> {
  const both = await kc.run(['version', '-o', 'json'], { timeoutMs: 45_000 });
  let versions = parseVersions(both.stdout);
  if (!versions?.clientVersion) {
    const client = await kc.run(['version', '--client', '-o', 'json']);
    if (client.exitCode !== 0)
      throw new PreflightError(`kubectl does not run: ${client.stderr.trim().split('\n').pop()}`);
    versions = { ...parseVersions(client.stdout), serverVersion: versions?.serverVersion };
  }
  const clientVersion = versions.clientVersion?.gitVersion ?? 'unknown';
  const serverVersion = both.exitCode === 0 ? (versions.serverVersion?.gitVersion ?? 'unknown') : undefined;
  if (!serverVersion)
    throw new PreflightError(
      explainConnection(
        both.stderr.trim().split('\n').filter(Boolean).pop() ?? `kubectl exited with code ${both.exitCode}`,
        o.usingInput,
      ),
    );
  return { client: clientVersion, server: serverVersion };
}

interface RsList {
  items: ReplicaSet[];
}

/**
 * Read one deployment (and, for a dry run's next revision, its ReplicaSets); `mustExist` false
 * lets manifests create it.
 */
export async function recordDeployment(
  kc: Kubectl,
  name: string,
  container: string | undefined,
  mustExist: boolean,
  requireContainer: boolean,
  namespaceHint: string,
  withReplicaSets = true,
): Promise<Recorded> {
  let d: Deployment;
  try {
    d = await kc.json<Deployment>(['get', 'deployment', name]);
  } catch (e) {
    if (e instanceof KubectlError && e.notFound) {
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
      throw new PreflightError(
        `deployment/${name} not found in namespace ${namespaceHint}; check the name in input 'deployments' and the namespace (kubectl get deployments -n ${namespaceHint})`,
      );
    }
    throw new PreflightError(`could not read deployment/${name}: ${(e as Error).message}`);
  }
  const namespace = d.metadata.namespace ?? namespaceHint;
  const containers = (d.spec.template.spec?.containers ?? []).map((c) => c.name);
  let target = container;
  if (requireContainer) {
    if (target && !containers.includes(target))
      throw new PreflightError(
        `container '${target}' not found in deployment/${name}; it has: ${containers.join(', ')}`,
      );
    if (!target) {
      if (containers.length !== 1)
        throw new PreflightError(
          `deployment/${name} has ${containers.length} containers (${containers.join(', ')}); name the one to update in input 'deployments', e.g. ${name}/${containers[0]}`,
        );
      target = containers[0];
    }
  }
  if (d.spec.paused)
    throw new PreflightError(
      `deployment/${name} is paused, so a rollout would never progress; resume it (kubectl rollout resume deployment/${name}) first`,
    );
  const selector = selectorOf(d);
  if (!selector) throw new PreflightError(`deployment/${name} has an empty selector; it cannot be watched`);
  // Only a dry run says the next revision; a real run reads it from the rollout it watches.
  const rs = withReplicaSets ? await kc.json<RsList>(['get', 'replicasets', '-l', selector]) : { items: [] };
  const owned = rs.items.filter((r) => (r.metadata.ownerReferences ?? []).some((o) => o.uid === d.metadata.uid));
  return {
    name,
    container: target,
    namespace,
    exists: true,
    uid: d.metadata.uid,
    revision: revisionOf(d),
    maxRevision: Math.max(revisionOf(d), ...owned.map(revisionOf)),
    currentImage: d.spec.template.spec?.containers?.find((c) => c.name === target)?.image,
    selector,
    replicas: d.spec.replicas ?? 1,
    staleDeadline: deadlineExceeded(d)?.lastUpdateTime,
    resourceVersion: d.metadata.resourceVersion,
    lease: d.metadata.annotations?.[LEASE],
  };
}
