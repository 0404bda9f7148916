// The popup: asks the background for the active tab's report and renders it.
import browser from '../shared/browser';
import { el } from '../shared/dom';
import { addHash, editHash } from '../shared/editor-links';
import { t } from '../shared/i18n';
import type { Report } from '../shared/report-types';
import { sendMessage } from '../shared/send-message';
import { identifyApp } from '../shared/stores';
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

function actions(report: Report): HTMLElement {
  const bar = el('nav', { class: 'actions', attrs: { 'aria-label': t('actionsLabel') } });
  const button = (text: string, hash: string) => {
    const b = el('button', { text, attrs: { type: 'button' } });
    b.addEventListener('click', () => openOptions(hash));
    return b;
  };
  if (report.app) bar.append(button(t('editEntry'), editHash('app', report.app.id)));
  else bar.append(button(t('addEntry'), addHash(report, identifyApp(report.url)?.type ?? 'android')));
  bar.append(button(t('openOptions'), ''));
  return bar;
}

function renderNotApp(root: HTMLElement): void {
  root.replaceChildren(
    el('header', {}, el('h1', { id: 'app-name', text: t('extName') }), levelPill('none', t)),
    el('p', { id: 'verdict', text: t('popupNotApp') }),
    el('p', { class: 'gap', text: t('popupNotAppHelp') }),
  );
  root.dataset.level = 'none';
}

async function main(): Promise<void> {
  document.documentElement.lang = t('@@ui_locale').replace('_', '-');
  document.title = t('extName');
  const root = document.getElementById('report')!;
  const tabId = await targetTabId();
  const report = tabId === undefined ? null : await sendMessage({ type: 'get-report', tabId });
  if (!report) renderNotApp(root);
  else {
    root.replaceChildren(...renderReport(report, t), actions(report));
    root.dataset.level = report.level;
  }
  root.dataset.state = 'ready';
  root.setAttribute('aria-busy', 'false');
}

main().catch((error: unknown) => {
  const root = document.getElementById('report')!;
  root.replaceChildren(el('p', { class: 'error', attrs: { role: 'alert' }, text: t('popupError', [String(error)]) }));
  root.dataset.state = 'error';
});
