import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds the longest files took in a quiet full run. Only used where vitest has no result
 * of its own for a file (a fresh clone, as in CI), so a long file starts first instead of last
 * and never becomes the tail of the run; vitest's recorded durations win whenever they exist.
 */
const EXPECTED_SECONDS: Record<string, number> = {
  'test/workflows/run-node-template.test.ts': 120,
  'test/workflows/demo.test.ts': 100,
  'test/ecosystem/local-action.test.ts': 60,
  'test/faults/docker.test.ts': 80,
  'test/deploy/bluegreen.test.ts': 60,
  'test/deploy/overlap-progressive.test.ts': 60,
  'test/coverage/streaming.test.ts': 25,
  'test/deploy/action.test.ts': 50,
  'test/workflow-executor/e2e.test.ts': 50,
  'test/workflows/run-templates.test.ts': 40,
  'test/workflows/run-cd.test.ts': 30,
  'test/deploy/action-errors.test.ts': 30,
  'test/docker/engine.test.ts': 25,
  'test/docker/engine-rules.test.ts': 20,
  'test/notify/action.test.ts': 20,
  'test/lint/action.test.ts': 15,
  'test/lint/engine.test.ts': 15,
  'test/shard/action.test.ts': 15,
  'test/deploy/simulator.test.ts': 15,
  'test/coverage/action.test.ts': 12,
};

/** Longest first, by vitest's last recorded duration or the estimate above; failed files first. */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const cache = this.ctx.cache;
    const known = (f: TestSpecification) => {
      const rel = relative(root, f.moduleId);
      const last = cache.getFileTestResults(`${f.project.name}:${rel}`);
      const size = cache.getFileStats(`${f.project.name}:${rel}`)?.size ?? 0;
      return {
        failed: last?.failed ? 1 : 0,
        ms: last?.duration ?? (EXPECTED_SECONDS[rel] ?? 0) * 1000,
        size,
        group: f.project.config.sequence.groupOrder,
      };
    };
    const keyed = files.map((f) => ({ f, k: known(f) }));
    keyed.sort((a, b) => a.k.group - b.k.group || b.k.failed - a.k.failed || b.k.ms - a.k.ms || b.k.size - a.k.size);
    return keyed.map((x) => x.f);
  }
}
