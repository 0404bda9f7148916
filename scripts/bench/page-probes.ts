// Timing probes that run inside a page before any of its own scripts (puppeteer's
// evaluateOnNewDocument), so each figure is read from the page's own clock: performance.now() counts
// from the start of the navigation that made the document.
import type { Page } from 'puppeteer-core';
import { waitFor } from '../../tests/e2e/harness/wait-for';

export interface LoadTiming {
  /** Navigation timing loadEventEnd: navigation start → end of the load event. */
  loadEnd: number;
  /** Navigation start → the first idle period after the load event (work queued around load included). */
  loadIdle: number;
}

export interface PopupTiming {
  /** Navigation start → end of DOMContentLoaded: the page itself (HTML, CSS, script) is loaded. */
  domContentLoaded: number;
  /** Navigation start → the moment the ready selector first matched; null if it never did. */
  ready: number | null;
  /** Navigation start → the last change to the DOM before the page went quiet. */
  lastMutation: number;
}

declare global {
  interface Window {
    __jlBench?: { idle?: number; ready?: number; lastMutation?: number };
  }
}

/** Records, in every document `page` loads from now on, when the page went idle after its load event. */
export async function installLoadProbe(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const probe: NonNullable<Window['__jlBench']> = (window.__jlBench = {});
    addEventListener('load', () => requestIdleCallback(() => (probe.idle = performance.now())), { once: true });
  });
}

export async function readLoadTiming(page: Page): Promise<LoadTiming> {
  const read = () =>
    page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { loadEnd: nav?.loadEventEnd ?? 0, loadIdle: window.__jlBench?.idle ?? 0 };
    });
  return waitFor(read, (t) => t.loadEnd > 0 && t.loadIdle > 0, { what: `the load timing of ${page.url()}`, intervalMs: 20 });
}

/**
 * Records when `selector` first matches (when given) and the time of every DOM change. It works on
 * any extension's page: a peer's popup need not share our markup.
 */
export async function installPopupProbe(page: Page, selector: string | null): Promise<void> {
  // No named functions inside: tsx would wrap them in a helper that does not exist in the page.
  await page.evaluateOnNewDocument((sel: string | null) => {
    const probe: NonNullable<Window['__jlBench']> = (window.__jlBench = {});
    new MutationObserver(() => {
      probe.lastMutation = performance.now();
      if (sel && probe.ready === undefined && document.querySelector(sel)) probe.ready = probe.lastMutation;
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  }, selector);
}

// The popup counts as settled once nothing in its DOM has changed for this long.
const QUIET_MS = 300;

/** Waits until the probed popup is ready (selector) or quiet (no selector), then reads its timing. */
export async function readPopupTiming(page: Page, selector: string | null): Promise<PopupTiming> {
  const read = () =>
    page.evaluate(() => ({
      domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? 0,
      ready: window.__jlBench?.ready ?? null,
      lastMutation: window.__jlBench?.lastMutation ?? 0,
      now: performance.now(),
    }));
  const settled = await waitFor(read, (t) => (selector ? t.ready !== null : t.lastMutation > 0) && t.now - t.lastMutation >= QUIET_MS, {
    what: `the popup ${page.url()} to be ready and quiet`,
    intervalMs: 50,
  });
  return { domContentLoaded: settled.domContentLoaded, ready: settled.ready, lastMutation: settled.lastMutation };
}
