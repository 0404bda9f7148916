// Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the extension installed
// temporarily and every host name resolved to the local store server.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { shutDown } from './browser-process';
import { FIREFOX_PREFS } from './firefox-prefs';
import { FIREFOX_PATH, prepareRun } from './paths';
import { waitFor } from './wait-for';

/** The part of the WebExtension `browser` API the tests use, as seen from an extension page. */
export interface ExtensionPageApi {
  runtime: { id?: string };
  tabs: {
    query(q: { url?: string; active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number; url?: string }>>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string>; getTitle(d: { tabId: number }): Promise<string> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
}

export interface FirefoxSession {
  browser: Browser;
  extensionId: string;
  /**
   * A page of the extension itself (the page it opens on install), where `browser.*` is available.
   * Firefox refuses BiDi navigation to moz-extension:// URLs, so this is the tests' way in.
   */
  extensionPage: Page;
  /** Runs `fn(api, arg)` in the extension page. `fn` is serialised: no closures; `arg` is JSON. */
  inExtension<A, R>(fn: (api: ExtensionPageApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  open(url: string): Promise<Page>;
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  sessionValue(key: string): Promise<unknown>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxSession> {
  const { runDir, profileDir, extension } = await prepareRun('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: profileDir,
    extraPrefsFirefox: FIREFOX_PREFS,
    // Release builds ignore the services.settings.server pref unless this is set; without it remote
    // settings polls firefox.settings.services.mozilla.com (which forceResolve sends to our server).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
  }).catch(async (error: unknown) => {
    await shutDown(undefined, runDir);
    throw error;
  });
  try {
    const extensionId = await browser.installExtension(extension);
    const extensionPage = await findExtensionPage(browser);
    return session(browser, extensionId, extensionPage, runDir);
  } catch (error) {
    await shutDown(browser, runDir);
    throw error;
  }
}

const isExtensionPage = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const api = (globalThis as unknown as { browser?: { runtime?: { id?: string } } }).browser;
    return api !== undefined && !!api.runtime?.id;
  });

/** The page the extension opened itself on install; its URL may read about:blank to puppeteer. */
async function findExtensionPage(browser: Browser): Promise<Page> {
  return waitFor(
    async () => {
      for (const page of await browser.pages()) {
        if (await isExtensionPage(page).catch(() => false)) return page;
      }
      return undefined;
    },
    (page): page is Page => page !== undefined,
    { what: 'the page the extension opens on install (runtime.openOptionsPage on install)', intervalMs: 250 },
  ) as Promise<Page>;
}

function session(browser: Browser, extensionId: string, extensionPage: Page, runDir: string): FirefoxSession {
  const inExtension = <A, R>(fn: (api: ExtensionPageApi, arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    extensionPage.evaluate(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg)})`) as Promise<R>;
  const s: FirefoxSession = {
    browser,
    extensionId,
    extensionPage,
    inExtension,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return page;
    },
    tabIdOf: (page) => tabIdOf(s, page),
    badgeText: (tabId) => inExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId),
    sessionValue: (key) => inExtension(async (api, k) => (await api.storage.session.get(k))[k], key),
    close: () => shutDown(browser, runDir),
  };
  return s;
}

/** By URL when the extension may see it, else by making the page the active tab and asking for that. */
async function tabIdOf(s: FirefoxSession, page: Page): Promise<number> {
  const url = page.url();
  const byUrl = await s.inExtension(async (api, u) => (await api.tabs.query({ url: u })).map((t) => t.id ?? -1), url);
  if (byUrl.length === 1 && (byUrl[0] ?? -1) >= 0) return byUrl[0] as number;
  await page.bringToFront();
  const active = await waitFor(
    () =>
      s.inExtension(async (api) => {
        const tabs = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs.map((t) => t.id ?? -1);
      }, null),
    (ids) => ids.length === 1 && (ids[0] ?? -1) >= 0,
    { what: `the tab id of ${url}` },
  );
  return active[0] as number;
}
