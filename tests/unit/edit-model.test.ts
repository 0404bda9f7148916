// The options page's editing model (issue 5): editing a draft along JSON pointers, the form's field
// table against the schema, diff against the bundled record, reset, fingerprints of the base and the
// conflict after an update, import preview, problems placed on fields, quota and stale-save checks.
import { describe, expect, it } from 'vitest';
import schema from '../../schema/dataset.schema.json';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { schemaProblems } from '../../src/shared/dataset-rules';
import type { AppRecord } from '../../src/shared/dataset-types';
import { RECORD_KINDS } from '../../src/shared/dataset-types';
import { baseChanged, driftedKeys, keepMine } from '../../src/shared/edit-model/base-drift';
import { problemsByField } from '../../src/shared/edit-model/field-problems';
import type { FieldSpec } from '../../src/shared/edit-model/field-table';
import { emptyItem, RECORD_FIELDS } from '../../src/shared/edit-model/field-table';
import { canonicalJson, fingerprint } from '../../src/shared/edit-model/fingerprint';
import { previewImport } from '../../src/shared/edit-model/import-preview';
import { getAt, parsePointer, setAt, toPointer } from '../../src/shared/edit-model/json-pointer';
import { diffRecords } from '../../src/shared/edit-model/record-diff';
import { resetAll, saveDraft } from '../../src/shared/edit-model/record-edits';
import { checkQuota, isStale, revisionOf } from '../../src/shared/edit-model/save-guard';
import { exportLayer, resetRecord } from '../../src/shared/user-edits';
import type { UserLayer } from '../../src/shared/user-layer';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { app, entity, jurisdiction, src } from './helpers/records';

const bundled = compileDataset([jurisdiction('us'), jurisdiction('cn'), entity('acme-llc', 'us'), entity('other-co', 'cn'), app('widget', 'acme-llc')]);
const widget = bundled.records['app:widget'] as AppRecord;
const renamed = { ...widget, name: 'Widget Pro' };

function saved(layer: UserLayer, draft: unknown, replacing: string | null): UserLayer {
  const result = saveDraft(bundled, layer, draft, replacing);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.layer;
}

describe('editing a draft along JSON pointers', () => {
  it('sets, adds and removes fields and list items without touching the original', () => {
    const path = parsePointer('/publishers/0/entity');
    const edited = setAt(widget, path, 'other-co');
    expect(getAt(edited, path)).toBe('other-co');
    expect(widget.publishers[0]!.entity).toBe('acme-llc');
    const withName = setAt(widget, ['names'], ['W']);
    expect((withName as AppRecord).names).toEqual(['W']);
    expect('names' in (setAt(withName, ['names'], undefined) as object)).toBe(false);
    const twoStores = setAt(widget, ['stores', 1], { type: 'apple', id: '1', sources: [src(1)] }) as AppRecord;
    expect(twoStores.stores).toHaveLength(2);
    expect((setAt(twoStores, ['stores', 0], undefined) as AppRecord).stores.map((s) => s.type)).toEqual(['apple']);
  });

  it('round-trips pointers with escaped characters', () => {
    expect(parsePointer(toPointer(['a/b', 'c~d', 0]))).toEqual(['a/b', 'c~d', '0']);
  });
});

describe('the field table (the one description the form is generated from)', () => {
  type Def = { required?: string[]; properties?: Record<string, Prop> };
  type Prop = { $ref?: string; type?: string; items?: Prop; enum?: string[] };
  const defs = (schema as unknown as { definitions: Record<string, Def> }).definitions;
  const resolve = (p: Prop): Prop & Def => (p.$ref ? (defs[p.$ref.split('/').pop()!] as Prop & Def) : (p as Prop & Def));

  function compare(fields: FieldSpec[], def: Def, at: string): void {
    // A record's own "kind" is fixed by the record it is, not a field of the form.
    const props = Object.keys(def.properties ?? {}).filter((k) => at.includes('/') || k !== 'kind');
    expect(fields.map((f) => f.name).sort(), `${at}: fields`).toEqual(props.sort());
    for (const f of fields) {
      const prop = resolve(def.properties![f.name]!);
      expect(f.required, `${at}/${f.name}: required`).toBe((def.required ?? []).includes(f.name));
      const isList = prop.type === 'array';
      expect(f.kind === 'objects' || f.kind === 'strings', `${at}/${f.name}: list`).toBe(isList);
      const inner = isList ? resolve(prop.items!) : prop;
      if (f.fields) compare(f.fields, inner, `${at}/${f.name}`);
      if (inner.enum) expect([...(f.values ?? [])].sort(), `${at}/${f.name}: values`).toEqual([...inner.enum].sort());
    }
  }

  it.each(RECORD_KINDS)('covers every field of a %s, as the schema has it', (kind) => {
    compare(RECORD_FIELDS[kind], defs[kind]!, kind);
  });

  it('starts new list items with their required parts, so validation names what is missing', () => {
    const stores = RECORD_FIELDS.app.find((f) => f.name === 'stores')!;
    const item = emptyItem(stores) as Record<string, unknown>;
    expect(Object.keys(item).sort()).toEqual(['id', 'sources', 'type']);
    const problems = schemaProblems(setAt(widget, ['stores', 1], item)).map((p) => p.field);
    expect(problems).toContain('/stores/1/id');
    expect(problems.some((p) => p.startsWith('/stores/1/sources/0/'))).toBe(true);
  });
});

