// Legacy discovery documents (kubectl falls back to them when /api and /apis answer plain
// application/json). shortNames matter: without them `deploy/NAME` does not resolve.

const verbs = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];

export function discovery(minor: string, host: string): Record<string, unknown> {
  return {
    '/version': {
      major: '1',
      minor,
      gitVersion: `v1.${minor}.4-shipline-simulator`,
      gitCommit: '0000000000000000000000000000000000000000',
      gitTreeState: 'clean',
      buildDate: '2026-01-01T00:00:00Z',
      goVersion: 'go1.23.0',
      compiler: 'gc',
      platform: 'linux/amd64',
    },
    '/api': {
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: host }],
    },
    '/apis': {
      kind: 'APIGroupList',
      apiVersion: 'v1',
      groups: [
        {
          name: 'apps',
          versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
          preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
        },
        {
          name: 'authorization.k8s.io',
          versions: [{ groupVersion: 'authorization.k8s.io/v1', version: 'v1' }],
          preferredVersion: { groupVersion: 'authorization.k8s.io/v1', version: 'v1' },
        },
      ],
    },
    '/api/v1': {
      kind: 'APIResourceList',
      groupVersion: 'v1',
      resources: [
        {
          name: 'namespaces',
          singularName: 'namespace',
          namespaced: false,
          kind: 'Namespace',
          verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
          shortNames: ['ns'],
        },
        {
          name: 'pods',
          singularName: 'pod',
          namespaced: true,
          kind: 'Pod',
          verbs,
          shortNames: ['po'],
          categories: ['all'],
        },
        { name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] },
        { name: 'events', singularName: 'event', namespaced: true, kind: 'Event', verbs, shortNames: ['ev'] },
        {
          name: 'configmaps',
          singularName: 'configmap',
          namespaced: true,
          kind: 'ConfigMap',
          verbs,
          shortNames: ['cm'],
        },
        {
          name: 'services',
          singularName: 'service',
          namespaced: true,
          kind: 'Service',
          verbs,
          shortNames: ['svc'],
          categories: ['all'],
        },
      ],
    },
    '/apis/apps/v1': {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'apps/v1',
      resources: [
        {
          name: 'deployments',
          singularName: 'deployment',
          namespaced: true,
          kind: 'Deployment',
          verbs,
          shortNames: ['deploy'],
          categories: ['all'],
        },
        {
          name: 'deployments/status',
          singularName: '',
          namespaced: true,
          kind: 'Deployment',
          verbs: ['get', 'patch', 'update'],
        },
        {
          name: 'replicasets',
          singularName: 'replicaset',
          namespaced: true,
          kind: 'ReplicaSet',
          verbs,
          shortNames: ['rs'],
          categories: ['all'],
        },
        {
          name: 'statefulsets',
          singularName: 'statefulset',
          namespaced: true,
          kind: 'StatefulSet',
          verbs,
          shortNames: ['sts'],
          categories: ['all'],
        },
        {
          name: 'daemonsets',
          singularName: 'daemonset',
          namespaced: true,
          kind: 'DaemonSet',
          verbs,
          shortNames: ['ds'],
          categories: ['all'],
        },
        {
          name: 'controllerrevisions',
          singularName: 'controllerrevision',
          namespaced: true,
          kind: 'ControllerRevision',
          verbs,
        },
      ],
    },
    '/apis/authorization.k8s.io/v1': {
      kind: 'APIResourceList',
      apiVersion: 'v1',
      groupVersion: 'authorization.k8s.io/v1',
      resources: [
        {
          name: 'selfsubjectaccessreviews',
          singularName: 'selfsubjectaccessreview',
          namespaced: false,
          kind: 'SelfSubjectAccessReview',
          verbs: ['create'],
        },
      ],
    },
  };
}

interface LegacyResource {
  name: string;
  singularName: string;
  namespaced: boolean;
  kind: string;
  verbs: string[];
  shortNames?: string[];
  categories?: string[];
}

/**
 * Aggregated discovery (what kubectl 1.27+ asks for first): one document for /api and one for
 * /apis, built from the legacy lists. `version` is v2, or v2beta1 for kubectl 1.27/1.28.
 */
export function aggregated(docs: Record<string, unknown>, path: '/api' | '/apis', version: 'v2' | 'v2beta1'): unknown {
  const groupVersions =
    path === '/api'
      ? [['', 'v1', '/api/v1']]
      : [
          ['apps', 'v1', '/apis/apps/v1'],
          ['authorization.k8s.io', 'v1', '/apis/authorization.k8s.io/v1'],
        ];
  const items = groupVersions.map(([group, v, at]) => {
    const list = (docs[at] as { resources: LegacyResource[] }).resources;
    const resources = list
      .filter((r) => !r.name.includes('/'))
      .map((r) => ({
        resource: r.name,
        responseKind: { group, version: v, kind: r.kind },
        scope: r.namespaced ? 'Namespaced' : 'Cluster',
        singularResource: r.singularName,
        verbs: r.verbs,
        ...(r.shortNames ? { shortNames: r.shortNames } : {}),
        ...(r.categories ? { categories: r.categories } : {}),
        subresources: list
          .filter((s) => s.name.startsWith(`${r.name}/`))
          .map((s) => ({
            subresource: s.name.split('/')[1],
            responseKind: { group, version: v, kind: s.kind },
            verbs: s.verbs,
          })),
      }));
    return { metadata: group ? { name: group } : {}, versions: [{ version: v, resources, freshness: 'Current' }] };
  });
  return { kind: 'APIGroupDiscoveryList', apiVersion: `apidiscovery.k8s.io/${version}`, metadata: {}, items };
}
