// "Copy report": the report as Markdown that also reads as plain text, for a chat, an email or an IT
// advisory. Same sentences as the popup (one phrase model), numbered sources with publisher, date and
// URL. Dataset and page text is data: Markdown syntax in it is escaped and bidi controls dropped, so a
// pasted report cannot turn page text into links or reorder a line.
import { safeHref } from '../shared/dom';
import type { ChainLink, LawFinding, Report } from '../shared/report-types';
import { flaggedTopics, TOPIC_LABEL_KEYS } from './law-topics';
import type { Arg, Locale } from './phrase';
import { formatDate, phrase, phraseText, refsText } from './phrase';
import { declaredLists, explanationFinder, explanationText } from '../shared/explain-page';
import { EVENT_KEYS, PLATFORM_KEYS } from './render-findings';
import { appName, LEVEL_KEYS, levelWhy, verdictPhrases } from './verdict';

// Bidi embeddings, overrides and isolates; other control characters.
const CONTROLS = /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** Data as one line of Markdown-safe text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(CONTROLS, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~#]/g, (c) => `\\${c}`);
}

const ORIGIN_KEYS = { bundled: 'originBundled', user: 'originUser', page: 'originPage' } as const;

function writer(loc: Locale) {
  const say = (arg: Arg) => phraseText(arg, loc, escapeMarkdown);
  const from = (o: keyof typeof ORIGIN_KEYS) => `_(${loc.t(ORIGIN_KEYS[o])})_`;
  return { say, from, data: escapeMarkdown };
}
type Writer = ReturnType<typeof writer>;

function chainLine(c: ChainLink, w: Writer): string {
  const role = c.role === 'publisher' ? phrase('rolePublisher') : phrase(c.role === 'parent' ? 'roleParent' : 'roleController', { name: c.of ?? '' });
  const where = c.domicile.id === c.headquarters.id ? phrase('domicileSame', { name: c.domicile.name }) : phrase('domicileHq', { name: c.domicile.name }, { name: c.headquarters.name });
  const region = c.region ? ` (${w.data(c.region)})` : '';
  return `- **${w.data(c.name)}** — ${w.say(role)}${region} ${refsText(c.sources)}. ${w.say(where)} ${refsText(c.placeSources)} ${w.from(c.origin)}`;
}

function lawLine(law: LawFinding, report: Report, w: Writer): string {
  const title = w.say(phrase('lawTitle', { name: law.jurisdiction.name }, { name: law.name }, String(law.year)));
  const topics = flaggedTopics(law, report.settings);
  const matches = topics.length ? ` ${w.say(phrase('lawMatches', { list: topics.map((t) => phrase('quoted', phrase(TOPIC_LABEL_KEYS[t]))) }))}` : '';
  const via = w.say(phrase('lawVia', { list: law.via.map((name) => ({ name })) }));
  // The laws that set the level in full; the others by name, to keep the text short enough to paste.
  const summary = law.concern ? ` ${w.data(law.summary)}` : '';
  return `- **${title}**${matches}${summary} ${refsText(law.sources)} ${via} ${w.from(law.origin)}`;
}

function pageLines(report: Report, loc: Locale, w: Writer): string[] {
  const p = report.page;
  if (report.pageStatus === 'forbidden') return [loc.t('pageForbidden', [report.storeLabel])];
  if (!p) return [loc.t(report.pageStatus === 'pending' ? 'pagePending' : 'pageUnavailable')];
  const row = (key: string, value: string | null) => (value ? [`- ${loc.t(key)}: ${w.data(value.replace(/\n/g, ', '))}`] : []);
  const lines = [...row('pageDeveloper', p.developer), ...row('pageLegalName', p.legalName), ...row('pageAddress', p.address)];
  const term = termWriter(report, loc, w);
  for (const block of p.privacy) lines.push(`- ${w.data(block.heading)}: ${block.items.map((item) => term(block.heading, item)).join('; ')}`);
  for (const list of declaredLists(p)) lines.push(`- ${loc.t(list.key)}: ${list.terms.map((item) => term(list.scope, item)).join('; ')}`);
  return lines.length ? [...lines, '', w.from('page')] : [loc.t('pageNothing')];
}

