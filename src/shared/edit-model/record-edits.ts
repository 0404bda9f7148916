// The editor's changes to the layer, on top of user-edits.ts: a saved record remembers which bundled
// record it was based on; a new record may not take the id of one that exists; "reset all" drops every
// change. Each returns a checked layer or the problems, and never changes the layer it was given.
import type { CompiledDataset } from '../compiled-dataset';
import { recordKey } from '../dataset-rules';
import type { DatasetRecord } from '../dataset-types';
import { EffectiveDataset } from '../effective-dataset';
import type { EditResult } from '../user-edits';
import { saveRecord } from '../user-edits';
import type { UserLayer } from '../user-layer';
import { emptyUserLayer } from '../user-layer';
import { withBase } from './base-drift';

/** Saves the form's draft. `replacing` is the key of the record that was opened (null for a new one). */
export function saveDraft(bundled: CompiledDataset, layer: UserLayer, draft: unknown, replacing: string | null): EditResult {
  const r = draft as Partial<DatasetRecord> | null;
  const key = r && typeof r.kind === 'string' && typeof r.id === 'string' ? recordKey(r.kind, r.id) : null;
  if (key && key !== replacing && new EffectiveDataset(bundled, layer).get(r!.kind!, r!.id!)) {
    return { ok: false, problems: [{ record: key, field: '/id', message: `a ${r!.kind} with the id "${r!.id}" already exists` }] };
  }
  const result = saveRecord(bundled, layer, draft, replacing ?? undefined);
  if (!result.ok || !key) return result;
  const overrides = { ...result.layer.overrides, [key]: withBase(bundled, key, result.layer.overrides[key]!) };
  return { ok: true, layer: { ...result.layer, overrides } };
}

/** Drops every change: the bundled dataset applies again as shipped. */
export function resetAll(): UserLayer {
  return emptyUserLayer();
}
