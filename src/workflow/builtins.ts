import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fail, ok, say, type Builtin } from './builtin-kit.js';
import { downloadArtifact, uploadArtifact } from './artifacts.js';
import { cacheRestore, cacheSave } from './cache.js';

export { builtinKey } from './builtin-kit.js';

function git(cwd: string, args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

/** actions/checkout: a clone of a local repository at the ref (path, fetch-depth, persist-credentials). */
const checkout: Builtin = async (c) => {
  const g = c.leg.contexts.github as Record<string, string>;
  const repository = c.with.repository || g.repository;
  const src = c.leg.state.repoPath(repository);
  if (!src)
    return fail(
      `${c.where}: actions/checkout: repository ${repository} is not available locally; map it with --repo ${repository}=PATH`,
    );
  const own = repository.toLowerCase() === String(g.repository).toLowerCase();
  // Default ref: the event's (a branch push checks that branch out at github.sha).
  let want = c.with.ref || (own ? (String(g.ref).startsWith('refs/heads/') ? String(g.ref) : g.sha) : '');
  let sha: string;
  try {
    sha = own && !c.with.ref ? g.sha : git(src, ['rev-parse', '--verify', '--quiet', `${want || 'HEAD'}^{commit}`]);
  } catch {
    try {
      sha = git(src, ['rev-parse', '--verify', '--quiet', `refs/remotes/origin/${want}^{commit}`]);
    } catch {
      return fail(`${c.where}: actions/checkout: ref '${want}' is not in ${repository} (${src})`);
    }
  }
  if (!want) want = git(src, ['symbolic-ref', '--short', '-q', 'HEAD']) || sha;
  const dest = resolve(c.leg.workspace, c.with.path || '.');
  if (!dest.startsWith(c.leg.workspace))
    return fail(`${c.where}: actions/checkout: path '${c.with.path}' is outside the workspace`);
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(dest)) rmSync(resolve(dest, f), { recursive: true, force: true });
  const depth = Number(c.with['fetch-depth'] ?? '1');
  // A local clone shares the source's objects (instant); fetch-depth N is then made exact by
  // marking the commits N deep as shallow, which is what a depth-N fetch leaves behind.
  git(dest, ['clone', '-q', '--shared', '--no-checkout', src, '.']);
  if (depth > 0) {
    const kept = git(src, ['rev-list', `--max-count=${depth}`, sha]).split('\n');
    const edge = kept.filter((c) =>
      git(src, ['rev-list', '--parents', '-n', '1', c])
        .split(' ')
        .slice(1)
        .some((p) => !kept.includes(p)),
    );
    if (edge.length) writeFileSync(join(dest, '.git', 'shallow'), edge.join('\n') + '\n');
  }
  const branch = /^[0-9a-f]{40}$/.test(want) ? '' : want.replace(/^refs\/heads\//, '');
  if (branch && !branch.startsWith('refs/')) git(dest, ['checkout', '-q', '--force', '-B', branch, sha]);
  else git(dest, ['checkout', '-q', '--force', '--detach', sha]);
  if ((c.with['persist-credentials'] ?? 'true') !== 'false' && c.with.token) {
    c.leg.state.opts.masker.add(c.with.token);
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${c.with.token}`).toString('base64')}`;
    c.leg.state.opts.masker.add(header.slice(21));
    git(dest, ['config', '--local', 'http.https://github.com/.extraheader', header]);
    c.leg.post.push({
      name: 'Post checkout',
      run: async () => {
        if (existsSync(dest)) git(dest, ['config', '--local', '--unset-all', 'http.https://github.com/.extraheader']);
        return true;
      },
    });
  }
  say(
    c,
    `checked out ${repository}@${sha.slice(0, 12)}${depth > 0 ? ` (depth ${depth})` : ' (full history)'} into ${c.with.path || '.'}`,
  );
  return ok({ ref: want, commit: sha });
};

function hostVersion(cmd: string, args: string[], pattern: RegExp): string | undefined {
  try {
    return pattern.exec(execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }))?.[1];
  } catch {
    return undefined;
  }
}

/** setup-node/python/go: no download; the host's version is used, and said so. */
function setup(tool: string, input: string, cmd: string, args: string[], pattern: RegExp, output: string): Builtin {
  return async (c) => {
    const wanted = c.with[input] || '';
    const have = hostVersion(cmd, args, pattern);
    if (!have)
      return fail(
        `${c.where}: ${c.uses}: ${tool} is not installed on this machine (shipline workflow run downloads nothing)`,
      );
    const matches = !wanted || have === wanted || have.startsWith(`${wanted.replace(/\.x$/, '')}.`);
    say(
      c,
      `${tool} ${have} from this machine${wanted ? ` (asked for ${wanted}${matches ? '' : ': a different version, used anyway'})` : ''}`,
    );
    if (c.with.cache) say(c, `${input.replace('-version', '')} package cache '${c.with.cache}' not set up locally`);
    return ok({ [output]: have });
  };
}

export const BUILTINS: Record<string, Builtin> = {
  'actions/checkout': checkout,
  'actions/upload-artifact': uploadArtifact,
  'actions/download-artifact': downloadArtifact,
  'actions/cache': async (c) => {
    const r = await cacheRestore(c);
    if (r.ok && r.outputs['cache-hit'] !== 'true')
      c.leg.post.push({ name: 'Post cache', run: async () => (await cacheSave({ ...c, with: { ...c.with } })).ok });
    return r;
  },
  'actions/cache/restore': cacheRestore,
  'actions/cache/save': cacheSave,
  'actions/setup-node': setup(
    'node',
    'node-version',
    process.execPath,
    ['--version'],
    /v(\d+\.\d+\.\d+)/,
    'node-version',
  ),
  'actions/setup-python': setup(
    'python',
    'python-version',
    'python3',
    ['--version'],
    /Python (\d+\.\d+\.\d+)/,
    'python-version',
  ),
  'actions/setup-go': setup('go', 'go-version', 'go', ['version'], /go(\d+\.\d+(?:\.\d+)?)/, 'go-version'),
};
