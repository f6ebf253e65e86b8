import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerfileSteps, parseBuildSteps, registryPage } from '../../src/docker/build-log.js';

/** Logs of real builds: test/fixtures/docker-build-logs/README.md says how each was made. */
const log = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/docker-build-logs', name), 'utf8');

describe('parseBuildSteps: cached and built steps from real docker output', () => {
  it.each([
    [
      'classic-first.log',
      ['COPY busybox /bin/busybox'],
      ['COPY id.txt /id.txt', 'CMD ["/bin/busybox", "cat", "/id.txt"]'],
    ],
    [
      'classic-partly-cached.log',
      ['COPY busybox /bin/busybox'],
      ['COPY id.txt /id.txt', 'CMD ["/bin/busybox", "cat", "/id.txt"]'],
    ],
    ['buildkit-first.log', ['COPY busybox /bin/busybox'], ['COPY id.txt /id.txt']],
    ['buildkit-partly-cached.log', ['COPY busybox /bin/busybox'], ['COPY id.txt /id.txt']],
  ])('%s', (file, cached, built) => {
    expect(parseBuildSteps(log(file))).toEqual({ cached, built });
  });

  it('buildx stage names and base images (FROM is neither cached nor built)', () => {
    const out = [
      '#4 [build 1/3] FROM docker.io/library/golang:1.22@sha256:abc',
      '#4 CACHED',
      '#5 [build 2/3] RUN go build ./...',
      '#5 CACHED',
      '#6 [build 3/3] RUN go test ./...',
      '#6 DONE 3.2s',
      '#7 [stage-1 1/1] COPY --from=build /app /app',
      '#7 DONE 0.1s',
    ].join('\n');
    expect(parseBuildSteps(out)).toEqual({
      cached: ['RUN go build ./...'],
      built: ['RUN go test ./...', 'COPY --from=build /app /app'],
    });
  });

  it('no steps in the output: undefined, not "0 of 0"', () => {
    expect(parseBuildSteps('Sending build context to Docker daemon\nerror')).toBeUndefined();
  });
});

describe('registryPage', () => {
  it.each([
    ['ghcr.io', 'acme/api', 'v1', 'https://ghcr.io/acme/api'],
    ['docker.io', 'acme/api', '1.2.3', 'https://hub.docker.com/r/acme/api/tags?name=1.2.3'],
    ['docker.io', 'library/redis', '7', 'https://hub.docker.com/_/redis/tags?name=7'],
    ['127.0.0.1:5000', 'acme/api', 'v1', undefined],
    ['123456789012.dkr.ecr.eu-west-1.amazonaws.com', 'api', 'v1', undefined],
  ])('%s/%s:%s → %s', (registry, repository, tag, want) => {
    expect(registryPage(registry, repository, tag)).toBe(want);
  });
});

describe('dockerfileSteps', () => {
  it("leaves out the LABEL steps the classic builder makes of shipline's --label options, not the Dockerfile's", () => {
    const out = [
      'Step 2/5 : COPY app /app',
      ' ---> Using cache',
      'Step 3/5 : LABEL maintainer=ops',
      ' ---> Running in 1',
      'Step 4/5 : LABEL org.opencontainers.image.revision=abc',
      ' ---> Running in 2',
      'Step 5/5 : LABEL org.opencontainers.image.version=1.2.3',
      ' ---> Using cache',
    ].join('\n');
    const labels: Array<[string, string]> = [
      ['org.opencontainers.image.revision', 'abc'],
      ['org.opencontainers.image.version', '1.2.3'],
    ];
    expect(dockerfileSteps(parseBuildSteps(out), labels)).toEqual({
      cached: ['COPY app /app'],
      built: ['LABEL maintainer=ops'],
    });
  });
});
