// Unit tests for the small modules behind page extraction (src/content/extract/*). The store tests
// (extract-google-play, extract-apple-app-store) run the whole extraction on the real saved pages.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findJsonEnd, parseAfInitData } from '../../src/content/extract/af-init-data';
import { at, path } from '../../src/content/extract/jspb';
import { splitList } from '../../src/content/extract/split-list';
import { MAX_FIELD_CHARS, cleanLines, cleanText } from '../../src/content/extract/text';

// Paths, not URL objects: under the jsdom environment the global URL is jsdom's.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseAfInitData', () => {
  it('reads the 2019 data:function(){return …} form without evaluating it', () => {
    const datasets = parseAfInitData(fixture('google-play/2019-12_igtv_com.instagram.igtv_legacy.html'));
    const legacyRecord = datasets.find((d) => d.key === 'ds:5')?.data;
    expect(path(legacyRecord, 0, 0, 0)).toBe('IGTV');
    // 27 calls on the page; ds:20 is an error dataset ({isError: true, data:["er"]}) and is skipped.
    expect(datasets).toHaveLength(26);
    expect(datasets.map((d) => d.key)).not.toContain('ds:20');
  });

  it('reads the 2021 plain-array form', () => {
    const datasets = parseAfInitData(
      fixture('google-play/2021-10_us-debt-now_com.moonwink.treasury_pre-redesign.html'),
    );
    expect(path(datasets.find((d) => d.key === 'ds:5')?.data, 0, 0, 0)).toBe('US Debt Now - National Debt');
  });

  it.each([
    ['google-play/2021-10_us-debt-now_com.moonwink.treasury_pre-redesign.html', 21, 2],
    ['google-play/2022-06_us-debt-now_com.moonwink.treasury_redesign.html', 11, 0],
    ['google-play/2022-08_minecraft_com.mojang.minecraftpe_en-US.html', 10, 0],
    ['google-play/2025-10_stock-knee-shoulder_com.youngkiu.stock_knee_shoulder_ko.html', 14, 0],
    ['google-play/2026-07_google-translate_com.google.android.apps.translate_en.html', 13, 0],
    ['google-play-datasafety/2026-07_google-translate_datasafety_en.html', 6, 0],
  ])('parses every dataset of %s', (name, calls, errors) => {
    const text = fixture(name);
    expect(text.split('AF_initDataCallback(').length - 1).toBe(calls);
    expect(parseAfInitData(text)).toHaveLength(calls - errors);
  });

  it('reads the 2022+ form with sideChannel', () => {
    const text = `AF_initDataCallback({key: 'ds:4', hash: '7', data:[1,"a]\\"[",{"2":[3]}], sideChannel: {}});`;
    expect(parseAfInitData(text)).toEqual([{ key: 'ds:4', data: [1, 'a]"[', { 2: [3] }] }]);
  });

  it('skips calls it cannot read and keeps going', () => {
    const text = [
      `AF_initDataCallback({key: 'ds:1', data:[1,2});`, // unbalanced
      `AF_initDataCallback({key: 'ds:2', data:alert(1)});`, // not JSON: never run
      `AF_initDataCallback({data:[1]});`, // no key
      `AF_initDataCallback({key: 'ds:3', data:[[1, 2]]});`,
      `AF_initDataCallback({key: 'ds:4', data:[`, // truncated page
    ].join('\n');
    expect(parseAfInitData(text)).toEqual([{ key: 'ds:3', data: [[1, 2]] }]);
  });

  it('finds the end of a JSON value, respecting strings', () => {
    expect(findJsonEnd('x [1, "]", {"a": "}"}] tail', 2)).toBe(22);
    expect(findJsonEnd('[1, [2]', 0)).toBe(-1);
    expect(findJsonEnd('1]', 0)).toBe(-1);
  });
});

describe('jspb at()/path()', () => {
  it('reads dense and sparse encodings alike (sparse key = dense index + 1)', () => {
    const dense = ['t', null, ['x']];
    const sparse = ['t', { '3': ['x'] }];
    expect(path(dense, 2, 0)).toBe('x');
    expect(path(sparse, 2, 0)).toBe('x');
    expect(at(sparse, 1)).toBeUndefined(); // the trailing object is not itself a field
    expect(at(['a', null, { '2': 'b' }], 1)).toBe('b');
    expect(path('not an array', 0)).toBeUndefined();
  });
});

describe('splitList', () => {
  it.each([
    ['Location, Personal info, and App activity', ['Location', 'Personal info', 'App activity']],
    ['Personal info, Messages and 3 others', ['Personal info', 'Messages', '3 others']],
    ['Photos and videos and Location', ['Photos and videos', 'Location']],
    ['Location and App info and performance', ['Location', 'App info and performance']],
    ['Device or other IDs', ['Device or other IDs']],
    ['个人信息和设备 ID 或其他 ID', ['个人信息', '设备 ID 或其他 ID']],
    ['位置信息、个人信息和另外 12 种数据', ['位置信息', '个人信息', '另外 12 种数据']],
    ['', []],
  ])('%s', (phrase, items) => {
    expect(splitList(phrase)).toEqual(items);
  });

  it('caps the number of items', () => {
    expect(splitList(Array.from({ length: 500 }, (_, i) => `t${i}`).join(', '))).toHaveLength(100);
  });
});

describe('cleanText / cleanLines', () => {
  it('collapses whitespace, drops bidi and control characters, keeps other text as is', () => {
    expect(cleanText('\u200e  Univerza\u00a0 Tukdaeng\n')).toBe('Univerza Tukdaeng');
    expect(cleanText('a\u202Eb\u0000c')).toBe('abc');
    expect(cleanText('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
    expect(cleanText('   ')).toBeNull();
    expect(cleanText(42)).toBeNull();
  });

  it('caps length by code points without splitting a surrogate pair', () => {
    expect(cleanText('x'.repeat(5_000_000))).toHaveLength(MAX_FIELD_CHARS);
    const emoji = cleanText('😀'.repeat(600)) ?? '';
    expect(Array.from(emoji)).toHaveLength(MAX_FIELD_CHARS);
    expect(emoji.endsWith('😀')).toBe(true);
  });

  it('keeps line breaks of an address, trims each line, drops empty ones', () => {
    expect(cleanLines(' Łaziec 7\n\n 42-274   Łaziec \r\nPoland ')).toBe('Łaziec 7\n42-274 Łaziec\nPoland');
  });
});
