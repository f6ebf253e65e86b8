import { evalNode, toText, type Scope } from './expr.js';
import type { NodeMap } from './load.js';

// GitHub's concurrency groups (docs: "Control the concurrency of workflows and jobs"): at most one
// running and one pending job or workflow per group; a newly queued one cancels the pending one
// and takes its place; with cancel-in-progress it also cancels the running one. Group names are
// case-insensitive. Held for every workflow and job this process runs (the executor's
// "repository"): two runs started from one process share the groups.

export interface Concurrency {
  /** The group as written (evaluated): shown in messages. */
  group: string;
  cancelInProgress: boolean;
}

/** A place in a group: wait for `ready`, run under `signal`, then `release()`. */
export interface Ticket {
  /** Queued behind a running one (GitHub shows it as pending). */
  pending: boolean;
  /** 'run' when this one may start; 'cancelled' when a newer one replaced it while pending. */
  ready: Promise<'run' | 'cancelled'>;
  /** Aborted when a newer one with cancel-in-progress cancels this one while it runs. */
  signal: AbortSignal;
  release(): void;
}

interface Holder {
  start: (v: 'run' | 'cancelled') => void;
  abort: AbortController;
  say: (line: string) => void;
}

const groups = new Map<string, { running?: Holder; pending?: Holder }>();

/** The `concurrency:` of a workflow or job, evaluated (undefined: none, or an empty group). */
export function concurrencyOf(node: NodeMap | undefined, scope: Scope): Concurrency | undefined {
  if (!node || node.concurrency === undefined) return undefined;
  const c = evalNode(node.concurrency, scope);
  if (typeof c === 'object' && c && !Array.isArray(c)) {
    const group = toText(c.group ?? '');
    return group ? { group, cancelInProgress: toText(c['cancel-in-progress'] ?? false) === 'true' } : undefined;
  }
  const group = toText(c);
  return group ? { group, cancelInProgress: false } : undefined;
}

/** Queue in the group; `say` prints GitHub's words when this one is cancelled by a newer one. */
export function enter(c: Concurrency, say: (line: string) => void): Ticket {
  const key = c.group.toLowerCase();
  const g = groups.get(key) ?? {};
  groups.set(key, g);
  const abort = new AbortController();
  let start!: Holder['start'];
  const ready = new Promise<'run' | 'cancelled'>((r) => (start = r));
  const me: Holder = { start, abort, say };
  if (!g.running) {
    g.running = me;
    start('run');
  } else {
    if (g.pending) {
      g.pending.say(`Canceling since a higher priority waiting request for ${c.group} exists`);
      g.pending.start('cancelled');
    }
    g.pending = me;
    if (c.cancelInProgress && !g.running.abort.signal.aborted) {
      g.running.say(`Canceling since a higher priority waiting request for ${c.group} exists`);
      g.running.abort.abort();
    }
  }
  let released = false;
  return {
    pending: g.pending === me,
    ready,
    signal: abort.signal,
    release() {
      if (released) return;
      released = true;
      if (g.running === me) {
        g.running = g.pending;
        g.pending = undefined;
        g.running?.start('run');
        if (!g.running) groups.delete(key);
      } else if (g.pending === me) g.pending = undefined;
    },
  };
}
