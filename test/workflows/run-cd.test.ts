import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { needs } from '../helpers/real.js';
import { ROOT, loadWorkflow } from './lib.js';
import { runStep } from './steps.js';
import { repo as serviceRepo } from './templates-run.js';

// Issue 18: cd.yml through the local executor (`shipline workflow run`, GitHub's semantics, no
// containers; the deploys dry under it): a push goes build → staging → production → promote
// in that order, each deploy job in its GitHub environment; a workflow_dispatch of the Python
// template with a version rolls back to that image without CI and without a build.

const CLI = join(ROOT, 'dist/shipline/cli.mjs');
const git = (cwd: string, ...args: string[]) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
};
// The reusable workflows are read at a commit: this checkout's HEAD (commit before testing).
const REF = git(ROOT, 'rev-parse', 'HEAD');
const VERSION = '0123456789abcdef0123456789abcdef01234567';

/** A git repository holding the Python example service and these files. */
const repo = (files: Record<string, string>) => serviceRepo(files, { 'python-service': '.' });

interface Run {
  code: number | null;
  out: string;
  /** job name → result, in the order the executor finished them. */
  jobs: Array<[string, string]>;
  record: string;
  /** Every job's log, one after another. */
  logs: string;
}

/** The text of every file under dir (the executor's logs: a folder per job). */
function readAll(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => (e.isDirectory() ? readAll(join(dir, e.name)) : readFileSync(join(dir, e.name), 'utf8')))
    .join('\n');
}

