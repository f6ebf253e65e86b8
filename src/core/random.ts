import { createRequire } from 'node:module';

/**
 * Random tokens, with node:crypto loaded on first use: it is some fifteen internal modules that a
 * run which writes no workflow command or output file (a local `shipline lint`) never needs.
 */
let crypto: typeof import('node:crypto') | undefined;
const load = () => (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));

/** `bytes` random bytes as hex, from the system's CSPRNG. */
export const randomHex = (bytes: number): string => load().randomBytes(bytes).toString('hex');

/** A random v4 UUID, from the system's CSPRNG. */
export const randomUUID = (): string => load().randomUUID();
