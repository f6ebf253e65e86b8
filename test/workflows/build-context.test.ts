import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { available, needs } from '../helpers/real.js';
import { ROOT, loadWorkflow, type Step } from './lib.js';
import { interpolate, runStep } from './steps.js';

// Issue item 7: `COPY . .` must never ship shipline's own checkout (.shipline-action/ and its
// .git) in the image, neither from cd.yml's build job nor from ci.yml's parity build.
const hasDocker = available('docker', ['info']);
const COPY_ALL = 'FROM scratch\nCOPY . /ctx/\n';

/** A workspace as the runner leaves it: the service (at `service`), and shipline beside it. */
function workspace(service: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'shipline-ws-'));
  mkdirSync(join(ws, service), { recursive: true });
  writeFileSync(join(ws, service, 'Dockerfile'), COPY_ALL);
  writeFileSync(join(ws, service, 'app.txt'), 'the service\n');
  mkdirSync(join(ws, '.shipline-action/.git'), { recursive: true });
  writeFileSync(join(ws, '.shipline-action/.git/HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(ws, '.shipline-action/action.yml'), 'name: shipline\n');
  return ws;
}

/** The paths an image holds under /ctx. */
function contents(image: string): string[] {
  const id = execFileSync('docker', ['create', image, 'none'], { encoding: 'utf8' }).trim();
  try {
    const tar = execFileSync('sh', ['-c', `docker export ${id} | tar -t`], { encoding: 'utf8' });
    return tar.split('\n').filter((l) => l.startsWith('ctx/'));
  } finally {
    execFileSync('docker', ['rm', '-f', id], { stdio: 'ignore' });
  }
}

/** Every tag of an image repository the test built (docker-build adds SHA and branch tags). */
function removeRepository(name: string): void {
  const tags = execFileSync('docker', ['images', '--format', '{{.Repository}}:{{.Tag}}', name], { encoding: 'utf8' });
  const all = tags.split('\n').filter(Boolean);
  if (all.length) spawnSync('docker', ['rmi', '-f', ...all], { stdio: 'ignore' });
}

const tag = (what: string) => `shipline-test-${what}:${process.pid}-${Date.now()}`;

describe('the image build context', () => {
  needs('a Docker engine', hasDocker)(
    "cd.yml's build job: the service checked out into source/, built by the docker-build CLI",
    () => {
      const cd = loadWorkflow('.github/workflows/cd.yml');
      const step = (cd.jobs.build.steps ?? []).find((s) => s.id === 'build') as Step;
      const context = interpolate(String(step.with?.context), { inputs: { context: '.' } });
      expect(context).toBe('source/.');
      const ws = workspace('source');
      execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: join(ws, 'source') });
      const image = tag('cd');
      const r = spawnSync(
        process.execPath,
        [
          join(ROOT, 'dist/shipline/cli.mjs'),
          'docker-build',
          '--image',
          image.split(':')[0],
          '--tags',
          image.split(':')[1],
          '--context',
          context,
          '--push',
          'false',
          '--no-skip-if-exists',
          '--dry-run',
          'false',
        ],
        {
          cwd: ws,
          encoding: 'utf8',
          env: { ...process.env, GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_REF_NAME: 'main' },
        },
      );
      expect(r.status, r.stdout + r.stderr).toBe(0);
      try {
        const got = contents(image);
        expect(got).toContain('ctx/app.txt');
        expect(got.filter((p) => p.includes('.shipline-action'))).toEqual([]);
      } finally {
        removeRepository(image.split(':')[0]);
      }
    },
    120_000,
  );

  needs('a Docker engine', hasDocker)(
    "ci.yml's parity build (test-image): the context goes in without .shipline-action",
    () => {
      const ci = loadWorkflow('.github/workflows/ci.yml');
      const step = (ci.jobs.test.steps ?? []).find(
        (s) => s.name === 'Build the test image (environment parity)',
      ) as Step;
      const ws = workspace('.');
      const image = tag('parity');
      const r = runStep(step, { DOCKERFILE: 'Dockerfile', TARGET: '', TAG: image, PATH: process.env.PATH ?? '' }, ws);
      expect(r.status, r.out).toBe(0);
      try {
        const got = contents(image);
        expect(got).toContain('ctx/app.txt');
        expect(got.filter((p) => p.includes('.shipline-action'))).toEqual([]);
      } finally {
        spawnSync('docker', ['rmi', '-f', image], { stdio: 'ignore' });
      }
    },
    120_000,
  );

  needs('a Docker engine and busybox-static', hasDocker && existsSync('/bin/busybox'))(
    "ci.yml's test step with test-image: the shard's command runs inside the image, the checkout mounted",
    () => {
      const ci = loadWorkflow('.github/workflows/ci.yml');
      const steps = ci.jobs.test.steps ?? [];
      const build = steps.find((s) => s.name === 'Build the test image (environment parity)') as Step;
      const test = steps.find((s) => s.name === "Run the shard's tests") as Step;
      const ws = mkdtempSync(join(tmpdir(), 'shipline-parity-'));
      copyFileSync('/bin/busybox', join(ws, 'busybox'));
      writeFileSync(join(ws, 'Dockerfile'), 'FROM scratch\nCOPY busybox /bin/sh\nCOPY Dockerfile /only-in-the-image\n');
      execFileSync('git', ['init', '-q'], { cwd: ws });
      const image = tag('parity-run');
      try {
        expect(runStep(build, { DOCKERFILE: 'Dockerfile', TARGET: '', TAG: image }, ws).status).toBe(0);
        const r = runStep(
          test,
          {
            TEST_COMMAND: "test -f /only-in-the-image && printf '%s\\n' {files} > args.txt",
            SHARD_FILES: "a.test.js 'b c.test.js'",
            TEST_IMAGE: image,
            WORKING_DIRECTORY: '.',
            SHARD: '1',
            TOTAL: '1',
          },
          ws,
        );
        expect(r.status, r.out).toBe(0);
        expect(readFileSync(join(ws, 'args.txt'), 'utf8')).toBe('a.test.js\nb c.test.js\n');
      } finally {
        spawnSync('docker', ['rmi', '-f', image], { stdio: 'ignore' });
      }
    },
    120_000,
  );
});
