// The background: identifies the app in each tab from its URL, merges what the content script reports,
// builds the report, keeps it in storage.session and sets the badge. MV3 may stop this worker at any
// time, so listeners are registered on the first tick and nothing lives only in memory.
import bundled from 'bundled-dataset';
import { buildReport } from '../shared/build-report';
import { markerLevels } from '../shared/marker-levels';
import browser from '../shared/browser';
import type { Runtime, Tabs } from '../shared/browser';
import { EffectiveDataset } from '../shared/effective-dataset';
import { loadUserLayer } from '../shared/load-user-layer';
import type { Message, Protocol } from '../shared/messages';
import type { Report } from '../shared/report-types';
import { sanitizePageFacts } from '../shared/sanitize-page-facts';
import { normaliseSettings } from '../shared/settings';
import type { ConcernSettings } from '../shared/settings';
import { LOCAL, sessionFactsKey, sessionReportKey } from '../shared/storage-keys';
import { identifyApp } from '../shared/stores';
import { showBadge } from './badge';
import { contentScriptsForbidden, detectBrowser } from './forbidden-pages';
import { reportedApp, route } from './router';
import type { Handlers, SenderInfo } from './router';

interface StoredFacts {
  /** Store id of the app the facts describe. */
  appId: string;
  facts: Report['page'];
  status: Report['pageStatus'];
}

// Chrome, Edge and Firefox each keep extensions off their own add-on store (forbidden-pages.ts).
const BROWSER = detectBrowser(navigator.userAgent, typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function');
let state = loadState();

async function loadState(): Promise<{ data: EffectiveDataset; settings: ConcernSettings }> {
  // An unusable stored layer is set aside here, at start, and the bundled data used instead.
  const { layer } = await loadUserLayer(browser.storage.local, bundled);
  const stored = await browser.storage.local.get(LOCAL.settings);
  return { data: new EffectiveDataset(bundled, layer), settings: normaliseSettings(stored[LOCAL.settings]) };
}

/** Builds, stores and shows the report for what the tab shows now. */
async function refreshTab(tabId: number, url: string | undefined): Promise<Report | null> {
  const match = identifyApp(url);
  if (!match || !url) {
    await browser.storage.session.remove([sessionReportKey(tabId), sessionFactsKey(tabId)]);
    await showBadge(tabId, null);
    return null;
  }
  const { data, settings } = await state;
  const factsKey = sessionFactsKey(tabId);
  const stored = (await browser.storage.session.get(factsKey))[factsKey] as StoredFacts | undefined;
  // Facts gathered for another app (before an in-store navigation) are never attributed to this one.
  const facts = stored?.appId === match.id ? stored : undefined;
  const report = buildReport(data, settings, {
    url,
    match,
    page: facts?.facts ?? null,
    pageStatus: facts?.status ?? (contentScriptsForbidden(match.store, BROWSER) ? 'forbidden' : 'pending'),
    now: new Date(),
  });
  await browser.storage.session.set({ [sessionReportKey(tabId)]: report });
  await showBadge(tabId, report);
  return report;
}

async function onPageFacts(message: Message<'page-facts'>, sender: SenderInfo): Promise<Protocol['page-facts']['response']> {
  // The router let this through only from a content script with a tab: report on that tab, never on
  // one the message names, and only while it shows the app the message is about.
  const tabId = sender.tab!.id!;
  const tab = await browser.tabs.get(tabId);
  const match = reportedApp(message.url, tab.url);
  if (!match) return { ok: false };
  const facts = sanitizePageFacts(message.facts);
  // The page's own id must agree with the URL; without one, trust only the first document load, since
  // stores keep the first page's embedded data after they change the URL.
  const consistent = facts !== null && (facts.pageAppId ? facts.pageAppId === match.id : message.initial === true);
  const stored: StoredFacts = { appId: match.id, facts: consistent ? facts : null, status: consistent ? 'ok' : 'unavailable' };
  await browser.storage.session.set({ [sessionFactsKey(tabId)]: stored });
  await refreshTab(tabId, tab.url);
  return { ok: consistent };
}

async function onGetReport(message: Message<'get-report'>): Promise<Report | null> {
  const key = sessionReportKey(message.tabId);
  const tab = await browser.tabs.get(message.tabId).catch(() => undefined);
  if (!tab) return null;
  const saved = (await browser.storage.session.get(key))[key] as Report | undefined;
  return saved && saved.url === tab.url ? saved : refreshTab(message.tabId, tab.url);
}

async function onMarkerLevels(message: Message<'marker-levels'>): Promise<Protocol['marker-levels']['response']> {
  const { data, settings } = await state;
  return { enabled: settings.markers === true, levels: markerLevels(data, settings, message.urls) };
}

const handlers: Handlers = { 'page-facts': onPageFacts, 'get-report': onGetReport, 'marker-levels': onMarkerLevels };

function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  return route(message, sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') }, handlers);
}

/** Every open store tab gets a fresh report: after the data or settings change, or an update. (Host
 *  access lets the background see the URL of store tabs only, which is all it needs.) */
async function refreshStoreTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.filter((t) => t.id !== undefined && identifyApp(t.url)).map((t) => refreshTab(t.id!, t.url)));
}

function onTabUpdated(tabId: number, change: Tabs.OnUpdatedChangeInfoType, tab: Tabs.Tab): void {
  // URL changes include in-page navigation (history.pushState); "complete" re-applies the badge,
  // which the browser resets when a new document loads.
  if (change.url || change.status === 'complete') void refreshTab(tabId, tab.url);
}

browser.runtime.onMessage.addListener(handleMessage);
browser.tabs.onUpdated.addListener(onTabUpdated);
browser.tabs.onRemoved.addListener((tabId) => void browser.storage.session.remove([sessionReportKey(tabId), sessionFactsKey(tabId)]));
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(LOCAL.userLayer in changes || LOCAL.settings in changes)) return;
  state = loadState();
  void refreshStoreTabs();
});
browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first-run page that says what the extension does and how to edit the data.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('options.html#welcome') });
  // After an update or reload, store tabs that are already open get their badge back (the browser
  // cleared it, and storage.session with it).
  void refreshStoreTabs();
});
