import type { Masker } from './mask.js';

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

/** Plain terminal output for the CLI: info to stdout, problems to stderr. */
export class TerminalLogger implements Logger {
  private depth = 0;
  constructor(
    private readonly masker: Masker,
    private readonly writers: Writers = processWriters,
    private readonly verbose = false,
  ) {}
  private line(stream: 'out' | 'err', text: string): void {
    const indent = '  '.repeat(this.depth);
    this.writers[stream](
      this.masker
        .mask(text)
        .split('\n')
        .map((l) => indent + l)
        .join('\n') + '\n',
    );
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
  info(message: string): void {
    this.emit(message);
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
