// The popup: asks the background for the active tab's report and renders it.
import browser from '../shared/browser';
import { el } from '../shared/dom';
import { addHash, editHash } from '../shared/editor-links';
import { t, uiLanguage } from '../shared/i18n';
import type { Report } from '../shared/report-types';
import { sendMessage } from '../shared/send-message';
import { identifyApp } from '../shared/stores';
import { copyReportButton } from './copy-report';
import type { Locale } from './phrase';
import { levelPill, renderReport } from './render-report';

/** The tab to report on: ?tab=<id> when opened as a page (tests, "open in a tab"), else the active tab. */
async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function openOptions(hash: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`options.html${hash}`) });
  window.close();
}

function actions(report: Report, loc: Locale): HTMLElement {
  const status = el('p', { id: 'action-status', class: 'status', attrs: { role: 'status' } });
  const bar = el('nav', { class: 'actions', attrs: { 'aria-label': t('actionsLabel') } });
  const button = (text: string, hash: string) => {
    const b = el('button', { text, attrs: { type: 'button' } });
    b.addEventListener('click', () => openOptions(hash));
    return b;
  };
  bar.append(copyReportButton(report, loc, status));
  if (report.app) bar.append(button(t('editEntry'), editHash('app', report.app.id)));
  else bar.append(button(t('addEntry'), addHash(report, identifyApp(report.url)?.type ?? 'android')));
  bar.append(button(t('openOptions'), ''));
  return el('div', { class: 'actions-area' }, bar, status);
}

function renderNotApp(root: HTMLElement): void {
  root.replaceChildren(
    el('header', {}, el('h1', { id: 'app-name', text: t('extName') }), levelPill('none', t)),
    el('p', { id: 'verdict', text: t('popupNotApp') }),
    el('p', { class: 'gap', text: t('popupNotAppHelp') }),
  );
  root.dataset.level = 'none';
}

/** A footnote mark unfolds the sources and moves the focus to the source it names. */
function followFootnotes(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    const link = (event.target as Element).closest?.('a.ref');
    const target = link && document.getElementById(link.getAttribute('href')!.slice(1));
    if (!target) return;
    event.preventDefault();
    const details = target.closest('details');
    if (details) details.open = true;
    target.focus();
    target.scrollIntoView({ block: 'nearest' });
  });
}

async function main(): Promise<void> {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.documentElement.dir = t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  document.title = t('extName');
  const root = document.getElementById('report')!;
  const tabId = await targetTabId();
  const report = tabId === undefined ? null : await sendMessage({ type: 'get-report', tabId });
  if (!report) renderNotApp(root);
  else {
    const loc: Locale = { t, lang: uiLanguage() };
    root.replaceChildren(...renderReport(report, t, loc.lang), actions(report, loc));
    root.dataset.level = report.level;
    root.dataset.stale = String(!!report.app?.stale);
    root.dataset.disputed = String(report.disputed);
    followFootnotes(root);
  }
  root.dataset.state = 'ready';
  root.setAttribute('aria-busy', 'false');
}

main().catch((error: unknown) => {
  const root = document.getElementById('report')!;
  root.replaceChildren(el('p', { class: 'error', attrs: { role: 'alert' }, text: t('popupError', [String(error)]) }));
  root.dataset.state = 'error';
});
