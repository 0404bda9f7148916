// Chromium for the benchmark: one browser per contender (ours, the peer, none at all), all launched the
// same way as tests/e2e/harness/chromium.ts (same binary, flags and host mapping to the store server), so
// that the only difference between them is the extension they carry.
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { shutDown } from '../../tests/e2e/harness/browser-process';
import { chromiumArgs } from '../../tests/e2e/harness/chromium';
import { CHROMIUM_PATH } from '../../tests/e2e/harness/paths';
import { waitFor } from '../../tests/e2e/harness/wait-for';

export interface BenchBrowser {
  /** "ours", "peer" or "none". */
  label: string;
  browser: Browser;
  /** null for the browser without an extension. */
  extensionId: string | null;
  /** The one tab the benchmark drives (every other tab is closed after start-up). */
  tab: Page;
  close(): Promise<void>;
}

// Start-up work (extension install, first-run pages, component registration) must not overlap a
// measurement: wait this long after launch before timing anything.
const SETTLE_MS = 1500;

export async function launchBenchBrowser(label: string, extensionDir: string | null, serverPort: number): Promise<BenchBrowser> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), `jl-bench-${label}-`));
  // A copy, as the e2e harness does: a rebuild of dist/ during the run cannot hand over a half-written one.
  const extension = extensionDir ? path.join(runDir, 'extension') : null;
  if (extensionDir && extension) await cp(extensionDir, extension, { recursive: true });
  const browser = await puppeteer
    .launch({
      executablePath: CHROMIUM_PATH,
      browser: 'chrome',
      headless: true,
      pipe: true,
      // Extensions enabled in all three browsers, so the flags are identical; only ours and the peer load one.
      enableExtensions: extension ? [extension] : true,
      userDataDir: path.join(runDir, 'profile'),
      args: chromiumArgs(serverPort),
    })
    .catch(async (error: unknown) => {
      await shutDown(undefined, runDir);
      throw error;
    });
  try {
    const extensionId = extension ? await extensionIdOf(browser, extension) : null;
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const tab = await browser.newPage();
    for (const page of await browser.pages()) if (page !== tab) await page.close();
    return { label, browser, extensionId, tab, close: () => shutDown(browser, runDir) };
  } catch (error) {
    await shutDown(browser, runDir);
    throw error;
  }
}

async function extensionIdOf(browser: Browser, extension: string): Promise<string> {
  const installed = await waitFor(() => browser.extensions(), (map) => map.size > 0, { what: `the extension in ${extension} to load` });
  const found = [...installed.values()].find((e) => path.resolve(e.path) === path.resolve(extension));
  if (!found) throw new Error(`Extension from ${extension} not among ${[...installed.keys()].join(', ')}`);
  return found.id;
}

/**
 * The chrome.tabs id of the tab showing `url`, asked from an extension page (its own tabs API).
 * Our extension may see store URLs (host permission); for a peer that may not, the newest tab whose URL
 * it cannot see is taken.
 */
export async function tabIdOf(extensionPage: Page, url: string): Promise<number | null> {
  return extensionPage.evaluate(async (u) => {
    const byUrl = await chrome.tabs.query({ url: u });
    if (byUrl.length === 1 && byUrl[0]?.id !== undefined) return byUrl[0].id;
    const hidden = (await chrome.tabs.query({})).filter((t) => t.url === undefined && t.id !== undefined);
    return hidden.length ? Math.max(...hidden.map((t) => t.id!)) : null;
  }, url);
}
