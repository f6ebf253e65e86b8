// The pure parts of the deploy, directly: reading pod and deployment state, parsing inputs,
// explaining kubectl's errors, substituting images, masking the kubeconfig.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Inputs } from '../../src/core/inputs.js';
import { Masker } from '../../src/core/mask.js';
import { kubectlErrorLine } from '../../src/deploy/kubectl.js';
import { repositoryOf, substituteImages } from '../../src/deploy/manifests.js';
import { explainConnection } from '../../src/deploy/preflight.js';
import {
  complete,
  podProblem,
  progressLine,
  labelSelectorString,
  selectorOf,
  type ContainerStatus,
  type Deployment,
  type Pod,
} from '../../src/deploy/status.js';
import { IMAGE_REF, parseDuration, parseTarget } from '../../src/deploy/tool.js';

const GRACE = 60_000;

function pod(cs: Partial<ContainerStatus>, extra: Partial<NonNullable<Pod['status']>> = {}): Pod {
  return {
    metadata: { name: 'api-7d9f-x1' },
    spec: { containers: [{ name: 'app', image: 'ghcr.io/acme/api:abc' }] },
    status: { phase: 'Pending', containerStatuses: [{ name: 'app', restartCount: 0, ...cs }], ...extra },
  };
}

describe('podProblem: definitive signs only', () => {
  it.each([
    [
      'ImagePullBackOff',
      pod({ state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image' } } }),
      'ImagePullBackOff',
      /could not pull image ghcr.io\/acme\/api:abc/,
    ],
    [
      'ErrImagePull, not found',
      pod({ state: { waiting: { reason: 'ErrImagePull', message: 'failed to resolve reference: not found' } } }),
      'ErrImagePull',
      /^image ghcr.io\/acme\/api:abc not found$/,
    ],
    [
      'ErrImagePull, denied',
      pod({
        state: {
          waiting: {
            reason: 'ErrImagePull',
            message: 'pull access denied, repository does not exist or may require authorization',
          },
        },
      }),
      'ErrImagePull',
      /not found|denied/,
    ],
    [
      'InvalidImageName',
      pod({ state: { waiting: { reason: 'InvalidImageName', message: 'invalid reference format' } } }),
      'InvalidImageName',
      /image reference ghcr.io\/acme\/api:abc is invalid/,
    ],
    [
      'CrashLoopBackOff',
      pod({
        restartCount: 1,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { exitCode: 2, reason: 'Error' } },
      }),
      'CrashLoopBackOff',
      /^container app exited with code 2, restarted 1 time$/,
    ],
    [
      'two restarts while running',
      pod({ restartCount: 2, state: { running: {} }, lastState: { terminated: { exitCode: 1 } } }),
      'Restarting',
      /restarted 2 times/,
    ],
    [
      'OOMKilled',
      pod({
        restartCount: 1,
        state: { running: {} },
        lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
      }),
      'OOMKilled',
      /ran out of memory/,
    ],
    [
      'CreateContainerConfigError',
      pod({ state: { waiting: { reason: 'CreateContainerConfigError', message: 'secret "db" not found' } } }),
      'CreateContainerConfigError',
      /secret "db" not found/,
    ],
    [
      'evicted',
      pod(
        { state: { terminated: { exitCode: 0 } } },
        { phase: 'Failed', reason: 'Evicted', message: 'The node was low on resource: memory.' },
      ),
      'Evicted',
      /low on resource/,
    ],
  ])('%s', (_name, p, reason, detail) => {
    const problem = podProblem(p, 0, undefined, GRACE);
    expect(problem?.reason).toBe(reason);
    expect(problem?.detail).toMatch(detail);
    expect(problem?.pod).toBe('api-7d9f-x1');
  });

  it.each([
    ['ContainerCreating', pod({ state: { waiting: { reason: 'ContainerCreating' } } })],
    [
      'a transient ErrImagePull (registry timeout)',
      pod({ state: { waiting: { reason: 'ErrImagePull', message: 'dial tcp 10.0.0.1:443: i/o timeout' } } }),
    ],
    [
      'one restart, running again',
      pod({ restartCount: 1, state: { running: {} }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } }),
    ],
    [
      'running, not ready yet',
      pod({ ready: false, started: false, state: { running: {} } } as Partial<ContainerStatus>),
    ],
  ])('not definitive: %s', (_name, p) => {
    expect(podProblem(p, 0, undefined, GRACE)).toBeUndefined();
  });

  it('an unschedulable pod fails only after the grace period', () => {
    const p = pod(
      {},
      {
        conditions: [
          {
            type: 'PodScheduled',
            status: 'False',
            reason: 'Unschedulable',
            message: '0/3 nodes are available: 3 Insufficient cpu.',
          },
        ],
      },
    );
    p.status!.containerStatuses = [];
    expect(podProblem(p, 30_000, 0, GRACE)).toBeUndefined();
    expect(podProblem(p, 61_000, 0, GRACE)).toMatchObject({
      reason: 'Unschedulable',
      detail: 'unschedulable for 61 s: 0/3 nodes are available: 3 Insufficient cpu.',
    });
  });

  it('never fails a slow starter: running containers with fewer than two restarts and no bad waiting reason', () => {
    const calm = fc.record({
      restartCount: fc.integer({ min: 0, max: 1 }),
      ready: fc.boolean(),
      state: fc.oneof(
        fc.constant({ running: {} }),
        fc.constant({ waiting: { reason: 'ContainerCreating' } }),
        fc.constant({ waiting: { reason: 'PodInitializing' } }),
      ),
    });
    fc.assert(
      fc.property(
        fc.array(calm, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (statuses, now) => {
          const p: Pod = {
            metadata: { name: 'p' },
            status: { phase: 'Running', containerStatuses: statuses.map((s, i) => ({ name: `c${i}`, ...s })) },
          };
          return podProblem(p, now, undefined, GRACE) === undefined;
        },
      ),
    );
  });
});

describe('rollout completeness (readiness, not conditions)', () => {
  const d = (status: NonNullable<Deployment['status']>, generation = 2): Deployment => ({
    metadata: { name: 'api', generation },
    spec: { replicas: 3, template: {} },
    status,
  });
  const stale = [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }];
  it.each([
    [
      'all updated and available',
      d({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, readyReplicas: 3 }),
      true,
    ],
    [
      'all ready with a stale ProgressDeadlineExceeded',
      d({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 3, conditions: stale }),
      true,
    ],
    [
      'spec not observed yet',
      d({ observedGeneration: 1, replicas: 3, updatedReplicas: 3, availableReplicas: 3 }),
      false,
    ],
    [
      'an old pod still running',
      d({ observedGeneration: 2, replicas: 4, updatedReplicas: 3, availableReplicas: 4 }),
      false,
    ],
    ['not all available', d({ observedGeneration: 2, replicas: 3, updatedReplicas: 3, availableReplicas: 2 }), false],
  ])('%s', (_n, dep, want) => {
    expect(complete(dep)).toBe(want);
  });

  it('progress line and selector', () => {
    const dep = d({ observedGeneration: 2, replicas: 4, updatedReplicas: 2, readyReplicas: 3 });
    expect(progressLine(dep, 1, 12_400)).toBe(
      'deployment/api: 1/3 new pods ready, 2/3 updated, 2 old pending termination (12 s)',
    );
    expect(
      selectorOf({
        ...dep,
        spec: {
          ...dep.spec,
          selector: {
            matchLabels: { app: 'api' },
            matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'edge'] }],
          },
        },
      }),
    ).toBe('app=api,tier in (web,edge)');
  });

  it.each([
    [{ matchLabels: { app: 'db' } }, 'app=db'],
    [
      { matchLabels: { app: 'db' }, matchExpressions: [{ key: 'track', operator: 'NotIn', values: ['a', 'b'] }] },
      'app=db,track notin (a,b)',
    ],
    [
      {
        matchExpressions: [
          { key: 'tier', operator: 'Exists' },
          { key: 'legacy', operator: 'DoesNotExist' },
        ],
      },
      'tier,!legacy',
    ],
    [undefined, ''],
  ])('a workload selector %j as kubectl -l takes it', (sel, want) => {
    expect(labelSelectorString(sel)).toBe(want);
  });
});

