// End-to-end in Debian's Chromium: the built extension on replayed store pages at their real URLs.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { importThroughOptions } from './harness/extension-control';
import { BADGE_OF, isDatasetBadge, PAGE_DEVELOPERS, type Level } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';
import { USER_LAYER_TUKDAENG } from './harness/paths';
import { loadDataset } from '../../scripts/lib/load-dataset';

const log = (...parts: unknown[]): void => console.log('[e2e chromium]', ...parts);

interface PopupView {
  state: string | null;
  level: string | null;
  appName: string;
  pageDeveloper: string;
  sourcesTag: string | null;
  sourceLinks: string[];
}

async function readPopup(popup: Page): Promise<PopupView> {
  return popup.evaluate(() => {
    const text = (selector: string): string => document.querySelector(selector)?.textContent?.trim() ?? '';
    const report = document.querySelector<HTMLElement>('#report');
    return {
      state: report?.dataset.state ?? null,
      level: report?.dataset.level ?? null,
      appName: text('#app-name'),
      pageDeveloper: text('#page-developer'),
      sourcesTag: document.querySelector('#sources')?.tagName ?? null,
      sourceLinks: [...document.querySelectorAll<HTMLAnchorElement>('#sources li a[href^="https://"]')].map((a) => a.href),
    };
  });
}

