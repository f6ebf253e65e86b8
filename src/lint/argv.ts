import { ConfigError } from '../core/errors.js';
/** The placeholder a check's `run` may use to say where the files go. */
export const FILES_TOKEN = '{files}';

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

/**
 * A file name as an argument: names starting with '-' get a './' prefix so no tool reads
 * them as options (`-rf` stays a file).
 */
export function fileArg(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

/**
 * The argv of one run: files go where `{files}` stands (as separate entries) or at the end.
 * With `shell`, the script gets the files as "$@" and never sees them in its text.
 */
export function buildArgv(
  run: readonly string[],
  files: readonly string[] | undefined,
  shell: boolean,
): { command: string; args: string[] } {
  const names = (files ?? []).map(fileArg);
  if (shell) {
    let script = run.join(' ');
    if (files) script = script.includes(FILES_TOKEN) ? script.split(FILES_TOKEN).join('"$@"') : `${script} "$@"`;
    else script = script.split(FILES_TOKEN).join('');
    return { command: 'sh', args: ['-c', script, 'shipline-lint', ...names] };
  }
  const out: string[] = [];
  let placed = false;
  for (const a of run) {
    if (a === FILES_TOKEN) {
      out.push(...names);
      placed = true;
    } else out.push(a);
  }
  if (!placed && files) out.push(...names);
  return { command: out[0], args: out.slice(1) };
}

/** Split files into batches whose argv stays well under the OS limit (ARG_MAX). */
export function batches(files: readonly string[], maxBytes = 96 * 1024): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const f of files) {
    const n = Buffer.byteLength(f) + 1;
    if (cur.length && size + n > maxBytes) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(f);
    size += n;
  }
  if (cur.length) out.push(cur);
  return out;
}
