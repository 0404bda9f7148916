// Issue 7, item 4, end to end in Debian's Chromium. MV3 stops an idle service worker at any time; the
// report must survive that (state in storage.session, listeners registered on the first tick), and the
// user's edits must survive the extension being loaded again from disk.
//
// Not automated: chrome.runtime.reload(). In headless Chromium 156 under puppeteer it leaves any
// extension, even a minimal one with an empty worker, unreachable (extension pages fail with
// ERR_BLOCKED_BY_CLIENT and no new worker starts), whether the call comes from the worker or a page
// and whether the extension was loaded over CDP or --load-extension. The nearest thing that does work
// is used instead: the browser is closed and started again on the same profile, which loads the
// extension afresh from disk (new worker, empty storage.session, fresh content scripts) with
// storage.local kept.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { keptProfile, type KeptProfile, type ProfileRun } from './harness/chromium-profile';
import { badgeText, importThroughOptions, inServiceWorker, openExtensionPage, popupView, stopServiceWorker, tabIdOf, workerTargets } from './harness/extension-control';
import { BADGE_OF, isDatasetBadge, PAGE_DEVELOPERS } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { USER_LAYER_TUKDAENG } from './harness/paths';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e security: restarts]', ...parts);

/** Leaves a mark in the worker's memory; a restarted worker does not have it. */
const markWorker = (h: ChromiumSession | ProfileRun) => inServiceWorker(h, () => ((globalThis as Record<string, unknown>).__jlAlive = 'before'), null);
const workerMark = (h: ChromiumSession | ProfileRun) => inServiceWorker(h, () => (globalThis as Record<string, unknown>).__jlAlive ?? null, null);

describe('Chromium: the report survives the service worker being stopped', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('a stopped worker starts afresh and the popup shows the same report, page facts included', async () => {
    const apps = [
      { url: URLS.translatePlay, badge: isDatasetBadge, developer: /Google LLC/ },
      { url: URLS.whereAmIPlay, badge: (b: string) => b === BADGE_OF.unknown, developer: PAGE_DEVELOPERS.whereAmI },
    ];
    const before = [];
    for (const app of apps) {
      const page = await chromium.open(app.url);
      const tabId = await chromium.tabIdOf(page);
      await waitFor(() => chromium.badgeText(tabId), app.badge, { what: `the badge of ${app.url}` });
      const view = await waitFor(() => popupView(chromium, tabId), (v) => app.developer.test(v.pageDeveloper), { what: `the page facts of ${app.url}`, intervalMs: 250 });
      before.push({ ...app, page, tabId, view, badge: await chromium.badgeText(tabId) });
    }

    await markWorker(chromium);
    await stopServiceWorker(chromium);
    expect(workerTargets(chromium), 'no worker runs').toEqual([]);

    for (const app of before) {
      const after = await popupView(chromium, app.tabId);
      log(`${app.url}: before ${JSON.stringify(app.view)}, after the worker stopped ${JSON.stringify(after)}`);
      expect(after).toEqual(app.view);
      expect(await chromium.badgeText(app.tabId)).toBe(app.badge);
    }
    expect(await workerMark(chromium), 'the popup woke a new worker, without the old one\'s memory').toBeNull();
    for (const app of before) await app.page.close();
  });

  it('a stopped worker is woken by a single-page navigation and follows it', async () => {
    const page = await chromium.open(URLS.spaStart);
    const tabId = await chromium.tabIdOf(page);
    await markWorker(chromium);
    await stopServiceWorker(chromium);
    await page.evaluate((url) => history.pushState({}, '', url), URLS.translatePlay);
    const badge = await waitFor(() => chromium.badgeText(tabId), isDatasetBadge, { what: 'the badge after pushState with the worker stopped' });
    expect(BADGE_OF.none).not.toBe(badge);
    expect(await workerMark(chromium)).toBeNull();
    expect((await popupView(chromium, tabId)).appName).toContain('Google Translate');
    await page.close();
  });
});

describe('Chromium: user edits survive the extension being loaded again (browser restart, same profile)', () => {
  let server: StoreServer | undefined;
  let profile: KeptProfile;
  let run: ProfileRun | undefined;

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    profile = await keptProfile();
  });

  afterAll(async () => {
    await run?.close();
    await profile?.remove();
    await server?.close();
  });

  async function visitTukdaeng(h: ProfileRun): Promise<{ page: Page; tabId: number }> {
    const page = await h.browser.newPage();
    await page.goto(URLS.tukdaengApple, { waitUntil: 'load' });
    return { page, tabId: await tabIdOf(h, page) };
  }

  it('the app the user added is still in the dataset, with its report right, after the restart', async () => {
    run = await profile.launch(server!.port);
    const options = await openExtensionPage(run, 'options.html');
    await options.waitForSelector('#options[data-state="ready"]');
    log('import:', await importThroughOptions(options, USER_LAYER_TUKDAENG));
    const first = await visitTukdaeng(run);
    await waitFor(() => badgeText(run!, first.tabId), (b) => b === BADGE_OF.noted, { what: 'the badge before the restart' });
    const before = await waitFor(() => popupView(run!, first.tabId), (v) => PAGE_DEVELOPERS.tukdaeng.test(v.pageDeveloper), { what: 'the report before the restart' });
    await markWorker(run);
    await run.close();

    run = await profile.launch(server!.port);
    expect(await workerMark(run), 'a new worker').toBeNull();
    expect(await inServiceWorker(run, async () => Object.keys(await chrome.storage.session.get(null)), null), 'storage.session starts empty').toEqual([]);
    const again = await visitTukdaeng(run);
    const badge = await waitFor(() => badgeText(run!, again.tabId), (b) => b !== '', { what: 'the badge after the restart' });
    const after = await waitFor(() => popupView(run!, again.tabId), (v) => PAGE_DEVELOPERS.tukdaeng.test(v.pageDeveloper), { what: 'the report after the restart' });
    log(`before the restart ${JSON.stringify(before)}; after ${JSON.stringify(after)}, badge ${JSON.stringify(badge)}`);
    expect(badge).toBe(BADGE_OF.noted);
    expect(after).toEqual(before);
    expect(after.appName).toBe('Univerza Tukdaeng');
    expect(after.fromUser, 'statements still say they come from the user').toBeGreaterThan(0);
  });
});
