// Notices above the form: the bundled record changed since the user edited it (keep mine, or take the
// update), and the record was changed in another options page since it was opened here (reload it).
import { el } from '../../shared/dom';
import { t } from '../../shared/i18n';

export interface NoticeActions {
  keepMine(): void;
  takeBundled(): void;
  reload(): void;
}

function button(id: string, key: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { id, text: t(key), attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

export function driftNotice(actions: NoticeActions): HTMLElement {
  return el(
    'div',
    { id: 'drift-notice', class: 'notice' },
    el('p', { text: t('driftNotice') }),
    el('div', { class: 'toolbar' }, button('drift-keep', 'driftKeepMine', actions.keepMine), button('drift-take', 'driftTakeBundled', actions.takeBundled)),
  );
}

export function staleNotice(actions: NoticeActions): HTMLElement {
  return el('div', { id: 'stale-notice', class: 'notice', attrs: { role: 'alert' } }, el('p', { text: t('staleRecord') }), button('reload-record', 'reloadRecord', actions.reload));
}
