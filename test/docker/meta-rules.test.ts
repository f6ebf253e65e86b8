/**
 * The `tags` input in docker/metadata-action's syntax, checked against metadata-action's own
 * documented examples: the tables of its README (docker/metadata-action@dc80280, README.md,
 * sections "Semver", "tags input", "type=…", "Global expressions", "Latest tag", "Major version
 * zero") and two flavor cases of its __tests__/meta.test.ts (tag21, tag22). The SHA and refs are
 * those of its event fixtures (__tests__/fixtures/event_tag_v1.1.1.env, event_pull_request.env,
 * event_push_invalidchars.env); its tests fix the clock at 2020-01-10T00:30:00Z, and so do these.
 */
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/docker/expressions.js';
import { TagError, computeTags, type TagSource } from '../../src/docker/tags.js';

const SHA = '860c1904a1ce19322e91ac35af1ab07466440c37';
const NOW = new Date('2020-01-10T00:30:00.000Z');

interface Run {
  eventName?: string;
  flavor?: string[];
  src?: Partial<TagSource>;
}

/** The plan for `ref` under `rules`; its first tag is always shipline's SHA tag. */
function plan(ref: string, rules: string[], run: Run = {}) {
  const eventName = run.eventName ?? (ref.startsWith('refs/pull/') ? 'pull_request' : 'push');
  const src: TagSource = {
    eventName,
    sha: SHA,
    refType: '',
    refName: '',
    defaultBranch: 'master',
    runNumber: '21',
    ref,
    now: NOW,
    commitDate: NOW,
    ...run.src,
  };
  const p = computeTags(src, 'long', rules, { latest: 'auto', branch: true }, run.flavor ?? []);
  expect(p.tags[0]).toBe(p.shaTag);
  expect(p.mode).toBe('rules');
  return p;
}
/** The tags the rules made (shipline's SHA tag left out). */
const tags = (ref: string, rules: string[], run?: Run) => plan(ref, rules, run).tags.slice(1);

describe('README "Semver" usage table', () => {
  const rules = [
    'type=ref,event=branch',
    'type=ref,event=pr',
    'type=semver,pattern={{version}}',
    'type=semver,pattern={{major}}.{{minor}}',
  ];
  it.each([
    ['refs/pull/2/merge', ['pr-2']],
    ['refs/heads/master', ['master']],
    ['refs/heads/releases/v1', ['releases-v1']],
    ['refs/tags/v1.2.3', ['1.2.3', '1.2', 'latest']],
    ['refs/tags/v2.0.8-beta.67', ['2.0.8-beta.67']],
  ])('%s → %j', (ref, want) => {
    expect(tags(ref, rules)).toEqual(want);
  });
});

describe("README 'Basic' table, with metadata-action's default rules written out", () => {
  const defaults = ['type=schedule', 'type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
  it.each([
    ['pull_request', 'refs/pull/2/merge', ['pr-2']],
    ['push', 'refs/heads/master', ['master']],
    ['push', 'refs/heads/releases/v1', ['releases-v1']],
    ['push', 'refs/tags/v1.2.3', ['v1.2.3', 'latest']],
    ['push', 'refs/tags/v2.0.8-beta.67', ['v2.0.8-beta.67', 'latest']],
    ['workflow_dispatch', 'refs/heads/master', ['master']],
  ])('%s %s → %j', (eventName, ref, want) => {
    expect(tags(ref, defaults, { eventName })).toEqual(want);
  });
});

describe('README type=semver table (pre-releases only ever get {{version}} or {{raw}}, and no latest)', () => {
  it.each([
    ['v1.2.3', '{{raw}}', '', 'v1.2.3'],
    ['v1.2.3', '{{version}}', '', '1.2.3'],
    ['v1.2.3', '{{major}}.{{minor}}', '', '1.2'],
    ['v1.2.3', 'v{{major}}', '', 'v1'],
    ['v1.2.3', '{{minor}}', '', '2'],
    ['v1.2.3', '{{patch}}', '', '3'],
    ['p1/v1.2.3', '{{version}}', 'v(\\d.\\d.\\d)$', '1.2.3'],
    ['v2.0.8-beta.67', '{{raw}}', '', 'v2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{version}}', '', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}', '', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', '{{major}}.{{minor}}', '', '2.0.8-beta.67'],
  ])('%s with pattern %s (match %s) → %s', (gitTag, pattern, match, want) => {
    const rule = `type=semver,pattern=${pattern}${match ? `,match=${match}` : ''}`;
    const p = plan(`refs/tags/${gitTag}`, [rule]);
    expect(p.version).toBe(want);
    expect(p.tags.includes('latest')).toBe(!gitTag.includes('-'));
  });

  it('a custom value instead of the git tag (README: value=v1.0.0), on a branch push', () => {
    expect(tags('refs/heads/master', ['type=semver,pattern={{version}},value=v1.0.0'])).toEqual(['1.0.0', 'latest']);
  });

  it('a git tag that is not semver makes no tag, and says so', () => {
    const p = plan('refs/tags/release1', ['type=semver,pattern={{version}}']);
    expect(p.tags).toEqual([SHA]);
    expect(p.warnings).toEqual([
      'type=semver,pattern={{version}}: release1 is not a valid semver (https://semver.org)',
    ]);
  });

  it('README "Major version zero": v0.1.2 makes 0.1.2 and 0.1; the {{major}} rule is disabled by enable=', () => {
    // enable=${{ !startsWith(github.ref, 'refs/tags/v0.') }} reaches the action as "false".
    const rules = [
      'type=semver,pattern={{version}}',
      'type=semver,pattern={{major}}.{{minor}}',
      'type=semver,pattern={{major}},enable=false',
    ];
    expect(tags('refs/tags/v0.1.2', rules)).toEqual(['0.1.2', '0.1', 'latest']);
    // Without the guard metadata-action does make a bare 0 (shipline's own defaults never do).
    expect(tags('refs/tags/v0.1.2', ['type=semver,pattern={{major}}'])).toEqual(['0', 'latest']);
  });
});

