// The README's screenshots, taken by the end-to-end run so that they always show the current build:
// the popup for an app in the dataset and for one that is not, in the light and the dark theme, and
// the options page. Written to docs/screenshots/ on every run (overwriting the previous ones).
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { BADGE_OF, isDatasetBadge, PAGE_DEVELOPERS } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { REPO_ROOT } from './harness/paths';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const OUT = path.join(REPO_ROOT, 'docs/screenshots');
const POPUP = { width: 420, height: 600 };
const log = (...parts: unknown[]): void => console.log('[e2e screenshots]', ...parts);

describe('Chromium: README screenshots', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    await mkdir(OUT, { recursive: true });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  /** The popup for a store URL once the page's own details are in, as a user opening it would see. */
  async function popupFor(url: string, badge: (b: string) => boolean, developer: RegExp): Promise<Page> {
    const tab = await chromium.open(url);
    const tabId = await chromium.tabIdOf(tab);
    await waitFor(() => chromium.badgeText(tabId), badge, { what: `the badge for ${url}` });
    return waitFor(
      async () => {
        const page = await chromium.openPopup(tabId);
        const shown = await page.$eval('#page-developer', (e) => e.textContent ?? '').catch(() => '');
        if (developer.test(shown)) return page;
        await page.close();
        return null;
      },
      (page) => page !== null,
      { what: `the popup for ${url} with the developer read from the page`, intervalMs: 250 },
    ) as Promise<Page>;
  }

  async function shoot(page: Page, name: string, viewport: { width: number; height: number }, theme: 'light' | 'dark' = 'light'): Promise<void> {
    await page.setViewport(viewport);
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file as `${string}.png`, fullPage: true });
    log(`wrote ${path.relative(REPO_ROOT, file)}`);
  }

  it('the popup for an app in the dataset (Google Translate on Google Play), light and dark', async () => {
    const page = await popupFor(URLS.translatePlay, isDatasetBadge, /Google/);
    expect(await page.$eval('#report', (e) => (e as HTMLElement).dataset.level)).toMatch(/concern|noted/);
    await shoot(page, 'popup-listed', POPUP);
    await shoot(page, 'popup-listed-dark', POPUP, 'dark');
    await page.close();
  });

  it('the popup for an app not in the dataset (Where Am I on Google Play)', async () => {
    const page = await popupFor(URLS.whereAmIPlay, (b) => b === BADGE_OF.unknown, PAGE_DEVELOPERS.whereAmI);
    expect(await page.$eval('#report', (e) => (e as HTMLElement).dataset.level)).toBe('unknown');
    await shoot(page, 'popup-unlisted', POPUP);
    await page.close();
  });

  it('the options page', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html#welcome`, { waitUntil: 'load' });
    await page.waitForSelector('#options[data-state="ready"]');
    await page.click('#record-list button');
    await shoot(page, 'options', { width: 1100, height: 800 });
    await page.close();
  });
});
