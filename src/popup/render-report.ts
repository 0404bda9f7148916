// Renders a Report as DOM. Takes the translate function as a parameter so tests can run it in jsdom
// without a browser. Every dataset and page string goes in as text, never as markup.
import { el, externalLink } from '../shared/dom';
import type { ChainLink, Level, Report } from '../shared/report-types';

export type Translate = (key: string, substitutions?: string | string[]) => string;

const LEVEL_ICON: Record<Level, string> = { concern: '!', noted: 'i', unknown: '?', none: '–' };
const LEVEL_KEY: Record<Level, string> = { concern: 'levelConcern', noted: 'levelNoted', unknown: 'levelUnknown', none: 'levelNone' };

export function levelPill(level: Level, t: Translate): HTMLElement {
  return el(
    'p',
    { class: `level level-${level}`, id: 'level' },
    el('span', { class: 'level-icon', text: LEVEL_ICON[level], attrs: { 'aria-hidden': 'true' } }),
    el('span', { text: t(LEVEL_KEY[level]) }),
  );
}

function refs(numbers: readonly number[]): HTMLElement | null {
  if (!numbers.length) return null;
  const sup = el('sup', { class: 'refs' });
  for (const n of numbers) sup.append(el('a', { text: `[${n}]`, attrs: { href: `#source-${n}` } }));
  return sup;
}

function origin(o: 'bundled' | 'user' | 'page', t: Translate): HTMLElement {
  const key = { bundled: 'originBundled', user: 'originUser', page: 'originPage' }[o];
  return el('span', { class: `origin origin-${o}`, text: t(key) });
}

function section(id: string, title: string, ...body: (Node | null)[]): HTMLElement {
  return el('details', { id, class: 'section', attrs: { open: '' } }, el('summary', {}, el('h2', { text: title })), ...body);
}

export function verdict(report: Report, t: Translate): string {
  const publisher = report.chain.find((c) => c.role === 'publisher');
  const app = report.app?.name ?? report.page?.title ?? report.storeId;
  if (report.level === 'unknown') {
    const matches = report.nameMatches.map((m) => m.name).join(', ');
    return matches ? `${t('verdictUnknown', [app])} ${t('verdictUnknownMatch', [matches])}` : t('verdictUnknown', [app]);
  }
  const who = publisher ? `${publisher.name} (${publisher.headquarters.name})` : t('unknownPublisher');
  if (report.level === 'concern') {
    const laws = report.reasons.slice(0, 3).map((i) => {
      const law = report.laws[i]!;
      return `${law.jurisdiction.name}: ${law.name} (${law.year})`;
    });
    return t('verdictConcern', [app, who, laws.join('; ')]);
  }
  return t('verdictNoted', [app, who]);
}

function chainItem(link: ChainLink, t: Translate): HTMLElement {
  const role =
    link.role === 'publisher' ? t('rolePublisher') : link.role === 'parent' ? t('roleParent', [link.of ?? '']) : t('roleController', [link.of ?? '']);
  const where =
    link.domicile.id === link.headquarters.id ? t('domicileSame', [link.domicile.name]) : t('domicileHq', [link.domicile.name, link.headquarters.name]);
  return el(
    'li',
    { class: `chain-${link.role}` },
    el('strong', { text: link.name }),
    ' — ',
    role,
    link.region ? ` (${link.region})` : '',
    refs(link.sources),
    el('br'),
    el('span', { class: 'where', text: where }),
    refs(link.placeSources),
    ' ',
    origin(link.origin, t),
  );
}

function controlSection(report: Report, t: Translate): HTMLElement | null {
  if (!report.app) return null;
  return section('control', t('sectionControl'), el('ul', { class: 'chain' }, ...report.chain.map((c) => chainItem(c, t))));
}

function lawsSection(report: Report, t: Translate): HTMLElement | null {
  if (!report.app) return null;
  if (!report.laws.length) return section('laws', t('sectionLaws'), el('p', { class: 'gap', text: t('noLaws') }));
  const items = report.laws.map((law) =>
    el(
      'li',
      { class: law.concern ? 'law concern' : 'law' },
      el('strong', { text: `${law.jurisdiction.name}: ${law.name} (${law.year})` }),
      law.concern ? el('span', { class: 'concern-mark', text: t('lawConcernMark') }) : null,
      el('br'),
      law.summary,
      refs(law.sources),
      el('br'),
      el('span', { class: 'via', text: t('lawVia', [law.via.join(', ')]) }),
      ' ',
      origin(law.origin, t),
    ),
  );
  return section('laws', t('sectionLaws'), el('ul', { class: 'laws' }, ...items));
}

