// Browse, search, add, edit, hide and reset records. Records are edited in a form generated from the
// field table (form-editor/), with the raw JSON a toggle away; nothing is saved unless the whole
// effective dataset stays valid.
import type { CompiledDataset } from '../shared/compiled-dataset';
import { el } from '../shared/dom';
import { resetAll } from '../shared/edit-model/record-edits';
import { parseAddHash } from '../shared/editor-links';
import { t } from '../shared/i18n';
import { formEditor } from './form-editor/editor-panel';
import { prefillNotes } from './form-editor/prefill-notes';
import { saveLayer } from './guarded-save';
import type { LayerStore } from './layer-store';
import type { ListEntry } from './record-search';
import { listEntries, matches } from './record-search';
import { newAppTemplate, newTemplate } from './templates';

function listItem(e: ListEntry, current: string | null, onOpen: (key: string) => void): HTMLElement {
  const tags = [e.tag === 'bundled' ? null : t(`tag_${e.tag}`), e.updated ? t('tagUpdated') : null].filter((x): x is string => x !== null);
  const b = el('button', { attrs: { type: 'button', 'aria-current': String(e.key === current) } }, `${e.name} · ${t(`kind_${e.kind}`)}`, ...tags.map((text) => el('span', { class: 'tag', text })));
  b.addEventListener('click', () => onOpen(e.key));
  return el('li', {}, b);
}

export function datasetSection(bundled: CompiledDataset, store: LayerStore, hash: string): HTMLElement {
  const search = el('input', { id: 'search', attrs: { type: 'search', 'aria-label': t('searchLabel'), placeholder: t('searchLabel') } });
  const list = el('ul', { id: 'record-list', class: 'record-list', attrs: { 'aria-label': t('recordListLabel') } });
  const status = el('p', { id: 'dataset-status', class: 'status', attrs: { role: 'status' } });
  const prefillSlot = el('div', { id: 'prefill-slot' });
  const editor = formEditor(bundled, store, () => renderList());

  function renderList(): void {
    const q = search.value.trim().toLowerCase();
    const shown = listEntries(bundled, store.get()).filter((e) => !q || matches(e, q));
    list.replaceChildren(...shown.map((e) => listItem(e, editor.current(), (key) => (prefillSlot.replaceChildren(), editor.open(key)))));
  }
  const kindSelect = el('select', { id: 'new-kind', attrs: { 'aria-label': t('newKindLabel') } }, ...['app', 'entity', 'jurisdiction', 'glossary'].map((k) => el('option', { text: t(`kind_${k}`), attrs: { value: k } })));
  const add = el('button', { id: 'new-record', text: t('newRecord'), attrs: { type: 'button' } });
  add.addEventListener('click', () => (prefillSlot.replaceChildren(), editor.openNew(newTemplate(kindSelect.value))));
  const resetEverything = el('button', { id: 'reset-all', text: t('resetAll'), attrs: { type: 'button' } });
  resetEverything.addEventListener('click', async () => {
    if (!Object.keys(store.get().overrides).length || !window.confirm(t('resetAllConfirm'))) return;
    status.textContent = (await saveLayer(store, resetAll())) ?? t('resetAllDone');
  });
  search.addEventListener('input', renderList);
  store.onChange(renderList);
  renderList();

  const prefill = parseAddHash(hash);
  const editMatch = /^#edit=(.+)$/.exec(hash);
  if (prefill) {
    editor.openNew(newAppTemplate(prefill, bundled, store.get()));
    prefillSlot.replaceChildren(prefillNotes(prefill, bundled, store.get()));
  } else if (editMatch) editor.open(decodeURIComponent(editMatch[1]!));

  return el(
    'section',
    { id: 'dataset' },
    el('h2', { text: t('datasetTitle') }),
    el('p', { text: t('datasetHelp') }),
    el('div', { class: 'toolbar' }, search, kindSelect, add, resetEverything),
    status,
    el('div', { class: 'dataset' }, list, el('div', {}, prefillSlot, editor.element)),
  );
}
