// @vitest-environment jsdom
// Markers on a real saved page: the 2022 Instagram Play page links to WhatsApp (in the dataset).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appLinks, MARKER_ATTRIBUTE, markLinks } from '../../src/content/markers';
import type { MarkerLevel } from '../../src/shared/marker-levels';
import { identifyApp as identify } from '../../src/shared/stores';

const html = readFileSync(join(__dirname, '../fixtures/google-play/2022-08_instagram_com.instagram.android_zh-CN.html'), 'utf8');
const PAGE = 'https://play.google.com/store/apps/details?id=com.instagram.android&hl=zh&gl=CN';
const load = () => new DOMParser().parseFromString(html, 'text/html');

describe('listing markers', () => {
  it('finds the links to other apps, not to the page itself', () => {
    const links = appLinks(load(), new WeakSet(), PAGE, identify);
    const ids = [...links.keys()].map((u) => new URL(u).searchParams.get('id'));
    expect(ids).toContain('com.whatsapp');
    expect(ids).not.toContain('com.instagram.android');
  });

  it('adds one marker per link to an app the background knows, in a closed shadow root, once', async () => {
    const doc = load();
    const asked: string[][] = [];
    const deps = {
      ask: async (urls: string[]): Promise<MarkerLevel[]> => {
        asked.push(urls);
        return urls.filter((u) => u.endsWith('id=com.whatsapp')).map((url) => ({ url, level: 'concern' as const, name: 'WhatsApp <b>' }));
      },
      label: (m: MarkerLevel) => `Jurisdiction Lens: ${m.name}`,
      identify,
    };
    const seen = new WeakSet<Element>();
    const added = await markLinks(doc, deps, seen, PAGE);
    const markers = [...doc.querySelectorAll(`[${MARKER_ATTRIBUTE}]`)];
    expect(added).toBe(markers.length);
    expect(markers.length).toBeGreaterThan(0);
    for (const m of markers) {
      expect(m.getAttribute('aria-label')).toBe('Jurisdiction Lens: WhatsApp <b>');
      expect(m.shadowRoot, 'closed shadow root is not reachable from the page').toBeNull();
      expect((m.previousElementSibling as HTMLAnchorElement).href).toMatch(/id=com\.whatsapp$/);
      expect(m.querySelector('b')).toBeNull();
    }
    expect(await markLinks(doc, deps, seen, PAGE)).toBe(0);
    expect(asked).toHaveLength(1);
  });

  it('adds nothing when markers are off', async () => {
    const doc = load();
    expect(await markLinks(doc, { ask: async () => null, label: () => '', identify }, new WeakSet(), PAGE)).toBeNull();
    expect(doc.querySelector(`[${MARKER_ATTRIBUTE}]`)).toBeNull();
  });
});
