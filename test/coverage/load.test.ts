import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../src/coverage/load.js';

describe('loading shard reports', () => {
  it('the same file from shards on different runners (and formats) merges into one entry', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cov-load-'));
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src/x.ts'), 'a\nb\nc\n');
    mkdirSync(join(root, 'shards'));
    writeFileSync(
      join(root, 'shards/1.info'),
      'SF:/home/runner/work/api/api/src/x.ts\nDA:1,1\nDA:2,0\nBRDA:1,0,0,1\nBRDA:1,0,1,0\nend_of_record\n',
    );
    writeFileSync(
      join(root, 'shards/2.info'),
      'SF:C:\\actions-runner\\_work\\api\\api\\src\\x.ts\nDA:1,2\nDA:2,0\nDA:3,0\nBRDA:1,0,0,0\nBRDA:1,0,1,4\nend_of_record\n',
    );
    writeFileSync(
      join(root, 'shards/3.xml'),
      '<?xml version="1.0"?><coverage><sources><source>/builds/acme/api</source></sources><packages><package name="src"><classes><class name="x" filename="src/x.ts"><lines><line number="3" hits="5"/></lines></class></classes></package></packages></coverage>',
    );
    const { report, reports } = await loadReports({ root, files: ['shards/*'], format: 'auto', exclude: [] });
    expect(reports.map((r) => [r.file, r.format])).toEqual([
      ['shards/1.info', 'lcov'],
      ['shards/2.info', 'lcov'],
      ['shards/3.xml', 'cobertura'],
    ]);
    expect([...report.files.keys()]).toEqual(['src/x.ts']);
    const f = report.files.get('src/x.ts')!;
    expect([...f.lines()]).toEqual([
      [1, 3],
      [2, 0],
      [3, 5],
    ]);
    // Branches merged by line, block and outcome: both outcomes of line 1 taken by some shard.
    expect(f.totals().branches).toEqual({ total: 2, covered: 2 });
  });
});
