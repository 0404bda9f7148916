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

/** Accepts the layer if every effective record satisfies the rules between records. */
function checked(bundled: CompiledDataset, layer: UserLayer): EditResult {
  const problems = crossRecordProblems(effectiveRecords(bundled, layer));
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
  const fail = (field: string, message: string) => ({ ok: false as const, problems: [{ record: 'file', field, message }] });
  if (text.length > MAX_IMPORT_BYTES) return fail('/', `file is larger than ${MAX_IMPORT_BYTES / 1e6} MB`);
  let parsed: { format?: unknown; version?: unknown; overrides?: unknown };
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return fail('/', `not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object') return fail('/', 'expected a JSON object');
  if (parsed.format !== EXPORT_FORMAT) return fail('/format', `expected "${EXPORT_FORMAT}"`);
  if (parsed.version !== 1) return fail('/version', 'expected 1');
  if (!parsed.overrides || typeof parsed.overrides !== 'object' || Array.isArray(parsed.overrides)) return fail('/overrides', 'expected an object');
  const entries = Object.entries(parsed.overrides as Record<string, unknown>);
  if (entries.length > MAX_IMPORT_RECORDS) return fail('/overrides', `more than ${MAX_IMPORT_RECORDS} records`);
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

function importedOverride(key: string, value: unknown, index: number, problems: Problem[]): UserOverride | null {
  const v = value as { record?: unknown; hidden?: unknown; updatedAt?: unknown } | null;
  const name = key.length <= 120 ? key : `record ${index + 1}`;
  const field = `/overrides/${name}`;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return problems.push({ record: name, field, message: 'expected an object' }), null;
  const unknownKeys = Object.keys(v).filter((k) => !['record', 'hidden', 'updatedAt'].includes(k));
  if (unknownKeys.length) return problems.push({ record: name, field: `${field}/${unknownKeys[0]}`, message: 'unknown field' }), null;
  if (v.hidden !== undefined && v.hidden !== true) return problems.push({ record: name, field: `${field}/hidden`, message: 'must be true when present' }), null;
  const updatedAt = typeof v.updatedAt === 'string' && v.updatedAt.length < 40 ? v.updatedAt : new Date().toISOString();
  if (v.hidden === true) {
    if (!/^(jurisdiction|entity|app|glossary):[a-z0-9-]{1,100}$/.test(key)) return problems.push({ record: name, field, message: 'not a record key like "app:wechat"' }), null;
    return { hidden: true, updatedAt };
  }
  const recordProblems = schemaProblems(v.record);
  if (recordProblems.length) return problems.push(...recordProblems.map((p) => ({ ...p, record: name, field: `${field}/record${p.field === '/' ? '' : p.field}` }))), null;
  const r = v.record as DatasetRecord;
  if (recordKey(r.kind, r.id) !== key) return problems.push({ record: name, field: `${field}/record/id`, message: `does not match the key "${key}"` }), null;
  return { record: r, updatedAt };
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
