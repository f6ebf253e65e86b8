import { ConfigError } from './errors.js';

/** A command line that cannot become argv without a shell (an operator, a substitution, an open quote). */
export class CommandLineError extends ConfigError {
  override readonly name = 'CommandLineError';
}

/**
 * Split a command line into argv the way a POSIX shell tokenizes words (quotes and
 * backslashes), but with no expansion at all: nothing is ever run through a shell.
 * Shell operators and substitutions outside quotes are an error naming them, so a
 * `run: eslint . | tee out` can't silently pass `|` to eslint.
 */
export function splitCommand(line: string): string[] {
  const argv: string[] = [];
  let cur = '';
  let inWord = false;
  let i = 0;
  const push = () => {
    if (inWord) argv.push(cur);
    cur = '';
    inWord = false;
  };
  while (i < line.length) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      push();
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) throw new CommandLineError(`unterminated ' quote in: ${line}`);
      cur += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      for (;;) {
        if (i >= line.length) throw new CommandLineError(`unterminated " quote in: ${line}`);
        const d = line[i];
        if (d === '"') {
          i++;
          break;
        }
        if (d === '\\' && i + 1 < line.length && '"\\$`'.includes(line[i + 1])) {
          cur += line[i + 1];
          i += 2;
        } else if (d === '$' || d === '`') {
          throw new CommandLineError(`shell substitution (${d}) inside quotes in: ${line}`);
        } else {
          cur += d;
          i++;
        }
      }
    } else if (c === '\\') {
      if (i + 1 < line.length) cur += line[i + 1];
      inWord = true;
      i += 2;
    } else if (c === '$' || c === '`') {
      throw new CommandLineError(`shell substitution (${c}) in: ${line}`);
    } else if (c === '|' || c === '&' || c === ';' || c === '<' || c === '>') {
      // An operator glued to a word (`a;b`, `x>out`) is still shell syntax.
      throw new CommandLineError(`shell operator ${c} in: ${line}`);
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  push();
  return argv;
}