function run(dir: string, workflow: string, event: string, inputs: string[] = []): Run {
  const out = mkdtempSync(join(tmpdir(), 'shipline-cd-e2e-out-'));
  const r = spawnSync(
    process.execPath,
    [
      CLI,
      'workflow',
      'run',
      '-W',
      workflow,
      '--event',
      event,
      ...inputs.flatMap((i) => ['--input', i]),
      '--repo',
      `acme/shipline=${ROOT}`,
      '--repository',
      'acme/service',
      '--out',
      out,
      '--secret',
      'GITHUB_TOKEN=ghs_local_placeholder',
    ],
    { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const recordFile = join(out, 'run.json');
  const record = existsSync(recordFile) ? readFileSync(recordFile, 'utf8') : '';
  const logs = readAll(join(out, 'logs'));
  rmSync(out, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  const jobs = [...(r.stdout + r.stderr).matchAll(/^[✓✗○] (.+?): (success|failure|skipped|cancelled)/gm)].map(
    (m) => [m[1], m[2]] as [string, string],
  );
  return { code: r.status, out: r.stdout + r.stderr, jobs, record, logs };
}

const caller = dump(
  {
    name: 'cd',
    on: { push: { branches: ['main'] } },
    permissions: {},
    jobs: {
      cd: {
        name: 'shipline',
        uses: `acme/shipline/.github/workflows/cd.yml@${REF}`,
        permissions: { contents: 'read', packages: 'write' },
        with: {
          image: 'ghcr.io/acme/python-service',
          manifests: 'k8s/*.yaml',
          'staging-environment': 'staging',
          'staging-url': 'https://staging.api.example.com',
          'environment-url': 'https://api.example.com',
          strategy: 'canary',
        },
      },
    },
  },
  { lineWidth: -1 },
);

describe('cd.yml through shipline workflow run (issue 18)', () => {
  needs('the built CLI', existsSync(CLI))(
    'a push: build, staging, production, then the promote job, each deploy in its environment',
    () => {
      const r = run(repo({ '.github/workflows/cd.yml': caller }), '.github/workflows/cd.yml', 'push');
      expect(r.code, r.out).toBe(0);
      const names = r.jobs.map(([n]) => n);
      const result = Object.fromEntries(r.jobs);
      for (const job of ['image build', 'deploy to staging', 'deploy', 'promote'])
        expect(result[`shipline / ${job}`], `${job}\n${r.out}`).toBe('success');
      expect(result['shipline / notify']).toBe('skipped');
      const order = ['image build', 'deploy to staging', 'deploy', 'promote'].map((j) =>
        names.indexOf(`shipline / ${j}`),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(r.out).toMatch(/environment: staging \(recorded/);
      expect(r.out).toMatch(/environment: production \(recorded/);
      // Production stopped before full traffic (promotion manual); the promote job promoted.
      // Staging goes all the way; production stops before full traffic; the promote job promotes.
      expect(r.logs).toContain(
        'would deploy canary in steps 10,50,100 beside a baseline, then roll the main deployment',
      );
      expect(r.logs).toContain('would deploy canary in steps 10,50,100 beside a baseline, stopping before 100 %');
      expect(r.logs).toContain('would promote canary');
    },
    240_000,
  );

  needs('the built CLI', existsSync(CLI))(
    'a workflow_dispatch of the Python template with a version: no CI, no build, that image deployed',
    () => {
      const text = readFileSync(join(ROOT, 'workflows-templates/python-service.yml'), 'utf8').replace(
        'shipline/shipline/.github/workflows/pipeline.yml@v1',
        `acme/shipline/.github/workflows/pipeline.yml@${REF}`,
      );
      const doc = load(text) as { jobs: { pipeline: { with: Record<string, unknown> } } };
      doc.jobs.pipeline.with.image = 'ghcr.io/acme/python-service';
      const dir = repo({ '.github/workflows/pipeline.yml': dump(doc, { lineWidth: -1 }) });
      const r = run(dir, '.github/workflows/pipeline.yml', 'workflow_dispatch', [`version=${VERSION}`]);
      expect(r.code, r.out).toBe(0);
      const result = Object.fromEntries(r.jobs);
      expect(result['shipline / cd / deploy'], r.out).toBe('success');
      expect(result['shipline / cd / image build']).toBe('skipped');
      expect(r.jobs.filter(([n]) => n.startsWith('shipline / ci / '))).toEqual([]);
      expect(r.logs).toContain(`redeploy of ghcr.io/acme/python-service:${VERSION}, nothing built`);
      expect(r.logs).toContain(`ghcr.io/acme/python-service:${VERSION}`);
    },
    240_000,
  );

  it.each([
    [VERSION, `ghcr.io/acme/api:${VERSION}`],
    [`sha256:${'c'.repeat(64)}`, `ghcr.io/acme/api@sha256:${'c'.repeat(64)}`],
    ['', ''],
  ])('version %j names the image to redeploy: %j', (version, ref) => {
    const step = (loadWorkflow('.github/workflows/cd.yml').jobs.locate.steps ?? []).find((x) => x.id === 'limits')!;
    const r = runStep(step, { ID: '', DEPLOY_SECONDS: '300', IMAGE: 'ghcr.io/Acme/API', VERSION: version });
    expect(r.status, r.out).toBe(0);
    expect(r.outputs.redeploy).toBe(ref);
  });
  it.each(['v1.2.3', '0123456', 'latest'])('version %j is refused in one line naming the fix', (version) => {
    const step = (loadWorkflow('.github/workflows/cd.yml').jobs.locate.steps ?? []).find((x) => x.id === 'limits')!;
    const r = runStep(step, { ID: '', DEPLOY_SECONDS: '300', IMAGE: 'ghcr.io/acme/api', VERSION: version });
    expect(r.status).toBe(1);
    expect(r.out.trim()).toBe(
      `::error title=shipline::input 'version' is '${version}': give the full 40-character commit SHA whose image the build pushed, or an image digest sha256:<64 hex digits> (the build's image-ref output).`,
    );
  });
  it('strategy is one of rolling, blue-green, canary', () => {
    const step = (loadWorkflow('.github/workflows/cd.yml').jobs.locate.steps ?? []).find((x) => x.id === 'limits')!;
    const r = runStep(step, { ID: '', DEPLOY_SECONDS: '300', IMAGE: 'x/y', STRATEGY: 'bluegreen' });
    expect(r.status).toBe(1);
    expect(r.out).toContain("input 'strategy' is 'bluegreen': use rolling, blue-green or canary.");
  });
});
