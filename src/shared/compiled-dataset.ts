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

export function buildIndex(records: Iterable<DatasetRecord>): DatasetIndex {
  const index: DatasetIndex = { stores: {}, entityNames: {} };
  for (const r of records) {
    if (r.kind === 'app') {
      for (const s of r.stores) index.stores[storeKey(s.type, s.id)] = r.id;
    } else if (r.kind === 'entity') {
      for (const name of new Set([r.legalName, ...(r.names ?? [])].map(normaliseName))) {
        (index.entityNames[name] ??= []).push(r.id);
      }
    }
  }
  return index;
}

export function compileDataset(records: readonly DatasetRecord[]): CompiledDataset {
  const byKey: Record<string, DatasetRecord> = {};
  for (const r of records) byKey[recordKey(r.kind, r.id)] = r;
  return { format: 1, records: byKey, index: buildIndex(records) };
}
