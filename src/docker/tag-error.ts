import { ConfigError } from '../core/errors.js';
import type { Problem } from './reference.js';

/** A tag that cannot be made; `input` names the input at fault, when one is (a missing SHA is none's). */
export class TagError extends ConfigError implements Problem {
  override readonly name = 'TagError';
  constructor(
    readonly problem: string,
    readonly fix: string,
    readonly input: 'tags' | 'flavor' | undefined = 'tags',
  ) {
    super(`${problem}; ${fix}`);
  }
}
