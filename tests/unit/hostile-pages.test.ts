// @vitest-environment jsdom
// Issue 7, item 1: the hostile store pages that the Chromium suite serves (tests/e2e/harness/
// hostile-pages.ts) really carry their payloads where the extractors read, in the embedded data and in
// the DOM alike: extraction returns each payload as plain, cleaned text, from either path.
import { describe, expect, it } from 'vitest';
import { extractPageFacts } from '../../src/content/extract/index';
import { cleanLines, cleanText, MAX_ITEM_CHARS } from '../../src/content/extract/text';
import type { PageFacts } from '../../src/shared/page-facts';
import { identifyApp } from '../../src/shared/stores';
import { hostilePages, PAYLOADS, type FieldName, type HostilePage } from '../e2e/harness/hostile-pages';

const pages = hostilePages();
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** The page as the extractors see it, and the same page with its embedded data removed. */
function extractBoth(page: HostilePage): { embedded: PageFacts; domOnly: PageFacts } {
  const store = identifyApp(page.url)!.store as 'google-play' | 'apple-app-store';
  const doc = parse(page.html);
  const embedded = extractPageFacts(store, doc);
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    if (text.includes('AF_initDataCallback') || script.type === 'application/ld+json' || script.id === 'serialized-server-data') script.remove();
  }
  return { embedded, domOnly: extractPageFacts(store, doc) };
}

// The HTML parser itself drops NUL and turns CR LF into LF in body text; embedded JSON keeps them.
const domText = (text: string) => text.replace(/\u0000/g, '').replace(/\r\n?/g, '\n');

function expectPlanted(facts: PageFacts, planted: Partial<Record<FieldName, string>>, viaDom: boolean): void {
  const as = (text: string) => (viaDom ? domText(text) : text);
  for (const field of ['title', 'developer', 'legalName'] as const) {
    if (planted[field]) expect(facts[field], field).toBe(cleanText(as(planted[field]!)));
  }
  if (planted.address) expect(facts.address, 'address').toBe(cleanLines(as(planted.address)));
  if (planted.privacyHeading) expect(facts.privacy.map((b) => b.heading), 'privacy heading').toContain(cleanText(as(planted.privacyHeading)));
  if (planted.privacyItem) expect(facts.privacy.flatMap((b) => b.items), 'privacy item').toContain(cleanText(as(planted.privacyItem), MAX_ITEM_CHARS));
}

describe('hostile pages built from the real saved pages', () => {
  it(`are ${Object.keys(PAYLOADS).length} payloads in each of 3 real pages, each at its own store URL`, () => {
    expect(pages.length).toBe(Object.keys(PAYLOADS).length * 3);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    for (const p of pages) expect(identifyApp(p.url), p.url).not.toBeNull();
  });

  it.each(pages.map((p) => [p.name, p] as const))('%s: every field carries the payload as text, from embedded data and from the DOM', (_, page) => {
    const { embedded, domOnly } = extractBoth(page);
    expectPlanted(embedded, page.planted, false);
    expectPlanted(domOnly, page.planted, true);
    // Markup stays text; direction and control characters are gone.
    for (const facts of [embedded, domOnly]) {
      for (const value of [facts.title, facts.developer, facts.legalName, facts.address, ...facts.privacy.flatMap((b) => [b.heading, ...b.items])]) {
        if (value) expect(value).not.toMatch(/[\u0000-\u0008\u202A-\u202E\u2066-\u2069\u200E\u200F\uFEFF]/);
      }
    }
  });
});
