/** Which front door a tool was reached by: it decides how inputs are named in messages. */
export type FrontDoor = 'action' | 'cli';

/** Where in a user's file a ConfigError points. */
export interface FileLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * The exit-code policy, in one place. An action only tells zero from non-zero, so an input
 * error there is a plain step failure (1); the CLI tells the four apart.
 */
export const EXIT = {
  ok: 0,
  /** The gated thing failed (findings, a coverage floor, a rollout), or the environment did. */
  failure: 1,
  /** A usage or input error: fix the command line or the input and run again. */
  usage: 2,
  /** A bug in shipline (EX_SOFTWARE): the stack is printed. */
  bug: 70,
  /** Cancelled by SIGINT / SIGTERM (128 + the signal number, as a shell reports it). */
  sigint: 130,
  sigterm: 143,
} as const;

/** How an input is named in a message: `--shards` on the CLI, `input 'shards'` in a workflow. */
export function inputLabel(name: string, frontDoor: FrontDoor): string {
  return frontDoor === 'cli' ? `--${name}` : `input '${name}'`;
}

/**
 * A user mistake: one line that names the input, says what was wrong and how to fix it.
 * The error boundary prints only the message (no stack) and annotates `location` when set.
 */
export class ConfigError extends Error {
  override readonly name: string = 'ConfigError';
  constructor(
    message: string,
    readonly location?: FileLocation,
  ) {
    super(oneLine(message));
  }

  /** `input 'shards': "0" is not allowed; use …` in a workflow, `--shards: …` on the CLI. */
  static forInput(
    input: string,
    problem: string,
    fix: string,
    location?: FileLocation,
    frontDoor: FrontDoor = 'action',
  ): ConfigError {
    return new ConfigError(`${inputLabel(input, frontDoor)}: ${problem}; ${fix}`, location);
  }
}

/** The command line itself is wrong (unknown flag, subcommand or tool): exit 2, with the help to run. */
export class UsageError extends ConfigError {
  override readonly name = 'UsageError';
}

/**
 * Something outside shipline failed: git, docker, kubectl, a registry, an HTTP API. One line
 * that says what failed and, where known, what to do; no stack (it is not a bug).
 */
export class ExternalError extends Error {
  override readonly name: string = 'ExternalError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
  }
}

/** What the boundary makes of anything thrown: the category, the exit code and the line to print. */
export interface Verdict {
  kind: 'usage' | 'config' | 'external' | 'bug';
  exitCode: number;
  message: string;
  location?: FileLocation;
  /** Printed under the message for bugs only. */
  stack?: string;
}

/** The one function that decides user error, environmental failure or bug, and the exit code. */
export function classify(thrown: unknown, frontDoor: FrontDoor, command: string): Verdict {
  if (thrown instanceof ConfigError) {
    const kind = thrown instanceof UsageError ? 'usage' : 'config';
    return {
      kind,
      exitCode: frontDoor === 'cli' ? EXIT.usage : EXIT.failure,
      message: thrown.message,
      location: thrown.location,
    };
  }
  if (thrown instanceof ExternalError)
    return { kind: 'external', exitCode: EXIT.failure, message: `shipline ${command}: ${thrown.message}` };
  return {
    kind: 'bug',
    exitCode: EXIT.bug,
    message: `shipline ${command} crashed (a bug, please report it): ${describeThrown(thrown)}`,
    stack: thrown instanceof Error ? thrown.stack : undefined,
  };
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
