// @vitest-environment jsdom
// Issue 7, item 1: extraction on randomly mutated real pages (tests/fixtures) never throws, never hangs,
// and always returns bounded, cleaned page facts. Mutations: nodes deleted, duplicated, reordered,
// their text replaced with hostile strings; embedded scripts cut, corrupted or given very deep
// nesting; attributes scrambled; the page cut off. Each run mutates a fresh copy of a parsed page.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extractAppleAppStore } from '../../src/content/extract/apple-app-store';
import { extractGooglePlay } from '../../src/content/extract/google-play';
import type { PageFacts } from '../../src/shared/page-facts';

// Paths, not URL objects: under the jsdom environment the global URL is jsdom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
/** Every saved page of the two stores we read: Play from 2019 to 2026 (details and data safety), Apple. */
const PAGES = [
  ...readdirSync(join(FIXTURES, 'google-play')).filter((f) => f.endsWith('.html')).map((f) => [`google-play/${f}`, extractGooglePlay] as const),
  ['google-play-datasafety/2026-07_google-translate_datasafety_en.html', extractGooglePlay] as const,
  ['apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html', extractAppleAppStore] as const,
];
const RUNS_PER_PAGE = 15;
/** A hang is what this catches; a normal extraction takes about 0.1 s here. */
const BOUND_MS = 3_000;
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom('<img src=x onerror=alert(1)>', '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Egnp.exe', 'A\u200B\u200C\u200DB', '\u0000\u0007', '{"a":[1,2', 'null'),
  fc.integer({ min: 1, max: 200_000 }).map((n) => 'W'.repeat(n)),
);

type Mutation =
  | { op: 'remove' | 'duplicate' | 'cut-after'; at: number }
  | { op: 'shuffle'; at: number; keys: number[] }
  | { op: 'text'; at: number; text: string }
  | { op: 'attr'; at: number; name: string; value: string }
  | { op: 'script-cut' | 'script-drop-range'; script: number; at: number; length: number }
  | { op: 'script-insert'; script: number; at: number; text: string }
  | { op: 'script-deep'; script: number; depth: number; where: 'null' | 'brace' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove', 'duplicate', 'cut-after'), at: fc.nat() }),
  fc.record({ op: fc.constant('shuffle'), at: fc.nat(), keys: fc.array(fc.integer(), { minLength: 2, maxLength: 50 }) }),
  fc.record({ op: fc.constant('text'), at: fc.nat(), text: hostileText }),
  fc.record({ op: fc.constant('attr'), at: fc.nat(), name: fc.constantFrom('href', 'content', 'class', 'id', 'itemprop', 'rel', 'type'), value: hostileText }),
  fc.record({ op: fc.constantFrom('script-cut', 'script-drop-range'), script: fc.nat(), at: fc.nat(), length: fc.nat({ max: 5000 }) }),
  fc.record({ op: fc.constant('script-insert'), script: fc.nat(), at: fc.nat(), text: fc.oneof(hostileText, fc.constantFrom('"', ']', '}', '\\', ',,,', '[', '{', '</script>')) }),
  fc.record({ op: fc.constant('script-deep'), script: fc.nat(), depth: fc.integer({ min: 100, max: 100_000 }), where: fc.constantFrom('null', 'brace') }),
) as fc.Arbitrary<Mutation>;

