// For an app not in the dataset: what the developer's address on the store page indicates. Labelled as
// coming from the page, with how certain the reading is, and never turned into a level: an address is
// where a company can be reached, not proof of who controls the data.
import { el } from '../shared/dom';
import type { Report } from '../shared/report-types';
import type { Locale } from './phrase';
import { phrase, phraseNodes } from './phrase';
import { lawList } from './render-laws';
import { origin, section } from './render-parts';

/** The country's name in the reader's language when the dataset has no profile of it. */
function countryName(id: string, fallback: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(id.toUpperCase()) ?? fallback;
  } catch {
    return fallback;
  }
}

export function pageCountrySection(report: Report, loc: Locale): HTMLElement | null {
  const c = report.pageCountry;
  if (report.app || !c) return null;
  const { t } = loc;
  const name = c.inDataset ? c.name : countryName(c.id, c.name, loc.lang);
  const certainty = t(c.confidence === 'last-line' ? 'pageCountryLastLine' : 'pageCountryInAddress');
  const body: (Node | null)[] = [
    el('p', { id: 'page-country' }, ...phraseNodes(phrase('pageCountryLine', { name }, certainty), loc), ' ', origin('page', t)),
    el('p', { class: 'gap', text: t('pageCountryCaveat') }),
  ];
  if (!c.inDataset) body.push(el('p', { class: 'gap', text: t('pageCountryNoProfile') }));
  else if (!c.laws.length) body.push(el('p', { class: 'gap', text: t('noLaws') }));
  else body.push(lawList(c.laws, report, loc));
  return section('page-country-section', t('sectionPageCountry'), true, c.laws.length || null, ...body);
}
