// The simulator's patch semantics, checked against what the API server does.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPatch, mergePatch, strategicMerge } from './k8s-simulator/patch.js';
import { fieldSelector, labelSelector } from './k8s-simulator/store.js';

describe('simulator patches', () => {
  it('strategic merge merges containers by name and honours $setElementOrder', () => {
    const live = {
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'app', image: 'a:1', env: [{ name: 'X', value: '1' }] },
              { name: 'side', image: 's:1' },
            ],
          },
        },
      },
    };
    const patch = {
      spec: {
        template: {
          spec: {
            $setElementOrder: undefined,
            '$setElementOrder/containers': [{ name: 'app' }, { name: 'side' }],
            containers: [{ name: 'app', image: 'a:2' }],
          },
        },
      },
    };
    const out = strategicMerge(live, patch);
    expect(out.spec.template.spec.containers).toEqual([
      { name: 'app', image: 'a:2', env: [{ name: 'X', value: '1' }] },
      { name: 'side', image: 's:1' },
    ]);
    expect(strategicMerge({ a: [1, 2], b: 1 }, { a: [3], b: null })).toEqual({ a: [3] });
  });

  it('JSON patch replaces, adds, removes and tests', () => {
    const doc = { metadata: { annotations: { a: '1' } }, spec: { template: { x: 1 } } };
    expect(
      jsonPatch(doc, [
        { op: 'replace', path: '/spec/template', value: { y: 2 } },
        { op: 'add', path: '/metadata/annotations/b~1c', value: '2' },
        { op: 'remove', path: '/metadata/annotations/a' },
      ]),
    ).toEqual({ metadata: { annotations: { 'b/c': '2' } }, spec: { template: { y: 2 } } });
    expect(() => jsonPatch(doc, [{ op: 'test', path: '/spec/template/x', value: 2 }])).toThrow(/test failed/);
  });

  it('a merge patch of the target with itself changes nothing; null deletes (property)', () => {
    const json = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 5 }),
      fc.oneof(fc.integer(), fc.string(), fc.dictionary(fc.string({ minLength: 1, maxLength: 3 }), fc.integer())),
    );
    fc.assert(
      fc.property(json, json, (a, b) => {
        expect(mergePatch(a, a)).toEqual(a);
        const merged = mergePatch(a, b);
        for (const k of Object.keys(b))
          expect(merged[k]).toEqual(typeof b[k] === 'object' ? mergePatch(a[k], b[k]) : b[k]);
        const del = mergePatch(a, Object.fromEntries(Object.keys(a).map((k) => [k, null])));
        expect(del).toEqual({});
      }),
    );
  });

  it.each([
    ['app=api', { app: 'api' }, true],
    ['app=api,tier!=db', { app: 'api', tier: 'db' }, false],
    ['tier in (web,edge)', { tier: 'edge' }, true],
    ['tier notin (web,edge)', { tier: 'edge' }, false],
    ['!legacy,app', { app: 'x' }, true],
  ])('label selector %s', (expr, labels, want) => {
    expect(labelSelector(expr)(labels)).toBe(want);
  });

  it('field selectors read dotted paths', () => {
    expect(fieldSelector('metadata.name=api')({ metadata: { name: 'api' } })).toBe(true);
    expect(
      fieldSelector('involvedObject.name=p1,type!=Normal')({ involvedObject: { name: 'p1' }, type: 'Warning' }),
    ).toBe(true);
  });
});
