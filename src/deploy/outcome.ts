// Step outputs, the same shape from every strategy and every exit.
import type { Recorded } from './preflight.js';
import type { Result } from './types.js';

/** One revision, or `name=revision` a line when several deployments. */
export function revisionsOutput(recs: Recorded[], pick: (r: Recorded) => number): string {
  if (recs.length === 1) return String(pick(recs[0]) || '');
  return recs.map((r) => `${r.name}=${pick(r) || ''}`).join('\n');
}

export interface OutputFields {
  result: Result;
  revision?: string;
  previous?: string;
  live?: string;
  reason?: string;
}

export const outputs = (f: OutputFields): Record<string, string> => ({
  result: f.result,
  revision: f.revision ?? '',
  'previous-revision': f.previous ?? '',
  ...(f.live !== undefined ? { live: f.live } : {}),
  reason: f.reason ?? '',
});

export const failedOutputs = (reason: string): Record<string, string> => outputs({ result: 'failed', reason });
