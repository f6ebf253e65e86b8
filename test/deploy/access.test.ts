// What replaces a kubectl process must read what that process would: the namespace of the
// kubeconfig input (beside the real `kubectl config view --minify`), the SelfSubjectAccessReview
// attributes `kubectl auth can-i` sends for each resource, and the 401 text kubectl create prints.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it as plainIt } from 'vitest';
import { attributes } from '../../src/deploy/access.js';
import { explainConnection } from '../../src/deploy/preflight.js';
import { namespaceIn } from '../../src/deploy/session.js';
import { available, needs } from '../helpers/real.js';

const it = needs('kubectl', available('kubectl', ['version', '--client']));

const kubeconfig = (current: string) =>
  [
    'apiVersion: v1',
    'kind: Config',
    'clusters: [{name: c, cluster: {server: "http://127.0.0.1:1"}}]',
    'users: [{name: u, user: {token: t}}]',
    'contexts:',
    '- {name: with-ns, context: {cluster: c, user: u, namespace: shop}}',
    '- {name: without-ns, context: {cluster: c, user: u}}',
    `current-context: ${current}`,
    '',
  ].join('\n');

/** What the deploy asked kubectl before: `config view --minify -o jsonpath={..namespace}`. */
function kubectlSays(text: string, context?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-access-'));
  writeFileSync(join(dir, 'kubeconfig'), text);
  const args = ['--kubeconfig', join(dir, 'kubeconfig'), ...(context ? ['--context', context] : [])];
  try {
    return execFileSync('kubectl', [...args, 'config', 'view', '--minify', '-o', 'jsonpath={..namespace}'], {
      env: { ...process.env, HOME: dir, KUBECACHEDIR: join(dir, 'cache'), KUBECONFIG: join(dir, 'none') },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

describe('the namespace of the kubeconfig input, without a kubectl process', () => {
  it('reads what kubectl config view --minify reads, for the current context and for --context', () => {
    expect(kubectlSays(kubeconfig('with-ns'))).toBe('shop');
    for (const [current, context] of [
      ['with-ns', undefined],
      ['without-ns', undefined],
      ['without-ns', 'with-ns'],
      ['with-ns', 'without-ns'],
      ['', undefined],
    ] as const) {
      const text = kubeconfig(current);
      expect(namespaceIn(text, context) || '', `${current} ${context}`).toBe(kubectlSays(text, context));
    }
  });

  plainIt('leaves the runner’s own kubeconfig (no input) to kubectl', () => {
    expect(namespaceIn(undefined, undefined)).toBeUndefined();
  });
});

describe('the access reviews kubectl auth can-i would create', () => {
  plainIt('splits resource.group/subresource as can-i takes it', () => {
    expect(attributes('patch', 'deployments.apps', 'shop')).toEqual({
      namespace: 'shop',
      verb: 'patch',
      group: 'apps',
      resource: 'deployments',
    });
    expect(attributes('list', 'pods', 'default')).toEqual({ namespace: 'default', verb: 'list', resource: 'pods' });
    expect(attributes('get', 'services/proxy', 'default')).toEqual({
      namespace: 'default',
      verb: 'get',
      resource: 'services',
      subresource: 'proxy',
    });
  });

  plainIt('explains the 401 kubectl create prints as rejected credentials', () => {
    expect(
      explainConnection(
        'error: unable to recognize "STDIN": the server has asked for the client to provide credentials',
        true,
      ),
    ).toBe(
      'the cluster rejected the credentials in the kubeconfig input (Unauthorized); refresh its token or certificate',
    );
  });
});
