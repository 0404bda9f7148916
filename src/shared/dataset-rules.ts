// Checks that hold for the bundled dataset (npm run dataset:check) and for everything a user imports or
// edits: the schema for each record, then the rules that span records (ids, references, cycles).
import type { DatasetRecord, EntityRecord, RecordKind, Source } from './dataset-types';
import validateSchema from './generated/validate-record.js';

export interface Problem {
  /** "app:wechat", or "record 3" when the record has no usable kind/id. */
  record: string;
  /** JSON pointer into the record, e.g. "/publishers/0/entity". */
  field: string;
  message: string;
}

export const recordKey = (kind: RecordKind, id: string): string => `${kind}:${id}`;

function describe(record: unknown, index: number): string {
  const r = record as { kind?: unknown; id?: unknown } | null;
  if (r && typeof r.kind === 'string' && typeof r.id === 'string' && r.id.length <= 100) return `${r.kind}:${r.id}`;
  return `record ${index + 1}`;
}

/** Schema problems of one record; empty when it is valid. */
export function schemaProblems(record: unknown, index = 0): Problem[] {
  if (validateSchema(record)) return [];
  const name = describe(record, index);
  // "if" errors only repeat the errors of the branch that failed.
  return (validateSchema.errors ?? [])
    .filter((e) => e.keyword !== 'if')
    .map((e) => ({ record: name, field: fieldOf(e.instancePath, e.params), message: e.message ?? e.keyword }));
}

function fieldOf(instancePath: string, params: Record<string, unknown>): string {
  const extra = params.missingProperty ?? params.additionalProperty;
  const base = instancePath || '';
  return typeof extra === 'string' ? `${base}/${extra}` : base || '/';
}

/** Problems between records: duplicate ids, dangling references, parent cycles, store ids claimed twice. */
export function crossRecordProblems(records: readonly DatasetRecord[]): Problem[] {
  const problems: Problem[] = [];
  const keys = new Set<string>();
  for (const r of records) {
    const key = recordKey(r.kind, r.id);
    if (keys.has(key)) problems.push({ record: key, field: '/id', message: `duplicate id "${r.id}"` });
    keys.add(key);
  }
  const has = (kind: RecordKind, id: string) => keys.has(recordKey(kind, id));
  for (const r of records) problems.push(...referenceProblems(r, has));
  problems.push(...parentCycles(records.filter((r): r is EntityRecord => r.kind === 'entity')));
  problems.push(...storeIdClashes(records));
  problems.push(...sourceUrlProblems(records));
  return problems;
}

type Has = (kind: RecordKind, id: string) => boolean;

function referenceProblems(r: DatasetRecord, has: Has): Problem[] {
  const out: Problem[] = [];
  const name = recordKey(r.kind, r.id);
  const need = (kind: RecordKind, id: string | undefined, field: string) => {
    if (id !== undefined && !has(kind, id)) out.push({ record: name, field, message: `refers to unknown ${kind} "${id}"` });
  };
  if (r.kind === 'jurisdiction') {
    r.memberOf?.forEach((j, i) => need('jurisdiction', j, `/memberOf/${i}`));
    const laws = new Set<string>();
    r.laws.forEach((law, i) => {
      if (laws.has(law.id)) out.push({ record: name, field: `/laws/${i}/id`, message: `duplicate law id "${law.id}"` });
      laws.add(law.id);
    });
  } else if (r.kind === 'entity') {
    need('jurisdiction', r.domicile.jurisdiction, '/domicile/jurisdiction');
    need('jurisdiction', r.headquarters.jurisdiction, '/headquarters/jurisdiction');
    need('entity', r.parent?.entity, '/parent/entity');
    r.dataControllers?.forEach((c, i) => need('entity', c.entity, `/dataControllers/${i}/entity`));
    r.dataLocations?.forEach((l, i) => l.jurisdictions.forEach((j, k) => need('jurisdiction', j, `/dataLocations/${i}/jurisdictions/${k}`)));
  } else if (r.kind === 'app') {
    r.publishers.forEach((p, i) => need('entity', p.entity, `/publishers/${i}/entity`));
    r.related?.forEach((a, i) => need('app', a.app, `/related/${i}/app`));
    r.events?.forEach((e, i) => need('jurisdiction', e.jurisdiction, `/events/${i}/jurisdiction`));
  }
  return out;
}

function parentCycles(entities: readonly EntityRecord[]): Problem[] {
  const parentOf = new Map(entities.map((e) => [e.id, e.parent?.entity]));
  const reported = new Set<string>();
  const out: Problem[] = [];
  for (const start of entities) {
    const seen = new Set<string>();
    let id: string | undefined = start.id;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      id = parentOf.get(id);
    }
    if (id === start.id && !reported.has(start.id)) {
      seen.forEach((member) => reported.add(member));
      out.push({ record: recordKey('entity', start.id), field: '/parent/entity', message: `parent chain loops: ${[...seen, start.id].join(' → ')}` });
    }
  }
  return out;
}

function storeIdClashes(records: readonly DatasetRecord[]): Problem[] {
  const owner = new Map<string, string>();
  const out: Problem[] = [];
  for (const r of records) {
    if (r.kind !== 'app') continue;
    r.stores.forEach((s, i) => {
      const key = `${s.type}:${s.id}`;
      const other = owner.get(key);
      if (other && other !== r.id) out.push({ record: recordKey('app', r.id), field: `/stores/${i}/id`, message: `store id ${key} also belongs to app "${other}"` });
      owner.set(key, r.id);
    });
  }
  return out;
}

/** The schema allows only https URLs; this also rejects what a pattern cannot see (unparsable hosts). */
function sourceUrlProblems(records: readonly DatasetRecord[]): Problem[] {
  const out: Problem[] = [];
  for (const r of records) {
    walkSources(r, '', (source, field) => {
      if (!isHttpsUrl(source.url)) out.push({ record: recordKey(r.kind, r.id), field: `${field}/url`, message: 'source URL must be https' });
    });
  }
  return out;
}

export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Calls visit for every source in a record, with its JSON pointer. */
export function walkSources(value: unknown, path: string, visit: (s: Source, field: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walkSources(item, `${path}/${i}`, visit));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) child.forEach((s, i) => visit(s as Source, `${path}/sources/${i}`));
      else walkSources(child, `${path}/${key}`, visit);
    }
  }
}

export function formatProblem(p: Problem): string {
  return `${p.record} ${p.field}: ${p.message}`;
}
