// @vitest-environment jsdom
// What a store page declares, explained by the bundled glossaries: real saved pages where there are
// some (Chrome Web Store permissions, Google Play's data-safety page), small page facts where none is
// saved (F-Droid, an English App Store privacy label).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../scripts/lib/load-dataset';
import { extractPageFacts } from '../../src/content/extract/index';
import { buildReport } from '../../src/shared/build-report';
import { compileDataset } from '../../src/shared/compiled-dataset';
import type { GlossaryRecord } from '../../src/shared/dataset-types';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { declaredLists, explainPage } from '../../src/shared/explain-page';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../src/shared/page-facts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import type { ExtractableStore } from '../../src/content/extract/index';
import { emptyUserLayer, type UserLayer } from '../../src/shared/user-layer';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const bundled = compileDataset(loadDataset(join(dirname(fileURLToPath(import.meta.url)), '../../src/data')).records);
const data = new EffectiveDataset(bundled, emptyUserLayer());
const glossary = (id: string) => data.get('glossary', id)!.record;
const keysOf = (id: string) => new Set(glossary(id).entries.map((e) => e.key.toLowerCase()));

function factsOf(store: ExtractableStore, file: string): PageFacts {
  const doc = new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
  return extractPageFacts(store, doc);
}

describe('explaining what a store page declares', () => {
  it('bundles the four glossaries the stores need', () => {
    for (const id of ['browser-extension-permissions', 'android-runtime-permissions', 'apple-privacy-label-data-types', 'google-play-data-safety-data-types']) {
      expect(glossary(id).entries.length, id).toBeGreaterThan(10);
    }
  });

  it.each([
    { file: '2024-04_adobe-acrobat_efaidnbmnnnibpcajpcglclefindmkaj.html', warns: true },
    // Its permissions (activeTab, contextMenus, storage…) carry no install warning.
    { file: '2024-04_google-translate_PRETTIFIED_aapbdbdomjkkjkaonfhkkikfgjllcleb.html', warns: false },
  ])(
    'Chrome Web Store ($file): every declared permission or site pattern the glossary lists is explained, and only those',
    ({ file, warns }) => {
      const facts = factsOf('chrome-web-store', `chrome-web-store/${file}`);
      const declared = [...(facts.permissions ?? []), ...(facts.hostPermissions ?? [])];
      const known = keysOf('browser-extension-permissions');
      const explained = explainPage(data, 'chrome-web-store', facts);
      expect(explained.map((x) => x.term).sort()).toStrictEqual(declared.filter((d) => known.has(d.toLowerCase())).sort());
      expect(explained.length > 0).toBe(warns);
      for (const x of explained) {
        expect(x.glossary).toBe('browser-extension-permissions');
        expect(x.meaning).toMatch(/\S/);
        expect(x.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
      }
    },
  );

  it("Google Play's data-safety page: data types are explained within their category", () => {
    const facts = factsOf('google-play', 'google-play-datasafety/2026-07_google-translate_datasafety_en.html');
    const explained = explainPage(data, 'google-play', facts);
    const find = (term: string) => explained.find((x) => x.term === term);
    expect(find('Approximate location')).toMatchObject({ scope: 'Data collected › Location', label: 'Approximate location', glossary: 'google-play-data-safety-data-types' });
    expect(find('Name')?.meaning).toBe(glossary('google-play-data-safety-data-types').entries.find((e) => e.key === 'Personal info: Name')!.meaning);
    expect(find('Device or other IDs')).toBeDefined();
    // The security practices are statements, not data types.
    expect(find('Data is encrypted in transit')).toBeUndefined();
  });

  it('an English App Store privacy label: categories are explained by the data types they include', () => {
    const facts: PageFacts = { ...EMPTY_PAGE_FACTS, privacy: [{ heading: 'Data Linked to You', items: ['Contact Info', 'Identifiers', 'Contacts', 'Something New'] }] };
    const explained = explainPage(data, 'apple-app-store', facts);
    expect(explained.find((x) => x.term === 'Contact Info')?.includes).toEqual(expect.arrayContaining(['Name', 'Email Address', 'Phone Number']));
    expect(explained.find((x) => x.term === 'Identifiers')?.includes).toEqual(expect.arrayContaining(['User ID', 'Device ID']));
    expect(explained.find((x) => x.term === 'Contacts')?.meaning).toMatch(/\S/);
    expect(explained.find((x) => x.term === 'Something New')).toBeUndefined();
    expect(explained.every((x) => x.glossary === 'apple-privacy-label-data-types')).toBe(true);
  });

  it('a label in another language is shown as written, never guessed at (the saved Thai App Store page)', () => {
    const facts = factsOf('apple-app-store', 'apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html');
    expect(facts.privacy.length).toBeGreaterThan(0);
    expect(explainPage(data, 'apple-app-store', facts)).toStrictEqual([]);
  });

  it('F-Droid: raw Android permission names are explained by the runtime-permission glossary', () => {
    const facts: PageFacts = { ...EMPTY_PAGE_FACTS, permissions: ['android.permission.CAMERA', 'android.permission.INTERNET', 'take pictures'] };
    const explained = explainPage(data, 'f-droid', facts);
    expect(explained.map((x) => x.term)).toStrictEqual(['android.permission.CAMERA']);
    expect(explained[0]).toMatchObject({ scope: 'permissions', glossary: 'android-runtime-permissions' });
  });

  it('a store with no glossary (Microsoft Store capabilities) and a page not read explain nothing', () => {
    expect(explainPage(data, 'microsoft-store', { ...EMPTY_PAGE_FACTS, permissions: ['camera'] })).toStrictEqual([]);
    expect(explainPage(data, 'google-play', null)).toStrictEqual([]);
  });

  it("the user's own glossary edit wins and says so", () => {
    const edited: GlossaryRecord = { ...glossary('android-runtime-permissions'), entries: [{ key: 'android.permission.CAMERA', label: 'Camera', meaning: 'My own words.', sources: [{ url: 'https://example.org/mine', title: 'Mine', publisher: 'Me', date: '2026-11-01' }] }] };
    const layer: UserLayer = { version: 1, overrides: { 'glossary:android-runtime-permissions': { record: edited, updatedAt: '2026-11-28T00:00:00Z' } } };
    const mine = new EffectiveDataset(bundled, layer);
    const [x] = explainPage(mine, 'f-droid', { ...EMPTY_PAGE_FACTS, permissions: ['android.permission.CAMERA'] });
    expect(x).toMatchObject({ meaning: 'My own words.', origin: 'user' });
  });

  it("the report numbers the glossary's sources after the app's findings, also for an app not in the dataset", () => {
    const facts = factsOf('google-play', 'google-play-datasafety/2026-07_google-translate_datasafety_en.html');
    const input = (id: string) => ({ url: `https://play.google.com/store/apps/datasafety?id=${id}`, match: { store: 'google-play' as const, type: 'android' as const, id }, page: facts, pageStatus: 'ok' as const, now: new Date('2026-11-28T00:00:00Z') });
    const known = buildReport(data, DEFAULT_SETTINGS, input('com.google.android.apps.translate'));
    expect(known.explained.length).toBeGreaterThan(5);
    const firstGlossarySource = Math.min(...known.explained.flatMap((x) => x.sources));
    const findingSources = [...known.chain.flatMap((c) => [...c.sources, ...c.placeSources]), ...known.laws.flatMap((l) => l.sources)];
    expect(Math.max(...findingSources)).toBeLessThan(firstGlossarySource);
    const unknown = buildReport(data, DEFAULT_SETTINGS, input('org.example.not.in.dataset'));
    expect(unknown.level).toBe('unknown');
    expect(unknown.explained.map((x) => x.term)).toStrictEqual(known.explained.map((x) => x.term));
    expect(unknown.sources.map((s) => s.n)).toStrictEqual(unknown.sources.map((_, i) => i + 1));
  });

  it('lists the declared lists that are not empty, in a fixed order', () => {
    const facts: PageFacts = { ...EMPTY_PAGE_FACTS, permissions: ['tabs'], hostPermissions: [], antiFeatures: ['Ads'] };
    expect(declaredLists(facts).map((l) => l.scope)).toStrictEqual(['permissions', 'anti-features']);
  });
});