describe('README type=pep440 table (dev, pre and post releases only get their normalised version)', () => {
  it.each([
    ['1.2.3', '{{raw}}', '', '1.2.3'],
    ['1.2.3', '{{version}}', '', '1.2.3'],
    ['v1.2.3', '{{version}}', '', '1.2.3'],
    ['1.2.3', '{{major}}.{{minor}}', '', '1.2'],
    ['1.2.3', 'v{{major}}', '', 'v1'],
    ['v1.2.3rc2', '{{raw}}', '', 'v1.2.3rc2'],
    ['1.2.3rc2', '{{version}}', '', '1.2.3rc2'],
    ['p1/v1.2.3', '{{version}}', 'v(\\d.\\d.\\d)$', '1.2.3'],
    ['1.2.3rc2', '{{major}}.{{minor}}', '', '1.2.3rc2'],
    ['1.2.3post1', '{{major}}.{{minor}}', '', '1.2.3.post1'],
    ['1.2.3beta2', '{{major}}.{{minor}}', '', '1.2.3b2'],
    ['1.0dev4', '{{major}}.{{minor}}', '', '1.0.dev4'],
  ])('%s with pattern %s (match %s) → %s', (gitTag, pattern, match, want) => {
    const rule = `type=pep440,pattern=${pattern}${match ? `,match=${match}` : ''}`;
    const p = plan(`refs/tags/${gitTag}`, [rule]);
    expect(p.version).toBe(want);
    expect(p.tags.includes('latest')).toBe(!/rc|post|beta|dev/.test(gitTag));
  });
});

describe('README type=match table', () => {
  it.each([
    ['v1.2.3', '\\d.\\d.\\d', '0', '1.2.3'],
    ['v2.0.8-beta.67', 'v(.*)', '1', '2.0.8-beta.67'],
    ['v2.0.8-beta.67', 'v(\\d.\\d)', '1', '2.0'],
    ['20200110-RC2', '\\d+', '0', '20200110'],
    ['p1/v1.2.3', 'p1/v(\\d.\\d.\\d)', '1', '1.2.3'],
  ])('%s with pattern %s group %s → %s', (gitTag, pattern, group, want) => {
    expect(plan(`refs/tags/${gitTag}`, [`type=match,pattern=${pattern},group=${group}`]).version).toBe(want);
  });
});

describe('README type=ref table (branch names sanitised as metadata-action does: case kept, runs of other characters → -)', () => {
  const rules = ['type=ref,event=branch', 'type=ref,event=tag', 'type=ref,event=pr'];
  it.each([
    ['pull_request', 'refs/pull/2/merge', 'pr-2'],
    ['push', 'refs/heads/master', 'master'],
    ['push', 'refs/heads/my/branch', 'my-branch'],
    ['push', 'refs/tags/v1.2.3', 'v1.2.3'],
    ['push', 'refs/tags/v2.0.8-beta.67', 'v2.0.8-beta.67'],
    ['workflow_dispatch', 'refs/heads/master', 'master'],
    // event_push_invalidchars.env, and a branch with capitals (metadata-action keeps them).
    ['push', 'refs/heads/my/feature#1245', 'my-feature-1245'],
    ['push', 'refs/heads/Feature/Login Page', 'Feature-Login-Page'],
  ])('%s %s → %s', (eventName, ref, want) => {
    expect(plan(ref, rules, { eventName }).version).toBe(want);
  });

  it('pull_request_target: the PR ref, not the base branch the run is on', () => {
    const src = { prNumber: 15, ref: 'refs/heads/master' };
    expect(tags('refs/heads/master', rules, { eventName: 'pull_request_target', src })).toEqual(['pr-15']);
  });
});

