// Building blocks of the popup: collapsible sections, the level indicator, origin tags.
import { el } from '../shared/dom';
import type { Level } from '../shared/report-types';
import type { Translate } from './phrase';
import { LEVEL_KEYS } from './verdict';

export type Origin = 'bundled' | 'user' | 'page';

/** The level as text, icon and colour together; the icon's shape differs per level too. */
const LEVEL_ICON: Record<Level, string> = { concern: '!', noted: 'i', unknown: '?', none: '–' };

export function levelPill(level: Level, t: Translate): HTMLElement {
  return el(
    'p',
    { class: `level level-${level}`, id: 'level' },
    el('span', { class: 'level-icon', text: LEVEL_ICON[level], attrs: { 'aria-hidden': 'true' } }),
    el('span', { class: 'visually-hidden', text: `${t('levelLabel')} ` }),
    el('span', { class: 'level-text', text: t(LEVEL_KEYS[level]) }),
  );
}

const ORIGIN_KEYS: Record<Origin, string> = { bundled: 'originBundled', user: 'originUser', page: 'originPage' };

/** Where a statement comes from: the bundled dataset, the user's own edits, or the store page. */
export function origin(o: Origin, t: Translate): HTMLElement {
  return el('span', { class: `origin origin-${o}`, text: t(ORIGIN_KEYS[o]) });
}

/** A section that can be folded; `open` says whether it starts unfolded. The count tells what a
 *  folded section holds. */
export function section(id: string, title: string, open: boolean, count: number | null, ...body: (Node | null)[]): HTMLElement {
  const summary = el('summary', {}, el('h2', { text: title }), count === null ? null : el('span', { class: 'count', text: String(count) }));
  const details = el('details', { id, class: 'section' }, summary, ...body);
  details.open = open;
  return details;
}

/** A folded group inside a section ("5 other laws"). */
export function foldout(className: string, title: (Node | string)[], ...body: Node[]): HTMLElement {
  return el('details', { class: `foldout ${className}` }, el('summary', {}, ...title), ...body);
}
