/** The notifier's option types, parsed once by tool.ts and read by the engine. */
export const FORMATS = ['slack', 'teams', 'discord', 'json'] as const;
export type Format = (typeof FORMATS)[number];
export const WHENS = ['failure', 'always', 'change'] as const;
export type When = (typeof WHENS)[number];
export const STATUSES = ['success', 'failure', 'cancelled'] as const;
export type RunStatus = (typeof STATUSES)[number];

/** Everything the notifier needs, parsed once. */
export interface NotifyOptions {
  /** Undefined only in a dry run without a URL (nothing is sent then). */
  webhookUrl?: URL;
  format: Format;
  token?: string;
  when: When;
  status?: RunStatus;
  mention?: string;
  title?: string;
  failOnError: boolean;
  dryRun: boolean;
  dryReason: string;
  timeoutMs: number;
  runId?: string;
}
