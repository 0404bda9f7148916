// The record editor: a form generated from the field table, the raw JSON behind a toggle, validation
// as the user types, and saving that refuses anything invalid, stale or too big while keeping the
// draft in the form. Replaces the JSON-only editor of issue 1.
import type { CompiledDataset } from '../../shared/compiled-dataset';
import type { Problem } from '../../shared/dataset-rules';
import type { DatasetRecord, RecordKind } from '../../shared/dataset-types';
import { RECORD_KINDS } from '../../shared/dataset-types';
import { el } from '../../shared/dom';
import { baseChanged, keepMine } from '../../shared/edit-model/base-drift';
import type { Path } from '../../shared/edit-model/json-pointer';
import { setAt } from '../../shared/edit-model/json-pointer';
import { diffRecords } from '../../shared/edit-model/record-diff';
import { saveDraft } from '../../shared/edit-model/record-edits';
import { isStale, revisionOf } from '../../shared/edit-model/save-guard';
import { EffectiveDataset } from '../../shared/effective-dataset';
import { t } from '../../shared/i18n';
import type { EditResult } from '../../shared/user-edits';
import type { UserLayer } from '../../shared/user-layer';
import { hideRecord, resetRecord } from '../../shared/user-edits';
import { saveLayer } from '../guarded-save';
import type { LayerStore } from '../layer-store';
import { diffTable } from './diff-view';
import { driftNotice, staleNotice } from './editor-notices';
import { jsonView } from './json-view';
import type { FieldSlot } from './problem-list';
import { showProblems } from './problem-list';
import { recordForm } from './record-form';

const kindOf = (draft: unknown): RecordKind | null => {
  const k = (draft as { kind?: unknown } | null)?.kind;
  return RECORD_KINDS.includes(k as RecordKind) ? (k as RecordKind) : null;
};

