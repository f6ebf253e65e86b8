import { CODEOWNERS_LOCATIONS } from './codeowners.js';
import type { Rule } from './detect-rules.js';
import { check } from './detect-project.js';
import { readText } from './audit.js';

/** npm's own setting `audit=false` in the project's .npmrc: the project opted out of audits. */
const npmAuditOff = (cwd: string) => /^\s*audit\s*=\s*false\s*$/m.test(readText(cwd, '.npmrc') ?? '');

/**
 * The deeper checks: dependency audits (run when the lock file or manifest changes, or on every
 * file with --all; an advisory already at the base is not new) and the built-in CODEOWNERS check.
 */
export const AUDIT_RULES: Rule[] = [
  {
    tool: 'npm-audit',
    bin: 'npm',
    wanted: (files, cwd) => {
      const lock = ['npm-shrinkwrap.json', 'package-lock.json'].find((f) => files.includes(f));
      if (!lock) return undefined;
      return npmAuditOff(cwd) ? undefined : `${lock} exists`;
    },
    make: () =>
      check({
        name: 'npm-audit',
        run: ['npm', 'audit', '--json'],
        files: ['package-lock.json', 'npm-shrinkwrap.json'],
        passFiles: false,
        format: 'npm-audit-json',
      }),
  },
  {
    tool: 'pip-audit',
    wanted: (files) => (files.includes('requirements.txt') ? 'requirements.txt exists' : undefined),
    make: () =>
      check({
        name: 'pip-audit',
        run: ['pip-audit', '-r', 'requirements.txt', '--format', 'json', '--progress-spinner', 'off'],
        files: ['requirements.txt'],
        passFiles: false,
        format: 'pip-audit-json',
      }),
  },
  {
    tool: 'govulncheck',
    wanted: (files) => (files.includes('go.mod') ? 'go.mod exists' : undefined),
    make: () =>
      check({
        name: 'govulncheck',
        // Runs when the module's requirements change (and with --all): a code change that makes
        // an already-required vulnerable function reachable shows on the next full run.
        run: ['govulncheck', '-json', './...'],
        files: ['go.mod', 'go.sum'],
        passFiles: false,
        format: 'govulncheck-json',
      }),
  },
  {
    tool: 'codeowners',
    bin: false,
    wanted: (files) => {
      const f = CODEOWNERS_LOCATIONS.find((l) => files.includes(l));
      return f ? `${f} exists` : undefined;
    },
    // Always runs: deleting files can leave a pattern owning nothing.
    make: () => check({ name: 'codeowners', run: ['codeowners'], builtin: 'codeowners' }),
  },
];
