import { describeThrown } from '../core/errors.js';
import { tail } from './docker-cli.js';
import { RegistryClient, type Manifest } from './registry.js';
import { dockerCredentials } from './credentials.js';
import type { Report } from './report.js';
import type { Ending, Session } from './session.js';

/** A registry client with the credentials docker would use (inputs, else credHelpers/credsStore/auths). */
export async function registryClient(s: Session): Promise<RegistryClient> {
  const { o, ctx } = s;
  const credentials =
    o.username && o.password
      ? { username: o.username, password: o.password }
      : await dockerCredentials(o.image.registry, ctx);
  if (credentials) ctx.masker.add(credentials.password);
  return new RegistryClient(o.image, credentials, {
    masker: ctx.masker,
    logger: ctx.logger,
    signal: ctx.signal,
    retries: o.retries,
    baseDelayMs: s.retryBaseMs,
  });
}

export /** The SHA tag's manifest when the registry has it; a registry that cannot say means "build". */
async function lookUp(s: Session, registry: RegistryClient): Promise<Manifest | undefined> {
  const { o, ctx } = s;
  try {
    return await registry.manifest(o.plan.shaTag);
  } catch (e) {
    ctx.logger.warning(
      `could not ask ${o.image.registry} whether ${o.image.name}:${o.plan.shaTag} exists (${describeThrown(e)}); carrying on as if it does not`,
    );
    return undefined;
  }
}

export /** The SHA tag exists: build nothing, point any new tags at the same manifest. */
async function skip(s: Session, registry: RegistryClient, existing: Manifest): Promise<Ending> {
  const { o, ctx, report } = s;
  ctx.logger.info(
    `${o.image.name}:${o.plan.shaTag} already exists (${existing.digest}): skipping the build (skip-if-exists is true)`,
  );
  Object.assign(report, { result: 'skipped', digest: existing.digest });
  const ending: Ending = { digest: existing.digest, skipped: true };
  const retagged: string[] = [];
  for (const t of o.push ? o.plan.tags : []) {
    if (t === o.plan.shaTag) continue;
    try {
      const current = await registry.manifest(t);
      if (current?.digest === existing.digest) continue;
      await registry.putManifest(t, existing);
      retagged.push(t);
    } catch (e) {
      report.error = describeThrown(e);
      return { ...ending, failure: `the build was skipped but tagging ${o.image.name}:${t} failed: ${report.error}` };
    }
  }
  if (retagged.length)
    ctx.logger.info(`pointed ${retagged.map((t) => `${o.image.name}:${t}`).join(', ')} at ${existing.digest}`);
  Object.assign(report, { retagged, totalMs: ctx.now() - s.started });
  return ending;
}

export /** A failed stage: the report says what docker said (with the log's tail), the step fails with `failure`. */
function fail(report: Report, error: string, failure: string, log?: string): Ending {
  report.error = error;
  if (log !== undefined) report.log = tail(log, 40);
  return { failure };
}
