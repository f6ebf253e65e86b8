import { ActionsLogger, type Logger } from '../core/logger.js';
import type { Masker } from '../core/mask.js';
import { setOutput } from '../core/runner-files.js';
import { fileSummarySink, type SummarySink } from '../core/summary.js';

/** INPUT_<NAME> as the runner sets it: spaces to '_', upper case, hyphens kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The runner protocol as the adapter uses it: inputs in; outputs, summary, log and annotations out. */
export interface RunnerProtocol {
  input(name: string): string | undefined;
  /** False when there is nowhere to put it (not under a runner): the adapter logs it instead. */
  setOutput(name: string, value: string): boolean;
  summary(mask: (s: string) => string): SummarySink | undefined;
  logger: Logger;
  /** An OIDC token for `audience` (needs `id-token: write`); loads @actions/core's client only when called. */
  idToken(audience?: string): Promise<string>;
  /** Wait for writes still under way (the toolkit's summary is written asynchronously). */
  done(): Promise<void>;
}

/**
 * The protocol written directly (file commands and `::` commands, byte for byte what
 * @actions/core writes: the runner-protocol tests hold both to the same output). Used by the
 * built actions because @actions/core would cost each cold start about 250 ms: it imports its
 * OIDC client, which bundles undici (an ncc bundle of @actions/core alone is 490 KB and took
 * 608 ms against 359 ms for `node -e 0`, medians of 24 interleaved runs on the 2-core dev
 * machine), against a budget of 1.6× bare node that the no-op notify action already uses 1.52× of.
 */
export function directProtocol(env: NodeJS.ProcessEnv, masker: Masker): RunnerProtocol {
  return {
    input: (name) => env[inputEnvName(name)],
    setOutput: (name, value) => setOutput(env, name, value),
    summary: (mask) => (env.GITHUB_STEP_SUMMARY ? fileSummarySink(env.GITHUB_STEP_SUMMARY, mask) : undefined),
    logger: new ActionsLogger(masker),
    idToken: async (audience) => (await import('@actions/core')).getIDToken(audience),
    done: async () => undefined,
  };
}

/**
 * The protocol through @actions/core itself: inputs with action.yml defaults as the toolkit
 * reads them, outputs, the job summary, annotations, masking and OIDC. What GitHub's
 * @github/local-action stubs and records, and what SHIPLINE_LOGGER=toolkit selects.
 */
export async function toolkitProtocol(masker: Masker): Promise<RunnerProtocol> {
  const core = await import('@actions/core');
  const { createToolkitLogger } = await import('../core/toolkit-logger.js');
  // Summary writes in order, one at a time: the toolkit's buffer is shared between them.
  let writes = Promise.resolve();
  return {
    input: (name) => {
      const v = core.getInput(name, { trimWhitespace: false });
      return v === '' && process.env[inputEnvName(name)] === undefined ? undefined : v;
    },
    setOutput: (name, value) => {
      core.setOutput(name, value);
      return true;
    },
    // As directProtocol: no GITHUB_STEP_SUMMARY (not under a runner), no summary.
    summary: (mask) =>
      !process.env.GITHUB_STEP_SUMMARY
        ? undefined
        : {
            target: 'the job summary (@actions/core)',
            write(markdown) {
              writes = writes.then(async () => {
                await core.summary.addRaw(mask(markdown), true).write();
              });
            },
          },
    logger: await createToolkitLogger(masker),
    idToken: (audience) => core.getIDToken(audience),
    done: () => writes,
  };
}