describe('inputs', () => {
  const inputs = new Inputs(() => undefined);
  it.each([
    ['api', { name: 'api' }],
    ['api/web', { name: 'api', container: 'web' }],
    ['deployment/api/web', { name: 'api', container: 'web' }],
    ['deploy/my-api.v2', { name: 'my-api.v2' }],
  ])('target %s', (line, want) => {
    expect(parseTarget(line, inputs)).toEqual(want);
  });
  it.each(['Api', 'api/web/x', 'api/', '-api', 'api/Web'])('rejects target %s with a fix', (line) => {
    expect(() => parseTarget(line, inputs)).toThrow(
      /^input 'deployments': ".*" is not a deployment name or name\/container; write one deployment a line/,
    );
  });
  it.each([
    ['300', 300_000],
    ['90s', 90_000],
    ['5m', 300_000],
    ['1.5m', 90_000],
    ['soon', undefined],
  ])('duration %s', (v, ms) => {
    expect(parseDuration(v)).toBe(ms);
  });
  it.each([
    ['ghcr.io/acme/api:abc', true],
    ['ghcr.io/acme/api@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', true],
    ['registry.local:5000/team/api:1.2.3', true],
    ['nginx', true],
    ['GHCR.io/acme/api', false],
    ['ghcr.io/acme/api:', false],
    ['ghcr.io/acme/api:tag with space', false],
  ])('image reference %s', (ref, ok) => {
    expect(IMAGE_REF.test(ref)).toBe(ok);
  });
});

