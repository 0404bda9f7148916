// The dataset the user sees: the bundled records with the user's layer on top. Effective record =
// the user's override if there is one, else the bundled record; a hidden record is absent.
import type { CompiledDataset, IndexMaps } from './compiled-dataset';
import { buildIndexMaps, normaliseName, storeKey } from './compiled-dataset';
import { recordKey } from './dataset-rules';
import type { AppRecord, DatasetRecord, EntityRecord, JurisdictionRecord, RecordKind } from './dataset-types';
import type { UserLayer } from './user-layer';

export type Origin = 'bundled' | 'user';

export interface Effective<R extends DatasetRecord = DatasetRecord> {
  record: R;
  origin: Origin;
}

type RecordOfKind<K extends RecordKind> = Extract<DatasetRecord, { kind: K }>;

export class EffectiveDataset {
  private readonly userIndex: IndexMaps;

  constructor(
    readonly bundled: CompiledDataset,
    readonly user: UserLayer,
  ) {
    const userRecords = Object.values(user.overrides).flatMap((o) => (o.record && !o.hidden ? [o.record] : []));
    this.userIndex = buildIndexMaps(userRecords);
  }

  get<K extends RecordKind>(kind: K, id: string): Effective<RecordOfKind<K>> | undefined {
    const key = recordKey(kind, id);
    const override = this.user.overrides[key];
    if (override?.hidden) return undefined;
    if (override?.record?.kind === kind) return { record: override.record as RecordOfKind<K>, origin: 'user' };
    const bundled = this.bundled.records[key];
    return bundled?.kind === kind ? { record: bundled as RecordOfKind<K>, origin: 'bundled' } : undefined;
  }

  /** The app with this store identity. A user's record wins; a bundled index entry that points at
   *  a record the user changed or hid no longer counts (the user's version decides). */
  appByStoreId(type: string, id: string): Effective<AppRecord> | undefined {
    const key = storeKey(type, id);
    const mine = this.userIndex.stores.get(key);
    if (mine) return this.get('app', mine);
    const bundled = own(this.bundled.index.stores, key);
    if (!bundled || this.user.overrides[recordKey('app', bundled)]) return undefined;
    return this.get('app', bundled);
  }

  /** Entities whose legal name or alias matches a developer name shown by a store. */
  entitiesByName(name: string): Effective<EntityRecord>[] {
    const key = normaliseName(name);
    const ids = new Set(this.userIndex.entityNames.get(key) ?? []);
    for (const id of own(this.bundled.index.entityNames, key) ?? []) {
      if (!this.user.overrides[recordKey('entity', id)]) ids.add(id);
    }
    return [...ids].flatMap((id) => this.get('entity', id) ?? []);
  }

  jurisdiction(id: string): Effective<JurisdictionRecord> | undefined {
    return this.get('jurisdiction', id);
  }

  /** Every effective record of a kind, user records included, hidden ones left out. */
  all<K extends RecordKind>(kind: K): Effective<RecordOfKind<K>>[] {
    const ids = new Set<string>();
    const prefix = `${kind}:`;
    for (const key of [...Object.keys(this.bundled.records), ...Object.keys(this.user.overrides)]) {
      if (key.startsWith(prefix)) ids.add(key.slice(prefix.length));
    }
    return [...ids].sort().flatMap((id) => this.get(kind, id) ?? []);
  }
}

/** An index entry, never an inherited property: a store could show a developer named "constructor". */
function own<T>(index: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(index, key) ? index[key] : undefined;
}
