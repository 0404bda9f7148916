// "Laws that give a government access": the laws that set the level come first and unfolded; the
// other laws of the same countries are folded away, so the popup stays short but hides nothing.
import { el } from '../shared/dom';
import type { LawFinding, Report } from '../shared/report-types';
import { flaggedTopics, TOPIC_LABEL_KEYS } from './law-topics';
import type { Locale } from './phrase';
import { phrase, phraseNodes, refLinks } from './phrase';
import { foldout, origin, section } from './render-parts';

/** Laws unfolded before "N more that match your settings". */
const SHOWN_CONCERN_LAWS = 3;

function lawItem(law: LawFinding, report: Report, loc: Locale): HTMLElement {
  const topics = flaggedTopics(law, report.settings);
  const title = phrase('lawTitle', { name: law.jurisdiction.name }, { name: law.name }, String(law.year));
  return el(
    'li',
    { class: law.concern ? 'law concern' : 'law' },
    el('strong', {}, ...phraseNodes(title, loc)),
    topics.length
      ? el('span', { class: 'concern-mark' }, ...phraseNodes(phrase('lawMatches', { list: topics.map((tp) => phrase('quoted', phrase(TOPIC_LABEL_KEYS[tp]))) }), loc))
      : null,
    el('span', { class: 'law-summary', attrs: { dir: 'auto' } }, law.summary, refLinks(law.sources, loc.t)),
    el('span', { class: 'via' }, ...phraseNodes(phrase('lawVia', { list: law.via.map((name) => ({ name })) }), loc), ' ', origin(law.origin, loc.t)),
  );
}

export const lawList = (laws: LawFinding[], report: Report, loc: Locale) => el('ul', { class: 'laws' }, ...laws.map((l) => lawItem(l, report, loc)));

export function lawsSection(report: Report, loc: Locale): HTMLElement | null {
  if (!report.app) return null;
  const { t } = loc;
  if (!report.laws.length) return section('laws', t('sectionLaws'), true, 0, el('p', { class: 'gap', text: t('noLaws') }));
  const flagged = report.laws.filter((l) => l.concern);
  const others = report.laws.filter((l) => !l.concern);
  const shown = flagged.slice(0, SHOWN_CONCERN_LAWS);
  const hidden = flagged.slice(SHOWN_CONCERN_LAWS);
  const count = (key: string, n: number) => phraseNodes(phrase(key, String(n)), loc);
  return section(
    'laws',
    t('sectionLaws'),
    true,
    report.laws.length,
    shown.length ? lawList(shown, report, loc) : el('p', { class: 'gap', text: t('noConcernLaws') }),
    hidden.length ? foldout('more-concern-laws', count('moreConcernLaws', hidden.length), lawList(hidden, report, loc)) : null,
    others.length ? foldout('other-laws', count('otherLaws', others.length), lawList(others, report, loc)) : null,
  );
}
