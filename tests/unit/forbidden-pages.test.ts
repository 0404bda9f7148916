import { describe, expect, it } from 'vitest';
import { contentScriptsForbidden, detectBrowser } from '../../src/background/forbidden-pages';

describe('forbidden pages', () => {
  it('knows each browser forbids its own store only', () => {
    expect(contentScriptsForbidden('chrome-web-store', 'chrome')).toBe(true);
    expect(contentScriptsForbidden('chrome-web-store', 'firefox')).toBe(false);
    expect(contentScriptsForbidden('firefox-add-ons', 'firefox')).toBe(true);
    expect(contentScriptsForbidden('firefox-add-ons', 'chrome')).toBe(false);
    expect(contentScriptsForbidden('edge-add-ons', 'edge')).toBe(true);
    expect(contentScriptsForbidden('chrome-web-store', 'edge')).toBe(false);
    expect(contentScriptsForbidden('google-play', 'chrome')).toBe(false);
  });

  it('tells the browsers apart', () => {
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36', false)).toBe('chrome');
    expect(detectBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0', false)).toBe('edge');
    expect(detectBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', true)).toBe('firefox');
  });
});
