import { mkdtempSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exec } from '../../src/core/exec.js';
import { BEYOND_CORES_NICENESS, runPool, Stopper, type Job } from '../../src/lint/runner.js';

// Real checks, each printing the nice value it runs at (`nice` with no argument). Each reads its
// input to the end first: the gate lowers a check's priority before it ends its input.
const job = (name: string, script = 'nice'): Job => ({
  check: {
    name,
    run: [`cat >/dev/null; ${script}`],
    shell: true,
    passFiles: false,
    format: 'text',
    severity: 'error',
  },
  matched: 0,
});

async function nices(jobs: Job[], parallel: number, cores: number | undefined): Promise<number[]> {
  const cwd = mkdtempSync(join(tmpdir(), 'lint-priority-'));
  const results = await runPool(
    jobs,
    { exec, cwd, env: process.env, now: Date.now },
    {
      parallel,
      stop: new Stopper(),
      order: jobs.map((_, i) => i),
      cores,
    },
  );
  return results.map((r) => {
    expect(r.status, r.output).toBe('passed');
    return Number(r.output!.trim().split('\n')[0]);
  });
}

describe('checks started beyond the cores run at a lower CPU priority', () => {
  const base = getPriority();
  const low = Math.max(base, BEYOND_CORES_NICENESS);
  const four = () => ['a', 'b', 'c', 'd'].map((n) => job(n));

  it.each([
    ['4 at once on 2 cores: the two started first keep them', 4, 2, [base, base, low, low]],
    ['4 at once on 1 core', 4, 1, [base, low, low, low]],
    ['one per core (the default parallel): all at normal priority', 2, 2, [base, base, base, base]],
    ['fewer at once than cores', 2, 4, [base, base, base, base]],
    ['cores not given: all at normal priority', 4, undefined, [base, base, base, base]],
  ])('%s', async (_, parallel, cores, want) => {
    expect(await nices(four(), parallel, cores)).toEqual(want);
  });

  it('a check that starts when a check holding a core ends takes that core at normal priority', async () => {
    // On 1 core, 2 at once: a holds the core and ends at once; b starts beside it (niced) and
    // waits for c, which can only start in a's place, so it takes the core a left.
    const flag = join(mkdtempSync(join(tmpdir(), 'lint-priority-')), 'c-started');
    const jobs = [
      job('a'),
      job('b', `while [ ! -e ${flag} ]; do sleep 0.01; done; nice`),
      job('c', `nice; touch ${flag}`),
    ];
    expect(await nices(jobs, 2, 1)).toEqual([base, low, base]);
  });
});
