// @vitest-environment jsdom
// Google Play extraction on the real saved pages in tests/fixtures (see PROVENANCE.md there): details
// pages from every era we hold (2019-12 and 2021-10 legacy, 2022-06/08 first redesign, 2025-10,
// 2026-07) in English, Chinese (zh-CN) and Korean, and the 2026-07 data-safety page. Every expected
// value below was read in the saved file itself, in its visible markup and its embedded data.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractGooglePlay } from '../../src/content/extract/google-play';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../src/shared/page-facts';

// Paths, not URL objects: under the jsdom environment the global URL is jsdom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const html = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

/** Removes the embedded data (AF_initDataCallback, JSON-LD), leaving only what the DOM fallbacks read. */
function removeEmbeddedData(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    if (text.includes('AF_initDataCallback') || script.type === 'application/ld+json') script.remove();
  }
}

const none = { legalName: null, address: null, privacy: [] };
const sharingDisclaimer = [{ heading: 'No data shared with third parties', items: [] }];
const encryptedAndDeletable = [
  { heading: 'Data is encrypted in transit', items: [] },
  { heading: 'You can request that data be deleted', items: [] },
];

interface Case {
  file: string;
  facts: PageFacts;
  /** What the DOM alone yields, where it differs from `facts`. */
  domOnly?: Partial<PageFacts>;
}

