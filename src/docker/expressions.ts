/**
 * The Handlebars subset docker/metadata-action's tag rules use: `{{name}}` and
 * `{{helper 'arg' key='value'}}`, and moment's date formats for `{{date …}}`. Pure; no I/O.
 */
import { TagError } from './tag-error.js';

/** A helper called with its positional arguments and its key='value' pairs. */
export type Helper = (args: string[], hash: Record<string, string>) => string;
export type Scope = Record<string, string | Helper>;

const MUSTACHE = /\{\{\s*([^{}]*?)\s*\}\}/g;
const TOKEN = /'([^']*)'|"([^"]*)"|([^\s=]+)=(?:'([^']*)'|"([^"]*)"|(\S+))|(\S+)/g;

/** Render `template` with `scope`; an expression the scope does not know is an error naming `input`. */
export function render(template: string, scope: Scope, input: 'tags' | 'flavor' = 'tags'): string {
  return template.replace(MUSTACHE, (whole, body: string) => {
    const args: string[] = [];
    const hash: Record<string, string> = {};
    let name = '';
    for (const m of body.matchAll(TOKEN)) {
      if (m[3] !== undefined) hash[m[3]] = m[4] ?? m[5] ?? m[6] ?? '';
      else if (!name && m[7] !== undefined) name = m[7];
      else args.push(m[1] ?? m[2] ?? m[7] ?? '');
    }
    const value = scope[name];
    if (value === undefined)
      throw new TagError(
        `"${whole}" is not an expression metadata-action knows here`,
        `use ${Object.keys(scope)
          .map((k) => `{{${k}}}`)
          .join(', ')}`,
        input,
      );
    return typeof value === 'function' ? value(args, hash) : value;
  });
}

/** True when the pattern is exactly `{{raw}}` (metadata-action keeps such a pre-release pattern as is). */
export function isRawStatement(pattern: string): boolean {
  return /^\{\{\s*raw\s*\}\}$/.test(pattern);
}

/** A `{{date 'FORMAT' tz='Zone'}}`-style helper over a fixed instant (UTC unless tz is given). */
export function dateHelper(at: Date): Helper {
  return (args, hash) => {
    for (const k of Object.keys(hash))
      if (k !== 'tz') throw new TagError(`unknown date attribute ${k}=`, "use tz='Area/City'");
    return formatDate(at, args[0] ?? '', hash.tz ?? 'UTC');
  };
}

const FORMAT_TOKEN =
  /\[([^\]]*)\]|YYYY|YY|MMMM|MMM|MM|M|Do|DDDD|DD|D|dddd|ddd|dd|d|HH|H|hh|h|mm|m|ss|s|SSS|SS|S|A|a|ZZ|Z|X|x/g;
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The wall-clock fields of `at` in `tz`, and its offset from UTC in minutes. */
function fieldsIn(at: Date, tz: string) {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    }).formatToParts(at);
  } catch {
    throw new TagError(`time zone "${tz}" is unknown`, "use an IANA name such as tz='Europe/Paris' (default UTC)");
  }
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const f = {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(get('weekday')),
    ms: at.getUTCMilliseconds(),
  };
  const asUtc = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second, f.ms);
  return { ...f, offset: Math.round((asUtc - at.getTime()) / 60_000) };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ordinal = (n: number) => {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
};

/** moment's `format()` for the tokens tags use (YYYY MM DD HH mm ss, names, ordinals, offsets, [literals]). */
export function formatDate(at: Date, format: string, tz = 'UTC'): string {
  const f = fieldsIn(at, tz);
  const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
  const off = (sep: string) =>
    `${f.offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(f.offset) / 60))}${sep}${pad(Math.abs(f.offset) % 60)}`;
  const start = Date.UTC(f.year, 0, 1);
  const dayOfYear = Math.floor((Date.UTC(f.year, f.month - 1, f.day) - start) / 86_400_000) + 1;
  const tokens: Record<string, () => string> = {
    YYYY: () => pad(f.year, 4),
    YY: () => pad(f.year % 100),
    MMMM: () => MONTHS[f.month - 1],
    MMM: () => MONTHS[f.month - 1].slice(0, 3),
    MM: () => pad(f.month),
    M: () => String(f.month),
    Do: () => ordinal(f.day),
    DDDD: () => pad(dayOfYear, 3),
    DD: () => pad(f.day),
    D: () => String(f.day),
    dddd: () => DAYS[f.weekday],
    ddd: () => DAYS[f.weekday].slice(0, 3),
    dd: () => DAYS[f.weekday].slice(0, 2),
    d: () => String(f.weekday),
    HH: () => pad(f.hour),
    H: () => String(f.hour),
    hh: () => pad(h12),
    h: () => String(h12),
    mm: () => pad(f.minute),
    m: () => String(f.minute),
    ss: () => pad(f.second),
    s: () => String(f.second),
    SSS: () => pad(f.ms, 3),
    SS: () => pad(Math.floor(f.ms / 10)),
    S: () => String(Math.floor(f.ms / 100)),
    A: () => (f.hour < 12 ? 'AM' : 'PM'),
    a: () => (f.hour < 12 ? 'am' : 'pm'),
    ZZ: () => off(''),
    Z: () => off(':'),
    X: () => String(Math.floor(at.getTime() / 1000)),
    x: () => String(at.getTime()),
  };
  return format.replace(FORMAT_TOKEN, (tok, literal: string | undefined) =>
    literal !== undefined ? literal : tokens[tok](),
  );
}
