import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';

/** The variable that marks every process a check starts (descendants inherit it, even past setsid). */
export const MARK = 'SHIPLINE_LINT_RUN';

export const newMark = () => randomBytes(8).toString('hex');

export interface Leftover {
  pid: number;
  command: string;
}

/**
 * Processes still carrying this check's mark: what it left running after it exited (a
 * background child, a `setsid` daemon holding its output). Linux /proc only; elsewhere none.
 */
export function findLeftovers(mark: string): Leftover[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
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

/** Kill what a check left behind and say what it was, for the check's detail line. */
export function killLeftovers(mark: string): string | undefined {
  const left = findLeftovers(mark);
  for (const l of left) {
    try {
      process.kill(l.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
  if (!left.length) return undefined;
  const names = left.slice(0, 3).map((l) => `${l.command} (pid ${l.pid})`);
  return `left ${left.length} process(es) running after it exited, killed: ${names.join(', ')}${left.length > 3 ? ', …' : ''}`;
}
