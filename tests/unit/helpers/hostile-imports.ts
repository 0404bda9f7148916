// Generators of malformed and hostile user-layer files for the import property tests (issue 7, item 2).
// Each case starts from a valid export (checked to import cleanly) and breaks it in one known way, so
// the test can say which record and field the rejection must name.
import fc from 'fast-check';
import { compileDataset } from '../../../src/shared/compiled-dataset';
import type { AppRecord, DatasetRecord } from '../../../src/shared/dataset-types';
import type { UserLayer } from '../../../src/shared/user-layer';
import { app, entity, jurisdiction, law, src } from './records';

export const FORMAT = 'jurisdiction-lens-user-layer';
export const bundled = compileDataset([jurisdiction('cn'), jurisdiction('us'), entity('co', 'cn'), entity('parent', 'us'), app('chat', 'co')]);

/** What the user already has: one record of their own, so "unchanged" is checked on real content. */
export const existingLayer = (): UserLayer => ({
  version: 1,
  overrides: { 'app:mine': { record: app('mine', 'co', [{ type: 'apple', id: '77', sources: [src(1)] }]), updatedAt: '2026-11-01T00:00:00.000Z' } },
});

/** The records of the valid base file: an app, its publisher (a subsidiary) and a jurisdiction. */
export function baseRecords(): Record<string, DatasetRecord> {
  return {
    'app:new': app('new', 'newco', [{ type: 'apple', id: '123', sources: [src(30)] }]),
    'entity:newco': entity('newco', 'fr', 'co'),
    'jurisdiction:fr': jurisdiction('fr', [law('loi', ['interception'])]),
  };
}

export function fileText(records: Record<string, unknown>, extra: Record<string, unknown> = {}, top: Record<string, unknown> = {}): string {
  const overrides = Object.fromEntries(Object.entries(records).map(([k, record]) => [k, { record, updatedAt: '2026-11-28T00:00:00.000Z', ...(extra[k] as object) }]));
  return JSON.stringify({ format: FORMAT, version: 1, overrides, ...top }, null, 2);
}

export interface HostileCase {
  kind: string;
  text: string;
  /** The record and the field (a prefix of it) that the rejection must name, when known. */
  expect?: { record: string | RegExp; field: string | RegExp };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** Sets `value` at `path` (segments) inside `root`, creating nothing: the path must exist. */
function setAt(root: Json, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value as Json;
}

function deleteAt(root: Json, path: (string | number)[]): void {
  let node = root as Record<string | number, Json>;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, Json>;
  delete node[path[path.length - 1]!];
}

const pointer = (key: string, path: (string | number)[]) => `/overrides/${key}/record${path.map((s) => `/${s}`).join('')}`;

/** Fields of the base records, with their JSON type. */
const FIELDS: { key: string; path: (string | number)[]; type: 'string' | 'array' | 'object' | 'number' }[] = [
  { key: 'app:new', path: ['name'], type: 'string' },
  { key: 'app:new', path: ['stores'], type: 'array' },
  { key: 'app:new', path: ['stores', 0], type: 'object' },
  { key: 'app:new', path: ['stores', 0, 'id'], type: 'string' },
  { key: 'app:new', path: ['stores', 0, 'sources'], type: 'array' },
  { key: 'app:new', path: ['stores', 0, 'sources', 0, 'date'], type: 'string' },
  { key: 'app:new', path: ['publishers', 0, 'entity'], type: 'string' },
  { key: 'app:new', path: ['publishers'], type: 'array' },
  { key: 'app:new', path: ['lastReviewed'], type: 'string' },
  { key: 'entity:newco', path: ['legalName'], type: 'string' },
  { key: 'entity:newco', path: ['domicile'], type: 'object' },
  { key: 'entity:newco', path: ['domicile', 'jurisdiction'], type: 'string' },
  { key: 'entity:newco', path: ['parent', 'entity'], type: 'string' },
  { key: 'jurisdiction:fr', path: ['laws', 0, 'year'], type: 'number' },
  { key: 'jurisdiction:fr', path: ['laws', 0, 'topics'], type: 'array' },
  { key: 'jurisdiction:fr', path: ['name'], type: 'string' },
];

const REQUIRED: Record<string, string[]> = {
  'app:new': ['name', 'stores', 'publishers', 'lastReviewed'],
  'entity:newco': ['legalName', 'domicile', 'headquarters', 'lastReviewed'],
  'jurisdiction:fr': ['name', 'laws', 'lastReviewed'],
};

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'number' : typeof v);

