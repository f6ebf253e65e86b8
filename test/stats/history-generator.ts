import type { HAttempt, HJob } from './history-types.js';
import type { HistorySimulator } from './github-history.js';

/**
 * A large history for the bench: `n` runs of one workflow over `days` days, a tenth failing in
 * a matrix test job, a twentieth re-run and passing, cancelled and skipped jobs among them.
 */
export function generateHistory(sim: HistorySimulator, n: number, days: number, nowMs: number): void {
  sim.workflows.push({ id: 1, name: 'ci', path: '.github/workflows/ci.yml' });
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = 0; i < n; i++) {
    const createdMs = nowMs - days * 86_400_000 + Math.floor((i / n) * days * 86_400_000);
    const fail = rnd() < 0.1;
    const rerun = fail && rnd() < 0.5;
    const job = (c: string, os: string): HJob => ({
      name: `test (${os}, 20)`,
      conclusion: c,
      queueS: Math.floor(rnd() * 30),
      seconds: 120 + Math.floor(rnd() * 240),
      steps: [
        { name: 'Set up job', conclusion: 'success', seconds: 2 },
        { name: 'Run tests', conclusion: c, seconds: 100 },
        { name: 'Complete job', conclusion: 'success', seconds: 1 },
      ],
    });
    const attempt = (c: string): HAttempt => ({
      startS: 5,
      seconds: 300 + Math.floor(rnd() * 300),
      conclusion: c,
      jobs: [
        { name: 'lint', conclusion: 'success', seconds: 40 },
        job(c, 'ubuntu-latest'),
        job('success', 'macos-latest'),
        { name: 'deploy', conclusion: c === 'success' ? 'success' : 'skipped', seconds: 0 },
        ...(rnd() < 0.05 ? [{ name: 'e2e', conclusion: 'cancelled', seconds: 10 }] : []),
      ],
    });
    const attempts = fail ? [attempt('failure'), ...(rerun ? [attempt('success')] : [])] : [attempt('success')];
    sim.runs.push({
      id: 100_000 + i,
      workflowId: 1,
      sha: (0x1000000 + i).toString(16).padStart(40, 'a'),
      createdMs,
      attempts,
    });
  }
}
