// Messages shaped like what a compromised page or another extension could send.
import { describe, expect, it, vi } from 'vitest';
import { messageType, rejectSender, reportedApp, route } from '../../src/background/router';
import { SENDERS } from '../../src/shared/messages';

const ext = { id: 'ourid', baseUrl: 'chrome-extension://ourid/' };
const contentScript = { id: 'ourid', url: 'https://play.google.com/store/apps/details?id=a.b', tab: { id: 7 }, frameId: 0 };
const popup = { id: 'ourid', url: 'chrome-extension://ourid/popup.html', origin: 'chrome-extension://ourid' };

describe('router', () => {
  it('knows only the declared message types', () => {
    expect(messageType({ type: 'get-report' })).toBe('get-report');
    for (const m of [null, 'get-report', {}, { type: 'toString' }, { type: '__proto__' }, { type: 'set-dataset' }]) expect(messageType(m)).toBeNull();
  });

  it('accepts page facts only from a content script in a top frame with a tab', () => {
    expect(rejectSender('page-facts', contentScript, ext)).toBeNull();
    expect(rejectSender('page-facts', { ...contentScript, frameId: 3 }, ext)).toMatch(/top frame/);
    expect(rejectSender('page-facts', { ...contentScript, tab: undefined }, ext)).toMatch(/tab/);
    expect(rejectSender('page-facts', popup, ext)).toMatch(/content scripts/);
  });

  it('accepts report requests only from extension pages', () => {
    expect(rejectSender('get-report', popup, ext)).toBeNull();
    expect(rejectSender('get-report', contentScript, ext)).toMatch(/extension pages/);
    expect(rejectSender('get-report', { ...popup, origin: undefined }, ext)).toBeNull();
    expect(rejectSender('get-report', { ...popup, url: 'chrome-extension://ourid.evil/popup.html', origin: undefined }, ext)).toMatch(/extension pages/);
    expect(rejectSender('get-report', { ...popup, origin: 'chrome-extension://ouridx' }, ext)).toMatch(/extension pages/);
  });

  it('drops everything from another extension or a web page', () => {
    expect(rejectSender('get-report', { ...popup, id: 'other' }, ext)).toMatch(/not from this extension/);
    expect(rejectSender('page-facts', { ...contentScript, id: undefined }, ext)).toMatch(/not from this extension/);
  });
});

