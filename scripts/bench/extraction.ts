// Page extraction on the largest saved Google Play page that the test server replays (issue 6, item 3): in
// jsdom (what the unit tests use) and in Chromium (what users run), where the extractor is bundled the
// way the build bundles the content script and evaluated in the page at its real URL.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import type { Page } from 'puppeteer-core';
import { extractPageFacts, type ExtractableStore } from '../../src/content/extract';
import { identifyApp } from '../../src/shared/stores';
import { ROUTES } from '../../tests/e2e/harness/routes';
import { summariseRounded, type Summary } from './stats';

export interface ExtractionFigures {
  where: 'jsdom' | 'chromium';
  page: string;
  pageBytes: number;
  /** Milliseconds per extraction once warm (the page and the code already seen). In Chromium each sample
   *  is the mean of WARM_BATCH extractions: its clock only counts in steps of 0.1 ms. */
  warm: Summary;
  /** Milliseconds of the first extraction in a freshly loaded page, code not yet warm: close to what
   *  the content script pays on each page load (it also compiles the script, in a world of its own). */
  firstRun: Summary;
}

export interface LargestPage {
  url: string;
  fixture: string;
  bytes: number;
  store: ExtractableStore;
}

/** The issue names the largest Google Play page (about 1.2 MB): the store page with the most to read. */
export function largestPage(store: ExtractableStore = 'google-play'): LargestPage {
  const served = ROUTES.flatMap((r) =>
    r.fixture && identifyApp(r.url)?.store === store ? [{ url: r.url, fixture: r.fixture, bytes: statSync(r.fixture).size, store }] : [],
  );
  const largest = served.sort((a, b) => b.bytes - a.bytes)[0];
  if (!largest) throw new Error(`no saved ${store} page among the test server's routes`);
  return largest;
}

const describePage = (p: LargestPage) => path.basename(p.fixture);

// jsdom ships no types (and the project has no @types/jsdom): the one constructor used here, typed.
type Jsdom = new (html: string, options: { url: string }) => { window: { document: Document } };
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: Jsdom };

function checkFound(facts: { developer: string | null }, where: string): void {
  // An extraction that found nothing may have taken a short cut: its time would mean nothing.
  if (!facts.developer) throw new Error(`extraction in ${where} found no developer on the benchmark page`);
}

export function benchExtractionJsdom(page: LargestPage, runs: number, firstRuns: number): ExtractionFigures {
  const html = readFileSync(page.fixture, 'utf8');
  const first: number[] = [];
  const fresh = () => new JSDOM(html, { url: page.url }).window.document;
  let doc = fresh();
  for (let i = 0; i < firstRuns; i++) {
    if (i > 0) doc = fresh();
    const t0 = performance.now();
    checkFound(extractPageFacts(page.store, doc), 'jsdom');
    first.push(performance.now() - t0);
  }
  const warm = Array.from({ length: runs }, () => {
    const t0 = performance.now();
    extractPageFacts(page.store, doc);
    return performance.now() - t0;
  });
  return { where: 'jsdom', page: describePage(page), pageBytes: page.bytes, warm: summariseRounded(warm), firstRun: summariseRounded(first) };
}

/** The extractor as one script that sets `window.__jlExtract`, minified like the shipped content script. */
export async function extractorBundle(root: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(root, 'src/content/extract/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: '__jlExtract',
    target: 'chrome121',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}

declare global {
  interface Window {
    __jlExtract?: typeof import('../../src/content/extract');
  }
}

const WARM_BATCH = 5;

/** Times extraction in `tab` (a browser without extensions): first runs on fresh loads, then warm runs. */
export async function benchExtractionChromium(tab: Page, page: LargestPage, bundle: string, runs: number, firstRuns: number): Promise<ExtractionFigures> {
  const first: number[] = [];
  for (let i = 0; i < firstRuns; i++) {
    await tab.goto(page.url, { waitUntil: 'load' });
    await tab.addScriptTag({ content: bundle });
    const run = await tab.evaluate((store) => {
      const t0 = performance.now();
      const facts = window.__jlExtract!.extractPageFacts(store, document);
      return { ms: performance.now() - t0, developer: facts.developer };
    }, page.store);
    checkFound(run, 'Chromium');
    first.push(run.ms);
  }
  const warm = await tab.evaluate(
    (store, n, batch) => Array.from({ length: n }, () => {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) window.__jlExtract!.extractPageFacts(store, document);
      return (performance.now() - t0) / batch;
    }),
    page.store,
    runs,
    WARM_BATCH,
  );
  await tab.goto('about:blank');
  return { where: 'chromium', page: describePage(page), pageBytes: page.bytes, warm: summariseRounded(warm), firstRun: summariseRounded(first) };
}
