import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runner.js';

/**
 * A fresh, empty HOME for a workflow run through the local executor. The templates' dependency
 * cache (actions/cache of ~/.npm, ~/.cache/pip, ~/.cache/go-build...) resolves `~` in the
 * executor's process: with the host's HOME it copied the host's whole npm cache (hundreds of MB,
 * shared with every other npm on the machine) into the run's cache and back over the host's files
 * in every job. A run's own HOME holds only what the run itself installs.
 */
export function runHome(label: string): string {
  return mkdtempSync(join(tmpdir(), `shipline-home-${label}-`));
}

/**
 * A folder for a workflow run's repository and out folder (the jobs' workspaces) in the suite's
 * temporary folder (memory: test/helpers/suite-env.ts), not in this checkout. Each job of the
 * pipeline checks out shipline's tree (717 files) into its workspace: 0.7 s of system time a
 * checkout in this checkout's folder on this machine (/work), 0.04 s in /dev/shm, and a run of
 * the demo makes thirteen. A `node_modules` in it links this checkout's: what a workspace
 * resolves by walking up its parent folders (examples/service's eslint.config.js imports
 * @eslint/js) it finds there, as it did inside the checkout.
 */
export function runBase(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `shipline-run-${label}-`));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
