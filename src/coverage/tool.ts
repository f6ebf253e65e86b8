import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'coverage-gate',
  command: 'coverage',
  summary: 'merge coverage reports and gate on total, per-file and changed lines',
  inputs: [
    { name: 'files', description: 'Globs of coverage reports, one a line.', default: '' },
  ],
  outputs: [
    { name: 'passed', description: 'true when every gate held.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('coverage');
  },
});