describe("explaining kubectl's failures", () => {
  it.each([
    [
      'error: error loading config file "/tmp/rt/kubeconfig-ab12": yaml: line 2: mapping values are not allowed in this context',
      /^input 'kubeconfig': kubectl could not read it \(error loading config file the file: yaml: line 2/,
    ],
    [
      'error: context "prod" does not exist',
      /^input 'context': error: context "prod" does not exist; use a context defined in the kubeconfig input/,
    ],
    ['error: You must be logged in to the server (Unauthorized)', /^the cluster rejected the credentials/],
    [
      'The connection to the server 10.0.0.1:6443 was refused - did you specify the right host or port?',
      /^the cluster in the kubeconfig input is unreachable: The connection/,
    ],
    ['Unable to connect to the server: dial tcp: lookup k8s.example: no such host', /unreachable: Unable to connect/],
  ])('%s', (line, want) => {
    expect(explainConnection(line, true)).toMatch(want);
  });
  it('takes kubectl’s error line, not its klog noise', () => {
    const stderr =
      'E1121 13:07:53.123456   19678 memcache.go:265] couldn\'t get current server API group list: boom\nError from server (NotFound): deployments.apps "x" not found\n';
    expect(kubectlErrorLine({ stderr, stdout: '', exitCode: 1, timedOut: false })).toBe(
      'Error from server (NotFound): deployments.apps "x" not found',
    );
    expect(kubectlErrorLine({ stderr: '', stdout: '', exitCode: 3, timedOut: false })).toBe(
      'kubectl exited with code 3',
    );
  });
});

describe('manifests', () => {
  it.each([
    ['ghcr.io/acme/api:1.2', 'ghcr.io/acme/api'],
    ['registry:5000/api', 'registry:5000/api'],
    ['registry:5000/api:v1@sha256:abc', 'registry:5000/api'],
  ])('repository of %s', (image, repo) => {
    expect(repositoryOf(image)).toBe(repo);
  });
  it('substitutes by repository or whole reference, in every workload kind', () => {
    const docs = [
      {
        kind: 'Deployment',
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'a', image: 'ghcr.io/acme/api:old' },
                { name: 'b', image: 'envoy:1' },
              ],
              initContainers: [{ name: 'm', image: 'ghcr.io/acme/api:old' }],
            },
          },
        },
      },
      {
        kind: 'CronJob',
        spec: {
          jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'ghcr.io/acme/api' }] } } } },
        },
      },
      { kind: 'ConfigMap', data: { image: 'ghcr.io/acme/api:old' } },
    ];
    const { count, used } = substituteImages(docs, [
      ['ghcr.io/acme/api', 'ghcr.io/acme/api@sha256:ff'],
      ['unused', 'x:1'],
    ]);
    expect(count).toBe(3);
    expect([...used]).toEqual(['ghcr.io/acme/api']);
    expect(docs[0].spec!.template!.spec.containers.map((c) => c.image)).toEqual([
      'ghcr.io/acme/api@sha256:ff',
      'envoy:1',
    ]);
    expect(docs[2].data!.image).toBe('ghcr.io/acme/api:old');
  });
});

