#!/usr/bin/env node
// The bench baseline of `npm run demo` (bench/demo.bench.ts): the demo as it was before the
// executor, the same tools through the CLI in sequence, stage order written by hand.
// Was `npm run demo`: the whole shipline pipeline on examples/service, locally, through the same
// CLI the actions run (node dist/shipline/cli.mjs): lint gate → shard plan from committed
// timings → the shards' tests in parallel (JUnit + LCOV) → timings merged → coverage merged
// and gated → image built (a dry run when no Docker engine answers) → deploy and notify as
// dry runs. Each stage's result and time are printed; the combined summary is written to
// .shipline-out/demo/summary.md (and summary.json).
//
// Exit code: 1 when a stage that is built failed; otherwise 3 when a stage's tool is still the
// "not built yet" placeholder (the run is incomplete, not a success); 0 when every stage ran.
// Needs nothing but `npm ci`: no daemon, no network.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const service = join(root, 'examples', 'service');
const cli = join(root, 'dist', 'shipline', 'cli.mjs');
const out = join(root, '.shipline-out', 'demo-cli');
const work = join(service, '.shipline-demo-cli'); // reports the tools read, relative to the service
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
const MARK = {
  passed: paint(32, 'passed'),
  dry: paint(36, 'dry run'),
  failed: paint(31, 'FAILED'),
  'not built': paint(33, 'NOT BUILT'),
  skipped: paint(90, 'skipped'),
};

/** Run the built CLI; outputs come back through a GITHUB_OUTPUT file, the summary through --summary. */
function shipline(stage, args, { cwd = service, env = {}, summaryFlag = true } = {}) {
  const outputFile = join(out, `${stage}.outputs`);
  const summary = join(out, `${stage}.md`);
  writeFileSync(outputFile, '');
  rmSync(summary, { force: true });
  // Subcommands (shard timings) take their own argv, without the global --summary flag.
  const r = spawnSync(process.execPath, [cli, ...args, ...(summaryFlag ? ['--summary', summary] : [])], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const text = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  writeFileSync(join(out, `${stage}.log`), `$ shipline ${args.join(' ')}\n${text}`);
  return {
    command: args[0],
    code: r.status ?? 1,
    text,
    notBuilt: /is not built yet/.test(text),
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  };
}

/** The runner's file-command format: name=value or name<<DELIM ... DELIM. */
function parseOutputs(text) {
  const o = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const h = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (h) {
      const v = [];
      for (i++; i < lines.length && lines[i] !== h[2]; i++) v.push(lines[i]);
      o[h[1]] = v.join('\n');
    } else if (lines[i].includes('='))
      o[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
  }
  return o;
}

/** Split the shard action's `shell` file list (POSIX quoting) back into paths. */
export function shellWords(s) {
  const words = [];
  let cur = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      cur = (cur ?? '') + s.slice(i + 1, end < 0 ? s.length : end);
      i = end < 0 ? s.length : end;
    } else if (c === '\\' && i + 1 < s.length) cur = (cur ?? '') + s[++i];
    else if (/\s/.test(c)) {
      if (cur !== null) words.push(cur);
      cur = null;
    } else cur = (cur ?? '') + c;
  }
  if (cur !== null) words.push(cur);
  return words;
}

const stages = [];
async function stage(name, fn) {
  const started = performance.now();
  process.stdout.write(`\n${paint(1, `▶ ${name}`)}\n`);
  let r;
  try {
    r = await fn();
  } catch (e) {
    r = { status: 'failed', detail: `demo error: ${e instanceof Error ? e.message : String(e)}` };
  }
  const ms = Math.round(performance.now() - started);
  stages.push({ name, ms, ...r });
  process.stdout.write(`  ${MARK[r.status]} in ${(ms / 1000).toFixed(1)} s — ${r.detail}\n`);
  return r;
}

/**
 * Is `command` still the "not built yet" placeholder? A placeholder rejects the real flags
 * before it can say so, so when a run fails on a flag, ask the bare command in an empty
 * folder: only a placeholder answers "not built yet" (a built tool names a missing input).
 */
const placeholderCache = new Map();
function isPlaceholder(command) {
  if (!placeholderCache.has(command)) {
    const empty = join(out, 'empty');
    mkdirSync(empty, { recursive: true });
    const r = spawnSync(process.execPath, [cli, command], {
      cwd: empty,
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH ?? '', HOME: empty },
    });
    placeholderCache.set(command, /is not built yet/.test(`${r.stdout}${r.stderr}`));
  }
  return placeholderCache.get(command);
}

