import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The suite's temporary files go to a folder of its own in memory (/dev/shm) when the machine
 * has one: the tests make thousands of short-lived files (git repositories, checkouts of
 * workflow runs, kubeconfigs, reports), and on this machine's disk (ext4 on a virtual disk
 * mounted with `discard`) each file created costs ~0.1 ms of system time; a `git checkout` of
 * shipline's tree took 0.53 s there and 0.10 s in /dev/shm. TMPDIR is what os.tmpdir() and
 * every child process (git, kubectl, npm, python, go) read.
 *
 * Set SHIPLINE_TEST_TMPDIR to choose the folder's parent yourself (e.g. `/tmp` to keep the
 * disk). Called from vitest.config.ts in vitest's main process, before any worker starts;
 * the folder is removed when that process exits.
 */
export function useMemoryTmpdir(): string | undefined {
  if (process.env.SHIPLINE_TEST_TMPDIR_IN_USE) return process.env.TMPDIR;
  const parent = process.env.SHIPLINE_TEST_TMPDIR ?? '/dev/shm';
  try {
    if (!statSync(parent).isDirectory()) return undefined;
    accessSync(parent, constants.W_OK);
  } catch {
    return undefined;
  }
  const dir = mkdtempSync(join(parent, 'shipline-test-'));
  process.env.TMPDIR = dir;
  process.env.SHIPLINE_TEST_TMPDIR_IN_USE = '1';
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * pytest imports every plugin installed as an entry point at each start. This machine's
 * python3-hypothesis (a Debian package no test or example uses) registers one whose import
 * costs ~0.8 s of CPU: a trivial pytest run took 2.0 s with it and 0.5 s without. The suite
 * starts pytest some hundred times (shards, coverage, perf formats, the Python template), so it
 * blocks that one plugin by name (`-p no:NAME` skips the import, and is harmless where it is
 * not installed) through PYTEST_ADDOPTS, which every pytest the tests start reads.
 */
export function skipUnusedPytestPlugins(): void {
  const block = '-p no:hypothesispytest';
  const now = process.env.PYTEST_ADDOPTS ?? '';
  if (!now.includes(block)) process.env.PYTEST_ADDOPTS = `${now} ${block}`.trim();
}

const SAVED_CA = 'SHIPLINE_TEST_NODE_EXTRA_CA_CERTS';

/**
 * NODE_EXTRA_CA_CERTS makes every node process parse that bundle as it starts: ~60 ms of CPU
 * each on this machine (`hyperfine -N 'node -e 0'`: 96 ms with this machine's bundle, 36 ms
 * without), and the suite starts node thousands of times (every action run, CLI call, npm and
 * npx). GitHub's runners do not set it. Only a test reaching the public npm registry needs it
 * (this machine's network goes through a TLS-intercepting proxy): the variable is taken out of
 * the suite's environment and `publicNetworkEnv()` gives it back to those tests' processes.
 * Called from vitest.config.ts in vitest's main process, before any worker starts.
 */
export function keepCaBundleForPublicNetwork(): void {
  const ca = process.env.NODE_EXTRA_CA_CERTS;
  if (!ca) return;
  process.env[SAVED_CA] = ca;
  delete process.env.NODE_EXTRA_CA_CERTS;
}

/** The environment a process reaching the public network needs on this machine (see above). */
export function publicNetworkEnv(): Record<string, string> {
  const ca = process.env[SAVED_CA] ?? process.env.NODE_EXTRA_CA_CERTS;
  return ca ? { NODE_EXTRA_CA_CERTS: ca } : {};
}
