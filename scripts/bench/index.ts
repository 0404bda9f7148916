// npm run bench — the figures of issue 6, printed as tables and written to .bench/results.json.
// Needs a build (`npm run build`) and Debian's chromium; run it under the shared browser lock:
//   flock /tmp/jl-browser.lock sh -c 'npm run build && npm run bench'
// See config.ts for BENCH_PEER and the other settings.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { startStoreServer, type StoreServer } from '../../tests/e2e/harness/https-server';
import { URLS } from '../../tests/e2e/harness/routes';
import { benchBackgroundReady } from './background-ready';
import { checkBudgets } from './budgets';
import { launchBenchBrowser, type BenchBrowser } from './chromium';
import { benchConfig, type BenchConfig } from './config';
import { benchExtractionChromium, benchExtractionJsdom, extractorBundle, largestPage } from './extraction';
import { benchLookup, SIZES, timerOverhead } from './lookup';
import { benchPageLoad, fixturePages, summarisePageLoad } from './page-load';
import { benchPopup, OUR_POPUP, summarisePopup, type PopupContender } from './popup-time';
import { printReport } from './report';
import type { BenchResults } from './results';
import { measureSizes } from './sizes';
import { startupBreakdown } from './startup-breakdown';
import { syntheticUserLayer } from './synthetic-dataset';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OURS = path.join(ROOT, 'dist/chrome');
const OUT = path.join(ROOT, '.bench/results.json');

const log = (...parts: unknown[]) => console.error('[bench]', ...parts);

function nodeFigures(config: BenchConfig): Pick<BenchResults, 'lookup' | 'extraction'> {
  log('lookup at', SIZES.join(', '), 'records');
  const lookup = { timer: timerOverhead(config.lookupsPerSize), sizes: SIZES.map((size) => benchLookup(size, config.lookupsPerSize)) };
  log('page extraction in jsdom');
  const extraction = [benchExtractionJsdom(largestPage(), config.extractionRuns, config.extractionFirstRuns)];
  return { lookup, extraction };
}

/** Extraction, page load and popup: one browser per contender, all open at once, taking turns. */
async function browserFigures(config: BenchConfig, server: StoreServer): Promise<Pick<BenchResults, 'pageLoad' | 'popup'> & { extraction: BenchResults['extraction']; chromium: string }> {
  const browsers: BenchBrowser[] = [];
  try {
    browsers.push(await launchBenchBrowser('none', null, server.port));
    browsers.push(await launchBenchBrowser('ours', OURS, server.port));
    if (config.peer) browsers.push(await launchBenchBrowser('peer', config.peer.dir, server.port));
    const [none, ours, peer] = browsers as [BenchBrowser, BenchBrowser, BenchBrowser | undefined];
    log('page extraction in Chromium');
    const extraction = [await benchExtractionChromium(none.tab, largestPage(), await extractorBundle(ROOT), config.extractionRuns, config.extractionFirstRuns)];
    const pages = fixturePages();
    log(`page load: ${pages.length} pages × ${config.pageLoadRounds} rounds × ${browsers.length} browsers`);
    const samples = await benchPageLoad(browsers, pages, config.pageLoadRounds);
    log(`popup: ${config.popupRuns} openings each`);
    const contenders: PopupContender[] = [{ b: ours, ...OUR_POPUP }];
    if (peer && config.peer) contenders.push({ b: peer, popupPath: config.peer.popupPath, readySelector: config.peer.readySelector });
    const popup = summarisePopup(contenders, await benchPopup(contenders, URLS.translatePlay, config.popupRuns));
    return { extraction, pageLoad: { rows: summarisePageLoad(pages, samples), samples }, popup, chromium: await none.browser.version() };
  } finally {
    for (const b of browsers) await b.close();
  }
}

// The user layer claims the app of the store tab, so the answer shows the lookup went through it.
const userLayer = (config: BenchConfig) => syntheticUserLayer(config.userRecords, new URL(URLS.whereAmIPlay).searchParams.get('id')!);

/** In a browser of its own, so that nothing else the benchmark did is in its storage. */
async function backgroundFigures(config: BenchConfig, server: StoreServer): Promise<BenchResults['backgroundReady']> {
  log(`background ready: no user records, then ${config.userRecords.toLocaleString('en')}`);
  const b = await launchBenchBrowser('ours', OURS, server.port);
  try {
    return await benchBackgroundReady(b, URLS.whereAmIPlay, [emptyUserLayer(), userLayer(config)], config.backgroundRuns);
  } finally {
    await b.close();
  }
}

async function main(): Promise<void> {
  const started = new Date();
  const loadAtStart = os.loadavg()[0]!;
  const config = benchConfig();
  const sizes = measureSizes(ROOT); // first: fails at once when there is no build
  log('start-up steps in Node');
  const startupSteps = startupBreakdown(ROOT, userLayer(config)); // before anything warms the same code
  const { lookup, extraction: inNode } = nodeFigures(config);
  // Chromium maps host and port, so the store server can do without 443 (as in the e2e suite).
  const server = await startStoreServer({ anyPortIfUnavailable: true });
  let results: BenchResults;
  try {
    const { extraction, pageLoad, popup, chromium } = await browserFigures(config, server);
    const backgroundReady = await backgroundFigures(config, server);
    results = {
      startedAt: started.toISOString(),
      durationS: Math.round((Date.now() - started.getTime()) / 1000),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '?', node: process.version, chromium, loadAvg: [loadAtStart, os.loadavg()[0]!] },
      quick: config.quick,
      peer: config.peer,
      lookup,
      backgroundReady,
      startupSteps,
      extraction: [...inNode, ...extraction],
      pageLoad,
      popup,
      sizes,
    };
  } finally {
    await server.close();
  }
  const budgets = checkBudgets(results);
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify({ ...results, budgets }, null, 2)}\n`);
  console.log(printReport(results, budgets));
  console.log(`\nFigures and raw page-load samples: ${path.relative(ROOT, OUT)}`);
}

await main();
