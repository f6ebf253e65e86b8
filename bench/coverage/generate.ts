import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** One LCOV record set for a `files`-file project, as one Buffer (per-test records repeat it). */
export function lcovBlock(files: number, linesPerFile: number, test = 't', seed = 1): Buffer {
  const out: string[] = [];
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
  for (let f = 0; f < files; f++) {
    out.push(`TN:${test}`, `SF:/home/runner/work/app/app/src/pkg${f % 50}/file${f}.ts`);
    for (let fn = 0; fn < 5; fn++) out.push(`FN:${fn * 20 + 1},fn${fn}`);
    for (let fn = 0; fn < 5; fn++) out.push(`FNDA:${rnd() < 0.7 ? Math.floor(rnd() * 50) + 1 : 0},fn${fn}`);
    out.push('FNF:5', 'FNH:3');
    for (let l = 1; l <= linesPerFile; l += 10)
      out.push(`BRDA:${l},0,0,${rnd() < 0.6 ? Math.floor(rnd() * 9) + 1 : 0}`, `BRDA:${l},0,1,${rnd() < 0.5 ? 1 : 0}`);
    out.push(`BRF:${Math.ceil(linesPerFile / 10) * 2}`, 'BRH:1');
    for (let l = 1; l <= linesPerFile; l++) out.push(`DA:${l},${rnd() < 0.8 ? Math.floor(rnd() * 100) : 0}`);
    out.push(`LF:${linesPerFile}`, 'LH:1', 'end_of_record');
  }
  return Buffer.from(out.join('\n') + '\n');
}

/** Cobertura for the same project shape, as a head, a repeatable package block, and a tail. */
export function coberturaParts(
  files: number,
  linesPerFile: number,
  seed = 1,
): { head: string; block: (i: number) => string; tail: string } {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) % 1000) / 1000;
  const head =
    '<?xml version="1.0" ?>\n<coverage lines-valid="0" lines-covered="0" line-rate="0" branches-valid="0" branches-covered="0" branch-rate="0" version="1" timestamp="1">\n<sources><source>/home/runner/work/app/app</source></sources>\n<packages>\n';
  const classes: string[] = [];
  for (let f = 0; f < files; f++) {
    const lines: string[] = [];
    for (let l = 1; l <= linesPerFile; l++) {
      const hits = rnd() < 0.8 ? Math.floor(rnd() * 100) : 0;
      lines.push(
        l % 10 === 1
          ? `\t\t\t\t\t\t<line number="${l}" hits="${hits}" branch="true" condition-coverage="50% (1/2)"/>`
          : `\t\t\t\t\t\t<line number="${l}" hits="${hits}"/>`,
      );
    }
    classes.push(
      `\t\t\t\t<class name="file${f}.ts" filename="src/pkg${f % 50}/file${f}.ts" line-rate="0.8" branch-rate="0.5">\n\t\t\t\t\t<methods>\n\t\t\t\t\t\t<method name="fn0" hits="1" signature="()V"><lines><line number="1" hits="1"/></lines></method>\n\t\t\t\t\t</methods>\n\t\t\t\t\t<lines>\n${lines.join('\n')}\n\t\t\t\t\t</lines>\n\t\t\t\t</class>`,
    );
  }
  const body = classes.join('\n');
  return {
    head,
    block: (i) =>
      `\t\t<package name="shard${i}" line-rate="0.8" branch-rate="0.5">\n\t\t\t<classes>\n${body}\n\t\t\t</classes>\n\t\t</package>\n`,
    tail: '</packages>\n</coverage>\n',
  };
}

/** Write about `bytes` of LCOV: the project's records repeated as per-test records. */
export async function writeLcovFile(path: string, bytes: number, files = 5000, linesPerFile = 200): Promise<number> {
  const block = lcovBlock(files, linesPerFile);
  const ws = createWriteStream(path);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const b = i === 0 ? block : Buffer.from(block.toString('latin1').replace(/^TN:t$/gm, `TN:t${i}`), 'latin1');
    if (!ws.write(b)) await once(ws, 'drain');
    written += b.length;
  }
  ws.end();
  await once(ws, 'finish');
  return written;
}

export async function writeCoberturaFile(
  path: string,
  bytes: number,
  files = 5000,
  linesPerFile = 200,
): Promise<number> {
  const parts = coberturaParts(files, linesPerFile);
  const ws = createWriteStream(path);
  ws.write(parts.head);
  let written = parts.head.length;
  for (let i = 0; written < bytes - parts.tail.length; i++) {
    const b = parts.block(i);
    if (!ws.write(b)) await once(ws, 'drain');
    written += b.length;
  }
  ws.write(parts.tail);
  written += parts.tail.length;
  ws.end();
  await once(ws, 'finish');
  return written;
}
