import { describe, expect, it } from 'vitest';
import {
  NeedsBuildxError,
  backoffMs,
  buildArgv,
  dockerfileLine,
  errorLine,
  isTransient,
  pushedDigest,
} from '../../src/docker/commands.js';
import type { DockerOptions } from '../../src/docker/types.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
function options(over: Partial<DockerOptions> = {}): DockerOptions {
  return {
    image: { name: 'ghcr.io/acme/api', registry: 'ghcr.io', repository: 'acme/api' },
    context: '/ws',
    file: '/ws/Dockerfile',
    buildArgs: [['NODE_ENV', 'production']],
    labels: [['org.opencontainers.image.revision', SHA]],
    plan: { sha: SHA, shaTag: SHA, tags: [SHA, 'main'], version: 'main', dropped: [], mode: 'default', warnings: [] },
    push: true,
    pushReason: 'push is auto',
    skipIfExists: true,
    platforms: [],
    cacheFrom: [],
    cacheTo: [],
    provenance: false,
    retries: 3,
    attemptTimeoutMs: 600_000,
    noCache: false,
    pull: false,
    secrets: [],
    secretEnv: {},
    ssh: [],
    buildContexts: [],
    annotations: [],
    dryRun: { dry: false, reason: '' },
    ...over,
  };
}

describe('buildArgv', () => {
  it('classic docker build: argv only, every tag, labels, iidfile, context last', () => {
    expect(buildArgv(options({ target: 'prod' }), 'docker', '/t/iid')).toEqual({
      argv: [
        'build',
        '--file',
        '/ws/Dockerfile',
        '--target',
        'prod',
        '--build-arg',
        'NODE_ENV=production',
        '--label',
        `org.opencontainers.image.revision=${SHA}`,
        '--tag',
        `ghcr.io/acme/api:${SHA}`,
        '--tag',
        'ghcr.io/acme/api:main',
        '--iidfile',
        '/t/iid',
        '/ws',
      ],
      pushesItself: false,
      warnings: [],
    });
  });

  it('buildx: platforms, caches, provenance off, --load for one platform', () => {
    const p = buildArgv(
      options({ platforms: ['linux/amd64'], cacheFrom: ['type=gha'], cacheTo: ['type=gha,mode=max'] }),
      'buildx',
      '/t/iid',
    );
    expect(p.argv.slice(0, 2)).toEqual(['buildx', 'build']);
    expect(p.argv).toEqual(
      expect.arrayContaining([
        '--platform',
        'linux/amd64',
        '--cache-from',
        'type=gha',
        '--cache-to',
        'type=gha,mode=max',
        '--provenance=false',
        '--load',
      ]),
    );
    expect(p.argv.at(-1)).toBe('/ws');
    expect(p.pushesItself).toBe(false);
  });

  it('buildx with several platforms pushes itself', () => {
    const p = buildArgv(options({ platforms: ['linux/amd64', 'linux/arm64'] }), 'buildx', '/t/iid');
    expect(p.argv).toContain('--push');
    expect(p.argv).toContain('linux/amd64,linux/arm64');
    expect(p.pushesItself).toBe(true);
  });

  it('classic builder: several platforms need buildx; buildx-only caches are dropped with a warning', () => {
    expect(() => buildArgv(options({ platforms: ['linux/amd64', 'linux/arm64'] }), 'docker', '/i')).toThrow(
      NeedsBuildxError,
    );
    const p = buildArgv(
      options({
        cacheFrom: ['ghcr.io/acme/api:main', 'type=gha'],
        cacheTo: ['type=gha'],
        provenance: true,
        platforms: ['linux/arm64'],
      }),
      'docker',
      '/i',
    );
    expect(p.argv).toEqual(
      expect.arrayContaining(['--cache-from', 'ghcr.io/acme/api:main', '--platform', 'linux/arm64']),
    );
    expect(p.argv).not.toContain('type=gha');
    expect(p.warnings).toHaveLength(3);
  });
});

describe('retry classification', () => {
  it.each([
    ['received unexpected HTTP status: 503 Service Unavailable', true],
    ['toomanyrequests: Too Many Requests', true],
    ['Get "https://ghcr.io/v2/": net/http: TLS handshake timeout', true],
    ['read tcp 10.0.0.1:443: read: connection reset by peer', true],
    ['Patch "https://x/v2/y/blobs/uploads/z": EOF', true],
    ['502 Bad Gateway', true],
    ['unauthorized: authentication required', false],
    ['denied: requested access to the resource is denied', false],
    ['login attempt to http://127.0.0.1:5000/v2/ failed with status: 401 Unauthorized', false],
    ['manifest invalid: manifest invalid', false],
    ['name unknown: repository name not known to registry', false],
  ])('%s → %s', (text, want) => expect(isTransient(text)).toBe(want));

  it('backs off 1 s, 2 s, 4 s … up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000]);
    expect(backoffMs(2, 100)).toBe(200);
  });
});

