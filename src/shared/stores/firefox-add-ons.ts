import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// addons.mozilla.org/<locale>/(firefox|android)/addon/<slug|guid|numeric id>/, plus the add-on's own
// sub-pages. AMO answers to any of the three names, and the dataset records what the URL says, so
// the id is kept exactly as in the URL, percent-decoded. Links without a locale redirect to one.
const ADDON_PATH =
  /^\/(?:[a-z]{2,3}(?:-[A-Za-z]{2,4})?\/)?(?:firefox|android)\/addon\/([^/]+)(?:\/(?:reviews|versions|privacy|eula|license)(?:\/[0-9]*)?)?\/?$/;
// Slugs: letters (any script), digits, "-" and "_". GUIDs: "{uuid}" or an e-mail-like "name@domain"
// (the part before "@" may be empty, e.g. "@testpilot-containers").
const SLUG = /^[\p{L}\p{N}_-]{1,100}$/u;
const UUID_GUID = /^\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}$/;
const EMAIL_GUID = /^[\w.+-]{0,80}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export const firefoxAddOns: StoreAdapter = {
  store: 'firefox-add-ons',
  identify(url) {
    if (!isHttpsOn(url, 'addons.mozilla.org')) return null;
    const segment = ADDON_PATH.exec(url.pathname)?.[1];
    const id = segment ? decoded(segment) : null;
    if (!id || id.length > 120 || !(SLUG.test(id) || UUID_GUID.test(id) || EMAIL_GUID.test(id))) return null;
    return { store: 'firefox-add-ons', type: 'firefox', id };
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/', id: 'ublock-origin' },
    { url: 'https://addons.mozilla.org/zh-CN/firefox/addon/ublock-origin/?utm_source=x', id: 'ublock-origin' },
    { url: 'https://addons.mozilla.org/de/android/addon/ublock-origin/reviews/', id: 'ublock-origin' },
    { url: 'https://addons.mozilla.org/en-US/firefox/addon/multi-account-containers/versions/', id: 'multi-account-containers' },
    { url: 'https://addons.mozilla.org/firefox/addon/ublock-origin', id: 'ublock-origin' },
    { url: 'https://addons.mozilla.org/en-US/firefox/addon/uBlock0@raymondhill.net/', id: 'uBlock0@raymondhill.net' },
    { url: 'https://addons.mozilla.org/en-US/firefox/addon/%40testpilot-containers/', id: '@testpilot-containers' },
    {
      url: 'https://addons.mozilla.org/en-US/firefox/addon/%7Bd10d0bf8-f5b5-c8b4-a8b2-2b9879e08c5d%7D/',
      id: '{d10d0bf8-f5b5-c8b4-a8b2-2b9879e08c5d}',
    },
    { url: 'https://addons.mozilla.org/ja/firefox/addon/%E7%BF%BB%E8%A8%B3/', id: '翻訳' },
    { url: 'https://addons.mozilla.org/en-US/firefox/addon/607454/', id: '607454' },
  ],
  nonApp: [
    'https://addons.mozilla.org/en-US/firefox/',
    'https://addons.mozilla.org/en-US/firefox/extensions/',
    'https://addons.mozilla.org/en-US/firefox/search/?q=ublock',
    'https://addons.mozilla.org/en-US/firefox/user/11423598/',
    'https://addons.mozilla.org/en-US/firefox/collections/4757633/privacy-matters/',
    'https://addons.mozilla.org/en-US/firefox/addon/',
    'https://addons.mozilla.org/en-US/thunderbird/addon/ublock-origin/',
    'https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/unknown/',
    'https://addons.mozilla.org/en-US/firefox/addon/%3Cscript%3E/',
    'https://addons.mozilla.org/en-US/firefox/addon/%E0%A4%A/',
    'https://addons.mozilla.org/en-US/firefox/addon/a%20b/',
    'http://addons.mozilla.org/en-US/firefox/addon/ublock-origin/',
    'https://addons.mozilla.org.evil.example/en-US/firefox/addon/ublock-origin/',
    'https://addons.mozilla.com/en-US/firefox/addon/ublock-origin/',
  ],
};
