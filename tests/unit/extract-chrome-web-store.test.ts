// @vitest-environment jsdom
// Chrome Web Store extraction on the real saved pages in tests/fixtures/chrome-web-store (see
// PROVENANCE.md there): the legacy 2020 chrome.google.com/webstore page and seven 2024-04 pages of
// chromewebstore.google.com (an extension by a trader, one with no developer block, a Google item, a
// theme, an item of type App, a delisted item, and a page re-indented by a formatter whose embedded
// data is no longer JSON). Every expected value below was read in the saved file itself: the visible
// "Details" and "Privacy" sections and the embedded ds:0 item record with its manifest string.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractChromeWebStore } from '../../src/content/extract/chrome-web-store';
import { manifestPermissions, splitPermissions } from '../../src/content/extract/extension-manifest';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../src/shared/page-facts';

// Paths, not URL objects: under the jsdom environment the global URL is jsdom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/chrome-web-store');
const html = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

function removeEmbeddedData(doc: Document): void {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    if ((script.textContent ?? '').includes('AF_initDataCallback')) script.remove();
  }
}

const ADOBE = '2024-04_adobe-acrobat_efaidnbmnnnibpcajpcglclefindmkaj.html';
const noDeveloperBlock = { legalName: null, address: null };
const noPrivacyInfo: PageFacts['privacy'] = []; // "The developer has not provided any information …"
const limitedUse = {
  heading: 'This developer declares that your data is',
  items: [
    'Not being sold to third parties, outside of the approved use cases',
    "Not being used or transferred for purposes that are unrelated to the item's core functionality",
    'Not being used or transferred to determine creditworthiness or for lending purposes',
  ],
};

interface Case {
  file: string;
  facts: PageFacts;
  /** What the page yields with its AF_initDataCallback data removed, where that differs. */
  domOnly?: Partial<PageFacts>;
}

