#!/usr/bin/env node
// `npm run demo`: the real pipeline (.github/workflows/pipeline.yml → ci.yml → cd.yml) on
// examples/service, run by the local workflow executor (`shipline workflow run`, no Docker):
// a throwaway git repository holds a copy of the service and a caller workflow shaped like
// workflows-templates/node-service.yml, calling acme/shipline/.github/workflows/pipeline.yml at
// this checkout's HEAD (--repo maps acme/shipline to this folder). Event: a push to the default
// branch, so CD runs too; ACT=true keeps image build, deploy and notify dry runs.
// The stage order is the workflows', not this script's: it only prints the jobs as they ended.
// Caches and artifacts live in .shipline-out/demo/workflow; a second run restores the timings
// and the coverage baseline the first one saved.
//
// Exit code: 0 when the workflow concluded success, 1 otherwise. Needs nothing but `npm ci`.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const service = join(root, 'examples', 'service');
const cli = join(root, 'dist', 'shipline', 'cli.mjs');
// SHIPLINE_DEMO_OUT: another folder for all of it (the test suite keeps it in its temporary folder).
const out = process.env.SHIPLINE_DEMO_OUT || join(root, '.shipline-out', 'demo');
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);

/** The caller workflow: the node template's choices, for this service. */
export function callerWorkflow(ref) {
  return `name: example service
on: [push, pull_request]
jobs:
  pipeline:
    uses: acme/shipline/.github/workflows/pipeline.yml@${ref}
    permissions:
      actions: read
      contents: read
      packages: write
      pull-requests: write
    secrets:
      webhook-url: \${{ secrets.SHIPLINE_WEBHOOK_URL }}
    with:
      lint-config: .shipline/lint.yml
      test-globs: test/**/*.test.js
      test-command: mkdir -p reports coverage && node --test --experimental-test-coverage --test-reporter=./reporters/junit.mjs --test-reporter-destination=reports/junit.xml --test-reporter=lcov --test-reporter-destination=coverage/lcov.info {files}
      timings: timings/junit.xml
      target-seconds: 5
      max-shards: 4
      min-lines: '80'
      coverage-exclude: |
        test/**
        reporters/**
      image: ghcr.io/acme/example-service
      build-args: BASE_IMAGE=scratch
      push: 'false'
      manifests: k8s/*.yaml
`;
}

const git = (cwd, ...args) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};

/** A git repository holding a copy of the service and the caller workflow, one commit on main. */
export function makeServiceRepo(dir, ref = git(root, 'rev-parse', 'HEAD'), tweak = () => {}) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(service, dir, {
    recursive: true,
    filter: (p) => !/[/\\](node_modules|\.shipline-demo|reports|coverage)([/\\]|$)/.test(relative(service, p) ? p : ''),
  });
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
  writeFileSync(join(dir, '.github', 'workflows', 'pipeline.yml'), callerWorkflow(ref));
  tweak(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, '-c', 'user.name=demo', '-c', 'user.email=demo@example.com', 'commit', '-q', '-m', 'example service');
  return dir;
}

/** Run the workflow through the built CLI; returns the exit code, output and run record. */
export function runWorkflow(repo, outDir, extra = [], env = {}) {
  const r = spawnSync(
    process.execPath,
    [
      cli,
      'workflow',
      'run',
      '-W',
      '.github/workflows/pipeline.yml',
      '--repo',
      `acme/shipline=${root}`,
      '--repository',
      'acme/example-service',
      '--out',
      outDir,
      ...extra,
    ],
    {
      cwd: repo,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // The lint gate's eslint: shipline's own, as in the template's install step.
      env: { ...process.env, PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter), ...env },
    },
  );
  const recordFile = join(outDir, 'run.json');
  const record = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : { legs: [] };
  return { code: r.status ?? 1, text: `${r.stdout ?? ''}${r.stderr ?? ''}`, record };
}