const wrongType = fc
  .tuple(fc.constantFrom(...FIELDS), fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.string(), fc.array(fc.integer(), { maxLength: 3 }), fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 })))
  .filter(([f, v]) => jsonType(v) !== f.type && !(f.type === 'number' && typeof v === 'number'))
  .map(([f, v]): HostileCase => {
    const records = baseRecords() as unknown as Record<string, Json>;
    setAt(records[f.key]!, f.path, v);
    return { kind: 'wrong type', text: fileText(records), expect: { record: f.key, field: pointer(f.key, f.path) } };
  });

const missingField = fc.constantFrom(...Object.entries(REQUIRED).flatMap(([key, fields]) => fields.map((f) => [key, f] as const))).map(([key, f]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Json>;
  deleteAt(records[key]!, [f]);
  return { kind: 'missing field', text: fileText(records), expect: { record: key, field: pointer(key, [f]) } };
});

const KNOWN = new Set(['kind', 'id', 'name', 'names', 'stores', 'publishers', 'related', 'permissionNotes', 'events', 'lastReviewed', 'type', 'sources', 'note', 'record', 'hidden', 'updatedAt', 'basedOn', 'format', 'version', 'overrides', 'url', 'title', 'publisher', 'date']);
const fieldName = fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'onerror', '<img src=x onerror=alert(1)>', 'x'.repeat(300))).filter((k) => !KNOWN.has(k));

const unknownField = fc.tuple(fieldName, fc.constantFrom('record', 'store', 'override', 'file'), fc.jsonValue({ maxDepth: 2 })).map(([name, where, value]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Json>;
  const extra: Record<string, unknown> = {};
  const top: Record<string, unknown> = {};
  const define = (target: object) => Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  if (where === 'record') define(records['app:new'] as object);
  if (where === 'store') define((records['app:new'] as { stores: object[] }).stores[0]!);
  if (where === 'override') extra['app:new'] = define({});
  if (where === 'file') define(top);
  const field = { record: `/overrides/app:new/record/${name}`, store: `/overrides/app:new/record/stores/0/${name}`, override: `/overrides/app:new/${name.slice(0, 120)}`, file: `/${name.slice(0, 120)}` }[where]!;
  return { kind: 'unknown field', text: fileText(records, extra, top), expect: { record: where === 'file' ? 'file' : 'app:new', field } };
});

const hugeString = fc.tuple(fc.constantFrom(['app:new', ['name'], 200] as const, ['entity:newco', ['legalName'], 300] as const, ['app:new', ['stores', 0, 'sources', 0, 'url'], 2000] as const), fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1_000_000, max: 6_000_000 })), fc.constantFrom('x', '\u202E', '𝕏', '<')).map(([[key, path, max], extra, ch]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Json>;
  const length = Math.min(max + extra, 6_000_000);
  setAt(records[key]!, [...path], path.at(-1) === 'url' ? `https://example.org/${ch.repeat(length)}` : ch.repeat(length));
  const text = fileText(records);
  return { kind: 'huge string', text, expect: text.length > 5_000_000 ? { record: 'file', field: '/' } : { record: key, field: pointer(key, [...path]) } };
});

