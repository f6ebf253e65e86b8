import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ActionsLogger } from '../core/logger.js';
import { Masker } from '../core/mask.js';
import { addPath, setOutput } from '../core/runner-files.js';
import { describeThrown } from '../core/errors.js';
import { VERSION } from '../version.js';

/**
 * The root action: put `shipline` on PATH for later `run:` steps. It writes a tiny launcher
 * that runs the CLI bundle shipped beside this action, so no npm install is needed.
 */
export async function runSetup(cli: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const logger = new ActionsLogger(new Masker());
  try {
    const bin = join(env.RUNNER_TEMP || tmpdir(), 'shipline-bin');
    mkdirSync(bin, { recursive: true });
    const sh = join(bin, 'shipline');
    writeFileSync(sh, `#!/bin/sh\nexec node "${cli.replace(/"/g, '\\"')}" "$@"\n`);
    chmodSync(sh, 0o755);
    writeFileSync(join(bin, 'shipline.cmd'), `@node "${cli}" %*\r\n`);
    if (!addPath(env, bin)) logger.info(`add ${bin} to PATH to use shipline`);
    setOutput(env, 'version', VERSION);
    setOutput(env, 'path', sh);
    logger.info(`shipline ${VERSION} is on PATH (${sh})`);
    return 0;
  } catch (e) {
    logger.error(`could not set up shipline: ${describeThrown(e)}`);
    process.exitCode = 1;
    return 1;
  }
}