describe('saving, diff and reset', () => {
  it('saves an edit with the fingerprint of the bundled record it was based on', () => {
    const layer = saved(emptyUserLayer(), renamed, 'app:widget');
    expect(layer.overrides['app:widget']!.basedOn).toBe(fingerprint(widget));
    expect(saved(emptyUserLayer(), app('new-one', 'acme-llc', [{ type: 'android', id: 'com.new', sources: [src(1)] }]), null).overrides['app:new-one']!.basedOn).toBeUndefined();
  });

  it('refuses invalid drafts and a new record that takes an existing id, leaving the layer as it was', () => {
    const layer = emptyUserLayer();
    const bad = saveDraft(bundled, layer, { ...widget, lastReviewed: 'soon' }, 'app:widget');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.field)).toEqual(['/lastReviewed']);
    const clash = saveDraft(bundled, layer, renamed, null);
    expect(!clash.ok && clash.problems[0]).toMatchObject({ record: 'app:widget', field: '/id' });
    const dangling = saveDraft(bundled, layer, { ...widget, publishers: [{ ...widget.publishers[0]!, entity: 'nobody' }] }, 'app:widget');
    expect(!dangling.ok && dangling.problems[0]!.field).toBe('/publishers/0/entity');
    expect(layer).toEqual(emptyUserLayer());
  });

  it('diffs field by field, lists item by item', () => {
    const mine = { ...renamed, stores: [widget.stores[0]!, { type: 'apple', id: '42', sources: [src(2)] }], names: ['W'] };
    const changes = diffRecords(widget, mine);
    expect(changes.map((c) => toPointer(c.path))).toEqual(['/name', '/stores/1', '/names']);
    expect(changes[0]).toEqual({ path: ['name'], before: 'App widget', after: 'Widget Pro' });
    expect(changes[1]).not.toHaveProperty('before');
    expect(diffRecords(widget, { ...widget })).toEqual([]);
  });

  it('resets one record or all of them', () => {
    const layer = saved(saved(emptyUserLayer(), renamed, 'app:widget'), { ...(bundled.records['entity:acme-llc'] as object), legalName: 'Acme' }, 'entity:acme-llc');
    const one = resetRecord(bundled, layer, 'app:widget');
    expect(one.ok && Object.keys(one.layer.overrides)).toEqual(['entity:acme-llc']);
    expect(resetAll()).toEqual(emptyUserLayer());
  });
});