const hugeArray = fc.tuple(fc.constantFrom(['stores', 100] as const, ['publishers', 20] as const, ['names', 30] as const), fc.integer({ min: 1, max: 50_000 })).map(([[field, max], extra]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Record<string, unknown>>;
  const a = records['app:new'] as unknown as AppRecord;
  const item = field === 'names' ? 'Name' : field === 'stores' ? a.stores[0] : a.publishers[0];
  records['app:new']![field] = Array.from({ length: max + extra }, (_, i) => (field === 'stores' ? { ...(item as object), id: `x${i}` } : item));
  const text = fileText(records);
  return { kind: 'huge array', text, expect: text.length > 5_000_000 ? { record: 'file', field: '/' } : { record: 'app:new', field: pointer('app:new', [field]) } };
});

const deepNesting = fc.tuple(fc.integer({ min: 50, max: 300_000 }), fc.constantFrom('array', 'object'), fc.constantFrom('field', 'override', 'file')).map(([depth, shape, where]): HostileCase => {
  const deep = shape === 'array' ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const marker = '"__DEEP__"';
  const records = baseRecords() as unknown as Record<string, Json>;
  const extra: Record<string, unknown> = {};
  const top: Record<string, unknown> = {};
  if (where === 'field') setAt(records['app:new']!, ['name'], '__DEEP__');
  if (where === 'override') extra['app:new'] = { nested: '__DEEP__' };
  if (where === 'file') top['nested'] = '__DEEP__';
  const text = fileText(records, extra, top).replace(marker, deep);
  const field = { field: pointer('app:new', ['name']), override: '/overrides/app:new/nested', file: '/nested' }[where]!;
  return { kind: 'deep nesting', text, expect: text.length > 5_000_000 ? { record: 'file', field: '/' } : { record: where === 'file' ? 'file' : 'app:new', field } };
});

const duplicateIds = fc.constantFrom('same id under two keys', 'same key twice in the text', 'law id twice', 'store id of another app', 'id of a bundled record').map((how): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Record<string, unknown>>;
  if (how === 'same id under two keys') {
    records['app:new2'] = clone(records['app:new']!);
    return { kind: 'duplicate ids', text: fileText(records), expect: { record: 'app:new2', field: '/overrides/app:new2/record/id' } };
  }
  if (how === 'same key twice in the text') {
    // JSON.parse would keep only the second; the first (a different record) must not vanish silently.
    const text = fileText(records).replace('"overrides": {', `"overrides": {\n    "app:new": ${JSON.stringify({ record: { ...records['app:new'], name: 'Hidden twin' }, updatedAt: 'x' })},`);
    return { kind: 'duplicate ids', text, expect: { record: 'app:new', field: '/overrides/app:new' } };
  }
  if (how === 'law id twice') {
    const laws = records['jurisdiction:fr']!.laws as object[];
    laws.push(clone(laws[0]!));
    return { kind: 'duplicate ids', text: fileText(records), expect: { record: 'jurisdiction:fr', field: '/laws/1/id' } };
  }
  if (how === 'store id of another app') {
    (records['app:new']!.stores as { type: string; id: string }[])[0] = { ...(records['app:new']!.stores as object[])[0], type: 'android', id: 'com.example.chat' } as { type: string; id: string };
    return { kind: 'duplicate ids', text: fileText(records), expect: { record: /^app:(new|chat)$/, field: /^\/stores\/0\/id$/ } };
  }
  // An app record under the key of the bundled entity "co".
  records['entity:co'] = clone(records['app:new']!);
  return { kind: 'duplicate ids', text: fileText(records), expect: { record: 'entity:co', field: '/overrides/entity:co/record/id' } };
});

const danglingReference = fc.constantFrom(
  [['app:new', 'publishers', 0, 'entity'], 'nobody', '/publishers/0/entity'] as const,
  [['entity:newco', 'parent', 'entity'], 'ghost-holding', '/parent/entity'] as const,
  [['entity:newco', 'domicile', 'jurisdiction'], 'zz', '/domicile/jurisdiction'] as const,
).map(([[key, ...path], value, field]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Json>;
  setAt(records[key]!, path, value);
  return { kind: 'dangling reference', text: fileText(records), expect: { record: key, field } };
});