function pageSection(report: Report, t: Translate): HTMLElement {
  const p = report.page;
  const body: (Node | null)[] = [];
  if (report.pageStatus === 'pending') body.push(el('p', { class: 'gap', text: t('pagePending') }));
  else if (report.pageStatus === 'unavailable' || !p) body.push(el('p', { class: 'gap', text: t('pageUnavailable') }));
  if (p) {
    const row = (key: string, id: string, value: string | null) =>
      value ? el('div', { class: 'row' }, el('dt', { text: t(key) }), el('dd', { id, text: value })) : null;
    body.push(
      el('dl', {}, row('pageDeveloper', 'page-developer', p.developer), row('pageLegalName', 'page-legal-name', p.legalName), row('pageAddress', 'page-address', p.address)),
    );
    for (const block of p.privacy) {
      body.push(el('h3', { text: block.heading }), el('ul', { class: 'privacy' }, ...block.items.map((item) => el('li', { text: item }))));
    }
    if (!p.developer && !p.legalName && !p.address && !p.privacy.length) body.push(el('p', { class: 'gap', text: t('pageNothing') }));
    body.push(el('p', {}, origin('page', t)));
  }
  return section('page', t('sectionPage', [report.storeLabel]), ...body);
}

function listSection<T>(id: string, title: string, items: readonly T[], render: (item: T) => HTMLElement): HTMLElement | null {
  return items.length ? section(id, title, el('ul', {}, ...items.map(render))) : null;
}

const EVENT_KEYS: Record<string, string> = {
  'government-action': 'eventGovernmentAction',
  'court-decision': 'eventCourtDecision',
  'regulator-fine': 'eventRegulatorFine',
  'research-finding': 'eventResearchFinding',
  incident: 'eventIncident',
  'company-statement': 'eventCompanyStatement',
};

function eventsSection(report: Report, t: Translate): HTMLElement | null {
  return listSection('events', t('sectionEvents'), report.events, (e) =>
    el(
      'li',
      { class: e.disputed ? 'event disputed' : 'event' },
      el('strong', { text: `${e.date} · ${t(EVENT_KEYS[e.kind] ?? 'eventIncident')}${e.jurisdiction ? ` · ${e.jurisdiction.name}` : ''}` }),
      e.disputed ? el('span', { class: 'disputed-mark', text: t('eventDisputed') }) : null,
      el('br'),
      e.summary,
      refs(e.sources),
    ),
  );
}

function permissionsSection(report: Report, t: Translate): HTMLElement | null {
  return listSection('permissions', t('sectionPermissions'), report.permissions, (p) =>
    el('li', {}, el('strong', { text: `${p.permission} (${p.platform})` }), ': ', p.note, refs(p.sources)),
  );
}

function sourcesSection(report: Report, t: Translate): HTMLElement | null {
  if (!report.sources.length) return null;
  const items = report.sources.map((s) =>
    el('li', { id: `source-${s.n}`, attrs: { value: String(s.n) } }, externalLink(s.url, s.title), ` — ${s.publisher}, ${s.date}`),
  );
  return section('sources-section', t('sectionSources'), el('ol', { id: 'sources' }, ...items));
}

function notices(report: Report, t: Translate): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (report.app?.stale) out.push(el('p', { class: 'notice stale', attrs: { role: 'note' }, text: t('staleWarning', [report.app.lastReviewed]) }));
  if (report.disputed) out.push(el('p', { class: 'notice disputed', attrs: { role: 'note' }, text: t('disputedWarning') }));
  return out;
}

/** The whole report; the caller adds the action buttons. */
export function renderReport(report: Report, t: Translate): HTMLElement[] {
  const appName = report.app?.name ?? report.page?.title ?? report.storeId;
  return [
    el('header', {}, el('h1', { id: 'app-name', text: appName }), el('p', { class: 'store', text: t('storeLine', [report.storeLabel, report.storeId]) }), levelPill(report.level, t)),
    el('p', { id: 'verdict', text: verdict(report, t) }),
    ...notices(report, t),
    controlSection(report, t),
    lawsSection(report, t),
    pageSection(report, t),
    permissionsSection(report, t),
    eventsSection(report, t),
    sourcesSection(report, t),
    report.app ? el('p', { class: 'reviewed', text: t('lastReviewed', [report.app.lastReviewed]) }) : null,
  ].filter((n): n is HTMLElement => n !== null);
}