/** The table's stages: jobs (and one step) of the run, matched by their names in ci.yml/cd.yml. */
const STAGES = [
  ['lint gate', { job: /ci \/ lint gate$/ }],
  ['shard plan', { job: /ci \/ shard plan$/ }],
  ['tests', { job: /ci \/ test \(shard/ }],
  ['timings merged for the next plan', { job: /ci \/ coverage gate$/, step: /^Merge this run's timings/ }],
  ['coverage gate', { job: /ci \/ coverage gate$/ }],
  ['image build', { job: /cd \/ image build$/ }],
  ['deploy', { job: /cd \/ deploy$/ }],
  ['notify', { job: /\/ notify$/ }],
];

/** One table row from the run record (`legs`: every job and matrix leg as it ended). */
export function stageRow(name, match, legs) {
  let mine = legs.filter((l) => match.job.test(l.job));
  if (match.step)
    mine = mine.flatMap((l) =>
      (l.steps ?? [])
        .filter((s) => match.step.test(s.name))
        .map((s) => ({ job: s.name, result: s.outcome, seconds: s.seconds, outputs: {} })),
    );
  if (!mine.length) return { name, status: 'not run', seconds: 0, detail: 'not in this run' };
  const failed = mine.filter((l) => l.result.startsWith('failure'));
  const seconds = Math.max(...mine.map((l) => l.seconds));
  const shown = mine.length > 1 ? `${name} (${mine.length} ${name === 'tests' ? 'shards' : 'jobs'})` : name;
  if (failed.length) return { name: shown, status: 'failed', seconds, detail: failed.map((l) => l.job).join(', ') };
  if (mine.every((l) => l.result === 'skipped'))
    return {
      name: shown,
      status: 'skipped',
      seconds,
      detail: name === 'notify' ? 'nothing failed (if: failure())' : 'its if: was false',
    };
  const o = mine[mine.length - 1].outputs ?? {};
  if (name === 'image build' && !o['image-ref'])
    return {
      name: shown,
      status: 'dry',
      seconds,
      detail: `dry run: would build ${o.image ?? 'the image'} (a local run; no push)`,
    };
  if (name === 'deploy' && o.result === 'dry-run')
    return { name: shown, status: 'dry', seconds, detail: 'dry run of the rollout (a local run)' };
  const detail =
    name === 'tests'
      ? `${mine.length} shard(s) in parallel`
      : name === 'coverage gate'
        ? `lines ${o.lines ?? '?'}% (gate: ≥ 80%)`
        : name === 'shard plan'
          ? `${o['shard-count'] ?? '?'} shard(s) planned from measured timings`
          : 'passed';
  return { name: shown, status: 'passed', seconds, detail };
}

async function main() {
  if (!existsSync(cli)) {
    console.error(`error: ${relative(root, cli)} is missing: run npm run build`);
    return 1;
  }
  mkdirSync(out, { recursive: true });
  const started = performance.now();
  const repo = makeServiceRepo(join(out, 'repo'));
  const engine = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 10_000 });
  console.log(`shipline demo: pipeline.yml on examples/service through shipline workflow run (push to main)`);
  if (engine.status !== 0)
    console.log('no Docker engine answers: the image stage is a dry run (as every side effect is, locally)');
  const run = runWorkflow(repo, join(out, 'workflow'));
  process.stdout.write(run.text);
  const legs = run.record.legs ?? [];
  const rows = STAGES.map(([name, match]) => stageRow(name, match, legs));
  const total = (performance.now() - started) / 1000;
  const width = Math.max(...rows.map((r) => r.name.length));
  const mark = {
    passed: paint(32, 'passed'),
    dry: paint(36, 'dry run'),
    failed: paint(31, 'FAILED'),
    skipped: paint(90, 'skipped'),
    'not run': paint(33, 'not run'),
  };
  console.log(`\n${paint(1, 'shipline demo')}`);
  for (const r of rows)
    console.log(
      `  ${r.name.padEnd(width)}  ${mark[r.status].padEnd(color ? 18 : 9)}  ${r.seconds.toFixed(1).padStart(5)} s  ${r.detail}`,
    );
  console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(color ? 18 : 9)}  ${total.toFixed(1).padStart(5)} s`);
  const verdict =
    run.code === 0 ? 'the workflow concluded success' : `the workflow concluded ${run.record.result ?? 'failure'}`;
  console.log(`\n${paint(run.code === 0 ? 32 : 31, verdict)}`);
  const md = [
    '# shipline demo on examples/service',
    '',
    `**${verdict}** (${total.toFixed(1)} s)`,
    '',
    '| stage | result | seconds | detail |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.status} | ${r.seconds.toFixed(1)} | ${r.detail.replace(/\|/g, '\\|')} |`),
    '',
  ].join('\n');
  const jobSummaries = join(out, 'workflow', 'summary.md');
  writeFileSync(
    join(out, 'summary.md'),
    md + (existsSync(jobSummaries) ? `\n${readFileSync(jobSummaries, 'utf8')}` : ''),
  );
  writeFileSync(join(out, 'summary.json'), JSON.stringify({ verdict, seconds: total, stages: rows }, null, 2) + '\n');
  console.log(`summary: ${relative(process.cwd(), join(out, 'summary.md'))}`);
  return run.code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
