import type { Finding } from './types.js';

type Raw = Omit<Finding, 'check'>;

/** Where GitHub looks for CODEOWNERS, in its order: the first one found is used, the others ignored. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** GitHub does not load a CODEOWNERS file over 3 MB. */
export const MAX_CODEOWNERS_BYTES = 3 * 1024 * 1024;

export interface OwnersLine {
  line: number;
  pattern: string;
  /** 1-based column of the pattern. */
  column: number;
  owners: Array<{ name: string; column: number }>;
}

/** The rules of a CODEOWNERS file: comments (`#` at the start or after a space) and blank lines dropped. */
export function parseCodeowners(text: string): OwnersLine[] {
  const out: OwnersLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (/^\s*#/.test(raw)) return;
    const tokens: Array<{ name: string; column: number }> = [];
    const re = /(?:\\.|\S)+/g;
    for (let m = re.exec(raw); m; m = re.exec(raw)) {
      // An inline comment starts at a `#` that begins a token.
      if (m[0].startsWith('#')) break;
      tokens.push({ name: m[0], column: m.index + 1 });
    }
    if (!tokens.length) return;
    const [first, ...owners] = tokens;
    out.push({ line: i + 1, pattern: first.name, column: first.column, owners });
  });
  return out;
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A CODEOWNERS pattern as GitHub matches it: .gitignore rules (no '/' but a trailing one: any
 * depth; '*' within a segment, '**' across them; a match on a folder owns what is under it),
 * with GitHub's documented exception that `docs/*` owns the files directly in docs/ only.
 */
export function patternRegex(pattern: string): RegExp {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.includes('/');
  p = p.replace(/^\//, '');
  const shallow = /(^|\/)\*$/.test(p) && !p.endsWith('**');
  let re = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      if (p[i + 2] === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i++;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '\\' && i + 1 < p.length) re += escape(p[++i]);
    else re += escape(c);
  }
  const suffix = dirOnly ? '/.+$' : shallow ? '$' : '(?:/.*)?$';
  return new RegExp(`${anchored ? '^' : '^(?:.*/)?'}${re}${suffix}`);
}

/** GitHub usernames: letters, digits and single inner hyphens, up to 39 characters. */
const USER = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Whether an owner has one of the forms GitHub accepts: @user, @org/team or an email address. */
export const ownerForm = (o: string): boolean => USER.test(o) || TEAM.test(o) || EMAIL.test(o);

/**
 * The file's own problems: syntax GitHub documents as not working in CODEOWNERS (`\#`, `!`,
 * `[ ]`), owners of no accepted form, and (given the tracked files) patterns that own nothing.
 */
export function validateCodeowners(file: string, text: string, tracked?: string[]): Raw[] {
  const out: Raw[] = [];
  const at = (l: OwnersLine, column: number, rule: string, severity: Raw['severity'], message: string) =>
    out.push({ file, line: l.line, column, rule, severity, message });
  for (const l of parseCodeowners(text)) {
    const p = l.pattern;
    if (p.startsWith('\\#')) {
      at(
        l,
        l.column,
        'unsupported-syntax',
        'error',
        `\`${p}\`: escaping a leading # with \\ does not work in CODEOWNERS on GitHub`,
      );
      continue;
    }
    if (p.startsWith('!')) {
      at(l, l.column, 'unsupported-syntax', 'error', `\`${p}\`: negation with ! does not work in CODEOWNERS on GitHub`);
      continue;
    }
    if (/(^|[^\\])\[[^\]]*\]/.test(p)) {
      at(
        l,
        l.column,
        'unsupported-syntax',
        'error',
        `\`${p}\`: character ranges with [ ] do not work in CODEOWNERS on GitHub`,
      );
      continue;
    }
    if (p === '/') {
      at(
        l,
        l.column,
        'invalid-pattern',
        'error',
        'the pattern `/` never matches anything on GitHub; use `*` for every file',
      );
      continue;
    }
    for (const o of l.owners)
      if (!ownerForm(o.name))
        at(
          l,
          o.column,
          'invalid-owner',
          'error',
          `\`${o.name}\` is not an owner GitHub accepts: write @username, @org/team-name or an email address`,
        );
    if (tracked) {
      const re = patternRegex(p);
      if (!tracked.some((f) => re.test(f)))
        at(l, l.column, 'no-match', 'warning', `\`${p}\` matches no tracked file: its owners own nothing`);
    }
  }
  return out;
}

/** One entry of GitHub's `GET /repos/{owner}/{repo}/codeowners/errors` answer. */
export interface CodeownersApiError {
  line: number;
  column: number;
  kind: string;
  source?: string;
  suggestion?: string | null;
  message: string;
  path: string;
}

/** GitHub's own CODEOWNERS errors as findings (the rule is the error's kind: "Unknown owner" → unknown-owner). */
export function apiFindings(errors: CodeownersApiError[]): Raw[] {
  return errors.map((e) => ({
    file: e.path,
    line: e.line || undefined,
    column: e.column || undefined,
    rule: e.kind
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, ''),
    severity: 'error',
    message: `${e.kind} (GitHub)${e.source ? `: ${e.source.trim()}` : ''}${e.suggestion ? `; ${e.suggestion}` : ''}`,
  }));
}
