import { existsSync, mkdtempSync } from 'node:fs';
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

async function outputs(jobs: Job[], parallel: number, cores: number | undefined): Promise<string[][]> {
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
    return r.output!.trim().split('\n');
  });
}

const nices = async (jobs: Job[], parallel: number, cores: number | undefined) =>
  (await outputs(jobs, parallel, cores)).map((lines) => Number(lines[0]));

describe('checks started beyond the cores run at a lower CPU priority', () => {
  const base = getPriority();
  const low = Math.max(base, BEYOND_CORES_NICENESS);
  const until = (cond: string) => `i=0; while ! ${cond} && [ $i -lt 500 ]; do sleep 0.01; i=$((i+1)); done`;
  /**
   * Four checks; each prints its nice value, then waits until the first `together` have printed
   * theirs (so no check ends, handing its core on, before those have printed).
   */
  const four = (together: number) => {
    const seen = mkdtempSync(join(tmpdir(), 'lint-priority-'));
    return ['a', 'b', 'c', 'd'].map((n) =>
      job(n, `nice; touch ${seen}/${n}; ${until(`[ $(ls ${seen} | wc -l) -ge ${together} ]`)}`),
    );
  };

  it.each([
    ['4 at once on 2 cores: the two started first keep them', 4, 2, [base, base, low, low]],
    ['4 at once on 1 core', 4, 1, [base, low, low, low]],
    ['one per core (the default parallel): all at normal priority', 2, 2, [base, base, base, base]],
    ['fewer at once than cores', 2, 4, [base, base, base, base]],
    ['cores not given: all at normal priority', 4, undefined, [base, base, base, base]],
  ])('%s', async (_, parallel, cores, want) => {
    expect(await nices(four(Math.min(parallel, 4)), parallel, cores)).toEqual(want);
  });

  it('when a check holding a core ends, the longest-running lowered check takes it back', async () => {
    // On 1 core, 2 at once: a holds the core until b has started beside it (lowered); when a
    // ends, b is raised (its autogroup back at nice 0: permitted without privilege, where its
    // threads' nice values are not) and c, started in a's place, runs lowered (b ends only
    // after c has started, handing its core on then).
    const tmp = mkdtempSync(join(tmpdir(), 'lint-priority-'));
    const bStarted = join(tmp, 'b-started');
    const cStarted = join(tmp, 'c-started');
    const jobs = [
      job('a', `nice; ${until(`[ -e ${bStarted} ]`)}`),
      job(
        'b',
        `nice; touch ${bStarted}; ${until("grep -q ' nice 0$' /proc/$$/autogroup 2>/dev/null")}; cat /proc/$$/autogroup 2>/dev/null || true; ${until(`[ -e ${cStarted} ]`)}`,
      ),
      job('c', `nice; touch ${cStarted}`),
    ];
    const out = await outputs(jobs, 2, 1);
    expect(out.map((lines) => Number(lines[0]))).toEqual([base, low, low]);
    if (existsSync('/proc/self/autogroup')) expect(out[1][1]).toMatch(/ nice 0$/);
  });
});