const parentCycle = fc.constantFrom('self', 'pair', 'through bundled').map((how): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Record<string, unknown>>;
  if (how === 'self') records['entity:newco'] = { ...entity('newco', 'fr', 'newco') };
  if (how === 'pair') records['entity:other'] = { ...entity('other', 'fr', 'newco') };
  if (how === 'pair') records['entity:newco'] = { ...entity('newco', 'fr', 'other') };
  // The bundled "co" is edited to have newco as its parent, while newco's parent is co.
  if (how === 'through bundled') records['entity:co'] = { ...entity('co', 'cn', 'newco') };
  return { kind: 'parent cycle', text: fileText(records), expect: { record: /^entity:(newco|other|co)$/, field: '/parent/entity' } };
});

const HOSTILE_URLS = ['javascript:alert(document.domain)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'http://example.org/x', 'file:///etc/passwd', 'https://', 'https://exa mple.org/', '//example.org/x', 'blob:https://example.org/x', 'https:example.org', 'chrome-extension://abc/popup.html'];
const badSourceUrl = fc.tuple(fc.constantFrom(...HOSTILE_URLS), fc.constantFrom(['app:new', ['stores', 0, 'sources', 0]] as const, ['entity:newco', ['domicile', 'sources', 0]] as const, ['jurisdiction:fr', ['laws', 0, 'sources', 0]] as const)).map(([url, [key, path]]): HostileCase => {
  const records = baseRecords() as unknown as Record<string, Json>;
  setAt(records[key]!, [...path, 'url'], url);
  return { kind: 'hostile source URL', text: fileText(records), expect: { record: key, field: pointer(key, [...path, 'url']) } };
});

const badKey = fc.constantFrom('__proto__', 'constructor', 'app:NEW', 'App:new', '', 'app:new ', 'app:<img src=x>', 'x'.repeat(500)).map((key): HostileCase => {
  const records = baseRecords() as Record<string, unknown>;
  const text = fileText(records).replace('"app:new": {', `${JSON.stringify(key)}: {`);
  const name = key && key.length <= 120 ? key : /^record \d+$/;
  return { kind: 'bad key', text, expect: { record: name, field: /^\/overrides\// } };
});

const badOverride = fc.constantFrom(
  [{ hidden: false }, '/hidden'],
  [{ hidden: 'true' }, '/hidden'],
  [{ hidden: 1 }, '/hidden'],
  [{ hidden: true }, '/record'],
  [{ updatedAt: 20261128 }, '/updatedAt'],
  [{ updatedAt: { $date: 1 } }, '/updatedAt'],
  [{ updatedAt: 'x'.repeat(1000) }, '/updatedAt'],
  [{ record: null }, '/record'],
  [{ record: 'app:new' }, '/record'],
  [{ record: [] }, '/record'],
  [{ basedOn: 'not-a-fingerprint' }, '/basedOn'],
  [{ basedOn: 42 }, '/basedOn'],
).map(([extra, field]): HostileCase => ({ kind: 'bad override', text: fileText(baseRecords(), { 'app:new': extra }), expect: { record: 'app:new', field: `/overrides/app:new${field}` } }));

const badFileShape = fc
  .constantFrom<[Record<string, unknown>, string]>([{ format: 'other' }, '/format'], [{ format: undefined }, '/format'], [{ version: 2 }, '/version'], [{ version: '1' }, '/version'], [{ version: null }, '/version'], [{ overrides: [] }, '/overrides'], [{ overrides: null }, '/overrides'], [{ overrides: 'x' }, '/overrides'], [{ overrides: undefined }, '/overrides'])
  .map(([change, field]): HostileCase => {
    const file = { ...JSON.parse(fileText(baseRecords())), ...change };
    return { kind: 'bad file shape', text: JSON.stringify(file), expect: { record: 'file', field } };
  });

const isJson = (s: string) => {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
};
const notJson = fc
  .oneof(
    fc.string(),
    fc.constantFrom('', 'undefined', "{'format':'jurisdiction-lens-user-layer'}", '{"format":', '<html><script>alert(1)</script>', '\u0000', '\uFEFF{}', 'NaN', '{"a":1,}', '// comment\n{}'),
    fc.integer({ min: 0, max: 1_000_000 }).map((cut) => {
      const text = fileText(baseRecords());
      return text.slice(0, cut % text.length);
    }),
  )
  .filter((s) => !isJson(s))
  .map((text): HostileCase => ({ kind: 'not JSON', text, expect: { record: 'file', field: '/' } }));

const notAnObject = fc.oneof(fc.jsonValue().filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)), fc.constant([JSON.parse(fileText(baseRecords()))])).map((v): HostileCase => ({ kind: 'not an object', text: JSON.stringify(v), expect: { record: 'file', field: '/' } }));

const INVALID_UTF8 = [[0xff], [0xfe], [0xc3], [0xc0, 0xaf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0xf4, 0x90, 0x80, 0x80]];
const invalidUtf8 = fc.tuple(fc.constantFrom(...INVALID_UTF8), fc.oneof(fc.constant(-1), fc.nat())).map(([bytes, where]): HostileCase => {
  const valid = new TextEncoder().encode(fileText(baseRecords()));
  // -1: inside the app's name, where nothing else would catch it; else anywhere in the file.
  const anchor = new TextEncoder().encode('"name": "App new');
  const at = where === -1 ? indexOf(valid, anchor) + anchor.length - 3 : where % valid.length;
  const broken = new Uint8Array([...valid.slice(0, at), ...bytes, ...valid.slice(at)]);
  const text = new TextDecoder('utf-8').decode(broken); // what File.text() gives: U+FFFD for bad bytes
  return { kind: 'invalid UTF-8', text, expect: where === -1 ? { record: 'app:new', field: pointer('app:new', ['name']) } : undefined };
});

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i <= haystack.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  throw new Error('anchor not found');
}

