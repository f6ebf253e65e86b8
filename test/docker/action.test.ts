import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runActionLikeRunner, runBuiltCli } from '../helpers/runner.js';
import { makeContext, pushEvent, randomHex, visible } from './real-registry.js';

const SHA = '3f2a9c1e8b7d6f5a4c3b2a1908f7e6d5c4b3a291';
const MERGE = '9999999999999999999999999999999999999999';
const HEAD = '1234567890abcdef1234567890abcdef12345678';

/** A `docker` on PATH that only records that it was called: proves nothing ran. */
function spyDocker(): { path: string; log: string } {
  const dir = mkdtempSync(join(tmpdir(), 'spy-docker-'));
  const log = join(dir, 'calls.log');
  writeFileSync(join(dir, 'docker'), `#!/bin/sh\necho "$*" >> '${log}'\nexit 1\n`);
  chmodSync(join(dir, 'docker'), 0o755);
  return { path: `${dir}:/usr/bin:/bin`, log };
}

function run(
  inputs: Record<string, string>,
  opts: { env?: Record<string, string>; workspace?: string; event?: unknown; eventName?: string } = {},
) {
  const ev = pushEvent(SHA);
  return runActionLikeRunner('actions/docker-build', {
    inputs,
    env: { ...ev.env, ...opts.env },
    event: opts.event ?? ev.event,
    eventName: opts.eventName ?? ev.eventName,
    workspace: opts.workspace ?? makeContext(),
  });
}

describe('bad input: a clear one-line error before docker is ever called', () => {
  it.each([
    [
      'upper case image',
      { image: 'ghcr.io/Acme/api' },
      /input 'image': "ghcr\.io\/Acme\/api" has upper case letters in "Acme"; image names must be lower case/,
    ],
    ['bad registry', { image: 'bad_host:x/api' }, /input 'image': "bad_host:x" is not a valid registry host\[:port\]/],
    ['image with a tag', { image: 'ghcr.io/acme/api:v1' }, /input 'image': .* has a tag/],
    [
      'tag over 128 characters',
      { image: 'ghcr.io/acme/api', tags: 'x'.repeat(129) },
      /input 'tags': tag "x+…" is 129 characters; Docker allows at most 128/,
    ],
    [
      'tag template with an unknown placeholder',
      { image: 'ghcr.io/acme/api', tags: 'v-{version}' },
      /input 'tags': "v-\{version\}" uses unknown placeholder/,
    ],
    [
      'a metadata-action rule of an unknown type',
      { image: 'ghcr.io/acme/api', tags: 'type=semver,pattern={{version}}\ntype=bogus' },
      /input 'tags': "type=bogus" has an unknown type=bogus; use one of: schedule, semver, pep440/,
    ],
    [
      'a flavor latest= that is not auto/true/false',
      { image: 'ghcr.io/acme/api', tags: 'type=ref,event=branch', flavor: 'latest=sometimes' },
      /input 'flavor': "latest=sometimes" has latest=sometimes; use latest=auto, latest=true or latest=false/,
    ],
    [
      'build-args without =',
      { image: 'ghcr.io/acme/api', 'build-args': 'GOOD=1\nNO_EQUALS' },
      /input 'build-args': line 2 "NO_EQUALS" is not KEY=value/,
    ],
    [
      'labels without =',
      { image: 'ghcr.io/acme/api', labels: 'just-text' },
      /input 'labels': line 1 "just-text" is not KEY=value/,
    ],
    [
      'missing context',
      { image: 'ghcr.io/acme/api', context: 'no-such-dir' },
      /input 'context': "no-such-dir" is not a directory/,
    ],
    [
      'missing Dockerfile',
      { image: 'ghcr.io/acme/api', file: 'docker/Dockerfile.prod' },
      /input 'file': no Dockerfile at .*docker\/Dockerfile\.prod; point file at the Dockerfile/,
    ],
    [
      'retries out of range',
      { image: 'ghcr.io/acme/api', retries: '50' },
      /input 'retries': "50" is not a whole number from 0 to 10/,
    ],
    [
      'push not auto/true/false',
      { image: 'ghcr.io/acme/api', push: 'yes' },
      /input 'push': "yes" is not allowed; use one of: auto, true, false/,
    ],
    [
      'username without password',
      { image: 'ghcr.io/acme/api', username: 'bot' },
      /input 'password': is empty while the other login input is set/,
    ],
  ])('%s', async (_, inputs, message) => {
    const spy = spyDocker();
    const r = await run(inputs, { env: { PATH: spy.path } });
    expect(r.exitCode).toBe(1);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(message);
    expect(errors[0].message).not.toContain('\n');
    expect(r.stdout + r.stderr).not.toMatch(/crashed|at .*\.js:\d+/);
    expect(existsSync(spy.log)).toBe(false);
  });

  it('a Dockerfile missing from the context names the context', async () => {
    const ws = makeContext();
    mkdirSync(join(ws, 'empty'));
    const r = await run({ image: 'ghcr.io/acme/api', context: 'empty' }, { workspace: ws });
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(
      /input 'context': no Dockerfile at .*empty\/Dockerfile; add a Dockerfile/,
    );
  });

  it('no docker installed: says so plainly', async () => {
    const r = await run(
      { image: 'ghcr.io/acme/api', 'dry-run': 'false' },
      { env: { PATH: mkdtempSync(join(tmpdir(), 'nopath-')) } },
    );
    expect(r.exitCode).toBe(1);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(/docker is not installed/);
  });
});

