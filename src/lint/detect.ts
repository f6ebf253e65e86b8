import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecFn } from '../core/exec.js';
import { findBinary } from './bin.js';
import { AUDIT_RULES } from './detect-audit.js';
import { lockedVersion } from './detect-project.js';
import { RULES } from './detect-rules.js';
import type { Detection, LintCheck } from './types.js';

/** The repository's files: tracked plus untracked-not-ignored, or a walk outside git. */
export async function listRepoFiles(cwd: string, exec: ExecFn): Promise<string[]> {
  try {
    const r = await exec(
      'git',
      ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'],
      { cwd, timeoutMs: 60_000 },
    );
    if (r.exitCode === 0)
      return [...new Set(r.stdout.split('\0').filter(Boolean))].filter((f) => existsSync(join(cwd, f)));
  } catch {
    /* no git: walk instead */
  }
  const { glob } = await import('tinyglobby');
  return glob(['**/*'], { cwd, dot: true, ignore: ['**/node_modules/**', '**/.git/**'], onlyFiles: true });
}

/**
 * Zero-config: the checks this repository's own files call for, among the tools actually
 * installed (node_modules/.bin or PATH). Every tool gets a line saying why it was or wasn't picked.
 */
export async function detectChecks(
  cwd: string,
  env: NodeJS.ProcessEnv,
  exec: ExecFn,
  files?: string[],
): Promise<{ checks: LintCheck[]; detections: Detection[]; files: string[] }> {
  const all = files ?? (await listRepoFiles(cwd, exec));
  const checks: LintCheck[] = [];
  const detections: Detection[] = [];
  let pythonLinter: string | undefined;
  for (const rule of [...RULES, ...AUDIT_RULES]) {
    const why = rule.wanted(all, cwd);
    if (!why) {
      detections.push({ tool: rule.tool, picked: false, reason: 'nothing in the repository calls for it' });
      continue;
    }
    if (rule.bin === false) {
      checks.push(rule.make(cwd));
      detections.push({ tool: rule.tool, picked: true, reason: `${why} (built into shipline)` });
      continue;
    }
    const program = rule.bin ?? rule.tool;
    // A tool pinned in the lock file runs at that version: from node_modules/.bin (where
    // `npx --no-install` would find it), never a global one on PATH.
    const locked = rule.pkg ? lockedVersion(cwd, rule.pkg) : undefined;
    const bin = locked ? findBinary(program, cwd, { PATH: '' }) : findBinary(program, cwd, env);
    if (!bin && locked) {
      detections.push({
        tool: rule.tool,
        picked: false,
        reason: `${why}, and package-lock.json pins ${rule.pkg}@${locked}, but it is not installed (run npm ci first)`,
      });
      continue;
    }
    if (!bin) {
      detections.push({
        tool: rule.tool,
        picked: false,
        reason: `${why}, but ${program} is not installed (not in node_modules/.bin or on PATH)`,
      });
      continue;
    }
    if (rule.tool === 'flake8' && pythonLinter === 'ruff') {
      detections.push({ tool: rule.tool, picked: false, reason: 'ruff is installed and covers the same rules' });
      continue;
    }
    if (rule.tool === 'ruff') pythonLinter = 'ruff';
    checks.push(rule.make(cwd));
    detections.push({
      tool: rule.tool,
      picked: true,
      reason: `${why}, and ${program} is installed (${bin}${locked ? `, ${rule.pkg}@${locked} as package-lock.json pins it` : ''})`,
    });
  }
  return { checks, detections, files: all };
}
