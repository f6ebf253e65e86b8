// A tool run through the real boundary (handleSignals + createContext + runTool) in its own
// node process, for test/core/cancel.test.ts to signal. argv: <dir> <mode>, where mode is
// `children` (waits on a command that starts a background grandchild) or `stubborn` (ignores
// the abort). It writes <dir>/ready once the command runs.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, handleSignals, runTool, specInputs } from '../../../src/core/host.js';
import { TerminalLogger } from '../../../src/core/logger.js';
import { Masker } from '../../../src/core/mask.js';
import { fileSummarySink } from '../../../src/core/summary.js';

const [dir, mode] = process.argv.slice(2);
const masker = new Masker();
const logger = new TerminalLogger(masker);
const cancel = handleSignals(logger);
const ctx = createContext({ frontDoor: 'cli', env: process.env, logger, masker, cwd: dir, signal: cancel.signal });
const credentials = join(dir, 'credentials');
ctx.onCleanup(() => {
  rmSync(credentials, { force: true });
  writeFileSync(join(dir, 'cleaned'), 'yes');
});

const outcome = await runTool(
  {
    command: 'sleepy',
    parse: () => ({}),
    run: async (_options, ctx) => {
      writeFileSync(credentials, 'secret');
      if (mode === 'stubborn') {
        writeFileSync(join(dir, 'ready'), '');
        await new Promise((resolve) => setTimeout(resolve, 300_000));
      }
      const r = await ctx.exec('sh', ['-c', `sleep 300 & echo $! > grandchild.pid; touch ready; wait`], { cwd: dir });
      ctx.summary.paragraph(`the command ended: aborted=${r.aborted}, signal=${r.signal}`);
      return { outputs: { done: 'no' }, failure: 'cancelled' };
    },
  },
  specInputs([], () => undefined, 'cli', masker),
  ctx,
  fileSummarySink(join(dir, 'summary.md')),
);
process.exitCode = cancel.cancelledCode() ?? outcome.exitCode;
cancel.dispose();
