import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'shard',
  command: 'shard',
  summary: 'split a test suite into shards balanced by measured time',
  inputs: [
    { name: 'tests', description: 'Globs of test files, one a line.', default: '' },
    { name: 'shards', description: 'Number of shards, or auto.', default: 'auto' },
  ],
  outputs: [
    { name: 'matrix', description: 'The job matrix as JSON.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('shard');
  },
});
