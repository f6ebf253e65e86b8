import { basename, dirname, resolve } from 'node:path';
import { read } from './detect-project.js';
import { programIndex } from './order.js';
import type { LintCheck } from './types.js';

/**
 * Tools that start a worker (process or thread) per core unless told otherwise. Run beside
 * other checks, those workers take the cores the gate gave the others (the longest check loses
 * its core and sets the wall time), so the gate bounds them to the slots it leaves each check.
 */
interface WorkerTool {
  /** The program's name in argv (after `python -m`, `npx` and the like). */
  program: string;
  /** The flag that sets the workers, as argv entries for `n`. */
  flag: (n: number) => string[];
  /** True when the user chose the workers themselves: in the argv, or in the tool's own config. */
  userSet: (args: string[], cwd: string) => boolean;
}

const TOOLS: WorkerTool[] = [
  {
    // flake8's --jobs defaults to "auto", one process per core (flake8 docs, options: --jobs).
    program: 'flake8',
    flag: (n) => [`--jobs=${n}`],
    userSet: (args, cwd) =>
      args.some((a) => /^(-j|--jobs)(=|$)|^-j\d/.test(a)) || flake8Configs(args, cwd).some(setsFlake8Jobs),
  },
  {
    // oxlint lints on a thread per core unless given --threads (oxlint --help: "Number of threads
    // to use. Set to 1 for using only 1 CPU core."); it has no config key for it.
    program: 'oxlint',
    flag: (n) => [`--threads=${n}`],
    userSet: (args) => args.some((a) => /^--threads(=|$)/.test(a)),
  },
];

/** The ini sections flake8 reads its options from, `[flake8]` (keys `jobs` or `-j` spelled as in its docs). */
function setsFlake8Jobs(text: string): boolean {
  let inSection = false;
  for (const line of text.split(/\r?\n/)) {
    const head = /^\s*\[([^\]]+)\]/.exec(line);
    if (head) inSection = head[1].trim() === 'flake8';
    else if (inSection && /^\s*(jobs|j)\s*[=:]/.test(line)) return true;
  }
  return false;
}

/**
 * The config texts flake8 would read: `--config` / `--append-config` files, else the first of
 * setup.cfg, tox.ini, .flake8 with a `[flake8]` section, from cwd up (flake8 ≥ 4's discovery).
 */
function flake8Configs(args: string[], cwd: string): string[] {
  const given: string[] = [];
  let explicit = false;
  for (let i = 0; i < args.length; i++) {
    const m = /^--(config|append-config)(?:=(.*))?$/.exec(args[i]);
    if (!m) continue;
    const path = m[2] ?? args[++i];
    if (path) given.push(read(cwd, path));
    if (m[1] === 'config') explicit = true;
  }
  if (explicit || args.includes('--isolated')) return given;
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of ['setup.cfg', 'tox.ini', '.flake8']) {
      const text = read(dir, name);
      if (/^\s*\[flake8(:local-plugins)?\]/m.test(text)) return [...given, text];
    }
    if (dirname(dir) === dir) return given;
  }
}

/**
 * The check with its workers bounded to `slots`, or the check unchanged: when it is not one of
 * the tools above, runs through a shell script, or the user set the workers themselves, or the
 * slots are all the cores anyway (its default uses them).
 */
export function boundWorkers(check: LintCheck, slots: number, cores: number, cwd: string): LintCheck {
  if (check.shell || check.builtin || slots >= cores) return check;
  const at = programIndex(check.run);
  const tool = at < 0 ? undefined : TOOLS.find((t) => basename(check.run[at]) === t.program);
  const args = check.run.slice(at + 1);
  if (!tool || tool.userSet(args, cwd)) return check;
  return { ...check, run: [...check.run.slice(0, at + 1), ...tool.flag(Math.max(1, slots)), ...args] };
}

/** The cores each check may use when `running` checks share `cores`: at least one. */
export const slotsPerCheck = (cores: number, running: number): number =>
  Math.max(1, Math.floor(cores / Math.max(1, running)));
