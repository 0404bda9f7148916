// Reads the user's layer from storage.local. Our own code writes it only after validation, but a
// partial write, another version of the extension, or a content script (the browser lets content
// scripts write storage.local) can leave something else there. That must not stop the extension, and
// must not cost the user their data: whatever is unusable is set aside under its own key, kept until
// the user downloads or deletes it from the options page, and the rest is used over the bundled data.
import type { CompiledDataset } from './compiled-dataset';
import { schemaProblems } from './dataset-rules';
import { LOCAL } from './storage-keys';
import { layerProblems } from './user-edits';
import type { UserLayer, UserOverride } from './user-layer';
import { emptyUserLayer } from './user-layer';

/** Stands for "the stored value as a whole" in the list of what was set aside. */
export const WHOLE_LAYER = '(whole layer)';
/** More overrides than an import may bring cannot have been written by us. */
const MAX_OVERRIDES = 20_000;
/** Rounds of dropping overrides that break the rules between records before giving up on all. */
const MAX_CONFLICT_ROUNDS = 5;

export interface LoadedUserLayer {
  layer: UserLayer;
  /** Keys of the overrides that could not be used, or WHOLE_LAYER. Empty when all was usable. */
  rejected: string[];
}

/** One stored value that was set aside, exactly as it was found. */
export interface SetAsideEntry {
  setAsideAt: string;
  rejected: string[];
  value: unknown;
}

/** The part of storage.local this module needs (so tests can pass a fake). */
export interface LocalArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The usable part of a stored value, and what was left out. Never throws. With `bundled`, overrides
 *  that break the rules between records over it are left out too. */
export function parseUserLayer(value: unknown, bundled?: CompiledDataset): LoadedUserLayer {
  if (value === undefined || value === null) return { layer: emptyUserLayer(), rejected: [] };
  const overrides = overridesOf(value);
  if (!overrides) return { layer: emptyUserLayer(), rejected: [WHOLE_LAYER] };
  const layer = emptyUserLayer();
  const rejected: string[] = [];
  for (const [key, override] of overrides) {
    if (isUsable(key, override)) layer.overrides[key] = override;
    else rejected.push(key);
  }
  return bundled ? withoutConflicts(bundled, layer, rejected) : { layer, rejected };
}

function overridesOf(value: unknown): [string, UserOverride][] | null {
  const v = value as Partial<UserLayer>;
  if (typeof v !== 'object' || Array.isArray(v) || v.version !== 1) return null;
  if (!v.overrides || typeof v.overrides !== 'object' || Array.isArray(v.overrides)) return null;
  const entries = Object.entries(v.overrides);
  return entries.length <= MAX_OVERRIDES ? entries : null;
}

const RECORD_KEY = /^(jurisdiction|entity|app|glossary):[a-z0-9-]{1,100}$/;

function isUsable(key: string, o: UserOverride | undefined): boolean {
  if (!RECORD_KEY.test(key) || !o || typeof o !== 'object' || typeof o.updatedAt !== 'string') return false;
  if (o.hidden === true && o.record === undefined) return true;
  if (!o.record || schemaProblems(o.record).length) return false;
  return key === `${o.record.kind}:${o.record.id}`;
}

/** Drops the overrides that break the rules between records (a reference to a record that was not
 *  written, a parent cycle...); when the problems cannot be pinned on overrides, drops them all. */
function withoutConflicts(bundled: CompiledDataset, layer: UserLayer, rejected: string[]): LoadedUserLayer {
  for (let round = 0; round < MAX_CONFLICT_ROUNDS; round++) {
    if (!Object.keys(layer.overrides).length) return { layer, rejected };
    const problems = layerProblems(bundled, layer);
    if (!problems.length) return { layer, rejected };
    const culprits = [...new Set(problems.map((p) => p.record))].filter((key) => Object.hasOwn(layer.overrides, key));
    if (!culprits.length) break;
    for (const key of culprits) delete layer.overrides[key];
    rejected.push(...culprits);
  }
  const rest = Object.keys(layer.overrides);
  if (rest.length && layerProblems(bundled, layer).length) return { layer: emptyUserLayer(), rejected: [...rejected, ...rest] };
  return { layer, rejected };
}

/**
 * Loads the layer for use. When part of it is unusable, the stored value is copied, as found, to the
 * set-aside list and the usable part is written back, in one storage write; if that write fails
 * (quota), the stored value stays where it was and only this load does without it.
 */
export async function loadUserLayer(area: LocalArea, bundled: CompiledDataset, now = new Date()): Promise<LoadedUserLayer & { setAside: SetAsideEntry[] }> {
  const stored = await area.get([LOCAL.userLayer, LOCAL.userLayerSetAside]);
  const loaded = parseUserLayer(stored[LOCAL.userLayer], bundled);
  const kept = setAsideEntries(stored[LOCAL.userLayerSetAside], now);
  if (!loaded.rejected.length) return { ...loaded, setAside: kept };
  const value = stored[LOCAL.userLayer];
  const setAside = kept.some((e) => sameValue(e.value, value)) ? kept : [...kept, { setAsideAt: now.toISOString(), rejected: loaded.rejected, value }];
  try {
    await area.set({ [LOCAL.userLayerSetAside]: setAside, [LOCAL.userLayer]: loaded.layer });
  } catch (error) {
    console.warn('Jurisdiction Lens: could not set the unusable user layer aside', error);
  }
  return { ...loaded, setAside };
}

/** The stored set-aside list; anything else found under its key is itself kept as one entry. */
export function setAsideEntries(value: unknown, now = new Date()): SetAsideEntry[] {
  if (value === undefined || value === null) return [];
  const isEntry = (e: unknown) => !!e && typeof e === 'object' && typeof (e as SetAsideEntry).setAsideAt === 'string' && Array.isArray((e as SetAsideEntry).rejected);
  if (Array.isArray(value) && value.every(isEntry)) return value as SetAsideEntry[];
  return [{ setAsideAt: now.toISOString(), rejected: [LOCAL.userLayerSetAside], value }];
}

function sameValue(a: unknown, b: unknown): boolean {
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false; // not serialisable (Firefox storage can hold cycles): keep both
  }
}
