// End-to-end in Debian's Firefox ESR: the built extension on a replayed Play page at its real URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BADGE_OF, isDatasetBadge, PAGE_DEVELOPERS } from './harness/expectations';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e firefox]', ...parts);

/** The part of the stored per-tab report (`storage.session`, key `report:<tabId>`) the tests look at. */
interface StoredReport {
  app: { name: string } | null;
  level: string;
  page: { developer: string | null } | null;
  pageStatus?: string;
  explained?: { term: string; meaning?: string; glossary: string; sources: number[] }[];
  sources?: { n: number; url: string }[];
}

const isReport = (value: unknown): value is StoredReport =>
  typeof value === 'object' && value !== null && 'level' in value && 'app' in value && 'page' in value;

describe('Firefox ESR: the extension on replayed store pages', () => {
  let server: StoreServer | undefined;
  let firefox: FirefoxSession;
  const started = Date.now();

  beforeAll(async () => {
    server = await startStoreServer();
    firefox = await launchFirefox();
    log(`store server on 127.0.0.1:${server.port}; extension ${firefox.extensionId} in ${await firefox.browser.version()}`);
    log(`ready in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    log('requests that reached the store server:', JSON.stringify(server?.summary()));
    await server?.close();
    log(`suite took ${Date.now() - started} ms`);
  });

  /** Opens `url`, then waits for a stored report on its tab that satisfies `accept`. */
  async function visit(url: string, accept: (report: StoredReport) => boolean) {
    const page = await firefox.open(url);
    expect(server?.served(url), `the server replayed ${url}`).toBe(true);
    const tabId = await firefox.tabIdOf(page);
    const key = `report:${tabId}`;
    const report = (await waitFor(() => firefox.sessionValue(key), (v) => isReport(v) && accept(v), {
      what: `storage.session["${key}"] for ${url}`,
    })) as StoredReport;
    const badge = await firefox.badgeText(tabId);
    log(`${url} → tab ${tabId}, badge ${JSON.stringify(badge)}, ${key} =`, JSON.stringify(report).slice(0, 600));
    return { page, tabId, report, badge };
  }

  it('Google Translate on Play: dataset badge and a stored report with the app and the page developer', async () => {
    // page.developer is filled in by the content script: evidence that it ran on the real store URL.
    const { page, report, badge } = await visit(URLS.translatePlay, (r) => !!r.page?.developer);
    expect(report.app?.name).toBe('Google Translate');
    expect(report.page?.developer).toEqual(expect.any(String));
    expect(isDatasetBadge(badge), `badge ${JSON.stringify(badge)} is "!" or "i"`).toBe(true);
    await page.close();
  });

  it("Google Play's data-safety page: the stored report explains the declared data types from the bundled glossary", async () => {
    const { page, report } = await visit(URLS.translatePlayDataSafety, (r) => (r.explained?.length ?? 0) > 0);
    const location = report.explained?.find((x) => x.term === 'Approximate location');
    expect(location?.glossary).toBe('google-play-data-safety-data-types');
    expect(location?.meaning).toMatch(/location/i);
    const cited = report.sources?.filter((s) => location?.sources.includes(s.n)).map((s) => s.url) ?? [];
    expect(cited.some((url) => url.includes('developer.android.com'))).toBe(true);
    await page.close();
  });

  it('Where Am I on Play (not in the dataset): "?" badge, unknown level, developer read from the page', async () => {
    const { page, report, badge } = await visit(URLS.whereAmIPlay, (r) => !!r.page?.developer);
    expect(report.level).toBe('unknown');
    expect(report.app).toBeNull();
    expect(report.page?.developer).toMatch(PAGE_DEVELOPERS.whereAmI);
    expect(badge).toBe(BADGE_OF.unknown);
    await page.close();
  });

  it('single-page navigation: the badge and the stored report follow history.pushState', async () => {
    // A store page that is not an app page: there may be no stored report for it at all, so none is awaited.
    const page = await firefox.open(URLS.spaStart);
    const tabId = await firefox.tabIdOf(page);
    expect(await firefox.badgeText(tabId)).toBe(BADGE_OF.none);
    await page.evaluate((url) => history.pushState({}, '', url), URLS.translatePlay);
    const badge = await waitFor(() => firefox.badgeText(tabId), isDatasetBadge, {
      what: `the badge of tab ${tabId} after pushState to ${URLS.translatePlay}`,
    });
    const key = `report:${tabId}`;
    const report = (await waitFor(() => firefox.sessionValue(key), (v) => isReport(v) && v.app?.name === 'Google Translate', {
      what: `storage.session["${key}"] after pushState`,
    })) as StoredReport;
    log(`tab ${tabId} after pushState: badge ${JSON.stringify(badge)}, level ${report.level}, app ${report.app?.name}`);
    await page.close();
  });

  it('addons.mozilla.org, where Firefox runs no content script: badge and report from the URL alone, marked "forbidden"', async () => {
    const { page, report, badge } = await visit(URLS.uBlockAmo, (r) => r.pageStatus === 'forbidden');
    expect(report.level).toBe('unknown');
    expect(report.page).toBeNull();
    expect(badge).toBe(BADGE_OF.unknown);
    await page.close();
  });

  it('the Chrome Web Store, where Firefox does run content scripts: the page is read', async () => {
    const { page, report, badge } = await visit(URLS.translateChromeWebStore, (r) => !!r.page?.developer);
    expect(report.app?.name).toBe('Google Translate (Chrome extension)');
    expect(report.page?.developer).toBe('Google LLC');
    expect(isDatasetBadge(badge)).toBe(true);
    await page.close();
  });
});
