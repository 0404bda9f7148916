// @vitest-environment jsdom
// Samsung Galaxy Store.
//
// NO CAPTURED GALAXY STORE PAGE EXISTS in tests/fixtures. The documents below are written by us from
// the documented structure (STRUCTURE.md §6): the store's detail JSON (DetailMain, SellerInfo,
// RichSnippet), known only from a scraper's recording of the store's /api/detail/<pkg> response, and
// a schema.org SoftwareApplication block. Whether the real page embeds that JSON is unverified; the
// app, seller and address here are made up.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/content/extract/index';
import { extractSamsungGalaxyStore } from '../../src/content/extract/samsung-galaxy-store';
import { EMPTY_PAGE_FACTS } from '../../src/shared/page-facts';

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

const detail = {
  appId: 'org.example.game',
  DetailMain: { appId: 'org.example.game', contentName: 'Example Game', sellerName: 'EXAMPLE STUDIO', permissionList: [] },
  SellerInfo: { sellerTradeName: 'Example Studio SIA', firstSellerAddress: '1 Example iela', secondSellerAddress: 'Riga LV-1001', sellerNumber: 'LV000' },
};

const ld = { '@context': 'https://schema.org/', '@type': 'SoftwareApplication', name: 'LD Name', author: { '@type': 'Person', name: 'LD Seller' } };

function page(options: { canonical?: string; json?: unknown; ld?: unknown }): Document {
  const canonical = options.canonical ? `<link rel="canonical" href="https://galaxystore.samsung.com/detail/${options.canonical}">` : '';
  const json = options.json ? `<script type="application/json">${JSON.stringify(options.json)}</script>` : '';
  const jsonLd = options.ld ? `<script type="application/ld+json">${JSON.stringify(options.ld)}</script>` : '';
  return parse(`<html><head>${canonical}${jsonLd}</head><body>${json}</body></html>`);
}

describe('extractSamsungGalaxyStore (documents built from the documented structure)', () => {
  it('reads name, seller and the seller’s trade name and address from the detail JSON', () => {
    expect(extractSamsungGalaxyStore(page({ canonical: 'org.example.game', json: { props: { detail } }, ld }))).toStrictEqual({
      ...EMPTY_PAGE_FACTS,
      pageAppId: 'org.example.game',
      title: 'Example Game',
      developer: 'EXAMPLE STUDIO',
      legalName: 'Example Studio SIA',
      address: '1 Example iela\nRiga LV-1001',
    });
  });

  it('falls back to the JSON-LD block for name and seller', () => {
    expect(extractSamsungGalaxyStore(page({ canonical: 'org.example.game', ld }))).toStrictEqual({
      ...EMPTY_PAGE_FACTS,
      pageAppId: 'org.example.game',
      title: 'LD Name',
      developer: 'LD Seller',
    });
  });

  it('does not use detail JSON for another app (in-store navigation)', () => {
    expect(extractSamsungGalaxyStore(page({ canonical: 'org.example.other', json: detail }))).toStrictEqual({
      ...EMPTY_PAGE_FACTS,
      pageAppId: 'org.example.other',
    });
  });

  it('takes the package from the detail JSON when the page has no canonical link', () => {
    expect(extractSamsungGalaxyStore(page({ json: detail })).pageAppId).toBe('org.example.game');
  });

  it('returns empty facts for an empty document', () => {
    expect(extractSamsungGalaxyStore(parse(''))).toStrictEqual(EMPTY_PAGE_FACTS);
    expect(extractPageFacts('samsung-galaxy-store', parse(''))).toStrictEqual(EMPTY_PAGE_FACTS);
  });
});
