// May the run's user do what the deploy will do? `kubectl auth can-i VERB RESOURCE` answers by
// creating a SelfSubjectAccessReview (authorization.k8s.io/v1) for the namespace it works in,
// one kubectl process per question. Here the same reviews, all created by one
// `kubectl create -f -`: the API server answers each exactly as it answers can-i.
import type { Kubectl } from './kubectl.js';
import { explainConnection, PreflightError } from './preflight.js';

interface Review {
  kind?: string;
  items?: Review[];
  spec?: { resourceAttributes?: Attributes };
  status?: { allowed?: boolean; denied?: boolean; reason?: string };
}

interface Attributes {
  namespace: string;
  verb: string;
  group?: string;
  resource: string;
  subresource?: string;
}

/** `deployments.apps`, `services/proxy`, `pods` (as `kubectl auth can-i` takes them) → attributes. */
export function attributes(verb: string, resource: string, namespace: string): Attributes {
  const [typed, subresource] = resource.split('/');
  const dot = typed.indexOf('.');
  const a: Attributes = { namespace, verb, resource: dot < 0 ? typed : typed.slice(0, dot) };
  if (dot >= 0) a.group = typed.slice(dot + 1);
  if (subresource) a.subresource = subresource;
  return a;
}

const key = (a: Partial<Attributes>) => [a.verb, a.group ?? '', a.resource, a.subresource ?? ''].join(' ');

/** kubectl prints one JSON object per created review (a List in some versions). */
function reviewsIn(out: string): Review[] {
  const docs = out
    .split(/\n(?=\{)/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => JSON.parse(t) as Review);
  return docs.flatMap((d) => (d.kind === 'List' ? (d.items ?? []) : [d]));
}

/**
 * Throw a PreflightError naming the first `verb resource` (in the order given) the cluster
 * does not allow in `namespace`, or saying why kubectl could not ask.
 */
export async function checkAccess(
  kc: Kubectl,
  permissions: Array<[string, string]>,
  namespace: string,
  usingInput: boolean,
): Promise<void> {
  const asked = permissions.map(([verb, resource]) => ({ verb, resource, a: attributes(verb, resource, namespace) }));
  const list = {
    apiVersion: 'v1',
    kind: 'List',
    items: asked.map(({ a }) => ({
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: a },
    })),
  };
  const r = await kc.run(['create', '-f', '-', '--validate=false', '-o', 'json'], { input: JSON.stringify(list) });
  let answers: Review[] | undefined;
  try {
    answers = r.exitCode === 0 ? reviewsIn(r.stdout) : undefined;
  } catch {
    answers = undefined;
  }
  const answer = (a: Attributes) => answers?.find((x) => key(x.spec?.resourceAttributes ?? {}) === key(a));
  if (!answers || asked.some(({ a }) => !answer(a)))
    throw new PreflightError(
      explainConnection(
        r.stderr.trim().split('\n').filter(Boolean).pop() ??
          `kubectl create selfsubjectaccessreviews exited with code ${r.exitCode}`,
        usingInput,
      ),
    );
  for (const { verb, resource, a } of asked) {
    if (answer(a)?.status?.allowed === true) continue;
    const ns = kc.globals.includes('--namespace')
      ? ` in namespace ${kc.globals[kc.globals.indexOf('--namespace') + 1]}`
      : '';
    throw new PreflightError(
      `not allowed to ${verb} ${resource}${ns} (kubectl auth can-i ${verb} ${resource} said no); grant it in the deploy user's Role`,
    );
  }
}
