import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ConfigError } from '../core/errors.js';
import type { ToolContext, ToolResult } from '../core/tool.js';
import { postHandoff } from './handoff.js';

/**
 * The workflow_run side of a fork's comment: post the file its run wrote (or every .json file
 * in a folder: one per call, as download-artifact puts several artifacts), or say why not.
 */
export async function postComment(path: string, token: string | undefined, ctx: ToolContext): Promise<ToolResult> {
  const display = (p: string) => relative(ctx.cwd, p) || p;
  if (!existsSync(path)) {
    // The triggering run was not a fork's pull request (or wrote no comment): nothing to post.
    ctx.logger.info(`no comment file at ${display(path)}: nothing to post`);
    return { outputs: { posted: 'false' } };
  }
  if (!token)
    throw ConfigError.forInput('token', 'is empty', 'give a token with pull-requests: write', undefined, ctx.frontDoor);
  const files = statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const failures: string[] = [];
  let posted = 0;
  for (const file of files) {
    const outcome = await postHandoff(file, ctx.event, token, { masker: ctx.masker, logger: ctx.logger });
    if (outcome.kind === 'created' || outcome.kind === 'updated') {
      posted++;
      ctx.logger.info(`PR comment ${outcome.kind}${outcome.url ? `: ${outcome.url}` : ''}`);
    } else if (outcome.kind === 'skipped') ctx.logger.info(`${display(file)} not posted: ${outcome.reason}`);
    else failures.push(`${display(file)}: ${'reason' in outcome ? outcome.reason : outcome.kind}`);
  }
  return {
    outputs: { posted: String(posted > 0) },
    failure: failures.length ? `the coverage comment was not posted: ${failures.join('; ')}` : undefined,
  };
}
