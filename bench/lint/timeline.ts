// Where the lint gate's time goes around its longest check: from the gate's start to mypy's start,
// mypy's own run, and from mypy's end to the gate's exit, on the lint bench's repository and four
// checks (serviceRepo, seedChecks), in the runner-like environment (no NODE_EXTRA_CA_CERTS). A
// wrapper stamps mypy's start and end; mypy alone is timed the same way between gate runs, and so
// is the least any node-based gate can cost: a 4-line ES module that spawns mypy and waits for it.
// Usage: npx tsx bench/lint/timeline.ts [runs]   (needs dist/ built)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MYPY, seedChecks, serviceRepo } from '../lint.bench.js';

const cli = join(import.meta.dirname, '../../dist/shipline/cli.mjs');
const runs = Number(process.argv[2] ?? 8);
const svc = serviceRepo();
const bin = mkdtempSync(join(tmpdir(), 'lint-timeline-'));
const stamps = join(bin, 'stamps');
const real = execFileSync('sh', ['-c', 'command -v mypy'], { encoding: 'utf8' }).trim();
const wrapper = join(bin, 'mypy');
writeFileSync(
  wrapper,
  `#!/bin/sh\necho "start $(date +%s%N)" >> '${stamps}'\n'${real}' "$@"; rc=$?\necho "end $(date +%s%N)" >> '${stamps}'\nexit $rc\n`,
  { mode: 0o755 },
);
const args = MYPY.slice(1);
const minimal = join(bin, 'spawn.mjs');
writeFileSync(
  minimal,
  `import { spawn } from 'node:child_process';\n` +
    `const c = spawn(${JSON.stringify(wrapper)}, ${JSON.stringify(args)}, { stdio: ['ignore', 'pipe', 'pipe'] });\n` +
    `c.stdout.resume();\nc.stderr.resume();\n`,
);
const checks = seedChecks([wrapper, ...args].join(' '));
const runnerEnv = { ...process.env };
delete runnerEnv.NODE_EXTRA_CA_CERTS;

/** The wrapper's stamps of the last run (ms since the epoch), read and cleared. */
function stamped(): { start: number; end: number } {
  const text = readFileSync(stamps, 'utf8');
  rmSync(stamps);
  const at = (what: string) => Number(new RegExp(`^${what} (\\d+)$`, 'm').exec(text)![1]) / 1e6;
  return { start: at('start'), end: at('end') };
}
const ms = (n: number): number => Math.round(n);

/** One run of `cmd args`: its wall time, and where mypy's own run sat in it (the wrapper's stamps). */
function timed(
  cmd: string,
  cmdArgs: string[],
  env = process.env,
): { wall: number; before: number; mypy: number; after: number } {
  const t0 = Date.now();
  spawnSync(cmd, cmdArgs, { cwd: svc.dir, env, stdio: 'ignore' });
  const t1 = Date.now();
  const { start, end } = stamped();
  return { wall: t1 - t0, before: start - t0, mypy: end - start, after: t1 - end };
}

for (let i = 0; i < runs; i++) {
  const alone = timed(wrapper, args);
  const gate = timed(process.execPath, [cli, 'lint', '--all', `--checks=${checks}`], runnerEnv);
  const least = timed(process.execPath, [minimal], runnerEnv);
  console.log(
    `mypy alone ${ms(alone.mypy)} ms | gate ${ms(gate.wall)} ms: start → mypy ${ms(gate.before)}, ` +
      `mypy ${ms(gate.mypy)}, mypy's end → exit ${ms(gate.after)} | a bare node spawner: start → mypy ` +
      `${ms(least.before)}, mypy ${ms(least.mypy)}, mypy's end → exit ${ms(least.after)}`,
  );
}
rmSync(bin, { recursive: true, force: true });
rmSync(svc.dir, { recursive: true, force: true });
