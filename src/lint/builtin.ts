import { runCodeowners } from './codeowners-check.js';
import type { BuiltinDeps, CheckResult, LintCheck } from './types.js';

/** Run a check shipline implements itself (no external command). Built-ins have no fix. */
export async function runBuiltin(
  check: LintCheck,
  deps: BuiltinDeps,
  signal: AbortSignal,
  useFix: boolean,
): Promise<CheckResult> {
  if (useFix) return { name: check.name, status: 'skipped', detail: 'no fix', durationMs: 0, files: 0, findings: [] };
  switch (check.builtin!) {
    case 'codeowners':
      return runCodeowners(check, deps, signal);
  }
}
