import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
