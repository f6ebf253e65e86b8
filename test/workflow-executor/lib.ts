import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { workflowCommand } from '../../src/workflow/command.js';

/** A git repository in a temp folder holding the given files, one commit on main. */
export function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'shipline-wf-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  const git = (...a: string[]) => execFileSync('git', a, { cwd: dir, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'init');
  return dir;
}

export interface Run {
  code: number;
  text: string;
  legs: { job: string; result: string; outputs: Record<string, string> }[];
  out: string;
}

/** `shipline workflow run` in-process; the run record comes back with the printed lines. */
export async function run(dir: string, args: string[] = [], out = join(dir, '.out')): Promise<Run> {
  const lines: string[] = [];
  const code = await workflowCommand(
    ['run', '--out', out, ...args],
    { PATH: process.env.PATH, HOME: process.env.HOME },
    (s) => lines.push(s),
    dir,
  );
  let legs: Run['legs'] = [];
  try {
    legs = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')).legs;
  } catch {
    /* no run record: a usage or workflow-file error */
  }
  return { code, text: lines.join('\n'), legs, out };
}

export const leg = (r: Run, name: string) => r.legs.find((l) => l.job === name);
