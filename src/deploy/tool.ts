import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'k8s-deploy',
  command: 'deploy',
  summary: 'roll an image out with kubectl, fail fast and roll back',
  inputs: [
    { name: 'deployments', description: 'Deployments to roll out, one a line.', default: '' },
    { name: 'dry-run', description: 'auto, true, false or server; auto is dry under act.', default: 'auto' },
  ],
  outputs: [
    { name: 'result', description: 'deployed, rolled-back or failed.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('deploy');
  },
});
