// Scripted pod behaviour, decided by the image reference, so every failure mode is reproducible:
//   …:good (or any other tag)  ready after the simulator's readyDelayMs
//   …:slow-3s                  running at once, ready after 3 s (a slow but healthy starter)
//   …:pullfail                 ErrImagePull, then ImagePullBackOff
//   …:crash                    starts, exits 1, CrashLoopBackOff with restarts climbing
//   …:oom                      like crash, but OOMKilled (exit 137)
//   …:configerr                CreateContainerConfigError (a missing secret)
//   …:unschedulable            stays Pending, PodScheduled=False/Unschedulable
//   …:never                    running, never ready
//   …:late-crash-2s            ready, then after 2 s exits and crash-loops (a bad version that passed its start)
//   a test's `misbehave(image, { kind: 'crash', at })`: ready until the instant `at`, then the same
//   an upper-case repository   InvalidImageName
/* eslint-disable @typescript-eslint/no-explicit-any */

export type Behaviour =
  | { kind: 'ready'; afterMs: number }
  | { kind: 'pullFail' }
  | { kind: 'crash'; oom: boolean; afterMs?: number; at?: number }
  | { kind: 'configError' }
  | { kind: 'unschedulable' }
  | { kind: 'never' }
  | { kind: 'invalid' };

/** The tag of an image reference (undefined for a digest or no tag). */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return undefined;
  const slash = image.lastIndexOf('/');
  const colon = image.lastIndexOf(':');
  return colon > slash ? image.slice(colon + 1) : undefined;
}

/** Overrides are keyed by `container=image` (one container misbehaving) or by the image alone. */
export function behaviourFor(
  image: string,
  readyDelayMs: number,
  overrides: Record<string, Behaviour> = {},
  container = '',
): Behaviour {
  if (overrides[`${container}=${image}`]) return overrides[`${container}=${image}`];
  if (overrides[image]) return overrides[image];
  const repo = image.split('@')[0].replace(/:[^/:]*$/, '');
  if (repo !== repo.toLowerCase() || /\s/.test(image) || image === '') return { kind: 'invalid' };
  const tag = imageTag(image) ?? '';
  const slow = /^slow-(\d+(?:\.\d+)?)s$/.exec(tag);
  if (slow) return { kind: 'ready', afterMs: Number(slow[1]) * 1000 };
  const late = /^late-crash-(\d+(?:\.\d+)?)s$/.exec(tag);
  if (late) return { kind: 'crash', oom: false, afterMs: Number(late[1]) * 1000 };
  switch (tag) {
    case 'pullfail':
      return { kind: 'pullFail' };
    case 'crash':
      return { kind: 'crash', oom: false };
    case 'oom':
      return { kind: 'crash', oom: true };
    case 'configerr':
      return { kind: 'configError' };
    case 'unschedulable':
      return { kind: 'unschedulable' };
    case 'never':
      return { kind: 'never' };
    default:
      return { kind: 'ready', afterMs: readyDelayMs };
  }
}

