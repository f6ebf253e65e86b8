import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isProblem, parseImageName, slugTag, tagProblem } from '../../src/docker/reference.js';
import { TagError, computeTags, expandTemplate, ociLabels, semverTags, type TagSource } from '../../src/docker/tags.js';

const SHA = 'a'.repeat(8) + '0123456789abcdef0123456789abcdef';
const HEAD = 'b'.repeat(8) + 'fedcba9876543210fedcba9876543210';
const push = (over: Partial<TagSource> = {}): TagSource => ({
  eventName: 'push',
  sha: SHA,
  refType: 'branch',
  refName: 'main',
  defaultBranch: 'main',
  runNumber: '17',
  ...over,
});
const pr = (over: Partial<TagSource> = {}): TagSource => ({
  eventName: 'pull_request',
  sha: SHA,
  prHeadSha: HEAD,
  prNumber: 42,
  prHeadRef: 'feature/Login-Page',
  refType: '',
  refName: '42/merge',
  defaultBranch: 'main',
  runNumber: '17',
  ...over,
});
const TAG_GRAMMAR = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

describe('computeTags', () => {
  it.each([
    ['push to the default branch', push(), 'long', [SHA, 'main', 'latest']],
    ['push to another branch', push({ refName: 'release/2.x' }), 'long', [SHA, 'release-2.x']],
    ['short SHA', push({ refName: 'dev' }), 'short', [SHA.slice(0, 7), 'dev']],
    ['pull request: head SHA, not the merge commit', pr(), 'long', [HEAD, 'feature-login-page', 'pr-42']],
    [
      'pull_request_target too',
      pr({ eventName: 'pull_request_target' }),
      'short',
      [HEAD.slice(0, 7), 'feature-login-page', 'pr-42'],
    ],
    ['v1.2.3 tag', push({ refType: 'tag', refName: 'v1.2.3' }), 'long', [SHA, '1.2.3', '1.2', '1']],
    ['1.2.3 without v', push({ refType: 'tag', refName: '1.2.3' }), 'long', [SHA, '1.2.3', '1.2', '1']],
    ['v0.4.1: no bare 0', push({ refType: 'tag', refName: 'v0.4.1' }), 'long', [SHA, '0.4.1', '0.4']],
    [
      'pre-release: only the full version',
      push({ refType: 'tag', refName: 'v2.0.0-rc.1' }),
      'long',
      [SHA, '2.0.0-rc.1'],
    ],
    ['build metadata dropped', push({ refType: 'tag', refName: 'v1.0.0+build.5' }), 'long', [SHA, '1.0.0', '1.0', '1']],
    [
      'non-semver git tag is slugged',
      push({ refType: 'tag', refName: 'Release_2026/Nov' }),
      'long',
      [SHA, 'release_2026-nov'],
    ],
    ['default branch unknown (local CLI): no latest', push({ defaultBranch: '' }), 'long', [SHA, 'main']],
    ['no branch at all (detached)', push({ refType: '', refName: '' }), 'long', [SHA]],
  ] as const)('%s', (_, src, format, want) => {
    expect(computeTags(src, format, []).tags).toEqual(want);
  });

  it('never uses the merge SHA on a pull request, whatever it is', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{40}$/), fc.stringMatching(/^[0-9a-f]{40}$/), (merge, head) => {
        fc.pre(merge !== head);
        const plan = computeTags(pr({ sha: merge, prHeadSha: head }), 'long', ['{sha}-x']);
        expect(plan.sha).toBe(head);
        expect(plan.tags.join(' ')).not.toContain(merge);
      }),
    );
  });

  it('expands templates, and drops a line whose placeholder is empty in this run', () => {
    const plan = computeTags(push({ refName: 'main' }), 'long', [
      '{branch}-{run-number}',
      'sha-{short-sha}',
      'rel-{tag}',
      'stable',
      'full-{sha}',
    ]);
    expect(plan.tags).toEqual([SHA, 'main', 'latest', 'main-17', `sha-${SHA.slice(0, 7)}`, 'stable', `full-${SHA}`]);
    expect(plan.dropped).toEqual(['rel-{tag}']);
    expect(computeTags(push({ refType: 'tag', refName: 'v3.1.0' }), 'long', ['rel-{tag}']).tags).toContain(
      'rel-v3.1.0',
    );
  });

  it('deduplicates tags (an extra "latest" on main)', () => {
    expect(computeTags(push(), 'long', ['latest', 'main']).tags).toEqual([SHA, 'main', 'latest']);
  });

  it.each([
    ['an unknown placeholder', ['{commit}'], /unknown placeholder \{commit\}/],
    ['a full reference', ['ghcr.io/acme/api:x'], /is a reference, not a tag/],
    ['a tag starting with "."', ['.hidden'], /not a valid Docker tag/],
    ['a tag with a space', ['two words'], /not a valid Docker tag/],
    ['a tag over 128 characters', ['x'.repeat(129)], /129 characters/],
    ['a template growing past 128', [`${'y'.repeat(100)}-{sha}`], /141 characters/],
  ])('rejects %s', (_, extra, message) => {
    expect(() => computeTags(push(), 'long', extra)).toThrow(TagError);
    expect(() => computeTags(push(), 'long', extra)).toThrow(message);
  });

  it('a tag of exactly 128 characters is fine', () => {
    expect(computeTags(push(), 'long', ['z'.repeat(128)]).tags).toContain('z'.repeat(128));
  });

  it('rejects a missing or non-hex SHA', () => {
    // No SHA at all is not a fault of any input (it used to blame sha-format): it says what is missing.
    expect(() => computeTags(push({ sha: '' }), 'long', [])).toThrow(/no commit SHA: GITHUB_SHA is empty/);
    expect(() => computeTags(push({ sha: 'HEAD' }), 'long', [])).toThrow(/not a hex SHA/);
  });

  it('version label: semver, else git tag, else branch', () => {
    expect(computeTags(push({ refType: 'tag', refName: 'v1.2.3' }), 'long', []).version).toBe('1.2.3');
    expect(computeTags(push({ refName: 'feat/x' }), 'long', []).version).toBe('feat-x');
    expect(computeTags(push({ refType: '', refName: '' }), 'long', []).version).toBe(SHA);
  });
});

