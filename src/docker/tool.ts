import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDryRun } from '../core/dry-run.js';
import type { Inputs } from '../core/inputs.js';
import { insidePath, pathRoots } from '../core/paths.js';
import { defineTool, type ToolContext } from '../core/tool.js';
import type { DockerOptions } from './types.js';
import { BUILD_INPUT_SPECS, parseSecrets, warnSecretBuildArgs } from './build-inputs.js';
import { isProblem, parseImageName } from './reference.js';
import { createdAt, tagSource } from './source.js';
import { TagError, computeTags, isPullRequest, ociLabels, type TagPlan } from './tags.js';

const REMOTE_CONTEXT = /^(https?:\/\/|git@|git:\/\/|github\.com\/)/;

/** Parse and check every input before anything runs. */
async function parse(inputs: Inputs, ctx: ToolContext): Promise<DockerOptions> {
  const image = parseImageName(inputs.required('image', 'set the image name without a tag, e.g. ghcr.io/acme/api'));
  if (isProblem(image)) throw inputs.fail('image', image.problem, image.fix);

  const contextRaw = inputs.string('context', '.');
  const remote = REMOTE_CONTEXT.test(contextRaw);
  // The build context is sent to the daemon whole: it must not leave the workspace.
  const roots = pathRoots(ctx);
  const context = remote ? contextRaw : insidePath('context', contextRaw, roots);
  if (!remote && !(existsSync(context) && statSync(context).isDirectory())) {
    throw inputs.fail(
      'context',
      `"${contextRaw}" is not a directory (looked in ${context})`,
      'point it at the folder holding the files the Dockerfile copies',
    );
  }
  const fileRaw = inputs.optional('file');
  let file: string | undefined;
  if (fileRaw) file = insidePath('file', fileRaw, roots);
  else if (!remote) file = join(context, 'Dockerfile');
  if (file && !remote && !(existsSync(file) && statSync(file).isFile())) {
    throw inputs.fail(
      fileRaw ? 'file' : 'context',
      `no Dockerfile at ${file}`,
      fileRaw ? 'point file at the Dockerfile' : 'add a Dockerfile to the context or set the file input',
    );
  }

  const buildArgs = inputs.keyValues('build-args');
  const userLabels = inputs.keyValues('labels');
  for (const [k] of [...buildArgs, ...userLabels]) {
    if (/\s/.test(k))
      throw inputs.fail(
        buildArgs.some(([b]) => b === k) ? 'build-args' : 'labels',
        `key "${k}" contains whitespace`,
        'write KEY=value with no spaces in KEY',
      );
  }

  warnSecretBuildArgs(buildArgs, ctx);

  const shaFormat = inputs.enum('sha-format', ['long', 'short'] as const, 'long');
  const src = await tagSource(ctx);
  const created = await createdAt(ctx, src.prHeadSha && isPullRequest(src.eventName) ? src.prHeadSha : src.sha);
  let plan: TagPlan;
  try {
    plan = computeTags(
      { ...src, commitDate: created },
      shaFormat,
      inputs.list('tags'),
      {
        latest: inputs.enum('latest', ['auto', 'true', 'false'] as const, 'auto'),
        branch: inputs.boolean('branch-tag', true),
      },
      inputs.list('flavor'),
    );
  } catch (e) {
    if (e instanceof TagError && e.input) throw inputs.fail(e.input, e.problem, e.fix);
    throw e;
  }
  if (plan.mode === 'rules' && inputs.optional('branch-tag') !== undefined)
    ctx.logger.warning(
      `${inputs.describe('branch-tag')} has no effect when tags holds type= rules: the rules decide (type=ref,event=branch makes the branch tag)`,
    );

  const pushSetting = inputs.enum('push', ['auto', 'true', 'false'] as const, 'auto');
  const onPr = isPullRequest(ctx.event.eventName);
  const push = pushSetting === 'auto' ? !onPr : pushSetting === 'true';
  const pushReason =
    pushSetting === 'auto'
      ? onPr
        ? 'push is auto and this is a pull request'
        : 'push is auto'
      : `push is ${pushSetting}`;

  const username = inputs.optional('username');
  const password = inputs.optional('password');
  if ((username === undefined) !== (password === undefined)) {
    throw inputs.fail(
      username ? 'password' : 'username',
      'is empty while the other login input is set',
      'set both username and password, or neither to use an existing docker login',
    );
  }
  const retries = inputs.number('retries', 3, { min: 0, max: 10, integer: true });
  const labels = ociLabels(
    {
      sha: plan.sha,
      version: plan.version,
      serverUrl: ctx.event.serverUrl,
      repository: ctx.event.repository,
      created,
    },
    userLabels,
  );
  return {
    image,
    context,
    file,
    target: inputs.optional('target'),
    buildArgs,
    labels,
    plan,
    push,
    pushReason,
    skipIfExists: inputs.boolean('skip-if-exists', true),
    username,
    password,
    platforms: inputs.list('platforms', { commas: true }),
    cacheFrom: inputs.list('cache-from'),
    cacheTo: inputs.list('cache-to'),
    provenance: inputs.boolean('provenance', false),
    retries,
    noCache: inputs.boolean('no-cache', false),
    pull: inputs.boolean('pull', false),
    network: inputs.optional('network'),
    ...parseSecrets(inputs, ctx),
    ssh: inputs.list('ssh'),
    buildContexts: inputs.keyValues('build-contexts'),
    annotations: inputs.keyValues('annotations'),
    attemptTimeoutMs: inputs.number('attempt-timeout-seconds', 600, { min: 1, max: 21_600 }) * 1000,
    dryRun: resolveDryRun(inputs.optional('dry-run'), ctx.env, inputs.frontDoor),
  };
}

