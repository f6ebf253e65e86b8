export { CommandLineError, splitCommand } from '../core/command-line.js';
/** The placeholder a check's `run` may use to say where the files go. */
export const FILES_TOKEN = '{files}';

/**
 * A file name as an argument: names starting with '-' get a './' prefix so no tool reads
 * them as options (`-rf` stays a file).
 */
export function fileArg(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

/**
 * The argv of one run: files go where `{files}` stands (as separate entries) or at the end.
 * With `shell`, the script gets the files as "$@" and never sees them in its text.
 */
export function buildArgv(
  run: readonly string[],
  files: readonly string[] | undefined,
  shell: boolean,
): { command: string; args: string[] } {
  const names = (files ?? []).map(fileArg);
  if (shell) {
    let script = run.join(' ');
    if (files) script = script.includes(FILES_TOKEN) ? script.split(FILES_TOKEN).join('"$@"') : `${script} "$@"`;
    else script = script.split(FILES_TOKEN).join('');
    return { command: 'sh', args: ['-c', script, 'shipline-lint', ...names] };
  }
  const out: string[] = [];
  let placed = false;
  for (const a of run) {
    if (a === FILES_TOKEN) {
      out.push(...names);
      placed = true;
    } else out.push(a);
  }
  if (!placed && files) out.push(...names);
  return { command: out[0], args: out.slice(1) };
}

/** Split files into batches whose argv stays well under the OS limit (ARG_MAX). */
export function batches(files: readonly string[], maxBytes = 96 * 1024): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  let size = 0;
  for (const f of files) {
    const n = Buffer.byteLength(f) + 1;
    if (cur.length && size + n > maxBytes) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(f);
    size += n;
  }
  if (cur.length) out.push(cur);
  return out;
}