/** Map a CLI run to a stage result. */
function verdict(run, okDetail, { dry = false } = {}) {
  if (
    !run.notBuilt &&
    run.code !== 0 &&
    /Unknown option|Unexpected argument/.test(run.text) &&
    isPlaceholder(run.command)
  )
    run.notBuilt = true;
  if (run.notBuilt)
    return {
      status: 'not built',
      detail: 'this tool is still the "not built yet" placeholder',
      summary: run.summary,
      run,
    };
  if (run.code !== 0) {
    const why =
      run.text
        .split('\n')
        .filter((l) => /error/i.test(l))
        .slice(-1)[0] ?? `exit code ${run.code}`;
    return { status: 'failed', detail: why.trim(), summary: run.summary, run };
  }
  return { status: dry ? 'dry' : 'passed', detail: okDetail(run.outputs), summary: run.summary, run };
}

function testFiles() {
  return readdirSync(join(service, 'test'))
    .filter((f) => f.endsWith('.test.js'))
    .sort()
    .map((f) => `test/${f}`);
}

/** One shard: node --test with the file-aware JUnit reporter and LCOV, in its own process. */
function runShard(index, files) {
  const dir = join(work, `shard-${index}`);
  mkdirSync(dir, { recursive: true });
  const args = [
    '--test',
    '--experimental-test-coverage',
    '--test-reporter=./reporters/junit.mjs',
    `--test-reporter-destination=${relative(service, join(dir, 'junit.xml'))}`,
    '--test-reporter=lcov',
    `--test-reporter-destination=${relative(service, join(dir, 'lcov.info'))}`,
    '--test-reporter=tap',
    `--test-reporter-destination=${relative(service, join(dir, 'tap.txt'))}`,
    ...files,
  ];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: service, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const tap = existsSync(join(dir, 'tap.txt')) ? readFileSync(join(dir, 'tap.txt'), 'utf8') : '';
      const count = (k) => Number(new RegExp(`^# ${k} (\\d+)`, 'm').exec(tap)?.[1] ?? 0);
      resolve({
        index,
        files,
        code,
        seconds: (performance.now() - started) / 1000,
        pass: count('pass'),
        fail: count('fail'),
        err,
      });
    });
  });
}

