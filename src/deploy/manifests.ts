// Manifests mode: read the files, substitute images (`repository=reference`), stamp the
// change-cause on Deployments, and write one file for `kubectl apply --server-side`.
import { isInside, realish } from '../core/paths.js';
import { readFile } from 'node:fs/promises';
import { ConfigError } from '../core/errors.js';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

export interface PreparedManifests {
  /** YAML of every document, images substituted. */
  text: string;
  /** The Deployments among them, which the run watches and rolls back. */
  deployments: Array<{ name: string; namespace?: string }>;
  /** Substitutions that matched no container (probably a typo). */
  unused: string[];
  files: string[];
  substitutions: number;
  /** Every document, images substituted (the strategies rewrite Deployments and Services from them). */
  docs: Doc[];
  /** `job/x`, `cronjob/y`: applied, not watched. */
  unwatched: string[];
  /** StatefulSets and DaemonSets, watched by their own rules. */
  workloads: Array<{ kind: 'StatefulSet' | 'DaemonSet'; name: string; namespace?: string }>;
}

export interface ManifestExtras {
  imagePullSecrets: string[];
  /** Written on every object (run URL, commit, actor). */
  annotations: Record<string, string>;
}

/** Add imagePullSecrets to every pod template, and the run's annotations to every object. */
export function decorate(docs: Doc[], extras: ManifestExtras): void {
  for (const doc of docs) {
    if (Object.keys(extras.annotations).length)
      doc.metadata.annotations = { ...(doc.metadata.annotations ?? {}), ...extras.annotations };
    const path = POD_SPEC_PATHS[doc?.kind];
    if (!path || !extras.imagePullSecrets.length) continue;
    const spec = path.reduce((n: Doc, k) => n?.[k], doc);
    if (!spec) continue;
    const have = new Set((spec.imagePullSecrets ?? []).map((s: Doc) => s?.name));
    spec.imagePullSecrets = [
      ...(spec.imagePullSecrets ?? []),
      ...extras.imagePullSecrets.filter((n) => !have.has(n)).map((name) => ({ name })),
    ];
  }
}

/** `ghcr.io/acme/api:1.2@sha256:…` → `ghcr.io/acme/api`. */
export function repositoryOf(image: string): string {
  const noDigest = image.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  return colon > slash ? noDigest.slice(0, colon) : noDigest;
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Pod: ['spec'],
};

/** Replace the images of every container whose repository (or whole reference) is a key. */
export function substituteImages(docs: Doc[], images: Array<[string, string]>): { count: number; used: Set<string> } {
  const used = new Set<string>();
  let count = 0;
  for (const doc of docs) {
    const path = POD_SPEC_PATHS[doc?.kind];
    if (!path) continue;
    const spec = path.reduce((n: Doc, k) => n?.[k], doc);
    for (const c of [...(spec?.containers ?? []), ...(spec?.initContainers ?? [])]) {
      if (typeof c?.image !== 'string') continue;
      const hit = images.find(([name]) => name === c.image || name === repositoryOf(c.image));
      if (!hit) continue;
      used.add(hit[0]);
      if (c.image !== hit[1]) count++;
      c.image = hit[1];
    }
  }
  return { count, used };
}

export async function prepareManifests(
  patterns: string[],
  cwd: string,
  images: Array<[string, string]>,
  changeCause: string,
  extras: ManifestExtras = { imagePullSecrets: [], annotations: {} },
): Promise<PreparedManifests> {
  const { glob } = await import('tinyglobby');
  const files = (await glob(patterns, { cwd, absolute: true, onlyFiles: true })).sort();
  if (!files.length)
    throw ConfigError.forInput(
      'manifests',
      `${patterns.join(', ')} matched no file under ${cwd}`,
      'give paths or globs relative to the workspace, e.g. k8s/*.yaml',
    );
  const outside = files.filter((f) => !isInside(f, { workspace: cwd }));
  if (outside.length)
    throw ConfigError.forInput(
      'manifests',
      `${outside[0]} leads to ${realish(outside[0])} through a symlink, outside the workspace (${cwd})`,
      'apply only files inside the workspace; remove the symlink',
    );
  const { loadAll, dump } = await import('js-yaml');
  const docs: Doc[] = [];
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    try {
      for (const d of loadAll(text)) {
        if (d === null || d === undefined) continue;
        if (d && typeof d === 'object' && (d as Doc).kind === 'List') docs.push(...((d as Doc).items ?? []));
        else docs.push(d);
      }
    } catch (e) {
      const err = e as { mark?: { line: number }; reason?: string; message: string };
      const line = err.mark ? err.mark.line + 1 : undefined;
      throw new ConfigError(
        `input 'manifests': ${file} is not valid YAML${line ? ` (line ${line})` : ''}: ${err.reason ?? err.message.split('\n')[0]}; fix the YAML there`,
        { file, line },
      );
    }
  }
  for (const [i, d] of docs.entries()) {
    if (!d || typeof d !== 'object' || !d.kind || !d.apiVersion || !d.metadata?.name)
      throw ConfigError.forInput(
        'manifests',
        `document ${i + 1} has no apiVersion, kind or metadata.name`,
        'give complete Kubernetes objects',
      );
  }
  const { count, used } = substituteImages(docs, images);
  decorate(docs, extras);
  const deployments = docs
    .filter((d) => d.kind === 'Deployment')
    .map((d) => ({ name: String(d.metadata.name), namespace: d.metadata.namespace as string | undefined }));
  if (!deployments.length && !docs.some((d) => d.kind === 'StatefulSet' || d.kind === 'DaemonSet'))
    throw ConfigError.forInput(
      'manifests',
      `${files.length} file${files.length === 1 ? '' : 's'} hold no Deployment, StatefulSet or DaemonSet`,
      'include the workloads to roll out (other objects are applied alongside them)',
    );
  for (const d of docs.filter((x) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(x.kind))) {
    d.metadata.annotations = { ...(d.metadata.annotations ?? {}), 'kubernetes.io/change-cause': changeCause };
  }
  return {
    text: docs.map((d) => dump(d, { lineWidth: -1, noRefs: true })).join('---\n'),
    deployments,
    unused: images.map(([k]) => k).filter((k) => !used.has(k)),
    files,
    substitutions: count,
    docs,
    workloads: docs
      .filter((d) => d.kind === 'StatefulSet' || d.kind === 'DaemonSet')
      .map((d) => ({ kind: d.kind, name: String(d.metadata.name), namespace: d.metadata.namespace })),
    unwatched: docs
      .filter((d) => d.kind === 'Job' || d.kind === 'CronJob')
      .map((d) => `${String(d.kind).toLowerCase()}/${d.metadata.name}`),
  };
}
