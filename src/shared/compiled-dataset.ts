// The bundled dataset as the build writes it: every record by key, plus the indexes a lookup needs,
// so that the background does no indexing work of its own at start-up.
import type { DatasetRecord } from './dataset-types';
import { recordKey } from './dataset-rules';

export interface DatasetIndex {
  /** "android:com.tencent.mm" → app id. */
  stores: Record<string, string>;
  /** normalised entity name or alias → entity ids. */
  entityNames: Record<string, string[]>;
}

export interface CompiledDataset {
  format: 1;
  /** "app:wechat" → record. */
  records: Record<string, DatasetRecord>;
  index: DatasetIndex;
}

export const storeKey = (type: string, id: string): string => `${type}:${id}`;

/** Store names and legal names differ in case, punctuation and spacing ("Google LLC", "GOOGLE LLC."). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.,'"’()]+/gu, ' ')
    .trim();
}

/** The same index in Maps, which is how the background holds the user's records: the worker indexes
 *  them on every start, and for 10,000 records Maps take a third of the time of plain objects
 *  (issue 6, npm run bench). */
export interface IndexMaps {
  stores: Map<string, string>;
  entityNames: Map<string, string[]>;
}

export function buildIndexMaps(records: Iterable<DatasetRecord>): IndexMaps {
  const stores = new Map<string, string>();
  const entityNames = new Map<string, string[]>();
  for (const r of records) {
    if (r.kind === 'app') {
      for (const s of r.stores) stores.set(storeKey(s.type, s.id), r.id);
    } else if (r.kind === 'entity') {
      for (const name of new Set([r.legalName, ...(r.names ?? [])].map(normaliseName))) {
        const ids = entityNames.get(name);
        if (ids) ids.push(r.id);
        else entityNames.set(name, [r.id]);
      }
    }
  }
  return { stores, entityNames };
}

/** The index as the build writes it (JSON), made from the Maps so that both always agree. */
export function buildIndex(records: Iterable<DatasetRecord>): DatasetIndex {
  const { stores, entityNames } = buildIndexMaps(records);
  return { stores: Object.fromEntries(stores), entityNames: Object.fromEntries(entityNames) };
}

export function compileDataset(records: readonly DatasetRecord[]): CompiledDataset {
  const byKey: Record<string, DatasetRecord> = {};
  for (const r of records) byKey[recordKey(r.kind, r.id)] = r;
  return { format: 1, records: byKey, index: buildIndex(records) };
}