const CASES: Case[] = [
  {
    // Legacy design: no data-safety section, no address on this page.
    file: 'google-play/2019-12_igtv_com.instagram.igtv_legacy.html',
    facts: { pageAppId: 'com.instagram.igtv', title: 'IGTV', developer: 'Instagram', ...none },
  },
  {
    file: 'google-play/2021-10_us-debt-now_com.moonwink.treasury_pre-redesign.html',
    facts: { pageAppId: 'com.moonwink.treasury', title: 'US Debt Now - National Debt', developer: 'Larry Aasen', ...none },
  },
  {
    // First redesign; no Address row, and the Data safety section says "No information available"
    // (the app record has no summary): that is no declaration.
    file: 'google-play/2022-06_us-debt-now_com.moonwink.treasury_redesign.html',
    facts: { pageAppId: 'com.moonwink.treasury', title: 'US Debt Now - National Debt', developer: 'Larry Aasen', ...none },
  },
  {
    file: 'google-play/2022-08_instagram_com.instagram.android_zh-CN.html',
    facts: {
      pageAppId: 'com.instagram.android',
      title: 'Instagram',
      developer: 'Instagram',
      legalName: null,
      address: 'Facebook, Inc.\n1601 Willow Rd\nMenlo Park, CA 94025\nUnited States',
      privacy: [
        { heading: '此应用可能会与第三方分享这些类型的数据', items: ['个人信息', '设备 ID 或其他 ID'] },
        { heading: '此应用可能会收集这些类型的数据', items: ['位置信息', '个人信息', '另外 12 种数据'] },
        { heading: '数据在传输过程中会加密', items: [] },
        { heading: '您可以要求开发者删除数据', items: [] },
      ],
    },
  },
  {
    file: 'google-play/2022-08_minecraft_com.mojang.minecraftpe_en-US.html',
    facts: {
      pageAppId: 'com.mojang.minecraftpe',
      title: 'Minecraft',
      developer: 'Mojang',
      legalName: null,
      address: 'Mojang\nMaria Skolgata 83\n118 53\nStockholm\nSweden',
      privacy: [
        ...sharingDisclaimer,
        { heading: 'This app may collect these data types', items: ['Personal info', 'Messages', '3 others'] },
        ...encryptedAndDeletable,
      ],
    },
  },
  {
    file: 'google-play/2025-10_edu-market_com.raiseright.edumarketapp_en.html',
    facts: {
      pageAppId: 'com.raiseright.edumarketapp',
      title: 'Edu Market',
      developer: 'Raise Right',
      legalName: 'RAISE RIGHT FOR INFORMATION TECHNOLOGY',
      address: 'Building 7, Plot 8, Badr City, Zohor El Maadi,Ring Road, Maadi\nCairo\nالقاهرة 11742\nEgypt',
      privacy: [
        ...sharingDisclaimer,
        { heading: 'This app may collect these data types', items: ['Financial info'] },
        ...encryptedAndDeletable,
        { heading: 'Committed to follow the Play Families Policy', items: [] },
      ],
    },
  },
  {
    // Korean UI; the developer brand is "open source", the legal block a person with a country only.
    file: 'google-play/2025-10_stock-knee-shoulder_com.youngkiu.stock_knee_shoulder_ko.html',
    facts: {
      pageAppId: 'com.youngkiu.stock_knee_shoulder',
      title: '주식 무릎/어깨 알리미',
      developer: 'open source',
      legalName: '유영기',
      address: 'South Korea',
      privacy: [
        { heading: '제3자와 공유되는 데이터 없음', items: [] },
        { heading: '수집된 데이터가 없습니다.', items: [] },
      ],
    },
  },
  {
    file: 'google-play/2026-07_google-translate_com.google.android.apps.translate_en.html',
    facts: {
      pageAppId: 'com.google.android.apps.translate',
      title: 'Google Translate',
      developer: 'Google LLC',
      legalName: 'Google LLC',
      address: '1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUnited States',
      privacy: [
        ...sharingDisclaimer,
        { heading: 'This app may collect these data types', items: ['Location', 'Personal info', '5 others'] },
        ...encryptedAndDeletable,
        { heading: 'Independent security review', items: [] },
      ],
    },
  },
  {
    // A small developer: brand "Adex77", legal name and home address of a person.
    file: 'google-play/2026-07_where-am-i_com.adex77.WhereAmI_en.html',
    facts: {
      pageAppId: 'com.adex77.WhereAmI',
      title: 'Where Am I? - GeoGuess Game',
      developer: 'Adex77',
      legalName: 'Adrian Chmielewski',
      address: 'Łaziec 7\n42-274 Łaziec\nPoland',
      privacy: [
        ...sharingDisclaimer,
        { heading: 'This app may collect these data types', items: ['Device or other IDs'] },
        ...encryptedAndDeletable,
      ],
    },
  },
  {
    // The data-safety page; its record also carries the legal block, which the page does not display.
    file: 'google-play-datasafety/2026-07_google-translate_datasafety_en.html',
    facts: {
      pageAppId: 'com.google.android.apps.translate',
      title: 'Google Translate',
      developer: 'Google LLC',
      legalName: 'Google LLC',
      address: '1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUnited States',
      privacy: [
        { heading: 'No data shared with third parties', items: [] },
        {
          heading: 'Data collected › Personal info',
          items: ['Name', 'Email address', 'User IDs', 'Address', 'Phone number', 'Other info'],
        },
        { heading: 'Data collected › Device or other IDs', items: ['Device or other IDs'] },
        {
          heading: 'Data collected › App activity',
          items: ['App interactions', 'Other user-generated content', 'Other actions'],
        },
        { heading: 'Data collected › Location', items: ['Approximate location'] },
        { heading: 'Data collected › Photos and videos', items: ['Photos'] },
        {
          heading: 'Data collected › App info and performance',
          items: ['Crash logs', 'Diagnostics', 'Other app performance data'],
        },
        { heading: 'Data collected › Contacts', items: ['Contacts'] },
        {
          heading: 'Security practices',
          items: [
            'Data is encrypted in transit',
            'You can request that data be deleted',
            'Independent security review',
          ],
        },
      ],
    },
    domOnly: { legalName: null, address: null },
  },
];

describe.each(CASES)('$file', ({ file, facts, domOnly }) => {
  let fromPage: PageFacts;
  let fromDomOnly: PageFacts;
  beforeAll(() => {
    const doc = parse(html(file)); // parsed once: a saved page is about 1 MB
    fromPage = extractGooglePlay(doc);
    removeEmbeddedData(doc);
    fromDomOnly = extractGooglePlay(doc);
  });

  it('extracts the facts the page shows', () => {
    expect(fromPage).toEqual(facts);
  });

  it('finds the same with the embedded data removed (DOM fallback)', () => {
    expect(fromDomOnly).toEqual({ ...facts, ...domOnly });
  });
});

