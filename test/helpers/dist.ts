// The built dist/ that action and CLI tests run is never older than src/: the integration
// project's global setup rebuilds it when the recorded build (scripts/dist-stamp.mjs) does not
// match the working tree, and every runner helper refuses a stale one, whatever started the test.
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { staleReason } from '../../scripts/dist-stamp.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** vitest globalSetup of the integration project: build dist/ once, before any test, if stale. */
export default function buildDistIfStale(): void {
  const why = staleReason();
  if (!why) return;
  const start = performance.now();
  process.stdout.write(`building dist/ before the tests: ${why}\n`);
  execFileSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/build.ts')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  process.stdout.write(`built dist/ in ${((performance.now() - start) / 1000).toFixed(1)} s\n`);
}

let checked = false;

/** Throws when dist/ does not match src/ (checked once per test process). */
export function assertDistFresh(): void {
  if (checked) return;
  const why = staleReason();
  if (why)
    throw new Error(
      `dist/ is stale (${why}): this test runs the built bundle; run npm run build, or npm test, which rebuilds it`,
    );
  checked = true;
}
