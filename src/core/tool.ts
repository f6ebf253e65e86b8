import type { AnnotationSink } from './annotations.js';
import type { EventContext } from './context.js';
import type { ExecFn } from './exec.js';
import type { FrontDoor, Inputs } from './inputs.js';
import type { Logger } from './logger.js';
import type { Masker } from './mask.js';
import type { Summary } from './summary.js';

/** One input, declared once: the action.yml test and the CLI flags are checked against it. */
export interface InputSpec {
  name: string;
  description: string;
  /** The action.yml default (a string, as the runner passes it); the CLI uses it too unless `cliDefault`. */
  default?: string;
  /** Default on the CLI when it differs (e.g. `${{ github.token }}` means nothing locally). */
  cliDefault?: string;
  required?: boolean;
  /** Masked as soon as it is read. */
  secret?: boolean;
  /** CLI parsing: boolean flags take no value (`--push` / `--no-push`); list flags repeat. */
  kind?: 'string' | 'boolean' | 'list';
  /** CLI: environment variable read when the flag is absent (for secrets, out of `ps`). */
  env?: string;
  /** Only on the CLI, not in action.yml (e.g. --staged). */
  cliOnly?: boolean;
}

export interface OutputSpec {
  name: string;
  description: string;
}

/** What a tool may touch, passed in by the adapter: no globals, no @actions/*. */
export interface ToolContext {
  frontDoor: FrontDoor;
  logger: Logger;
  masker: Masker;
  exec: ExecFn;
  env: NodeJS.ProcessEnv;
  /** The directory the tool works in (GITHUB_WORKSPACE under a runner, cwd locally). */
  cwd: string;
  event: EventContext;
  summary: Summary;
  annotations: AnnotationSink;
  /** A writable scratch directory (RUNNER_TEMP or the OS temp dir). */
  tempDir: string;
  now: () => number;
  /**
   * Aborted on the first SIGINT/SIGTERM (and by tests). exec() kills its children's process
   * groups when it aborts; a tool should stop starting work, write its summary and return.
   */
  signal: AbortSignal;
  /** Run `fn` once on every exit path (success, failure, error, cancellation), last in first. */
  onCleanup(fn: () => void | Promise<void>): void;
}

export interface ToolResult {
  /** Step outputs, by output name. */
  outputs: Record<string, string>;
  /** Set when the step must fail: one line saying what failed. */
  failure?: string;
  /** On the CLI, printed to stdout as the command's product (e.g. a shard's file list), instead of the outputs. */
  print?: string;
}

/** Who a tool is: declared once, in the registry (src/tools.ts). */
export interface ToolMeta {
  /** Action id (folder under actions/, entry dist/<id>/index.mjs). */
  id: string;
  /** CLI subcommand. */
  command: string;
  /** One line for `shipline --help` and the action's description. */
  summary: string;
  /** Folder under src/ holding the tool (tool.ts, types.ts, engine.ts …). */
  dir: string;
  /** The action's branding in the Marketplace (a Feather icon name and a colour). */
  icon: string;
  color: string;
}

/** What a tool's own tool.ts declares: its inputs, outputs, parse() and run(). */
export interface ToolSpec<O = unknown> {
  inputs: InputSpec[];
  outputs: OutputSpec[];
  /** Parse every input once into a typed options object. */
  parse(inputs: Inputs, ctx: ToolContext): O | Promise<O>;
  run(options: O, ctx: ToolContext): Promise<ToolResult>;
  /**
   * Extra CLI subcommands (`shipline shard files ...`): specs like the tool's own, so their
   * flags are parsed, documented and run through the same error boundary.
   */
  subcommands?: Record<string, Subcommand>;
}

/** A CLI subcommand of a tool: a one-line summary and a spec of its own. */
export interface Subcommand<O = unknown> extends Omit<ToolSpec<O>, 'subcommands'> {
  summary: string;
}

export function defineSubcommand<O>(sub: Subcommand<O>): Subcommand<O> {
  return sub;
}

/** A loaded tool: its spec with its registry entry. */
export type Tool<O = unknown> = ToolSpec<O> & ToolMeta;

export function defineTool<O>(tool: ToolSpec<O>): ToolSpec<O> {
  return tool;
}
