import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, describeThrown } from '../core/errors.js';
import type { Stub } from './types.js';

// The repeatable flags of `shipline workflow run`: NAME=VALUE pairs, --secret-file, --stub.

export function pairs(list: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new ConfigError(`--${flag} ${item}: use --${flag} NAME=VALUE`);
    out[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return out;
}

/** KEY=value lines (dotenv-like) of --secret-file. */
export function secretFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`--secret-file ${path}: cannot read it`);
  }
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (m) out[m[1]] = m[2].replace(/^(['"])(.*)\1$/, '$2');
  }
  return out;
}

export function stubs(specs: Record<string, string>, ymls: Record<string, string>): Map<string, Stub> {
  const map = new Map<string, Stub>();
  for (const [action, file] of Object.entries(specs)) {
    let data: { outputs?: Record<string, string>; inputs?: Stub['inputs'] } & Record<string, unknown>;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      throw new ConfigError(`--stub ${action}=${file}: not a readable JSON file (${describeThrown(e)})`);
    }
    const outputs = (data.outputs ?? data) as Record<string, string>;
    map.set(action.toLowerCase(), {
      outputs: Object.fromEntries(
        Object.entries(outputs)
          .filter(([k]) => k !== 'inputs')
          .map(([k, v]) => [k, String(v)]),
      ),
      inputs: data.inputs,
      source: file,
    });
  }
  for (const [action, file] of Object.entries(ymls)) {
    const s = map.get(action.toLowerCase());
    if (!s) throw new ConfigError(`--stub-action-yml ${action}: give --stub ${action}=outputs.json too`);
    s.actionYml = resolve(file);
    s.source += ` + ${file}`;
  }
  return map;
}
