import { parseArgs, type ParseArgsConfig } from 'node:util';
import { resolve } from 'node:path';
import { createContext, handleSignals, runTool, specInputs } from './core/host.js';
import { EXIT, UsageError, classify, describeThrown } from './core/errors.js';
import { TerminalLogger, type Writers } from './core/logger.js';
import { Masker } from './core/mask.js';
import { setOutput } from './core/runner-files.js';
import { chooseSummarySink } from './core/summary.js';
import type { InputSpec, Subcommand, Tool } from './core/tool.js';
import { TOOLS, findTool } from './tools.js';
import { VERSION } from './version.js';

const GLOBAL_FLAGS: InputSpec[] = [
  { name: 'cwd', description: 'Directory to work in (default: the current directory).', cliOnly: true },
  { name: 'summary', description: 'Write the Markdown summary to this file instead of the terminal.', cliOnly: true },
  { name: 'verbose', description: 'Print debug lines.', kind: 'boolean', cliOnly: true },
];

function usage(): string {
  const width = Math.max(...TOOLS.map((t) => t.command.length));
  return [
    `shipline ${VERSION}: a CI/CD pipeline toolkit (the same tools as the shipline GitHub Actions)`,
    '',
    'usage: shipline <tool> [--flag value ...]',
    '       shipline <tool> --help',
    '',
    'tools:',
    ...TOOLS.map((t) => `  ${t.command.padEnd(width)}  ${t.summary} (action: actions/${t.id})`),
    '',
    '  workflow  run a GitHub Actions workflow locally, without containers (shipline workflow run --help)',
    '',
    'global flags: --cwd DIR, --summary FILE, --verbose, --help, --version',
  ].join('\n');
}

