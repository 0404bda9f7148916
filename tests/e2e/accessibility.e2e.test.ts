// Accessibility end to end in Debian's Chromium: axe-core on the popup in every state (concern, noted,
// not in the dataset, not an app page, out of date, disputed) and on the options page, in the light and
// the dark theme, folded and unfolded; keyboard use; "Copy report" through the real clipboard; and
// long or right-to-left names that must neither overflow the popup nor reorder its sentences.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { BADGE_OF, isDatasetBadge } from './harness/expectations';
import { importThroughOptions } from './harness/extension-control';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e a11y]', ...parts);

/** A Play app in the bundled dataset with a disputed event. Its page is not saved: the server answers
 *  404, and the report comes from the URL and the dataset alone, as when a store page fails to load. */
const WECHAT_PLAY = 'https://play.google.com/store/apps/details?id=com.tencent.mm&hl=en';
const POPUP_WIDTH = 420;

// Names that stress the layout: a right-to-left publisher, a 300-character parent (the schema's
// maximum) with no space to break at, and a Hebrew app name.
const ARABIC_NAME = 'شركة التطبيقات العربية المحدودة للبرمجيات';
const LONG_NAME = `${'Jurisdiction-Lens-Long-Company-Name-'.repeat(8)}${'مثال'.repeat(3)}`.slice(0, 300);
const HEBREW_APP = 'איפה אני – אפליקציית מיקום';

const source = { url: 'https://example.org/e2e-a11y-source', title: 'Test source written by the e2e accessibility suite', publisher: 'Jurisdiction Lens tests', date: '2026-11-28' };
const sources = [source];
const entry = (record: object) => ({ record, updatedAt: '2026-11-28T00:00:00.000Z' });

/** A user's own records: Univerza Tukdaeng in the dataset ("noted"), and Where Am I reviewed long ago
 *  ("out of date") under the stress-test names. Imported through the options page like any user file. */
const USER_LAYER = {
  format: 'jurisdiction-lens-user-layer',
  version: 1,
  overrides: {
    'jurisdiction:th': entry({ kind: 'jurisdiction', id: 'th', name: 'Thailand (e2e test record)', laws: [], lastReviewed: '2026-11-28' }),
    'entity:univerza-e2e': entry({
      kind: 'entity', id: 'univerza-e2e', legalName: 'UNIVERZA COMPANY LIMITED', names: ['UNIVERZA CO., LTD.'],
      domicile: { jurisdiction: 'th', sources }, headquarters: { jurisdiction: 'th', sources }, lastReviewed: '2026-11-28',
    }),
    'app:univerza-tukdaeng-e2e': entry({
      kind: 'app', id: 'univerza-tukdaeng-e2e', name: 'Univerza Tukdaeng',
      stores: [{ type: 'apple', id: '6811926515', sources }], publishers: [{ entity: 'univerza-e2e', region: 'Worldwide', sources }], lastReviewed: '2026-11-28',
    }),
    'entity:long-parent-e2e': entry({
      kind: 'entity', id: 'long-parent-e2e', legalName: LONG_NAME,
      domicile: { jurisdiction: 'th', sources }, headquarters: { jurisdiction: 'th', sources }, lastReviewed: '2026-11-28',
    }),
    'entity:rtl-developer-e2e': entry({
      kind: 'entity', id: 'rtl-developer-e2e', legalName: ARABIC_NAME, parent: { entity: 'long-parent-e2e', sources },
      domicile: { jurisdiction: 'th', sources }, headquarters: { jurisdiction: 'th', sources }, lastReviewed: '2026-11-28',
    }),
    'app:where-am-i-e2e': entry({
      kind: 'app', id: 'where-am-i-e2e', name: HEBREW_APP,
      stores: [{ type: 'android', id: 'com.adex77.WhereAmI', sources }],
      publishers: [{ entity: 'rtl-developer-e2e', region: ARABIC_NAME, sources }],
      lastReviewed: '2020-01-15',
    }),
  },
};

