// The runner's reading of a step's output, for tests: which lines it would act on as workflow
// commands. Modelled on actions/runner (src/Runner.Common/ActionCommand.cs, TryParseV2 and
// TryParse; src/Runner.Worker/ActionCommandManager.cs, stop-commands), written from its behaviour.

export interface WorkflowCommand {
  /** The command name as written (the runner compares names without regard to case). */
  command: string;
  properties: Record<string, string>;
  data: string;
  /** The output line it came from. */
  line: string;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) =>
  s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
const unescapeV1 = (s: string) =>
  s.replace(/%3B/g, ';').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%5D/g, ']').replace(/%25/g, '%');

function properties(text: string, separator: string, unescape: (s: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of text.split(separator).filter(Boolean)) {
    const eq = pair.indexOf('=');
    if (eq > 0 && eq < pair.length - 1) out[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return out;
}

/** `::name k=v,k=v::data` once leading white space is trimmed (.NET also trims U+0085). */
function parseV2(line: string): WorkflowCommand | undefined {
  const m = line.replace(/^[\s\u0085]+/, '');
  if (!m.startsWith('::')) return undefined;
  const end = m.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = m.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1).trim(), ',', unescapeProperty) : {};
  return { command, properties: props, data: unescapeData(m.slice(end + 2)), line };
}

/** The older `##[name k=v;k=v]data`, found anywhere in the line. */
function parseV1(line: string): WorkflowCommand | undefined {
  const start = line.indexOf('##[');
  if (start < 0) return undefined;
  const end = line.indexOf(']', start);
  if (end < 0) return undefined;
  const info = line.slice(start + 3, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  if (!command) return undefined;
  const props = space > 0 ? properties(info.slice(space + 1), ';', unescapeV1) : {};
  return { command, properties: props, data: unescapeV1(line.slice(end + 1)), line };
}

/**
 * The commands the runner would act on in one stream of a step's output, in order: lines split
 * at CR, LF or CRLF; `stop-commands` pauses everything until its token comes back as a command
 * (an empty token never resumes); the stop and the resume are listed too. Any command name counts, where the runner acts only on those
 * it knows, so "nothing here is live" is the strict side of the runner.
 */
export function runnerCommands(output: string): WorkflowCommand[] {
  const live: WorkflowCommand[] = [];
  let stopToken: string | undefined;
  for (const line of output.split(/\r\n|\r|\n/)) {
    const cmd = parseV2(line) ?? parseV1(line);
    if (!cmd) continue;
    if (stopToken !== undefined) {
      // Paused: only the token itself is acted on (it resumes).
      if (!stopToken || cmd.command.toLowerCase() !== stopToken.toLowerCase()) continue;
      stopToken = undefined;
      live.push(cmd);
      continue;
    }
    if (cmd.command.toLowerCase() === 'stop-commands') stopToken = cmd.data;
    live.push(cmd);
  }
  return live;
}

/** What a hostile file can make a tool print: every form the runner reads, each marked INJECTED. */
export const HOSTILE_LINES = [
  '::error file=app.py,line=1,title=INJECTED::INJECTED annotation',
  '::add-mask::INJECTED',
  '::stop-commands::INJECTED-stop',
  '::set-output name=result::INJECTED',
  '::warning::INJECTED warning',
  '   \t::notice::INJECTED after leading white space',
  '\u0085::debug::INJECTED after U+0085, which .NET trims',
  'harmless text\r::error::INJECTED after a lone CR',
  'a linter message quoting ##[error]INJECTED in the old syntax',
  '##[add-mask]INJECTED',
  '::group::INJECTED group',
  '::shipline-00000000000000000000000000000000::INJECTED guess of a resume token',
  '::error::INJECTED last line, no newline after it',
];

/** The live commands in `output` that came from hostile text (anything marked INJECTED). */
export const injected = (output: string): WorkflowCommand[] =>
  runnerCommands(output).filter((c) => JSON.stringify(c).includes('INJECTED'));
