// Messages shaped like what a compromised page or another extension could send.
import { describe, expect, it } from 'vitest';
import { messageType, rejectSender } from '../../src/background/router';

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
