import type { Value } from './expr.js';

export type Grants = Record<string, string> | null;
const SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
];
const RANK: Record<string, number> = { none: 0, read: 1, write: 2 };

/** A `permissions:` value as a full map (null: not set, inherit). */
export function permissionsOf(v: Value | undefined): Grants {
  if (v === undefined || v === null) return null;
  if (v === 'read-all' || v === 'write-all') return Object.fromEntries(SCOPES.map((s) => [s, v.slice(0, -4)]));
  const out: Record<string, string> = Object.fromEntries(SCOPES.map((s) => [s, 'none']));
  if (typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) out[k] = String(x);
  return out;
}

/** The first scope `asked` wants above what `granted` allows, in GitHub's message shape. */
export function excess(asked: Grants, granted: Grants, job: string): string | undefined {
  if (!asked || !granted) return undefined;
  for (const [scope, level] of Object.entries(asked)) {
    const have = granted[scope] ?? 'none';
    if ((RANK[level] ?? 0) > (RANK[have] ?? 0))
      return `The nested job '${job}' is requesting '${scope}: ${level}', but is only allowed '${scope}: ${have}'.`;
  }
  return undefined;
}
