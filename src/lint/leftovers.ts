import { readdirSync, readFileSync } from 'node:fs';

/** The variable that marks every process a check starts (descendants inherit it, even past setsid). */
export const MARK = 'SHIPLINE_LINT_RUN';

let marks = 0;
/**
 * A mark no other process carries: this process, the time and a count (it is no secret, the check
 * sees it; no CSPRNG, so node:crypto stays unloaded on the gate's start path).
 */
export const newMark = () =>
  `${process.pid}.${Date.now().toString(36)}.${++marks}.${Math.random().toString(36).slice(2, 8)}`;

export interface Leftover {
  pid: number;
  command: string;
}

const procPids = (): string[] => readdirSync('/proc').filter((d) => /^\d+$/.test(d));

/** The pid the kernel handed out last (/proc/loadavg's last field), or undefined. */
function lastPid(): number | undefined {
  try {
    return Number(readFileSync('/proc/loadavg', 'latin1').trim().split(/\s+/)[4]) || undefined;
  } catch {
    return undefined;
  }
}

/** The processes that existed before a check started: none of them can be what it leaves behind. */
export interface ProcSnapshot {
  pids: Set<string>;
  lastPid?: number;
  at: number;
}

export function snapshotProcs(): ProcSnapshot | undefined {
  try {
    return { pids: new Set(procPids()), lastPid: lastPid(), at: Date.now() };
  } catch {
    return undefined;
  }
}

/** Pids are handed out in turn: within a second, with no wrap-around, no old pid went to a new process. */
const WINDOW_MS = 1000;

/**
 * Processes still carrying this check's mark: what it left running after it exited (a
 * background child, a `setsid` daemon holding its output). Linux /proc only; elsewhere none.
 * With a snapshot from before the check (and no pid reuse possible since), only the processes
 * started since are read: a shared machine runs hundreds, and reading each one's environment
 * was a tenth of a no-op gate's time.
 */
export function findLeftovers(mark: string, before?: ProcSnapshot): Leftover[] {
  let pids: string[];
  try {
    pids = procPids();
  } catch {
    return [];
  }
  const last = before?.lastPid !== undefined ? lastPid() : undefined;
  const fresh = before && last !== undefined && last >= before.lastPid! && Date.now() - before.at < WINDOW_MS;
  if (fresh) pids = pids.filter((p) => !before.pids.has(p));
  const needle = `${MARK}=${mark}`;
  const out: Leftover[] = [];
  for (const p of pids) {
    if (Number(p) === process.pid) continue;
    let env: string;
    try {
      env = readFileSync(`/proc/${p}/environ`, 'latin1');
    } catch {
      continue;
    }
    if (!env.split('\0').includes(needle)) continue;
    let command = '';
    try {
      command = readFileSync(`/proc/${p}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ');
    } catch {
      /* gone */
    }
    out.push({ pid: Number(p), command: command.slice(0, 120) || '?' });
  }
  return out;
}

/** A process that has exited (a zombie awaiting its reaper counts as gone) or never was. */
function gone(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    // "pid (comm) state …": comm may hold spaces and parentheses, so the state follows the last ')'.
    return stat[stat.lastIndexOf(')') + 2] === 'Z';
  } catch {
    return true;
  }
}

/**
 * SIGKILL is delivered when the process next runs: on a loaded machine that is not at once.
 * Wait (up to half a second) until the killed processes are gone, so "killed" is true when said;
 * on timers, so the checks running beside this one are served meanwhile.
 */
async function waitGone(pids: number[]): Promise<void> {
  const until = Date.now() + 500;
  while (pids.some((p) => !gone(p)) && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
}

/** Kill what a check left behind and say what it was, for the check's detail line. */
export async function killLeftovers(mark: string, before?: ProcSnapshot): Promise<string | undefined> {
  const left = findLeftovers(mark, before);
  for (const l of left) {
    try {
      process.kill(l.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (!left.length) return undefined;
  await waitGone(left.map((l) => l.pid));
  const names = left.slice(0, 3).map((l) => `${l.command} (pid ${l.pid})`);
  return `left ${left.length} process(es) running after it exited, killed: ${names.join(', ')}${left.length > 3 ? ', …' : ''}`;
}
