// Browsers keep extensions off their own add-on stores: Chrome runs no content script on the Chrome
// Web Store, Firefox none on addons.mozilla.org, Edge none on Edge Add-ons. There the report is built
// from the URL alone, and the popup says why the page's own details are missing.
import type { StoreName } from '../shared/stores';

export type BrowserName = 'chrome' | 'firefox' | 'edge';

const FORBIDDEN: Partial<Record<StoreName, BrowserName>> = {
  'chrome-web-store': 'chrome',
  'firefox-add-ons': 'firefox',
  'edge-add-ons': 'edge',
};

/** Which browser runs us. Edge and Chrome share an engine; Edge says so in its user agent. */
export function detectBrowser(userAgent: string, hasGetBrowserInfo: boolean): BrowserName {
  if (hasGetBrowserInfo) return 'firefox';
  return /\bEdg\//.test(userAgent) ? 'edge' : 'chrome';
}

export function contentScriptsForbidden(store: StoreName, browser: BrowserName): boolean {
  return FORBIDDEN[store] === browser;
}
