import { join } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { formatCommand } from '../core/exec.js';
import type { ToolContext } from '../core/tool.js';
import { NeedsBuildxError, buildArgv, buildCommandLine, type Builder } from './commands.js';
import { loginArgv } from './docker-cli.js';
import type { Report } from './report.js';
import type { Ending, Plan } from './session.js';
import type { DockerOptions } from './types.js';

export /** The argv docker is given; buildx being needed is the user's to fix (platforms, cache). */
function planBuild(o: DockerOptions, builder: Builder, iidfile: string): Plan {
  try {
    return buildArgv(o, builder, iidfile);
  } catch (e) {
    if (e instanceof NeedsBuildxError) throw ConfigError.forInput(e.input, e.problem, e.fix);
    throw e;
  }
}

/** The commands a dry run prints, exactly as a real run would give them to docker. */
export function dryRun(o: DockerOptions, ctx: ToolContext, builder: Builder, report: Report): Ending {
  const plan = planBuild(o, builder, join(ctx.tempDir, 'docker-build-iid'));
  const cmds: string[] = [];
  if (o.username) cmds.push(`${formatCommand(['docker', ...loginArgv(o)])}   # password on standard input`);
  if (o.skipIfExists)
    cmds.push(
      `# GET /v2/${o.image.repository}/manifests/${o.plan.shaTag} on ${o.image.registry}: skip the build if it exists`,
    );
  cmds.push(buildCommandLine(builder, plan.argv));
  if (o.push && !plan.pushesItself)
    for (const t of o.plan.tags) cmds.push(formatCommand(['docker', 'push', `${o.image.name}:${t}`]));
  if (o.username) cmds.push(formatCommand(['docker', 'logout', o.image.registry]));
  ctx.logger.info(`dry run (${o.dryRun.reason}): these are the commands a real run gives docker:`);
  for (const c of cmds) ctx.logger.info(`  ${c}`);
  for (const w of plan.warnings) ctx.logger.warning(w);
  Object.assign(report, { result: 'dry run', commands: cmds });
  return {};
}
