// Bad reports: each a clear error naming the file (and line), never a crash and never a silent 0% or 100%.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CoverageParseError } from '../../src/coverage/errors.js';
import { parseFile, type Format } from '../../src/coverage/parsers/index.js';

const dir = mkdtempSync(join(tmpdir(), 'cov-bad-'));
function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const LCOV_OK = 'TN:\nSF:src/a.ts\nDA:1,1\nDA:2,0\nend_of_record\n';
const COB_OK =
  '<?xml version="1.0"?>\n<coverage lines-valid="1" lines-covered="1">\n<packages><package name="p"><classes>\n<class name="a" filename="a.py"><lines><line number="1" hits="1"/></lines></class>\n</classes></package></packages>\n</coverage>\n';

describe('bad input', () => {
  it.each<[string, string | Buffer, RegExp, Format | undefined]>([
    ['empty.info', '', /empty\.info: is empty/, undefined],
    ['blank.info', '\n\n  \n', /blank\.info: is empty/, undefined],
    [
      'binary.info',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 1, 2, 3]),
      /binary\.info: is a binary file/,
      undefined,
    ],
    [
      'garbage.info',
      'TN:\nSF:a.ts\nDA:1,1\nthis is not lcov\nend_of_record\n',
      /garbage\.info:4: "this is not lcov" is not an LCOV line/,
      undefined,
    ],
    [
      'da-text.info',
      'SF:a.ts\nDA:x,1\nend_of_record\n',
      /da-text\.info:2: DA line "x" is not a whole number/,
      undefined,
    ],
    [
      'negative.info',
      'SF:a.ts\nDA:1,-4\nend_of_record\n',
      /negative\.info:2: DA hit count "-4" is negative/,
      undefined,
    ],
    [
      'huge.info',
      'SF:a.ts\nDA:1,99999999999999999999\nend_of_record\n',
      /huge\.info:2: DA hit count "99999999999999999999" is (too large|not a whole number)/,
      undefined,
    ],
    [
      'huge-line.info',
      'SF:a.ts\nDA:999999999,1\nend_of_record\n',
      /huge-line\.info:2: DA line 999999999 is not a line number/,
      undefined,
    ],
    ['cut-line.info', 'SF:a.ts\nDA:1,1\nDA:2', /cut-line\.info:3: DA: needs <line>,<hits>/, undefined],
    [
      'truncated.info',
      'SF:a.ts\nDA:1,1\n',
      /truncated\.info:3: the file ends inside the record for a\.ts .*truncated/,
      undefined,
    ],
    ['no-sf.info', 'TN:\nDA:1,1\n', /no-sf\.info:2: coverage data before any SF/, 'lcov'],
    [
      'truncated.xml',
      COB_OK.slice(0, 150),
      /truncated\.xml:\d+: the file ends (before <\/\w+>|inside a tag)/,
      undefined,
    ],
    [
      'mismatched.xml',
      COB_OK.replace('</classes>', '</class>'),
      /mismatched\.xml:5: <\/class> closes <classes>/,
      undefined,
    ],
    [
      'negative.xml',
      COB_OK.replace('hits="1"/>', 'hits="-3"/>'),
      /negative\.xml:4: hits "-3" is not a count/,
      undefined,
    ],
    [
      'not-cobertura.xml',
      '<?xml version="1.0"?><html><body/></html>',
      /not-cobertura\.xml: is XML but not Cobertura/,
      undefined,
    ],
    [
      'not-coverage.json',
      '{"name": "pkg", "version": "1.0.0"}',
      /not-coverage\.json: is JSON but not a known coverage format/,
      undefined,
    ],
    ['array.json', '[1,2,3]', /array\.json: is not a known coverage format/, undefined],
    [
      'truncated.json',
      '{"/a.ts": {"path": "/a.ts", "statementMap": {"0": {"start": {"line": 1}}}, "s": {"0": 1',
      /truncated\.json:1: the JSON ends before its closing/,
      undefined,
    ],
    ['forced.json', '{"a": {"b": 1}}', /forced\.json: entry "a" is not Istanbul coverage/, 'istanbul-json'],
    [
      'go-bad.out',
      'mode: set\nfoo.go:1.1,2.2 1\n',
      /go-bad\.out:2: "foo\.go:1\.1,2\.2 1" is not a coverprofile block/,
      undefined,
    ],
    ['go-nomode.out', 'foo.go:1.1,2.2 1 1\n', /go-nomode\.out: is not a known coverage format/, undefined],
    ['text.txt', 'hello world\n', /text\.txt: is not a known coverage format/, undefined],
  ])('%s', async (name, content, message, format) => {
    const p = file(name, content);
    const err = await parseFile(p, name, format).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(CoverageParseError);
    expect((err as Error).message).toMatch(message);
  });

  it('a well-formed report parses (the cases above fail for their own reason)', async () => {
    expect((await parseFile(file('ok.info', LCOV_OK), 'ok.info')).report.totals().lines).toEqual({
      total: 2,
      covered: 1,
    });
    expect((await parseFile(file('ok.xml', COB_OK), 'ok.xml')).report.totals().lines).toEqual({ total: 1, covered: 1 });
  });
});
