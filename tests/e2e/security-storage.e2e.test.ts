// Issue 7, items 3 and 7, end to end in Debian's Chromium: what other contexts can do to the
// extension's storage, and what the extension does with a corrupted or partly written user layer.
//
// Content scripts run next to untrusted pages, and the browser gives them storage.local (not
// storage.session, which the extension keeps to its own pages by default). Ours never touch storage
// (tests/unit/conventions.test.ts); if one were compromised, whatever it wrote would meet the checks
// the extension applies when it loads the user layer: unusable parts are set aside, kept for the user
// to download, and the bundled data is used instead.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { allowDownloads, downloadedText, inContentScript, inServiceWorker, openExtensionPage, popupView, press, stopServiceWorker } from './harness/extension-control';
import { BADGE_OF, isDatasetBadge } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { REPO_ROOT, USER_LAYER_TUKDAENG } from './harness/paths';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e security: storage]', ...parts);
const SET_ASIDE_FILE = 'jurisdiction-lens-set-aside.json';
const EN = JSON.parse(readFileSync(path.join(REPO_ROOT, 'src/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('Chromium: extension storage against other contexts, and a corrupted user layer', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;
  let downloads: string;
  let store: Page;

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    downloads = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-downloads-'));
    await allowDownloads(chromium.browser, downloads);
    // A store page, where a content script of ours runs.
    store = await chromium.open(URLS.whereAmIPlay);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  const local = () => inServiceWorker(chromium, () => chrome.storage.local.get(null), null);
  /** Writes storage.local from the content script's world, as a compromised content script could. */
  const writeFromContentScript = (items: Record<string, unknown>) => inContentScript<string>(store, chromium, `chrome.storage.local.set(${JSON.stringify(items)}).then(() => 'written')`);

  it('a content script may write storage.local (the browser allows it) but cannot reach storage.session', async () => {
    const access = await inContentScript<{ local: string; session: string }>(
      store,
      chromium,
      `(async () => {
        const out = {};
        try { await chrome.storage.local.set({ jlProbe: 1 }); out.local = 'writable'; } catch (e) { out.local = String(e); }
        try { await chrome.storage.session.get(null); out.session = 'readable'; } catch (e) { out.session = String(e); }
        await chrome.storage.local.remove('jlProbe');
        return out;
      })()`,
    );
    log('content script access:', JSON.stringify(access));
    expect(access.local).toBe('writable');
    expect(access.session).toMatch(/not allowed/i);
  });

  it('a layer that is garbage as a whole is set aside at start; the bundled data keeps working', async () => {
    const garbage = '{"version":1,"overrides":{"app:wechat":{"record":{"kind":"app","id":"wech';
    await stopServiceWorker(chromium);
    expect(await writeFromContentScript({ userLayer: garbage, settings: { topics: 'all of them', jurisdictions: 7 } })).toBe('written');

    // The write wakes a new worker, which loads the layer when it starts.
    const stored = await waitFor(local, (s) => s.userLayerSetAside !== undefined, { what: 'the layer to be set aside' });
    expect(stored.userLayerSetAside).toEqual([expect.objectContaining({ rejected: ['(whole layer)'], value: garbage })]);
    expect(stored.userLayer).toEqual({ version: 1, overrides: {} });

    const page = await chromium.open(URLS.translatePlay);
    const tabId = await chromium.tabIdOf(page);
    await waitFor(() => chromium.badgeText(tabId), isDatasetBadge, { what: 'the badge on the bundled data' });
    const view = await popupView(chromium, tabId);
    expect(view.appName).toContain('Google Translate');
    expect(['concern', 'noted']).toContain(view.level);
    await page.close();

    const options = await openExtensionPage(chromium, 'options.html');
    await options.waitForSelector('#options[data-state="ready"]');
    const notice = await options.$eval('#set-aside', (n) => ({ role: n.getAttribute('role'), text: n.textContent ?? '' }));
    log('options notice:', JSON.stringify(notice));
    expect(notice.role).toBe('alert');
    expect(notice.text).toContain(EN.layerSetAsideWhole!.message);

    await press(options, '#set-aside-download');
    const file = JSON.parse(await downloadedText(downloads, SET_ASIDE_FILE)) as { entries: { value: unknown }[] };
    expect(file.entries.map((e) => e.value), 'the download holds the stored value exactly as it was found').toEqual([garbage]);

    options.once('dialog', (dialog) => void dialog.accept());
    await press(options, '#set-aside-delete');
    await waitFor(async () => (await local()).userLayerSetAside, (v) => v === undefined, { what: 'the set-aside copy to be deleted' });
    expect(await options.$('#set-aside')).toBeNull();
    await options.close();
  });

  it('a partly written layer keeps its usable records; the broken one is set aside and named', async () => {
    const layer = JSON.parse(readFileSync(USER_LAYER_TUKDAENG, 'utf8')) as { overrides: Record<string, unknown> };
    const partial = { version: 1, overrides: { ...layer.overrides, 'app:half-written': { record: { kind: 'app', id: 'half-written', name: 'Cut o' } } } };
    await stopServiceWorker(chromium);
    await writeFromContentScript({ userLayer: partial });
    const stored = await waitFor(local, (s) => s.userLayerSetAside !== undefined, { what: 'the broken record to be set aside' });
    expect(stored.userLayerSetAside).toEqual([expect.objectContaining({ rejected: ['app:half-written'], value: partial })]);
    expect(Object.keys((stored.userLayer as { overrides: object }).overrides).sort()).toEqual(Object.keys(layer.overrides).sort());

    const page = await chromium.open(URLS.tukdaengApple);
    const tabId = await chromium.tabIdOf(page);
    await waitFor(() => chromium.badgeText(tabId), (b) => b === BADGE_OF.noted, { what: 'the badge of the app the user added' });
    const view = await popupView(chromium, tabId);
    expect(view.appName).toBe('Univerza Tukdaeng');
    expect(view.fromUser).toBeGreaterThan(0);
    await page.close();

    const options = await openExtensionPage(chromium, 'options.html');
    await options.waitForSelector('#options[data-state="ready"]');
    expect(await options.$eval('#set-aside', (n) => n.textContent ?? '')).toContain('app:half-written');
    await options.close();
    await inServiceWorker(chromium, () => chrome.storage.local.clear(), null);
  });
});
