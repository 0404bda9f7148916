// The saved store pages the HTTPS server replays, each at the URL it was captured from.
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

export interface Route {
  /** The full store URL; the server matches host, path and the set of query parameters. */
  url: string;
  /** A file under tests/fixtures/, served byte for byte... */
  fixture?: string;
  /** ...or a literal HTML body. */
  html?: string;
}

/** Store URLs the tests visit, named so that tests and routes cannot drift apart. */
export const URLS = {
  translatePlay: 'https://play.google.com/store/apps/details?id=com.google.android.apps.translate&hl=en',
  translatePlayDataSafety: 'https://play.google.com/store/apps/datasafety?id=com.google.android.apps.translate&hl=en',
  instagramPlayZhCn: 'https://play.google.com/store/apps/details?id=com.instagram.android&hl=zh&gl=CN',
  whereAmIPlay: 'https://play.google.com/store/apps/details?id=com.adex77.WhereAmI&hl=en',
  tukdaengApple: 'https://apps.apple.com/th/app/univerza-tukdaeng/id6811926515',
  playGames: 'https://play.google.com/store/games',
  /** Saved Chrome Web Store page (re-indented by its collector; see tests/fixtures/PROVENANCE.md). */
  translateChromeWebStore: 'https://chromewebstore.google.com/detail/google-translate/aapbdbdomjkkjkaonfhkkikfgjllcleb',
  /** Firefox Add-ons: no page has been saved; a stand-in page at a real add-on URL (see below). */
  uBlockAmo: 'https://addons.mozilla.org/en-US/firefox/addon/ublock-origin/',
  /** A bare page that can change its URL with history.pushState (single-page navigation tests). */
  spaStart: 'https://play.google.com/store/search?q=jurisdiction-lens-e2e-spa&c=apps',
} as const;

const SPA_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>e2e: single-page navigation</title></head>
<body><p id="where">start</p>
<script>
  // Like the store's own router: the URL changes, the document does not reload.
  // Tests call window.e2ePushState(url), or open this page with #push=<url-encoded url>.
  window.e2ePushState = (url) => {
    history.pushState({}, '', url);
    document.getElementById('where').textContent = location.href;
  };
  const push = new URLSearchParams(location.hash.slice(1)).get('push');
  if (push) setTimeout(() => window.e2ePushState(push), 0);
</script></body></html>
`;

const NOT_AN_APP_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Games - Apps on Google Play</title></head>
<body><h1>Games</h1><p>A store page that is not an app page.</p></body></html>
`;

// Not a captured page: the browser forbids content scripts on addons.mozilla.org in Firefox, so the
// test only needs a document at that URL; the extension must work from the URL alone.
const AMO_STAND_IN = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>e2e stand-in for an addons.mozilla.org page</title></head>
<body><p>Stand-in page written for the tests; not a captured store page.</p></body></html>
`;

const fixture = (relative: string): string => path.join(FIXTURES_DIR, relative);

export const ROUTES: readonly Route[] = [
  {
    url: URLS.translatePlay,
    fixture: fixture('google-play/2026-07_google-translate_com.google.android.apps.translate_en.html'),
  },
  { url: URLS.translatePlayDataSafety, fixture: fixture('google-play-datasafety/2026-07_google-translate_datasafety_en.html') },
  { url: URLS.instagramPlayZhCn, fixture: fixture('google-play/2022-08_instagram_com.instagram.android_zh-CN.html') },
  { url: URLS.whereAmIPlay, fixture: fixture('google-play/2026-07_where-am-i_com.adex77.WhereAmI_en.html') },
  { url: URLS.tukdaengApple, fixture: fixture('apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html') },
  { url: URLS.playGames, html: NOT_AN_APP_PAGE },
  {
    url: URLS.translateChromeWebStore,
    fixture: fixture('chrome-web-store/2024-04_google-translate_PRETTIFIED_aapbdbdomjkkjkaonfhkkikfgjllcleb.html'),
  },
  { url: URLS.uBlockAmo, html: AMO_STAND_IN },
  { url: URLS.spaStart, html: SPA_PAGE },
];

/** `host` + path + sorted query parameters: the same key whatever the parameter order. */
/** Every host the routes serve, for the browsers' name mapping. */
export const ROUTE_HOSTS: readonly string[] = [...new Set(ROUTES.map((r) => new URL(r.url).hostname))];

export function routeKey(host: string, pathname: string, search: URLSearchParams): string {
  const params = [...search.entries()].sort(([a, x], [b, y]) => (a === b ? x.localeCompare(y) : a.localeCompare(b)));
  return `${host.toLowerCase()}${pathname}?${new URLSearchParams(params).toString()}`;
}

export function routeKeyOfUrl(url: string): string {
  const u = new URL(url);
  return routeKey(u.hostname, u.pathname, u.searchParams);
}
