import { specInputs, createContext, handleSignals, runTool } from '../core/host.js';
import { Masker } from '../core/mask.js';
import { classify } from '../core/errors.js';
import { findTool } from '../tools.js';
import { directProtocol, toolkitProtocol, type RunnerProtocol } from './protocol.js';

export { inputEnvName } from './protocol.js';

export interface RunActionOptions {
  /**
   * The runner protocol through @actions/core (also SHIPLINE_LOGGER=toolkit): what
   * @github/local-action records. Off in the built actions, where it would cost each cold
   * start ~250 ms (see ./protocol.ts).
   */
  toolkit?: boolean;
}

/**
 * The thin action adapter shared by all actions: inputs → the tool → outputs, the job
 * summary, annotations, masking, through one RunnerProtocol.
 */
export async function runAction(
  id: string,
  env: NodeJS.ProcessEnv = process.env,
  opts: RunActionOptions = {},
): Promise<number> {
  const masker = new Masker();
  const protocol: RunnerProtocol =
    opts.toolkit || env.SHIPLINE_LOGGER === 'toolkit' ? await toolkitProtocol(masker) : directProtocol(env, masker);
  const logger = protocol.logger;
  const cancel = handleSignals(logger);
  try {
    const entry = findTool(id);
    if (!entry) throw new Error(`unknown action id ${id}`);
    const tool = await entry.load();
    const ctx = createContext({ frontDoor: 'action', env, logger, masker, signal: cancel.signal });
    const inputs = specInputs(tool.inputs, (name) => protocol.input(name), 'action', masker);
    const outcome = await runTool(
      tool,
      inputs,
      ctx,
      protocol.summary((s) => masker.mask(s)),
    );
    for (const [name, value] of Object.entries(outcome.result?.outputs ?? {})) {
      const masked = masker.mask(value);
      if (!protocol.setOutput(name, masked)) logger.info(`output ${name}=${masked}`);
    }
    await protocol.done();
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
