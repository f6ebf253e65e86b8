/**
 * What a build's output says about its steps: which came from the layer cache and which were
 * built. The classic builder prints `Step 2/5 : COPY …` then ` ---> Using cache` for a cached
 * step; BuildKit's plain progress prints `#5 [2/5] COPY …` then `#5 CACHED`. Pure; no I/O.
 */

export interface BuildSteps {
  cached: string[];
  built: string[];
}

const CLASSIC_STEP = /^Step \d+\/\d+ : (.*)$/;
const BUILDKIT_STEP = /^#(\d+) \[(?:[^\]]*\s)?\d+\/\d+\] (.*)$/;

/** Steps of a build log, cached or built; FROM lines (base images) are neither. Undefined when none are found. */
export function parseBuildSteps(output: string): BuildSteps | undefined {
  const lines = output.split(/\r?\n/).map((l) => l.trimEnd());
  const steps: Array<{ name: string; cached: boolean }> = [];
  const byId = new Map<string, { name: string; cached: boolean }>();
  let current: { name: string; cached: boolean } | undefined;
  for (const line of lines) {
    const classic = CLASSIC_STEP.exec(line);
    if (classic) {
      current = /^FROM\s/i.test(classic[1]) ? undefined : { name: classic[1], cached: false };
      if (current) steps.push(current);
      continue;
    }
    if (current && /^\s*---> Using cache$/.test(line)) current.cached = true;
    const bk = BUILDKIT_STEP.exec(line);
    if (bk) {
      if (!byId.has(bk[1]) && !/^FROM\s/i.test(bk[2])) {
        const step = { name: bk[2], cached: false };
        byId.set(bk[1], step);
        steps.push(step);
      }
      continue;
    }
    const cachedId = /^#(\d+) CACHED$/.exec(line)?.[1];
    const step = cachedId ? byId.get(cachedId) : undefined;
    if (step) step.cached = true;
  }
  if (!steps.length) return undefined;
  return {
    cached: steps.filter((s) => s.cached).map((s) => s.name),
    built: steps.filter((s) => !s.cached).map((s) => s.name),
  };
}

/**
 * The Dockerfile's own steps: the classic builder turns each `--label` into a LABEL step of
 * its own at the end, which says nothing about the build, so those are left out.
 */
export function dockerfileSteps(
  steps: BuildSteps | undefined,
  labels: Array<[string, string]>,
): BuildSteps | undefined {
  if (!steps) return undefined;
  const keys = new Set(labels.map(([k]) => k));
  const ours = (s: string) => /^LABEL /.test(s) && keys.has(s.slice(6).split('=')[0]);
  return { cached: steps.cached.filter((s) => !ours(s)), built: steps.built.filter((s) => !ours(s)) };
}

/** A web page for the image on registries that have one (ghcr.io → GitHub packages, docker.io → Docker Hub). */
export function registryPage(registry: string, repository: string, tag: string): string | undefined {
  if (registry === 'ghcr.io') {
    // ghcr.io/<owner>/<name> in a browser opens the package's page on GitHub.
    return `https://ghcr.io/${repository}`;
  }
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    const q = `?name=${encodeURIComponent(tag)}`;
    return repository.startsWith('library/')
      ? `https://hub.docker.com/_/${repository.slice(8)}/tags${q}`
      : `https://hub.docker.com/r/${repository}/tags${q}`;
  }
  return undefined;
}
