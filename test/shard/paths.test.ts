import { describe, expect, it } from 'vitest';
import { KeyResolver, normalizePath } from '../../src/shard/paths.js';

describe('normalizePath', () => {
  it.each([
    ['./test/a.test.ts', [], 'test/a.test.ts'],
    ['.\\test\\a.test.ts', [], 'test/a.test.ts'],
    ['test//sub/./a.test.ts', [], 'test/sub/a.test.ts'],
    ['file:///work/app/test/a.test.ts', ['/work/app'], 'test/a.test.ts'],
    ['/work/app/test/a.test.ts', ['/work/app/'], 'test/a.test.ts'],
    ['/home/runner/work/x/test/a.test.ts', ['/work/app'], '/home/runner/work/x/test/a.test.ts'],
  ])('%s → %s', (raw, roots, want) => expect(normalizePath(raw, roots)).toBe(want));
});

describe('KeyResolver', () => {
  const files = [
    'test/a.test.ts',
    'e2e/tests/login.spec.ts',
    'tests/test_basic.py',
    'tests/test_utils/test_echo.py',
    'src/test/java/com/acme/OrderServiceTest.java',
    'internal/store/put_test.go',
    'internal/store/get_test.go',
    'spec/models/user_spec.rb',
  ];
  const r = new KeyResolver(files, 'packages/api');
  it.each([
    ['test/a.test.ts', ['test/a.test.ts']],
    ['packages/api/test/a.test.ts', ['test/a.test.ts']], // workspace prefix
    ['/home/runner/work/app/app/packages/api/test/a.test.ts', ['test/a.test.ts']], // another runner's absolute path
    ['C:/a/b/test/a.test.ts', ['test/a.test.ts']],
    ['login.spec.ts', ['e2e/tests/login.spec.ts']], // playwright: relative to testDir
    ['tests.test_basic', ['tests/test_basic.py']], // pytest xunit2
    ['tests.test_utils.test_echo.TestEcho', ['tests/test_utils/test_echo.py']], // pytest class
    ['com.acme.OrderServiceTest', ['src/test/java/com/acme/OrderServiceTest.java']], // surefire
    ['github.com/acme/api/internal/store', ['internal/store/put_test.go', 'internal/store/get_test.go']], // go package
  ])('%s', (key, want) => expect(r.resolve(key)?.files).toEqual(want));

  it.each(['src/a.test.ts', 'other.test.ts', 'com.acme.Missing'])('%s matches nothing', (key) =>
    expect(r.resolve(key)).toBeUndefined(),
  );

  it('points a mismatch at the look-alike file', () => {
    expect(r.lookalike('src/a.test.ts')).toBe('test/a.test.ts');
  });
});
