import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { randomUUID } from './random.js';

/**
 * The runner's file commands (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH), written the way
 * @actions/core writes them: `name<<delimiter` blocks so values may hold newlines.
 */
export function fileCommand(file: string, key: string, value: string): void {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) throw new Error('unexpected delimiter collision');
  appendFileSync(file, `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Set a step output; returns false when there is no GITHUB_OUTPUT (not under a runner). */
export function setOutput(env: NodeJS.ProcessEnv, name: string, value: string): boolean {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  fileCommand(file, name, value);
  return true;
}

export function exportVariable(env: NodeJS.ProcessEnv, name: string, value: string): boolean {
  const file = env.GITHUB_ENV;
  if (!file) return false;
  fileCommand(file, name, value);
  return true;
}

export function addPath(env: NodeJS.ProcessEnv, dir: string): boolean {
  const file = env.GITHUB_PATH;
  if (!file) return false;
  appendFileSync(file, dir + EOL, 'utf8');
  return true;
}

/** Parse what fileCommand wrote (used by the test harness and the local demo). */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, key, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      out[key] = value.join('\n');
    } else if (line.includes('=')) {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}
