import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Seconds each file of 8 s or more took in a fresh-clone CI run (`.ci/run`, vitest's per-file
 * times; the Node template and docker files as they ran after the vitest --exclude and overlay2
 * changes). Only used where vitest has no result of its own for a file (a fresh clone, as in
 * CI), so a long file starts first instead of last and never becomes the tail of the run;
 * vitest's recorded durations win whenever they exist.
 */
const EXPECTED_SECONDS: Record<string, number> = {
  'test/deploy/bluegreen.test.ts': 63,
  'test/workflows/run-node-template.test.ts': 60,
  'test/deploy/overlap-progressive.test.ts': 57,
  'test/deploy/action.test.ts': 56,
  'test/faults/docker.test.ts': 50,
  'test/ecosystem/local-action.test.ts': 48,
  'test/deploy/action-errors.test.ts': 42,
  'test/workflows/demo.test.ts': 40,
  'test/workflows/run-templates.test.ts': 39,
  'test/docker/engine.test.ts': 30,
  'test/workflow-executor/e2e.test.ts': 29,
  'test/deploy/canary.test.ts': 29,
  'test/perf/formats.test.ts': 26,
  'test/lint/engine.test.ts': 24,
  'test/notify/action.test.ts': 22,
  'test/shard/overhead.test.ts': 21,
  'test/deploy/overlap.test.ts': 20,
  'test/deploy/simulator.test.ts': 19,
  'test/perf/engine.test.ts': 18,
  'test/lint/action.test.ts': 18,
  'test/deploy/workloads.test.ts': 18,
  'test/coverage/go-statements.test.ts': 18,
  'test/shard/action.test.ts': 15,
  'test/workflows/validate.test.ts': 14,
  'test/ecosystem/npm-package.test.ts': 14,
  'test/coverage/streaming.test.ts': 14,
  'test/docker/engine-rules.test.ts': 13,
  'test/workflows/examples.test.ts': 12,
  'test/workflows/example-service.test.ts': 12,
  'test/faults/notify.test.ts': 12,
  'test/faults/perf.test.ts': 11,
  'test/workflows/build-context.test.ts': 10,
  'test/lint/parsers-more.test.ts': 10,
  'test/deploy/verify.test.ts': 10,
  'test/workflows/run-cd.test.ts': 9,
  'test/faults/deploy.test.ts': 9,
  'test/docker/action.test.ts': 9,
  'test/deploy/github.test.ts': 9,
  'test/coverage/action.test.ts': 9,
  'test/perf/comment.test.ts': 8,
  'test/coverage/real-tools.test.ts': 8,
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
