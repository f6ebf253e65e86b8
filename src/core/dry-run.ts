import { ConfigError, type FrontDoor } from './errors.js';

export type DryRunSetting = 'auto' | 'true' | 'false';

export interface DryRunDecision {
  dry: boolean;
  reason: string;
}

/** `auto` is dry under a local runner (nektos/act sets ACT=true) and real otherwise. */
export function resolveDryRun(
  setting: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  frontDoor: FrontDoor = 'action',
  input = 'dry-run',
): DryRunDecision {
  const value = (setting ?? 'auto').trim().toLowerCase() || 'auto';
  switch (value) {
    case 'true':
      return { dry: true, reason: `${input} is true` };
    case 'false':
      return { dry: false, reason: `${input} is false` };
    case 'auto':
      return env.ACT === 'true'
        ? { dry: true, reason: `${input} is auto and ACT=true (a local run under nektos/act)` }
        : { dry: false, reason: `${input} is auto and this is not a local act run` };
    default:
      throw ConfigError.forInput(
        input,
        `"${setting}" is not one of auto, true, false`,
        'use auto (dry under act), true or false',
        undefined,
        frontDoor,
      );
  }
}
