import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'docker-build',
  command: 'docker-build',
  summary: 'build and push a SHA-tagged image, skipped when it exists',
  inputs: [
    { name: 'image', description: 'Image name without tag, e.g. ghcr.io/acme/api.', required: true },
    { name: 'dry-run', description: 'auto, true or false; auto is dry under act.', default: 'auto' },
  ],
  outputs: [
    { name: 'image-ref', description: 'name@digest of the pushed image.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('docker-build');
  },
});