describe('Chromium: the extension on replayed store pages', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;
  const started = Date.now();

  beforeAll(async () => {
    // Chromium maps host *and* port, so it can do without 443 (not root, or port busy).
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    const version = await chromium.browser.version();
    log(`store server on 127.0.0.1:${server.port}; extension ${chromium.extensionId} in ${version}`);
    log(`ready in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await chromium?.close();
    log('requests that reached the store server:', JSON.stringify(server?.summary()));
    await server?.close();
    log(`suite took ${Date.now() - started} ms`);
  });

  /** Opens `url` in a new tab and waits until the badge for that tab satisfies `accept`. */
  async function visit(url: string, accept: (badge: string) => boolean) {
    const page = await chromium.open(url);
    expect(server?.served(url), `the server replayed ${url}`).toBe(true);
    const tabId = await chromium.tabIdOf(page);
    const badge = await waitFor(() => chromium.badgeText(tabId), accept, { what: `the badge of tab ${tabId} (${url})` });
    const title = await chromium.title(tabId);
    log(`${url} → tab ${tabId}, badge ${JSON.stringify(badge)}, title ${JSON.stringify(title)}`);
    return { page, tabId, badge };
  }

  async function popupFor(tabId: number): Promise<PopupView> {
    const popup = await chromium.openPopup(tabId);
    const view = await readPopup(popup);
    log(`popup for tab ${tabId}:`, JSON.stringify(view));
    await popup.close();
    return view;
  }

  it.each([
    { url: URLS.translatePlay, name: 'Google Translate' },
    { url: URLS.instagramPlayZhCn, name: 'Instagram' },
  ])('an app in the dataset ($name): level badge, named app and numbered sources', async ({ url, name }) => {
    const { page, tabId, badge } = await visit(url, isDatasetBadge);
    const view = await popupFor(tabId);
    expect(view.state).toBe('ready');
    expect(['concern', 'noted']).toContain(view.level);
    expect(BADGE_OF[view.level as Level], 'badge and popup level agree').toBe(badge);
    expect(view.appName).toContain(name);
    expect(view.sourcesTag).toBe('OL');
    expect(view.sourceLinks.length).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    { name: 'Univerza Tukdaeng on the App Store', url: URLS.tukdaengApple, developer: PAGE_DEVELOPERS.tukdaeng, country: null },
    // The saved page's "About the developer" address ends with "Poland".
    { name: 'Where Am I on Google Play', url: URLS.whereAmIPlay, developer: PAGE_DEVELOPERS.whereAmI, country: 'Poland' },
  ])('an app not in the dataset ($name): "?" badge, unknown level, developer read from the page', async ({ url, developer, country }) => {
    const { page, tabId } = await visit(url, (b) => b === BADGE_OF.unknown);
    // The developer comes from the content script, which may report a moment after the badge is set.
    const view = await waitFor(() => popupFor(tabId), (v) => developer.test(v.pageDeveloper), {
      what: `the popup of tab ${tabId} to show the developer read from the page`,
      intervalMs: 250,
    });
    expect(view.state).toBe('ready');
    expect(view.level).toBe('unknown');
    expect(view.pageDeveloper).toMatch(developer);
    if (country) {
      const popup = await chromium.openPopup(tabId);
      const text = await popup.$eval('#page-country', (e) => e.textContent ?? '');
      log(`what the address indicates: ${JSON.stringify(text)}`);
      expect(text).toContain(country);
      await popup.close();
    }
    await page.close();
  });

  it("Google Play's data-safety page: each declared data type is explained by the bundled glossary, with its source", async () => {
    const { page, tabId } = await visit(URLS.translatePlayDataSafety, isDatasetBadge);
    const popup = await waitFor(
      async () => {
        const p = await chromium.openPopup(tabId);
        const ready = await p.evaluate(() => document.querySelectorAll('#page .explain').length > 0);
        if (!ready) await p.close();
        return ready ? p : null;
      },
      (p) => p !== null,
      { what: `the popup of tab ${tabId} to explain the page's data types`, intervalMs: 250 },
    );
    const rows = await popup!.evaluate(() =>
      [...document.querySelectorAll('#page li')].map((li) => ({
        term: li.querySelector('.term')?.textContent ?? '',
        explain: li.querySelector('.explain')?.textContent ?? '',
        ref: li.querySelector<HTMLAnchorElement>('.explain a.ref')?.getAttribute('href') ?? '',
      })),
    );
    log('explained data types:', JSON.stringify(rows.filter((r) => r.explain).map((r) => r.term)));
    const location = rows.find((r) => r.term === 'Approximate location');
    expect(location?.explain).toMatch(/location/i);
    expect(location?.ref).toMatch(/^#source-\d+$/);
    const target = await popup!.$eval(location!.ref, (li) => li.querySelector('a[href^="https://"]')?.getAttribute('href') ?? '');
    expect(target).toContain('developer.android.com');
    // Statements on the page (security practices) are not data types and stay unexplained.
    expect(rows.find((r) => r.term === 'Data is encrypted in transit')?.explain).toBe('');
    await popup!.close();
    await page.close();
  });

  it('an App Store app added by the user through the options page: in the dataset, from "your edit"', async () => {
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('#options[data-state="ready"]');
    // The import is previewed first (issue 5) and applied on confirm.
    const status = await importThroughOptions(options, USER_LAYER_TUKDAENG);
    log(`options import: ${JSON.stringify(status)}`);
    expect(status).toMatch(/3/);
    await options.close();

    const { page, tabId, badge } = await visit(URLS.tukdaengApple, isDatasetBadge);
    const view = await popupFor(tabId);
    expect(view.level).toBe('noted');
    expect(BADGE_OF.noted).toBe(badge);
    expect(view.appName).toBe('Univerza Tukdaeng');
    expect(view.sourceLinks).toContain('https://apps.apple.com/th/app/univerza-tukdaeng/id6811926515');
    const origins = await (await chromium.openPopup(tabId)).$$eval('.origin-user', (els) => els.length);
    expect(origins, 'statements say they come from the user').toBeGreaterThan(0);
    await chromium.inWorker(() => chrome.storage.local.clear(), null);
    await page.close();
  });

  it('the Chrome Web Store, where Chrome runs no content script: badge and popup from the URL alone, saying why', async () => {
    const { page, tabId, badge } = await visit(URLS.translateChromeWebStore, isDatasetBadge);
    const popup = await chromium.openPopup(tabId);
    const forbidden = await popup.$eval('#page-forbidden', (e) => e.textContent ?? '');
    const view = await readPopup(popup);
    log(`Chrome Web Store popup: ${JSON.stringify(view)}; page section: ${JSON.stringify(forbidden)}`);
    expect(view.appName).toBe('Google Translate (Chrome extension)');
    expect(BADGE_OF[view.level as Level]).toBe(badge);
    expect(forbidden).toContain('Chrome Web Store');
    expect(view.pageDeveloper, 'nothing was read from the page').toBe('');
    await popup.close();
    await page.close();
  });

  it('opt-in markers: off by default; once on, links to dataset apps get an accessible marker in a shadow root', async () => {
    const selector = '[data-jurisdiction-lens-marker]';
    const before = await visit(URLS.instagramPlayZhCn, isDatasetBadge);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await before.page.$$(selector), 'no markers unless the user turns them on').toHaveLength(0);
    await before.page.close();

    await chromium.inWorker(() => chrome.storage.local.set({ settings: { version: 1, topics: ['compelled-assistance', 'interception', 'extraterritorial-access'], jurisdictions: 'all', markers: true } }), null);
    const { page } = await visit(URLS.instagramPlayZhCn, isDatasetBadge);
    await page.waitForSelector(selector, { timeout: 10_000 });
    const markers = await page.$$eval(selector, (els) =>
      els.map((e) => ({ label: e.getAttribute('aria-label'), role: e.getAttribute('role'), open: e.shadowRoot !== null, link: (e.previousElementSibling as HTMLAnchorElement | null)?.href ?? '' })),
    );
    log(`markers on the Instagram page: ${JSON.stringify(markers)}`);
    // Every marker sits after a link to an app of the bundled dataset and names that app.
    const nameOfPackage = new Map(loadDataset().records.flatMap((r) => (r.kind === 'app' ? r.stores.filter((s) => s.type === 'android').map((s) => [s.id, r.name] as const) : [])));
    expect(markers.map((m) => new URL(m.link).searchParams.get('id'))).toContain('com.whatsapp');
    for (const m of markers) {
      const name = nameOfPackage.get(new URL(m.link).searchParams.get('id') ?? '');
      expect(name, `${m.link} is an app of the dataset`).toBeDefined();
      expect(m.label).toContain(name);
      expect(m.role).toBe('img');
      expect(m.open, 'the shadow root is closed to the page').toBe(false);
    }
    await chromium.inWorker(() => chrome.storage.local.remove('settings'), null);
    await page.close();
  });

  it('a store page that is not an app page: no badge, popup says so, and the badge clears after navigating away from an app', async () => {
    const { page, tabId } = await visit(URLS.playGames, (b) => b === BADGE_OF.none);
    const view = await popupFor(tabId);
    expect(view.state).toBe('ready');
    expect(view.level).toBe('none');
    await page.close();

    const app = await visit(URLS.translatePlay, isDatasetBadge);
    await app.page.goto(URLS.playGames, { waitUntil: 'load' });
    const cleared = await waitFor(() => chromium.badgeText(app.tabId), (b) => b === BADGE_OF.none, {
      what: `the badge of tab ${app.tabId} to clear after leaving the app page`,
    });
    log(`tab ${app.tabId} after navigating to ${URLS.playGames}: badge ${JSON.stringify(cleared)}`);
    expect((await popupFor(app.tabId)).level).toBe('none');
    await app.page.close();
  });

  it('single-page navigation: the badge and the report follow history.pushState', async () => {
    const { page, tabId } = await visit(URLS.spaStart, (b) => b === BADGE_OF.none);
    await page.evaluate((url) => history.pushState({}, '', url), URLS.translatePlay);
    const inDataset = await waitFor(() => chromium.badgeText(tabId), isDatasetBadge, {
      what: `the badge of tab ${tabId} after pushState to ${URLS.translatePlay}`,
    });
    await page.evaluate((url) => history.pushState({}, '', url), URLS.whereAmIPlay);
    const unknown = await waitFor(() => chromium.badgeText(tabId), (b) => b === BADGE_OF.unknown, {
      what: `the badge of tab ${tabId} after pushState to ${URLS.whereAmIPlay}`,
    });
    log(`tab ${tabId}: pushState → Translate badge ${JSON.stringify(inDataset)}, → Where Am I badge ${JSON.stringify(unknown)}`);
    expect((await popupFor(tabId)).level).toBe('unknown');
    await page.close();
  });

  it('single-page navigation from one app page to another does not carry the first page\'s developer over', async () => {
    const { page, tabId } = await visit(URLS.translatePlay, isDatasetBadge);
    // The document still shows Google Translate (developer "Google LLC"); the URL now names Where Am I.
    await page.evaluate((url) => history.pushState({}, '', url), URLS.whereAmIPlay);
    await waitFor(() => chromium.badgeText(tabId), (b) => b === BADGE_OF.unknown, {
      what: `the badge of tab ${tabId} after pushState to ${URLS.whereAmIPlay}`,
    });
    const view = await popupFor(tabId);
    expect(view.level).toBe('unknown');
    expect(view.pageDeveloper).not.toContain('Google LLC');
    await page.close();
  });
});
