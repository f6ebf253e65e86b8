import { describe, expect, it } from 'vitest';
import { cleanPath, PathResolver } from '../../src/coverage/paths.js';

const root = '/home/ci/work/api';
const files = [
  'src/a.ts',
  'src/util/b.ts',
  'lib/shop/cart.py',
  'app/src/main/java/com/acme/Foo.java',
  'svc/go.mod',
  'svc/calc/calc.go',
  'x/dup.ts',
  'y/dup.ts',
];
const resolver = () => new PathResolver(root, () => files);

describe('path normalisation', () => {
  it.each([
    ['src/a.ts', [], 'src/a.ts'],
    ['./src/a.ts', [], 'src/a.ts'],
    ['.//src//a.ts', [], 'src/a.ts'],
    ['src\\util\\b.ts', [], 'src/util/b.ts'],
    ['/home/ci/work/api/src/a.ts', [], 'src/a.ts'],
    ['file:///home/ci/work/api/src/a.ts', [], 'src/a.ts'],
    // another runner's workspace: matched by the longest suffix that is a file here
    ['/home/runner/work/api/api/src/util/b.ts', [], 'src/util/b.ts'],
    ['C:\\actions-runner\\_work\\api\\api\\src\\a.ts', [], 'src/a.ts'],
    // Cobertura <sources>
    ['shop/cart.py', ['/builds/other/lib'], 'lib/shop/cart.py'],
    ['shop/cart.py', ['/home/ci/work/api/lib'], 'lib/shop/cart.py'],
    // JaCoCo package paths find their source root
    ['com/acme/Foo.java', [], 'app/src/main/java/com/acme/Foo.java'],
    ['x/dup.ts', [], 'x/dup.ts'],
  ])('%s (sources %j) → %s', (raw, sources, expected) => {
    const r = resolver().resolve(raw, sources as string[]);
    expect(r).toEqual({ path: expected, found: true });
  });

  it('maps Go import paths through go.mod', () => {
    const dir = process.cwd();
    // go.mod must be readable: use a real one from the fixtures.
    const r = new PathResolver(`${dir}/test/fixtures/coverage`, () => [
      'go-sample/go.mod',
      'go-sample/calc/calc.go',
    ]).resolve('example.com/shipline/gosample/calc/calc.go');
    expect(r).toEqual({ path: 'go-sample/calc/calc.go', found: true });
  });

  it('an absolute path matching no file here is outside the repository', () => {
    expect(resolver().resolve('/usr/lib/node_modules/x/index.js')).toEqual({
      outside: '/usr/lib/node_modules/x/index.js',
    });
  });
  it('a relative path escaping the root is outside the repository', () => {
    expect(resolver().resolve('../../etc/passwd')).toEqual({ outside: '../../etc/passwd' });
  });
  it('a relative path not in the checkout is kept, marked not found', () => {
    expect(resolver().resolve('gen/out.ts')).toEqual({ path: 'gen/out.ts', found: false });
  });
  it('an ambiguous suffix is not guessed', () => {
    expect(resolver().resolve('/elsewhere/dup.ts')).toEqual({ outside: '/elsewhere/dup.ts' });
  });
  it('cleans separators', () => {
    expect(cleanPath(' .\\a\\\\b.ts ')).toBe('a/b.ts');
  });
});