async function main() {
  if (!existsSync(cli)) {
    console.error(
      `error: ${relative(root, cli)} is missing: run npm run build (it is committed, so npm ci alone should have it)`,
    );
    return 1;
  }
  rmSync(out, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  mkdirSync(work, { recursive: true });
  const pathWithEslint = { PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter) };
  console.log(`shipline demo on ${relative(root, service)} (outputs in ${relative(root, out)})`);

  await stage('lint gate', () =>
    verdict(
      shipline('lint', ['lint', '--config', '.shipline/lint.yml', '--all'], { env: pathWithEslint }),
      (o) =>
        `${o.result ?? 'passed'}, ${o.findings ?? '?'} findings${o['duration-ms'] ? ` in ${o['duration-ms']} ms` : ''}`,
    ),
  );

  let shards = [];
  await stage('shard plan', () => {
    const run = shipline('shard', [
      'shard',
      '--tests',
      'test/**/*.test.js',
      '--shards',
      'auto',
      '--target-seconds',
      '5',
      '--max-shards',
      '4',
      '--timings',
      'timings/junit.xml',
    ]);
    const v = verdict(
      run,
      (o) =>
        `${o['shard-count']} shards from timings/junit.xml, predicted ${o['predicted-seconds']} s (lower bound ${o['lower-bound-seconds']} s)`,
    );
    if (v.status === 'passed') {
      const matrix = JSON.parse(run.outputs.matrix);
      shards = matrix.include
        .filter((s) => s.files)
        .map((s) => ({ index: s.shard, files: shellWords(s.files), quarantine: Boolean(s.quarantine) }));
      if (shards.length !== matrix.include.length)
        return {
          status: 'failed',
          detail: 'the matrix carries no files for some shards (over the output limit?)',
          summary: run.summary,
        };
    } else {
      shards = [{ index: 1, files: testFiles(), quarantine: false }];
      v.detail += `; the demo runs all ${shards[0].files.length} test files as one shard instead`;
    }
    return v;
  });

  const results = await (async () => {
    let res = [];
    await stage(`tests (${shards.length} shard${shards.length === 1 ? '' : 's'} in parallel)`, async () => {
      res = await Promise.all(shards.map((s) => runShard(s.index, s.files)));
      const lines = res.map(
        (r) =>
          `shard ${r.index}: ${r.pass} passed, ${r.fail} failed in ${r.seconds.toFixed(1)} s (${r.files.join(' ')})`,
      );
      for (const l of lines) console.log(`  ${l}`);
      const failed = res.filter((r) => r.code !== 0 && !shards.find((s) => s.index === r.index)?.quarantine);
      const slowest = Math.max(...res.map((r) => r.seconds));
      const summary = `| shard | files | passed | failed | seconds |\n|---|---|---|---|---|\n${res.map((r) => `| ${r.index} | ${r.files.join(', ')} | ${r.pass} | ${r.fail} | ${r.seconds.toFixed(1)} |`).join('\n')}\n`;
      if (failed.length)
        return {
          status: 'failed',
          detail: `shard ${failed.map((r) => r.index).join(', ')} failed: ${failed[0].err.trim().split('\n').slice(-1)[0] ?? ''}`,
          summary,
        };
      return {
        status: 'passed',
        detail: `${res.reduce((n, r) => n + r.pass, 0)} tests passed; slowest shard ${slowest.toFixed(1)} s`,
        summary,
      };
    });
    return res;
  })();

  await stage('timings merged for the next plan', () => {
    if (!results.length) return { status: 'skipped', detail: 'no shard ran' };
    // A placeholder has no subcommands: it would fail on the argument, not say "not built".
    if (stages.find((s) => s.name === 'shard plan')?.status === 'not built')
      return {
        status: 'not built',
        detail: 'shipline shard timings belongs to the shard tool, still the "not built yet" placeholder',
      };
    const run = shipline(
      'timings',
      [
        'shard',
        'timings',
        '--from',
        '.shipline-demo-cli/shard-*/junit.xml',
        '--out',
        '.shipline-demo-cli/timings.json',
      ],
      { summaryFlag: false },
    );
    return verdict(run, () => `${relative(root, join(work, 'timings.json'))} written`);
  });

  await stage('coverage gate', () => {
    if (!results.length) return { status: 'skipped', detail: 'no shard ran' };
    const previous = join(out, '..', 'demo-baseline.json');
    const args = [
      'coverage',
      '--files',
      '.shipline-demo-cli/shard-*/lcov.info',
      '--exclude',
      'test/**',
      '--exclude',
      'reporters/**',
      '--min-lines',
      '80',
      '--merged-report',
      '.shipline-demo-cli/merged.lcov',
      '--write-baseline',
      '.shipline-demo-cli/baseline.json',
      '--no-comment',
    ];
    if (existsSync(previous)) args.push('--baseline', relative(service, previous), '--max-drop', '1');
    const v = verdict(
      shipline('coverage', args),
      (o) =>
        `lines ${o.lines}%${o.branches ? `, branches ${o.branches}%` : ''}${o.delta ? `, ${o.delta} points against the last demo run` : ''} (gate: ≥ 80%)`,
    );
    if (v.status === 'passed' && existsSync(join(work, 'baseline.json')))
      writeFileSync(previous, readFileSync(join(work, 'baseline.json')));
    return v;
  });

  let imageRef = '';
  await stage('image build', () => {
    const engine = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    const up = engine.status === 0;
    const args = [
      'docker-build',
      '--image',
      'ghcr.io/acme/example-service',
      '--context',
      '.',
      '--build-args',
      'BASE_IMAGE=scratch',
      '--push',
      'false',
      '--no-skip-if-exists',
      '--dry-run',
      up ? 'false' : 'true',
    ];
    const v = verdict(
      shipline('docker', args),
      (o) =>
        `${up ? 'built' : 'dry run (no Docker engine is running: these are the commands it would run)'} ${o.image ?? ''}`.trim(),
      { dry: !up },
    );
    imageRef = v.run?.outputs['image-ref'] || v.run?.outputs.image || '';
    return v;
  });

  await stage('deploy (dry run)', () => {
    const ref = imageRef || 'ghcr.io/acme/example-service:demo';
    const args = [
      'deploy',
      '--manifests',
      'k8s/*.yaml',
      '--images',
      `ghcr.io/acme/example-service=${ref}`,
      '--namespace',
      'default',
      '--dry-run',
      'true',
    ];
    const v = verdict(shipline('deploy', args), (o) => `would roll out ${ref}: result ${o.result ?? '?'}`, {
      dry: true,
    });
    // A deploy dry run is validated by a cluster (kubectl --dry-run=server/client); with none
    // configured there is nothing to validate against: said so, not counted as a failure.
    if (v.status === 'failed' && /no cluster configured|connection to the server .* was refused/i.test(v.run.text))
      return {
        ...v,
        status: 'skipped',
        detail:
          'no Kubernetes cluster configured: set KUBECONFIG (or a current kubectl context) to see the dry run validated against it',
      };
    return v;
  });

  const anyFailed = stages.some((s) => s.status === 'failed');
  await stage('notify (dry run)', () => {
    const args = [
      'notify',
      '--webhook-url',
      'https://hooks.example.invalid/services/demo',
      '--format',
      'slack',
      '--when',
      'always',
      '--status',
      anyFailed ? 'failure' : 'success',
      '--dry-run',
      'true',
    ];
    // What a run on GitHub would know, from git, so the message shows its real fields.
    const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' }).stdout?.trim() || '';
    const env = {
      GITHUB_REPOSITORY: 'local/shipline',
      GITHUB_WORKFLOW: 'shipline demo',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_SHA: git('rev-parse', 'HEAD'),
      GITHUB_REF_NAME: git('rev-parse', '--abbrev-ref', 'HEAD'),
      GITHUB_ACTOR: process.env.USER || 'you',
      GITHUB_RUN_NUMBER: '1',
    };
    return verdict(
      shipline('notify', args, { env }),
      (o) =>
        `would send a ${o.status ?? (anyFailed ? 'failure' : 'success')} message (shown in ${relative(root, join(out, 'notify.md'))})`,
      { dry: true },
    );
  });

  return report();
}

