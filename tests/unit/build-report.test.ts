import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/build-report';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import type { PageFacts } from '../../src/shared/page-facts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { UserLayer } from '../../src/shared/user-layer';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { app, entity, jurisdiction, law, src } from './helpers/records';

const records = [
  jurisdiction('cn', [law('nil', ['compelled-assistance'], 1), law('pipl', ['data-protection'], 2)]),
  jurisdiction('ky'),
  jurisdiction('eu', [law('gdpr', ['data-protection'], 3)]),
  jurisdiction('ie', [], ['eu']),
  entity('holding', 'ky', undefined, { headquarters: { jurisdiction: 'cn', sources: [src(30)] } }),
  entity('ops', 'cn', 'holding', { dataControllers: [{ entity: 'eu-arm', region: 'EEA', sources: [src(31)] }] }),
  entity('eu-arm', 'ie', 'holding'),
  app('chat', 'ops', [{ type: 'android', id: 'com.example.chat', sources: [src(20)] }], {
    events: [{ date: '2020-06-29', kind: 'government-action', jurisdiction: 'cn', summary: 'Something happened.', disputed: true, sources: [src(40)] }],
  }),
];
const bundled = compileDataset(records);
const now = new Date('2026-11-28T00:00:00Z');
const input = (id: string, page: PageFacts | null = null) => ({
  url: `https://play.google.com/store/apps/details?id=${id}`,
  match: { store: 'google-play' as const, type: 'android' as const, id },
  page,
  pageStatus: page ? ('ok' as const) : ('pending' as const),
  now,
});
const report = (layer: UserLayer = emptyUserLayer(), id = 'com.example.chat', page: PageFacts | null = null) =>
  buildReport(new EffectiveDataset(bundled, layer), DEFAULT_SETTINGS, input(id, page));

describe('buildReport', () => {
  it('follows publisher → parent chain → controllers', () => {
    const r = report();
    expect(r.chain.map((c) => [c.role, c.entityId])).toEqual([
      ['publisher', 'ops'],
      ['parent', 'holding'],
      ['controller', 'eu-arm'],
    ]);
    expect(r.chain[1]).toMatchObject({ domicile: { id: 'ky' }, headquarters: { id: 'cn' }, of: 'ops Ltd' });
  });

  it('lists the laws of every jurisdiction touched, blocs included, and says which concern the user', () => {
    const r = report();
    expect(r.laws.map((l) => `${l.jurisdiction.id}/${l.name}/${l.concern}`)).toEqual(['cn/Law nil/true', 'cn/Law pipl/false', 'eu/Law gdpr/false']);
    expect(r.level).toBe('concern');
    expect(r.reasons).toEqual([0]);
    expect(r.laws[2]?.via).toEqual(['eu-arm Ltd']);
  });

  it('gives every finding numbered sources that exist, one number per URL', () => {
    const r = report();
    const numbers = new Set(r.sources.map((s) => s.n));
    expect(r.sources.map((s) => s.n)).toEqual(r.sources.map((_, i) => i + 1));
    expect(new Set(r.sources.map((s) => s.url)).size).toBe(r.sources.length);
    for (const f of [...r.chain, ...r.laws, ...r.events]) {
      expect(f.sources.length).toBeGreaterThan(0);
      for (const n of f.sources) expect(numbers.has(n)).toBe(true);
    }
  });

  it('is "noted" when no law matches the settings', () => {
    const r = buildReport(new EffectiveDataset(bundled, emptyUserLayer()), { ...DEFAULT_SETTINGS, topics: ['data-localisation'] }, input('com.example.chat'));
    expect(r.level).toBe('noted');
    expect(r.reasons).toEqual([]);
  });

  it('applies the settings to one jurisdiction only when asked', () => {
    const r = buildReport(new EffectiveDataset(bundled, emptyUserLayer()), { ...DEFAULT_SETTINGS, jurisdictions: ['us'] }, input('com.example.chat'));
    expect(r.level).toBe('noted');
  });

  it('marks disputed events and stale entries', () => {
    expect(report().disputed).toBe(true);
    const old = { ...app('chat', 'ops', [{ type: 'android', id: 'com.example.chat', sources: [src(20)] }]), lastReviewed: '2024-01-01' };
    const layer: UserLayer = { version: 1, overrides: { 'app:chat': { record: old, updatedAt: 'x' } } };
    const r = report(layer);
    expect(r.app).toMatchObject({ stale: true, origin: 'user' });
  });

  it('is "unknown" for an app not in the dataset, keeps the page facts and matches the developer name', () => {
    const page: PageFacts = { pageAppId: 'com.other', title: 'Other', developer: 'OPS LTD.', legalName: null, address: null, privacy: [] };
    const r = report(emptyUserLayer(), 'com.other', page);
    expect(r.level).toBe('unknown');
    expect(r.app).toBeNull();
    expect(r.page).toEqual(page);
    expect(r.nameMatches).toEqual([{ entityId: 'ops', name: 'ops Ltd' }]);
  });

  it('follows the user layer: hidden records are absent', () => {
    const r = report({ version: 1, overrides: { 'app:chat': { hidden: true, updatedAt: 'x' } } });
    expect(r.level).toBe('unknown');
  });
});

describe('buildReport: the address on the page of an app not in the dataset', () => {
  const page = (address: string | null): PageFacts => ({ pageAppId: 'com.other', title: 'Other', developer: 'Other Dev', legalName: 'Other Dev Ltd', address, privacy: [] });

  it('names the country of the address and the laws the dataset records for it, and stays "unknown"', () => {
    const r = report(emptyUserLayer(), 'com.other', page('1 Road\nShenzhen\nChina'));
    expect(r.level).toBe('unknown');
    expect(r.pageCountry).toMatchObject({ id: 'cn', name: 'Land CN', confidence: 'last-line', inDataset: true });
    expect(r.pageCountry?.laws.map((l) => [l.name, l.concern, l.via])).toEqual([
      ['Law nil', true, ['Other Dev Ltd']],
      ['Law pipl', false, ['Other Dev Ltd']],
    ]);
    for (const l of r.pageCountry!.laws) for (const n of l.sources) expect(r.sources.some((s) => s.n === n)).toBe(true);
  });

  it('includes the laws of the blocs the country belongs to', () => {
    const r = report(emptyUserLayer(), 'com.other', page('Dublin 4\nIreland'));
    expect(r.pageCountry?.laws.map((l) => l.jurisdiction.id)).toEqual(['eu']);
  });

  it('says when the dataset has no profile of the country, and says nothing without an address', () => {
    expect(report(emptyUserLayer(), 'com.other', page('Łaziec 7\nPoland')).pageCountry).toMatchObject({ id: 'pl', inDataset: false, laws: [] });
    expect(report(emptyUserLayer(), 'com.other', page(null)).pageCountry).toBeUndefined();
    expect(report(emptyUserLayer(), 'com.example.chat', page('1 Road\nChina')).pageCountry).toBeUndefined();
  });
});

describe('lookups with names that are also property names', () => {
  it('treats "constructor", "__proto__" and "toString" as ordinary names and ids', () => {
    const data = new EffectiveDataset(bundled, emptyUserLayer());
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(data.entitiesByName(name)).toEqual([]);
      expect(data.appByStoreId('android', name)).toBeUndefined();
      expect(data.get('app', name)).toBeUndefined();
    }
    const page: PageFacts = { pageAppId: null, title: null, developer: 'constructor', legalName: '__proto__', address: null, privacy: [] };
    expect(report(emptyUserLayer(), 'com.other', page).level).toBe('unknown');
  });
});