// Issue 7, item 3: the rules for each sender, with messages shaped like what a compromised store page
// (through our content script) or another extension could send.
describe('routing', () => {
  const handlers = () => ({
    'page-facts': vi.fn(async () => ({ ok: true })),
    'get-report': vi.fn(async () => null),
    'marker-levels': vi.fn(async () => ({ enabled: false, levels: [] })),
  });

  it('drops unknown and malformed messages without calling any handler or answering', () => {
    const h = handlers();
    const warn = vi.fn();
    const junk: unknown[] = [undefined, null, 0, 'page-facts', [], {}, { type: 'set-dataset', layer: {} }, { type: 'save-settings' }, { type: 'constructor' }, { type: 'hasOwnProperty' }, { type: ['page-facts'] }, { type: { toString: () => 'get-report' } }, JSON.parse('{"__proto__":{"type":"get-report"}}')];
    for (const message of junk) expect(route(message, popup, ext, h, warn)).toBeUndefined();
    expect(h['page-facts']).not.toHaveBeenCalled();
    expect(h['get-report']).not.toHaveBeenCalled();
  });

  it('never takes a content script for an extension page (Chrome gives it the page\'s origin)', () => {
    for (const sender of [{ ...contentScript, origin: 'https://play.google.com' }, { ...contentScript, origin: 'null' }, { ...contentScript, url: 'https://play.google.com/chrome-extension://ourid/' }]) {
      expect(rejectSender('get-report', sender, ext)).toMatch(/extension pages/);
    }
  });

  it('drops a report request from a content script (a page must not read reports or the dataset)', () => {
    const h = handlers();
    const warn = vi.fn();
    expect(route({ type: 'get-report', tabId: 1 }, contentScript, ext, h, warn)).toBeUndefined();
    expect(h['get-report']).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/dropped "get-report".*extension pages/));
  });

  it('drops page facts from extension pages, other extensions, frames and tabless senders', () => {
    const h = handlers();
    const facts = { type: 'page-facts', url: contentScript.url, initial: true, facts: {} };
    for (const sender of [popup, { ...contentScript, id: 'other' }, { ...contentScript, frameId: 1 }, { ...contentScript, frameId: undefined }, { ...contentScript, tab: { id: -1 } }, { ...contentScript, tab: {} }]) {
      expect(route(facts, sender, ext, h, vi.fn())).toBeUndefined();
    }
    expect(h['page-facts']).not.toHaveBeenCalled();
  });

  it('answers marker levels only to a content script in a top frame with a tab', async () => {
    const h = handlers();
    const ask = { type: 'marker-levels', urls: [contentScript.url] };
    for (const sender of [popup, { ...contentScript, id: 'other' }, { ...contentScript, frameId: 2 }, { ...contentScript, tab: undefined }]) {
      expect(route(ask, sender, ext, h, vi.fn())).toBeUndefined();
    }
    expect(h['marker-levels']).not.toHaveBeenCalled();
    await route(ask, contentScript, ext, h, vi.fn());
    expect(h['marker-levels']).toHaveBeenCalledOnce();
  });

  it('hands page facts to the handler with the sender, whose tab the browser sets (not the message)', async () => {
    const h = handlers();
    const forged = { type: 'page-facts', url: contentScript.url, initial: true, facts: {}, tabId: 99, tab: { id: 99 } };
    await route(forged, contentScript, ext, h, vi.fn());
    expect(h['page-facts']).toHaveBeenCalledWith(forged, contentScript);
    expect((h['page-facts'].mock.calls[0] as unknown[])[1]).toMatchObject({ tab: { id: 7 } });
  });

  it('declares exactly three messages; none changes the dataset or settings', () => {
    // The options page changes the dataset and settings by writing storage.local itself; no message
    // does. A new message type must be added here on purpose, with who may send it.
    // "marker-levels" (issue 3, opt-in markers) lets a content script learn the level and name of the
    // dataset apps linked from its page, and only once the user has turned markers on
    // (tests/unit/marker-levels.test.ts); it reads nothing else.
    expect(SENDERS).toEqual({ 'page-facts': 'content-script', 'get-report': 'extension-page', 'marker-levels': 'content-script' });
  });
});

describe('page facts are kept only for the app the sender\'s tab shows', () => {
  const play = (id: string, extra = '') => `https://play.google.com/store/apps/details?id=${id}${extra}`;

  it('accepts the tab\'s own app, whatever the URL decoration', () => {
    expect(reportedApp(play('a.b', '&hl=en'), play('a.b', '&gl=us#reviews'))).toMatchObject({ store: 'google-play', id: 'a.b' });
    expect(reportedApp('https://apps.apple.com/us/app/x/id123', 'https://apps.apple.com/th/app/other-slug/id123')).toMatchObject({ id: '123' });
  });

  it.each([
    ['another app in the same store', play('evil.app'), play('a.b')],
    ['the same id in another store', 'https://apps.apple.com/us/app/x/id123', play('a.b')],
    ['a tab the extension may not see (no URL)', play('a.b'), undefined],
    ['a tab that left the store', play('a.b'), 'https://example.org/'],
    ['a javascript: URL', 'javascript:alert(1)//play.google.com/store/apps/details?id=a.b', play('a.b')],
    ['a lookalike host', 'https://play.google.com.evil.example/store/apps/details?id=a.b', play('a.b')],
    ['an http URL', 'http://play.google.com/store/apps/details?id=a.b', play('a.b')],
    ['a URL that is not a string', { toString: () => play('a.b') }, play('a.b')],
    ['no URL at all', undefined, play('a.b')],
    ['a huge URL', play('a.b', `&x=${'y'.repeat(10_000)}`), play('a.b')],
  ])('refuses %s', (_, messageUrl, tabUrl) => {
    expect(reportedApp(messageUrl, tabUrl)).toBeNull();
  });
});
