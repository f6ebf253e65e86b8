import { isAbsolute, join } from 'node:path';
import { specInputs } from '../core/host.js';
import { defineSubcommand, type ToolSpec } from '../core/tool.js';
import type { LintOptions } from './types.js';

/**
 * `shipline lint baseline`: lint every file and record every finding, so fail-on new ignores them.
 * `gate` hands over the lint gate's own spec (tool.ts), so this file does not import it back.
 */
export const baselineCommand = (gate: () => ToolSpec<LintOptions>) =>
  defineSubcommand<LintOptions>({
    summary:
      'lint every file and write every finding to the baseline file (--config FILE, --checks YAML, --baseline FILE); commit it, and fail-on new ignores those findings',
    inputs: [
      {
        name: 'config',
        description: 'Path of the lint config file (as for shipline lint).',
        default: '.shipline/lint.yml',
      },
      { name: 'checks', description: 'Inline YAML list of checks (as for shipline lint).' },
      { name: 'baseline', description: 'The baseline file to write.', default: '.shipline/lint-baseline.json' },
    ],
    outputs: [
      { name: 'baseline', description: 'Path of the baseline file written.' },
      { name: 'findings', description: 'Number of findings recorded.' },
    ],
    async parse(inputs, ctx): Promise<LintOptions> {
      // The gate's own parsing, with every file linted and every finding kept.
      const tool = gate();
      const given: Record<string, string | undefined> = {
        config: inputs.optional('config'),
        checks: inputs.optional('checks'),
        baseline: inputs.optional('baseline'),
        all: 'true',
        'fail-on': 'any',
      };
      const options = await tool.parse(
        specInputs(tool.inputs, (n) => given[n], inputs.frontDoor, ctx.masker),
        ctx,
      );
      return { ...options, writeBaseline: true };
    },
    async run(options, ctx) {
      const { run } = await import('./engine.js');
      const r = await run(options, ctx);
      const path = isAbsolute(options.baseline) ? options.baseline : join(ctx.cwd, options.baseline);
      ctx.logger.info(`baseline written: ${path} (${r.outputs.findings ?? '?'} findings); commit it`);
      // The findings are the baseline's content, not a failure of this command.
      return { outputs: { baseline: path, findings: r.outputs.findings ?? '0' } };
    },
  });
