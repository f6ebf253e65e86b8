import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A real git repository in a temp folder, for diff and changed-file tests. */
export class TestRepo {
  readonly dir: string;
  constructor(dir?: string, init = true) {
    this.dir = dir ?? mkdtempSync(join(tmpdir(), 'shipline-git-'));
    if (init) {
      this.git('init', '-q', '-b', 'main');
      this.git('config', 'user.email', 'dev@example.com');
      this.git('config', 'user.name', 'Dev');
      this.git('config', 'commit.gpgsign', 'false');
    }
  }
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-01T00:00:00Z', GIT_COMMITTER_DATE: '2026-01-01T00:00:00Z' },
    });
  }
  write(path: string, content: string): this {
    const p = join(this.dir, path);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return this;
  }
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.head();
  }
  head(): string {
    return this.git('rev-parse', 'HEAD').trim();
  }
  /** A shallow clone (file:// so --depth is honoured) with `depth` commits. */
  shallowClone(depth: number, branch?: string): TestRepo {
    const dest = mkdtempSync(join(tmpdir(), 'shipline-shallow-'));
    this.git('config', 'uploadpack.allowReachableSHA1InWant', 'true');
    this.git('config', 'uploadpack.allowAnySHA1InWant', 'true');
    execFileSync('git', [
      'clone',
      '-q',
      `--depth=${depth}`,
      '--no-single-branch',
      ...(branch ? ['-b', branch] : []),
      `file://${this.dir}`,
      dest,
    ]);
    const clone = new TestRepo(dest, false);
    clone.git('config', 'user.email', 'dev@example.com');
    clone.git('config', 'user.name', 'Dev');
    return clone;
  }
}
