// What every strategy starts from: the manifests read, the cluster reached with the access the
// run needs, the namespace known, and one kubectl per namespace.
import { load } from 'js-yaml';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { NO_CLUSTER, offlineDryRun } from './dry.js';
import type { Kubectl } from './kubectl.js';
import { prepareManifests, type PreparedManifests } from './manifests.js';
import { checkAccess } from './access.js';
import { checkCluster, PreflightError } from './preflight.js';
import type { DeployOptions } from './types.js';

export interface Session {
  kc: Kubectl;
  o: DeployOptions;
  ctx: ToolContext;
  ns: string;
  manifests?: PreparedManifests;
  /** The kubectl of a deployment's own namespace (a manifest may name one). */
  kcOf(name: string): Kubectl;
  /** A canary's promotion rolls the main Deployment out under the lease the canary run holds. */
  leased?: boolean;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

async function readManifests(o: DeployOptions, ctx: ToolContext): Promise<PreparedManifests | undefined> {
  if (!o.manifests.length) return undefined;
  const m = await prepareManifests(o.manifests, ctx.cwd, o.images, o.changeCause, {
    imagePullSecrets: o.imagePullSecrets,
    annotations: o.annotate ? runAnnotations(ctx) : {},
  });
  ctx.logger.info(
    `manifests: ${plural(m.files.length, 'file')}, ${plural(m.deployments.length, 'deployment')}, ${plural(m.substitutions, 'image substitution')}`,
  );
  for (const u of m.unused) ctx.logger.warning(`input 'images': ${u} matches no container image in the manifests`);
  for (const w of m.unwatched)
    ctx.logger.info(`${w}: applied, not watched (Jobs and CronJobs run on their own schedule)`);
  return m;
}

/** The annotations `annotate` writes on every object: where it came from. */
export function runAnnotations(ctx: ToolContext): Record<string, string> {
  const e = ctx.event;
  const out: Record<string, string> = {};
  if (e.runUrl) out['shipline.dev/run-url'] = e.runUrl;
  if (e.sha) out['shipline.dev/commit'] = e.sha;
  if (e.actor) out['shipline.dev/actor'] = e.actor;
  return out;
}

function permissionsFor(o: DeployOptions, manifests: boolean): Array<[string, string]> {
  const p: Array<[string, string]> = [
    ['patch', 'deployments.apps'],
    ['list', 'replicasets.apps'],
    ['list', 'pods'],
  ];
  if (manifests || o.strategy !== 'rolling') p.push(['create', 'deployments.apps']);
  if (o.strategy !== 'rolling') p.push(['patch', 'services'], ['delete', 'deployments.apps']);
  if (o.verify?.url.startsWith('/')) p.push(['get', 'services/proxy']);
  return p;
}

/** The part of a kubeconfig namespaceIn reads; anything else in the file may be any shape. */
interface KubeconfigContexts {
  'current-context'?: unknown;
  contexts?: unknown;
}

/**
 * The namespace of the context kubectl uses (`--context`, else current-context) in the
 * kubeconfig input: what `kubectl config view --minify` reads from that file (with --kubeconfig,
 * kubectl reads only it), without a process. undefined when there is no input; '' when the
 * context names none.
 */
export function namespaceIn(kubeconfig: string | undefined, context: string | undefined): string | undefined {
  if (!kubeconfig) return undefined;
  let doc: KubeconfigContexts | undefined;
  try {
    doc = load(kubeconfig) as KubeconfigContexts | undefined;
  } catch {
    return undefined;
  }
  const name = context || doc?.['current-context'];
  const contexts = (Array.isArray(doc?.contexts) ? doc.contexts : []) as Array<{
    name?: unknown;
    context?: { namespace?: unknown };
  } | null>;
  const ns = contexts.find((c) => c?.name === name)?.context?.namespace;
  return typeof ns === 'string' ? ns : '';
}

/** The namespace input, else the kubeconfig context's, else `default`. */
async function namespaceOf(kc: Kubectl, o: DeployOptions): Promise<string> {
  const inInput = o.namespace ?? namespaceIn(o.kubeconfig, o.context);
  if (inInput !== undefined) return inInput || 'default';
  return (await kc.run(['config', 'view', '--minify', '-o', 'jsonpath={..namespace}'])).stdout.trim() || 'default';
}

/** Open the session, or (no cluster under a dry run) the offline dry run's result. */
export async function openSession(kc: Kubectl, o: DeployOptions, ctx: ToolContext): Promise<Session | ToolResult> {
  const manifests = await readManifests(o, ctx);
  let versions: { client: string; server: string };
  let ns: string;
  try {
    versions = await checkCluster(kc, { usingInput: !!o.kubeconfig, logger: ctx.logger });
    ns = await namespaceOf(kc, o);
    // /version is often public: the permission checks are what prove the credentials work.
    await checkAccess(kc, permissionsFor(o, !!manifests), ns, !!o.kubeconfig);
  } catch (e) {
    if (e instanceof PreflightError && o.dryRun.mode === 'server-or-client' && NO_CLUSTER.test(e.message))
      return offlineDryRun(kc, o, ctx, manifests, e.message);
    throw e;
  }
  ctx.logger.info(`kubectl ${versions.client}; cluster ${versions.server}; namespace ${ns}`);
  const spaces = new Map((manifests?.deployments ?? []).map((d) => [d.name, kc.inNamespace(d.namespace)]));
  return { kc, o, ctx, ns, manifests, kcOf: (name) => spaces.get(name) ?? kc };
}
