import { specInputs, createContext, handleSignals, runTool } from '../core/host.js';
import { ActionsLogger, type Logger } from '../core/logger.js';
import { Masker } from '../core/mask.js';
import { setOutput } from '../core/runner-files.js';
import { fileSummarySink } from '../core/summary.js';
import { classify } from '../core/errors.js';
import { findTool } from '../tools.js';

/** INPUT_<NAME> as the runner sets it: spaces to '_', upper case, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The thin action adapter shared by all six actions: inputs from INPUT_* → the tool →
 * outputs to GITHUB_OUTPUT, summary to GITHUB_STEP_SUMMARY, annotations to stdout.
 */
export async function runAction(id: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const masker = new Masker();
  let logger: Logger = new ActionsLogger(masker);
  const cancel = handleSignals(logger);
  try {
    if (env.SHIPLINE_LOGGER === 'toolkit')
      logger = await (await import('../core/toolkit-logger.js')).createToolkitLogger(masker);
    const entry = findTool(id);
    if (!entry) throw new Error(`unknown action id ${id}`);
    const tool = await entry.load();
    const ctx = createContext({ frontDoor: 'action', env, logger, masker, signal: cancel.signal });
    const inputs = specInputs(tool.inputs, (name) => env[inputEnvName(name)], 'action', masker);
    // Under a runner the summary goes to GITHUB_STEP_SUMMARY; without one, nowhere (the log has it all).
    const sink = env.GITHUB_STEP_SUMMARY ? fileSummarySink(env.GITHUB_STEP_SUMMARY, (s) => masker.mask(s)) : undefined;
    const outcome = await runTool(tool, inputs, ctx, sink);
    for (const [name, value] of Object.entries(outcome.result?.outputs ?? {})) {
      const masked = masker.mask(value);
      if (!setOutput(env, name, masked)) logger.info(`output ${name}=${masked}`);
    }
    const code = cancel.cancelledCode() ?? outcome.exitCode;
    process.exitCode = code;
    return code;
  } catch (thrown) {
    const verdict = classify(thrown, 'action', id);
    logger.error(verdict.message);
    if (verdict.stack) logger.info(verdict.stack);
    process.exitCode = verdict.exitCode;
    return verdict.exitCode;
  } finally {
    cancel.dispose();
  }
}
