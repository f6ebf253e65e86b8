// What a step run as the runner runs it left behind, as the fault tests read it.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { RunnerResult } from './runner.js';

/** The error annotations the step printed. */
export const errors = (r: RunnerResult): string[] =>
  r.annotations.filter((a) => a.level === 'error').map((a) => a.message);

/** The step failed with exactly one clear line, and no stack trace reached the log. */
export function oneLine(r: RunnerResult): string {
  expect(r.exitCode, r.stdout + r.stderr).toBe(1);
  expect(errors(r)).toHaveLength(1);
  expect(errors(r)[0]).not.toContain('\n');
  expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .*:\d+:\d+/);
  return errors(r)[0];
}

/** Running (a zombie left for a non-reaping PID 1 counts as dead). */
export function alive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(' ')[2] !== 'Z';
  } catch {
    return false;
  }
}