export const tool = defineTool<DockerOptions>({
  inputs: [
    { name: 'image', description: 'Image name without tag, e.g. ghcr.io/acme/api.', required: true },
    { name: 'context', description: 'Build context directory (or a git/https URL).', default: '.' },
    { name: 'file', description: 'Dockerfile path (default: Dockerfile in the context).' },
    { name: 'target', description: 'Build stage to stop at (docker build --target).' },
    { name: 'build-args', description: 'Build arguments, one KEY=value a line.', kind: 'list' },
    {
      name: 'labels',
      description:
        'Extra labels, one KEY=value a line; they override the OCI labels shipline sets (created is the commit time, or SOURCE_DATE_EPOCH, so a rebuild of a commit hits the cache and gives the same image).',
      kind: 'list',
    },
    {
      name: 'tags',
      description:
        'Tags besides the commit SHA tag (always made: skip-if-exists looks it up). Either shipline templates, one a line ({sha}, {short-sha}, {branch}, {tag}, {run-number}; a line whose placeholder is empty in this run is skipped), added to the default branch, pr-N, latest and semver tags; or docker/metadata-action rules (type=semver,pattern={{version}} · type=pep440 · type=ref,event=branch|tag|pr · type=sha · type=schedule · type=raw,value=… · type=edge · type=match; enable=, priority=, prefix=, suffix=), which then replace those defaults.',
      kind: 'list',
    },
    {
      name: 'flavor',
      description:
        "metadata-action's flavor, one a line: latest=auto|true|false (over the latest input), prefix=…[,onlatest=true], suffix=…[,onlatest=true]; prefix and suffix need type= rules in tags.",
      kind: 'list',
    },
    ...BUILD_INPUT_SPECS,
    { name: 'sha-format', description: 'Commit SHA tag: long (40 characters) or short (7).', default: 'long' },
    { name: 'push', description: 'auto, true or false; auto pushes except on pull_request.', default: 'auto' },
    {
      name: 'skip-if-exists',
      description: 'Skip the build when the registry already has the SHA tag (its digest is still output).',
      default: 'true',
      kind: 'boolean',
    },
    {
      name: 'username',
      description: 'Registry user for docker login (login before, logout after, in a private DOCKER_CONFIG).',
    },
    {
      name: 'password',
      description: 'Registry password or token; masked, given to docker on standard input only.',
      secret: true,
      env: 'SHIPLINE_REGISTRY_PASSWORD',
    },
    {
      name: 'platforms',
      description: 'Target platforms, comma or newline separated (more than one needs buildx).',
      kind: 'list',
    },
    {
      name: 'cache-from',
      description: 'Cache sources, one a line (image refs; type=... specs need buildx).',
      kind: 'list',
    },
    { name: 'cache-to', description: 'Cache exports, one a line (needs buildx).', kind: 'list' },
    {
      name: 'provenance',
      description: 'Attach buildx provenance attestations (they turn the image into a manifest index).',
      default: 'false',
      kind: 'boolean',
    },
    {
      name: 'retries',
      description: 'Retries of login, push and registry calls on 429, 5xx and connection resets.',
      default: '3',
    },
    {
      name: 'attempt-timeout-seconds',
      description:
        'How long one docker push attempt may run before it is stopped and retried (a docker login attempt: at most 60 s).',
      default: '600',
    },
    {
      name: 'dry-run',
      description:
        'auto, true or false; auto is dry under act. A dry run prints the docker commands and computes every output but the digest.',
      default: 'auto',
    },
  ],
  outputs: [
    { name: 'image', description: 'name:sha, the image tagged with the commit SHA.' },
    { name: 'tags', description: 'Every tag, one full reference a line (as metadata-action).' },
    {
      name: 'version',
      description: "The image version (metadata-action's: the first rule's tag; else the semver, git tag or branch).",
    },
    {
      name: 'labels',
      description:
        'The labels given to the build, one key=value a line, sorted (OCI org.opencontainers.image.* and yours).',
    },
    {
      name: 'json',
      description: "metadata-action's json output: {tags, tag-names, labels, annotations}.",
    },
    {
      name: 'digest',
      description: 'sha256 manifest digest, read back from the registry (empty when not pushed or in a dry run).',
    },
    { name: 'image-ref', description: 'name@digest, what a deploy step should use (empty without a digest).' },
    { name: 'image-id', description: 'Local image id from --iidfile (empty when skipped or dry).' },
    { name: 'skipped', description: 'true when the SHA tag already existed and nothing was built.' },
  ],
  parse,
  run: async (options, ctx) => (await import('./engine.js')).run(options, ctx),
});
