// End-to-end in Debian's Chromium (issue 5): a record edited in the options page's form shows in the
// popup on the store page; a field made invalid is named as the user types and refused on save with
// the draft kept; an import with one invalid record changes nothing and names the record and field.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './harness/chromium';
import { isDatasetBadge } from './harness/expectations';
import { startStoreServer, type StoreServer } from './harness/https-server';
import { URLS } from './harness/routes';
import { waitFor } from './harness/wait-for';

const log = (...parts: unknown[]): void => console.log('[e2e options editor]', ...parts);
const EDITED_NAME = 'Google Translate (edited in the form)';
const source = { url: 'https://example.org/e2e-options-editor', title: 'Test source of the options editor suite', publisher: 'Jurisdiction Lens tests', date: '2026-11-28' };

/** A file with one valid record and one whose store identity has no id. */
const IMPORT_WITH_ONE_INVALID = {
  format: 'jurisdiction-lens-user-layer',
  version: 1,
  overrides: {
    'jurisdiction:th': { record: { kind: 'jurisdiction', id: 'th', name: 'Thailand (e2e)', laws: [], lastReviewed: '2026-11-28' }, updatedAt: '2026-11-28T00:00:00.000Z' },
    'app:broken-e2e': {
      record: { kind: 'app', id: 'broken-e2e', name: 'Broken', stores: [{ type: 'android', sources: [source] }], publishers: [{ entity: 'google-llc', region: 'Worldwide', sources: [source] }], lastReviewed: '2026-11-28' },
      updatedAt: '2026-11-28T00:00:00.000Z',
    },
  },
};

