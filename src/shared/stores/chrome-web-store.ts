import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// chromewebstore.google.com/detail/<slug>/<id> (2023 →) and the legacy
// chrome.google.com/webstore/detail/<slug>/<id>. The slug is cut to 25 characters and may change, so
// only the id counts (STRUCTURE.md §4). An extension id is 32 letters a–p. The item's own sub-pages
// (reviews, privacy practices, support) describe the same item.
const ITEM_PATH = /^\/detail\/(?:[^/]+\/)?([a-p]{32})(?:\/(?:reviews|privacy|support|related))?\/?$/;
const LEGACY_PREFIX = '/webstore';

export const chromeWebStore: StoreAdapter = {
  store: 'chrome-web-store',
  identify(url) {
    let path: string;
    if (isHttpsOn(url, 'chromewebstore.google.com')) path = url.pathname;
    else if (isHttpsOn(url, 'chrome.google.com') && url.pathname.startsWith(`${LEGACY_PREFIX}/`)) {
      path = url.pathname.slice(LEGACY_PREFIX.length);
    } else return null;
    const id = ITEM_PATH.exec(path)?.[1];
    return id ? { store: 'chrome-web-store', type: 'chrome', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://chromewebstore.google.com/detail/adobe-acrobat-pdf-edit-co/efaidnbmnnnibpcajpcglclefindmkaj', id: 'efaidnbmnnnibpcajpcglclefindmkaj' },
    { url: 'https://chromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia?hl=en-US', id: 'pjkljhegncpnkpknbcohdijeoejaedia' },
    { url: 'https://chromewebstore.google.com/detail/efaidnbmnnnibpcajpcglclefindmkaj', id: 'efaidnbmnnnibpcajpcglclefindmkaj' },
    { url: 'https://chromewebstore.google.com/detail/efaidnbmnnnibpcajpcglclefindmkaj/privacy', id: 'efaidnbmnnnibpcajpcglclefindmkaj' },
    { url: 'https://chromewebstore.google.com/detail/adobe-acrobat-pdf-edit-co/efaidnbmnnnibpcajpcglclefindmkaj/reviews', id: 'efaidnbmnnnibpcajpcglclefindmkaj' },
    { url: 'https://chromewebstore.google.com/detail/%E7%BF%BB%E8%AF%91/aapbdbdomjkkjkaonfhkkikfgjllcleb', id: 'aapbdbdomjkkjkaonfhkkikfgjllcleb' },
    { url: 'https://chrome.google.com/webstore/detail/do-not-merge-wip-for-gith/nimelepbpejjlbmoobocpfnjhihnpked', id: 'nimelepbpejjlbmoobocpfnjhihnpked' },
    { url: 'https://chrome.google.com/webstore/detail/nimelepbpejjlbmoobocpfnjhihnpked?hl=de', id: 'nimelepbpejjlbmoobocpfnjhihnpked' },
  ],
  nonApp: [
    'https://chromewebstore.google.com/',
    'https://chromewebstore.google.com/category/extensions',
    'https://chromewebstore.google.com/search/translate',
    'https://chromewebstore.google.com/collection/by_chrome_extensions',
    'https://chromewebstore.google.com/detail/gmail/',
    // 31 letters; a letter outside a–p; upper case.
    'https://chromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedi',
    'https://chromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedz',
    'https://chromewebstore.google.com/detail/gmail/PJKLJHEGNCPNKPKNBCOHDIJEOEJAEDIA',
    'https://chromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia/unknown-page',
    'https://chrome.google.com/webstore/category/extensions',
    'https://chrome.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
    'http://chromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
    'https://chromewebstore.google.com.evil.example/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
    'https://evilchromewebstore.google.com/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
    'https://chromewebstore.google.com:8443/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
  ],
};
