import type { Masker } from './mask.js';
import { randomHex } from './random.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** A message pinned to a file and line in the PR diff view. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  column?: number;
  endColumn?: number;
}

/** What every tool logs through. Adapters choose the implementation; logic never knows which. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, at?: Omit<Annotation, 'level' | 'message'>): void;
  error(message: string, at?: Omit<Annotation, 'level' | 'message'>): void;
  /** Emit one annotation as is (callers respect the display caps: see annotations.ts). */
  annotate(annotation: Annotation): void;
  startGroup(name: string): void;
  endGroup(): void;
  /** Register a secret: masked in everything this logger prints from now on. */
  setSecret(secret: string | undefined): void;
}

/** Run `fn` inside a collapsible log group. */
export async function group<T>(logger: Logger, name: string, fn: () => Promise<T>): Promise<T> {
  logger.startGroup(name);
  try {
    return await fn();
  } finally {
    logger.endGroup();
  }
}

export interface Writers {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processWriters: Writers = {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
};

function where(a: Omit<Annotation, 'level' | 'message'> | undefined): string {
  if (!a?.file) return '';
  return `${a.file}${a.line ? `:${a.line}` : ''}${a.line && a.column ? `:${a.column}` : ''}: `;
}

/**
 * Plain terminal output for the CLI: info to stdout, problems to stderr. Under a runner (a
 * `run:` step; `underRunner`), the runner reads both streams for workflow commands, so any text
 * it could read as one is printed verbatim (see `verbatim`), on stdout: one ordered stream, so
 * the stop and resume lines can never interleave with a stderr line.
 */
export class TerminalLogger implements Logger {
  private depth = 0;
  constructor(
    private readonly masker: Masker,
    private readonly writers: Writers = processWriters,
    private readonly verbose = false,
    private readonly underRunner = false,
  ) {}
  private line(stream: 'out' | 'err', text: string): void {
    const indent = '  '.repeat(this.depth);
    const out = this.masker
      .mask(text)
      .split('\n')
      .map((l) => indent + l)
      .join('\n');
    if (this.underRunner && runnerWouldParse(out)) this.writers.out(verbatim(out) + '\n');
    else this.writers[stream](out + '\n');
  }
  debug(message: string): void {
    if (this.verbose) this.line('err', `debug: ${message}`);
  }
  info(message: string): void {
    this.line('out', message);
  }
  warning(message: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.line('err', `warning: ${where(at)}${message}`);
  }
  error(message: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.line('err', `error: ${where(at)}${message}`);
  }
  annotate(a: Annotation): void {
    this.line('err', `${a.level}: ${where(a)}${a.title ? `${a.title}: ` : ''}${a.message}`);
  }
  startGroup(name: string): void {
    this.line('out', `▸ ${name}`);
    this.depth++;
  }
  endGroup(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
  setSecret(secret: string | undefined): void {
    this.masker.add(secret);
  }
}

/**
 * True when the runner would read some line of `text` as a workflow command: `::name …::` at
 * the start of a line (after leading white space) or `##[name …]` anywhere in it (the older
 * syntax, still parsed). Lines are what the runner's reader splits on: CR, LF or CRLF. Broader
 * than the runner (any name counts, and U+0085 counts as leading space as .NET trims it).
 */
export function runnerWouldParse(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((l) => /^[\s\u0085]*::.*::/s.test(l) || /##\[.*\]/s.test(l));
}

/**
 * Text the runner must print and never act on, such as the output of a tool we ran: wrapped in
 * `::stop-commands::<token>` … `::<token>::` (GitHub's documented way) with a fresh random token
 * the text does not contain, so no line in between becomes an annotation, a mask, an output or a
 * second stop. Text that holds no command is returned as is.
 */
export function verbatim(text: string): string {
  if (!runnerWouldParse(text)) return text;
  let token = '';
  // The runner compares the token without regard to case.
  while (!token || text.toLowerCase().includes(token)) token = `shipline-${randomHex(16)}`;
  return `::stop-commands::${token}\n${text}\n::${token}::`;
}

/** Escaping rules of the runner's workflow commands (same as @actions/core's). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=a.ts,line=3::message` */
export function workflowCommand(
  command: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotationProps(
  a: Omit<Annotation, 'level' | 'message'> | undefined,
): Record<string, string | number | undefined> {
  if (!a) return {};
  return { title: a.title, file: a.file, line: a.line, endLine: a.endLine, col: a.column, endColumn: a.endColumn };
}

/**
 * The runner's stdout protocol, written directly. It is what @actions/core does underneath,
 * without the 1 MB bundle and ~70 ms of import that would break the cold-start budget
 * (see toolkit-logger.ts for the @actions/core implementation of the same interface).
 */
export class ActionsLogger implements Logger {
  constructor(
    private readonly masker: Masker,
    private readonly writers: Writers = processWriters,
  ) {
    // The runner masks registered secrets in the log; our masker covers summaries and files.
    masker.onAdd((s) => this.writers.out(`::add-mask::${escapeData(s)}\n`));
  }
  private emit(text: string): void {
    this.writers.out(this.masker.mask(text) + '\n');
  }
  debug(message: string): void {
    this.emit(workflowCommand('debug', {}, message));
  }
  /** Plain lines, tools' output among them: never read as commands (see `verbatim`). */
  info(message: string): void {
    this.writers.out(verbatim(this.masker.mask(message)) + '\n');
  }
  warning(message: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.emit(workflowCommand('warning', annotationProps(at), message));
  }
  error(message: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.emit(workflowCommand('error', annotationProps(at), message));
  }
  annotate(a: Annotation): void {
    this.emit(workflowCommand(a.level, annotationProps(a), a.message));
  }
  startGroup(name: string): void {
    this.emit(`::group::${escapeData(name)}`);
  }
  endGroup(): void {
    this.emit('::endgroup::');
  }
  setSecret(secret: string | undefined): void {
    this.masker.add(secret);
  }
}

/** Collects everything, for tests. */
export class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  readonly annotations: Annotation[] = [];
  constructor(private readonly masker?: Masker) {}
  private push(s: string): void {
    this.lines.push(this.masker ? this.masker.mask(s) : s);
  }
  debug(m: string): void {
    this.push(`debug: ${m}`);
  }
  info(m: string): void {
    this.push(m);
  }
  warning(m: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.push(`warning: ${where(at)}${m}`);
  }
  error(m: string, at?: Omit<Annotation, 'level' | 'message'>): void {
    this.push(`error: ${where(at)}${m}`);
  }
  annotate(a: Annotation): void {
    this.annotations.push(a);
  }
  startGroup(n: string): void {
    this.push(`group: ${n}`);
  }
  endGroup(): void {}
  setSecret(s: string | undefined): void {
    this.masker?.add(s);
  }
  get text(): string {
    return this.lines.join('\n');
  }
}
