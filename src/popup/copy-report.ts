// The "Copy report" button. navigator.clipboard.writeText works in an extension page without the
// "clipboardWrite" permission when it runs in a user-initiated event (a click here), in Chrome and
// Firefox alike, so the extension asks for no new permission. If the browser still refuses, the text
// is shown selected so the user can copy it by hand.
import { el } from '../shared/dom';
import type { Report } from '../shared/report-types';
import type { Locale } from './phrase';
import { reportMarkdown } from './report-markdown';

export function copyReportButton(report: Report, loc: Locale, status: HTMLElement): HTMLButtonElement {
  const button = el('button', { id: 'copy-report', text: loc.t('copyReport'), attrs: { type: 'button' } });
  button.addEventListener('click', async () => {
    const text = reportMarkdown(report, loc);
    try {
      await navigator.clipboard.writeText(text);
      status.replaceChildren(loc.t('copyDone'));
    } catch (error) {
      showForManualCopy(status, text, loc, error);
    }
  });
  return button;
}

function showForManualCopy(status: HTMLElement, text: string, loc: Locale, error: unknown): void {
  const area = el('textarea', { id: 'copy-fallback', attrs: { readonly: '', rows: '6', 'aria-label': loc.t('copyFallbackLabel') } });
  area.value = text;
  status.replaceChildren(el('span', { text: loc.t('copyFailed', [error instanceof Error ? error.message : String(error)]) }), area);
  area.focus();
  area.select();
}