const AXE_SOURCE = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core in the page (injected over the DevTools protocol, which the page's CSP does not govern). */
async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe.run(document);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`) }));
  });
}

const unfoldAll = (page: Page) => page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
const foldState = (page: Page) => page.evaluate(() => [...document.querySelectorAll('details')].map((d) => d.open));
const restoreFolds = (page: Page, open: boolean[]) => page.evaluate((o) => document.querySelectorAll('details').forEach((d, i) => (d.open = o[i] ?? false)), open);

/** axe in both themes, as the page first shows and with every section unfolded. Returns the counts. */
async function axeEveryWay(page: Page, what: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const folds = await foldState(page);
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: theme }]);
    for (const view of ['as shown', 'unfolded']) {
      if (view === 'unfolded') await unfoldAll(page);
      const violations = await axe(page);
      counts[`${theme}, ${view}`] = violations.length;
      if (violations.length) log(`${what} (${theme}, ${view}) violations:`, JSON.stringify(violations, null, 2));
    }
    await restoreFolds(page, folds);
  }
  await page.emulateMediaFeatures([]);
  log(`axe on ${what}:`, JSON.stringify(counts));
  return counts;
}

const NO_VIOLATIONS = { 'light, as shown': 0, 'light, unfolded': 0, 'dark, as shown': 0, 'dark, unfolded': 0 };

describe('Chromium: accessibility of the popup and the options page', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;
  let tmp: string;
  const tabs = new Map<string, number>();

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-a11y-'));
    log(`extension ${chromium.extensionId} in ${await chromium.browser.version()}`);
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Opens a store URL in a tab and waits for its badge; the tab stays open for the popup. */
  async function visit(name: string, url: string, accept: (badge: string) => boolean): Promise<number> {
    const page = await chromium.open(url);
    const tabId = await chromium.tabIdOf(page);
    const badge = await waitFor(() => chromium.badgeText(tabId), accept, { what: `the badge of ${name}` });
    log(`${name}: tab ${tabId}, badge ${JSON.stringify(badge)}, title ${JSON.stringify(await chromium.title(tabId))}`);
    tabs.set(name, tabId);
    return tabId;
  }

  async function popup(tabId: number): Promise<Page> {
    const page = await chromium.openPopup(tabId);
    await page.setViewport({ width: POPUP_WIDTH, height: 600 });
    return page;
  }

  /** Imports the test layer through the options page's file input, as a user would. */
  async function importLayer(options: Page): Promise<void> {
    const file = path.join(tmp, 'user-layer.json');
    await writeFile(file, JSON.stringify(USER_LAYER));
    // The import is previewed first (issue 5) and applied on confirm.
    const status = await importThroughOptions(options, file);
    log(`imported the test layer: ${status}`);
    expect(status).toMatch(/6/);
  }

  it('axe is live: it reports violations planted in the page', async () => {
    const page = await popup(await visit('concern', URLS.translatePlay, isDatasetBadge));
    await page.evaluate(() => {
      document.querySelector('main')!.append(document.createElement('button'));
      const faint = document.createElement('p');
      faint.textContent = 'faint';
      faint.style.color = '#dddddd';
      document.querySelector('main')!.append(faint);
    });
    const ids = (await axe(page)).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.close();
  });

  it('the popup in the states without user data: concern, disputed, not in the dataset, not an app page', async () => {
    const states = [
      { name: 'concern', url: URLS.translatePlay, accept: isDatasetBadge, level: 'concern' },
      { name: 'disputed', url: WECHAT_PLAY, accept: isDatasetBadge, level: 'concern' },
      { name: 'unknown', url: URLS.whereAmIPlay, accept: (b: string) => b === BADGE_OF.unknown, level: 'unknown' },
      { name: 'none', url: URLS.playGames, accept: (b: string) => b === BADGE_OF.none, level: 'none' },
    ];
    for (const state of states) {
      const page = await popup(await visit(state.name, state.url, state.accept));
      expect(await page.$eval('#report', (e) => (e as HTMLElement).dataset.level)).toBe(state.level);
      if (state.name === 'disputed') expect(await page.$('#notice-disputed'), 'the disputed notice').not.toBeNull();
      expect(await axeEveryWay(page, `popup, ${state.name}`)).toEqual(NO_VIOLATIONS);
      await page.close();
    }
  });

  it('the options page, before and after an import', async () => {
    const options = await chromium.browser.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/options.html#welcome`, { waitUntil: 'load' });
    await options.waitForSelector('#options[data-state="ready"]');
    expect(await axeEveryWay(options, 'options page')).toEqual(NO_VIOLATIONS);
    await importLayer(options);
    await options.click('#record-list button');
    expect(await axeEveryWay(options, 'options page after an import, a record open')).toEqual(NO_VIOLATIONS);
    await options.close();
  });

  it('the popup in the states from user data: noted, and out of date with long right-to-left names', async () => {
    const noted = await popup(await visit('noted', URLS.tukdaengApple, isDatasetBadge));
    expect(await noted.$eval('#report', (e) => (e as HTMLElement).dataset.level)).toBe('noted');
    expect(await axeEveryWay(noted, 'popup, noted')).toEqual(NO_VIOLATIONS);
    await noted.close();

    const tabId = await visit('stale', URLS.whereAmIPlay, isDatasetBadge);
    expect(await chromium.title(tabId), 'the tooltip says it is out of date').toMatch(/12 months/);
    const stale = await popup(tabId);
    expect(await stale.$eval('#report', (e) => (e as HTMLElement).dataset.stale)).toBe('true');
    expect(await stale.$('#notice-stale'), 'the out-of-date notice').not.toBeNull();
    expect(await axeEveryWay(stale, 'popup, stale with RTL and long names')).toEqual(NO_VIOLATIONS);
    await stale.close();
  });

  it('long and right-to-left names: nothing overflows the popup, and names are isolated', async () => {
    const page = await popup(tabs.get('stale')!);
    await unfoldAll(page);
    const layout = await page.evaluate((arabic) => {
      const main = document.querySelector('main')!;
      const right = main.getBoundingClientRect().right;
      const overflowing = [...main.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > right + 0.5).map((e) => e.tagName + (e.id ? `#${e.id}` : ''));
      const holders = [...main.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.includes(arabic)));
      return {
        pageWidth: document.documentElement.scrollWidth,
        viewport: document.documentElement.clientWidth,
        overflowing,
        isolated: holders.map((e) => e.tagName === 'BDI' || e.closest('[dir="auto"]') !== null),
        verdictHasBdi: [...document.querySelectorAll('#verdict bdi')].some((b) => b.textContent === arabic),
      };
    }, ARABIC_NAME);
    log('layout with long and RTL names:', JSON.stringify(layout));
    expect(layout.pageWidth).toBeLessThanOrEqual(layout.viewport);
    expect(layout.overflowing).toEqual([]);
    expect(layout.isolated.length).toBeGreaterThan(0);
    expect(layout.isolated.every(Boolean), 'every text holding the RTL name is isolated').toBe(true);
    expect(layout.verdictHasBdi).toBe(true);
    await page.close();
  });

  it('keyboard only: every control is reachable, a footnote opens its source, Enter on "Copy report" fills the clipboard', async () => {
    const origin = `chrome-extension://${chromium.extensionId}`;
    await chromium.browser.defaultBrowserContext().overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await popup(tabs.get('disputed')!);
    await page.bringToFront();
    const focusables = await page.$$eval('main a[href], main button, main summary', (els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
    const reached: string[] = [];
    for (let i = 0; i < focusables + 2; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        return `${a.tagName}${a.id ? `#${a.id}` : ''}${a.classList.contains('ref') ? '.ref' : ''}`;
      }));
    }
    log(`tab order (${focusables} visible focusable):`, reached.join(' '));
    expect(reached).toContain('BUTTON#copy-report');
    expect(reached.filter((r) => r === 'SUMMARY').length).toBeGreaterThan(3);

    // A footnote mark in the verdict: Enter unfolds "Sources" and moves the focus to that source.
    await page.focus('#verdict a.ref');
    const ref = await page.$eval('#verdict a.ref', (a) => a.getAttribute('href'));
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, open: (document.querySelector('#sources-section') as HTMLDetailsElement).open }));
    expect(focused).toEqual({ id: ref!.slice(1), open: true });

    await page.focus('#copy-report');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('#action-status')?.textContent ?? '').length > 0);
    const status = await page.$eval('#action-status', (e) => e.textContent);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    log(`copy status: ${status}; clipboard (${copied.length} chars) starts: ${JSON.stringify(copied.slice(0, 300))}`);
    expect(await page.$('#copy-fallback'), 'no fallback: the browser allowed the copy').toBeNull();
    expect(copied).toMatch(/^# WeChat\n/);
    expect(copied).toContain('**Level: Concern**');
    expect(copied).toMatch(/\n## Sources\n\n1\. .+ — .+, .+ <https:\/\/.+>\n2\. /);
    expect(copied).toContain('National Intelligence Law');
    expect(copied).toContain('(disputed)');
    await page.close();
  });
});
