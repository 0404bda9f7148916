// Export the user's changes as a file, and import a file: a preview first (added, changed, conflicting),
// then all or nothing on confirm. Export is also how to propose a correction to the bundled dataset.
import type { CompiledDataset } from '../shared/compiled-dataset';
import { formatProblem } from '../shared/dataset-rules';
import { el } from '../shared/dom';
import { previewImport } from '../shared/edit-model/import-preview';
import { t } from '../shared/i18n';
import { exportLayer } from '../shared/user-edits';
import { saveLayer } from './guarded-save';
import { importPreviewView } from './import-preview-view';
import type { LayerStore } from './layer-store';

const MAX_SHOWN_PROBLEMS = 20;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { attrs: { href: url, download: name } });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function importExportSection(bundled: CompiledDataset, store: LayerStore, others?: () => Promise<number>): HTMLElement {
  const status = el('div', { id: 'import-status', class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const previewSlot = el('div', { id: 'import-preview-slot' });
  const exportButton = el('button', { id: 'export', text: t('exportButton'), attrs: { type: 'button' } });
  exportButton.addEventListener('click', () => download(exportLayer(store.get()), 'jurisdiction-lens-my-changes.json'));
  const input = el('input', { id: 'import-file', attrs: { type: 'file', accept: 'application/json,.json' } });
  const reject = (problems: Parameters<typeof formatProblem>[0][]) => {
    const shown = problems.slice(0, MAX_SHOWN_PROBLEMS).map(formatProblem).join('\n');
    status.replaceChildren(el('p', { class: 'problems', attrs: { role: 'alert' }, text: `${t('importRejected')}\n${shown}` }));
  };
  /** Applies the file to the layer as it is now (another page may have changed it since the preview). */
  const apply = async (text: string) => {
    previewSlot.replaceChildren();
    const result = previewImport(bundled, store.get(), text);
    if (!result.ok) return reject(result.problems);
    const error = await saveLayer(store, result.layer, others);
    if (error) return void status.replaceChildren(el('p', { class: 'problems', attrs: { role: 'alert' }, text: error }));
    const changed = result.changed.length + result.conflicting.length;
    status.replaceChildren(el('p', { text: t('importDone', [String(result.added.length), String(changed), String(result.hidden.length)]) }));
  };
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const preview = previewImport(bundled, store.get(), text);
    if (!preview.ok) return reject(preview.problems);
    status.replaceChildren();
    previewSlot.replaceChildren(importPreviewView(preview, () => void apply(text), () => (previewSlot.replaceChildren(), status.replaceChildren(el('p', { text: t('importCancelled') })))));
    previewSlot.querySelector<HTMLElement>('#import-confirm')?.focus();
  });
  return el(
    'section',
    { id: 'import-export' },
    el('h2', { text: t('importExportTitle') }),
    el('p', { text: t('importExportHelp') }),
    el('div', { class: 'toolbar' }, exportButton, el('label', { text: t('importLabel'), attrs: { for: 'import-file' } }), input),
    previewSlot,
    status,
  );
}
