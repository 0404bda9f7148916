// The notice shown when stored changes could not be used and were set aside (load-user-layer.ts):
// what was set aside, a download of it exactly as it was found, and a way to delete it once dealt with.
import type { SetAsideEntry } from '../shared/load-user-layer';
import { WHOLE_LAYER } from '../shared/load-user-layer';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';

const MAX_NAMED = 10;
export const SET_ASIDE_FILE = 'jurisdiction-lens-set-aside.json';

export interface SetAsideActions {
  /** Removes the set-aside copy from storage. */
  remove(): Promise<void>;
  /** Asks the user to confirm a deletion (window.confirm in the page). */
  confirm(question: string): boolean;
  /** Saves text as a file on the user's computer. */
  download(text: string, name: string): void;
}

/** What the download holds: every set-aside entry with the stored value as it was found. */
export function setAsideFile(entries: readonly SetAsideEntry[]): string {
  const file = { format: 'jurisdiction-lens-set-aside', version: 1, entries };
  try {
    return `${JSON.stringify(file, null, 2)}\n`;
  } catch {
    // Not serialisable as it is (Firefox storage can hold cycles): keep what text can say.
    return `${JSON.stringify({ ...file, entries: entries.map((e) => ({ ...e, value: String(e.value) })) }, null, 2)}\n`;
  }
}

/** The notice, or null when nothing is set aside. */
export function setAsideNotice(entries: readonly SetAsideEntry[], actions: SetAsideActions): HTMLElement | null {
  if (!entries.length) return null;
  const keys = [...new Set(entries.flatMap((e) => e.rejected))].map((key) => (key === WHOLE_LAYER ? t('layerSetAsideWhole') : key));
  const named = keys.length > MAX_NAMED ? `${keys.slice(0, MAX_NAMED).join(', ')}, …` : keys.join(', ');
  const download = el('button', { id: 'set-aside-download', text: t('layerSetAsideDownload'), attrs: { type: 'button' } });
  const remove = el('button', { id: 'set-aside-delete', text: t('layerSetAsideDelete'), attrs: { type: 'button' } });
  const notice = el('section', { id: 'set-aside', class: 'notice', attrs: { role: 'alert' } }, el('p', { text: t('layerSetAside', [named]) }), el('div', { class: 'toolbar' }, download, remove));
  download.addEventListener('click', () => actions.download(setAsideFile(entries), SET_ASIDE_FILE));
  remove.addEventListener('click', async () => {
    if (!actions.confirm(t('layerSetAsideDeleteConfirm'))) return;
    await actions.remove();
    notice.remove();
  });
  return notice;
}

/** A download through a temporary object URL: no network involved. */
export function downloadText(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  el('a', { attrs: { href: url, download: name } }).click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