/** A declared term, and in brackets what a glossary of the dataset says it means, with its sources. */
function termWriter(report: Report, loc: Locale, w: Writer): (scope: string, term: string) => string {
  const find = explanationFinder(report.explained);
  return (scope, term) => {
    const x = find(scope, term);
    return x ? `${w.data(term)} (${w.data(explanationText(x, loc.t))} ${refsText(x.sources)})` : w.data(term);
  };
}

function pageCountryLines(report: Report, loc: Locale, w: Writer): string[] {
  const c = report.pageCountry;
  if (report.app || !c) return [];
  const certainty = loc.t(c.confidence === 'last-line' ? 'pageCountryLastLine' : 'pageCountryInAddress');
  const laws = c.inDataset ? (c.laws.length ? c.laws.map((l) => lawLine(l, report, w)) : [loc.t('noLaws')]) : [loc.t('pageCountryNoProfile')];
  return [`## ${loc.t('sectionPageCountry')}`, '', `${w.say(phrase('pageCountryLine', { name: c.name }, certainty))} ${w.from('page')}`, '', loc.t('pageCountryCaveat'), '', ...laws];
}

function findingLines(report: Report, loc: Locale, w: Writer): string[][] {
  const permissions = report.permissions.map((p) => `- **${w.data(`${p.permission} (${loc.t(PLATFORM_KEYS[p.platform])})`)}**: ${w.data(p.note)} ${refsText(p.sources)} ${w.from(p.origin)}`);
  const events = report.events.map((e) => {
    const title = [formatDate(e.date, loc.lang), loc.t(EVENT_KEYS[e.kind] ?? 'eventIncident'), e.jurisdiction ? w.data(e.jurisdiction.name) : ''].filter(Boolean).join(' · ');
    const disputed = e.disputed ? ` (${loc.t('eventDisputed')})` : '';
    return `- **${title}**${disputed}: ${w.data(e.summary)} ${refsText(e.sources)} ${w.from(e.origin)}`;
  });
  const sources = report.sources.map((s) => {
    const href = safeHref(s.url);
    return `${s.n}. ${w.data(s.title)} — ${w.say(phrase('sourceBy', { name: s.publisher }, { date: s.date }))}${href ? ` <${href}>` : ''}`;
  });
  return [
    permissions.length ? [`## ${loc.t('sectionPermissions')}`, '', ...permissions] : [],
    events.length ? [`## ${loc.t('sectionEvents')}`, '', ...events] : [],
    sources.length ? [`## ${loc.t('sectionSources')}`, '', ...sources] : [],
  ];
}

function notices(report: Report, loc: Locale, w: Writer): string[] {
  const out: string[] = [];
  if (report.app?.stale) out.push(`> **${loc.t('staleTitle')}** ${w.say(phrase('staleWarning', { date: report.app.lastReviewed }))}`);
  if (report.disputed) out.push(`> **${loc.t('disputedTitle')}** ${loc.t('disputedWarning')}`);
  return out;
}

/** The report as Markdown. */
export function reportMarkdown(report: Report, loc: Locale): string {
  const w = writer(loc);
  const { t } = loc;
  const url = safeHref(report.url);
  const blocks: string[][] = [
    [`# ${w.data(appName(report))}`, '', `${w.say(phrase('storeLine', report.storeLabel, { name: report.storeId }))}  `, `**${w.say(phrase('levelLine', phrase(LEVEL_KEYS[report.level])))}**`],
    notices(report, loc, w),
    [verdictPhrases(report).map(w.say).join(' '), '', levelWhy(report).map(w.say).join(' ')],
    report.app ? [`## ${t('sectionControl')}`, '', ...report.chain.map((c) => chainLine(c, w))] : [],
    report.app ? [`## ${t('sectionLaws')}`, '', ...(report.laws.length ? report.laws.map((l) => lawLine(l, report, w)) : [t('noLaws')])] : [],
    [`## ${t('sectionPage', [report.storeLabel])}`, '', ...pageLines(report, loc, w)],
    pageCountryLines(report, loc, w),
    ...findingLines(report, loc, w),
    report.app ? [`${w.say(phrase('lastReviewed', { date: report.app.lastReviewed }))} ${w.from(report.app.origin)}`] : [],
    [w.say(phrase('reportFooter', url ? `<${url}>` : w.data(report.url)))],
  ];
  return `${blocks.filter((b) => b.length).map((b) => b.join('\n')).join('\n\n')}\n`;
}
