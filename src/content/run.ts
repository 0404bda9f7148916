// Content script on store pages: reads what an app page shows and reports it to the background (the
// background identifies the app from the URL on its own; this only enriches the report), and, when
// the user turned them on, marks links to apps of the dataset on listing pages. Each store has its
// own small entry (src/content/stores/<store>.ts) that passes its extractor in.
import type { MarkerLevel } from '../shared/marker-levels';
import type { Message, Response } from '../shared/messages';
import type { PageFacts } from '../shared/page-facts';
import type { StoreAdapter } from '../shared/stores';
import { identifyWith } from '../shared/stores/identify';
import { safeExtract } from './extract/safe-extract';
import { watchMarkers } from './markers';

type Extractor = (doc: Document) => PageFacts;

// The content script is kept small (it loads on every store page), so it talks to the runtime
// directly instead of through webextension-polyfill: runtime.sendMessage returns a promise in every
// browser we support.
declare const browser: typeof chrome | undefined;
const api = typeof browser !== 'undefined' ? browser : chrome;
const runtime = api.runtime;

const URL_POLL_MS = 1000;
// Stores render the next app's details a moment after changing the URL.
const SETTLE_DELAYS_MS = [800, 2500];
// Client-rendered stores (AppGallery) fill the page after load: re-read on changes, for a while.
const LATE_RENDER_MS = 15_000;
const LATE_RENDER_DEBOUNCE_MS = 400;

let lastSent = '';

let extractor: Extractor | undefined;
let adapter: StoreAdapter | undefined;
const identifyApp = (href: string | null | undefined) => (adapter ? identifyWith([adapter], href) : null);

function send(initial: boolean): boolean {
  const url = location.href;
  const match = identifyApp(url);
  if (!match || !runtime?.id) return false;
  const facts = safeExtract(extractor, document);
  const key = JSON.stringify([url, facts]);
  if (key !== lastSent) {
    lastSent = key;
    const message: Message<'page-facts'> = { type: 'page-facts', url, initial, facts };
    // Fails when the extension was reloaded under this page ("context invalidated"): nothing to do.
    runtime.sendMessage(message).catch(() => undefined);
  }
  return !!(facts.title || facts.developer);
}

function watchUrl(): void {
  let current = location.href;
  const timer = setInterval(() => {
    if (!runtime?.id) return clearInterval(timer);
    if (location.href === current) return;
    current = location.href;
    for (const delay of SETTLE_DELAYS_MS) setTimeout(() => location.href === current && send(false), delay);
  }, URL_POLL_MS);
}

/** Re-reads the first page while it is still being rendered, without polling: on DOM changes only. */
function waitForLateRender(): void {
  const initialUrl = location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (location.href !== initialUrl || send(true)) observer.disconnect();
    }, LATE_RENDER_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  setTimeout(() => observer.disconnect(), LATE_RENDER_MS);
}

async function askMarkerLevels(urls: string[]): Promise<MarkerLevel[] | null> {
  const message: Message<'marker-levels'> = { type: 'marker-levels', urls };
  const answer = (await runtime.sendMessage(message).catch(() => null)) as Response<'marker-levels'> | null;
  return answer?.enabled ? answer.levels : null;
}

function markerLabel(marker: MarkerLevel): string {
  const level = api.i18n.getMessage(marker.level === 'concern' ? 'levelConcern' : 'levelNoted');
  return api.i18n.getMessage('markerLabel', [marker.name, level]);
}

function start(): void {
  if (identifyApp(location.href) && !send(true)) waitForLateRender();
  watchUrl();
  void watchMarkers(document, { ask: askMarkerLevels, label: markerLabel, identify: identifyApp });
}

/** Starts once the store's page has loaded and the browser is idle, so that reading the page never
 *  delays the page itself (document_idle can still come before the load event). */
export function runContentScript(store: StoreAdapter, extract: Extractor): void {
  adapter = store;
  extractor = extract;
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(start, { timeout: 2000 }) : setTimeout(start, 0));
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
