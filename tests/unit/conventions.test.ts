// Project promises checked on the source tree: no HTML injection sinks, no network APIs, the
// polyfill imported in one place, every locale complete, the generated validator up to date.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateValidatorSource, VALIDATOR_PATH } from '../../scripts/gen-validator';

const SRC = new URL('../../src/', import.meta.url).pathname;

function files(dir: string, ext = /\.(ts|js|html)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}

const sources = files(SRC).filter((f) => !f.includes('/generated/'));
const grep = (pattern: RegExp) => sources.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(SRC.length));

describe('source conventions', () => {
  it('never builds DOM from markup', () => {
    expect(grep(/\.(innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write\(|createContextualFragment|DOMParser/)).toEqual([]);
  });

  it('makes no network requests', () => {
    expect(grep(/\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(|navigator\.connection|importScripts\(/)).toEqual([]);
  });

  // Issue 7, item 5: the other ways code can reach the network or load something from outside.
  it('has no other way to reach the network or load remote code', () => {
    const apis = [
      /\bfetch\b/, // any reference, e.g. globalThis.fetch or const f = fetch
      /\bWebSocket\b|\bWebTransport\b|\bRTCPeerConnection\b|\bEventSource\b/,
      /\bimport\s*\(/, // dynamic import
      /\bnew\s+(Image|Audio|Worker|SharedWorker)\s*\(/,
      /\.src\s*=[^=]|setAttribute\(\s*['"](src|srcset|poster|data)['"]/, // elements that load what they point at
      /\b(prefetch|preconnect|dns-prefetch|modulepreload)\b/,
      /\bconnectNative\b|\bsendNativeMessage\b|\bsetUninstallURL\b/,
      /\bdownloads\.download\b/,
    ];
    for (const api of apis) expect(grep(api), String(api)).toEqual([]);
  });

  // Issue 7, item 3: no web page or other extension can talk to us, and content scripts keep out of storage.
  it('listens to no outside sender and declares no externally_connectable', () => {
    expect(grep(/onMessageExternal|onConnectExternal|onConnect\b|externally_connectable/)).toEqual([]);
    expect(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')).not.toMatch(/externally_connectable|web_accessible_resources/);
  });

  it('keeps content scripts out of extension storage (they could write storage.local; they never do)', () => {
    expect(grep(/\bstorage\s*\./).filter((f) => f.startsWith('content/'))).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(grep(/\beval\(|new Function\(|setTimeout\(\s*['"`]/)).toEqual([]);
  });

  it('imports webextension-polyfill in one place only', () => {
    expect(grep(/from ['"]webextension-polyfill['"]/)).toEqual(['shared/browser.ts']);
  });

  it('keeps the generated schema validator in step with the schema', () => {
    expect(readFileSync(VALIDATOR_PATH, 'utf8')).toBe(generateValidatorSource());
  });
});

describe('locales', () => {
  // Every locale is complete: no string falls back to English or to its key. Placeholders are named
  // ($APP$) and map to the substitutions in order ($1, $2, ...), the same in every locale.
  const LOCALES = ['en', 'zh_CN', 'zh_TW'];
  type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const load = (locale: string) => JSON.parse(readFileSync(join(SRC, '_locales', locale, 'messages.json'), 'utf8')) as Messages;
  const en = load('en');
  const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');
  /** Messages that are the same in every language: punctuation around data only. */
  // Operating systems' own names, which Chinese writes in Latin letters too.
  const PLATFORM_NAMES = ['platformAndroid', 'platformIos', 'platformMacos', 'platformWindows'];
  const SAME_IN_EVERY_LANGUAGE: Record<string, string[]> = { zh_CN: ['storeLine', 'quoted', ...PLATFORM_NAMES], zh_TW: ['storeLine', ...PLATFORM_NAMES] };

  it('the locale folders are exactly en, zh_CN and zh_TW', () => {
    expect(readdirSync(join(SRC, '_locales')).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s has exactly the English keys and placeholders', (locale) => {
    const other = load(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(Object.keys(other[key]?.placeholders ?? {}), key).toEqual(Object.keys(value.placeholders ?? {}));
      expect(other[key]?.placeholders ?? {}, `${key}: placeholder contents`).toEqual(value.placeholders ?? {});
      expect(other[key]?.message.trim(), key).not.toBe('');
    }
  });

  it.each(LOCALES)('%s: every placeholder is defined, used, and numbered $1..$n in order', (locale) => {
    for (const [key, { message, placeholders = {} }] of Object.entries(load(locale))) {
      const used = new Set([...message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1]!.toLowerCase()));
      expect([...used].sort(), `${locale}/${key}: named placeholders in the message`).toEqual(Object.keys(placeholders).sort());
      expect(Object.values(placeholders).map((p) => p.content), `${locale}/${key}`).toEqual(Object.keys(placeholders).map((_, i) => `$${i + 1}`));
      expect(message, `${locale}/${key}: a bare $1 instead of a named placeholder`).not.toMatch(/\$[1-9]/);
    }
  });

  it.each(LOCALES.filter((l) => l !== 'en'))('%s is translated: no message left in English', (locale) => {
    const other = load(locale);
    const untranslated = Object.keys(en).filter((key) => other[key]?.message === en[key]!.message || !/[\u3000-\u9fff\uff00-\uffef]/.test(other[key]?.message ?? ''));
    expect(untranslated.sort()).toEqual([...(SAME_IN_EVERY_LANGUAGE[locale] ?? [])].sort());
  });

  it('has no unused keys', () => {
    // Keys built from a prefix (kind_app, tag_edited) are used through their prefix.
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`) && !code.includes(`${key.split('_')[0]}_\${`));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const asked = [...code.matchAll(/\b(?:t|phrase)\('([A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((key) => !(key in en))).toEqual([]);
  });

  it('has every key the popup looks up through a table', async () => {
    const { LEVEL_KEYS } = await import('../../src/popup/verdict');
    const { TOPIC_EFFECT_KEYS, TOPIC_LABEL_KEYS } = await import('../../src/popup/law-topics');
    const { EVENT_KEYS } = await import('../../src/popup/render-findings');
    const keys = [LEVEL_KEYS, TOPIC_EFFECT_KEYS, TOPIC_LABEL_KEYS, EVENT_KEYS].flatMap((table) => Object.values(table));
    expect(keys.filter((key) => !(key in en))).toEqual([]);
  });
});