function flagHelp(tool: Pick<Tool, 'command' | 'summary' | 'inputs' | 'outputs' | 'subcommands'>): string {
  const specs = [...tool.inputs, ...GLOBAL_FLAGS];
  const rows = specs.map((s) => {
    const flag =
      s.kind === 'boolean'
        ? `--${s.name}, --no-${s.name}`
        : `--${s.name} ${s.kind === 'list' ? 'VALUE (repeatable)' : 'VALUE'}`;
    const dflt = s.cliDefault ?? s.default;
    const extra = [
      s.required ? 'required' : '',
      dflt ? `default: ${dflt.replace(/\n/g, '\\n')}` : '',
      s.env ? `env: ${s.env}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return `  ${flag}\n      ${s.description}${extra ? ` (${extra})` : ''}`;
  });
  const subs = Object.entries(tool.subcommands ?? {}).map(
    ([name, s]) => `  shipline ${tool.command} ${name}: ${s.summary}`,
  );
  return [
    `usage: shipline ${tool.command} [flags]`,
    '',
    tool.summary,
    '',
    'flags:',
    ...rows,
    ...(subs.length ? ['', 'subcommands:', ...subs] : []),
    '',
    `outputs: ${tool.outputs.map((o) => o.name).join(', ')}`,
  ].join('\n');
}

/** Turn the tool's input specs into parseArgs options: one flag per input. */
export function cliOptions(specs: InputSpec[]): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const s of specs) {
    if (s.kind === 'boolean') {
      options[s.name] = { type: 'boolean' };
      options[`no-${s.name}`] = { type: 'boolean' };
    } else options[s.name] = { type: 'string', multiple: s.kind === 'list' };
  }
  return options;
}

type Values = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** Parse argv against the specs; anything parseArgs refuses is a UsageError with the help to run. */
function parseFlags(argv: string[], specs: InputSpec[], command: string): Values {
  try {
    return parseArgs({ args: argv, options: cliOptions(specs), allowPositionals: false, strict: true }).values;
  } catch (e) {
    throw new UsageError(`${describeThrown(e).split('\n')[0]}; run shipline ${command} --help to list its flags`);
  }
}

/** A flag's value as the tool's Inputs see it: lists joined by lines, `--no-x` as false, env fallbacks. */
function flagLookup(specs: InputSpec[], values: Values, env: NodeJS.ProcessEnv): (name: string) => string | undefined {
  return (name) => {
    const spec = specs.find((s) => s.name === name);
    if (spec?.kind === 'boolean') {
      if (values[`no-${name}`]) return 'false';
      if (values[name]) return 'true';
    } else {
      const v = values[name];
      if (Array.isArray(v)) return v.join('\n');
      if (typeof v === 'string') return v;
    }
    return spec?.env ? env[spec.env] : undefined;
  };
}

/** The tool, or the subcommand the argv names, as the boundary runs it. */
function pick(tool: Tool, rest: string[]): { spec: Tool | (Subcommand & { command: string }); argv: string[] } {
  const name = rest[0];
  if (!name || name.startsWith('-') || !tool.subcommands) return { spec: tool, argv: rest };
  const sub = tool.subcommands[name];
  if (!sub)
    throw new UsageError(
      `unknown subcommand "${name}" of shipline ${tool.command}; use one of: ${Object.keys(tool.subcommands).join(', ')}, or flags only`,
    );
  return { spec: { ...sub, command: `${tool.command} ${name}` }, argv: rest.slice(1) };
}

/** The CLI adapter: flags → the same tool module the action runs. Returns the exit code. */
export async function runCli(argv: string[], env: NodeJS.ProcessEnv = process.env, writers?: Writers): Promise<number> {
  const out = writers ?? { out: (s: string) => process.stdout.write(s), err: (s: string) => process.stderr.write(s) };
  const masker = new Masker();
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    out.out(usage() + '\n');
    return command ? EXIT.ok : EXIT.usage;
  }
  if (command === '--version' || command === '-v' || command === 'version') {
    out.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === 'workflow') {
    const { workflowCommand } = await import('./workflow/command.js');
    return workflowCommand(rest, env, (s) => out.out(`${s}\n`));
  }
  const entry = findTool(command);
  if (!entry) {
    out.err(
      `error: unknown tool "${command}"; run shipline --help to list the tools (${TOOLS.map((t) => t.command).join(', ')})\n`,
    );
    return EXIT.usage;
  }
  // In a workflow's run: step the runner reads what the CLI prints for workflow commands.
  const underRunner = env.GITHUB_ACTIONS === 'true';
  let logger = new TerminalLogger(masker, out, false, underRunner);
  const cancel = handleSignals(logger);
  try {
    const tool = await entry.load();
    const { spec, argv: flags } = pick(tool, rest);
    const specs = [...spec.inputs, ...GLOBAL_FLAGS];
    const values = parseFlags(flags, specs, spec.command);
    if (values.help) {
      out.out(flagHelp(spec) + '\n');
      return EXIT.ok;
    }
    if (values.verbose) logger = new TerminalLogger(masker, out, true, underRunner);
    const cwd = typeof values.cwd === 'string' ? resolve(values.cwd) : process.cwd();
    const ctx = createContext({ frontDoor: 'cli', env, logger, masker, cwd, signal: cancel.signal });
    const inputs = specInputs(spec.inputs, flagLookup(specs, values, env), 'cli', masker);
    const summaryFile = typeof values.summary === 'string' ? resolve(values.summary) : undefined;
    const sink = chooseSummarySink(
      env,
      summaryFile,
      (s) => masker.mask(s),
      (s) => out.out(s),
    );
    const outcome = await runTool(spec, inputs, ctx, sink);
    const print = outcome.result?.print;
    if (print !== undefined) out.out(masker.mask(print) + (print ? '\n' : ''));
    for (const [name, value] of Object.entries(outcome.result?.outputs ?? {})) {
      const masked = masker.mask(value);
      if (!setOutput(env, name, masked) && print === undefined)
        out.out(`${name}=${masked.includes('\n') ? JSON.stringify(masked) : masked}\n`);
    }
    return cancel.cancelledCode() ?? outcome.exitCode;
  } catch (thrown) {
    const verdict = classify(thrown, 'cli', command);
    logger.error(verdict.message);
    if (verdict.stack) logger.info(verdict.stack);
    return verdict.exitCode;
  } finally {
    cancel.dispose();
  }
}
