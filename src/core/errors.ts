/** Where in a user's file a ConfigError points. */
export interface FileLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A user mistake: one line that names the input, says what was wrong and how to fix it.
 * The error boundary prints only the message (no stack) and annotates `location` when set.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    message: string,
    readonly location?: FileLocation,
  ) {
    super(oneLine(message));
  }

  /** `input 'shards': "0" is not allowed; use a whole number of 1 or more` */
  static forInput(input: string, problem: string, fix: string, location?: FileLocation): ConfigError {
    return new ConfigError(`input '${input}': ${problem}; ${fix}`, location);
  }
}

/** A tool whose own issue has not landed yet. Never pretends to succeed. */
export class NotBuiltError extends Error {
  override readonly name = 'NotBuiltError';
  constructor(tool: string) {
    super(
      `shipline ${tool} is not built yet: this entry exists so the interface is fixed, but it does nothing and fails on purpose`,
    );
  }
}

/** Collapse whitespace so an error always prints as one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The message of anything thrown, including non-Error values. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return thrown.message;
  if (typeof thrown === 'string') return thrown;
  try {
    return `non-Error thrown: ${JSON.stringify(thrown)}`;
  } catch {
    return `non-Error thrown: ${String(thrown)}`;
  }
}