describe('README type=sha, type=raw, type=edge, type=schedule', () => {
  it.each([
    ['type=sha', ['sha-860c190']],
    ['type=sha,format=long', [`sha-${SHA}`]],
    ['type=sha,prefix=,suffix=-amd64', ['860c190-amd64']],
    ['type=raw,value=foo', ['foo']],
    ['type=raw,foo', ['foo']],
    ['type=edge', ['edge']],
    ['type=edge,branch=dev', []],
  ])('%s on a push to master → %j', (rule, want) => {
    expect(tags('refs/heads/master', [rule])).toEqual(want);
  });

  it('a line without type= beside rules is type=raw (README: "or foo")', () => {
    expect(tags('refs/heads/master', ['type=ref,event=tag', 'foo', 'bar'])).toEqual(['foo', 'bar']);
  });

  it('DOCKER_METADATA_SHORT_SHA_LENGTH lengthens the short SHA', () => {
    expect(tags('refs/heads/master', ['type=sha'], { src: { shortShaLength: 12 } })).toEqual(['sha-860c1904a1ce']);
  });

  it('type=sha on a pull request is the PR head commit (shipline never tags the merge commit)', () => {
    const head = 'a9c8c5828b91be19d9728548b24759e352367ef1';
    expect(tags('refs/pull/15/merge', ['type=sha'], { src: { prHeadSha: head } })).toEqual(['sha-a9c8c58']);
  });

  it.each([
    ['type=schedule', 'nightly'],
    ['type=schedule,pattern=nightly', 'nightly'],
    ["type=schedule,pattern={{date 'YYYYMMDD'}}", '20200110'],
    ["type=schedule,pattern={{date 'YYYYMMDD-HHmmss' tz='Asia/Tokyo'}}", '20200110-093000'],
  ])('on schedule, %s → %s', (rule, want) => {
    expect(tags('refs/heads/master', [rule], { eventName: 'schedule' })).toEqual([want]);
    expect(tags('refs/heads/master', [rule], { eventName: 'push' })).toEqual([]);
  });
});

describe('attributes and global expressions', () => {
  it.each([
    ['refs/heads/master', 'type=sha,prefix={{branch}}-', 'master-860c190'],
    ['refs/heads/master', 'type=raw,value=mytag-{{branch}}-{{sha}}', 'mytag-master-860c190'],
    ['refs/heads/my/branch', 'type=raw,value=mytag-{{branch}}', 'mytag-my-branch'],
    ['refs/tags/v1.2.3', 'type=raw,value=rel-{{tag}}', 'rel-v1.2.3'],
    ['refs/pull/2/merge', 'type=raw,value=to-{{base_ref}}', 'to-master'],
  ])('%s: %s → %s', (ref, rule, want) => {
    expect(plan(ref, [rule], { src: { baseRef: 'master' } }).version).toBe(want);
  });

  it('README "Latest tag": type=raw,value=latest,enable={{is_default_branch}}', () => {
    const rule = 'type=raw,value=latest,enable={{is_default_branch}}';
    expect(tags('refs/heads/master', [rule])).toEqual(['latest']);
    expect(tags('refs/heads/dev', [rule])).toEqual([]);
  });

  it('priority orders the tags; the first is the version (README "priority attribute")', () => {
    expect(plan('refs/heads/master', ['type=sha', 'type=ref,event=branch']).tags).toEqual([
      SHA,
      'master',
      'sha-860c190',
    ]);
    expect(plan('refs/heads/master', ['type=ref,event=branch', 'type=sha,priority=1001']).version).toBe('sha-860c190');
  });

  it('enable= must come out as true or false', () => {
    expect(() => plan('refs/heads/master', ['type=sha,enable=yes'])).toThrow(/enable=yes/);
  });
});