const CASES: Case[] = [
  {
    // Legacy store: schema.org microdata and "offered by sanemat"; no trader, privacy or manifest.
    file: '2020-09_LEGACY-chrome.google.com_do-not-merge-wip_nimelepbpejjlbmoobocpfnjhihnpked.html',
    facts: {
      ...EMPTY_PAGE_FACTS,
      pageAppId: 'nimelepbpejjlbmoobocpfnjhihnpked',
      title: 'Do Not Merge WIP for GitHub',
      developer: 'sanemat',
      trader: null,
    },
  },
  {
    // A trader with name and address; MV3 manifest with host_permissions <all_urls> and four
    // content scripts; optional_permissions (history, bookmarks) are not part of the install.
    file: ADOBE,
    facts: {
      pageAppId: 'efaidnbmnnnibpcajpcglclefindmkaj',
      title: 'Adobe Acrobat: PDF edit, convert, sign tools',
      developer: 'Adobe Inc.',
      legalName: 'Adobe Inc.',
      address: '345 Park Ave\nSan Jose, CA 95110\nUS',
      privacy: [
        { heading: 'Adobe Acrobat: PDF edit, convert, sign tools handles the following:', items: ['Location', 'User activity'] },
        limitedUse,
      ],
      trader: 'trader',
      permissions: ['contextMenus', 'tabs', 'downloads', 'nativeMessaging', 'webRequest', 'webNavigation', 'storage', 'scripting', 'alarms', 'declarativeNetRequest'],
      hostPermissions: ['<all_urls>', 'file://*/*', 'http://*/*', 'https://*/*', 'https://drive.google.com/*', 'https://workspace.google.com/*', 'https://mail.google.com/*'],
    },
    domOnly: { permissions: undefined, hostPermissions: undefined },
  },
  {
    // No developer block: only "Offered by jschally"; MV2 manifest whose only host access is a
    // content script on facebook.com.
    file: '2024-04_facebook-is-a-trap_enoefonmnokjconjjeknncmfghbidokn.html',
    facts: {
      pageAppId: 'enoefonmnokjconjjeknncmfghbidokn',
      title: 'Facebook is a trap!',
      developer: 'jschally',
      ...noDeveloperBlock,
      privacy: noPrivacyInfo,
      trader: 'non-trader',
      permissions: [],
      hostPermissions: ['*://*.facebook.com/*'],
    },
    // "Offered by" has no stable hook in the DOM; only the record names the publisher.
    domOnly: { developer: null, permissions: undefined, hostPermissions: undefined },
  },
  {
    // Google's own item: website and e-mail only. The record's publisher name "inbox-chrome-app"
    // is not displayed on this page (the header links "Google").
    file: '2024-04_gmail_pjkljhegncpnkpknbcohdijeoejaedia.html',
    facts: {
      pageAppId: 'pjkljhegncpnkpknbcohdijeoejaedia',
      title: 'Gmail',
      developer: 'inbox-chrome-app',
      ...noDeveloperBlock,
      privacy: noPrivacyInfo,
      trader: 'non-trader',
      permissions: ['notifications'],
      hostPermissions: [],
    },
    domOnly: { developer: null, permissions: undefined, hostPermissions: undefined },
  },
  {
    // Re-indented by a formatter: its AF_initDataCallback data is no longer JSON, so everything comes
    // from the DOM and the manifest is not read. The address line break after "Mountain" is the
    // formatter's re-wrapping, kept as the file has it.
    file: '2024-04_google-translate_PRETTIFIED_aapbdbdomjkkjkaonfhkkikfgjllcleb.html',
    facts: {
      pageAppId: 'aapbdbdomjkkjkaonfhkkikfgjllcleb',
      title: 'Google Translate',
      developer: 'Google LLC',
      legalName: 'Google LLC',
      address: '1600 Amphitheatre Pkwy Mountain\nView, CA 94043 US',
      privacy: [
        { heading: 'Google Translate handles the following:', items: ['Location', 'User activity', 'Website content'] },
        limitedUse,
      ],
      trader: 'trader',
    },
  },
  {
    // A theme: a non-trader who gives name and address; its manifest declares no permissions.
    file: '2024-04_morpheon-dark_theme_mafbdhjdkjnoafhfelkjpchpaepjknad.html',
    facts: {
      pageAppId: 'mafbdhjdkjnoafhfelkjpchpaepjknad',
      title: 'Morpheon Dark',
      developer: 'Jeremy Bean',
      legalName: 'Jeremy Bean',
      address: '2162 Wells Dr SE\nSmyrna, GA 30080-1465\nUS',
      privacy: [],
      trader: 'non-trader',
      permissions: [],
      hostPermissions: [],
    },
    domOnly: { permissions: undefined, hostPermissions: undefined },
  },
  {
    // An item of type App (hosted app manifest with an empty permission list).
    file: '2024-04_unziponline_app-type_jjbkhmlbghdnlkkcgekdipankmcioblk.html',
    facts: {
      pageAppId: 'jjbkhmlbghdnlkkcgekdipankmcioblk',
      title: 'unziponline',
      developer: 'unziponline.net',
      ...noDeveloperBlock,
      privacy: noPrivacyInfo,
      trader: 'non-trader',
      permissions: [],
      hostPermissions: [],
    },
    domOnly: { developer: null, permissions: undefined, hostPermissions: undefined },
  },
  {
    // Delisted: "This item is not available", <title>Chrome Web Store</title>, og:url the store root,
    // an error dataset instead of the record. Only the canonical link still names the item.
    file: '2024-04_webcam-widget-pro_NOT-AVAILABLE_fmamogbdpldjdkjldlcicflgecgahalp.html',
    facts: { ...EMPTY_PAGE_FACTS, pageAppId: 'fmamogbdpldjdkjldlcicflgecgahalp', trader: null },
  },
];

describe.each(CASES)('$file', ({ file, facts, domOnly }) => {
  let fromPage: PageFacts;
  let fromDomOnly: PageFacts;
  beforeAll(() => {
    const doc = parse(html(file));
    fromPage = extractChromeWebStore(doc);
    removeEmbeddedData(doc);
    fromDomOnly = extractChromeWebStore(doc);
  });

  it('extracts the facts the page shows', () => {
    expect(fromPage).toStrictEqual(facts);
  });

  it('finds the same with the embedded data removed (DOM fallback)', () => {
    const expected: Record<string, unknown> = { ...facts, ...domOnly };
    for (const key of Object.keys(expected)) if (expected[key] === undefined) delete expected[key];
    expect(fromDomOnly).toStrictEqual(expected);
  });
});

