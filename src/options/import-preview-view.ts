// The preview of an import: what the file adds, changes, hides, and where it conflicts with changes
// the user made here (the file's version would replace theirs). Nothing is stored until "Import".
import { el } from '../shared/dom';
import type { ImportPreview } from '../shared/edit-model/import-preview';
import { t } from '../shared/i18n';

const MAX_NAMED = 50;
const GROUPS = [
  ['added', 'previewAdded'],
  ['changed', 'previewChanged'],
  ['conflicting', 'previewConflicting'],
  ['hidden', 'previewHidden'],
  ['unchanged', 'previewUnchanged'],
] as const;

export function importPreviewView(preview: ImportPreview, onConfirm: () => void, onCancel: () => void): HTMLElement {
  const groups = GROUPS.filter(([k]) => preview[k].length).map(([k, label]) => {
    const keys = preview[k];
    const named = keys.slice(0, MAX_NAMED).join(', ') + (keys.length > MAX_NAMED ? ', …' : '');
    return el('li', { class: k === 'conflicting' ? 'conflict' : '' }, el('strong', { text: t(label, [String(keys.length)]) }), ' ', named);
  });
  const confirm = el('button', { id: 'import-confirm', text: t('importConfirm'), attrs: { type: 'button' } });
  const cancel = el('button', { id: 'import-cancel', text: t('importCancel'), attrs: { type: 'button' } });
  confirm.addEventListener('click', onConfirm);
  cancel.addEventListener('click', onCancel);
  return el(
    'div',
    { id: 'import-preview', class: 'notice' },
    el('h3', { text: t('previewTitle') }),
    el('ul', {}, ...groups),
    preview.conflicting.length ? el('p', { text: t('previewConflictHelp') }) : null,
    el('div', { class: 'toolbar' }, confirm, cancel),
  );
}