describe('flavor', () => {
  it.each([
    // metadata-action __tests__/meta.test.ts, tag21 and tag22 (event_tag_v1.1.1.env)
    [['suffix=-dev,onlatest=true'], ['1.1.1-dev', 'latest-dev']],
    [
      ['prefix=foo-,onlatest=true', 'suffix=-dev,onlatest=true'],
      ['foo-1.1.1-dev', 'foo-latest-dev'],
    ],
    [['prefix=foo-'], ['foo-1.1.1', 'latest']],
    [['latest=false'], ['1.1.1']],
  ])('%j on v1.1.1 → %j', (flavor, want) => {
    const rules = ['type=semver,pattern={{version}}', 'type=semver,pattern={{major}}.{{minor}}.{{patch}}'];
    expect(tags('refs/tags/v1.1.1', rules, { flavor })).toEqual(want);
  });

  it('latest=true adds latest on a branch; a rule prefix beats the flavor prefix', () => {
    expect(tags('refs/heads/dev', ['type=ref,event=branch'], { flavor: ['latest=true'] })).toEqual(['dev', 'latest']);
    expect(tags('refs/heads/dev', ['type=ref,event=branch,prefix=b-'], { flavor: ['prefix=f-'] })).toEqual(['b-dev']);
  });
});

describe('mistakes name the input and the fix', () => {
  const src: TagSource = {
    eventName: 'push',
    sha: SHA,
    refType: 'branch',
    refName: 'master',
    defaultBranch: 'master',
    runNumber: '1',
  };
  it.each([
    [['type=bogus'], [], 'tags', /unknown type=bogus; use one of: schedule, semver/],
    [['type=semver'], [], 'tags', /has no pattern=; add one, e.g. type=semver,pattern=\{\{version\}\}/],
    [['type=ref'], [], 'tags', /has no event=/],
    [['type=ref,event=push'], [], 'tags', /event=push; use event=branch, event=tag or event=pr/],
    [['type=sha,format=medium'], [], 'tags', /format=medium/],
    [['type=raw,value={{version}}'], [], 'tags', /"\{\{version\}\}" is not an expression metadata-action knows here/],
    [['type=sha', '{branch}-{run-number}'], [], 'tags', /shipline \{placeholder\} beside type= rules/],
    [['type=raw,"value=a'], [], 'tags', /unclosed quote/],
    [['type=raw,value="a"'], [], 'tags', /quote inside a field/],
    [['type=sha'], ['latest=maybe'], 'flavor', /latest=maybe; use latest=auto, latest=true or latest=false/],
    [['type=sha'], ['colour=blue'], 'flavor', /unknown entry colour=/],
    [['stable'], ['prefix=v-'], 'flavor', /prefix= and suffix= apply to type= rules only/],
    [["type=schedule,pattern={{date 'YYYY' tz='Mars/Olympus'}}"], [], 'tags', /time zone "Mars\/Olympus" is unknown/],
  ])('%j %j', (rules, flavor, input, message) => {
    const s = { ...src, eventName: rules[0].includes('schedule') ? 'schedule' : 'push' };
    let err: unknown;
    try {
      computeTags(s, 'long', rules, undefined, flavor);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TagError);
    expect((err as TagError).input).toBe(input);
    expect((err as TagError).message).toMatch(message);
  });

  it('without type= rules, flavor latest= still works and the defaults stay', () => {
    const p = computeTags({ ...src, refName: 'dev' }, 'long', ['stable'], undefined, ['latest=true']);
    expect(p.mode).toBe('default');
    expect(p.tags).toEqual([SHA, 'dev', 'latest', 'stable']);
  });
});

describe('moment formats ({{date}}), README "Global expressions" examples', () => {
  it.each([
    ['YYYYMMDD', 'UTC', '2020-01-10T15:25:50Z', '20200110'],
    ['dddd, MMMM Do YYYY, h:mm:ss a', 'UTC', '2020-01-10T15:25:50Z', 'Friday, January 10th 2020, 3:25:50 pm'],
    ['YYYYMMDD-HHmmss', 'Asia/Tokyo', '2020-01-10T00:30:00Z', '20200110-093000'],
    ['YYYY-MM-DDTHH:mm:ss.SSS[Z]', 'UTC', '2020-01-10T00:30:00.123Z', '2020-01-10T00:30:00.123Z'],
    ['YYYY-MM-DD HH:mm Z', 'America/New_York', '2020-07-01T12:00:00Z', '2020-07-01 08:00 -04:00'],
  ])('%s in %s at %s → %s', (format, tz, at, want) => {
    expect(formatDate(new Date(at), format, tz)).toBe(want);
  });
});
