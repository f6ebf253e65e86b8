// Which sources dist/ was built from. scripts/build.ts records a hash of everything the bundle
// is made of (and of the bundle itself) outside the repository, in node_modules/.cache; the
// test suite compares it with the working tree, so a test never runs a dist/ older than src/.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules/.cache/shipline/dist-stamp.json');
/** What the bundle is built from: the sources, the build script and the locked dependencies. */
const INPUTS = ['src', 'scripts/build.ts', 'package-lock.json', 'tsconfig.json'];

/** Every file under the given repository paths, sorted, as repository-relative paths. */
function filesUnder(paths) {
  const out = [];
  const walk = (rel) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) for (const name of readdirSync(abs)) walk(join(rel, name));
    else out.push(rel.split(sep).join('/'));
  };
  for (const p of paths) walk(p);
  return out.sort();
}

function hashFiles(paths) {
  const h = createHash('sha256');
  for (const rel of filesUnder(paths))
    h.update(`${rel}\0`)
      .update(readFileSync(join(root, rel)))
      .update('\0');
  return h.digest('hex');
}

/** Hash of the bundle's inputs as they are now. */
export function inputsHash() {
  return hashFiles(INPUTS);
}

/** Hash of dist/ as it is now. */
export function distHash() {
  return hashFiles(['dist']);
}

/** Record that dist/, as it is now, was built from the inputs as they are now (scripts/build.ts calls it last). */
export function writeStamp() {
  mkdirSync(dirname(stampFile), { recursive: true });
  writeFileSync(stampFile, JSON.stringify({ inputs: inputsHash(), dist: distHash() }) + '\n');
}

/** Why dist/ may not match src/ (one line), or undefined when it was built from the current sources. */
export function staleReason() {
  if (!existsSync(join(root, 'dist/shipline/index.js'))) return 'dist/ is not built';
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
  } catch {
    return `no build of dist/ is recorded in ${relative(root, stampFile)} (a fresh clone or a new node_modules)`;
  }
  if (stamp.inputs !== inputsHash()) return 'src/, the build script or the dependencies changed since dist/ was built';
  if (stamp.dist !== distHash()) return 'dist/ changed since it was built (a checkout or an edit)';
  return undefined;
}
