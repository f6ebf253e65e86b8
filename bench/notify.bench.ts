import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubSimulator } from '../test/notify/github-simulator.js';
import { WebhookReceiver } from '../test/notify/webhook-receiver.js';
import { median, round, type BenchReport } from './lib.js';

const root = join(import.meta.dirname, '..');
const RUNS = 15;
const WARMUP = 2;

interface Cmd {
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * Process start to the webhook request arriving at the local receiver, for the built notify
 * action (reads the run and its jobs from the GitHub API simulator, then POSTs Slack Block
 * Kit) against two peers run in the same loop: a bare `node -e fetch(...)` POST (the floor any
 * notifier pays) and an octokit notifier doing the same API reads (@actions/github loaded).
 */
export async function bench(): Promise<BenchReport> {
  const sim = new GitHubSimulator();
  await sim.start();
  const hook = new WebhookReceiver();
  const hookUrl = await hook.start();
  sim.addRun({
    id: 5001,
    runNumber: 17,
    jobs: [
      { name: 'lint', conclusion: 'success' },
      { name: 'test (ubuntu-latest, 20)', conclusion: 'failure', failingStep: 4 },
      { name: 'test (windows-latest, 22)', conclusion: 'failure', failingStep: 3 },
      { name: 'notify', conclusion: null },
    ],
  });
  const tmp = mkdtempSync(join(tmpdir(), 'bench-notify-'));
  const files = {
    GITHUB_OUTPUT: join(tmp, 'out'),
    GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
    GITHUB_EVENT_PATH: join(tmp, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '{}');
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  const cmds: Record<string, Cmd> = {
    'shipline notify (action)': {
      args: [join(root, 'dist/notify/index.mjs')],
      env: {
        ...base,
        ...files,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/api',
        GITHUB_RUN_ID: '5001',
        GITHUB_RUN_ATTEMPT: '1',
        GITHUB_RUN_NUMBER: '17',
        GITHUB_WORKFLOW: 'ci',
        GITHUB_API_URL: sim.base,
        GITHUB_WORKSPACE: tmp,
        RUNNER_TEMP: tmp,
        'INPUT_WEBHOOK-URL': hookUrl,
        INPUT_TOKEN: 'ghs_bench',
        INPUT_FORMAT: 'slack',
        INPUT_WHEN: 'failure',
        'INPUT_DRY-RUN': 'false',
        'INPUT_FAIL-ON-ERROR': 'true',
        'INPUT_TIMEOUT-SECONDS': '10',
      },
    },
    'octokit notifier (peer)': {
      args: [join(root, 'bench/notify/octokit-peer.mjs')],
      env: { ...base, PEER_TOKEN: 'ghs_bench', PEER_API: sim.base, PEER_RUN: '5001', PEER_HOOK: hookUrl },
    },
    'node fetch POST (floor)': {
      args: ['-e', `fetch(${JSON.stringify(hookUrl)}, { method: 'POST', body: '{}' })`],
      env: base,
    },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cmds).map((k) => [k, []]));
  try {
    for (let i = 0; i < WARMUP + RUNS; i++) {
      for (const [name, c] of Object.entries(cmds)) {
        hook.requests.length = 0;
        const start = performance.now();
        let received = 0;
        hook.onRequest = () => (received = received || performance.now());
        const code = await new Promise<number | null>((resolve) => {
          const child = spawn(process.execPath, c.args, { env: c.env, cwd: tmp, stdio: 'ignore' });
          child.on('close', resolve);
        });
        if (code !== 0 || !received)
          throw new Error(`${name} exited ${code} and ${received ? 'did' : 'did not'} reach the receiver`);
        if (i >= WARMUP) times[name].push(received - start);
      }
    }
  } finally {
    await sim.close();
    await hook.close();
  }
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  const ours = ms['shipline notify (action)'];
  const floor = ms['node fetch POST (floor)'];
  const peer = ms['octokit notifier (peer)'];
  return {
    name: 'notify',
    description: `Process start to the webhook request received by a local receiver, median of ${RUNS} interleaved runs after ${WARMUP} warm-ups: the built notify action (reads the run and its jobs from the GitHub API simulator, renders Slack Block Kit, POSTs) vs an octokit notifier doing the same reads (@actions/github loaded) and a bare node fetch POST (the floor). shipline's notifier calls the API through core's request, so no octokit load is in its path.`,
    rows: [
      {
        metric: 'shipline notify: start → request received',
        value: round(ours, 1),
        unit: 'ms',
        goal: '< 500',
        pass: ours < 500,
      },
      { metric: 'octokit notifier (peer): start → request received', value: round(peer, 1), unit: 'ms' },
      { metric: 'node fetch POST (floor): start → request received', value: round(floor, 1), unit: 'ms' },
      {
        metric: 'shipline notify / octokit peer',
        value: round(ours / peer),
        unit: 'x',
        goal: '≤ 1',
        pass: ours <= peer,
      },
      {
        metric: 'shipline notify / floor',
        value: round(ours / floor),
        unit: 'x',
        note: 'what the API reads, the bundle and the message add over a bare POST',
      },
    ],
  };
}
