// Issue 7, item 5, end to end in Debian's Chromium: nothing leaves the browser. Every request made by
// the extension's contexts (service worker, popup, options page, content scripts) is recorded over CDP
// (harness/extension-network.ts) during a whole run: store pages of both stores, in-store navigation,
// the popup, "Add it to the dataset", the options page (search, edit, save, hide, reset, settings,
// import, export) and a stopped worker. The count of requests that would leave the browser must be 0.
// Controls at the end show that the recorder does see such requests, and that the extension pages'
// content security policy refuses them before they start.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { allowDownloads, downloadedText, importThroughOptions, inContentScript, inServiceWorker, openExtensionPage, popupView, press, stopServiceWorker } from './harness/extension-control';
import { recordExtensionNetwork, summarise, type NetworkRecorder } from './harness/extension-network';
import { BADGE_OF, isDatasetBadge } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { REPO_ROOT, USER_LAYER_TUKDAENG } from './harness/paths';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e security: network]', ...parts);
const EN = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('Chromium: the extension makes no network request of its own', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;
  let network: NetworkRecorder;
  let downloads: string;
  const started = Date.now();

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    network = await recordExtensionNetwork(chromium);
    downloads = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-downloads-'));
    await allowDownloads(chromium.browser, downloads);
  });

  afterAll(async () => {
    await network?.stop();
    await chromium?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
    log(`suite took ${Date.now() - started} ms`);
  });

  async function visit(url: string, accept: (badge: string) => boolean): Promise<{ page: Page; tabId: number }> {
    const page = await chromium.open(url);
    const tabId = await chromium.tabIdOf(page);
    await waitFor(() => chromium.badgeText(tabId), accept, { what: `the badge of ${url}` });
    await popupView(chromium, tabId);
    return { page, tabId };
  }

  async function options(hash = ''): Promise<Page> {
    const page = await openExtensionPage(chromium, `options.html${hash}`);
    await page.waitForSelector('#options[data-state="ready"]');
    return page;
  }

  it('store pages and their popups', async () => {
    const visited = [
      await visit(URLS.translatePlay, isDatasetBadge),
      await visit(URLS.instagramPlayZhCn, isDatasetBadge),
      await visit(URLS.whereAmIPlay, (b) => b === BADGE_OF.unknown),
      await visit(URLS.tukdaengApple, (b) => b === BADGE_OF.unknown),
      await visit(URLS.playGames, (b) => b === BADGE_OF.none),
    ];
    const spa = await visit(URLS.spaStart, (b) => b === BADGE_OF.none);
    await spa.page.evaluate((url) => history.pushState({}, '', url), URLS.translatePlay);
    await waitFor(() => chromium.badgeText(spa.tabId), isDatasetBadge, { what: 'the badge after pushState' });
    for (const v of [...visited, spa]) await v.page.close();
  });

  it('"Add it to the dataset" from the popup, then the options page: search, edit, save, hide, reset, settings', async () => {
    const { page, tabId } = await visit(URLS.whereAmIPlay, (b) => b === BADGE_OF.unknown);
    const popup = await openExtensionPage(chromium, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('#report[data-state="ready"]');
    const opened = chromium.browser.waitForTarget((t) => t.url().includes('options.html#add='));
    await popup.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent === label)?.click(), EN.addEntry!.message);
    await (await (await opened).page())?.close();
    await page.close();

    const o = await options('#edit=app%3Aminecraft');
    await o.type('#search', 'minecraft');
    const record = JSON.parse(await o.$eval('#editor', (e) => (e as HTMLTextAreaElement).value)) as { name: string };
    await o.$eval('#editor', (e, text) => ((e as HTMLTextAreaElement).value = text), JSON.stringify({ ...record, name: `${record.name} (edited)` }, null, 2));
    await press(o, '#save-record');
    const layer = () => inServiceWorker(chromium, async () => (await chrome.storage.local.get('userLayer')).userLayer as { overrides: Record<string, { record?: { name?: string }; hidden?: boolean }> } | undefined, null);
    await waitFor(layer, (l) => l?.overrides['app:minecraft']?.record?.name === `${record.name} (edited)`, { what: 'the edit to be saved' });
    await press(o, '#hide-record');
    await waitFor(layer, (l) => l?.overrides['app:minecraft']?.hidden === true, { what: 'the record to be hidden' });
    await press(o, '#reset-record');
    await waitFor(layer, (l) => l !== undefined && !l.overrides['app:minecraft'], { what: 'the record to be reset' });
    await press(o, '#topic-data-localisation');
    const stored = await waitFor(() => inServiceWorker(chromium, () => chrome.storage.local.get(null), null), (s) => s.settings !== undefined, { what: 'the settings to be saved' });
    expect(stored.settings).toBeDefined();
    await o.close();
  });

  it('import a file, then export', async () => {
    const o = await options();
    log('import:', await importThroughOptions(o, USER_LAYER_TUKDAENG));
    await press(o, '#export');
    const exported = JSON.parse(await downloadedText(downloads, 'jurisdiction-lens-my-changes.json')) as { overrides: object };
    expect(Object.keys(exported.overrides)).toEqual(expect.arrayContaining(Object.keys((JSON.parse(readFileSync(USER_LAYER_TUKDAENG, 'utf8')) as { overrides: object }).overrides)));
    await o.close();
    const { page } = await visit(URLS.tukdaengApple, (b) => b === BADGE_OF.noted);
    await page.close();
  });

  it('a stopped worker, woken again by the popup', async () => {
    const { page, tabId } = await visit(URLS.translatePlay, isDatasetBadge);
    await stopServiceWorker(chromium);
    expect((await popupView(chromium, tabId)).appName).toContain('Google Translate');
    await page.close();
  });

  it('sent nothing out of the browser during the whole run', () => {
    const watched = network.watched();
    log('targets watched:', JSON.stringify(watched), 'requests seen:', JSON.stringify(summarise(network.all)));
    // The recorder was listening: it saw the extension load its own pages and scripts.
    expect(watched['service worker']).toBeGreaterThan(0);
    expect(watched['extension page']).toBeGreaterThan(0);
    expect(network.all.length).toBeGreaterThan(0);
    log(`network requests leaving the browser from extension contexts: ${network.leaving().length}`);
    expect(network.leaving()).toEqual([]);
  });

  describe('controls: what the recorder and the policy would catch', () => {
    const control = () => `${URLS.playGames}?jl-control=${Date.now()}`;

    it('a request from the content script\'s code is recorded', async () => {
      const page = await chromium.open(URLS.whereAmIPlay);
      const url = control();
      // Tagged as the content script's own file, as its stack would be.
      const status = await inContentScript<number>(page, chromium, `fetch(${JSON.stringify(url)}).then((r) => r.status)\n//# sourceURL=chrome-extension://${chromium.extensionId}/content.js`);
      expect(status).toBe(404);
      await waitFor(async () => network.leaving(), (r) => r.some((x) => x.url === url && x.context === 'content script'), { what: 'the control request to be recorded' });
      await page.close();
    });

    it('a navigation away from an extension page is recorded', async () => {
      const popup = await openExtensionPage(chromium, 'popup.html');
      const url = 'https://control.invalid/';
      await popup.evaluate((u) => void (location.href = u), url).catch(() => undefined);
      await waitFor(async () => network.leaving(), (r) => r.some((x) => x.url === url && x.context === 'extension page'), { what: 'the navigation to be recorded' });
      await popup.close();
    });

    it('the extension pages\' policy refuses fetch() before any request starts, in the worker and in the popup', async () => {
      const url = control();
      const fromWorker = await inServiceWorker(chromium, (u) => fetch(u).then(() => 'fetched', (e: Error) => e.message), url);
      const popup = await openExtensionPage(chromium, 'popup.html');
      const fromPopup = await popup.evaluate(async (u) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
        const result = await fetch(u).then(() => 'fetched', (e: Error) => e.message);
        await new Promise((resolve) => setTimeout(resolve, 100)); // the violation event is queued
        return `${result}; blocked by ${violations.join(', ')}`;
      }, url);
      await popup.close();
      log(`fetch(${url}) from the worker: ${fromWorker}; from the popup: ${fromPopup}`);
      expect(fromWorker).not.toBe('fetched');
      expect(fromPopup).toMatch(/^(?!fetched).*blocked by connect-src/);
      // The URL is one the store server answers: had the policy let the request out, it would be here.
      expect(server!.requests.some((r) => r.url.includes('jl-control') && r.url === url)).toBe(false);
      expect(network.leaving().filter((r) => r.url === url)).toEqual([]);
    });
  });
});
