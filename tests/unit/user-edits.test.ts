import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { exportLayer, hideRecord, importLayer, resetRecord, saveRecord } from '../../src/shared/user-edits';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { app, entity, jurisdiction, src } from './helpers/records';

const bundled = compileDataset([jurisdiction('cn'), entity('co', 'cn'), app('chat', 'co')]);

describe('user edits', () => {
  it('saves an edit over a bundled record and resets it', () => {
    const edited = { ...app('chat', 'co'), name: 'Chat (edited)' };
    const saved = saveRecord(bundled, emptyUserLayer(), edited);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(new EffectiveDataset(bundled, saved.layer).get('app', 'chat')).toMatchObject({ origin: 'user', record: { name: 'Chat (edited)' } });
    const reset = resetRecord(bundled, saved.layer, 'app:chat');
    expect(reset.ok && new EffectiveDataset(bundled, reset.layer).get('app', 'chat')?.origin).toBe('bundled');
  });

  it('rejects an invalid record, naming the field, and leaves the layer unchanged', () => {
    const layer = emptyUserLayer();
    const before = JSON.stringify(layer);
    const result = saveRecord(bundled, layer, { ...app('new', 'co'), stores: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ record: 'app:new', field: '/stores' });
    expect(JSON.stringify(layer)).toBe(before);
  });

  it('rejects a record that refers to a missing entity', () => {
    const result = saveRecord(bundled, emptyUserLayer(), app('new', 'nobody', [{ type: 'apple', id: '9', sources: [src(1)] }]));
    expect(result.ok || result.problems[0]).toMatchObject({ record: 'app:new', field: '/publishers/0/entity' });
  });

  it('refuses to hide an entity that an app still refers to', () => {
    const result = hideRecord(bundled, emptyUserLayer(), 'entity:co');
    expect(result.ok).toBe(false);
  });

  it('moves a record when its id is changed in the editor', () => {
    const result = saveRecord(bundled, emptyUserLayer(), app('chat2', 'co'), 'app:chat');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const data = new EffectiveDataset(bundled, result.layer);
    expect(data.get('app', 'chat')).toBeUndefined();
    expect(data.get('app', 'chat2')).toBeDefined();
  });

  it('round-trips export → import', () => {
    const saved = saveRecord(bundled, emptyUserLayer(), app('extra', 'co', [{ type: 'apple', id: '1', sources: [src(1)] }]));
    if (!saved.ok) throw new Error('setup');
    const imported = importLayer(bundled, emptyUserLayer(), exportLayer(saved.layer));
    expect(imported.ok).toBe(true);
    if (imported.ok) {
      expect(imported.layer.overrides).toEqual(saved.layer.overrides);
      expect(imported.summary).toEqual({ added: ['app:extra'], changed: [], hidden: [] });
    }
  });

  it('imports all or nothing and names the record and field of the first problem', () => {
    const file = {
      format: 'jurisdiction-lens-user-layer',
      version: 1,
      overrides: {
        'app:good': { record: app('good', 'co', [{ type: 'apple', id: '5', sources: [src(1)] }]), updatedAt: 'x' },
        'app:bad': { record: { ...app('bad', 'co', [{ type: 'apple', id: '6', sources: [src(1)] }]), name: 42 }, updatedAt: 'x' },
      },
    };
    const result = importLayer(bundled, emptyUserLayer(), JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ record: 'app:bad', field: '/overrides/app:bad/record/name' })]);
  });

  it('rejects files that are not an export', () => {
    for (const text of ['not json', '[]', '{"format":"other","version":1,"overrides":{}}', '{"format":"jurisdiction-lens-user-layer","version":2,"overrides":{}}']) {
      const result = importLayer(bundled, emptyUserLayer(), text);
      expect(result.ok).toBe(false);
    }
  });
});
