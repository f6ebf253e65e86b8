import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leg, repo, run } from './lib.js';

describe('local actions', () => {
  it('runs a node24 action: pre, main, post (post after the last step, with the state main saved)', async () => {
    const js = (what: string) => `const fs = require('node:fs');
const out = process.env.GITHUB_OUTPUT, state = process.env.GITHUB_STATE;
fs.appendFileSync(process.env.GITHUB_WORKSPACE + '/order.txt', '${what} ' + (process.env.STATE_saved || '-') + ' ' + process.env.INPUT_WHO + '\\n');
if ('${what}' === 'main') { fs.appendFileSync(out, 'greeting=hi ' + process.env.INPUT_WHO + '\\n'); fs.appendFileSync(state, 'saved=yes\\n'); }
`;
    const dir = repo({
      'act/action.yml': `name: a
description: d
inputs:
  who:
    description: w
    default: world
outputs:
  greeting:
    description: g
runs:
  using: node24
  pre: pre.cjs
  main: main.cjs
  post: post.cjs
`,
      'act/pre.cjs': js('pre'),
      'act/main.cjs': js('main'),
      'act/post.cjs': js('post'),
      '.github/workflows/w.yml': `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      g: \${{ steps.act.outputs.greeting }}
    steps:
      - uses: actions/checkout@v4
      - id: act
        uses: ./act
      - run: echo "last step" >> order.txt
      - run: cat order.txt
`,
    });
    const r = await run(dir);
    expect(r.code, r.text).toBe(0);
    expect(leg(r, 'a')?.outputs.g).toBe('hi world');
    expect(readFileSync(join(r.out, 'work', 'job-1', 'workspace', 'order.txt'), 'utf8')).toBe(
      'pre - world\nmain - world\nlast step\npost yes world\n',
    );
  });

  it('stands an action in with --stub, checking with: against its action.yml', async () => {
    const dir = repo({
      '.github/workflows/w.yml': `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      url: \${{ steps.d.outputs.url }}
    steps:
      - id: d
        uses: cloud/deploy@v3
        with:
          app: api
`,
    });
    const outputs = join(dir, 'outputs.json');
    writeFileSync(outputs, JSON.stringify({ outputs: { url: 'https://example.invalid' } }));
    const yml = join(dir, 'action.yml');
    writeFileSync(
      yml,
      'name: deploy\ndescription: d\ninputs:\n  app:\n    description: a\n    required: true\n  region:\n    description: r\n    required: true\nruns:\n  using: node20\n  main: x.js\n',
    );
    const r = await run(dir, ['--stub', `cloud/deploy=${outputs}`, '--stub-action-yml', `cloud/deploy=${yml}`]);
    expect(r.code).toBe(1);
    expect(r.text).toMatch(/cloud\/deploy@v3 \(stub\): required input\(s\) 'region' not supplied/);
    writeFileSync(
      yml,
      'name: deploy\ndescription: d\ninputs:\n  app:\n    description: a\n    required: true\nruns:\n  using: node20\n  main: x.js\n',
    );
    const ok = await run(dir, ['--stub', `cloud/deploy=${outputs}`, '--stub-action-yml', `cloud/deploy=${yml}`]);
    expect(ok.code, ok.text).toBe(0);
    expect(leg(ok, 'a')?.outputs.url).toBe('https://example.invalid');
  });
});
