// Hostile store pages, built at test time from the real saved pages (issue 7, item 1): the app title,
// developer, legal name, address and privacy labels are replaced by attack payloads everywhere the
// page carries them, in its embedded data (JSON-LD, Play's AF_initDataCallback, Apple's server data)
// as well as in its DOM text and attributes, so that every extraction path meets the payload.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';
import type { Route } from './routes';

// jsdom ships no types and @types/jsdom is not installed: the little used here, described by hand.
interface JSDOM {
  window: { document: Document; NodeFilter: typeof NodeFilter };
}
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => JSDOM };

/** A payload sets this global if it ever runs as code. */
export const PWNED_FLAG = '__jlPwned';
const run = `window.${PWNED_FLAG}=(window.${PWNED_FLAG}||0)+1`;

export const PAYLOADS: Record<string, string> = {
  'img onerror': `<img src=x onerror="${run}">`,
  script: `<script>${run}</script>`,
  'svg onload': `<svg/onload=${run}>`,
  'javascript: link': `<a id="jl-evil" href="javascript:${run}">open</a> javascript:${run}`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.${run}</script>"></iframe>`,
  'attribute breakout': `"'><img src=x onerror=${run}><!--`,
  '100k characters': `${'A'.repeat(100_000)}<img src=x onerror=${run}>`,
  'right-to-left override': '\u202Egnp.exe\u202C Inc \u2066\u2067isolate\u2069 \u200F',
  'zero-width characters': 'G\u200Bo\u200Co\u200Dg\uFEFFle\u2060 LLC',
  'template and prototype': `{{constructor.constructor('${run}')()}} \${${run}} __proto__ toString`,
  'control characters': 'line\u0000one\u0007\u001B[31m\r\nline two\u0085',
  'mixed scripts and marks': '😀 漢字 עברית العربية e\u0301\u0301\u0301\u0301 𝕏',
};

/** What the page shows for each field, and the marker put in front of the payload there. */
interface Field {
  /** Exactly as the page's embedded data and DOM carry it. */
  value: string;
  tag: string;
}

export type FieldName = 'title' | 'developer' | 'legalName' | 'address' | 'privacyHeading' | 'privacyItem';

interface BasePage {
  name: string;
  fixture: string;
  /** The store URL the page was saved from; hostile copies get `jl-case=<n>` added to it. */
  url: string;
  fields: Partial<Record<FieldName, Field>>;
}

export const BASE_PAGES: BasePage[] = [
  {
    name: 'Where Am I (Google Play, not in the dataset)',
    fixture: 'google-play/2026-07_where-am-i_com.adex77.WhereAmI_en.html',
    url: 'https://play.google.com/store/apps/details?id=com.adex77.WhereAmI&hl=en',
    fields: {
      title: { value: 'Where Am I? - GeoGuess Game', tag: 'T:' },
      developer: { value: 'Adex77', tag: 'D:' },
      legalName: { value: 'Adrian Chmielewski', tag: 'L:' },
      address: { value: 'Łaziec 7\n42-274 Łaziec\nPoland', tag: 'A:' },
      // Play writes a summary's data types as one phrase ("Location, Personal info and 5 others") that
      // the extractor splits, and drops when it holds markup: only the heading is planted.
      privacyHeading: { value: 'This app may collect these data types', tag: 'H:' },
    },
  },
  {
    name: 'Univerza Tukdaeng (App Store, not in the dataset)',
    fixture: 'apple-app-store/2026_univerza-tukdaeng_id6811926515_th.html',
    url: 'https://apps.apple.com/th/app/univerza-tukdaeng/id6811926515',
    fields: {
      title: { value: 'Univerza Tukdaeng', tag: 'T:' },
      developer: { value: 'UNIVERZA CO., LTD.', tag: 'D:' },
      legalName: { value: 'UNIVERZA COMPANY LIMITED', tag: 'L:' },
      privacyHeading: { value: 'ข้อมูลที่เชื่อมโยงกับคุณ', tag: 'H:' },
      privacyItem: { value: 'ข้อมูลติดต่อ', tag: 'I:' },
    },
  },
  {
    name: 'Google Translate (Google Play, in the dataset)',
    fixture: 'google-play/2026-07_google-translate_com.google.android.apps.translate_en.html',
    url: 'https://play.google.com/store/apps/details?id=com.google.android.apps.translate&hl=en',
    fields: {
      developer: { value: 'Google LLC', tag: 'D:' },
      address: { value: '1600 Amphitheatre Pkwy\nMountain View, CA 94043\nUnited States', tag: 'A:' },
      privacyHeading: { value: 'Independent security review', tag: 'H:' },
    },
  },
];

export interface HostilePage {
  /** "<payload> in <page>" */
  name: string;
  payload: string;
  url: string;
  html: string;
  /** What each field now holds in the page (tag + payload), before any cleaning. */
  planted: Partial<Record<FieldName, string>>;
}

/** A string literal that can sit in a <script> and in JSON: no "</script>", no raw line separators. */
function scriptLiteral(text: string): string {
  return JSON.stringify(text).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The page (parsed once) with every occurrence of each field's value replaced by its hostile text. */
export function plantPayload(page: JSDOM, replacements: readonly [string, string][]): string {
  const { window } = page;
  const doc = window.document.cloneNode(true) as Document;
  const walker = doc.createTreeWalker(doc.documentElement, window.NodeFilter.SHOW_ELEMENT | window.NodeFilter.SHOW_TEXT);
  const replaceAll = (text: string, literal: boolean) =>
    replacements.reduce((t, [from, to]) => (literal ? t.split(JSON.stringify(from)).join(scriptLiteral(to)) : t.split(from).join(to)), text);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      // Script text holds the embedded data: there the value is a JSON string literal.
      node.textContent = replaceAll(node.textContent ?? '', node.parentElement?.tagName === 'SCRIPT');
    } else {
      for (const attr of Array.from((node as Element).attributes)) attr.value = replaceAll(attr.value, false);
    }
  }
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}

/** Every payload planted in every base page, each at its own URL of the same app. */
export function hostilePages(): HostilePage[] {
  const pages: HostilePage[] = [];
  for (const base of BASE_PAGES) {
    const page = new JSDOM(readFileSync(path.join(FIXTURES_DIR, base.fixture), 'utf8'));
    for (const [payloadName, payload] of Object.entries(PAYLOADS)) {
      const fields = Object.entries(base.fields) as [FieldName, Field][];
      const planted = Object.fromEntries(fields.map(([name, f]) => [name, `${f.tag}${payload}`]));
      // Longer values first, so that one value inside another is replaced as a whole.
      const replacements = fields.map(([name, f]) => [f.value, planted[name]!] as [string, string]).sort((a, b) => b[0].length - a[0].length);
      const url = new URL(base.url);
      url.searchParams.set('jl-case', String(pages.length + 1));
      pages.push({ name: `${payloadName} in ${base.name}`, payload, url: url.href, html: plantPayload(page, replacements), planted });
    }
  }
  return pages;
}

/** Routes for the store server: the hostile pages, next to (not instead of) the usual ones. */
export function hostileRoutes(pages: readonly HostilePage[]): Route[] {
  return pages.map((p) => ({ url: p.url, html: p.html }));
}
