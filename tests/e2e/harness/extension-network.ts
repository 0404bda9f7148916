// Records every network request made by the extension's own contexts in Chromium (issue 7, item 5),
// over the CDP Network domain of each target as it appears:
// - the service worker (and any other worker of the extension): every request;
// - extension pages (popup, options): every request of the page, navigations included;
// - store pages: the requests whose initiator is the extension's code (the content script's stack).
// A request "leaves the browser" unless it is for the extension's own files or local data (blob:, data:).
import type { CDPSession, HTTPRequest, Page, Target } from 'puppeteer-core';
import type { ExtensionHandle } from './extension-control';

export type ExtensionContext = 'service worker' | 'extension page' | 'content script';

export interface ExtensionRequest {
  context: ExtensionContext;
  url: string;
  /** The URL of the document or worker that made it. */
  from: string;
}

export interface NetworkRecorder {
  /** Everything seen, the extension's own files included (evidence that the recorder was listening). */
  readonly all: ExtensionRequest[];
  /** The requests that would leave the browser. */
  leaving(): ExtensionRequest[];
  /** Targets the recorder listens to, by kind, e.g. {"service worker": 1, "extension page": 5}. */
  watched(): Record<string, number>;
  /** Stops listening to the service workers seen so far (new ones are listened to as they start). */
  releaseWorkers(): Promise<void>;
  stop(): Promise<void>;
}

const LOCAL_SCHEMES = new Set(['chrome-extension:', 'blob:', 'data:', 'about:', 'chrome:', 'devtools:']);

export function leavesBrowser(url: string): boolean {
  try {
    return !LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true; // unparsable: count it, to be safe
  }
}

/** True when the request was started by code loaded from the extension (any frame of its stack). */
function initiatedBy(request: HTTPRequest, origin: string): boolean {
  return JSON.stringify(request.initiator() ?? {}).includes(origin);
}

export async function recordExtensionNetwork(h: ExtensionHandle): Promise<NetworkRecorder> {
  const origin = `chrome-extension://${h.extensionId}/`;
  const all: ExtensionRequest[] = [];
  const workerSessions = new Map<Target, CDPSession>();
  const watched = new Map<Target, string>();
  const pages = new Set<Page>();

  const onPageRequest = (page: Page) => (request: HTTPRequest) => {
    const from = request.frame()?.url() || page.url();
    if (from.startsWith(origin) || page.url().startsWith(origin)) all.push({ context: 'extension page', url: request.url(), from });
    else if (initiatedBy(request, origin)) all.push({ context: 'content script', url: request.url(), from });
  };

  const attach = async (target: Target): Promise<void> => {
    if (watched.has(target)) return;
    const type = target.type();
    if (type === 'page') {
      const page = await target.page().catch(() => null);
      if (!page || pages.has(page)) return;
      pages.add(page);
      watched.set(target, target.url().startsWith(origin) ? 'extension page' : 'web page');
      page.on('request', onPageRequest(page));
    } else if (target.url().startsWith(origin) && ['service_worker', 'shared_worker', 'worker'].includes(type)) {
      // Puppeteer's own session to the worker: a second one would keep a stopped worker's target alive.
      const session = (await target.worker().catch(() => null))?.client;
      if (!session) return;
      watched.set(target, 'service worker');
      session.on('Network.requestWillBeSent', (event) => all.push({ context: 'service worker', url: event.request.url, from: target.url() }));
      await session.send('Network.enable').catch(() => undefined);
      workerSessions.set(target, session);
    }
  };
  const onCreated = (target: Target) => void attach(target);
  const onChanged = (target: Target) => {
    // A page that navigates to one of the extension's pages counts as one from then on.
    if (target.url().startsWith(origin) && watched.get(target) === 'web page') watched.set(target, 'extension page');
  };

  await Promise.all(h.browser.targets().map(attach));
  h.browser.on('targetcreated', onCreated);
  h.browser.on('targetchanged', onChanged);

  // Listening costs the worker nothing when it is stopped (WebWorker.close() ends the session itself).
  const releaseWorkers = async (): Promise<void> => {
    await Promise.all([...workerSessions.values()].map((s) => s.send('Network.disable').catch(() => undefined)));
    workerSessions.clear();
  };
  return {
    all,
    leaving: () => all.filter((r) => leavesBrowser(r.url)),
    watched: () => [...watched.values()].reduce<Record<string, number>>((acc, kind) => ({ ...acc, [kind]: (acc[kind] ?? 0) + 1 }), {}),
    releaseWorkers,
    async stop() {
      h.browser.off('targetcreated', onCreated);
      h.browser.off('targetchanged', onChanged);
      await releaseWorkers();
    },
  };
}

/** Counts per context and kind ("extension page, local": 12), for the log. */
export function summarise(requests: readonly ExtensionRequest[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of requests) {
    const key = `${r.context}, ${leavesBrowser(r.url) ? 'leaving the browser' : 'local'}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}