describe('stale and hostile pages', () => {
  it('does not use an item record that describes another item (in-store navigation)', () => {
    // The saved Adobe page, its canonical link and og:url pointing at another item: the record is
    // Adobe's, so its manifest and publisher are not attributed to the other item.
    const text = html(ADOBE).replaceAll(
      'detail/adobe-acrobat-pdf-edit-co/efaidnbmnnnibpcajpcglclefindmkaj"',
      'detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia"',
    );
    const facts = extractChromeWebStore(parse(text));
    expect(facts.pageAppId).toBe('pjkljhegncpnkpknbcohdijeoejaedia');
    expect(facts.permissions).toBeUndefined();
    expect(facts.hostPermissions).toBeUndefined();
  });

  it('returns empty facts for an empty document', () => {
    expect(extractChromeWebStore(parse(''))).toStrictEqual({ ...EMPTY_PAGE_FACTS, trader: null });
  });

  it('leaves permissions absent when the embedded manifest is not JSON', () => {
    const doc = parse(page(record({ manifest: '{"permissions": ["tabs"' })));
    expect(extractChromeWebStore(doc)).toMatchObject({ title: 'Item', trader: 'non-trader' });
    expect(extractChromeWebStore(doc).permissions).toBeUndefined();
  });

  it('caps what a hostile manifest can make us keep', () => {
    // Just under the 1 MB we read of a manifest; a larger one is not read at all.
    const hosts = Array.from({ length: 2000 }, (_, i) => `https://site${i}.example/${'x'.repeat(400)}`);
    const manifest = JSON.stringify({ permissions: Array(5000).fill('tabs'), host_permissions: hosts });
    const facts = extractChromeWebStore(parse(page(record({ manifest }))));
    expect(facts.permissions).toEqual(['tabs']);
    expect(facts.hostPermissions).toHaveLength(300);
    expect(facts.hostPermissions?.[0]).toHaveLength(300);
  });

  it('keeps markup in page text as inert text', () => {
    const facts = extractChromeWebStore(parse(page(record({ name: '<img src=x onerror=alert(1)>' }))));
    expect(facts.title).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('extension permissions', () => {
  it('splits MV2 permission lists into API permissions and host patterns', () => {
    expect(splitPermissions(['tabs', 'http://*/*', '<all_urls>', { fileSystem: ['write'] }, 42, 'tabs'])).toEqual({
      permissions: ['tabs', 'fileSystem'],
      hostPermissions: ['http://*/*', '<all_urls>'],
    });
  });

  it('counts content-script matches and host_permissions, not optional permissions', () => {
    const manifest = {
      manifest_version: 3,
      permissions: ['storage'],
      optional_permissions: ['history'],
      host_permissions: ['https://a.example/*'],
      optional_host_permissions: ['https://b.example/*'],
      content_scripts: [{ matches: ['https://c.example/*', 'https://a.example/*'] }, { js: ['x.js'] }, null],
    };
    expect(manifestPermissions(manifest)).toEqual({ permissions: ['storage'], hostPermissions: ['https://a.example/*', 'https://c.example/*'] });
  });

  it('is null for anything that is not a manifest object', () => {
    for (const value of [null, 'x', 1, [], undefined]) expect(manifestPermissions(value)).toBeNull();
  });
});

describe('extractPageFacts', () => {
  it('dispatches to the Chrome Web Store extractor', () => {
    const doc = parse(html(ADOBE));
    expect(extractPageFacts('chrome-web-store', doc)).toStrictEqual(extractChromeWebStore(doc));
  });
});

// Minimal hand-written pages for cases no saved page shows; the real layout is in the fixtures above.
function record(options: { name?: string; manifest?: string }): unknown[] {
  const item: unknown[] = [];
  item[0] = ['abcdefghijklmnopabcdefghijklmnop', null, options.name ?? 'Item'];
  item[10] = [null, null, null, null, null, 'publisher'];
  item[20] = options.manifest ?? '{}';
  return item;
}

function page(item: unknown[]): string {
  return `<html><head><link rel="canonical" href="https://chromewebstore.google.com/detail/item/abcdefghijklmnopabcdefghijklmnop"></head>
    <body><script>AF_initDataCallback({key: 'ds:0', hash: '1', data:${JSON.stringify(item)}, sideChannel: {}});</script></body></html>`;
}
