import type { Tool } from './core/tool.js';

/** The tools: ids (actions/<id>), CLI commands, and lazy loaders so each pays only for itself. */
export interface ToolEntry {
  id: string;
  command: string;
  summary: string;
  /** Folder under src/ holding the tool's logic. */
  dir: string;
  load: () => Promise<Tool>;
}

export const TOOLS: ToolEntry[] = [
  {
    id: 'lint-gate',
    command: 'lint',
    summary: 'run linters in parallel on changed files, inside a time budget',
    dir: 'lint',
    load: async () => (await import('./lint/tool.js')).tool as Tool,
  },
  {
    id: 'shard',
    command: 'shard',
    summary: 'split a test suite into shards balanced by measured time',
    dir: 'shard',
    load: async () => (await import('./shard/tool.js')).tool as Tool,
  },
  {
    id: 'coverage-gate',
    command: 'coverage',
    summary: 'merge coverage reports and gate on total, per-file and changed lines',
    dir: 'coverage',
    load: async () => (await import('./coverage/tool.js')).tool as Tool,
  },
  {
    id: 'docker-build',
    command: 'docker-build',
    summary: 'build and push a SHA-tagged image, skipped when it exists',
    dir: 'docker',
    load: async () => (await import('./docker/tool.js')).tool as Tool,
  },
  {
    id: 'k8s-deploy',
    command: 'deploy',
    summary: 'roll an image out with kubectl, fail fast and roll back',
    dir: 'deploy',
    load: async () => (await import('./deploy/tool.js')).tool as Tool,
  },
  {
    id: 'notify',
    command: 'notify',
    summary: 'tell the team which job and step failed, with log links',
    dir: 'notify',
    load: async () => (await import('./notify/tool.js')).tool as Tool,
  },
  {
    id: 'perf-gate',
    command: 'perf',
    summary: 'compare base and head benchmarks in interleaved rounds on one machine; fail on a real slowdown',
    dir: 'perf',
    load: async () => (await import('./perf/tool.js')).tool as Tool,
  },
];

export function findTool(nameOrCommand: string): ToolEntry | undefined {
  return TOOLS.find((t) => t.id === nameOrCommand || t.command === nameOrCommand);
}
