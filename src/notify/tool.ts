import { NotBuiltError } from '../core/errors.js';
import { defineTool } from '../core/tool.js';

/** Placeholder until this tool's own issue lands: it fails on purpose, never pretends to succeed. */
export const tool = defineTool<void>({
  id: 'notify',
  command: 'notify',
  summary: 'tell the team which job and step failed, with log links',
  inputs: [
    { name: 'webhook-url', description: 'Slack incoming webhook or any URL (a secret).', default: '', secret: true, env: 'SHIPLINE_WEBHOOK_URL' },
    { name: 'dry-run', description: 'auto, true or false; auto is dry under act.', default: 'auto' },
  ],
  outputs: [
    { name: 'sent', description: 'true when the message was delivered.' },
  ],
  parse: () => undefined,
  run: async () => {
    throw new NotBuiltError('notify');
  },
});
