// The background: identifies the app in each tab from its URL, merges what the content script reports,
// builds the report, keeps it in storage.session and sets the badge. MV3 may stop this worker at any
// time, so listeners are registered on the first tick and nothing lives only in memory.
import bundled from 'bundled-dataset';
import { buildReport } from '../shared/build-report';
import browser from '../shared/browser';
import type { Runtime, Tabs } from '../shared/browser';
import { EffectiveDataset } from '../shared/effective-dataset';
import { parseUserLayer } from '../shared/load-user-layer';
import type { Message, MessageType, Protocol } from '../shared/messages';
import type { Report } from '../shared/report-types';
import { sanitizePageFacts } from '../shared/sanitize-page-facts';
import { normaliseSettings } from '../shared/settings';
import type { ConcernSettings } from '../shared/settings';
import { LOCAL, sessionFactsKey, sessionReportKey } from '../shared/storage-keys';
import { identifyApp, sameApp } from '../shared/stores';
import { showBadge } from './badge';
import { messageType, rejectSender } from './router';

interface StoredFacts {
  /** Store id of the app the facts describe. */
  appId: string;
  facts: Report['page'];
  status: Report['pageStatus'];
}

let state = loadState();

async function loadState(): Promise<{ data: EffectiveDataset; settings: ConcernSettings }> {
  const stored = await browser.storage.local.get([LOCAL.userLayer, LOCAL.settings]);
  const { layer } = parseUserLayer(stored[LOCAL.userLayer]);
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
    pageStatus: facts?.status ?? 'pending',
    now: new Date(),
  });
  await browser.storage.session.set({ [sessionReportKey(tabId)]: report });
  await showBadge(tabId, report);
  return report;
}

async function onPageFacts(message: Message<'page-facts'>, tabId: number): Promise<Protocol['page-facts']['response']> {
  const tab = await browser.tabs.get(tabId);
  const match = identifyApp(message.url);
  if (!match || !sameApp(match, identifyApp(tab.url))) return { ok: false };
  const facts = sanitizePageFacts(message.facts);
  // The page's own id must agree with the URL; without one, trust only the first document load, since
  // stores keep the first page's embedded data after they change the URL.
  const consistent = facts !== null && (facts.pageAppId ? facts.pageAppId === match.id : message.initial);
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

function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const type: MessageType | null = messageType(message);
  if (!type) return undefined;
  const why = rejectSender(type, sender, { id: browser.runtime.id, baseUrl: browser.runtime.getURL('') });
  if (why) {
    console.warn(`Jurisdiction Lens: dropped "${type}" message: ${why}`);
    return undefined;
  }
  if (type === 'page-facts') return onPageFacts(message as Message<'page-facts'>, sender.tab!.id!);
  return onGetReport(message as Message<'get-report'>);
}

async function refreshAllTabs(): Promise<void> {
  const all = await browser.storage.session.get(null);
  const tabIds = Object.keys(all).flatMap((k) => (k.startsWith('report:') ? [Number(k.slice(7))] : []));
  await Promise.all(tabIds.map(async (id) => refreshTab(id, (await browser.tabs.get(id).catch(() => undefined))?.url)));
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
  void refreshAllTabs();
});
browser.runtime.onInstalled.addListener(({ reason }) => {
  // A first-run page that says what the extension does and how to edit the data.
  if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('options.html#welcome') });
});