/** Every kind of broken file, about equally often. */
export const hostileImport: fc.Arbitrary<HostileCase> = fc.oneof(wrongType, missingField, unknownField, hugeString, hugeArray, deepNesting, duplicateIds, danglingReference, parentCycle, badSourceUrl, badKey, badOverride, badFileShape, notJson, notAnObject, invalidUtf8);

/** The same breakages applied to a single record, as the options editor hands it to saveRecord. */
export interface HostileRecord {
  kind: string;
  record: unknown;
  expect: { record: string | RegExp; field: string | RegExp };
}

const recordOf = (c: HostileCase, key: string): unknown => (JSON.parse(c.text) as { overrides: Record<string, { record: unknown }> }).overrides[key]?.record;
const strip = (field: string | RegExp, key: string) => (typeof field === 'string' ? field.replace(`/overrides/${key}/record`, '') || '/' : field);

export const hostileRecord: fc.Arbitrary<HostileRecord> = fc.oneof(
  fc.oneof(wrongType, missingField, badSourceUrl, hugeArray, danglingReference).filter((c) => c.text.length <= 5_000_000 && typeof c.expect?.record === 'string').map((c) => {
    const key = c.expect!.record as string;
    // A record whose kind or id is broken cannot be named by them: the problem says "record 1".
    return { kind: c.kind, record: recordOf(c, key), expect: { record: new RegExp(`^(${key}|record 1)$`), field: strip(c.expect!.field, key) } };
  }),
  fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.jsonValue(), { maxLength: 3 })).map((record) => ({ kind: 'not an object', record, expect: { record: 'record 1', field: '/' } })),
);
