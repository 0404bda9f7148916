// Popup time to content in Chromium (issue 6, items 5 and 7): the popup page opened as a tab for a store
// tab that shows an app, timed inside the popup from the start of its navigation.
import type { Page } from 'puppeteer-core';
import type { BenchBrowser } from './chromium';
import { tabIdOf } from './chromium';
import { installPopupProbe, readPopupTiming, type PopupTiming } from './page-probes';
import { median, medianRatio, round, summarise } from './stats';

export interface PopupContender {
  b: BenchBrowser;
  /** Path of the popup page inside the extension; "{tab}" is replaced by the store tab's id. */
  popupPath: string;
  /** The popup shows its content when this matches; null: when its DOM stops changing. */
  readySelector: string | null;
}

export const OUR_POPUP = { popupPath: 'popup.html?tab={tab}', readySelector: '#report[data-state="ready"]' };

// The store page's report is built by the background after the page loads; the popup is timed once
// it is there, as when a user opens the popup on a page they are reading.
const REPORT_SETTLE_MS = 1500;

interface Prepared {
  c: PopupContender;
  popup: Page;
  url: string;
}

async function prepare(c: PopupContender, storeUrl: string): Promise<Prepared> {
  const origin = `chrome-extension://${c.b.extensionId}/`;
  await c.b.tab.goto(storeUrl, { waitUntil: 'load' });
  const popup = await c.b.browser.newPage();
  // The popup page itself (without a tab id) is an extension page: ask it which tab shows the store page.
  await popup.goto(`${origin}${c.popupPath.split('?')[0]}`, { waitUntil: 'load' });
  const tabId = await tabIdOf(popup, storeUrl);
  if (tabId === null) throw new Error(`${c.b.label}: cannot find the tab of ${storeUrl}`);
  await popup.goto('about:blank');
  await installPopupProbe(popup, c.readySelector);
  await new Promise((resolve) => setTimeout(resolve, REPORT_SETTLE_MS));
  return { c, popup, url: `${origin}${c.popupPath.replaceAll('{tab}', String(tabId))}` };
}

async function openOnce(p: Prepared): Promise<PopupTiming> {
  await p.popup.goto(p.url, { waitUntil: 'load' });
  const timing = await readPopupTiming(p.popup, p.c.readySelector);
  if (p.c.readySelector && timing.ready === null) throw new Error(`${p.c.b.label}: the popup never matched ${p.c.readySelector}`);
  await p.popup.goto('about:blank');
  return timing;
}

/** Opens each contender's popup `runs` times, taking turns, after two openings that are not counted. */
export async function benchPopup(contenders: readonly PopupContender[], storeUrl: string, runs: number): Promise<Record<string, PopupTiming[]>> {
  const prepared: Prepared[] = [];
  for (const c of contenders) prepared.push(await prepare(c, storeUrl));
  const samples: Record<string, PopupTiming[]> = Object.fromEntries(contenders.map((c) => [c.b.label, []]));
  for (let run = -2; run < runs; run++) {
    const order = run % 2 === 0 ? prepared : [...prepared].reverse();
    for (const p of order) {
      const timing = await openOnce(p);
      if (run >= 0) samples[p.c.b.label]!.push(timing);
    }
  }
  for (const p of prepared) await p.popup.close();
  return samples;
}

export interface PopupRow {
  contender: string;
  runs: number;
  /** Median ms from navigation start to the end of DOMContentLoaded (the page, before its data). */
  domContentLoadedMedianMs: number;
  /** Median and p90 ms from navigation start to the ready selector; null without a selector. */
  readyMedianMs: number | null;
  readyP90Ms: number | null;
  /** Median ms from navigation start to the last DOM change. */
  settledMedianMs: number;
}

export interface PopupComparison {
  /** "ready" when both popups have a ready selector, else "settled" (last DOM change): like for like. */
  metric: 'ready' | 'settled';
  oursPerPeer: number;
}

export function summarisePopup(contenders: readonly PopupContender[], samples: Record<string, PopupTiming[]>): { rows: PopupRow[]; comparison: PopupComparison | null } {
  const rows = contenders.map(({ b }): PopupRow => {
    const s = samples[b.label]!;
    const ready = s.flatMap((t) => (t.ready === null ? [] : [t.ready]));
    const readySummary = ready.length ? summarise(ready) : null;
    return {
      contender: b.label,
      runs: s.length,
      domContentLoadedMedianMs: round(median(s.map((t) => t.domContentLoaded))),
      readyMedianMs: readySummary && round(readySummary.p50),
      readyP90Ms: readySummary && round(readySummary.p90),
      settledMedianMs: round(median(s.map((t) => t.lastMutation))),
    };
  });
  const ours = samples['ours'];
  const peer = samples['peer'];
  if (!ours || !peer) return { rows, comparison: null };
  const bothReady = contenders.every((c) => c.readySelector !== null);
  const pick = (t: PopupTiming) => (bothReady ? t.ready! : t.lastMutation);
  return { rows, comparison: { metric: bothReady ? 'ready' : 'settled', oursPerPeer: round(medianRatio(ours.map(pick), peer.map(pick))) } };
}
