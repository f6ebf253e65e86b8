/** The coverage gate's option types, parsed once by tool.ts and read by the engine. */
/** The report formats the parsers read. */
export const FORMATS = [
  'lcov',
  'cobertura',
  'jacoco',
  'clover',
  'istanbul-json',
  'istanbul-summary',
  'go',
  'coveragepy-json',
] as const;
/** The `format` input: one of the formats, or auto (detected per file). */
export const FORMAT_NAMES = ['auto', ...FORMATS] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
export type Metric = 'lines' | 'branches' | 'functions';
export type Floors = Partial<Record<Metric, number>>;

/** A named part of a monorepo (codecov's flags and components): its files, floors and reports. */
export interface Flag {
  name: string;
  /** Globs of the source files that belong to it. */
  paths: string[];
  /** Globs of the coverage reports it uploads (needed for carryforward). */
  reports?: string[];
  min: Floors;
  minDiff?: number;
  /** Keep the last known coverage of its files when this run read none of its reports. */
  carryforward: boolean;
}

export interface CoverageOptions {
  files: string[];
  format: FormatName;
  exclude: string[];
  min: Floors;
  minFile?: number;
  thresholds: Array<{ glob: string; floors: Floors }>;
  minDiff?: number;
  base?: string;
  baseline?: string;
  writeBaseline?: string;
  /** Keep the baseline on this branch of origin (survives cache eviction). */
  baselineBranch?: string;
  /** A missing baseline fails the step instead of a warning. */
  baselineRequired?: boolean;
  maxDrop?: number;
  mergedReport: string;
  mergedFormat: 'lcov' | 'cobertura' | 'both';
  comment: boolean;
  /** Names the sticky comment when several calls comment on one pull request. */
  commentId?: string;
  token?: string;
  badge?: string;
  annotate: boolean;
  maxAnnotations: number;
  /** Fork pull requests: where to write the comment for a `workflow_run` workflow to post. */
  commentFile?: string;
  /** Post mode (the `workflow_run` side): post the comment in this file, read no reports. */
  postComment?: string;
  /** Monorepo parts with their own floors and sections. */
  flags?: Flag[];
}