function apply(doc: Document, m: Mutation): void {
  const elements = Array.from(doc.querySelectorAll('head > *, body *'));
  const scripts = Array.from(doc.querySelectorAll('script'));
  const element = elements.length ? elements[('at' in m ? m.at : 0) % elements.length]! : null;
  const script = scripts.length && 'script' in m ? scripts[m.script % scripts.length]! : null;
  const source = script?.textContent ?? '';
  const edit = (text: string) => script && (script.textContent = text);
  switch (m.op) {
    case 'remove':
      return element?.remove();
    case 'duplicate':
      return element?.after(element.cloneNode(true));
    case 'cut-after':
      // Everything after this element in document order is gone, as in a page cut off mid-load.
      for (let node: Node | null = element; node && node !== doc.documentElement; node = node.parentNode) {
        while (node.nextSibling) node.nextSibling.remove();
      }
      return;
    case 'shuffle': {
      const children = Array.from(element?.children ?? []);
      const order = children.map((child, i) => [m.keys[i % m.keys.length]! + i / 1000, child] as const).sort((a, b) => a[0] - b[0]);
      return element?.append(...order.map(([, child]) => child));
    }
    case 'text':
      if (element) element.textContent = m.text;
      return;
    case 'attr':
      return element?.setAttribute(m.name, m.value);
    case 'script-cut':
      return void edit(source.slice(0, m.at % (source.length + 1)));
    case 'script-drop-range': {
      const at = m.at % (source.length + 1);
      return void edit(source.slice(0, at) + source.slice(at + m.length));
    }
    case 'script-insert': {
      const at = m.at % (source.length + 1);
      return void edit(source.slice(0, at) + m.text + source.slice(at));
    }
    case 'script-deep': {
      // Deep but balanced, so the embedded data still parses and the readers must walk it.
      const deep = `${'['.repeat(m.depth)}${']'.repeat(m.depth)}`;
      return void edit(m.where === 'null' ? source.replace('null', deep) : source.replace('{', `{"deep":${deep},`));
    }
  }
}

/** The shape and the caps every extraction must respect, whatever the page. */
function expectBounded(facts: PageFacts): void {
  expect(Object.keys(facts).sort()).toEqual(['address', 'developer', 'legalName', 'pageAppId', 'privacy', 'title']);
  for (const key of ['pageAppId', 'title', 'developer', 'legalName', 'address'] as const) {
    const value = facts[key];
    expect(value === null || (typeof value === 'string' && value.length > 0 && Array.from(value).length <= 500), `${key}: ${String(value).slice(0, 80)}`).toBe(true);
    if (value) expect(UNSAFE.test(value), `${key} keeps no control or bidi characters`).toBe(false);
  }
  expect(Array.isArray(facts.privacy) && facts.privacy.length <= 30).toBe(true);
  for (const block of facts.privacy) {
    expect(typeof block.heading === 'string' && Array.from(block.heading).length <= 500 && !UNSAFE.test(block.heading)).toBe(true);
    expect(block.items.length <= 100 && block.items.every((i) => typeof i === 'string' && Array.from(i).length <= 200 && !UNSAFE.test(i))).toBe(true);
  }
}

const mutated: Record<string, number> = {};
let slowest = 0;

describe.each(PAGES)('extraction on randomly mutated copies of %s', (file, extract) => {
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  const page = new DOMParser().parseFromString(text, 'text/html');

  it(`never throws or hangs, and stays bounded (${RUNS_PER_PAGE} runs of 1–8 mutations)`, () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (mutations) => {
        const doc = page.cloneNode(true) as Document;
        for (const m of mutations) apply(doc, m);
        mutations.forEach((m) => (mutated[m.op] = (mutated[m.op] ?? 0) + 1));
        const started = performance.now();
        const facts = extract(doc);
        const took = performance.now() - started;
        slowest = Math.max(slowest, took);
        expect(took, `extraction took ${took.toFixed(0)} ms`).toBeLessThan(BOUND_MS);
        expectBounded(facts);
      }),
      { numRuns: RUNS_PER_PAGE },
    );
  });
});

describe('extraction on real pages cut off at random points', () => {
  const file = 'apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html';
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  it('never throws or hangs on any prefix of the page', () => {
    fc.assert(
      fc.property(fc.nat({ max: text.length }), (cut) => {
        const doc = new DOMParser().parseFromString(text.slice(0, cut), 'text/html');
        const started = performance.now();
        expectBounded(extractAppleAppStore(doc));
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 20 },
    );
  });
});

afterAll(() => console.log(`[fuzz] page mutations applied: ${JSON.stringify(mutated)}; slowest extraction ${slowest.toFixed(0)} ms`));
