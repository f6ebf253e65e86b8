// Blue-green after the new colour is up: the switch and the watch through scale-down-delay
// (switch back on a failure), `action: promote` of a waiting colour, and `action: reject` of a
// waiting colour or, within scale-down-delay, of one already switched to.
import {
  baseSelector,
  colourLabel,
  colourOf,
  note,
  LIVE,
  PENDING,
  PREVIOUS,
  SCALE_DOWN_AT,
  scale,
  switchTo,
  type Done,
} from './colours.js';
import { KubectlError } from './kubectl.js';
import { PreflightError } from './preflight.js';
import { hold, remove, watchDeployment } from './progressive.js';
import { COLOUR, type Service } from './service.js';
import type { Session } from './session.js';
import { step } from './start.js';
import type { Deployment } from './status.js';
import { getOrNone, type Target } from './target.js';

const CONFLICT = /Conflict|has been modified/i;

/** Switch the live Service to `name`, watch it for scale-down-delay, switch back on a failure. */
export async function switchAndWatch(
  s: Session,
  t: Target,
  name: string,
  colour: string,
  live: string | undefined,
  lines: string[],
): Promise<Done> {
  const until = new Date(Date.now() + s.o.scaleDownDelayMs).toISOString();
  const ms = await switchTo(
    s,
    t,
    { [COLOUR]: colour },
    { [LIVE]: name, [PREVIOUS]: live ?? null, [PENDING]: null, [SCALE_DOWN_AT]: live ? until : null },
  );
  lines.push(`service/${t.serviceName} switched to deployment/${name} in one patch (${ms} ms)`);
  const read = () => t.kc.json<Service>(['get', 'service', t.serviceName], { quiet: true });
  // A reject from another run during the delay switches the Service back: stop holding then.
  const problem = await hold(
    s,
    t.kc,
    name,
    { ...baseSelector(t), [COLOUR]: colour },
    s.o.scaleDownDelayMs,
    async () => (await read()).metadata.annotations?.[LIVE] !== name,
  );
  if (problem && live && s.o.rollback) {
    const back = await switchTo(s, t, colourLabel(live, t.base), {
      [LIVE]: live,
      [PREVIOUS]: name,
      [PENDING]: null,
      [SCALE_DOWN_AT]: null,
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
  if (s.ctx.signal.aborted) {
    const failure = `cancelled during scale-down-delay: service/${t.serviceName} selects deployment/${name}${live ? `; deployment/${live} is still up (action reject switches back to it)` : ''}`;
    return { result: 'failed', live: name, failure, lines: [...lines, failure] };
  }
  if (live) {
    const back = await closeWindow(s, t, name);
    if (back) {
      const failure = `service/${t.serviceName} was switched back to deployment/${back} by action reject during scale-down-delay; deployment/${name} was scaled down by it`;
      return { result: 'rejected', live: back, failure, lines: [...lines, failure] };
    }
    await scale(s, t, live, 0);
    lines.push(
      `deployment/${live} scaled to 0 after ${Math.round(s.o.scaleDownDelayMs / 1000)} s (kept: a redeploy of its image brings it back)`,
    );
  }
  await remove(s, t.kc, [`service/${t.serviceName}-preview`]);
  return { result: s.o.action === 'promote' ? 'promoted' : 'deployed', live: name, lines };
}

/**
 * End the reject window (clear SCALE_DOWN_AT) only if the Service still selects `name`, with
 * its resourceVersion as a precondition: a reject that switched back meanwhile gets the old
 * colour, and scaling that down would take the live version away. Returns where a reject
 * switched the Service to, or undefined once the window is closed.
 */
async function closeWindow(s: Session, t: Target, name: string): Promise<string | undefined> {
  for (;;) {
    const svc = await t.kc.json<Service>(['get', 'service', t.serviceName], { quiet: true });
    const now = svc.metadata.annotations?.[LIVE];
    if (now !== name) return now ?? '';
    const args = [
      'annotate',
      `service/${t.serviceName}`,
      `${SCALE_DOWN_AT}-`,
      `--resource-version=${svc.metadata.resourceVersion ?? ''}`,
    ];
    try {
      await step(s, t.kc, args);
      return undefined;
    } catch (e) {
      // Changed since we read it (a reject taking the lease over, say): look again.
      if (!(e instanceof KubectlError && CONFLICT.test(e.line))) throw e;
    }
  }
}

export async function promote(s: Session, t: Target, live: string | undefined): Promise<Done> {
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

/** Reject the waiting colour, or (within scale-down-delay) switch back from the one switched to. */
export async function reject(s: Session, t: Target): Promise<Done> {
  const pending = note(t, PENDING);
  const live = note(t, LIVE) ?? t.base;
  if (pending) {
    await remove(s, t.kc, [`deployment/${pending}`, `service/${t.serviceName}-preview`]);
    await step(s, t.kc, ['annotate', `service/${t.serviceName}`, `${PENDING}-`]);
    return {
      result: 'rejected',
      live,
      lines: [`deployment/${pending} removed; service/${t.serviceName} still selects deployment/${live}`],
    };
  }
  const previous = note(t, PREVIOUS);
  const kept =
    previous && note(t, SCALE_DOWN_AT) ? await getOrNone<Deployment>(t.kc, ['get', 'deployment', previous]) : undefined;
  if (!previous || !kept || !kept.spec.replicas)
    throw new PreflightError(
      `input 'action': nothing to reject: service/${t.serviceName} has no blue-green deployment waiting (annotation ${PENDING} is not set)${previous ? ` and deployment/${previous}, the previous colour, was scaled down after scale-down-delay; to go back, redeploy its image` : ''}`,
    );
  const w = await watchDeployment(s, t.kc, previous, { ...baseSelector(t), ...colourLabel(previous, t.base) });
  if (w.outcome !== 'complete')
    throw new PreflightError(
      `input 'action': cannot switch back: deployment/${previous}, the previous colour, is not ready (${w.reason}); service/${t.serviceName} still selects deployment/${live}`,
    );
  const ms = await switchTo(s, t, colourLabel(previous, t.base), {
    [LIVE]: previous,
    [PREVIOUS]: live,
    [PENDING]: null,
    [SCALE_DOWN_AT]: null,
  });
  await scale(s, t, live, 0);
  await remove(s, t.kc, [`service/${t.serviceName}-preview`]);
  return {
    result: 'rejected',
    live: previous,
    lines: [
      `service/${t.serviceName} switched back to deployment/${previous} in one patch (${ms} ms); deployment/${live} scaled to 0`,
    ],
  };
}
