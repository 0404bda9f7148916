// Changes to the user's layer, each checked before it is accepted: the record against the schema, then
// the whole effective dataset against the rules between records. A rejected change leaves the layer
// as it was; callers save only what these functions return.
import type { CompiledDataset } from './compiled-dataset';
import type { Problem } from './dataset-rules';
import { crossRecordProblems, recordKey, schemaProblems } from './dataset-rules';
import type { DatasetRecord, RecordKind } from './dataset-types';
import { EffectiveDataset } from './effective-dataset';
import type { UserLayer, UserOverride } from './user-layer';

export type EditResult = { ok: true; layer: UserLayer } | { ok: false; problems: Problem[] };

const EXPORT_FORMAT = 'jurisdiction-lens-user-layer';
const MAX_IMPORT_BYTES = 5_000_000;
const MAX_IMPORT_RECORDS = 20_000;

function effectiveRecords(bundled: CompiledDataset, layer: UserLayer): DatasetRecord[] {
  const data = new EffectiveDataset(bundled, layer);
  return (['jurisdiction', 'entity', 'app', 'glossary'] as RecordKind[]).flatMap((k) => data.all(k).map((e) => e.record));
}

/** Problems between the effective records (bundled ⊕ layer): ids, references, cycles, store ids. */
export function layerProblems(bundled: CompiledDataset, layer: UserLayer): Problem[] {
  return crossRecordProblems(effectiveRecords(bundled, layer));
}

/** Accepts the layer if every effective record satisfies the rules between records. */
function checked(bundled: CompiledDataset, layer: UserLayer): EditResult {
  const problems = layerProblems(bundled, layer);
  return problems.length ? { ok: false, problems } : { ok: true, layer };
}

const now = () => new Date().toISOString();

/** Saves a record (an edit of a bundled record or a new one). `replacing` is the key being edited,
 *  so that changing an id in the editor moves the record instead of copying it. */
export function saveRecord(bundled: CompiledDataset, layer: UserLayer, record: unknown, replacing?: string): EditResult {
  const problems = schemaProblems(record);
  if (problems.length) return { ok: false, problems };
  const r = record as DatasetRecord;
  const key = recordKey(r.kind, r.id);
  const overrides = { ...layer.overrides, [key]: { record: r, updatedAt: now() } };
  if (replacing && replacing !== key) {
    if (bundled.records[replacing]) overrides[replacing] = { hidden: true, updatedAt: now() };
    else delete overrides[replacing];
  }
  return checked(bundled, { version: 1, overrides });
}

export function hideRecord(bundled: CompiledDataset, layer: UserLayer, key: string): EditResult {
  return checked(bundled, { version: 1, overrides: { ...layer.overrides, [key]: { hidden: true, updatedAt: now() } } });
}

/** Removes the user's override: the bundled record (if any) applies again. */
export function resetRecord(bundled: CompiledDataset, layer: UserLayer, key: string): EditResult {
  const overrides = { ...layer.overrides };
  delete overrides[key];
  return checked(bundled, { version: 1, overrides });
}

export function exportLayer(layer: UserLayer): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, overrides: layer.overrides }, null, 2)}\n`;
}

export interface ImportSummary {
  added: string[];
  changed: string[];
  hidden: string[];
}

/** Merges an exported file into the layer, all or nothing. */
export function importLayer(bundled: CompiledDataset, layer: UserLayer, text: string): (EditResult & { ok: false }) | { ok: true; layer: UserLayer; summary: ImportSummary } {
  const parsed = parseExportFile(text);
  if (!parsed.ok) return parsed;
  const entries = parsed.entries;
  const problems: Problem[] = [];
  const incoming: Record<string, UserOverride> = {};
  entries.forEach(([key, value], i) => {
    const override = importedOverride(key, value, i, problems);
    if (override) incoming[key] = override;
  });
  if (problems.length) return { ok: false, problems };
  const result = checked(bundled, { version: 1, overrides: { ...layer.overrides, ...incoming } });
  if (!result.ok) return result;
  return { ok: true, layer: result.layer, summary: summarise(bundled, layer, incoming) };
}

const FILE_FIELDS = ['format', 'version', 'overrides'];

/** The file's overrides as [key, value] pairs, or why the file is not an export at all. */
function parseExportFile(text: string): { ok: true; entries: [string, unknown][] } | { ok: false; problems: Problem[] } {
  const fail = (field: string, message: string) => ({ ok: false as const, problems: [{ record: 'file', field, message }] });
  if (typeof text !== 'string') return fail('/', 'expected the text of a file');
  if (text.length > MAX_IMPORT_BYTES) return fail('/', `file is larger than ${MAX_IMPORT_BYTES / 1e6} MB`);
  let parsed: { format?: unknown; version?: unknown; overrides?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail('/', `not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return fail('/', 'expected a JSON object');
  const duplicate = duplicateMemberAt(text);
  if (duplicate) {
    const record = duplicate[0] === 'overrides' && duplicate.length > 1 ? shortName(duplicate[1]!) : 'file';
    return { ok: false, problems: [{ record, field: `/${duplicate.map(shortName).join('/')}`, message: 'appears twice in the file' }] };
  }
  const unknown = Object.keys(parsed).find((k) => !FILE_FIELDS.includes(k));
  if (unknown !== undefined) return fail(`/${shortName(unknown)}`, 'unknown field');
  if (parsed.format !== EXPORT_FORMAT) return fail('/format', `expected "${EXPORT_FORMAT}"`);
  if (parsed.version !== 1) return fail('/version', 'expected 1');
  if (!parsed.overrides || typeof parsed.overrides !== 'object' || Array.isArray(parsed.overrides)) return fail('/overrides', 'expected an object');
  const entries = Object.entries(parsed.overrides as Record<string, unknown>);
  if (entries.length > MAX_IMPORT_RECORDS) return fail('/overrides', `more than ${MAX_IMPORT_RECORDS} records`);
  return { ok: true, entries };
}

