// Dry run: print the exact commands a real run makes, and have the API server validate the
// changing ones with --dry-run=server; a cluster that refuses server dry runs (a webhook with
// side effects, an old API server) gets --dry-run=client, unless dry-run is `server`.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { APPLY, KubectlError, type Kubectl } from './kubectl.js';
import type { PreparedManifests } from './manifests.js';
import type { Recorded } from './preflight.js';
import type { DeployOptions } from './types.js';

const REFUSES_DRY_RUN = /dry.?run/i;

function outputs(recs: Recorded[], next: (r: Recorded) => number): Record<string, string> {
  const fmt = (pick: (r: Recorded) => number) =>
    recs.length === 1 ? String(pick(recs[0]) || '') : recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
  return { result: 'dry-run', revision: fmt(next), 'previous-revision': fmt((r) => r.revision), reason: '' };
}

export async function dryRun(
  kc: Kubectl,
  o: DeployOptions,
  ctx: ToolContext,
  recs: Recorded[],
  manifests: PreparedManifests | undefined,
): Promise<ToolResult> {
  const { logger } = ctx;
  const file = manifests ? join(ctx.tempDir, `manifests-${randomBytes(6).toString('hex')}.yaml`) : undefined;
  const commands: string[][] = [];
  if (manifests && file) commands.push([...APPLY, '-f', file]);
  else {
    for (const r of recs) {
      if (r.currentImage === o.image) continue;
      commands.push(['annotate', `deployment/${r.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
      commands.push(['set', 'image', `deployment/${r.name}`, `${r.container}=${o.image}`]);
    }
  }
  logger.info(
    `dry run (${o.dryRun.reason}): a real run would make these changes, then watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`,
  );
  for (const c of commands) logger.info(`  ${kc.display(c)}`);
  if (o.rollback)
    for (const r of recs.filter((x) => x.exists && x.revision))
      logger.info(
        `  on failure: ${kc.display(['rollout', 'undo', `deployment/${r.name}`, `--to-revision=${r.revision}`])}`,
      );
  if (!commands.length) logger.info('  (nothing: every container already runs the image)');
  if (manifests && file) writeFileSync(file, manifests.text);
  let mode: 'server' | 'client' = 'server';
  try {
    for (const c of commands) {
      try {
        await kc.text([...c, `--dry-run=${mode}`]);
      } catch (e) {
        if (!(e instanceof KubectlError)) throw e;
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
  } finally {
    if (file) rmSync(file, { force: true });
  }
  logger.info(
    `dry run: ${commands.length} command${commands.length === 1 ? '' : 's'} validated with --dry-run=${mode}; nothing was changed`,
  );
  ctx.summary
    .heading('k8s deploy: dry run', 2)
    .paragraph(`Validated with \`--dry-run=${mode}\`; nothing was changed.`)
    .code(commands.map((c) => kc.display(c)).join('\n') || '(no change)', 'sh');
  const changes = (r: Recorded) => (manifests ? true : r.currentImage !== o.image);
  return { outputs: outputs(recs, (r) => (changes(r) ? r.maxRevision + 1 : r.revision)) };
}

/** Preflight messages that mean "there is no cluster to ask", not "the cluster said no". */
export const NO_CLUSTER = /no cluster configured|is unreachable|could not talk to the cluster/;

/**
 * A dry run with no reachable cluster (a laptop, the demo, act without a kubeconfig): print
 * the commands a real run would make, say plainly that nothing validated them, and pass. With
 * `dry-run: server` the caller asked for a server's verdict, so that still fails.
 */
export function offlineDryRun(
  kc: Kubectl,
  o: DeployOptions,
  ctx: ToolContext,
  manifests: PreparedManifests | undefined,
  why: string,
): ToolResult {
  const { logger } = ctx;
  const commands: string[][] = [];
  if (manifests) commands.push([...APPLY, '-f', '<the manifests below, images substituted>']);
  else {
    for (const t of o.targets) {
      commands.push(['annotate', `deployment/${t.name}`, `kubernetes.io/change-cause=${o.changeCause}`, '--overwrite']);
      commands.push(['set', 'image', `deployment/${t.name}`, `${t.container ?? '<its container>'}=${o.image}`]);
    }
  }
  logger.warning(`dry run without a cluster: ${why}; the commands below were NOT validated by a server`);
  const plan = progressivePlan(o);
  if (plan) logger.info(`dry run (${o.dryRun.reason}): ${plan}`);
  if (o.action !== 'deploy') {
    ctx.summary.heading('k8s deploy: dry run (no cluster)', 2).paragraph(`No cluster answered (${why}): ${plan}.`);
    return { outputs: { result: 'dry-run', revision: '', 'previous-revision': '', reason: `not validated: ${why}` } };
  }
  logger.info(
    `dry run (${o.dryRun.reason}): a real run would check access, record each deployment's revision, then make these changes and watch the new pods for up to ${Math.round(o.timeoutMs / 1000)} s:`,
  );
  for (const c of commands) logger.info(`  ${kc.display(c)}`);
  const s = ctx.summary
    .heading('k8s deploy: dry run (no cluster)', 2)
    .paragraph(
      `No cluster answered (${why}), so these commands were printed but **not validated**; nothing was changed.`,
    )
    .code(commands.map((c) => kc.display(c)).join('\n'), 'sh');
  if (manifests) {
    for (const d of manifests.deployments)
      logger.info(`  deployment/${d.name}${d.namespace ? ` in ${d.namespace}` : ''} from the manifests`);
    s.details('Manifests as they would be applied', '```yaml\n' + manifests.text + '\n```');
  }
  return { outputs: { result: 'dry-run', revision: '', 'previous-revision': '', reason: `not validated: ${why}` } };
}

/** What a blue-green or canary run would do, in one line (rolling: undefined, the commands say it). */
function progressivePlan(o: DeployOptions): string | undefined {
  const manual = o.promotion === 'manual';
  if (o.strategy === 'canary')
    return o.action === 'deploy'
      ? `would deploy canary in steps ${o.canarySteps.join(',')}${o.baseline ? ' beside a baseline' : ''}, ${manual ? 'stopping before 100 % until action promote' : 'then roll the main deployment out to it'}`
      : o.action === 'promote'
        ? "would promote canary: the main deployment rolls out the canary's image, canary and baseline are removed"
        : 'would reject canary: canary and baseline are removed, the main deployment is left as it is';
  if (o.strategy === 'blue-green')
    return o.action === 'deploy'
      ? `would deploy blue-green: the new colour beside the live one, behind the preview Service, ${manual ? 'waiting for action promote' : 'then the live Service switched to it'}`
      : o.action === 'promote'
        ? 'would promote blue-green: the live Service switched to the waiting colour'
        : 'would reject blue-green: the waiting colour removed, or (within scale-down-delay) the live Service switched back';
  return undefined;
}
