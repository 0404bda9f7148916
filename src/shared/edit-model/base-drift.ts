// Overrides made against a bundled record that an extension update has since changed. The override
// keeps the fingerprint of the bundled record it was based on (`basedOn`); when that no longer matches,
// the options page shows both versions and lets the user keep theirs or take the updated one.
import type { CompiledDataset } from '../compiled-dataset';
import type { UserLayer, UserOverride } from '../user-layer';
import { fingerprint } from './fingerprint';

/** The override with `basedOn` set to the bundled record it now stands over (none for added records). */
export function withBase(bundled: CompiledDataset, key: string, override: UserOverride): UserOverride {
  const base = bundled.records[key];
  const { basedOn: _old, ...rest } = override;
  return base ? { ...rest, basedOn: fingerprint(base) } : rest;
}

/** True when the user's override was based on another version of the bundled record. Overrides
 *  written before fingerprints existed carry none and are not flagged: there is nothing to compare. */
export function baseChanged(bundled: CompiledDataset, key: string, override: UserOverride | undefined): boolean {
  const base = bundled.records[key];
  return !!override?.basedOn && !!base && override.basedOn !== fingerprint(base);
}

export function driftedKeys(bundled: CompiledDataset, layer: UserLayer): string[] {
  return Object.keys(layer.overrides).filter((key) => baseChanged(bundled, key, layer.overrides[key]));
}

/** "Keep mine": the same override, now acknowledged as based on the current bundled record. */
export function keepMine(bundled: CompiledDataset, layer: UserLayer, key: string): UserLayer {
  const o = layer.overrides[key];
  if (!o) return layer;
  return { ...layer, overrides: { ...layer.overrides, [key]: { ...withBase(bundled, key, o), updatedAt: new Date().toISOString() } } };
}
