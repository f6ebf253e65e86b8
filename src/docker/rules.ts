/**
 * docker/metadata-action's `tags` and `flavor` syntax: one CSV line a rule
 * (`type=semver,pattern={{version}},priority=900`), parsed as its src/tag.ts and src/flavor.ts do.
 */
import { TagError } from './tag-error.js';

export const RULE_TYPES = ['schedule', 'semver', 'pep440', 'match', 'edge', 'ref', 'raw', 'sha'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export interface Rule {
  type: RuleType;
  /** Every attribute, with metadata-action's defaults filled in (enable, priority, prefix …). */
  attrs: Record<string, string>;
  /** The line as written, for messages. */
  line: string;
}

export interface Flavor {
  latest: 'auto' | 'true' | 'false';
  prefix: string;
  prefixLatest: boolean;
  suffix: string;
  suffixLatest: boolean;
}

export const DEFAULT_PRIORITY: Record<RuleType, number> = {
  schedule: 1000,
  semver: 900,
  pep440: 900,
  match: 800,
  edge: 700,
  ref: 600,
  raw: 200,
  sha: 100,
};

/** One CSV record (csv-parse's defaults: `,` separates, `"` quotes, `""` is a quote inside quotes). */
export function csvFields(line: string, input: 'tags' | 'flavor' = 'tags'): string[] {
  const out: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let v = '';
      i++;
      for (;;) {
        if (i >= line.length) throw new TagError(`"${line}" has an unclosed quote`, 'close the quoted field', input);
        if (line[i] === '"' && line[i + 1] === '"') {
          v += '"';
          i += 2;
        } else if (line[i] === '"') break;
        else v += line[i++];
      }
      i++;
      if (i < line.length && line[i] !== ',')
        throw new TagError(`"${line}" has text after a closing quote`, 'quote the whole field', input);
      out.push(v);
    } else {
      const end = line.indexOf(',', i);
      const v = line.slice(i, end === -1 ? line.length : end);
      if (v.includes('"'))
        throw new TagError(
          `"${line}" has a quote inside a field`,
          'quote the whole field ("value=a,b") or leave quotes out',
          input,
        );
      out.push(v);
      if (end === -1) break;
      i = end;
    }
    i++;
  }
  return out;
}

/** True when the line is a metadata-action rule (one of its fields is type=…). */
export function isRuleLine(line: string): boolean {
  return /(^|,)\s*type\s*=/i.test(line);
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Parse one `tags` line; a line without type= is `type=raw` with the line as its value. */
export function parseRule(line: string): Rule {
  const attrs: Record<string, string> = {};
  let type: RuleType | undefined;
  for (const field of csvFields(line)) {
    const eq = field.indexOf('=');
    if (eq <= 0) {
      attrs.value = field.trim();
      continue;
    }
    const key = field.slice(0, eq).trim().toLowerCase();
    const value = field.slice(eq + 1).trim();
    if (key !== 'type') attrs[key] = value;
    else if ((RULE_TYPES as readonly string[]).includes(value)) type = value as RuleType;
    else throw new TagError(`"${line}" has an unknown type=${value}`, `use one of: ${RULE_TYPES.join(', ')}`);
  }
  type ??= 'raw';
  const need = (attr: string, example: string) => {
    if (!has(attrs, attr)) throw new TagError(`"${line}" has no ${attr}=`, `add one, e.g. ${example}`);
  };
  const fill = (attr: string, value: string) => {
    if (!has(attrs, attr)) attrs[attr] = value;
  };
  switch (type) {
    case 'schedule':
      fill('pattern', 'nightly');
      break;
    case 'semver':
    case 'pep440':
      need('pattern', `type=${type},pattern={{version}}`);
      fill('value', '');
      fill('match', '');
      break;
    case 'match':
      need('pattern', 'type=match,pattern=v(.*),group=1');
      fill('group', '0');
      if (Number.isNaN(Number(attrs.group)))
        throw new TagError(`"${line}" has group=${attrs.group}`, 'give the capture group as a number');
      fill('value', '');
      break;
    case 'edge':
      fill('branch', '');
      break;
    case 'ref':
      need('event', 'type=ref,event=branch');
      if (!['branch', 'tag', 'pr'].includes(attrs.event))
        throw new TagError(`"${line}" has event=${attrs.event}`, 'use event=branch, event=tag or event=pr');
      if (attrs.event === 'pr') fill('prefix', 'pr-');
      break;
    case 'raw':
      need('value', 'type=raw,value=stable');
      break;
    case 'sha':
      fill('prefix', 'sha-');
      fill('format', 'short');
      if (!['short', 'long'].includes(attrs.format))
        throw new TagError(`"${line}" has format=${attrs.format}`, 'use format=short or format=long');
      break;
  }
  fill('enable', 'true');
  fill('priority', String(DEFAULT_PRIORITY[type]));
  return { type, attrs, line };
}

/** Parse the rules and sort them by priority, highest first (ties keep their order), as metadata-action does. */
export function parseRules(lines: string[]): Rule[] {
  return lines.map(parseRule).sort((a, b) => Number(b.attrs.priority) - Number(a.attrs.priority) || 0);
}

/** Parse `flavor` lines (latest=, prefix=[,onlatest=], suffix=[,onlatest=]) over a default `latest`. */
export function parseFlavor(lines: string[], latest: Flavor['latest'] = 'auto'): Flavor {
  const flavor: Flavor = { latest, prefix: '', prefixLatest: false, suffix: '', suffixLatest: false };
  for (const line of lines) {
    let onlatestFor = '';
    for (const field of csvFields(line, 'flavor')) {
      const [k, v] = field.split('=').map((s) => s.trim());
      if (v === undefined)
        throw new TagError(`"${line}" is not key=value`, 'write latest=auto, prefix=… or suffix=…', 'flavor');
      const key = k.toLowerCase();
      if (key === 'latest') {
        if (v !== 'auto' && v !== 'true' && v !== 'false')
          throw new TagError(`"${line}" has latest=${v}`, 'use latest=auto, latest=true or latest=false', 'flavor');
        flavor.latest = v;
      } else if (key === 'prefix' || key === 'suffix') {
        flavor[key] = v;
        onlatestFor = key;
      } else if (key === 'onlatest') {
        if (v !== 'true' && v !== 'false')
          throw new TagError(`"${line}" has onlatest=${v}`, 'use onlatest=true or onlatest=false', 'flavor');
        if (onlatestFor === 'prefix') flavor.prefixLatest = v === 'true';
        if (onlatestFor === 'suffix') flavor.suffixLatest = v === 'true';
      } else
        throw new TagError(
          `"${line}" has an unknown entry ${k}=`,
          'use latest=, prefix=, suffix= or onlatest=',
          'flavor',
        );
    }
  }
  return flavor;
}
