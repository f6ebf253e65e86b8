import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';

const readText = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

let own: string | undefined | null = null;
/** This process's autogroup (`/autogroup-N`), read once: it does not change while it runs. */
const ownAutogroup = (): string | undefined =>
  own === null ? (own = readText('/proc/self/autogroup')?.split(' ')[0]) : own;

/** How often an autogroup write refused for its rate (EAGAIN) is tried again, and how many times. */
const AUTOGROUP_RETRY_MS = 100;
const AUTOGROUP_TRIES = 20;

/**
 * The CPU priority of the commands `exec` starts under it: normal, or lowered to a nice value
 * (1–19) so they run on what other work leaves of the cores, and raised back later (`raise`).
 * Best effort: where a step is not possible, the commands run at the priority they have.
 *
 * Two settings make the priority on Linux. The nice value of each thread (Linux keeps one per
 * thread; threads and processes started later inherit it). And the autogroup's: `exec` starts
 * each command in a session of its own, and with autogroups (enabled on most distributions) the
 * scheduler shares the CPU between sessions' autogroups before nice values count inside one
 * (sched(7), "The autogroup feature"), so a niced command in its own autogroup would still take
 * an equal share. An autogroup's nice value can be raised back to 0 without privilege (a thread's
 * cannot); the kernel takes one unprivileged autogroup change per 100 ms machine-wide and
 * refuses others with EAGAIN, so a refused change is tried again.
 */
export class CpuPriority {
  private readonly pids = new Set<number>();
  constructor(private nice = 0) {}

  get niceness(): number {
    return this.nice;
  }

  /** A command started under this priority (exec calls it right after the spawn). */
  attach(pid: number): void {
    this.pids.add(pid);
    if (this.nice) this.apply(pid);
  }

  /** The command has exited: nothing more is set on its pid (which the system may hand out again). */
  detach(pid: number): void {
    this.pids.delete(pid);
  }

  /**
   * Normal priority from now on, for the commands running and those started later: their
   * autogroups' (always permitted) and their threads' (where permitted: with privilege).
   */
  raise(): void {
    if (!this.nice) return;
    this.nice = 0;
    for (const pid of this.pids) this.apply(pid);
  }

  private apply(pid: number): void {
    setThreadsNice(pid, this.nice);
    this.applyAutogroup(pid, AUTOGROUP_TRIES);
  }

  /** Writes the wanted value now (not the value when first asked), while the command runs. */
  private applyAutogroup(pid: number, tries: number): void {
    if (process.platform !== 'linux' || !this.pids.has(pid)) return;
    const file = `/proc/${pid}/autogroup`;
    // Only the command's own autogroup: never the caller's, when the command shares its session.
    const group = readText(file)?.split(' ')[0];
    if (!group || group === ownAutogroup()) return;
    try {
      writeFileSync(file, String(this.nice));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN' && tries > 1)
        setTimeout(() => this.applyAutogroup(pid, tries - 1), AUTOGROUP_RETRY_MS).unref();
      /* else autogroups are off or not permitted: the threads' nice values still apply */
    }
  }
}

/** Each thread's nice value (a process's own pid where /proc cannot list its threads). */
function setThreadsNice(pid: number, nice: number): void {
  let threads: number[] = [pid];
  if (process.platform === 'linux')
    try {
      threads = readdirSync(`/proc/${pid}/task`).map(Number);
    } catch {
      /* already gone, or no /proc: the process itself */
    }
  for (const t of threads)
    try {
      setPriority(t, nice);
    } catch {
      /* exited, or not permitted */
    }
}
