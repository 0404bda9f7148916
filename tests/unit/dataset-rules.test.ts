import { describe, expect, it } from 'vitest';
import { crossRecordProblems, schemaProblems } from '../../src/shared/dataset-rules';
import { app, entity, jurisdiction, law, src } from './helpers/records';

const base = () => [jurisdiction('cn', [law('nil', ['compelled-assistance'])]), jurisdiction('ky'), entity('parent', 'ky'), entity('child', 'cn', 'parent'), app('chat', 'child')];

describe('schemaProblems', () => {
  it('accepts valid records', () => {
    for (const r of base()) expect(schemaProblems(r)).toEqual([]);
  });

  it('names the record and the field', () => {
    const bad = { ...app('chat', 'child'), stores: [{ type: 'android', id: 'com.x', sources: [] }] };
    expect(schemaProblems(bad)).toContainEqual(expect.objectContaining({ record: 'app:chat', field: '/stores/0/sources' }));
  });

  it('rejects non-https sources, unknown fields and missing fields', () => {
    const http = { ...app('a', 'child'), publishers: [{ entity: 'child', region: 'x', sources: [{ ...src(1), url: 'http://example.org/' }] }] };
    expect(schemaProblems(http)[0]?.field).toBe('/publishers/0/sources/0/url');
    const js = { ...app('a', 'child'), publishers: [{ entity: 'child', region: 'x', sources: [{ ...src(1), url: 'javascript:alert(1)' }] }] };
    expect(schemaProblems(js)[0]?.field).toBe('/publishers/0/sources/0/url');
    expect(schemaProblems({ ...app('a', 'child'), extra: 1 })[0]?.field).toBe('/extra');
    const { name: _, ...noName } = app('a', 'child');
    expect(schemaProblems(noName)[0]?.field).toBe('/name');
    expect(schemaProblems('nope')[0]?.record).toBe('record 1');
  });
});

describe('crossRecordProblems', () => {
  it('finds nothing in a consistent set', () => {
    expect(crossRecordProblems(base())).toEqual([]);
  });

  it('reports duplicate ids', () => {
    expect(crossRecordProblems([...base(), app('chat', 'child', [{ type: 'apple', id: '1', sources: [src(1)] }])])).toContainEqual(
      expect.objectContaining({ record: 'app:chat', field: '/id' }),
    );
  });

  it('reports dangling references with their field', () => {
    const problems = crossRecordProblems([...base(), app('orphan', 'nobody', [{ type: 'apple', id: '2', sources: [src(1)] }]), entity('e', 'zz')]);
    expect(problems).toContainEqual(expect.objectContaining({ record: 'app:orphan', field: '/publishers/0/entity' }));
    expect(problems).toContainEqual(expect.objectContaining({ record: 'entity:e', field: '/domicile/jurisdiction' }));
  });

  it('reports parent cycles once', () => {
    const problems = crossRecordProblems([jurisdiction('cn'), entity('a', 'cn', 'b'), entity('b', 'cn', 'c'), entity('c', 'cn', 'a')]);
    expect(problems.filter((p) => /loops/.test(p.message))).toHaveLength(1);
  });

  it('reports a self-parent', () => {
    expect(crossRecordProblems([jurisdiction('cn'), entity('a', 'cn', 'a')])[0]?.message).toMatch(/loops/);
  });

  it('reports one store id claimed by two apps', () => {
    const stores = [{ type: 'android' as const, id: 'com.same', sources: [src(1)] }];
    const problems = crossRecordProblems([...base(), app('x', 'child', stores), app('y', 'child', stores)]);
    expect(problems).toContainEqual(expect.objectContaining({ record: 'app:y', field: '/stores/0/id' }));
  });
});
