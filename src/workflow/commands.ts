import { existsSync, readFileSync } from 'node:fs';
import { parseFileCommands } from '../core/runner-files.js';
import type { Masker } from '../core/mask.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: string;
}

/** Reads workflow commands (`::name props::message`) from a step's output, line by line. */
export class CommandReader {
  readonly annotations: Annotation[] = [];
  /** set-output/save-state are gone from GitHub (file commands instead); kept only to warn. */
  readonly warnings: string[] = [];
  private stopToken: string | undefined;
  private depth = 0;

  constructor(
    private readonly masker: Masker,
    private readonly echo: (line: string) => void,
  ) {}

  /** Handle one line of output; returns the line to log (masked), or undefined to drop it. */
  line(raw: string): string | undefined {
    if (this.stopToken !== undefined) {
      if (raw.trim() === `::${this.stopToken}::`) this.stopToken = undefined;
      return raw;
    }
    const m = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(raw.trim());
    if (!m) return raw;
    const [, name, propText = '', message] = m;
    const props = Object.fromEntries(
      propText
        .split(',')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')).trim(), unescape(p.slice(p.indexOf('=') + 1))]),
    );
    const msg = unescapeData(message);
    switch (name) {
      case 'add-mask':
        this.masker.add(msg.trim());
        return undefined;
      case 'error':
      case 'warning':
      case 'notice': {
        const a: Annotation = { level: name, message: this.masker.mask(msg), file: props.file, line: props.line };
        this.annotations.push(a);
        const where = a.file ? ` ${a.file}${a.line ? `:${a.line}` : ''}` : '';
        this.echo(`${name}${where}: ${a.message}`);
        return undefined;
      }
      case 'group':
        this.depth++;
        return `▸ ${msg}`;
      case 'endgroup':
        this.depth = Math.max(0, this.depth - 1);
        return undefined;
      case 'debug':
        return undefined;
      case 'stop-commands':
        this.stopToken = msg;
        return undefined;
      case 'set-output':
      case 'save-state':
      case 'set-env':
      case 'add-path':
        this.warnings.push(
          `the ${name} command is disabled on GitHub; use the ${name === 'set-output' ? 'GITHUB_OUTPUT' : 'runner'} file instead`,
        );
        return undefined;
      default:
        return raw;
    }
  }
}

function unescapeData(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}
function unescape(s: string): string {
  return unescapeData(s).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** The files a step gets (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY, GITHUB_STATE). */
export interface StepFiles {
  GITHUB_OUTPUT: string;
  GITHUB_ENV: string;
  GITHUB_PATH: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_STATE: string;
}

const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');

export interface FileResults {
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  state: Record<string, string>;
}

export function readStepFiles(files: StepFiles): FileResults {
  return {
    outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
    env: parseFileCommands(read(files.GITHUB_ENV)),
    path: read(files.GITHUB_PATH)
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    summary: read(files.GITHUB_STEP_SUMMARY),
    state: parseFileCommands(read(files.GITHUB_STATE)),
  };
}
