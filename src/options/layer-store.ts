// The options page's view of the user's layer in storage.local: loaded once (an unusable stored layer
// is set aside then, see load-user-layer.ts), saved only after validation, and followed when another
// page or the background changes it.
import type { CompiledDataset } from '../shared/compiled-dataset';
import type { LocalArea, SetAsideEntry } from '../shared/load-user-layer';
import { loadUserLayer, parseUserLayer } from '../shared/load-user-layer';
import { LOCAL } from '../shared/storage-keys';
import type { UserLayer } from '../shared/user-layer';

export interface LayerStore {
  get(): UserLayer;
  /** Persists a layer that has already passed validation. When storage refuses (quota), nothing
   *  changes, `onSaveError` is told and the error is passed on. */
  save(layer: UserLayer): Promise<void>;
  onChange(listener: () => void): void;
}

/** storage.onChanged, reduced to what the store listens for. */
export interface StorageChanges {
  addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
}

export interface LayerStoreOptions {
  area: LocalArea;
  changes: StorageChanges;
  bundled: CompiledDataset;
  onSaveError?: (error: unknown) => void;
}

export async function createLayerStore({ area, changes, bundled, onSaveError }: LayerStoreOptions): Promise<{ store: LayerStore; setAside: SetAsideEntry[] }> {
  const loaded = await loadUserLayer(area, bundled);
  let layer = loaded.layer;
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((l) => l());
  changes.addListener((changed, areaName) => {
    // Another options page, an import or the background changed the layer: show what is stored now.
    if (areaName === 'local' && LOCAL.userLayer in changed) {
      layer = parseUserLayer(changed[LOCAL.userLayer]?.newValue, bundled).layer;
      notify();
    }
  });
  const store: LayerStore = {
    get: () => layer,
    async save(next) {
      try {
        await area.set({ [LOCAL.userLayer]: next });
      } catch (error) {
        onSaveError?.(error);
        throw error;
      }
      layer = next;
      notify();
    },
    onChange: (l) => listeners.push(l),
  };
  return { store, setAside: loaded.setAside };
}
