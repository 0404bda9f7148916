// Page-load overhead in Chromium (issue 6, items 4 and 7): every saved store page at its real URL, in a
// browser without extensions and in one with ours (and one with the peer's), taking turns page by page
// so that whatever slows the machine down slows every contender alike.
import path from 'node:path';
import { contentScriptsForbidden } from '../../src/background/forbidden-pages';
import { identifyApp } from '../../src/shared/stores';
import { ROUTES } from '../../tests/e2e/harness/routes';
import type { BenchBrowser } from './chromium';
import { installLoadProbe, readLoadTiming, type LoadTiming } from './page-probes';
import { median, medianRatio, round } from './stats';

export interface LoadPage {
  url: string;
  fixture: string;
  /** False where Chromium runs no content script (its own Web Store): only the background works there. */
  contentScript: boolean;
}

/** Load timings per page URL, then per contender label, in round order. */
export type LoadSamples = Record<string, Record<string, LoadTiming[]>>;

// Lets what a load set off (the background's work, the content script's message) finish before the
// next contender's load starts, so that one contender's tail is not billed to the next.
const SETTLE_MS = 100;

export function fixturePages(): LoadPage[] {
  return ROUTES.flatMap((r) => {
    const store = identifyApp(r.url)?.store;
    return r.fixture && store ? [{ url: r.url, fixture: r.fixture, contentScript: !contentScriptsForbidden(store, 'chrome') }] : [];
  });
}

const rotate = <T>(list: readonly T[], by: number): T[] => list.map((_, i) => list[(i + by) % list.length]!);
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function loadOnce(b: BenchBrowser, url: string): Promise<LoadTiming> {
  await b.tab.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const timing = await readLoadTiming(b.tab);
  await b.tab.goto('about:blank');
  await pause(SETTLE_MS);
  return timing;
}

/** `rounds` loads of every page in every browser (after one round that is not counted: cold caches). */
export async function benchPageLoad(contenders: readonly BenchBrowser[], pages: readonly LoadPage[], rounds: number): Promise<LoadSamples> {
  for (const b of contenders) await installLoadProbe(b.tab);
  const samples: LoadSamples = Object.fromEntries(pages.map((p) => [p.url, Object.fromEntries(contenders.map((b) => [b.label, []]))]));
  for (let pass = -1; pass < rounds; pass++) {
    for (const [i, page] of pages.entries()) {
      // Who goes first changes every time: no contender always follows the same one.
      for (const b of rotate(contenders, pass + 1 + i)) {
        const timing = await loadOnce(b, page.url);
        if (pass >= 0) samples[page.url]![b.label]!.push(timing);
      }
    }
  }
  return samples;
}

export interface PageLoadRow {
  page: string;
  contentScript: boolean;
  pairs: number;
  /** Median loadEventEnd in ms, per contender label. */
  medianMs: Record<string, number>;
  /** Median of paired ratios, e.g. "ours/none" → 1.02 (loadEventEnd), and the same after idle. */
  ratio: Record<string, number>;
  idleRatio: Record<string, number>;
  /** Median of paired differences in ms (loadEventEnd), e.g. "ours−none" → 21: what a load costs more. */
  addedMs: Record<string, number>;
}

/** The ratios worth printing: each extension against no extension, and ours against the peer. */
function comparisons(labels: readonly string[]): [string, string][] {
  const out: [string, string][] = labels.filter((l) => l !== 'none').map((l) => [l, 'none']);
  if (labels.includes('ours') && labels.includes('peer')) out.push(['ours', 'peer']);
  return out;
}

function ratios(samples: Record<string, LoadTiming[]>, metric: keyof LoadTiming): Record<string, number> {
  return Object.fromEntries(
    comparisons(Object.keys(samples)).map(([a, b]) => [`${a}/${b}`, round(medianRatio(samples[a]!.map((t) => t[metric]), samples[b]!.map((t) => t[metric])))]),
  );
}

function differences(samples: Record<string, LoadTiming[]>): Record<string, number> {
  return Object.fromEntries(
    comparisons(Object.keys(samples)).map(([a, b]) => [`${a}−${b}`, round(median(samples[a]!.map((t, i) => t.loadEnd - samples[b]![i]!.loadEnd)))]),
  );
}

/** One row per page, and an "all pages" row that pools the pairs of pages where content scripts run. */
export function summarisePageLoad(pages: readonly LoadPage[], samples: LoadSamples): PageLoadRow[] {
  const row = (page: string, contentScript: boolean, s: Record<string, LoadTiming[]>): PageLoadRow => ({
    page,
    contentScript,
    pairs: Object.values(s)[0]?.length ?? 0,
    medianMs: Object.fromEntries(Object.entries(s).map(([label, t]) => [label, round(median(t.map((x) => x.loadEnd)))])),
    ratio: ratios(s, 'loadEnd'),
    idleRatio: ratios(s, 'loadIdle'),
    addedMs: differences(s),
  });
  const rows = pages.map((p) => row(path.basename(p.fixture), p.contentScript, samples[p.url]!));
  const pooled: Record<string, LoadTiming[]> = {};
  for (const p of pages.filter((x) => x.contentScript)) {
    for (const [label, t] of Object.entries(samples[p.url]!)) (pooled[label] ??= []).push(...t);
  }
  return [...rows, row('all pages with the content script', true, pooled)];
}
