import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { GateReport } from '../../src/lint/report.js';
import { TestRepo } from '../helpers/git.js';
import { ROOT } from '../helpers/runner.js';
import { cleanEnv, gitFirstOnPath, runLint } from './helpers.js';
import { alive } from '../helpers/step.js';

const report = (r: { outputs: Record<string, string> }) =>
  JSON.parse(readFileSync(r.outputs.report, 'utf8')) as GateReport;

function repo(): TestRepo {
  const r = new TestRepo();
  r.write('a.txt', 'x\n').commit('base');
  r.git('checkout', '-q', '-b', 'work');
  r.write('a.txt', 'y\n');
  return r;
}
const check = (name: string, script: string) => `- name: ${name}\n  run: ${JSON.stringify(script)}\n  shell: true\n`;

describe('a check ends when its process exits (issue 15, item 12)', () => {
  it('a setsid grandchild holding stdout does not keep the gate alive: it is killed and named', async () => {
    const dir = repo().dir;
    const pidFile = join(dir, 'daemon.pid');
    const r = await runLint(dir, {
      checks: check('daemon', `setsid sh -c 'echo $$ > ${pidFile}; exec sleep 60' & sleep 0.2; echo done`),
      budget: '30',
    });
    expect(r.exitCode).toBe(0);
    const c = report(r).checks[0];
    expect(c.status).toBe('passed');
    expect(c.detail).toMatch(/left 1 process\(es\) running after it exited, killed: sleep 60 \(pid \d+\)/);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 15_000);

  it('a passing check that leaves a background child passes (not over budget), the child killed', async () => {
    const dir = repo().dir;
    const r = await runLint(dir, { checks: check('bg', 'sleep 60 & echo started'), budget: '5' });
    expect(r.exitCode).toBe(0);
    expect(report(r).checks[0]).toMatchObject({ status: 'passed', detail: expect.stringMatching(/killed: sleep 60/) });
  }, 15_000);
});

describe('git work counts against the budget (issue 15, item 12)', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  it('deepening a shallow clone against a stalled origin stops at the budget and names fetch-depth', async () => {
    const origin = new TestRepo();
    origin.write('f.txt', '1\n').commit('one');
    const first = origin.git('rev-parse', 'HEAD').trim();
    origin.write('f.txt', '2\n').commit('two');
    const clone = new TestRepo(undefined, false);
    clone.git('clone', '-q', '--depth', '1', `file://${origin.dir}`, '.');
    // An origin that accepts the connection and never answers.
    const sockets: import('node:net').Socket[] = [];
    server = createServer((s) => sockets.push(s));
    await new Promise<void>((res) => server!.listen(0, '127.0.0.1', res));
    const port = (server.address() as { port: number }).port;
    clone.git('remote', 'set-url', 'origin', `git://127.0.0.1:${port}/stalled`);
    const r = await runLint(clone.dir, { checks: check('ok', 'true'), base: first, budget: '2' });
    for (const s of sockets) s.destroy();
    // An input error (the exit-code policy's 2): the fix is the workflow's fetch-depth or budget.
    expect(r.exitCode).toBe(2);
    expect(r.logger.text).not.toMatch(/\n\s+at /);
    expect(r.logger.text).toMatch(/the gate's budget \(2\.00 s\) ran out while git looked for the diff base/);
    expect(r.logger.text).toMatch(/fetch-depth: 0/);
  }, 20_000);
});

describe('cancellation (issue 15, item 3)', () => {
  it('a cancelled run kills every check and grandchild, writes its summary and outputs, and says cancelled', async () => {
    const dir = repo().dir;
    const pidFile = join(dir, 'child.pid');
    const ac = new AbortController();
    setTimeout(() => ac.abort('SIGINT'), 700);
    const r = await runLint(
      dir,
      {
        checks:
          check('slow', `sh -c 'echo $$ > ${pidFile}; exec sleep 60' & wait`) +
          check('slower', 'sleep 60') +
          check('queued', 'true'),
        parallel: '2',
      },
      { signal: ac.signal },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs.result).toBe('cancelled');
    const rep = report(r);
    expect(rep.checks.map((c) => [c.name, c.status])).toEqual([
      ['slow', 'cancelled'],
      ['slower', 'cancelled'],
      ['queued', 'cancelled'],
    ]);
    expect(r.summary).toContain('Lint gate: 🚫 cancelled');
    expect(r.logger.text).toMatch(/lint gate cancelled: 3 check\(s\) stopped/);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 15_000);
});

describe('cancelled while the changed lines are read beside the checks', () => {
  it('says cancelled and nothing about the changed lines it was reading', async () => {
    const dir = repo().dir;
    // A git whose diff takes 5 s: the read started once `found` ends is still running at the cancel.
    const bin = gitFirstOnPath((b) => `case " $* " in *" diff "*) touch '${b}/diffing'; sleep 5 ;; esac`);
    // Cancel once the diff is under way (that is, after `found` ended), as a runner's cancel would.
    const ac = new AbortController();
    const poll = setInterval(() => existsSync(join(bin, 'diffing')) && ac.abort('SIGINT'), 50);
    const r = await runLint(
      dir,
      {
        checks:
          `- name: found\n  run: ${JSON.stringify('echo a.txt:1:1: bad; exit 1')}\n  shell: true\n  format: gcc\n` +
          check('slow', 'sleep 60'),
        parallel: '2',
        'fail-on': 'changed-lines',
      },
      { signal: ac.signal },
    ).finally(() => clearInterval(poll));
    expect(r.outputs.result).toBe('cancelled');
    expect(report(r).checks.map((c) => [c.name, c.status])).toEqual([
      ['found', 'failed'],
      ['slow', 'cancelled'],
    ]);
    expect(r.logger.text).toMatch(/lint gate cancelled/);
    expect(r.logger.text).not.toMatch(/could not tell the changed lines/);
    expect(r.logger.text).toMatch(/fail-on: changed-lines/);
  }, 20_000);
});

describe('Ctrl-C on the CLI (the pre-commit use)', () => {
  it('SIGINT stops every check and grandchild, prints the summary, and exits 130', async () => {
    const dir = repo().dir;
    const pidFile = join(dir, 'grandchild.pid');
    const cli = join(ROOT, 'dist/shipline/cli.mjs');
    const child = spawn(
      process.execPath,
      [cli, 'lint', `--checks=${check('slow', `sh -c 'echo $$ > ${pidFile}; exec sleep 60' & wait`)}`],
      { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const closed = new Promise<number | null>((r) => child.on('close', r));
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    for (let i = 0; i < 100 && !existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGINT');
    const code = await closed;
    expect(code, out).toBe(130);
    expect(out).toMatch(/lint gate cancelled: 1 check\(s\) stopped/);
    expect(alive(Number(readFileSync(pidFile, 'utf8')))).toBe(false);
  }, 20_000);
});