const shortName = (key: string): string => (key.length <= 120 ? key : `${key.slice(0, 120)}…`);

interface Container {
  /** Member names seen so far (objects), null for arrays. */
  names: Set<string> | null;
  /** The member name or index being read. */
  at: string;
}

/**
 * Path to the first member name that appears twice in one object, or null. JSON.parse keeps the last
 * of two silently, which would let a file hide a record behind another; `text` is known to parse.
 * A single pass with an explicit stack, so deep nesting costs no call stack.
 */
function duplicateMemberAt(text: string): string[] | null {
  const stack: Container[] = [];
  let expectName = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (c === '"') {
      const end = stringEnd(text, i);
      if (expectName && top?.names) {
        const name = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.names.has(name)) return [...stack.slice(0, -1).map((s) => s.at), name];
        top.names.add(name);
        top.at = name;
        expectName = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      stack.push({ names: c === '{' ? new Set() : null, at: '0' });
      expectName = c === '{';
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.names) expectName = true;
      else top.at = String(Number(top.at) + 1);
    }
  }
  return null;
}

/** Index of the quote that closes the string starting at `start`. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return text.length - 1;
}

function importedOverride(key: string, value: unknown, index: number, problems: Problem[]): UserOverride | null {
  const v = value as { record?: unknown; hidden?: unknown; updatedAt?: unknown; basedOn?: unknown } | null;
  const name = key && key.length <= 120 ? key : `record ${index + 1}`;
  const field = `/overrides/${name}`;
  const fail = (at: string, message: string) => (problems.push({ record: name, field: at, message }), null);
  // A file read with the wrong encoding, or cut inside a character, decodes to U+FFFD: say so rather
  // than import mangled text that happens to pass the schema.
  const mangled = replacementCharAt(key, value);
  if (mangled !== null) return fail(`${field}${mangled}`, 'contains U+FFFD: the file is not valid UTF-8 text');
  if (!v || typeof v !== 'object' || Array.isArray(v)) return fail(field, 'expected an object');
  const unknownKeys = Object.keys(v).filter((k) => !['record', 'hidden', 'updatedAt', 'basedOn'].includes(k));
  if (unknownKeys.length) return fail(`${field}/${shortName(unknownKeys[0]!)}`, 'unknown field');
  if (v.hidden !== undefined && v.hidden !== true) return fail(`${field}/hidden`, 'must be true when present');
  if (v.updatedAt !== undefined && (typeof v.updatedAt !== 'string' || v.updatedAt.length > 40)) return fail(`${field}/updatedAt`, 'must be a date string');
  // basedOn: fingerprint of the bundled record an edit was made against (issue 5), 16 hex digits.
  if (v.basedOn !== undefined && (typeof v.basedOn !== 'string' || !/^[0-9a-f]{16}$/.test(v.basedOn))) return fail(`${field}/basedOn`, 'must be 16 hex digits');
  const updatedAt = typeof v.updatedAt === 'string' ? v.updatedAt : new Date().toISOString();
  if (v.hidden === true) {
    if (v.record !== undefined) return fail(`${field}/record`, 'a hidden record carries no record');
    if (!/^(jurisdiction|entity|app|glossary):[a-z0-9-]{1,100}$/.test(key)) return fail(field, 'not a record key like "app:wechat"');
    return { hidden: true, updatedAt };
  }
  const recordProblems = schemaProblems(v.record);
  if (recordProblems.length) return problems.push(...recordProblems.map((p) => ({ ...p, record: name, field: `${field}/record${p.field === '/' ? '' : p.field}` }))), null;
  const r = v.record as DatasetRecord;
  if (recordKey(r.kind, r.id) !== key) return fail(`${field}/record/id`, `does not match the key "${shortName(key)}"`);
  return { record: r, updatedAt, ...(typeof v.basedOn === 'string' ? { basedOn: v.basedOn } : {}) };
}

const REPLACEMENT_CHAR = '\uFFFD';

/** JSON pointer (below the override) of the first key or string containing U+FFFD, "" for the key
 *  itself, or null. Iterative, so that deep nesting cannot overflow the stack. */
function replacementCharAt(key: string, value: unknown): string | null {
  if (key.includes(REPLACEMENT_CHAR)) return '';
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (node.includes(REPLACEMENT_CHAR)) return path || '';
    } else if (node && typeof node === 'object') {
      for (const [k, child] of Object.entries(node)) {
        const at = `${path}/${shortName(k)}`;
        if (k.includes(REPLACEMENT_CHAR)) return at;
        stack.push([child, at]);
      }
    }
  }
  return null;
}

function summarise(bundled: CompiledDataset, before: UserLayer, incoming: Record<string, UserOverride>): ImportSummary {
  const summary: ImportSummary = { added: [], changed: [], hidden: [] };
  for (const [key, o] of Object.entries(incoming)) {
    if (o.hidden) summary.hidden.push(key);
    else if (bundled.records[key] || before.overrides[key]?.record) summary.changed.push(key);
    else summary.added.push(key);
  }
  return summary;
}
