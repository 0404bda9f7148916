// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/build-report';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { renderReport } from '../../src/popup/render-report';
import { reportMarkdown } from '../../src/popup/report-markdown';
import { jurisdiction, law } from './helpers/records';

const t = (key: string, subs?: string | string[]) => [key, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join('|');

function unknownWithAddress(address: string) {
  const data = new EffectiveDataset(compileDataset([jurisdiction('cn', [law('nil', ['compelled-assistance'])])]), emptyUserLayer());
  return buildReport(data, DEFAULT_SETTINGS, {
    url: 'https://play.google.com/store/apps/details?id=com.other',
    match: { store: 'google-play', type: 'android', id: 'com.other' },
    page: { pageAppId: 'com.other', title: 'Other', developer: 'Dev', legalName: null, address, privacy: [] },
    pageStatus: 'ok',
    now: new Date('2026-11-28'),
  });
}

describe('popup: what the developer address indicates', () => {
  it('shows the country, the certainty, that it comes from the page, and the laws, without changing the level', () => {
    const root = document.createElement('main');
    root.replaceChildren(...renderReport(unknownWithAddress('1 Road\nChina'), t));
    const section = root.querySelector('#page-country-section');
    expect(root.querySelector('#level')?.textContent).toContain('levelUnknown');
    expect(section?.querySelector('#page-country')?.textContent).toContain('pageCountryLastLine');
    expect(section?.querySelector('#page-country .origin-page')).not.toBeNull();
    expect(section?.querySelector('.laws')?.textContent).toContain('Law nil');
    expect(section?.textContent).toContain('pageCountryCaveat');
  });

  it('says when the dataset has no profile of the country, in the report text too', () => {
    const report = unknownWithAddress('Łaziec 7\nPoland');
    const root = document.createElement('main');
    root.replaceChildren(...renderReport(report, t));
    expect(root.querySelector('#page-country-section')?.textContent).toContain('pageCountryNoProfile');
    expect(reportMarkdown(report, { t, lang: 'en' })).toContain('pageCountryNoProfile');
  });
});
