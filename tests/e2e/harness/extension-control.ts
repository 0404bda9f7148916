// Driving the extension from a Chromium test beyond what chromium.ts offers: stopping its service
// worker the way the browser does when it is idle, running code in its content script's world, reading
// and writing its storage, and letting its pages download files. Every helper takes the browser and
// the extension id only, so it works with a ChromiumSession and with a browser relaunched on a kept
// profile (chromium-profile.ts) alike.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, ElementHandle, Page, Target, WebWorker } from 'puppeteer-core';
import { waitFor } from './wait-for';

export interface ExtensionHandle {
  browser: Browser;
  extensionId: string;
}

const originOf = (h: ExtensionHandle): string => `chrome-extension://${h.extensionId}/`;

export function workerTargets(h: ExtensionHandle): Target[] {
  return h.browser.targets().filter((t) => t.type() === 'service_worker' && t.url().startsWith(originOf(h)));
}

/** The running service worker, started by the browser if it is not running. */
export async function serviceWorker(h: ExtensionHandle): Promise<WebWorker> {
  const target = await h.browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(originOf(h)), { timeout: 20_000 });
  const worker = await target.worker();
  if (!worker) throw new Error(`No worker behind ${target.url()}`);
  return worker;
}

/** Runs `fn(arg)` in the service worker. `fn` is serialised: no closures; `arg` is JSON. */
export async function inServiceWorker<A, R>(h: ExtensionHandle, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  return (await serviceWorker(h)).evaluate(`(${fn.toString()})(${JSON.stringify(arg)})`) as Promise<R>;
}

/**
 * Stops the service worker as the browser does when it has been idle: the worker's memory is gone and
 * the next event starts a fresh one. (CDP Target.closeTarget, through puppeteer's WebWorker.close();
 * no DevTools session may stay attached, or the browser keeps the worker alive.)
 */
export async function stopServiceWorker(h: ExtensionHandle): Promise<void> {
  const targets = workerTargets(h);
  for (const target of targets) await (await target.worker())?.close();
  await waitFor(async () => workerTargets(h).filter((t) => targets.includes(t)).length, (n) => n === 0, {
    what: 'the extension service worker to stop',
  });
}

/** A new tab showing one of the extension's pages, e.g. "options.html", once loaded. */
export async function openExtensionPage(h: ExtensionHandle, file: string): Promise<Page> {
  const page = await h.browser.newPage();
  await page.goto(`${originOf(h)}${file}`, { waitUntil: 'load' });
  return page;
}

/**
 * Evaluates `expression` in the isolated world where the extension's content script runs in `page`
 * (as a compromised content script could), and returns its JSON value. Promises are awaited.
 */
export async function inContentScript<R>(page: Page, h: ExtensionHandle, expression: string): Promise<R> {
  const session = await page.createCDPSession();
  try {
    const contexts: { id: number; origin: string; auxData?: { type?: string; frameId?: string } }[] = [];
    session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    await session.send('Runtime.enable');
    const origin = originOf(h).slice(0, -1);
    const context = await waitFor(async () => contexts.find((c) => c.origin === origin && c.auxData?.type === 'isolated'), (c) => c !== undefined, {
      what: `the content script world of ${page.url()}`,
    });
    const result = await session.send('Runtime.evaluate', { contextId: context!.id, expression, awaitPromise: true, returnByValue: true });
    if (result.exceptionDetails) throw new Error(`in the content script: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
    return result.result.value as R;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** Lets pages download into `dir` without asking (Browser.setDownloadBehavior). */
export async function allowDownloads(browser: Browser, dir: string): Promise<void> {
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
}

/** The text of `name` in `dir` once the browser has finished writing it. */
export async function downloadedText(dir: string, name: string): Promise<string> {
  await waitFor(async () => readdir(dir), (files) => files.includes(name) && !files.some((f) => f.endsWith('.crdownload')), {
    what: `the download ${name} in ${dir}`,
  });
  return readFile(path.join(dir, name), 'utf8');
}

/** The chrome.tabs id of the tab showing `page` (the extension may see store URLs). */
export async function tabIdOf(h: ExtensionHandle, page: Page): Promise<number> {
  const ids = await waitFor(() => inServiceWorker(h, async (url) => (await chrome.tabs.query({ url })).map((t) => t.id ?? -1), page.url()), (found) => found.length === 1 && found[0]! >= 0, {
    what: `the tab id of ${page.url()}`,
  });
  return ids[0]!;
}

export const badgeText = (h: ExtensionHandle, tabId: number): Promise<string> => inServiceWorker(h, (id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** `popup.html?tab=<tabId>` opened as a page, once it reports `data-state="ready"`. */
export async function openPopup(h: ExtensionHandle, tabId: number): Promise<Page> {
  const popup = await openExtensionPage(h, `popup.html?tab=${tabId}`);
  await popup.waitForSelector('#report[data-state="ready"]', { timeout: 20_000 });
  return popup;
}

export interface PopupView {
  level: string | null;
  appName: string;
  pageDeveloper: string;
  /** Statements marked as the user's own edits. */
  fromUser: number;
}

/** What the popup shows for `tabId`, read from a fresh popup that is closed again. */
export async function popupView(h: ExtensionHandle, tabId: number): Promise<PopupView> {
  const popup = await openPopup(h, tabId);
  const view = await popup.evaluate(() => ({
    level: document.querySelector<HTMLElement>('#report')?.dataset.level ?? null,
    appName: document.querySelector('#app-name')?.textContent?.trim() ?? '',
    pageDeveloper: document.querySelector('#page-developer')?.textContent?.trim() ?? '',
    fromUser: document.querySelectorAll('.origin-user').length,
  }));
  await popup.close();
  return view;
}

/** Imports `file` through the options page's file control, as the user does, confirming the preview
 *  when one is shown; returns the status the page then shows. */
export async function importThroughOptions(options: Page, file: string): Promise<string> {
  const input = (await options.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
  const state = () => options.evaluate(() => ({ status: document.querySelector('#import-status')?.textContent ?? '', confirm: !!document.querySelector('#import-confirm') }));
  const first = await waitFor(state, (v) => v.status.length > 0 || v.confirm, { what: 'the import preview or its status' });
  if (first.status || !first.confirm) return first.status;
  await press(options, '#import-confirm');
  return (await waitFor(state, (v) => v.status.length > 0, { what: 'the import status' })).status;
}

/** Clicks an element through the DOM: works in a tab that is not in front, where puppeteer's mouse
 *  click waits for the element to become visible. */
export async function press(page: Page, selector: string): Promise<void> {
  await page.$eval(selector, (element) => (element as HTMLElement).click());
}
