import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CommandNotFoundError, type ExecFn } from '../core/exec.js';
import type { Logger } from '../core/logger.js';
import type { Masker } from '../core/mask.js';

export interface Credentials {
  username: string;
  password: string;
}

interface DockerConfig {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

function readConfig(env: NodeJS.ProcessEnv): DockerConfig | undefined {
  const dir = env.DOCKER_CONFIG || join(env.HOME || homedir(), '.docker');
  try {
    return JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')) as DockerConfig;
  } catch {
    return undefined;
  }
}

/** The keys docker stores a registry under: Docker Hub by its historical index URL. */
function keysOf(registry: string): string[] {
  return registry === 'docker.io'
    ? ['https://index.docker.io/v1/', 'index.docker.io', 'docker.io']
    : [registry, `https://${registry}`, `http://${registry}`];
}

/**
 * Credentials stored inline in `<DOCKER_CONFIG>/config.json` (`auths.<host>.auth`, as
 * `docker login` without a credential store and docker/login-action write them).
 */
export function dockerConfigCredentials(registry: string, env: NodeJS.ProcessEnv): Credentials | undefined {
  const auths = readConfig(env)?.auths ?? {};
  for (const k of keysOf(registry)) {
    const a = auths[k];
    if (!a) continue;
    if (a.username && a.password) return { username: a.username, password: a.password };
    if (a.auth) {
      const text = Buffer.from(a.auth, 'base64').toString('utf8');
      const colon = text.indexOf(':');
      if (colon > 0) return { username: text.slice(0, colon), password: text.slice(colon + 1) };
    }
  }
  return undefined;
}

export interface CredentialDeps {
  exec: ExecFn;
  env: NodeJS.ProcessEnv;
  masker: Masker;
  logger: Logger;
}

/**
 * The credentials docker itself would use for `registry`, in docker's order: the registry's
 * `credHelpers` entry, else the `credsStore`, else inline `auths`. A helper is run as docker
 * runs it (`docker-credential-<name> get`, the server URL on stdin, JSON on stdout: the
 * docker-credential-helpers protocol). Undefined when none has any; a broken helper is warned
 * about and treated as none (docker's own push would then fail and say why).
 */
export async function dockerCredentials(registry: string, deps: CredentialDeps): Promise<Credentials | undefined> {
  const config = readConfig(deps.env);
  if (!config) return undefined;
  const helper = keysOf(registry)
    .map((k) => config.credHelpers?.[k])
    .find(Boolean);
  const store = helper ?? config.credsStore;
  if (!store) return dockerConfigCredentials(registry, deps.env);
  const command = `docker-credential-${store}`;
  const serverUrl = registry === 'docker.io' ? 'https://index.docker.io/v1/' : registry;
  let result;
  try {
    result = await deps.exec(command, ['get'], { input: serverUrl, env: deps.env, timeoutMs: 30_000 });
  } catch (e) {
    if (!(e instanceof CommandNotFoundError)) throw e;
    deps.logger.warning(
      `docker's config names the credential ${helper ? 'helper' : 'store'} "${store}" for ${registry}, but ${command} is not on PATH; looking ${registry} up without credentials`,
    );
    return undefined;
  }
  if (result.exitCode !== 0) {
    // "credentials not found in native keychain" is the protocol's way of saying none.
    if (!/not found/i.test(`${result.stdout}${result.stderr}`))
      deps.logger.warning(
        `${command} get failed for ${registry}: ${(result.stderr || result.stdout).trim().slice(0, 200)}`,
      );
    return helper ? undefined : dockerConfigCredentials(registry, deps.env);
  }
  let parsed: { Username?: string; Secret?: string };
  try {
    parsed = JSON.parse(result.stdout) as typeof parsed;
  } catch {
    deps.logger.warning(`${command} get answered something other than JSON for ${registry}; ignoring it`);
    return undefined;
  }
  if (!parsed.Username || !parsed.Secret) return undefined;
  deps.masker.add(parsed.Secret);
  return { username: parsed.Username, password: parsed.Secret };
}
