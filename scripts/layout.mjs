// The layout rules every src/<tool>/ follows, checked by test/layout.test.ts and runnable
// as `node scripts/layout.mjs` (prints the import cycles of src/ and the longest functions).
// A plain scan of `import … from '…'` and `import('…')`: no compiler needed for relative imports.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts file under dir, as paths relative to ROOT. */
export function sourceFiles(dir = join(ROOT, 'src')) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(relative(ROOT, p));
  }
  return out;
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative imports of one file, resolved to ROOT-relative .ts paths (type-only ones too). */
export function importsOf(file) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const out = new Set();
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (!spec.startsWith('.')) continue;
    const abs = resolve(ROOT, dirname(file), spec).replace(/\.js$/, '.ts');
    const candidates = [abs, `${abs}.ts`, join(abs, 'index.ts')];
    const hit = candidates.find((c) => existsSync(c) && statSync(c).isFile());
    if (hit) out.add(relative(ROOT, hit));
  }
  return [...out].sort();
}

/** file → its relative imports, for every file under src/. */
export function importGraph(files = sourceFiles()) {
  return new Map(files.map((f) => [f, importsOf(f)]));
}

/** Strongly connected components of more than one file (or a file importing itself): the cycles. */
export function importCycles(graph = importGraph()) {
  let index = 0;
  const idx = new Map();
  const low = new Map();
  const stack = [];
  const on = new Set();
  const cycles = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

/**
 * Functions by length in lines: a declaration, method or arrow assigned to a const that opens
 * a block, measured to the closing brace at the same indentation (prettier keeps that exact).
 */
export function longestFunctions(files = sourceFiles(), most = 10) {
  const found = [];
  const head =
    /^(\s*)(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\s*\*?\s*(\w+)|(?:const|let)\s+(\w+)\s*(?::[^=]+)?=\s*(?:async\s*)?\(|(?:(?:private|public|protected|static|async|override)\s+)*(\w+)\s*(?:<[^>]*>)?\()/;
  for (const file of files) {
    const lines = readFileSync(join(ROOT, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const m = head.exec(line);
      if (!m || /^\s*(if|for|while|switch|catch|return|await)\b/.test(line)) return;
      const name = m[2] ?? m[3] ?? m[4];
      const indent = m[1];
      if (!/[{(]\s*$|\{\s*$|=>\s*\{?\s*$/.test(line) && !line.trimEnd().endsWith('{')) {
        // signature continues on the next lines; find the line that opens the body
      }
      for (let j = i + 1; j < lines.length; j++) {
        if (lines[j].startsWith(`${indent}}`) && !lines[j].startsWith(`${indent}} else`)) {
          if (j - i + 1 > 3) found.push({ file, name, line: i + 1, lines: j - i + 1 });
          return;
        }
        if (lines[j].trim() !== '' && !lines[j].startsWith(indent + ' ') && !lines[j].startsWith(`${indent})`)) return;
      }
    });
  }
  return found.sort((a, b) => b.lines - a.lines).slice(0, most);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const cycles = importCycles();
  console.log(`import cycles in src/: ${cycles.length}`);
  for (const c of cycles) console.log(`  ${c.join(' ⇄ ')}`);
  console.log('longest functions (lines):');
  for (const f of longestFunctions()) console.log(`  ${String(f.lines).padStart(4)}  ${f.file}:${f.line} ${f.name}`);
}
