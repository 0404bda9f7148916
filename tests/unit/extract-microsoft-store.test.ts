// @vitest-environment jsdom
// Microsoft Store. The one real capture is the product data of the TikTok page as the store's back end
// serves it to apps.microsoft.com (tests/fixtures/microsoft-store/…_pdp-api.json, see PROVENANCE.md):
// JSON, not HTML. extractMicrosoftStoreData is tested on it with values read in that file.
//
// NO CAPTURED apps.microsoft.com HTML PAGE EXISTS. Whether and where the page embeds that object is
// unverified. The documents built below are written by us: they put the real JSON inside a
// <script type="application/json"> to test that the DOM reader finds the object by its keys. They are
// not the store's markup and say nothing about it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/content/extract/index';
import { extractMicrosoftStore, extractMicrosoftStoreData } from '../../src/content/extract/microsoft-store';
import { EMPTY_PAGE_FACTS } from '../../src/shared/page-facts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/microsoft-store/2024-01_tiktok_9NH2GPH4JZS4_pdp-api.json');
const tiktok = (): Record<string, unknown> => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

// From the file: productId "9NH2GPH4JZS4", title "TikTok", publisherName "TikTok Pte. Ltd.",
// developerName "" (so the publisher is shown), publisherAddress null,
// permissionsRequired ["Access your Internet connection"].
const TIKTOK_FACTS = {
  pageAppId: '9NH2GPH4JZS4',
  title: 'TikTok',
  developer: 'TikTok Pte. Ltd.',
  legalName: 'TikTok Pte. Ltd.',
  address: null,
  privacy: [],
  permissions: ['Access your Internet connection'],
};

describe('extractMicrosoftStoreData (real product data, 2024-01)', () => {
  it('reads name, publisher and declared capabilities', () => {
    expect(extractMicrosoftStoreData(tiktok())).toStrictEqual(TIKTOK_FACTS);
  });

  it('prefers a named developer and keeps the publisher as the selling account', () => {
    const data = { ...tiktok(), developerName: 'ByteDance Studio', publisherAddress: '1 Road\nSingapore' };
    expect(extractMicrosoftStoreData(data)).toMatchObject({ developer: 'ByteDance Studio', legalName: 'TikTok Pte. Ltd.', address: '1 Road\nSingapore' });
  });

  it('leaves permissions absent when the data has no list', () => {
    const { permissionsRequired: _, ...data } = tiktok();
    expect(extractMicrosoftStoreData(data).permissions).toBeUndefined();
  });

  it('turns anything else into empty facts', () => {
    for (const junk of [null, 'x', [], 42, { productId: 'not an id!', title: 7 }]) {
      expect(extractMicrosoftStoreData(junk)).toMatchObject({ ...EMPTY_PAGE_FACTS, pageAppId: null, title: null });
    }
  });
});

describe('extractMicrosoftStore (documents built for the test; no captured page exists)', () => {
  const built = (canonicalId: string | null, state: unknown): Document =>
    parse(`<html><head>${canonicalId ? `<link rel="canonical" href="https://apps.microsoft.com/detail/${canonicalId}">` : ''}</head>
      <body><script type="application/json">${JSON.stringify(state)}</script></body></html>`);

  it('finds the product object by its keys, wherever it sits in the JSON', () => {
    expect(extractMicrosoftStore(built('9nh2gph4jzs4', { state: { pdp: [{ other: 1 }, tiktok()] } }))).toStrictEqual(TIKTOK_FACTS);
  });

  it('does not use product data for another product (in-store navigation)', () => {
    expect(extractMicrosoftStore(built('9NKSQGP7F2NH', { pdp: tiktok() }))).toStrictEqual({ ...EMPTY_PAGE_FACTS, pageAppId: '9NKSQGP7F2NH' });
  });

  it('uses the only product object when the page names no id', () => {
    expect(extractMicrosoftStore(built(null, tiktok()))).toStrictEqual(TIKTOK_FACTS);
  });

  it('returns empty facts for a page without the data', () => {
    expect(extractMicrosoftStore(parse('<html><body><script type="application/json">{not json</script></body></html>'))).toStrictEqual(EMPTY_PAGE_FACTS);
  });

  it('is what extractPageFacts returns for the Microsoft Store', () => {
    const doc = built('9NH2GPH4JZS4', tiktok());
    expect(extractPageFacts('microsoft-store', doc)).toStrictEqual(extractMicrosoftStore(doc));
  });
});
