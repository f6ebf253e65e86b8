// Change the deployments: server-side apply of the manifests, or (deployments + image) annotate
// the change-cause and set the image. And the check that what runs is still what this run set.
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { APPLY, KubectlError, type Kubectl } from './kubectl.js';
import type { Recorded } from './preflight.js';
import { runAnnotations, type Session } from './session.js';
import type { Deployment } from './status.js';

/** Run one changing kubectl command, showing it in the log. */
export function step(s: Session, kc: Kubectl, args: string[]): Promise<string> {
  s.ctx.logger.info(`$ ${kc.display(args)}`);
  return kc.text(args, { quiet: true });
}

/** Server-side apply of YAML text (written to a temp file, removed after). */
export async function applyText(s: Session, kc: Kubectl, text: string): Promise<void> {
  const file = join(s.ctx.tempDir, `manifests-${randomBytes(6).toString('hex')}.yaml`);
  writeFileSync(file, text);
  try {
    await step(s, kc, [...APPLY, '-f', file]);
  } finally {
    rmSync(file, { force: true });
  }
}

/** The `key=value` annotations a change carries: change-cause, and the run's own when `annotate`. */
export function annotations(s: Session): string[] {
  const extra = s.o.annotate ? Object.entries(runAnnotations(s.ctx)).map(([k, v]) => `${k}=${v}`) : [];
  return [`kubernetes.io/change-cause=${s.o.changeCause}`, ...extra];
}

/** The annotate argv for one object: its annotations(). */
export function annotateArgs(s: Session, kind: string, name: string): string[] {
  return ['annotate', `${kind}/${name}`, ...annotations(s), '--overwrite'];
}

/**
 * Set one container's image (and imagePullSecrets when asked) in one template change; the
 * change-cause first, unless the lease's annotate already wrote it (`annotated`).
 */
export async function setImage(
  s: Session,
  kc: Kubectl,
  name: string,
  container: string,
  image: string,
  annotated = false,
): Promise<void> {
  if (!annotated) await step(s, kc, annotateArgs(s, 'deployment', name));
  if (!s.o.imagePullSecrets.length) {
    await step(s, kc, ['set', 'image', `deployment/${name}`, `${container}=${image}`]);
    return;
  }
  const patch = {
    spec: {
      template: {
        spec: {
          containers: [{ name: container, image }],
          imagePullSecrets: s.o.imagePullSecrets.map((n) => ({ name: n })),
        },
      },
    },
  };
  await step(s, kc, ['patch', `deployment/${name}`, '--type=strategic', '-p', JSON.stringify(patch)]);
}

export interface Started {
  /** Why the rollout could not start, when it could not. */
  failure?: string;
  /** Deployments this run patched (set-image mode). */
  patched: Set<string>;
}

/** `annotated`: deployments whose change-cause the lease's annotate wrote. */
export async function start(s: Session, recs: Recorded[], annotated = new Set<string>()): Promise<Started> {
  const patched = new Set<string>();
  try {
    if (s.manifests) {
      await applyText(s, s.kc, s.manifests.text);
      return { patched };
    }
    // allSettled: every patch has landed or failed before we decide what to roll back.
    const settled = await Promise.allSettled(
      recs.map(async (r) => {
        if (r.currentImage === s.o.image) {
          s.ctx.logger.info(
            `deployment/${r.name}: container ${r.container} already runs ${s.o.image}; no new revision`,
          );
          return;
        }
        await setImage(s, s.kcOf(r.name), r.name, r.container!, s.o.image!, annotated.has(r.name));
        patched.add(r.name);
      }),
    );
    const i = settled.findIndex((x) => x.status === 'rejected');
    if (i < 0) return { patched };
    const reason = (settled[i] as PromiseRejectedResult).reason;
    if (reason instanceof KubectlError)
      return { patched, failure: `deployment/${recs[i].name}: the rollout could not start: ${reason.line}` };
    throw reason;
  } catch (e) {
    if (e instanceof KubectlError) return { patched, failure: `the rollout could not start: ${e.line}` };
    throw e;
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Images this run sets, by container, for one deployment. */
function imagesSet(s: Session, r: Recorded): Map<string, string> {
  if (!s.manifests) return new Map(r.container && s.o.image ? [[r.container, s.o.image]] : []);
  const doc = s.manifests.docs.find((d: any) => d.kind === 'Deployment' && d.metadata.name === r.name);
  return new Map(
    (doc?.spec?.template?.spec?.containers ?? []).map(
      (c: any) => [String(c.name), String(c.image)] as [string, string],
    ),
  );
}

/**
 * A check for the watch: undefined while the template is the one this run set, else what
 * replaced it. Judged by the template (images and change-cause), not by the revision number.
 */
export function templateCheck(s: Session, r: Recorded): (d: Deployment) => string | undefined {
  const want = imagesSet(s, r);
  return (d) => {
    for (const c of d.spec.template.spec?.containers ?? []) {
      const image = want.get(c.name);
      if (image && c.image !== image)
        return `its pod template was changed by another rollout while this run watched it (container ${c.name} now runs ${c.image}, not ${image})`;
    }
    const cause = d.metadata.annotations?.['kubernetes.io/change-cause'];
    if (s.manifests && cause !== undefined && cause !== s.o.changeCause)
      return `it was changed by another rollout while this run watched it (change-cause now "${cause}")`;
    return undefined;
  };
}