describe('docker output', () => {
  it('finds the digest docker push prints', () => {
    expect(pushedDigest(`main: digest: sha256:${'c'.repeat(64)} size: 528`)).toBe(`sha256:${'c'.repeat(64)}`);
    expect(pushedDigest('nothing')).toBeUndefined();
  });

  it.each([
    [
      'DEPRECATED: The legacy builder is deprecated\nStep 1/2 : FROM scratch\nError response from daemon: dockerfile parse error line 2: unknown instruction: BOGUS',
      'Error response from daemon: dockerfile parse error line 2: unknown instruction: BOGUS',
    ],
    [
      'Step 2/3 : COPY nope /x\nCOPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist\n',
      'COPY failed: file not found in build context or excluded by .dockerignore: stat nope: file does not exist',
    ],
    [
      'abc: Preparing\nreceived unexpected HTTP status: 503 Service Unavailable\n',
      'received unexpected HTTP status: 503 Service Unavailable',
    ],
    ['just one line', 'just one line'],
    ['', '(no output)'],
  ])("errorLine picks docker's message (%#)", (text, want) => expect(errorLine(text)).toBe(want));

  it.each([
    ['Error response from daemon: dockerfile parse error line 2: unknown instruction: BOGUS', 2],
    ['ERROR: failed to solve: dockerfile parse error on line 7: unknown instruction: X', 7],
    [' > [2/3] RUN false:\n------\nDockerfile:3\n--------------------', 3],
    ['COPY failed: file not found', undefined],
  ])('dockerfileLine(%#)', (text, want) => expect(dockerfileLine(text)).toBe(want));
});

describe('buildArgv: BuildKit inputs (argument tests: buildx is not installed on this machine)', () => {
  it('buildx gets --no-cache, --pull, --secret (value by environment only), --ssh, --build-context, --annotation', () => {
    const o = options({
      noCache: true,
      pull: true,
      secrets: ['id=npm,env=SHIPLINE_SECRET_NPM', 'id=key,src=/ws/key.txt'],
      secretEnv: { SHIPLINE_SECRET_NPM: 'npm_s3cr3t' },
      ssh: ['default'],
      buildContexts: [['base', 'docker-image://alpine:3.20']],
      annotations: [['org.opencontainers.image.description', 'api']],
    });
    const { argv } = buildArgv(o, 'buildx', '/t/iid');
    const pairs = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]] : []));
    expect(argv).toContain('--no-cache');
    expect(argv).toContain('--pull');
    expect(pairs('--secret')).toEqual(['id=npm,env=SHIPLINE_SECRET_NPM', 'id=key,src=/ws/key.txt']);
    expect(pairs('--ssh')).toEqual(['default']);
    expect(pairs('--build-context')).toEqual(['base=docker-image://alpine:3.20']);
    expect(pairs('--annotation')).toEqual(['org.opencontainers.image.description=api']);
    expect(argv.join(' ')).not.toContain('npm_s3cr3t');
    expect(argv[argv.length - 1]).toBe('/ws');
  });

  it('the classic builder gets --no-cache and --pull, and refuses secrets, ssh, build-contexts and annotations', () => {
    const { argv } = buildArgv(options({ noCache: true, pull: true }), 'docker', '/t/iid');
    expect(argv).toEqual(expect.arrayContaining(['--no-cache', '--pull']));
    const cases: Array<[Partial<DockerOptions>, string]> = [
      [{ secrets: ['id=npm,env=X'] }, 'secrets'],
      [{ ssh: ['default'] }, 'ssh'],
      [{ buildContexts: [['a', 'b']] as Array<[string, string]> }, 'build-contexts'],
      [{ annotations: [['a', 'b']] as Array<[string, string]> }, 'annotations'],
    ];
    for (const [over, input] of cases)
      expect(() => buildArgv(options(over), 'docker', '/t/iid')).toThrow(
        expect.objectContaining({
          input,
          problem: expect.stringMatching(
            /neither docker buildx nor a docker client with BuildKit|docker buildx is not installed/,
          ),
        }),
      );
  });

  it("the client's own BuildKit (DOCKER_BUILDKIT=1) gets --secret, --ssh, --network and plain progress, not contexts", () => {
    const o = options({
      secrets: ['id=npm,env=SHIPLINE_SECRET_NPM', 'id=key,src=/ws/key.txt'],
      secretEnv: { SHIPLINE_SECRET_NPM: 'npm_s3cr3t' },
      ssh: ['default'],
      network: 'none',
      cacheTo: ['type=inline'],
    });
    const { argv, warnings } = buildArgv(o, 'buildkit', '/t/iid');
    const pairs = (flag: string) => argv.flatMap((a, i) => (a === flag ? [argv[i + 1]] : []));
    expect(argv[0]).toBe('build');
    expect(argv).toEqual(expect.arrayContaining(['--progress=plain', '--network=none']));
    expect(pairs('--secret')).toEqual(['id=npm,env=SHIPLINE_SECRET_NPM', 'id=key,src=/ws/key.txt']);
    expect(pairs('--ssh')).toEqual(['default']);
    expect(argv.join(' ')).not.toContain('npm_s3cr3t');
    expect(warnings).toEqual(['cache-to needs buildx; docker build with BuildKit ignores it']);
    for (const [over, input] of [
      [{ buildContexts: [['a', 'b']] }, 'build-contexts'],
      [{ annotations: [['a', 'b']] }, 'annotations'],
    ] as Array<[Partial<DockerOptions>, string]>)
      expect(() => buildArgv(options(over), 'buildkit', '/t/iid')).toThrow(
        expect.objectContaining({ input, problem: expect.stringMatching(/docker buildx is not installed/) }),
      );
    // The classic builder never gets --progress (it has no such flag before 23.0 without BuildKit).
    expect(buildArgv(options({ network: 'none' }), 'docker', '/t/iid').argv).not.toContain('--progress=plain');
  });
});