function report() {
  const failed = stages.filter((s) => s.status === 'failed');
  const notBuilt = stages.filter((s) => s.status === 'not built');
  const skipped = stages.filter((s) => s.status === 'skipped');
  const total = stages.reduce((t, s) => t + s.ms, 0);
  const verdictLine = failed.length
    ? `FAILED: ${failed.map((s) => s.name).join(', ')}`
    : notBuilt.length
      ? `INCOMPLETE: ${notBuilt.length} stage(s) not built yet (${notBuilt.map((s) => s.name).join(', ')}); every stage that is built passed`
      : skipped.length
        ? 'every stage that ran passed'
        : 'every stage passed';
  const skippedNote = skipped.length ? `; skipped: ${skipped.map((s) => s.name).join(', ')}` : '';
  const width = Math.max(...stages.map((s) => s.name.length));
  console.log(`\n${paint(1, 'shipline demo')}`);
  for (const s of stages)
    console.log(
      `  ${s.name.padEnd(width)}  ${MARK[s.status].padEnd(color ? 18 : 9)}  ${(s.ms / 1000).toFixed(1).padStart(5)} s  ${s.detail}`,
    );
  console.log(`  ${'total'.padEnd(width)}  ${''.padEnd(color ? 18 : 9)}  ${(total / 1000).toFixed(1).padStart(5)} s`);
  console.log(`\n${paint(failed.length ? 31 : notBuilt.length ? 33 : 32, verdictLine + skippedNote)}`);
  const md = [
    '# shipline demo on examples/service',
    '',
    `**${verdictLine}${skippedNote}** (${(total / 1000).toFixed(1)} s)`,
    '',
    '| stage | result | seconds | detail |',
    '|---|---|---|---|',
    ...stages.map(
      (s) => `| ${s.name} | ${s.status} | ${(s.ms / 1000).toFixed(1)} | ${String(s.detail).replace(/\|/g, '\\|')} |`,
    ),
    '',
    ...stages.filter((s) => s.summary).flatMap((s) => [`## ${s.name}`, '', s.summary.trim(), '']),
  ].join('\n');
  writeFileSync(join(out, 'summary.md'), md + '\n');
  writeFileSync(
    join(out, 'summary.json'),
    JSON.stringify(
      {
        verdict: verdictLine + skippedNote,
        stages: stages.map(({ name, status, ms, detail }) => ({ name, status, ms, detail })),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`summary: ${relative(process.cwd(), join(out, 'summary.md'))}`);
  return failed.length ? 1 : notBuilt.length ? 3 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main();
}
