// @vitest-environment jsdom
// Huawei AppGallery, and the stores identified from the URL only (Edge Add-ons, Tencent MyApp,
// Xiaomi GetApps).
//
// NO CAPTURED PAGE EXISTS for any of these stores. AppGallery renders its pages in the browser from
// XHR data and its markup is unknown, so its extractor reads only a schema.org SoftwareApplication
// block if the page has one; the documents below are written by us to test that, and an empty
// single-page-app shell. For Edge Add-ons, MyApp and GetApps no page structure is known at all: they
// are identified from the URL (tests/unit/store-adapters.test.ts) and their pages yield empty facts.
import { describe, expect, it } from 'vitest';
import { extractHuaweiAppGallery } from '../../src/content/extract/huawei-appgallery';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS } from '../../src/shared/page-facts';

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

describe('extractHuaweiAppGallery (documents built for the test; no captured page exists)', () => {
  it('reads name and developer from a SoftwareApplication block', () => {
    const doc = parse(`<html><head><link rel="canonical" href="https://appgallery.huawei.com/app/C100263871">
      <script type="application/ld+json">{"@type":"SoftwareApplication","name":"Example","author":{"@type":"Organization","name":"Example Co., Ltd."}}</script>
      </head><body></body></html>`);
    expect(extractHuaweiAppGallery(doc)).toStrictEqual({ ...EMPTY_PAGE_FACTS, pageAppId: 'C100263871', title: 'Example', developer: 'Example Co., Ltd.' });
  });

  it('finds nothing in a page shell that has not rendered', () => {
    const doc = parse('<html><head><title>AppGallery</title></head><body><div id="app"></div></body></html>');
    expect(extractHuaweiAppGallery(doc)).toStrictEqual(EMPTY_PAGE_FACTS);
    expect(extractPageFacts('huawei-appgallery', doc)).toStrictEqual(EMPTY_PAGE_FACTS);
  });
});

describe('stores identified from the URL only', () => {
  it.each(['edge-add-ons', 'tencent-myapp', 'xiaomi-getapps'] as const)('%s pages yield empty facts', (store) => {
    const doc = parse('<html><head><title>An app</title></head><body><h1>An app</h1></body></html>');
    const facts = extractPageFacts(store, doc);
    expect(facts).toStrictEqual(EMPTY_PAGE_FACTS);
    expect(Object.isFrozen(facts)).toBe(false);
  });
});
