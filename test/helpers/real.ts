import { spawnSync } from 'node:child_process';
import { it } from 'vitest';

/** True when `cmd args` runs and exits 0 (a binary or daemon is really there). */
export function available(cmd: string, args: string[] = ['--version']): boolean {
  try {
    return spawnSync(cmd, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
  } catch {
    return false;
  }
}

/**
 * `it` for a test that needs a real part (a daemon, a binary). Missing: skipped locally, but
 * under SHIPLINE_REQUIRE_REAL=1 (set by .ci/run) the test fails and names what is missing.
 */
export function needs(part: string, isAvailable: boolean): typeof it {
  if (isAvailable) return it;
  if (process.env.SHIPLINE_REQUIRE_REAL === '1') {
    const fail = () => {
      throw new Error(
        `${part} is missing, and SHIPLINE_REQUIRE_REAL=1 makes that a failure: install or start it (see .ci/run)`,
      );
    };
    return ((name: string) => it(name, fail)) as unknown as typeof it;
  }
  return it.skip as unknown as typeof it;
}