describe('dry run', () => {
  it('prints the exact docker commands and computes every output but the digest', async () => {
    const password = `pw-${randomHex(8)}`;
    const ws = makeContext();
    const r = await run(
      { image: 'ghcr.io/acme/api', username: 'bot', password, 'build-args': 'A=1', tags: 'stable', 'dry-run': 'true' },
      { workspace: ws },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const { labels, json, ...rest } = r.outputs;
    expect(rest).toEqual({
      image: `ghcr.io/acme/api:${SHA}`,
      tags: [SHA, 'main', 'latest', 'stable'].map((t) => `ghcr.io/acme/api:${t}`).join('\n'),
      version: 'main',
      digest: '',
      'image-ref': '',
      'image-id': '',
      skipped: 'false',
    });
    // labels and json as metadata-action writes them: key=value lines sorted by key, and one object.
    const lines = labels.split('\n');
    expect(lines).toEqual([...lines].sort());
    expect(lines).toContain(`org.opencontainers.image.revision=${SHA}`);
    expect(lines).toContain('org.opencontainers.image.version=main');
    expect(JSON.parse(json)).toEqual({
      tags: rest.tags.split('\n'),
      'tag-names': [SHA, 'main', 'latest', 'stable'],
      labels: Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)])),
      annotations: [],
    });
    expect(r.stdout).toContain('docker login --username bot --password-stdin ghcr.io');
    expect(r.stdout).toMatch(
      new RegExp(
        `docker (buildx )?build --file ${ws}/Dockerfile --build-arg A=1 --label org\\.opencontainers\\.image\\.revision=${SHA} .*--tag ghcr\\.io/acme/api:${SHA} --tag ghcr\\.io/acme/api:main --tag ghcr\\.io/acme/api:latest --tag ghcr\\.io/acme/api:stable --iidfile \\S+ .*${ws}`,
      ),
    );
    for (const t of [SHA, 'main', 'latest', 'stable']) expect(r.stdout).toContain(`docker push ghcr.io/acme/api:${t}`);
    expect(r.stdout).toContain('docker logout ghcr.io');
    expect(r.summary).toMatch(/dry run/);
    expect(r.summary).toContain(`docker push ghcr.io/acme/api:${SHA}`);
    expect(visible(r)).not.toContain(password);
  });

  it('on a pull request: tags the PR head commit (not the merge commit) and pushes nothing', async () => {
    const event = {
      number: 7,
      pull_request: {
        number: 7,
        head: { sha: HEAD, ref: 'feat/Fast', repo: { full_name: 'acme/api' } },
        base: { sha: SHA, ref: 'main', repo: { full_name: 'acme/api' } },
      },
      repository: { full_name: 'acme/api', default_branch: 'main' },
    };
    const r = await run(
      { image: 'ghcr.io/acme/api' },
      {
        env: {
          ACT: 'true',
          GITHUB_SHA: MERGE,
          GITHUB_REF: 'refs/pull/7/merge',
          GITHUB_REF_NAME: '7/merge',
          GITHUB_REF_TYPE: '',
        },
        event,
        eventName: 'pull_request',
      },
    );
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.image).toBe(`ghcr.io/acme/api:${HEAD}`);
    expect(r.outputs.tags.split('\n')).toEqual([
      `ghcr.io/acme/api:${HEAD}`,
      'ghcr.io/acme/api:feat-fast',
      'ghcr.io/acme/api:pr-7',
    ]);
    expect(r.stdout + r.summary).not.toContain(MERGE);
    expect(r.stdout).not.toMatch(/docker push/);
    expect(r.summary).toMatch(/no \(push is auto and this is a pull request\)/);
    expect(r.stdout).toMatch(/dry run \(dry-run is auto and ACT=true/);
  });

  it('a v1.2.3 tag push gets the semver tags and the version label', async () => {
    const r = await run(
      { image: 'ghcr.io/acme/api', 'sha-format': 'short', 'dry-run': 'true' },
      { env: { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_REF_NAME: 'v1.2.3', GITHUB_REF_TYPE: 'tag' } },
    );
    expect(r.outputs.tags.split('\n')).toEqual(['3f2a9c1', '1.2.3', '1.2', '1'].map((t) => `ghcr.io/acme/api:${t}`));
    expect(r.stdout).toContain('--label org.opencontainers.image.version=1.2.3');
    expect(r.stdout).toContain('--label org.opencontainers.image.source=https://github.com/acme/api');
  });
});