describe('an update that changes a bundled record the user edited', () => {
  const layer = saved(emptyUserLayer(), renamed, 'app:widget');
  const updated = compileDataset([...Object.values(bundled.records).filter((r) => r.id !== 'widget'), { ...widget, lastReviewed: '2027-01-01' }]);

  it('keeps the edit, and flags it because its base differs from the current bundled record', () => {
    expect(baseChanged(bundled, 'app:widget', layer.overrides['app:widget'])).toBe(false);
    expect(driftedKeys(updated, layer)).toEqual(['app:widget']);
    expect(diffRecords(updated.records['app:widget'], layer.overrides['app:widget']!.record).map((c) => c.path.join('/')).sort()).toEqual(['lastReviewed', 'name']);
  });

  it('"keep mine" acknowledges the new base; older overrides without a fingerprint are not flagged', () => {
    const kept = keepMine(updated, layer, 'app:widget');
    expect(kept.overrides['app:widget']!.record).toEqual(renamed);
    expect(driftedKeys(updated, kept)).toEqual([]);
    const { basedOn: _, ...old } = layer.overrides['app:widget']!;
    expect(driftedKeys(updated, { version: 1, overrides: { 'app:widget': old } })).toEqual([]);
  });

  it('gives the same fingerprint for the same content in any member order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(fingerprint({ b: 1, a: 2 })).toBe(fingerprint({ a: 2, b: 1 }));
    expect(fingerprint(widget)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('import preview', () => {
  const mine = saved(emptyUserLayer(), renamed, 'app:widget');
  const file = (overrides: Record<string, unknown>) => JSON.stringify({ format: 'jurisdiction-lens-user-layer', version: 1, overrides });
  const entry = (record: object) => ({ record, updatedAt: '2026-01-01T00:00:00.000Z' });

  it('sorts incoming records into added, changed, conflicting, hidden and unchanged', () => {
    const text = file({
      'app:widget': entry({ ...widget, name: 'Widget Other' }),
      'entity:acme-llc': entry({ ...(bundled.records['entity:acme-llc'] as object), legalName: 'Acme Inc' }),
      'app:gadget': entry(app('gadget', 'acme-llc', [{ type: 'android', id: 'com.gadget', sources: [src(3)] }])),
      'entity:other-co': { hidden: true },
    });
    const preview = previewImport(bundled, mine, text);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect({ added: preview.added, changed: preview.changed, conflicting: preview.conflicting, hidden: preview.hidden, unchanged: preview.unchanged }).toEqual({
      added: ['app:gadget'],
      changed: ['entity:acme-llc'],
      conflicting: ['app:widget'],
      hidden: ['entity:other-co'],
      unchanged: [],
    });
    expect(preview.layer.overrides['app:widget']!.record).toMatchObject({ name: 'Widget Other' });
    expect(mine.overrides['app:widget']!.record, 'the layer given is not changed').toEqual(renamed);
  });

  it('is all or nothing: one invalid record refuses the whole file and names record and field', () => {
    const text = file({ 'app:gadget': entry({ ...app('gadget', 'acme-llc'), stores: [{ type: 'android', sources: [src(1)] }] }), 'jurisdiction:th': entry(jurisdiction('th')) });
    const preview = previewImport(bundled, mine, text);
    expect(preview.ok).toBe(false);
    expect(!preview.ok && preview.problems[0]).toMatchObject({ record: 'app:gadget', field: '/overrides/app:gadget/record/stores/0/id' });
  });

  it('counts records the user already has as unchanged, keeps fingerprints from the file, and sets them when absent', () => {
    const exported = previewImport(bundled, mine, exportLayer(mine));
    expect(exported.ok && exported.unchanged).toEqual(['app:widget']);
    const fresh = previewImport(bundled, emptyUserLayer(), file({ 'app:widget': entry(renamed) }));
    expect(fresh.ok && fresh.layer.overrides['app:widget']!.basedOn).toBe(fingerprint(widget));
    const stale = previewImport(bundled, emptyUserLayer(), file({ 'app:widget': { ...entry(renamed), basedOn: '0123456789abcdef' } }));
    expect(stale.ok && driftedKeys(bundled, stale.layer)).toEqual(['app:widget']);
    expect(previewImport(bundled, emptyUserLayer(), file({ 'app:widget': { ...entry(renamed), basedOn: 'x' } })).ok).toBe(false);
  });
});

describe('problems on the form', () => {
  const fields = new Set(['/name', '/stores', '/stores/0/id', '/stores/0/sources']);
  const has = (p: string) => fields.has(p);

  it('puts each problem on its field, or on the nearest enclosing one the form has', () => {
    const byField = problemsByField(
      [
        { record: 'app:x', field: '/stores/0/id', message: 'a' },
        { record: 'app:x', field: '/stores/0/sources/0/url', message: 'b' },
        { record: 'app:x', field: '/publishers', message: 'c' },
      ],
      has,
    );
    expect([...byField.keys()]).toEqual(['/stores/0/id', '/stores/0/sources', '']);
  });
});

describe('limits', () => {
  it('refuses a layer that would not fit in the quota left by the other stored values', () => {
    const big: UserLayer = { version: 1, overrides: { 'app:widget': { record: { ...widget, names: ['x'.repeat(200)] }, updatedAt: 'now' } } };
    expect(checkQuota('userLayer', big, 0).ok).toBe(true);
    expect(checkQuota('userLayer', big, 0, 1_000).ok).toBe(false);
    expect(checkQuota('userLayer', big, 10_485_760).ok).toBe(false);
  });

  it('knows when the record was changed elsewhere since it was opened', () => {
    const layer = saved(emptyUserLayer(), renamed, 'app:widget');
    const opened = revisionOf(emptyUserLayer(), 'app:widget');
    expect(opened).toBe('');
    expect(isStale(layer, 'app:widget', opened)).toBe(true);
    expect(isStale(layer, 'app:widget', revisionOf(layer, 'app:widget'))).toBe(false);
    expect(isStale(layer, null, '')).toBe(false);
  });
});
