import { statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { TOOLS } from '../src/tools.js';
import { round, timeInterleaved, type BenchReport } from './lib.js';

const root = join(import.meta.dirname, '..');

function dirSize(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? dirSize(p) : statSync(p).size;
  }
  return total;
}

/** Cold start of every built entry (process start to exit on --help / a no-op) vs bare node. */
export async function bench(): Promise<BenchReport> {
  const cli = join(root, 'dist/shipline/cli.mjs');
  const ws = mkdtempSync(join(tmpdir(), 'bench-startup-'));
  const out = join(ws, 'out');
  writeFileSync(out, '');
  const cmds: Record<string, { cmd: string; args: string[]; env?: NodeJS.ProcessEnv }> = {
    'node -e 0': { cmd: process.execPath, args: ['-e', '0'] },
    'shipline --version': { cmd: process.execPath, args: [cli, '--version'] },
  };
  for (const t of TOOLS)
    cmds[`shipline ${t.command} --help`] = { cmd: process.execPath, args: [cli, t.command, '--help'] };
  // Action entries run as the runner runs them, on a no-op: the setup action, and notify with
  // nothing to say (when: failure on a success), which must not load any API client.
  const runnerEnv = { ...process.env, GITHUB_OUTPUT: out, GITHUB_PATH: out, RUNNER_TEMP: ws, GITHUB_WORKSPACE: ws };
  cmds['action: setup (root action.yml)'] = {
    cmd: process.execPath,
    args: [join(root, 'dist/setup/index.mjs')],
    env: runnerEnv,
  };
  cmds['action: notify, nothing to send'] = {
    cmd: process.execPath,
    args: [join(root, 'dist/notify/index.mjs')],
    env: {
      ...runnerEnv,
      'INPUT_WEBHOOK-URL': 'https://hooks.example.invalid/x',
      INPUT_STATUS: 'success',
      INPUT_WHEN: 'failure',
      'INPUT_DRY-RUN': 'false',
    },
  };
  const times = timeInterleaved(cmds, 21, 3);
  const base = times['node -e 0'];
  const rows: BenchReport['rows'] = [{ metric: 'node -e 0', value: round(base, 1), unit: 'ms' }];
  // Tools that call the GitHub API (notify) load octokit lazily, only when they call it.
  for (const [k, v] of Object.entries(times)) {
    if (k === 'node -e 0') continue;
    const ratio = v / base;
    rows.push({
      metric: `${k} / node -e 0`,
      value: round(ratio),
      unit: 'x',
      goal: '≤ 1.6',
      pass: ratio <= 1.6,
      note: `(${round(v, 1)} ms)`,
    });
  }
  const size = dirSize(join(root, 'dist'));
  rows.push({
    metric: 'dist/ total size',
    value: round(size / 1024 / 1024, 2),
    unit: 'MB',
    goal: '< 4',
    pass: size < 4 * 1024 * 1024,
  });
  return {
    name: 'startup',
    description:
      "Cold start, median of 21 interleaved runs after 3 warm-ups, of the built CLI entry for each tool's `--help` and of two action entries on a no-op (run with INPUT_* and GITHUB_OUTPUT as the runner does), against bare `node -e 0` in the same run; and the size of all of dist/.",
    rows,
  };
}