describe('CLI', () => {
  it('shipline docker-build works locally from a git checkout (SHA and branch from git)', async () => {
    const ws = makeContext();
    const { execFileSync } = await import('node:child_process');
    const git = (...a: string[]) => execFileSync('git', a, { cwd: ws, encoding: 'utf8' }).trim();
    git('init', '-q', '-b', 'feature/X');
    git('-c', 'user.email=a@b', '-c', 'user.name=a', 'commit', '-q', '--allow-empty', '-m', 'x');
    const sha = git('rev-parse', 'HEAD');
    const r = await runBuiltCli(
      [
        'docker-build',
        '--image',
        'registry.example.com:5000/team/app',
        '--dry-run',
        'true',
        '--cwd',
        ws,
        '--tags',
        'a-{short-sha}',
        '--tags',
        'b',
      ],
      { cwd: ws },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain(`image=registry.example.com:5000/team/app:${sha}`);
    expect(r.stdout).toContain(`registry.example.com:5000/team/app:feature-x`);
    expect(r.stdout).toContain(
      `--tag registry.example.com:5000/team/app:a-${sha.slice(0, 7)} --tag registry.example.com:5000/team/app:b`,
    );
  });

  it('--help lists the inputs', async () => {
    const r = await runBuiltCli(['docker-build', '--help']);
    expect(r.exitCode).toBe(0);
    for (const flag of [
      '--image',
      '--skip-if-exists, --no-skip-if-exists',
      '--sha-format',
      '--password',
      'env: SHIPLINE_REGISTRY_PASSWORD',
    ])
      expect(r.stdout).toContain(flag);
    expect(readFileSync(join(import.meta.dirname, '../../actions/docker-build/action.yml'), 'utf8')).toContain(
      'skip-if-exists',
    );
  });
});
