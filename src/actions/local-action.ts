import { basename } from 'node:path';
import { runAction } from './run-action.js';

/**
 * Entry for GitHub's local runner, @github/local-action:
 *   npx local-action run actions/<id> ../../src/actions/local-action.ts <dotenv>
 * The action is the folder local-action was pointed at; the runner protocol goes through
 * @actions/core, which local-action stubs and records (inputs with action.yml defaults,
 * outputs, summary, annotations). Importing this file does nothing.
 */
export async function run(): Promise<number> {
  const dir = process.env.TARGET_ACTION_PATH;
  if (!dir)
    throw new Error(
      'run through local-action: npx local-action run actions/<id> ../../src/actions/local-action.ts <dotenv>',
    );
  return runAction(basename(dir), process.env, { toolkit: true });
}
