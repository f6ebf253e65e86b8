/** What a well-known action done locally receives and answers. */
import type { Leg } from './leg.js';
import type { NodeMap } from './node.js';
import type { StepScope, UsesResult } from './scope.js';

export interface BuiltinCall {
  leg: Leg;
  sc: StepScope;
  uses: string;
  with: Record<string, string>;
  env: Record<string, string>;
  log: string;
  where: string;
  step: NodeMap;
}
export type Builtin = (c: BuiltinCall) => Promise<UsesResult>;

/** `actions/cache/restore@v4` → `actions/cache/restore`; versions below the supported major are refused in the call. */
export function builtinKey(uses: string): string {
  return uses.split('@')[0].toLowerCase();
}

export const ok = (outputs: Record<string, string> = {}): UsesResult => ({ ok: true, errors: [], outputs });
export const fail = (msg: string): UsesResult => ({ ok: false, errors: [msg], outputs: {} });
export const say = (c: BuiltinCall, line: string) => c.leg.state.opts.print(`${c.sc.indent}    ${line}`);
