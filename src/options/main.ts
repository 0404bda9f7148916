// The options page: concern settings, the dataset (bundled + the user's layer) with a JSON editor,
// and import/export of the user's changes.
import bundled from 'bundled-dataset';
import browser from '../shared/browser';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';
import type { SetAsideEntry } from '../shared/load-user-layer';
import { setAsideEntries } from '../shared/load-user-layer';
import { LOCAL } from '../shared/storage-keys';
import { datasetSection } from './dataset-section';
import { importExportSection } from './import-export';
import { createLayerStore } from './layer-store';
import { downloadText, setAsideNotice } from './set-aside-notice';
import { jurisdictionChoices, settingsSection } from './settings-section';

export type { LayerStore } from './layer-store';

function welcome(): HTMLElement {
  return el('section', { class: 'welcome', id: 'welcome' }, el('h2', { text: t('welcomeTitle') }), el('p', { text: t('welcomeBody') }), el('p', { text: t('privacyPromise') }));
}

/** Where the set-aside notice goes; it follows storage, since the background may set data aside
 *  while this page is open. */
function setAsideSlot(initial: SetAsideEntry[]): HTMLElement {
  const slot = el('div', { id: 'set-aside-slot' });
  const actions = {
    remove: () => browser.storage.local.remove(LOCAL.userLayerSetAside),
    confirm: (question: string) => window.confirm(question),
    download: downloadText,
  };
  const render = (entries: SetAsideEntry[]) => slot.replaceChildren(...[setAsideNotice(entries, actions)].filter((n): n is HTMLElement => n !== null));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LOCAL.userLayerSetAside in changes) render(setAsideEntries(changes[LOCAL.userLayerSetAside]?.newValue));
  });
  render(initial);
  return slot;
}

function saveErrorSlot(): { element: HTMLElement; show: (error: unknown) => void } {
  const element = el('div', { id: 'save-error', attrs: { role: 'alert' } });
  const show = (error: unknown) => element.replaceChildren(el('p', { class: 'notice', text: t('layerSaveFailed', [String(error)]) }));
  return { element, show };
}

async function main(): Promise<void> {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.title = `${t('extName')} — ${t('optionsTitle')}`;
  const root = document.getElementById('options')!;
  const saveError = saveErrorSlot();
  const { store, setAside } = await createLayerStore({ area: browser.storage.local, changes: browser.storage.onChanged, bundled, onSaveError: saveError.show });
  const parts = [
    el('h1', { text: `${t('extName')} — ${t('optionsTitle')}` }),
    location.hash === '#welcome' ? welcome() : el('p', { class: 'status', text: t('privacyPromise') }),
    setAsideSlot(setAside),
    saveError.element,
    await settingsSection(jurisdictionChoices(bundled, store.get())),
    datasetSection(bundled, store, location.hash),
    importExportSection(bundled, store),
  ];
  root.replaceChildren(...parts);
  root.dataset.state = 'ready';
  root.setAttribute('aria-busy', 'false');
}

void main();
