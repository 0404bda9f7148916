// Background ready (issue 6, item 2): from the start of a stopped service worker to its first answered
// lookup, with the bundled dataset plus a user layer in storage.local, in Chromium.
//
// Each run: storage.session is cleared (so the answer needs a lookup, not a saved report), every service
// worker is stopped (CDP ServiceWorker.stopAllWorkers), then an extension page sends `get-report` for a
// store tab; that message starts the worker. The worker's own clock starts when it does
// (performance.timeOrigin), and page and worker clocks share one time base, so
// "worker start → answer" = answer time in the page − the worker's timeOrigin.
import type { CDPSession, Page } from 'puppeteer-core';
import { LOCAL } from '../../src/shared/storage-keys';
import type { UserLayer } from '../../src/shared/user-layer';
import { waitFor } from '../../tests/e2e/harness/wait-for';
import type { BenchBrowser } from './chromium';
import { tabIdOf } from './chromium';
import { summariseRounded, type Summary } from './stats';

export interface BackgroundReadyFigures {
  userRecords: number;
  /** ms from the worker's start (its timeOrigin) to the answer arriving in the page. */
  fromWorkerStart: Summary;
  /** ms from sending the message to a stopped worker to the answer: starting the worker included. */
  fromRequest: Summary;
  /** ms for a running worker to read the user layer from storage.local (part of every start). */
  storageRead: Summary;
  /** The app of the answered report, to show the lookup went through the user layer when there is one. */
  answeredApp: string | null;
}

interface Run {
  sent: number;
  answered: number;
  workerOrigin: number;
  storageRead: number;
  app: string | null;
}

/** Stops the extension's worker through the ServiceWorker domain of an extension page's session. */
async function workerStopper(driver: Page): Promise<() => Promise<void>> {
  const cdp: CDPSession = await driver.createCDPSession();
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await waitFor(async () => [...status.values()], (all) => all.every((s) => s === 'stopped'), { what: 'the service worker to stop', intervalMs: 10 });
  };
}

async function askReport(driver: Page, tabId: number): Promise<Pick<Run, 'sent' | 'answered' | 'app'>> {
  return driver.evaluate(async (id) => {
    const sent = performance.timeOrigin + performance.now();
    const report = (await chrome.runtime.sendMessage({ type: 'get-report', tabId: id })) as { app?: { id?: string } | null } | null;
    return { sent, answered: performance.timeOrigin + performance.now(), app: report?.app?.id ?? null };
  }, tabId);
}

/**
 * Evaluates `expression` in the extension's running worker through a CDP session of its own, attached
 * for this and detached after: puppeteer's worker handles go stale when a worker restarts.
 */
async function inWorker<R>(browserSession: CDPSession, extensionId: string, expression: string): Promise<R> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (!worker) throw new Error('the extension has no running service worker');
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: worker.targetId, flatten: true });
  try {
    const session = browserSession.connection()?.session(sessionId);
    if (!session) throw new Error('no CDP session for the service worker');
    const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the worker: ${exceptionDetails.text}`);
    return result.value as R;
  } finally {
    await browserSession.send('Target.detachFromTarget', { sessionId });
  }
}

// The keys the background reads at start (src/shared/load-user-layer.ts, src/background/main.ts).
const START_KEYS = JSON.stringify([LOCAL.userLayer, LOCAL.userLayerSetAside, LOCAL.settings]);
const STORAGE_READ = `(async () => { const t = performance.now(); await chrome.storage.local.get(${START_KEYS}); return performance.now() - t; })()`;

interface Rig {
  driver: Page;
  browserSession: CDPSession;
  extensionId: string;
  stop: () => Promise<void>;
  tabId: number;
}

async function runOnce(rig: Rig): Promise<Run> {
  await rig.driver.evaluate(() => chrome.storage.session.clear());
  await rig.stop();
  const asked = await askReport(rig.driver, rig.tabId);
  const workerOrigin = await inWorker<number>(rig.browserSession, rig.extensionId, 'performance.timeOrigin');
  const storageRead = await inWorker<number>(rig.browserSession, rig.extensionId, STORAGE_READ);
  return { ...asked, workerOrigin, storageRead };
}

/**
 * For each user layer in turn (written to storage.local, checked to be kept whole), `runs` timed
 * starts after one that is not counted. `b` must be a fresh browser with our extension; `storeUrl` a
 * store page at its real URL.
 */
export async function benchBackgroundReady(b: BenchBrowser, storeUrl: string, layers: readonly UserLayer[], runs: number): Promise<BackgroundReadyFigures[]> {
  const rig = await prepare(b, storeUrl);
  const figures: BackgroundReadyFigures[] = [];
  for (const layer of layers) {
    await rig.driver.evaluate((key, value) => chrome.storage.local.set({ [key]: value }), LOCAL.userLayer, layer);
    const all: Run[] = [];
    for (let run = -1; run < runs; run++) {
      const r = await runOnce(rig);
      if (run >= 0) all.push(r);
    }
    await checkLayerKept(rig.driver, Object.keys(layer.overrides).length);
    figures.push({
      userRecords: Object.keys(layer.overrides).length,
      fromWorkerStart: summariseRounded(all.map((r) => r.answered - r.workerOrigin)),
      fromRequest: summariseRounded(all.map((r) => r.answered - r.sent)),
      storageRead: summariseRounded(all.map((r) => r.storageRead)),
      answeredApp: all[0]?.app ?? null,
    });
  }
  await rig.driver.close();
  await rig.browserSession.detach();
  return figures;
}

/** A store tab, an extension page to drive from (its chrome.* APIs), and CDP sessions. */
async function prepare(b: BenchBrowser, storeUrl: string): Promise<Rig> {
  if (!b.extensionId) throw new Error('the background benchmark needs a browser with our extension');
  await b.tab.goto(storeUrl, { waitUntil: 'load' });
  const driver = await b.browser.newPage();
  await driver.goto(`chrome-extension://${b.extensionId}/popup.html`, { waitUntil: 'load' });
  const tabId = await tabIdOf(driver, storeUrl);
  if (tabId === null) throw new Error(`cannot find the tab of ${storeUrl}`);
  const browserSession = await b.browser.target().createCDPSession();
  return { driver, browserSession, extensionId: b.extensionId, stop: await workerStopper(driver), tabId };
}

/** The background sets aside a layer it finds unusable; then the figures would be for an empty one. */
async function checkLayerKept(driver: Page, expected: number): Promise<void> {
  const kept = await driver.evaluate(async (key, asideKey) => {
    const stored = await chrome.storage.local.get([key, asideKey]);
    const layer = stored[key] as { overrides?: object } | undefined;
    return { count: Object.keys(layer?.overrides ?? {}).length, setAside: stored[asideKey] !== undefined };
  }, LOCAL.userLayer, LOCAL.userLayerSetAside);
  if (kept.count !== expected || kept.setAside) {
    throw new Error(`the background did not keep the ${expected} user records (${kept.count} left, set aside: ${kept.setAside})`);
  }
}
