// Issue 7, item 7: a corrupted or partly written user layer is detected when it is loaded, set aside
// under its own key exactly as it was found (never deleted), and the usable rest is used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { loadUserLayer, parseUserLayer, setAsideEntries, WHOLE_LAYER } from '../../src/shared/load-user-layer';
import { LOCAL } from '../../src/shared/storage-keys';
import type { UserLayer } from '../../src/shared/user-layer';
import { fakeLocalStorage } from './helpers/fake-storage';
import { app, entity, jurisdiction, src } from './helpers/records';

const bundled = compileDataset([jurisdiction('cn'), entity('co', 'cn'), app('chat', 'co')]);
const AT = '2026-11-28T10:00:00.000Z';
const mine = app('mine', 'co', [{ type: 'apple', id: '77', sources: [src(1)] }]);
const good: UserLayer = { version: 1, overrides: { 'app:mine': { record: mine, updatedAt: AT } } };

async function load(stored: unknown) {
  const storage = fakeLocalStorage(stored === undefined ? {} : { [LOCAL.userLayer]: stored });
  const result = await loadUserLayer(storage, bundled, new Date(AT));
  const after = await storage.get(null);
  return { storage, result, after };
}

describe('loading the user layer', () => {
  it('uses a valid layer as it is and writes nothing', async () => {
    const { storage, result } = await load(good);
    expect(result.layer).toEqual(good);
    expect(result.rejected).toEqual([]);
    expect(result.setAside).toEqual([]);
    expect(storage.writes).toBe(0);
  });

  it('treats nothing stored as an empty layer, not as corruption', async () => {
    for (const value of [undefined, null]) {
      const { storage, result } = await load(value);
      expect(result.rejected).toEqual([]);
      expect(storage.writes).toBe(0);
    }
  });

  it.each([
    ['a string', 'garbage{"version":1'],
    ['a number', 42],
    ['an array', [good]],
    ['a newer version', { ...good, version: 2 }],
    ['overrides that are not an object', { version: 1, overrides: [good.overrides['app:mine']] }],
    ['no overrides', { version: 1 }],
  ])('sets aside %s as a whole and keeps working on the bundled data', async (_, value) => {
    const { result, after } = await load(value);
    expect(result.layer).toEqual({ version: 1, overrides: {} });
    expect(result.rejected).toEqual([WHOLE_LAYER]);
    expect(after[LOCAL.userLayerSetAside]).toEqual([{ setAsideAt: AT, rejected: [WHOLE_LAYER], value }]);
    expect(after[LOCAL.userLayer]).toEqual({ version: 1, overrides: {} });
  });

  it('keeps the usable overrides of a partly written layer and sets the whole stored value aside', async () => {
    const truncated = JSON.parse(JSON.stringify(mine)) as Record<string, unknown>;
    delete truncated.publishers;
    const stored = {
      version: 1,
      overrides: {
        ...good.overrides,
        'app:cut': { record: { ...truncated, id: 'cut' }, updatedAt: AT },
        'app:nodate': { record: { ...mine, id: 'nodate', stores: [{ type: 'apple', id: '78', sources: [src(1)] }] } },
        'app:moved': { record: { ...mine, id: 'elsewhere' }, updatedAt: AT },
        __proto__x: { hidden: true, updatedAt: AT },
        'entity:co': 'half-written',
      },
    };
    const { result, after } = await load(stored);
    expect(Object.keys(result.layer.overrides)).toEqual(['app:mine']);
    expect(result.rejected.sort()).toEqual(['__proto__x', 'app:cut', 'app:moved', 'app:nodate', 'entity:co']);
    expect(JSON.stringify((after[LOCAL.userLayerSetAside] as { value: unknown }[])[0]?.value)).toBe(JSON.stringify(stored));
    expect(after[LOCAL.userLayer]).toEqual(result.layer);
  });

  it('never lets a stored "__proto__" key reach the layer object', () => {
    const stored = JSON.parse(`{"version":1,"overrides":{"__proto__":{"hidden":true,"updatedAt":"${AT}"}}}`);
    const { layer, rejected } = parseUserLayer(stored, bundled);
    expect(Object.getPrototypeOf(layer.overrides)).toBe(Object.prototype);
    expect(rejected).toEqual(['__proto__']);
  });

  it('sets aside overrides that break the rules between records, and those that depend on them', async () => {
    const stored = {
      version: 1,
      overrides: {
        ...good.overrides,
        // Written without the entity it names (a partial write of a two-record change).
        'app:orphan': { record: app('orphan', 'lost-entity', [{ type: 'apple', id: '79', sources: [src(1)] }]), updatedAt: AT },
        // A parent cycle, which our editor refuses but storage can hold.
        'entity:a': { record: entity('a', 'cn', 'b'), updatedAt: AT },
        'entity:b': { record: entity('b', 'cn', 'a'), updatedAt: AT },
        // Depends on a record of the cycle: once that is set aside, this one dangles.
        'app:child': { record: app('child', 'a', [{ type: 'apple', id: '80', sources: [src(1)] }]), updatedAt: AT },
      },
    };
    const { result } = await load(stored);
    expect(Object.keys(result.layer.overrides)).toEqual(['app:mine']);
    expect(result.rejected.sort()).toEqual(['app:child', 'app:orphan', 'entity:a', 'entity:b']);
  });

  it('sets every override aside when a problem cannot be pinned on one of them', async () => {
    // Hiding the entity a bundled app names leaves the bundled app dangling.
    const stored = { version: 1, overrides: { ...good.overrides, 'entity:co': { hidden: true, updatedAt: AT } } };
    const { result } = await load(stored);
    expect(result.layer.overrides).toEqual({});
    expect(result.rejected.sort()).toEqual(['app:mine', 'entity:co']);
  });

  it('sets the same value aside once, however often it is loaded, and keeps earlier entries', async () => {
    const storage = fakeLocalStorage({ [LOCAL.userLayer]: 'first garbage' });
    await loadUserLayer(storage, bundled, new Date(AT));
    await storage.set({ [LOCAL.userLayer]: 'first garbage' }); // written again by the same culprit
    await loadUserLayer(storage, bundled, new Date(AT));
    const writes = storage.writes;
    await loadUserLayer(storage, bundled, new Date(AT));
    expect(storage.writes, 'a clean layer is not written again').toBe(writes);
    await storage.set({ [LOCAL.userLayer]: { version: 7 } });
    const { setAside } = await loadUserLayer(storage, bundled, new Date(AT));
    expect(setAside.map((e) => e.value)).toEqual(['first garbage', { version: 7 }]);
  });

  it('keeps whatever is found under the set-aside key itself', () => {
    expect(setAsideEntries('not a list', new Date(AT))).toEqual([{ setAsideAt: AT, rejected: [LOCAL.userLayerSetAside], value: 'not a list' }]);
    expect(setAsideEntries([{ setAsideAt: AT, rejected: ['app:x'], value: 1 }])).toHaveLength(1);
  });

  it('changes nothing in storage when the write fails (quota), and still works without the bad part', async () => {
    const storage = fakeLocalStorage({ [LOCAL.userLayer]: { version: 1, overrides: { ...good.overrides, 'app:bad': 1 } } });
    const before = storage.bytes();
    storage.failWrites = new Error('QUOTA_BYTES quota exceeded');
    const result = await loadUserLayer(storage, bundled, new Date(AT));
    expect(storage.bytes()).toBe(before);
    expect(Object.keys(result.layer.overrides)).toEqual(['app:mine']);
    expect(result.rejected).toEqual(['app:bad']);
  });

  it('never throws, always yields a valid layer, and never loses a stored value (property)', async () => {
    const overrideish = fc.oneof(
      fc.anything(),
      fc.record({ record: fc.constantFrom<unknown>(mine, entity('x', 'cn'), { ...mine, id: 7 }), updatedAt: fc.oneof(fc.constant(AT), fc.anything()), hidden: fc.option(fc.anything(), { nil: undefined }) }, { requiredKeys: [] }),
    );
    const layerish = fc.oneof(fc.anything(), fc.record({ version: fc.oneof(fc.constant(1), fc.anything()), overrides: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('app:mine', 'entity:x', 'app:chat', '__proto__'), fc.string()), overrideish), fc.anything()) }));
    await fc.assert(
      fc.asyncProperty(layerish, async (value) => {
        const storage = fakeLocalStorage({ [LOCAL.userLayer]: value });
        const stored = (await storage.get(LOCAL.userLayer))[LOCAL.userLayer];
        const result = await loadUserLayer(storage, bundled, new Date(AT));
        expect(parseUserLayer(result.layer, bundled).rejected, 'what is used is valid').toEqual([]);
        if (result.rejected.length) {
          expect(result.setAside.map((e) => JSON.stringify(e.value))).toContain(JSON.stringify(stored));
          expect((await storage.get(LOCAL.userLayerSetAside))[LOCAL.userLayerSetAside]).toEqual(result.setAside);
        } else {
          expect(storage.writes).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
