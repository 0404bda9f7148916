// Export the user's changes as a file, and import a file, all or nothing. Export is also how to
// propose a correction to the bundled dataset.
import type { CompiledDataset } from '../shared/compiled-dataset';
import { formatProblem } from '../shared/dataset-rules';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';
import { exportLayer, importLayer } from '../shared/user-edits';
import type { LayerStore } from './main';

const MAX_SHOWN_PROBLEMS = 20;

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = el('a', { attrs: { href: url, download: name } });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function importExportSection(bundled: CompiledDataset, store: LayerStore): HTMLElement {
  const status = el('div', { id: 'import-status', class: 'status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const exportButton = el('button', { id: 'export', text: t('exportButton'), attrs: { type: 'button' } });
  exportButton.addEventListener('click', () => download(exportLayer(store.get()), 'jurisdiction-lens-my-changes.json'));
  const input = el('input', { id: 'import-file', attrs: { type: 'file', accept: 'application/json,.json' } });
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    const result = importLayer(bundled, store.get(), await file.text());
    input.value = '';
    if (!result.ok) {
      const shown = result.problems.slice(0, MAX_SHOWN_PROBLEMS).map(formatProblem).join('\n');
      status.replaceChildren(el('p', { class: 'problems', attrs: { role: 'alert' }, text: `${t('importRejected')}\n${shown}` }));
      return;
    }
    await store.save(result.layer);
    const { added, changed, hidden } = result.summary;
    status.replaceChildren(el('p', { text: t('importDone', [String(added.length), String(changed.length), String(hidden.length)]) }));
  });
  return el(
    'section',
    { id: 'import-export' },
    el('h2', { text: t('importExportTitle') }),
    el('p', { text: t('importExportHelp') }),
    el('div', { class: 'toolbar' }, exportButton, el('label', { text: t('importLabel'), attrs: { for: 'import-file' } }), input),
    status,
  );
}