describe('kubeconfig masking', () => {
  it('masks the whole file, each line and the bare credential values', () => {
    const kc = 'users:\n- name: ci\n  user:\n    token: "abc.def.ghi-123"\n    client-key-data: LS0tLS1CRUdJTi\n';
    const m = new Masker();
    m.add(kc); // what reading the secret kubeconfig input does
    expect(m.mask('bearer abc.def.ghi-123 and LS0tLS1CRUdJTi')).toBe('bearer *** and ***');
    expect(m.mask(kc)).not.toContain('abc.def');
  });
});

describe('manifests: imagepullsecrets, annotate, Jobs and CronJobs', () => {
  it('adds pull secrets to every pod template, the run annotations to every object, and names what is not watched', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { prepareManifests } = await import('../../src/deploy/manifests.js');
    const ws = mkdtempSync(join(tmpdir(), 'shipline-manifests-'));
    writeFileSync(
      join(ws, 'all.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: api}',
        'spec: {selector: {matchLabels: {app: api}}, template: {metadata: {labels: {app: api}}, spec: {imagePullSecrets: [{name: ghcr}], containers: [{name: app, image: ghcr.io/acme/api:v1}]}}}',
        '---',
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: nightly}',
        'spec: {schedule: "0 3 * * *", jobTemplate: {spec: {template: {spec: {containers: [{name: j, image: ghcr.io/acme/api:v1}]}}}}}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: settings}',
        'data: {a: b}',
        '',
      ].join('\n'),
    );
    const m = await prepareManifests(['all.yaml'], ws, [['ghcr.io/acme/api', 'ghcr.io/acme/api:v2']], 'deploy abc', {
      imagePullSecrets: ['ghcr', 'dockerhub'],
      annotations: {
        'shipline.dev/run-url': 'https://github.com/acme/api/actions/runs/1',
        'shipline.dev/actor': 'octocat',
      },
    });
    const [dep, cron, cm] = m.docs;
    expect(dep.spec.template.spec.imagePullSecrets).toEqual([{ name: 'ghcr' }, { name: 'dockerhub' }]);
    expect(cron.spec.jobTemplate.spec.template.spec.imagePullSecrets).toEqual([
      { name: 'ghcr' },
      { name: 'dockerhub' },
    ]);
    expect(cm.spec).toBeUndefined();
    for (const d of m.docs) expect(d.metadata.annotations['shipline.dev/actor']).toBe('octocat');
    expect(m.unwatched).toEqual(['cronjob/nightly']);
    expect(dep.spec.template.spec.containers[0].image).toBe('ghcr.io/acme/api:v2');
  });
});
