export const FORMATS = ['shell', 'lines', 'json', 'jest', 'vitest', 'playwright', 'pytest', 'go'] as const;
export type Format = (typeof FORMATS)[number];

/** POSIX shell quoting, only when needed: plain paths stay readable. */
export function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function regexEscape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A shard's files as each runner wants them on its command line:
 * - jest: `--runTestsByPath` then the paths (jest reads bare arguments as regexes);
 * - playwright: anchored, escaped regexes (playwright matches arguments as regexes);
 * - vitest, pytest, shell: the paths, quoted where needed;
 * - go: the packages (`./dir`) holding the files, each once;
 * - lines: one path a line; json: a JSON array.
 */
export function formatFiles(files: readonly string[], format: Format): string {
  switch (format) {
    case 'lines':
      return files.join('\n');
    case 'json':
      return JSON.stringify(files);
    case 'jest':
      return files.length ? ['--runTestsByPath', ...files.map(shellQuote)].join(' ') : '';
    case 'playwright':
      return files.map((f) => shellQuote(`${regexEscape(f)}$`)).join(' ');
    case 'go': {
      const dirs = [
        ...new Set(files.map((f) => (f.includes('/') ? `./${f.slice(0, f.lastIndexOf('/'))}` : '.'))),
      ].sort();
      return dirs.map(shellQuote).join(' ');
    }
    default:
      // A path that starts with '-' would be read as an option: `./-x.test.js` is the same file.
      return files.map((f) => shellQuote(f.startsWith('-') ? `./${f}` : f)).join(' ');
  }
}
