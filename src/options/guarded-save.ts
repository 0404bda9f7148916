// Every write of the user's layer from the options page goes through here: the layer's size is checked
// against storage.local's quota first, so that a change too big to store is refused with a message
// (and the draft stays in the form) rather than failing half-way or pushing anything out.
import browser from '../shared/browser';
import { checkQuota, storedBytes } from '../shared/edit-model/save-guard';
import { t } from '../shared/i18n';
import { LOCAL } from '../shared/storage-keys';
import type { UserLayer } from '../shared/user-layer';
import type { LayerStore } from './layer-store';

/** What the other stored values (settings, a set-aside copy) take. */
async function otherBytes(): Promise<number> {
  try {
    const stored = await browser.storage.local.get([LOCAL.userLayerSetAside, LOCAL.settings]);
    return Object.entries(stored).reduce((sum, [k, v]) => sum + storedBytes(k, v), 0);
  } catch {
    return 0; // unreadable: the write itself still fails cleanly on a full quota (layer-store.ts)
  }
}

const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);

/** Saves the layer; returns null when saved, else the message to show. Nothing is written on refusal. */
export async function saveLayer(store: LayerStore, layer: UserLayer, others: () => Promise<number> = otherBytes): Promise<string | null> {
  const quota = checkQuota(LOCAL.userLayer, layer, await others());
  if (!quota.ok) return t('quotaExceeded', [mb(quota.bytes), mb(quota.limit)]);
  try {
    await store.save(layer);
    return null;
  } catch (error) {
    return t('layerSaveFailed', [String(error)]);
  }
}
