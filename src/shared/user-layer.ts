// The user's own layer over the bundled dataset: per-record overrides (edit, add, hide), kept in
// storage.local and never touched by extension updates. "Reset" deletes the override.
import type { DatasetRecord } from './dataset-types';

export interface UserOverride {
  /** The user's version of the record (an edit of a bundled record, or a record of their own). */
  record?: DatasetRecord;
  /** The user hid the record: it is treated as absent. */
  hidden?: boolean;
  /** ISO timestamp of the change. */
  updatedAt: string;
  /** Fingerprint of the bundled record this edit was made against (edit-model/fingerprint.ts), so an
   *  update that changes that record can be noticed. Absent in layers written before it existed. */
  basedOn?: string;
}

export interface UserLayer {
  version: 1;
  /** "app:wechat" → override. */
  overrides: Record<string, UserOverride>;
}

export const emptyUserLayer = (): UserLayer => ({ version: 1, overrides: {} });
