// What the dataset list shows for each record and what search matches: the record's names, its ids
// (store ids included) and the names of the countries it is tied to, so "China" finds a company
// domiciled in "cn". Badges say which records the user changed, added or hid.
import type { CompiledDataset } from '../shared/compiled-dataset';
import type { DatasetRecord, RecordKind } from '../shared/dataset-types';
import { baseChanged } from '../shared/edit-model/base-drift';
import { EffectiveDataset } from '../shared/effective-dataset';
import type { UserLayer } from '../shared/user-layer';

export type Tag = 'bundled' | 'edited' | 'added' | 'hidden';

export interface ListEntry {
  key: string;
  kind: RecordKind;
  name: string;
  tag: Tag;
  /** The bundled record changed since the user's edit of it was made. */
  updated: boolean;
  search: string;
}

export function labelOf(r: DatasetRecord): string {
  if (r.kind === 'entity') return r.legalName;
  if (r.kind === 'glossary') return r.title;
  return r.name;
}

function countries(r: DatasetRecord, data: EffectiveDataset): string[] {
  const name = (id: string | undefined) => (id ? (data.jurisdiction(id)?.record.name ?? id) : '');
  if (r.kind === 'entity') return [name(r.domicile.jurisdiction), name(r.headquarters.jurisdiction)];
  if (r.kind === 'app') {
    return r.publishers.flatMap((p) => {
      const e = data.get('entity', p.entity)?.record;
      return e ? countries(e, data) : [];
    });
  }
  return [];
}

export function listEntries(bundled: CompiledDataset, layer: UserLayer): ListEntry[] {
  const data = new EffectiveDataset(bundled, layer);
  const keys = new Set([...Object.keys(bundled.records), ...Object.keys(layer.overrides)]);
  return [...keys].sort().map((key) => {
    const kind = key.slice(0, key.indexOf(':')) as RecordKind;
    const record = data.get(kind, key.slice(kind.length + 1))?.record ?? bundled.records[key];
    const o = layer.overrides[key];
    const tag: Tag = o?.hidden ? 'hidden' : o?.record ? (bundled.records[key] ? 'edited' : 'added') : 'bundled';
    const search = record ? [JSON.stringify(record), ...countries(record, data)].join(' ') : key;
    return { key, kind, name: record ? labelOf(record) : key, tag, updated: baseChanged(bundled, key, o), search: search.toLowerCase() };
  });
}

export const matches = (entry: ListEntry, query: string): boolean => query.split(/\s+/).every((word) => entry.search.includes(word));
