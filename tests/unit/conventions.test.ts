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
  const load = (locale: string) => JSON.parse(readFileSync(join(SRC, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string; placeholders?: object }>;
  const en = load('en');
  const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n') + readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8');

  it.each(['zh_CN', 'zh_TW'])('%s has exactly the English keys and placeholders', (locale) => {
    const other = load(locale);
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(Object.keys(other[key]?.placeholders ?? {}), key).toEqual(Object.keys(value.placeholders ?? {}));
      expect(other[key]?.message.trim(), key).not.toBe('');
    }
  });

  it('has no unused keys', () => {
    // Keys built from a prefix (kind_app, tag_edited) are used through their prefix.
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`) && !code.includes(`${key.split('_')[0]}_\${`));
    expect(unused).toEqual([]);
  });

  it('has every key the code asks for', () => {
    const asked = [...code.matchAll(/\bt\('([A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(asked.filter((key) => !(key in en))).toEqual([]);
  });
});
