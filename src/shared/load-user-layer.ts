// Reads the user's layer from storage.local. Storage is written only by our own validated code, but a
// partial write or an older version must not stop the extension: anything unusable is ignored and the
// bundled data is used (the options page reports it).
import { schemaProblems } from './dataset-rules';
import type { UserLayer, UserOverride } from './user-layer';
import { emptyUserLayer } from './user-layer';

export interface LoadedUserLayer {
  layer: UserLayer;
  /** Keys of overrides that were set aside because they are not valid. */
  rejected: string[];
}

export function parseUserLayer(value: unknown): LoadedUserLayer {
  const v = value as Partial<UserLayer> | null | undefined;
  if (!v || v.version !== 1 || !v.overrides || typeof v.overrides !== 'object') {
    return { layer: emptyUserLayer(), rejected: v === undefined || v === null ? [] : ['(whole layer)'] };
  }
  const layer = emptyUserLayer();
  const rejected: string[] = [];
  for (const [key, override] of Object.entries(v.overrides as Record<string, UserOverride>)) {
    if (isUsable(key, override)) layer.overrides[key] = override;
    else rejected.push(key);
  }
  return { layer, rejected };
}

function isUsable(key: string, o: UserOverride | undefined): boolean {
  if (!o || typeof o !== 'object' || typeof o.updatedAt !== 'string') return false;
  if (o.hidden === true && o.record === undefined) return true;
  if (!o.record || schemaProblems(o.record).length) return false;
  return key === `${o.record.kind}:${o.record.id}`;
}