export function formEditor(bundled: CompiledDataset, store: LayerStore, onOpened: (key: string | null) => void) {
  const heading = el('h3', { id: 'editor-heading', text: t('editorEmpty') });
  const notices = el('div', { id: 'editor-notices' });
  const formSlot = el('div', { class: 'form-slot' });
  const problems = el('div', { id: 'editor-problems', class: 'problems', attrs: { role: 'status' } });
  const status = el('p', { id: 'editor-status', class: 'status', attrs: { role: 'status' } });
  const diff = el('details', { id: 'record-diff' });
  const buttons = { save: button('save', 'saveRecord'), hide: button('hide', 'hideRecord'), reset: button('reset', 'resetRecord') };
  const json = jsonView((text) => void fromJson(text));
  let key: string | null = null;
  let openedRev = '';
  let draft: unknown;
  let slots = new Map<string, FieldSlot>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const choices = (kind: RecordKind) => new EffectiveDataset(bundled, store.get()).all(kind).map(({ record: r }) => ({ id: r.id, label: `${r.kind === 'entity' ? r.legalName : r.kind === 'glossary' ? r.title : r.name} (${r.id})` }));

  function render(): void {
    const kind = kindOf(draft);
    slots = new Map();
    const register = (pointer: string, control: HTMLElement, message: HTMLElement) => slots.set(pointer, { control, message });
    formSlot.replaceChildren(kind ? recordForm(kind, { draft: () => draft, change, choices, register }) : el('p', { text: t('noFormForKind') }));
    json.show(draft);
    renderNotices();
    validate();
  }

  function change(path: Path, value: unknown, structural = false): void {
    draft = setAt(draft, path, value);
    json.show(draft);
    status.textContent = '';
    if (structural) return render();
    clearTimeout(timer);
    timer = setTimeout(validate, 200);
  }

  /** Takes the JSON text into the draft and the form; false (and the problem shown) when it does not parse. */
  function fromJson(text: string): boolean {
    try {
      draft = JSON.parse(text);
    } catch (error) {
      show([{ record: key ?? t('newRecord'), field: '/', message: `${t('notJson')}: ${(error as Error).message}` }]);
      return false;
    }
    const edited = json.textarea.value;
    render();
    json.textarea.value = edited; // keep the user's own formatting while they type
    return true;
  }

  const show = (list: readonly Problem[]) => showProblems(kindOf(draft), list, slots, problems);
  const check = (): EditResult => saveDraft(bundled, store.get(), draft, key);

  function validate(): void {
    const result = check();
    show(result.ok ? [] : result.problems);
    const base = key ? bundled.records[key] : undefined;
    const kind = kindOf(draft);
    diff.hidden = !base || !kind;
    if (base && kind) diff.replaceChildren(el('summary', { text: t('diffTitle') }), diffTable(kind, diffRecords(base, draft)));
  }

  function renderNotices(): void {
    const actions = { keepMine: () => void write(keepMine(bundled, store.get(), key!), 'savedRecord'), takeBundled: () => void run(resetRecord(bundled, store.get(), key!), 'resetDone'), reload: () => key && open(key) };
    const stale = key !== null && isStale(store.get(), key, openedRev);
    notices.replaceChildren(...[stale ? staleNotice(actions) : null, key && baseChanged(bundled, key, store.get().overrides[key]) ? driftNotice(actions) : null].filter((n): n is HTMLElement => n !== null));
  }

  /** Writes the layer unless the record changed elsewhere since it was opened; the draft stays on refusal. */
  async function write(layer: UserLayer, done: string, reopen = key): Promise<boolean> {
    if (key !== null && isStale(store.get(), key, openedRev)) {
      renderNotices();
      status.textContent = t('staleSaveRefused');
      return false;
    }
    const error = await saveLayer(store, layer);
    if (error) return (status.textContent = error), false;
    if (reopen) open(reopen);
    status.textContent = t(done);
    return true;
  }

  async function run(result: EditResult, done: string): Promise<void> {
    if (!result.ok) return show(result.problems), void (status.textContent = t('saveRefused'));
    await write(result.layer, done);
  }

  buttons.save.addEventListener('click', () => void save());
  buttons.hide.addEventListener('click', () => key && void run(hideRecord(bundled, store.get(), key), 'hiddenRecord'));
  buttons.reset.addEventListener('click', () => key && void run(resetRecord(bundled, store.get(), key), 'resetDone'));
  store.onChange(() => key !== null && renderNotices());

  async function save(): Promise<void> {
    // The JSON was changed and not yet taken into the form (typed a moment ago, or set by a script).
    if (json.edited() && !fromJson(json.textarea.value)) return void (status.textContent = t('saveRefused'));
    const result = check();
    if (!result.ok) return show(result.problems), void (status.textContent = t('saveRefused'));
    const saved = draft as DatasetRecord;
    await write(result.layer, 'savedRecord', `${saved.kind}:${saved.id}`);
  }

  function open(k: string): void {
    const o = store.get().overrides[k];
    key = k;
    openedRev = revisionOf(store.get(), k);
    draft = o?.record ?? bundled.records[k];
    const tag = o ? ` (${t(o.hidden ? 'tag_hidden' : bundled.records[k] ? 'tag_edited' : 'tag_added')})` : '';
    heading.textContent = `${k}${tag}`;
    buttons.reset.disabled = !o;
    buttons.hide.disabled = !!o?.hidden;
    status.textContent = '';
    render();
    onOpened(k);
  }

  function openNew(template: unknown): void {
    key = null;
    openedRev = '';
    draft = template;
    heading.textContent = t('newRecord');
    buttons.reset.disabled = true;
    buttons.hide.disabled = true;
    status.textContent = '';
    render();
    onOpened(null);
  }

  // The actions stay in view above a long form (sticky, options.css); problems and status sit with them.
  const actions = el('div', { class: 'toolbar editor-actions' }, buttons.save, buttons.hide, buttons.reset, status);
  const element = el('div', { class: 'editor' }, heading, notices, actions, problems, diff, json.element, formSlot);
  diff.hidden = true;
  return { element, open, openNew, current: () => key };
}

function button(id: string, key: string): HTMLButtonElement {
  return el('button', { id: `${id}-record`, text: t(key), attrs: { type: 'button' } });
}
