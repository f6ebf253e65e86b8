/**
 * The four DORA keys from GitHub Deployments of one environment (docs/pipeline-health.md):
 * - a deploy succeeded when one of its statuses is `success` (a later `inactive` only means superseded);
 *   it failed when one is `failure` or `error`, or a status says it was rolled back or rejected
 *   (shipline's deploy tool and canary: an automatic rollback);
 * - a manual rollback is a deploy of an older SHA than the one live before it (a redeploy, or a
 *   workflow_dispatch rollback job); the deploy it replaced counts as a change failure;
 * - deployment frequency: successful deploys per day of the window; lead time: commit time to the
 *   success status; change failure rate: failed deploys / deploys; time to restore: from the failure
 *   (or the manual rollback's start) to the next successful deploy.
 */
import { median } from './metrics.js';
import type { DeployStats, DeploymentRec } from './types.js';

const AUTO = /rolled back|rollback|rejected|canary failed/i;
const round = (x: number | null, d = 2) => (x === null ? null : Math.round(x * 10 ** d) / 10 ** d);

export function deployStats(
  deps: DeploymentRec[],
  environment: string,
  fromMs: number,
  nowMs: number,
  commitMs: (sha: string) => number | undefined,
): DeployStats {
  const all = [...deps].sort((a, b) => a.createdMs - b.createdMs || a.id - b.id);
  const success = (d: DeploymentRec) => d.statuses.find((s) => s.state === 'success');
  const failure = (d: DeploymentRec) =>
    d.statuses.find((s) => s.state === 'failure' || s.state === 'error' || AUTO.test(s.description));
  // The order SHAs went live in, to tell a redeploy of an older one.
  const liveOrder: string[] = [];
  let manual = 0;
  let automatic = 0;
  const failed: DeployStats['failedDeploys'] = [];
  const restoreH: number[] = [];
  const leadH: number[] = [];
  let successful = 0;
  let counted = 0;
  let lastGood: DeploymentRec | undefined;
  for (const d of all) {
    const cur = d.createdMs >= fromMs;
    const ok = success(d);
    const bad = failure(d);
    const okAndNotBad = ok && !bad;
    if (cur) counted++;
    if (bad) {
      const auto = AUTO.test(bad.description);
      if (cur) {
        if (auto) automatic++;
        failed.push({ id: d.id, sha: d.sha, why: bad.description || bad.state });
        const next = all.find((x) => x.createdMs > bad.createdMs && success(x) && !failure(x));
        if (next) restoreH.push(((success(next)?.createdMs ?? 0) - bad.createdMs) / 3_600_000);
      }
      continue;
    }
    if (!okAndNotBad) continue;
    const idx = liveOrder.indexOf(d.sha);
    const isRollback =
      idx >= 0 && lastGood !== undefined && lastGood.sha !== d.sha && idx < liveOrder.indexOf(lastGood.sha);
    if (cur && isRollback && lastGood) {
      manual++;
      if (!failed.some((f) => f.id === lastGood!.id))
        failed.push({ id: lastGood.id, sha: lastGood.sha, why: `rolled back by hand to ${d.sha.slice(0, 7)}` });
      restoreH.push((ok.createdMs - d.createdMs) / 3_600_000);
    }
    if (cur) {
      successful++;
      const c = commitMs(d.sha);
      if (c !== undefined && !isRollback) leadH.push((ok.createdMs - c) / 3_600_000);
    }
    if (idx < 0) liveOrder.push(d.sha);
    lastGood = d;
  }
  const days = (nowMs - fromMs) / 86_400_000;
  return {
    environment,
    deploys: counted,
    successful,
    perDay: days > 0 && fromMs > 0 ? round(successful / days) : null,
    leadTimeMedianH: round(median(leadH)),
    changeFailureRate: counted ? round((100 * failed.length) / counted, 1) : null,
    timeToRestoreMedianH: round(median(restoreH)),
    rollbacks: { manual, automatic },
    failedDeploys: failed,
  };
}
