// What the job summary says: the deployments and their revisions, and for a failure, why:
// the failing pods' state, their recent events and the crashed container's previous logs.
import type { Summary } from '../core/summary.js';
import type { Kubectl } from './kubectl.js';
import { podState, type Pod } from './status.js';
import type { WatchResult } from './watch.js';

export interface Diagnosis {
  name: string;
  reason: string;
  pods: Pod[];
  events: string[];
  logs?: { pod: string; container: string; previous: boolean; text: string };
  note?: string;
}

interface EventList {
  items: Array<{
    type?: string;
    reason?: string;
    message?: string;
    count?: number;
    lastTimestamp?: string;
    eventTime?: string;
    firstTimestamp?: string;
    metadata?: { creationTimestamp?: string };
  }>;
}

const PULL = /Pull|InvalidImageName|ContainerConfig/;

/** Gather events and logs of the failing pod (before a rollback deletes it). */
export async function diagnose(kc: Kubectl, w: WatchResult): Promise<Diagnosis> {
  const diag: Diagnosis = { name: w.name, reason: w.reason ?? w.outcome, pods: w.pods, events: [] };
  const pod = w.problem?.pod ?? w.pods.find((p) => podState(p) !== 'Ready')?.metadata.name;
  if (!pod) return diag;
  const container = w.problem?.container ?? w.pods.find((p) => p.metadata.name === pod)?.spec?.containers?.[0]?.name;
  const wantLogs = !!container && !PULL.test(w.problem?.reason ?? 'Pull');
  const previous = (w.problem?.restarts ?? 0) > 0;
  const [events, logs] = await Promise.allSettled([
    kc.json<EventList>(['get', 'events', '--field-selector', `involvedObject.name=${pod}`]),
    wantLogs
      ? kc.text(['logs', pod, '-c', container!, ...(previous ? ['--previous'] : []), '--tail=30'])
      : Promise.resolve(undefined),
  ]);
  if (events.status === 'fulfilled') {
    const when = (e: EventList['items'][number]) =>
      e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? '';
    diag.events = [...events.value.items]
      .sort((a, b) => when(a).localeCompare(when(b)))
      .slice(-12)
      .map(
        (e) =>
          `${(e.type ?? '').padEnd(7)} ${e.reason ?? ''}${e.count && e.count > 1 ? ` (x${e.count})` : ''}: ${e.message ?? ''}`,
      );
  } else diag.note = `events could not be read: ${(events.reason as Error).message}`;
  if (logs.status === 'fulfilled' && logs.value !== undefined)
    diag.logs = { pod, container: container!, previous, text: logs.value.trimEnd() };
  else if (logs.status === 'rejected')
    diag.note = `${diag.note ? `${diag.note}; ` : ''}logs could not be read: ${(logs.reason as Error).message}`;
  return diag;
}

export interface Row {
  /** `deployment` unless said (statefulset, daemonset). */
  kind?: string;
  name: string;
  container?: string;
  image?: string;
  previous: number;
  revision: number;
  result: string;
  ready: string;
}

export function writeSummary(
  summary: Summary,
  title: string,
  rows: Row[],
  diagnoses: Diagnosis[],
  failure?: string,
): void {
  summary.heading(`k8s deploy: ${title}`, 2);
  if (failure) summary.paragraph(`**${failure}**`);
  summary.table(
    ['workload', 'container', 'image', 'previous revision', 'revision', 'result', 'ready'],
    rows.map((r) => [
      `${r.kind ?? 'deployment'}/${r.name}`,
      r.container ?? '',
      r.image ?? '',
      r.previous || '—',
      r.revision || '—',
      r.result,
      r.ready,
    ]),
  );
  for (const d of diagnoses) {
    summary.heading(`Why deployment/${d.name} failed`, 3);
    summary.paragraph(d.reason);
    if (d.pods.length) {
      summary.table(
        ['pod', 'state', 'restarts', 'message'],
        d.pods.map((p) => {
          const cs = [...(p.status?.initContainerStatuses ?? []), ...(p.status?.containerStatuses ?? [])];
          const msg =
            cs.map((c) => c.state?.waiting?.message ?? c.lastState?.terminated?.reason).find(Boolean) ??
            (p.status?.conditions ?? []).find((c) => c.status === 'False' && c.message)?.message ??
            '';
          return [p.metadata.name, podState(p), cs.reduce((n, c) => n + (c.restartCount ?? 0), 0), msg];
        }),
      );
    }
    if (d.events.length) summary.details(`Recent events (${d.events.length})`, '```\n' + d.events.join('\n') + '\n```');
    if (d.logs)
      summary.details(
        `${d.logs.previous ? 'Previous' : 'Current'} logs of container ${d.logs.container} in ${d.logs.pod}`,
        '```\n' + (d.logs.text || '(empty)') + '\n```',
      );
    if (d.note) summary.paragraph(`_${d.note}_`);
  }
}
