// The app's own findings: what the store page declares, permission notes, documented events, and the
// numbered sources every statement points to.
import { el, externalLink } from '../shared/dom';
import { declaredLists, explanationFinder, explanationText } from '../shared/explain-page';
import type { PermissionNote } from '../shared/dataset-types';
import type { Report } from '../shared/report-types';
import { icon } from './icons';
import type { Locale } from './phrase';
import { formatDate, phrase, phraseNodes, refLinks } from './phrase';
import { origin, section } from './render-parts';

/** Message keys of the platforms a permission note is about (message names allow no hyphen). */
export const PLATFORM_KEYS: Record<PermissionNote['platform'], string> = {
  android: 'platformAndroid',
  ios: 'platformIos',
  macos: 'platformMacos',
  windows: 'platformWindows',
  'browser-extension': 'platformBrowserExtension',
  all: 'platformAll',
};

export const EVENT_KEYS: Record<string, string> = {
  'government-action': 'eventGovernmentAction',
  'court-decision': 'eventCourtDecision',
  'regulator-fine': 'eventRegulatorFine',
  'research-finding': 'eventResearchFinding',
  incident: 'eventIncident',
  'company-statement': 'eventCompanyStatement',
};

export function pageSection(report: Report, { t }: Locale): HTMLElement {
  const p = report.page;
  const body: (Node | null)[] = [];
  if (report.pageStatus === 'pending') body.push(el('p', { class: 'gap', text: t('pagePending') }));
  else if (report.pageStatus === 'forbidden') body.push(el('p', { id: 'page-forbidden', class: 'gap', text: t('pageForbidden', [report.storeLabel]) }));
  else if (report.pageStatus === 'unavailable' || !p) body.push(el('p', { class: 'gap', text: t('pageUnavailable') }));
  if (p) {
    const row = (key: string, id: string, value: string | null) =>
      value ? el('div', { class: 'row' }, el('dt', { text: t(key) }), el('dd', { id, text: value, attrs: { dir: 'auto' } })) : null;
    const rows = [row('pageDeveloper', 'page-developer', p.developer), row('pageLegalName', 'page-legal-name', p.legalName), row('pageAddress', 'page-address', p.address)];
    if (rows.some(Boolean)) body.push(el('dl', {}, ...rows));
    const explain = explainer(report, t);
    for (const block of p.privacy) {
      body.push(el('h3', { text: block.heading, attrs: { dir: 'auto' } }), el('ul', { class: 'privacy' }, ...block.items.map((item) => explain(block.heading, item))));
    }
    const lists = declaredLists(p);
    for (const { scope, key, terms } of lists) {
      body.push(el('h3', { text: t(key) }), el('ul', { id: `page-${scope}`, class: 'privacy' }, ...terms.map((term) => explain(scope, term))));
    }
    if (!p.developer && !p.legalName && !p.address && !p.privacy.length && !lists.length) body.push(el('p', { class: 'gap', text: t('pageNothing') }));
    body.push(el('p', {}, origin('page', t)));
  }
  // Unfolded when the page is all there is to go on.
  return section('page', t('sectionPage', [report.storeLabel]), !report.app, null, ...body);
}

/** One declared term as the page names it, followed by what a glossary says it means, if one does. */
function explainer(report: Report, t: Locale['t']): (scope: string, term: string) => HTMLElement {
  const find = explanationFinder(report.explained);
  return (scope, term) => {
    const x = find(scope, term);
    const li = el('li', {}, el('span', { class: 'term', text: term, attrs: { dir: 'auto' } }));
    if (x) {
      li.append(el('span', { class: 'explain' }, ' — ', explanationText(x, t), refLinks(x.sources, t), x.origin === 'user' ? ' ' : null, x.origin === 'user' ? origin('user', t) : null));
    }
    return li;
  };
}

export function permissionsSection(report: Report, { t }: Locale): HTMLElement | null {
  if (!report.permissions.length) return null;
  const items = report.permissions.map((p) =>
    el('li', {}, el('strong', { text: `${p.permission} (${t(PLATFORM_KEYS[p.platform])})`, attrs: { dir: 'auto' } }), ': ', p.note, refLinks(p.sources, t), ' ', origin(p.origin, t)),
  );
  return section('permissions', t('sectionPermissions'), false, items.length, el('ul', {}, ...items));
}

export function eventsSection(report: Report, loc: Locale): HTMLElement | null {
  if (!report.events.length) return null;
  const { t } = loc;
  const items = report.events.map((e) => {
    const title = `${formatDate(e.date, loc.lang)} · ${t(EVENT_KEYS[e.kind] ?? 'eventIncident')}`;
    return el(
      'li',
      { class: e.disputed ? 'event disputed' : 'event' },
      el('strong', {}, title, e.jurisdiction ? ' · ' : null, e.jurisdiction ? el('bdi', { text: e.jurisdiction.name }) : null),
      e.disputed ? el('span', { class: 'disputed-mark' }, icon('disputed'), t('eventDisputed')) : null,
      el('span', { class: 'event-summary', attrs: { dir: 'auto' } }, e.summary, refLinks(e.sources, t)),
      origin(e.origin, t),
    );
  });
  return section('events', t('sectionEvents'), report.disputed, items.length, el('ul', {}, ...items));
}

export function sourcesSection(report: Report, loc: Locale): HTMLElement | null {
  if (!report.sources.length) return null;
  const items = report.sources.map((s) =>
    el(
      'li',
      { id: `source-${s.n}`, attrs: { value: String(s.n), tabindex: '-1' } },
      externalLink(s.url, s.title),
      ' — ',
      ...phraseNodes(phrase('sourceBy', { name: s.publisher }, { date: s.date }), loc),
    ),
  );
  const legend = el('p', { class: 'gap', text: loc.t('originLegend') });
  return section('sources-section', loc.t('sectionSources'), false, items.length, legend, el('ol', { id: 'sources' }, ...items));
}
