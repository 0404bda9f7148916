// Renders a Report as DOM: the level and the verdict first, then the sections of the design (who
// controls the data, laws, what the page declares, permission notes, events, sources), each folded
// or not by what matters for this report. Takes the translate function as a parameter so tests can
// run it in jsdom without a browser. Every dataset and page string goes in as text, never as markup.
import { el } from '../shared/dom';
import type { ChainLink, Report } from '../shared/report-types';
import { icon } from './icons';
import type { Locale, Translate } from './phrase';
import { phrase, phraseNodes, refLinks } from './phrase';
import { eventsSection, pageSection, permissionsSection, sourcesSection } from './render-findings';
import { pageCountrySection } from './render-page-country';
import { lawsSection } from './render-laws';
import { levelPill, origin, section } from './render-parts';
import { appName, levelWhy, verdictPhrases } from './verdict';

export type { Translate } from './phrase';
export { levelPill } from './render-parts';

function chainItem(link: ChainLink, loc: Locale): HTMLElement {
  const role =
    link.role === 'publisher'
      ? phrase('rolePublisher')
      : phrase(link.role === 'parent' ? 'roleParent' : 'roleController', { name: link.of ?? '' });
  const where =
    link.domicile.id === link.headquarters.id
      ? phrase('domicileSame', { name: link.domicile.name })
      : phrase('domicileHq', { name: link.domicile.name }, { name: link.headquarters.name });
  return el(
    'li',
    { class: `chain-${link.role}` },
    el('strong', { text: link.name, attrs: { dir: 'auto' } }),
    ' — ',
    ...phraseNodes(role, loc),
    // The brackets stay outside the isolated name, so a right-to-left region cannot flip them.
    link.region ? el('span', { class: 'region' }, ' (', el('bdi', { text: link.region }), ')') : null,
    refLinks(link.sources, loc.t),
    el('span', { class: 'where' }, ...phraseNodes(where, loc), refLinks(link.placeSources, loc.t), origin(link.origin, loc.t)),
  );
}

function controlSection(report: Report, loc: Locale): HTMLElement | null {
  if (!report.app) return null;
  return section('control', loc.t('sectionControl'), true, null, el('ul', { class: 'chain' }, ...report.chain.map((c) => chainItem(c, loc))));
}

/** Out of date and disputed: each with its own icon, colour and words, never the look of "safe". */
function notices(report: Report, loc: Locale): HTMLElement[] {
  const out: HTMLElement[] = [];
  const notice = (kind: 'stale' | 'disputed', title: string, ...body: (Node | string)[]) =>
    el('div', { class: `notice ${kind}`, id: `notice-${kind}`, attrs: { role: 'note' } }, icon(kind), el('p', {}, el('strong', { text: title }), ' ', ...body));
  if (report.app?.stale) out.push(notice('stale', loc.t('staleTitle'), ...phraseNodes(phrase('staleWarning', { date: report.app.lastReviewed }), loc)));
  if (report.disputed) out.push(notice('disputed', loc.t('disputedTitle'), loc.t('disputedWarning')));
  return out;
}

const sentences = (phrases: ReturnType<typeof verdictPhrases>, loc: Locale) => phrases.flatMap((p, i) => [...(i ? [' '] : []), ...phraseNodes(p, loc)]);

/** The whole report; the caller adds the action buttons. `lang` formats dates and lists. */
export function renderReport(report: Report, t: Translate, lang = 'en'): HTMLElement[] {
  const loc: Locale = { t, lang };
  return [
    el(
      'header',
      {},
      el('h1', { id: 'app-name', text: appName(report), attrs: { dir: 'auto' } }),
      el('p', { class: 'store' }, ...phraseNodes(phrase('storeLine', report.storeLabel, { name: report.storeId }), loc)),
      levelPill(report.level, t),
    ),
    ...notices(report, loc),
    el('p', { id: 'verdict' }, ...sentences(verdictPhrases(report), loc)),
    el('p', { id: 'level-why', class: 'why' }, ...sentences(levelWhy(report), loc)),
    controlSection(report, loc),
    lawsSection(report, loc),
    pageSection(report, loc),
    pageCountrySection(report, loc),
    permissionsSection(report, loc),
    eventsSection(report, loc),
    sourcesSection(report, loc),
    report.app ? el('p', { class: 'reviewed' }, ...phraseNodes(phrase('lastReviewed', { date: report.app.lastReviewed }), loc), ' ', origin(report.app.origin, t)) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