describe('damaged and unusual pages', () => {
  const TRANSLATE = 'google-play/2026-07_google-translate_com.google.android.apps.translate_en.html';
  const translateFacts = CASES.find((c) => c.file === TRANSLATE)?.facts;

  it('returns empty facts for an empty document', () => {
    expect(extractGooglePlay(parse(''))).toEqual(EMPTY_PAGE_FACTS);
  });

  it('returns nulls for a page cut off before its body', () => {
    const text = html(TRANSLATE);
    expect(extractGooglePlay(parse(text.slice(0, text.indexOf('<link rel="canonical"'))))).toEqual(EMPTY_PAGE_FACTS);
  });

  it('falls back to the DOM when the page is cut off inside the app record', () => {
    const text = html(TRANSLATE);
    const cut = text.slice(0, text.indexOf("AF_initDataCallback({key: 'ds:5'") + 5000);
    expect(extractGooglePlay(parse(cut))).toEqual(translateFacts);
  });

  it('does not use an app record that describes another app (stale after in-store navigation)', () => {
    const doc = parse(page({ canonical: 'com.example.b', record: denseRecord('com.example.a', 'Stale') }));
    expect(extractGooglePlay(doc)).toEqual({ ...EMPTY_PAGE_FACTS, pageAppId: 'com.example.b', title: 'DOM title' });
  });

  it('reads a sparse-encoded details record and the appstore:bundle_id meta', () => {
    const legalBlock = ['Legal Ltd', null, ['1 Road\nTown']];
    const record = [['Sparse title'], { '69': ['Sparse dev'], '70': [null, null, null, null, legalBlock], '78': ['com.example.s'] }];
    const doc = parse(page({ bundleId: 'com.example.s', record }));
    expect(extractGooglePlay(doc)).toEqual({
      pageAppId: 'com.example.s',
      title: 'Sparse title',
      developer: 'Sparse dev',
      legalName: 'Legal Ltd',
      address: '1 Road\nTown',
      privacy: [],
    });
  });

  it('caps what a hostile page can make us keep', () => {
    const record = denseRecord('com.example.big', 'x'.repeat(100_000));
    const row = [null, 'h'.repeat(1000), [null, Array.from({ length: 1000 }, (_, i) => `t${i}`).join(', ')]];
    record[136] = [null, Array.from({ length: 100 }, () => row)];
    const facts = extractGooglePlay(parse(page({ canonical: 'com.example.big', record })));
    expect(facts.title).toHaveLength(500);
    expect(facts.privacy).toHaveLength(30);
    expect(facts.privacy[0]?.heading).toHaveLength(500);
    expect(facts.privacy[0]?.items).toHaveLength(100);
  });

  it('keeps markup in page text as inert text', () => {
    const record = denseRecord('com.example.a', '<img src=x onerror=alert(1)>');
    const facts = extractGooglePlay(parse(page({ canonical: 'com.example.a', record })));
    expect(facts.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('extractPageFacts', () => {
  it('dispatches to the Google Play extractor', () => {
    const doc = parse(page({ canonical: 'com.example.a', record: denseRecord('com.example.a', 'A') }));
    expect(extractPageFacts('google-play', doc)).toEqual(extractGooglePlay(doc));
  });

  it('returns empty facts, never throws, when the document itself is broken', () => {
    const broken = new Proxy({} as Document, {
      get() {
        throw new Error('hostile');
      },
    });
    expect(extractPageFacts('google-play', broken)).toEqual(EMPTY_PAGE_FACTS);
  });
});

// Minimal hand-written pages for the cases no saved page shows. The real layout is in the fixtures.
function denseRecord(appId: string, title: string): unknown[] {
  const record: unknown[] = [];
  record[0] = [title];
  record[68] = ['Dev'];
  record[77] = [appId];
  return record;
}

function page(options: { canonical?: string; bundleId?: string; record: unknown }): string {
  const data = JSON.stringify([null, [null, null, options.record]]);
  const canonical = options.canonical
    ? `<link rel="canonical" href="https://play.google.com/store/apps/details?id=${options.canonical}&amp;hl=en">`
    : '';
  const meta = options.bundleId ? `<meta name="appstore:bundle_id" content="${options.bundleId}">` : '';
  return `<html><head>${canonical}${meta}</head><body><h1 itemprop="name">DOM title</h1>
    <script>AF_initDataCallback({key: 'ds:5', hash: '9', data:${data}, sideChannel: {}});</script></body></html>`;
}