export interface PodEventSpec {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export interface ContainerView {
  status: any;
  events: PodEventSpec[];
  /** Text of the previous (crashed) container's log, when there is one. */
  previousLog?: string;
  log: string;
}

const START_MS = 250;

/** A crash `at` an instant (a test's trigger) is, for one pod, a late crash at its age then. */
export const atAge = (b: Behaviour, createdAt: number): Behaviour =>
  b.kind === 'crash' && b.at !== undefined ? { ...b, afterMs: Math.max(0, b.at - createdAt - START_MS) } : b;
const CRASH_CYCLE_MS = 600;
const PULL_FAIL_MS = 300;
const BACKOFF_MS = 1200;

/** The status of one container `ageMs` after its pod was created. */
export function containerAt(name: string, image: string, b: Behaviour, ageMs: number, podName: string): ContainerView {
  const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
  const base = { name, image, imageID: '', restartCount: 0, ready: false, started: false };
  const waiting = (reason: string, message?: string) => ({
    ...base,
    state: { waiting: { reason, ...(message ? { message } : {}) } },
  });
  const pulled: PodEventSpec[] = [
    { type: 'Normal', reason: 'Pulled', message: `Successfully pulled image "${image}"` },
    { type: 'Normal', reason: 'Created', message: `Created container ${name}` },
    { type: 'Normal', reason: 'Started', message: `Started container ${name}` },
  ];
  if (ageMs < START_MS && b.kind !== 'unschedulable')
    return { status: waiting('ContainerCreating'), events: [], log: '' };
  switch (b.kind) {
    case 'invalid':
      return {
        status: waiting(
          'InvalidImageName',
          `Failed to apply default image tag "${image}": couldn't parse image reference "${image}": invalid reference format: repository name must be lowercase`,
        ),
        events: [
          {
            type: 'Warning',
            reason: 'InspectFailed',
            message: `Failed to apply default image tag "${image}": invalid reference format`,
          },
        ],
        log: '',
      };
    case 'unschedulable':
      return { status: waiting('ContainerCreating'), events: [], log: '' };
    case 'configError':
      return {
        status: waiting('CreateContainerConfigError', 'secret "api-db" not found'),
        events: [{ type: 'Warning', reason: 'Failed', message: 'Error: secret "api-db" not found' }],
        log: '',
      };
    case 'pullFail': {
      const msg = `rpc error: code = NotFound desc = failed to pull and unpack image "${image}": failed to resolve reference "${image}": ${image}: not found`;
      const events: PodEventSpec[] = [
        { type: 'Normal', reason: 'Pulling', message: `Pulling image "${image}"` },
        { type: 'Warning', reason: 'Failed', message: `Failed to pull image "${image}": ${msg}` },
        { type: 'Warning', reason: 'Failed', message: 'Error: ErrImagePull' },
      ];
      if (ageMs < START_MS + PULL_FAIL_MS)
        return { status: waiting('ContainerCreating'), events: events.slice(0, 1), log: '' };
      if (ageMs < START_MS + PULL_FAIL_MS + BACKOFF_MS)
        return { status: waiting('ErrImagePull', msg), events, log: '' };
      return {
        status: waiting('ImagePullBackOff', `Back-off pulling image "${image}"`),
        events: [
          ...events,
          { type: 'Normal', reason: 'BackOff', message: `Back-off pulling image "${image}"` },
          { type: 'Warning', reason: 'Failed', message: 'Error: ImagePullBackOff' },
        ],
        log: '',
      };
    }
    case 'crash': {
      if (b.afterMs !== undefined && ageMs < START_MS + b.afterMs)
        return {
          status: { ...base, ready: true, started: true, state: { running: { startedAt: iso(ageMs - START_MS) } } },
          events: pulled,
          log: 'api listening on :8080\n',
        };
      const run = ageMs - START_MS - (b.afterMs ?? 0);
      const restarts = Math.floor(run / CRASH_CYCLE_MS);
      const log = b.oom
        ? 'loading model into memory\n'
        : 'api starting on :8080\nconnecting to database\npanic: DATABASE_URL is not set\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x1d\n';
      const terminated = b.oom
        ? { exitCode: 137, reason: 'OOMKilled', startedAt: iso(run), finishedAt: iso(run % CRASH_CYCLE_MS) }
        : { exitCode: 2, reason: 'Error', startedAt: iso(run), finishedAt: iso(run % CRASH_CYCLE_MS) };
      const events: PodEventSpec[] = [...pulled];
      if (restarts === 0)
        return { status: { ...base, started: true, state: { running: { startedAt: iso(run) } } }, events, log };
      events.push({
        type: 'Warning',
        reason: 'BackOff',
        message: `Back-off restarting failed container ${name} in pod ${podName}`,
      });
      return {
        status: {
          ...base,
          restartCount: restarts,
          state: {
            waiting: {
              reason: 'CrashLoopBackOff',
              message: `back-off ${Math.min(300, 10 * 2 ** (restarts - 1))}s restarting failed container=${name} pod=${podName}`,
            },
          },
          lastState: { terminated },
        },
        events,
        log: '',
        previousLog: log,
      };
    }
    case 'never':
      return {
        status: { ...base, started: true, state: { running: { startedAt: iso(ageMs - START_MS) } } },
        events: [
          ...pulled,
          {
            type: 'Warning',
            reason: 'Unhealthy',
            message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
          },
        ],
        log: 'waiting for warm-up\n',
      };
    case 'ready': {
      const ready = ageMs >= b.afterMs;
      return {
        status: { ...base, ready, started: true, state: { running: { startedAt: iso(ageMs - START_MS) } } },
        events: pulled,
        log: 'api listening on :8080\n',
      };
    }
  }
}
