import type { Scope, Value } from './expr.js';
import type { Leg, StepRecord } from './leg.js';

export interface UsesResult {
  ok: boolean;
  errors: string[];
  outputs: Record<string, string>;
}

/** Where a list of steps runs: the job, or a composite action inside it. */
export interface StepScope {
  file: string;
  steps: Record<string, StepRecord>;
  /** The inputs context (workflow_call inputs for a job; the action's inputs in a composite). */
  inputs: Value;
  env: Record<string, string>;
  failed: boolean;
  /** A composite action's folder (github.action_path). */
  actionPath?: string;
  indent: string;
}

export function scopeOf(leg: Leg, sc: StepScope, extraEnv: Record<string, string> = {}): Scope {
  return {
    file: sc.file,
    workspace: leg.workspace,
    contexts: {
      ...leg.contexts,
      inputs: sc.inputs,
      env: { ...leg.exported, ...leg.env, ...sc.env, ...extraEnv },
      steps: sc.steps as unknown as Value,
      job: { ...(leg.contexts.job as Record<string, Value>), status: leg.failed || sc.failed ? 'failure' : 'success' },
    },
    status: {
      success: !sc.failed && !leg.failed,
      failure: sc.failed || leg.failed,
      cancelled: leg.signal.aborted,
    },
  };
}