describe('slugTag', () => {
  it.each([
    ['main', 'main'],
    ['feature/Login-Page', 'feature-login-page'],
    ['dependabot/npm_and_yarn/lodash-4.17.21', 'dependabot-npm_and_yarn-lodash-4.17.21'],
    ['-leading.dots', 'leading.dots'],
    ['..x', 'x'],
    ['ünïcode branch', 'n-code-branch'],
    ['///', undefined],
    ['a'.repeat(300), 'a'.repeat(128)],
  ])('%s → %s', (input, want) => {
    expect(slugTag(input)).toBe(want);
  });

  it('always yields a valid Docker tag (or nothing), for any branch name', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const s = slugTag(name);
        if (s !== undefined) {
          expect(s).toMatch(TAG_GRAMMAR);
          expect(tagProblem(s)).toBeUndefined();
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('semverTags and templates', () => {
  it.each([
    ['v1.2.3', ['1.2.3', '1.2', '1']],
    ['v10.20.30', ['10.20.30', '10.20', '10']],
    ['v1.2', undefined],
    ['v01.2.3', undefined],
    ['release', undefined],
  ])('%s', (tag, want) => expect(semverTags(tag)).toEqual(want));

  it('expandTemplate leaves text without placeholders alone', () => {
    expect(
      expandTemplate('plain', { sha: 'x', 'short-sha': 'x', branch: undefined, tag: undefined, 'run-number': '1' }),
    ).toBe('plain');
  });
});

describe('parseImageName (Docker reference grammar)', () => {
  it.each([
    ['ghcr.io/acme/api', 'ghcr.io', 'acme/api'],
    ['acme/api', 'docker.io', 'acme/api'],
    ['redis', 'docker.io', 'library/redis'],
    ['localhost/x', 'localhost', 'x'],
    ['localhost:5000/team/app', 'localhost:5000', 'team/app'],
    ['127.0.0.1:5000/a/b/c', '127.0.0.1:5000', 'a/b/c'],
    ['registry.example.com:443/my_app.v2__x-y', 'registry.example.com:443', 'my_app.v2__x-y'],
    ['[::1]:5000/ipv6', '[::1]:5000', 'ipv6'],
    ['Registry.Example.com/acme/api', 'Registry.Example.com', 'acme/api'],
  ])('%s', (name, registry, repository) => {
    const r = parseImageName(name);
    expect(isProblem(r) ? r.problem : r).toEqual({ name, registry, repository });
  });

  it.each([
    ['ghcr.io/Acme/api', /upper case letters in "Acme"/],
    ['Acme/api', /upper case/],
    ['acme/API', /upper case/],
    ['ghcr.io/acme/api:v1', /has a tag/],
    ['acme/api@sha256:' + 'a'.repeat(64), /has a digest/],
    ['bad_host.io:port/x', /not a valid registry/],
    ['-bad.io/x', /not a valid registry/],
    ['ghcr.io/acme//api', /empty path element/],
    ['ghcr.io/acme/-api', /not a valid repository name element/],
    ['ghcr.io/acme/api-', /not a valid repository name element/],
    ['ghcr.io/', /no repository after the registry/],
    ['', /is empty/],
    ['a/' + 'b'.repeat(260), /characters/],
  ])('rejects %s', (name, message) => {
    const r = parseImageName(name);
    expect(isProblem(r)).toBe(true);
    expect(isProblem(r) && r.problem).toMatch(message);
  });
});

describe('ociLabels', () => {
  it('sets the OCI labels and lets the user override them', () => {
    const labels = Object.fromEntries(
      ociLabels(
        {
          sha: SHA,
          version: '1.2.3',
          serverUrl: 'https://github.com',
          repository: 'acme/api',
          created: new Date('2026-01-02T03:04:05Z'),
        },
        [
          ['org.opencontainers.image.title', 'API'],
          ['team', 'core'],
        ],
      ),
    );
    expect(labels).toEqual({
      'org.opencontainers.image.revision': SHA,
      'org.opencontainers.image.created': '2026-01-02T03:04:05.000Z',
      'org.opencontainers.image.version': '1.2.3',
      'org.opencontainers.image.source': 'https://github.com/acme/api',
      'org.opencontainers.image.url': 'https://github.com/acme/api',
      'org.opencontainers.image.title': 'API',
      team: 'core',
    });
  });
});