describe('Chromium: editing the dataset in the options form', () => {
  let server: StoreServer | undefined;
  let chromium: ChromiumSession;
  let tmp: string;

  beforeAll(async () => {
    server = await startStoreServer({ anyPortIfUnavailable: true });
    chromium = await launchChromium({ serverPort: server.port });
    tmp = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-editor-'));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function options(hash = ''): Promise<Page> {
    const page = await chromium.browser.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html${hash}`, { waitUntil: 'load' });
    // In front, so that it renders: clicks wait for the page to scroll the target into view.
    await page.bringToFront();
    await page.waitForSelector('#options[data-state="ready"]');
    return page;
  }

  const storedLayer = () => chromium.inWorker(async () => JSON.stringify((await chrome.storage.local.get('userLayer')).userLayer ?? null), null);
  const text = (page: Page, selector: string) => page.$eval(selector, (e) => e.textContent ?? '');

  /** Replaces the text of a form field by typing, as the user does. */
  async function retype(page: Page, selector: string, value: string): Promise<void> {
    await page.$eval(selector, (e) => (e as HTMLInputElement).select());
    await page.keyboard.press('Backspace');
    await page.keyboard.type(value);
  }

  it('names an invalid field as the user types, refuses to save it and keeps the draft; then saves the fix', async () => {
    const page = await options('#edit=app%3Agoogle-translate');
    expect(await page.$eval('#f-name', (e) => (e as HTMLInputElement).value)).toBe('Google Translate');
    await retype(page, '#f-name', EDITED_NAME);
    await retype(page, '#f-lastReviewed', 'last week');
    const problem = await waitFor(() => page.$eval('#f-lastReviewed', (e) => [e.getAttribute('aria-invalid'), document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? '']), ([invalid, msg]) => invalid === 'true' && msg!.length > 0, { what: 'the problem on the lastReviewed field' });
    log('field problem while typing:', JSON.stringify(problem));
    expect(await text(page, '#editor-problems')).toContain('Last reviewed');

    const before = await storedLayer();
    await page.click('#save-record');
    await waitFor(() => text(page, '#editor-status'), (s) => s.length > 0, { what: 'the refusal' });
    expect(await storedLayer(), 'nothing invalid is saved').toBe(before);
    expect(await page.$eval('#f-name', (e) => (e as HTMLInputElement).value), 'the draft stays in the form').toBe(EDITED_NAME);

    await retype(page, '#f-lastReviewed', '2026-11-28');
    await page.click('#save-record');
    const saved = await waitFor(() => text(page, '#editor-status'), (s) => s === 'Saved.', { what: 'the save' });
    log('saved:', saved, 'record list shows:', await text(page, '#record-list button[aria-current="true"]'));
    expect(await text(page, '#record-list button[aria-current="true"]')).toContain('edited');
    const diff = await page.$$eval('#record-diff tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
    expect(diff.some((row) => row.includes(EDITED_NAME)), 'the diff against the bundled record shows the name').toBe(true);
    const stored = JSON.parse(await storedLayer()) as { overrides: Record<string, { record: { name: string }; basedOn?: string }> };
    expect(stored.overrides['app:google-translate']!.record.name).toBe(EDITED_NAME);
    expect(stored.overrides['app:google-translate']!.basedOn).toMatch(/^[0-9a-f]{16}$/);
    await page.close();
  });

  it('the popup on the fixture store page shows the edited record, as the user\'s edit', async () => {
    const tab = await chromium.open(URLS.translatePlay);
    const tabId = await chromium.tabIdOf(tab);
    await waitFor(() => chromium.badgeText(tabId), isDatasetBadge, { what: `the badge of tab ${tabId}` });
    const popup = await chromium.openPopup(tabId);
    const shown = await popup.$eval('#app-name', (e) => e.textContent ?? '');
    const fromUser = await popup.$$eval('.origin-user', (els) => els.length);
    log('popup app name:', JSON.stringify(shown), 'statements from the user:', fromUser);
    expect(shown).toContain(EDITED_NAME);
    expect(fromUser).toBeGreaterThan(0);
    await popup.close();
    await tab.close();
  });

  it('an import with one invalid record changes nothing and names the record and the field', async () => {
    const page = await options();
    const before = await storedLayer();
    const file = path.join(tmp, 'one-invalid.json');
    await writeFile(file, JSON.stringify(IMPORT_WITH_ONE_INVALID));
    const input = (await page.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const status = await waitFor(() => text(page, '#import-status'), (s) => s.length > 0, { what: 'the import verdict' });
    log('import verdict:', JSON.stringify(status));
    expect(status).toContain('Nothing was imported');
    expect(status).toContain('app:broken-e2e');
    expect(status).toMatch(/\/overrides\/app:broken-e2e\/record\/stores\/0\/id/);
    expect(await page.$('#import-confirm'), 'no preview to confirm').toBeNull();
    expect(await storedLayer(), 'storage unchanged').toBe(before);
    await page.close();
  });

  it('a valid import is previewed (with the conflict named) and applied only on confirm', async () => {
    const page = await options();
    const before = await storedLayer();
    const mine = JSON.parse(before) as { overrides: Record<string, { record: object }> };
    const theirs = { ...mine.overrides['app:google-translate']!.record, name: 'Google Translate (from a file)' };
    const file = path.join(tmp, 'conflict.json');
    await writeFile(file, JSON.stringify({ format: 'jurisdiction-lens-user-layer', version: 1, overrides: { 'app:google-translate': { record: theirs, updatedAt: '2026-11-28T00:00:00.000Z' } } }));
    const input = (await page.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const preview = await waitFor(() => text(page, '#import-preview'), (s) => s.length > 0, { what: 'the import preview' });
    log('preview:', JSON.stringify(preview));
    expect(preview).toMatch(/Conflicts with your own changes \(1\).*app:google-translate/);
    expect(await storedLayer(), 'nothing stored before confirming').toBe(before);
    await page.click('#import-confirm');
    await waitFor(() => text(page, '#import-status'), (s) => s.startsWith('Imported'), { what: 'the import status' });
    expect(await storedLayer()).toContain('Google Translate (from a file)');
    await page.close();
  });
});
