// The options page: concern settings, the dataset (bundled + the user's layer) with a JSON editor,
// and import/export of the user's changes.
import bundled from 'bundled-dataset';
import browser from '../shared/browser';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';
import { parseUserLayer } from '../shared/load-user-layer';
import { LOCAL } from '../shared/storage-keys';
import type { UserLayer } from '../shared/user-layer';
import { datasetSection } from './dataset-section';
import { importExportSection } from './import-export';
import { settingsSection } from './settings-section';

export interface LayerStore {
  get(): UserLayer;
  /** Persists a layer that has already passed validation. */
  save(layer: UserLayer): Promise<void>;
  onChange(listener: () => void): void;
}

async function createLayerStore(): Promise<{ store: LayerStore; rejected: string[] }> {
  const loaded = parseUserLayer((await browser.storage.local.get(LOCAL.userLayer))[LOCAL.userLayer]);
  let layer = loaded.layer;
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((l) => l());
  browser.storage.onChanged.addListener((changes, area) => {
    // Another options page (or an import) changed the layer: show what is stored now.
    if (area === 'local' && LOCAL.userLayer in changes) {
      layer = parseUserLayer(changes[LOCAL.userLayer]?.newValue).layer;
      notify();
    }
  });
  const store: LayerStore = {
    get: () => layer,
    async save(next) {
      await browser.storage.local.set({ [LOCAL.userLayer]: next });
      layer = next;
      notify();
    },
    onChange: (l) => listeners.push(l),
  };
  return { store, rejected: loaded.rejected };
}

function welcome(): HTMLElement {
  return el('section', { class: 'welcome', id: 'welcome' }, el('h2', { text: t('welcomeTitle') }), el('p', { text: t('welcomeBody') }), el('p', { text: t('privacyPromise') }));
}

async function main(): Promise<void> {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.title = `${t('extName')} — ${t('optionsTitle')}`;
  const root = document.getElementById('options')!;
  const { store, rejected } = await createLayerStore();
  const parts = [
    el('h1', { text: `${t('extName')} — ${t('optionsTitle')}` }),
    location.hash === '#welcome' ? welcome() : el('p', { class: 'status', text: t('privacyPromise') }),
    rejected.length ? el('p', { class: 'notice', attrs: { role: 'alert' }, text: t('layerRejected', [rejected.join(', ')]) }) : null,
    await settingsSection(),
    datasetSection(bundled, store, location.hash),
    importExportSection(bundled, store),
  ];
  root.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null));
  root.dataset.state = 'ready';
  root.setAttribute('aria-busy', 'false');
}

void main();
