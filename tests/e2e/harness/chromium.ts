// Debian's Chromium driven by puppeteer-core, with the extension loaded and store hosts mapped to loopback.
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { shutDown } from './browser-process';
import { ROUTE_HOSTS } from './routes';
import { CHROMIUM_PATH, prepareRun } from './paths';
import { waitFor } from './wait-for';

export interface ChromiumSession {
  browser: Browser;
  extensionId: string;
  /** The extension's service worker (found again if the browser stopped and restarted it). */
  worker(): Promise<WebWorker>;
  /** Runs `fn(arg)` in the service worker, where `chrome.*` is available. `fn` is serialised: no closures; `arg` is JSON. */
  inWorker<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** A new tab showing `url`, once its document has loaded. */
  open(url: string): Promise<Page>;
  /** The `chrome.tabs` id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  badgeText(tabId: number): Promise<string>;
  title(tabId: number): Promise<string>;
  /** `popup.html?tab=<tabId>` opened as a page, once it reports `data-state="ready"`. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** Every host the fixtures live on goes to the local server; every other name fails at once. */
export function hostResolverRules(port: number): string {
  const mapped = ROUTE_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${port}`);
  return [...mapped, 'MAP * ~NOTFOUND'].join(', ');
}

/** Offline, quiet Chromium with the store hosts mapped to the local server (also used by the bench). */
export function chromiumArgs(serverPort: number): string[] {
  return [
    `--host-resolver-rules=${hostResolverRules(serverPort)}`,
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export async function launchChromium({ serverPort = 443 } = {}): Promise<ChromiumSession> {
  const { runDir, profileDir, extension } = await prepareRun('chrome');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    browser: 'chrome',
    headless: true,
    // enableExtensions with paths installs them over CDP (Extensions.loadUnpacked), which needs the pipe.
    pipe: true,
    enableExtensions: [extension],
    userDataDir: profileDir,
    args: chromiumArgs(serverPort),
  }).catch(async (error: unknown) => {
    await shutDown(undefined, runDir);
    throw error;
  });
  try {
    const extensionId = await findExtensionId(browser, extension);
    return session(browser, extensionId, runDir);
  } catch (error) {
    await shutDown(browser, runDir);
    throw error;
  }
}

async function findExtensionId(browser: Browser, extension: string): Promise<string> {
  const installed = await waitFor(() => browser.extensions(), (map) => map.size > 0, { what: 'the extension to load' });
  const mine = [...installed.values()].find((e) => path.resolve(e.path) === path.resolve(extension));
  const only = installed.size === 1 ? [...installed.values()][0] : undefined;
  const id = (mine ?? only)?.id;
  if (!id) throw new Error(`Extension from ${extension} not among ${[...installed.keys()].join(', ')}`);
  return id;
}

function session(browser: Browser, extensionId: string, runDir: string): ChromiumSession {
  const origin = `chrome-extension://${extensionId}/`;
  const worker = async (): Promise<WebWorker> => {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(origin), {
      timeout: 20_000,
    });
    const w = await target.worker();
    if (!w) throw new Error(`No worker behind ${target.url()}`);
    return w;
  };
  // Serialised by hand (like puppeteer does) so that any JSON argument type checks.
  const inWorker = async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> =>
    (await worker()).evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`) as Promise<R>;

  const s: ChromiumSession = {
    browser,
    extensionId,
    worker,
    inWorker,
    async open(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      return page;
    },
    tabIdOf: (page) => tabIdOf(s, page),
    badgeText: (tabId) => inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    title: (tabId) => inWorker((id) => chrome.action.getTitle({ tabId: id }), tabId),
    async openPopup(tabId) {
      const page = await browser.newPage();
      await page.goto(`${origin}popup.html?tab=${tabId}`, { waitUntil: 'load' });
      await page.waitForSelector('#report[data-state="ready"]', { timeout: 20_000 });
      return page;
    },
    close: () => shutDown(browser, runDir),
  };
  return s;
}

/**
 * Asks the extension which tab shows `page`: by URL first (works when the extension may see the URL),
 * else by making it the active tab and asking for that (needs no permission at all).
 */
async function tabIdOf(s: ChromiumSession, page: Page): Promise<number> {
  const url = page.url();
  const byUrl = await s.inWorker(async (u) => (await chrome.tabs.query({ url: u })).map((t) => t.id ?? -1), url);
  if (byUrl.length === 1 && (byUrl[0] ?? -1) >= 0) return byUrl[0] as number;
  await page.bringToFront();
  const active = await waitFor(
    () =>
      s.inWorker(async () => {
        const tabs = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        return tabs.map((t) => t.id ?? -1);
      }, null),
    (ids) => ids.length === 1 && (ids[0] ?? -1) >= 0,
    { what: `the tab id of ${url}` },
  );
  return active[0] as number;
}
