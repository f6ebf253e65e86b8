import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Interner, packJobs, unpackJobs, type PackedJob } from './cache-codec.js';
import type { JobRec } from './types.js';

/**
 * The ETag cache, carried between runs (restore it with actions/cache). Version 1:
 * `{ version: 1, repository, saved, etags: { <url>: { etag, data } }, names: string[],
 *    attempts: { "<run>/<attempt>": PackedJob[] }, commits: { <sha>: epoch ms }, flakyTests: string[] }`
 * (attempts packed as cache-codec.ts describes, names and conclusions interned in `names`).
 * `etags` keeps each conditional GET's ETag with the compacted body it stood for (a 304 reuses it);
 * `attempts` keeps the jobs of completed run attempts, which GitHub never changes, so they are not asked
 * for again; `flakyTests` are the flaky tests of the last saved report (to tell a new one). Entries not
 * used by a run are dropped when it saves, so the file tracks the window and stays bounded.
 */
export const CACHE_VERSION = 1;

export interface CacheData {
  version: typeof CACHE_VERSION;
  repository: string;
  saved: string;
  etags: Record<string, { etag: string; data: unknown }>;
  names: string[];
  attempts: Record<string, PackedJob[]>;
  commits: Record<string, number>;
  flakyTests: string[];
}

export class EtagCache {
  /** Attempts served from the file without a request. */
  hits = 0;
  private used = { etags: new Set<string>(), attempts: new Set<string>(), commits: new Set<string>() };
  /** Why the file was not used, when it was not (missing is not a problem). */
  readonly note?: string;
  private constructor(
    readonly path: string,
    readonly data: CacheData,
    note?: string,
  ) {
    this.note = note;
    this.names = new Interner(data.names);
  }
  private readonly names: Interner;
  /** Nothing new to write: every entry was read from the file and all of them were used. */
  private dirty = false;

  static load(path: string, repository: string): EtagCache {
    const empty: CacheData = {
      version: CACHE_VERSION,
      repository,
      saved: '',
      etags: {},
      names: [],
      attempts: {},
      commits: {},
      flakyTests: [],
    };
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return new EtagCache(path, empty);
    }
    try {
      const d = JSON.parse(text) as Partial<CacheData>;
      if (d.version !== CACHE_VERSION)
        return new EtagCache(
          path,
          empty,
          `cache ${path} has version ${String(d.version)}, not ${CACHE_VERSION}: ignored`,
        );
      if (d.repository !== repository)
        return new EtagCache(path, empty, `cache ${path} is for ${d.repository}, not ${repository}: ignored`);
      return new EtagCache(path, { ...empty, ...d } as CacheData);
    } catch {
      return new EtagCache(path, empty, `cache ${path} is not valid JSON: ignored`);
    }
  }

  etag(url: string): { etag: string; data: unknown } | undefined {
    return this.data.etags[url];
  }
  setEtag(url: string, etag: string, data: unknown): void {
    this.used.etags.add(url);
    this.data.etags[url] = { etag, data };
    this.dirty = true;
  }
  touchEtag(url: string): void {
    this.used.etags.add(url);
  }
  attempt(runId: number, attempt: number): JobRec[] | undefined {
    const key = `${runId}/${attempt}`;
    const hit = this.data.attempts[key];
    if (!hit) return undefined;
    this.used.attempts.add(key);
    this.hits++;
    return unpackJobs(hit, this.names);
  }
  setAttempt(runId: number, attempt: number, jobs: JobRec[]): void {
    const key = `${runId}/${attempt}`;
    this.used.attempts.add(key);
    this.data.attempts[key] = packJobs(jobs, this.names);
    this.dirty = true;
  }
  commit(sha: string): number | undefined {
    const hit = this.data.commits[sha];
    if (hit !== undefined) this.used.commits.add(sha);
    return hit;
  }
  setCommit(sha: string, ms: number): void {
    this.used.commits.add(sha);
    this.data.commits[sha] = ms;
    this.dirty = true;
  }

  /**
   * Write what this run used (atomically: a temp file renamed over the old one). Skipped when
   * nothing changed: every answer was a 304 or a cached attempt, and every entry was used.
   */
  save(now: number, flakyTests: string[]): boolean {
    const unchanged =
      !this.dirty &&
      this.used.etags.size === Object.keys(this.data.etags).length &&
      this.used.attempts.size === Object.keys(this.data.attempts).length &&
      this.used.commits.size === Object.keys(this.data.commits).length &&
      JSON.stringify(flakyTests) === JSON.stringify(this.data.flakyTests);
    if (unchanged && this.data.saved) return false;
    const keep = <T>(rec: Record<string, T>, used: Set<string>) =>
      Object.fromEntries(Object.entries(rec).filter(([k]) => used.has(k)));
    const out: CacheData = {
      version: CACHE_VERSION,
      repository: this.data.repository,
      saved: new Date(now).toISOString(),
      etags: keep(this.data.etags, this.used.etags),
      names: this.names.table,
      attempts: keep(this.data.attempts, this.used.attempts),
      commits: keep(this.data.commits, this.used.commits),
      flakyTests,
    };
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(out));
    renameSync(tmp, this.path);
    return true;
  }
}
