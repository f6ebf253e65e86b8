import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePep440, parseSemver } from '../../src/docker/versions.js';

interface Expected {
  input: string;
  valid: boolean;
  normalized?: string;
  is_prerelease?: boolean;
  is_postrelease?: boolean;
  is_devrelease?: boolean;
  major?: number;
  minor?: number;
  patch?: number;
}
/** Made by Python's packaging, the PEP 440 reference (test/fixtures/pep440/make.py says how). */
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/pep440/versions.json'), 'utf8')) as {
  versions: Expected[];
};

describe('parsePep440 agrees with Python packaging', () => {
  it.each(fixture.versions.map((v) => [v.input, v] as const))('%j', (input, want) => {
    const got = parsePep440(input);
    if (!want.valid) {
      expect(got).toBeUndefined();
      return;
    }
    expect(got).toBeDefined();
    expect({
      normalized: got!.normalized,
      is_prerelease: got!.isPrerelease,
      is_postrelease: got!.isPostrelease,
      is_devrelease: got!.isDevrelease,
      major: got!.release[0],
      minor: got!.release[1] ?? 0,
      patch: got!.release[2] ?? 0,
    }).toEqual({
      normalized: want.normalized,
      is_prerelease: want.is_prerelease,
      is_postrelease: want.is_postrelease,
      is_devrelease: want.is_devrelease,
      major: want.major,
      minor: want.minor,
      patch: want.patch,
    });
  });
});

describe("parseSemver: node-semver's strict valid() (semver.org, optional leading v)", () => {
  it.each([
    ['v1.2.3', '1.2.3', []],
    ['1.2.3', '1.2.3', []],
    ['v2.0.8-beta.67', '2.0.8-beta.67', ['beta', '67']],
    ['1.0.0+build.5', '1.0.0', []],
    ['1.0.0-rc.1+build', '1.0.0-rc.1', ['rc', '1']],
  ])('%s → version %s, prerelease %j', (raw, version, prerelease) => {
    expect(parseSemver(raw)).toMatchObject({ version, prerelease });
  });

  it.each(['1.2', 'v1', '01.2.3', '1.2.3-01', '1.2.3-', 'release1', '20200110-RC2', 'vv1.2.3', '1.2.3.4'])(
    '%s is not semver',
    (raw) => {
      expect(parseSemver(raw)).toBeUndefined();
    },
  );
});
