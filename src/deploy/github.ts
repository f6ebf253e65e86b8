// GitHub Deployments: with a token that may write deployments and an `environment`, the run
// creates a deployment of the commit, posts `in_progress`, then `success` or `failure` with
// environment_url and log_url, and marks the deployment it replaced `inactive` (GitHub does that
// itself only for non-production environments). Without the permission: skipped, one line.
import { request } from '../core/http.js';
import { githubHeaders, githubUrl } from '../core/github-rest.js';
import type { ToolContext } from '../core/tool.js';
import type { DeployOptions } from './types.js';

export interface GitHubDeployment {
  id: number;
  post(state: 'in_progress' | 'success' | 'failure' | 'inactive', id?: number): Promise<void>;
}

interface Api {
  call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
}

function api(ctx: ToolContext, token: string): Api {
  return {
    async call(method, path, body) {
      const r = await request(
        {
          url: githubUrl(ctx.event.apiUrl, path),
          method,
          headers: githubHeaders(token, 'shipline-k8s-deploy', body !== undefined),
          body: body === undefined ? undefined : JSON.stringify(body),
          label: 'the GitHub API',
        },
        { masker: ctx.masker, logger: ctx.logger, signal: ctx.signal },
      );
      let json: unknown;
      try {
        json = r.body ? JSON.parse(r.body) : undefined;
      } catch {
        json = undefined;
      }
      return { status: r.status, json };
    },
  };
}

/** Create the deployment and post in_progress; undefined (and one line) when it cannot. */
export async function startGitHubDeployment(o: DeployOptions, ctx: ToolContext): Promise<GitHubDeployment | undefined> {
  if (!o.environment || !o.githubToken || o.dryRun.mode !== 'none') return undefined;
  const e = ctx.event;
  if (!e.owner || !e.repo || !e.sha) {
    ctx.logger.info('GitHub Deployments skipped: no repository or commit in this run (not under GitHub Actions)');
    return undefined;
  }
  const gh = api(ctx, o.githubToken);
  const base = `/repos/${e.owner}/${e.repo}/deployments`;
  let created: { status: number; json: unknown };
  try {
    created = await gh.call('POST', base, {
      ref: e.sha,
      environment: o.environment,
      auto_merge: false,
      required_contexts: [],
      description: `${o.strategy} deploy by shipline`.slice(0, 140),
      production_environment: /^prod/i.test(o.environment),
    });
  } catch (err) {
    ctx.logger.warning(`GitHub Deployments skipped: ${(err as Error).message}`);
    return undefined;
  }
  if (created.status === 403 || created.status === 404) {
    ctx.logger.info(
      `GitHub Deployments skipped: the token may not write deployments (${created.status}); grant permissions: deployments: write to record them`,
    );
    return undefined;
  }
  const id = (created.json as { id?: number } | undefined)?.id;
  if (created.status !== 201 || !id) {
    ctx.logger.warning(`GitHub Deployments skipped: creating the deployment answered ${created.status}`);
    return undefined;
  }
  const post = async (state: string, target = id) => {
    const r = await gh
      .call('POST', `${base}/${target}/statuses`, {
        state,
        log_url: e.runUrl,
        environment_url: o.environmentUrl,
        description: `shipline: ${state.replace('_', ' ')}`,
        auto_inactive: false,
      })
      .catch((err: Error) => ({ status: 0, json: err.message }));
    if (r.status !== 201) ctx.logger.warning(`GitHub Deployments: posting ${state} answered ${r.status || r.json}`);
  };
  await post('in_progress');
  ctx.logger.info(`GitHub deployment ${id} for environment ${o.environment}: in_progress`);
  return {
    id,
    async post(state, target) {
      await post(state, target);
    },
  };
}

/** The run's end: success (and the replaced deployment inactive) or failure. */
export async function finishGitHubDeployment(
  o: DeployOptions,
  ctx: ToolContext,
  dep: GitHubDeployment | undefined,
  ok: boolean,
): Promise<void> {
  if (!dep) return;
  await dep.post(ok ? 'success' : 'failure');
  ctx.logger.info(`GitHub deployment ${dep.id}: ${ok ? 'success' : 'failure'}`);
  if (!ok) return;
  const e = ctx.event;
  const gh = api(ctx, o.githubToken!);
  const list = await gh
    .call(
      'GET',
      `/repos/${e.owner}/${e.repo}/deployments?environment=${encodeURIComponent(o.environment!)}&per_page=10`,
    )
    .catch(() => undefined);
  for (const d of (list?.json as Array<{ id: number }> | undefined) ?? []) {
    if (d.id === dep.id) continue;
    const statuses = await gh
      .call('GET', `/repos/${e.owner}/${e.repo}/deployments/${d.id}/statuses?per_page=1`)
      .catch(() => undefined);
    const latest = (statuses?.json as Array<{ state: string }> | undefined)?.[0]?.state;
    if (latest !== 'success') continue;
    await dep.post('inactive', d.id);
    ctx.logger.info(`GitHub deployment ${d.id} (replaced): inactive`);
    break;
  }
}
