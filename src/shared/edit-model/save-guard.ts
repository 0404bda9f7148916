// Checks made just before the user's layer is written (issue 5, item 7): that it fits in storage, and
// that the record being saved was not changed meanwhile by another options page. Either refusal keeps
// the draft in the form and the stored layer as it was.
import type { UserLayer } from '../user-layer';

/** storage.local's quota in Chrome without "unlimitedStorage" (chrome.storage.local.QUOTA_BYTES);
 *  Firefox allows more, so this is the limit for both. */
export const LOCAL_QUOTA_BYTES = 10_485_760;
/** Room left for settings, the set-aside copy and the browser's own accounting. */
const MARGIN_BYTES = 64 * 1024;

/** Bytes the value takes in storage, as Chrome counts them: key plus JSON text, UTF-8. */
export function storedBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

export interface QuotaCheck {
  ok: boolean;
  bytes: number;
  limit: number;
}

/** Whether `layer` fits, given what the other stored values take. */
export function checkQuota(layerKey: string, layer: UserLayer, otherBytes: number, quota = LOCAL_QUOTA_BYTES): QuotaCheck {
  const bytes = storedBytes(layerKey, layer);
  const limit = Math.max(0, quota - otherBytes - MARGIN_BYTES);
  return { ok: bytes <= limit, bytes, limit };
}

/** The revision of one record in the layer: its override's timestamp, or "" when the user has none. */
export const revisionOf = (layer: UserLayer, key: string | null): string => (key ? (layer.overrides[key]?.updatedAt ?? '') : '');

/** True when the record was changed (saved, hidden, reset, imported) since the editor opened it. */
export function isStale(layer: UserLayer, key: string | null, openedAt: string): boolean {
  return revisionOf(layer, key) !== openedAt;
}
