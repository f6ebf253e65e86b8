import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'lint-gate',
  command: 'lint',
  summary: 'run linters in parallel on changed files, inside a time budget',
  inputs: [
    { name: 'config', description: 'Path of the lint config file.', default: '.shipline/lint.yml' },
  ],
  outputs: [
    { name: 'result', description: 'passed or failed.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('lint');
  },
});
