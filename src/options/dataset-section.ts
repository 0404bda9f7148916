// Browse, search, add, edit, hide and reset records. The editor is raw JSON for now, checked as the
// user types; nothing is saved unless the whole effective dataset stays valid.
import type { CompiledDataset } from '../shared/compiled-dataset';
import type { Problem } from '../shared/dataset-rules';
import { formatProblem, schemaProblems } from '../shared/dataset-rules';
import type { DatasetRecord } from '../shared/dataset-types';
import { el } from '../shared/dom';
import { parseAddHash } from '../shared/editor-links';
import { EffectiveDataset } from '../shared/effective-dataset';
import { t } from '../shared/i18n';
import type { EditResult } from '../shared/user-edits';
import { hideRecord, resetRecord, saveRecord } from '../shared/user-edits';
import type { LayerStore } from './main';
import { newAppTemplate, newTemplate } from './templates';

interface ListEntry {
  key: string;
  label: string;
  tag: 'bundled' | 'edited' | 'added' | 'hidden';
  search: string;
}

function entries(bundled: CompiledDataset, store: LayerStore): ListEntry[] {
  const layer = store.get();
  const data = new EffectiveDataset(bundled, layer);
  const keys = new Set([...Object.keys(bundled.records), ...Object.keys(layer.overrides)]);
  return [...keys].sort().map((key) => {
    const [kind, id] = key.split(':') as [DatasetRecord['kind'], string];
    const record = data.get(kind, id)?.record ?? bundled.records[key];
    const o = layer.overrides[key];
    const tag = o?.hidden ? 'hidden' : o?.record ? (bundled.records[key] ? 'edited' : 'added') : 'bundled';
    const label = record ? `${labelOf(record)} · ${t(`kind_${kind}`)}` : key;
    return { key, label, tag, search: JSON.stringify(record ?? key).toLowerCase() };
  });
}

function labelOf(r: DatasetRecord): string {
  if (r.kind === 'entity') return r.legalName;
  if (r.kind === 'glossary') return r.title;
  return r.name;
}

export function datasetSection(bundled: CompiledDataset, store: LayerStore, hash: string): HTMLElement {
  const search = el('input', { id: 'search', attrs: { type: 'search', 'aria-label': t('searchLabel'), placeholder: t('searchLabel') } });
  const list = el('ul', { id: 'record-list', class: 'record-list', attrs: { 'aria-label': t('recordListLabel') } });
  const editor = createEditor(bundled, store);
  let current: string | null = null;

  const renderList = () => {
    const q = search.value.trim().toLowerCase();
    list.replaceChildren(
      ...entries(bundled, store)
        .filter((e) => !q || e.search.includes(q))
        .map((e) => {
          const b = el('button', { attrs: { type: 'button', 'aria-current': String(e.key === current) } }, e.label, e.tag === 'bundled' ? null : el('span', { class: 'tag', text: t(`tag_${e.tag}`) }));
          b.addEventListener('click', () => ((current = e.key), editor.open(e.key), renderList()));
          return el('li', {}, b);
        }),
    );
  };
  const kindSelect = el('select', { id: 'new-kind', attrs: { 'aria-label': t('newKindLabel') } }, ...['app', 'entity', 'jurisdiction', 'glossary'].map((k) => el('option', { text: t(`kind_${k}`), attrs: { value: k } })));
  const add = el('button', { id: 'new-record', text: t('newRecord'), attrs: { type: 'button' } });
  add.addEventListener('click', () => ((current = null), editor.openNew(newTemplate(kindSelect.value)), renderList()));
  search.addEventListener('input', renderList);
  store.onChange(renderList);
  renderList();

  const prefill = parseAddHash(hash);
  const editMatch = /^#edit=(.+)$/.exec(hash);
  if (prefill) editor.openNew(newAppTemplate(prefill));
  else if (editMatch) editor.open((current = decodeURIComponent(editMatch[1]!)));

  return el(
    'section',
    { id: 'dataset' },
    el('h2', { text: t('datasetTitle') }),
    el('p', { text: t('datasetHelp') }),
    el('div', { class: 'toolbar' }, search, kindSelect, add),
    el('div', { class: 'dataset' }, list, editor.element),
  );
}

function createEditor(bundled: CompiledDataset, store: LayerStore) {
  const heading = el('h3', { id: 'editor-heading', text: t('editorEmpty') });
  const textarea = el('textarea', { id: 'editor', attrs: { 'aria-label': t('editorLabel'), spellcheck: 'false', 'aria-describedby': 'editor-problems' } });
  const problems = el('div', { id: 'editor-problems', class: 'problems', attrs: { role: 'alert', 'aria-live': 'polite' } });
  const status = el('p', { id: 'editor-status', class: 'status', attrs: { role: 'status' } });
  const buttons = { save: button('save', 'saveRecord'), hide: button('hide', 'hideRecord'), reset: button('reset', 'resetRecord') };
  let key: string | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const showProblems = (list: Problem[]) => (problems.textContent = list.slice(0, 30).map(formatProblem).join('\n'));
  const parse = (): { record?: unknown; problems: Problem[] } => {
    try {
      const record: unknown = JSON.parse(textarea.value);
      return { record, problems: schemaProblems(record) };
    } catch (error) {
      return { problems: [{ record: key ?? t('newRecord'), field: '/', message: `${t('notJson')}: ${(error as Error).message}` }] };
    }
  };
  const apply = async (result: EditResult, message: string) => {
    if (!result.ok) return showProblems(result.problems);
    await store.save(result.layer);
    showProblems([]);
    status.textContent = message;
  };
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => showProblems(parse().problems), 250);
  });
  buttons.save.addEventListener('click', async () => {
    const parsed = parse();
    if (parsed.problems.length) return showProblems(parsed.problems);
    const result = saveRecord(bundled, store.get(), parsed.record, key ?? undefined);
    const saved = parsed.record as DatasetRecord;
    await apply(result, t('savedRecord'));
    if (result.ok) open(`${saved.kind}:${saved.id}`);
  });
  buttons.hide.addEventListener('click', () => key && void apply(hideRecord(bundled, store.get(), key), t('hiddenRecord')));
  buttons.reset.addEventListener('click', () => key && void apply(resetRecord(bundled, store.get(), key), t('resetDone')).then(() => key && open(key)));

  function open(k: string) {
    key = k;
    const o = store.get().overrides[k];
    const record = o?.record ?? bundled.records[k];
    heading.textContent = `${k}${o ? ` (${t(o.hidden ? 'tag_hidden' : bundled.records[k] ? 'tag_edited' : 'tag_added')})` : ''}`;
    textarea.value = record ? `${JSON.stringify(record, null, 2)}\n` : '';
    buttons.reset.disabled = !o;
    buttons.hide.disabled = !!o?.hidden;
    showProblems([]);
    status.textContent = '';
  }
  function openNew(template: Record<string, unknown>) {
    key = null;
    heading.textContent = t('newRecord');
    textarea.value = `${JSON.stringify(template, null, 2)}\n`;
    buttons.reset.disabled = true;
    buttons.hide.disabled = true;
    showProblems(parse().problems);
    status.textContent = '';
  }
  const element = el('div', { class: 'editor' }, heading, textarea, problems, el('div', { class: 'toolbar' }, buttons.save, buttons.hide, buttons.reset), status);
  return { element, open, openNew };
}

function button(id: string, key: string): HTMLButtonElement {
  return el('button', { id: `${id}-record`, text: t(key), attrs: { type: 'button' } });
}
