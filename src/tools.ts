import type { Tool, ToolMeta, ToolSpec } from './core/tool.js';

/**
 * The registry: the one list of tools. The CLI, the action adapter, the build (one dist entry
 * per id, one chunk per tool), the generated action.yml files and README tables, and the tests
 * all read it. Adding a tool is its folder `src/<dir>/` plus one line here.
 */
export interface ToolEntry extends ToolMeta {
  /** Loads the tool lazily, so each pays only for itself. */
  load: () => Promise<Tool>;
}

// The import() paths stay literal so the bundler makes one chunk per tool. The chunks keep
// ncc's numeric names: ncc fixes webpack's chunkIds to "deterministic" and its chunkFilename to
// "[id].index.js" with no option to change either, so a webpackChunkName comment has no effect.
export const TOOLS: ToolEntry[] = [
  entry(
    {
      id: 'lint-gate',
      command: 'lint',
      dir: 'lint',
      icon: 'check-circle',
      color: 'green',
      summary: 'run linters in parallel on changed files, inside a time budget',
    },
    () => import('./lint/tool.js'),
  ),
  entry(
    {
      id: 'shard',
      command: 'shard',
      dir: 'shard',
      icon: 'grid',
      color: 'blue',
      summary: 'split a test suite into shards balanced by measured time',
    },
    () => import('./shard/tool.js'),
  ),
  entry(
    {
      id: 'coverage-gate',
      command: 'coverage',
      dir: 'coverage',
      icon: 'percent',
      color: 'green',
      summary: 'merge coverage reports and gate on total, per-file and changed lines',
    },
    () => import('./coverage/tool.js'),
  ),
  entry(
    {
      id: 'docker-build',
      command: 'docker-build',
      dir: 'docker',
      icon: 'package',
      color: 'blue',
      summary: 'build and push a SHA-tagged image, skipped when it exists',
    },
    () => import('./docker/tool.js'),
  ),
  entry(
    {
      id: 'k8s-deploy',
      command: 'deploy',
      dir: 'deploy',
      icon: 'upload-cloud',
      color: 'purple',
      summary: 'roll out with kubectl (rolling, blue-green, canary), verify, fail fast and roll back',
    },
    () => import('./deploy/tool.js'),
  ),
  entry(
    {
      id: 'notify',
      command: 'notify',
      dir: 'notify',
      icon: 'bell',
      color: 'orange',
      summary: 'tell the team which job and step failed, with log links',
    },
    () => import('./notify/tool.js'),
  ),
  entry(
    {
      id: 'perf-gate',
      command: 'perf',
      dir: 'perf',
      icon: 'activity',
      color: 'red',
      summary: 'compare base and head benchmarks in interleaved rounds on one machine; fail on a real slowdown',
    },
    () => import('./perf/tool.js'),
  ),
];

function entry(meta: ToolMeta, load: () => Promise<{ tool: object }>): ToolEntry {
  return { ...meta, load: async () => ({ ...((await load()).tool as ToolSpec), ...meta }) };
}

export function findTool(nameOrCommand: string): ToolEntry | undefined {
  return TOOLS.find((t) => t.id === nameOrCommand || t.command === nameOrCommand);
}
