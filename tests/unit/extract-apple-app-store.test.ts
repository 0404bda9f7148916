// @vitest-environment jsdom
// Apple App Store extraction. Real saved page: ONE, the 2025+ (Svelte) product page of "Univerza
// Tukdaeng" (id6811926515) in the Thai storefront, captured 2026 (tests/fixtures/PROVENANCE.md; it was
// copied by hand in pieces, so it is not guaranteed byte-exact, but its JSON blocks parse). Every
// expected value below was read in that file.
//
// NO saved Ember-era page (2019 – mid 2025) exists in this project. The Ember tests further down run on
// small hand-written markup built from the excerpts in STRUCTURE.md §3.1; they check our selectors
// against that description only, not against a real page. Treat Ember support as unverified.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAppleAppStore } from '../../src/content/extract/apple-app-store';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../src/shared/page-facts';

// Paths, not URL objects: under the jsdom environment the global URL is jsdom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const THAI_PAGE = 'apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html';
const html = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

const THAI_FACTS: PageFacts = {
  pageAppId: '6811926515',
  title: 'Univerza Tukdaeng',
  // The developer (JSON-LD author, privacy intro, "More by") and the seller (section#information,
  // label "ผู้เผยแพร่") are different strings for the same company.
  developer: 'UNIVERZA CO., LTD.',
  legalName: 'UNIVERZA COMPANY LIMITED',
  address: null,
  // One card, "Data Linked to You", with the categories Contact Info and User Content (Thai UI).
  privacy: [{ heading: 'ข้อมูลที่เชื่อมโยงกับคุณ', items: ['ข้อมูลติดต่อ', 'เนื้อหาของผู้ใช้'] }],
};

describe(`Svelte page (real, saved): ${THAI_PAGE}`, () => {
  let text: string;
  let fromPage: PageFacts;
  let fromDomOnly: PageFacts;
  beforeAll(() => {
    text = html(THAI_PAGE);
    const doc = parse(text);
    fromPage = extractAppleAppStore(doc);
    const embedded = doc.querySelectorAll('script[type="application/ld+json"], #serialized-server-data');
    for (const script of Array.from(embedded)) script.remove();
    fromDomOnly = extractAppleAppStore(doc);
  });

  it('extracts the facts the page shows', () => {
    expect(fromPage).toEqual(THAI_FACTS);
  });

  it('finds the same with JSON-LD and serialized-server-data removed (DOM fallback)', () => {
    expect(fromDomOnly).toEqual(THAI_FACTS);
  });

  it('returns what precedes the cut when the page is truncated before section#information', () => {
    const cut = text.slice(0, text.indexOf('id="information"'));
    expect(extractAppleAppStore(parse(cut))).toEqual({ ...THAI_FACTS, legalName: null });
  });

  it('returns nulls for a page cut off before its canonical link', () => {
    const cut = text.slice(0, text.indexOf('<link rel="canonical"'));
    expect(extractAppleAppStore(parse(cut))).toEqual(EMPTY_PAGE_FACTS);
  });

  it('ignores embedded server data that describes another app', () => {
    const other = text.replace(/"intent":\{([^}]*)"id":"6811926515"/, '"intent":{$1"id":"1"');
    expect(other).not.toBe(text);
    const doc = parse(other);
    doc.querySelector('#information')?.remove();
    expect(extractAppleAppStore(doc).legalName).toBeNull();
  });
});

// Hand-written from the Ember-era excerpts in STRUCTURE.md §3.1 (NOT a saved page).
const EMBER_HAND_WRITTEN = `<!doctype html><html><head>
<link rel="canonical" href="https://apps.apple.com/gb/app/get-stuff-done/id1185631908">
<meta name="apple-itunes-app" content="app-id=375380948, affiliate-data=">
<script name="schema:software-application" type="application/ld+json" class="ember-view">
{"@context":"http://schema.org","@type":"SoftwareApplication","name":"Get Stuff Done!","author":{"@type":"Person","name":"Example Developer"},"offers":{"price":0,"priceCurrency":"GBP"}}
</script></head><body>
<h1 class="product-header__title app-header__title">Get Stuff Done! <span class="badge badge--product-title">4+</span></h1>
<h2 class="product-header__identity app-header__identity"><a href="https://apps.apple.com/us/developer/x/id1">Example Developer</a></h2>
<section class="l-content-width section section--bordered app-privacy">
  <p>The developer, <span class="app-privacy__developer-name">Example Developer</span>, indicated that…</p>
  <div class="app-privacy__card"><h3 class="privacy-type__heading">Data Linked to You</h3>
    <p class="privacy-type__description">The following data may be collected and linked to your identity:</p>
    <ul><li classs="privacy-type__item"><span class="privacy-type__grid-content privacy-type__data-category-heading">Contact Info</span></li>
        <li classs="privacy-type__item"><span class="privacy-type__grid-content privacy-type__data-category-heading">Identifiers</span></li></ul></div>
  <div class="app-privacy__card"><h3 class="privacy-type__heading">Data Not Collected</h3>
    <p class="privacy-type__description">The developer does not collect any data from this app.</p></div>
</section>
<dl class="information-list information-list--app medium-columns l-row">
  <div class="information-list__item l-column small-12 medium-6 large-4 small-valign-top">
    <dt class="information-list__item__term medium-valign-top l-column medium-3 large-2" data-test-app-info-seller-label>Provider</dt>
    <dd class="information-list__item__definition l-column medium-9 large-6" data-test-app-info-seller>TSN Consultancy Services Ltd</dd>
  </div>
</dl></body></html>`;

const EMBER_FACTS: PageFacts = {
  pageAppId: '1185631908', // from the canonical, not from apple-itunes-app (the App Store app's own id)
  title: 'Get Stuff Done!',
  developer: 'Example Developer',
  legalName: 'TSN Consultancy Services Ltd',
  address: null,
  privacy: [
    { heading: 'Data Linked to You', items: ['Contact Info', 'Identifiers'] },
    { heading: 'Data Not Collected', items: [] },
  ],
};

describe('Ember markup (hand-written from STRUCTURE.md §3.1, no real page saved)', () => {
  it('reads JSON-LD, the seller row and the privacy cards', () => {
    expect(extractAppleAppStore(parse(EMBER_HAND_WRITTEN))).toEqual(EMBER_FACTS);
  });

  it('reads the header without JSON-LD, leaving out the age badge', () => {
    const doc = parse(EMBER_HAND_WRITTEN);
    doc.querySelector('script[type="application/ld+json"]')?.remove();
    expect(extractAppleAppStore(doc)).toEqual(EMBER_FACTS);
  });

  it('takes the id from a 2019 itunes.apple.com canonical', () => {
    const old = EMBER_HAND_WRITTEN.replace(
      'https://apps.apple.com/gb/app/get-stuff-done/id1185631908',
      'https://itunes.apple.com/us/app/instagram/id389801252?mt=8',
    );
    expect(extractAppleAppStore(parse(old)).pageAppId).toBe('389801252');
  });
});

describe('empty and broken documents', () => {
  it('returns empty facts for an empty document', () => {
    expect(extractAppleAppStore(parse(''))).toEqual(EMPTY_PAGE_FACTS);
  });

  it('extractPageFacts dispatches to the App Store extractor and never throws', () => {
    const doc = parse(EMBER_HAND_WRITTEN);
    expect(extractPageFacts('apple-app-store', doc)).toEqual(EMBER_FACTS);
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(extractPageFacts('apple-app-store', broken)).toEqual(EMPTY_PAGE_FACTS);
  });
});
