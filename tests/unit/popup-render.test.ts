// @vitest-environment jsdom
// The popup's structure: what is unfolded, where each statement comes from, the footnotes, the
// distinct look of "out of date" and "disputed", and names isolated for right-to-left text.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/popup/render-report';
import type { DatasetRecord } from '../../src/shared/dataset-types';
import type { PageFacts } from '../../src/shared/page-facts';
import type { Report } from '../../src/shared/report-types';
import { catalog } from './helpers/catalog';
import { app, entity, jurisdiction, law, src } from './helpers/records';
import { reportFor } from './helpers/reports';

const t = catalog('en');
const render = (report: Report, lang = 'en') => {
  const root = document.createElement('main');
  root.replaceChildren(...renderReport(report, t, lang));
  return root;
};

const CN = jurisdiction('cn', [
  law('a', ['compelled-assistance'], 1),
  law('b', ['interception'], 2),
  law('c', ['extraterritorial-access'], 3),
  law('d', ['compelled-assistance'], 4),
  law('e', ['data-protection'], 5),
]);
const RECORDS: DatasetRecord[] = [
  CN,
  entity('co', 'cn'),
  app('chat', 'co', undefined, {
    events: [{ date: '2020-06-29', kind: 'research-finding', summary: 'Found.', sources: [src(40)] }],
    permissionNotes: [{ platform: 'android', permission: 'CAMERA', note: 'Takes pictures.', sources: [src(41)] }],
  }),
];
const PAGE: PageFacts = { pageAppId: 'com.example.chat', title: 'Chat', developer: 'co', legalName: null, address: null, privacy: [] };
const open = (root: HTMLElement, id: string) => (root.querySelector(`#${id}`) as HTMLDetailsElement | null)?.open;

describe('popup sections', () => {
  it('unfolds who controls the data and the laws; folds the page, permissions, events and sources', () => {
    const root = render(reportFor(RECORDS, { page: PAGE }));
    expect(['control', 'laws', 'page', 'permissions', 'events', 'sources-section'].map((id) => open(root, id))).toEqual([true, true, false, false, false, false]);
    expect([...root.querySelectorAll('details.section > summary')].every((s) => s.querySelector('h2'))).toBe(true);
  });

  it('an app not in the dataset: the page section is unfolded, being all there is', () => {
    const root = render(reportFor(RECORDS, { id: 'com.x', page: { ...PAGE, pageAppId: 'com.x' } }));
    expect(open(root, 'page')).toBe(true);
    expect(root.querySelector('#control')).toBeNull();
  });

  it('shows the laws that set the level first, three of them, then folds the rest and the other laws', () => {
    const root = render(reportFor(RECORDS));
    const shown = [...root.querySelectorAll('#laws > ul.laws > li')].map((li) => li.querySelector('strong')!.textContent);
    expect(shown).toEqual(['Land CN: Law a (2017)', 'Land CN: Law b (2017)', 'Land CN: Law c (2017)']);
    const more = root.querySelector('#laws .more-concern-laws') as HTMLDetailsElement;
    expect(more.open).toBe(false);
    expect(more.querySelector('summary')!.textContent).toBe('1 more laws that match your settings');
    const other = root.querySelector('#laws .other-laws') as HTMLDetailsElement;
    expect(other.open).toBe(false);
    expect(other.querySelectorAll('li')).toHaveLength(1);
    expect(root.querySelector('#laws li .concern-mark')!.textContent).toBe('Matches your setting “Companies must assist state security or intelligence work”');
  });

  it('says where every statement comes from', () => {
    const root = render(reportFor(RECORDS, { page: PAGE }));
    for (const selector of ['.chain > li', '.laws > li', '#events li', '#permissions li']) {
      const items = [...root.querySelectorAll(selector)];
      expect(items.length, selector).toBeGreaterThan(0);
      for (const item of items) expect(item.querySelector('.origin-bundled'), selector).not.toBeNull();
    }
    expect(root.querySelector('#page .origin-page')).not.toBeNull();
    expect(root.querySelector('.reviewed .origin-bundled')).not.toBeNull();
  });

  it('numbers the sources as footnotes with publisher and a date for the locale; every mark points at one', () => {
    const report = reportFor(RECORDS);
    const root = render(report, 'zh-CN');
    const items = [...root.querySelectorAll('#sources > li')];
    expect(items.map((li) => li.getAttribute('value'))).toEqual(report.sources.map((s) => String(s.n)));
    expect(items[0]!.textContent).toBe(`${report.sources[0]!.title} — Example, 2024年1月1日`);
    const marks = [...root.querySelectorAll<HTMLAnchorElement>('a.ref')];
    expect(marks.length).toBeGreaterThan(5);
    for (const a of marks) {
      expect(root.querySelector(a.getAttribute('href')!), a.getAttribute('href')!).not.toBeNull();
      expect(a.getAttribute('aria-label')).toMatch(/^source \d+$/);
    }
  });

  it('the level is text, icon and colour class; the level-why sentence follows the verdict', () => {
    const root = render(reportFor(RECORDS));
    const level = root.querySelector('#level')!;
    expect(level.className).toBe('level level-concern');
    expect(level.querySelector('.level-icon')!.getAttribute('aria-hidden')).toBe('true');
    expect(level.textContent).toBe('!Level: Concern');
    expect(root.querySelector('#verdict + #level-why')!.textContent).toMatch(/^The level is “Concern” because/);
  });
});

describe('out of date and disputed', () => {
  const disputed = app('chat', 'co', undefined, { events: [{ date: '2020', kind: 'incident', summary: 'Contested.', disputed: true, sources: [src(40)] }] });

  it('each has its own notice with an icon and words, and the disputed event is unfolded and marked', () => {
    const root = render(reportFor([CN, entity('co', 'cn'), disputed], { now: new Date('2028-06-01') }));
    const stale = root.querySelector('#notice-stale')!;
    const dispute = root.querySelector('#notice-disputed')!;
    expect(stale.className).toBe('notice stale');
    expect(dispute.className).toBe('notice disputed');
    expect(stale.querySelector('svg.icon-stale')!.getAttribute('aria-hidden')).toBe('true');
    expect(dispute.querySelector('svg.icon-disputed')!.getAttribute('aria-hidden')).toBe('true');
    expect(stale.textContent).toBe('Out of date. This entry was last reviewed on Nov 1, 2026, more than 12 months ago. Facts may have changed since.');
    expect(dispute.textContent).toMatch(/^Disputed\. Some statements/);
    expect(open(root, 'events')).toBe(true);
    expect(root.querySelector('#events li.disputed .disputed-mark')!.textContent).toBe('disputed');
  });

  it('neither shows when the entry is fresh and undisputed', () => {
    const root = render(reportFor(RECORDS));
    expect(root.querySelector('.notice')).toBeNull();
  });
});

describe('right-to-left and long names', () => {
  const ARABIC = 'شركة التطبيقات العربية المحدودة';
  const HEBREW = 'איפה אני';
  const LONG = 'L'.repeat(300);

  it('isolates every name so that it cannot reorder the sentence around it', () => {
    const parent = entity('parent', 'cn', undefined, { legalName: LONG });
    const dev = entity('dev', 'sg', 'parent', { legalName: ARABIC });
    const root = render(reportFor([CN, jurisdiction('sg'), parent, dev, { ...app('chat', 'dev'), name: HEBREW }], { page: { ...PAGE, developer: ARABIC, address: HEBREW } }));
    expect(root.querySelector('#app-name')!.getAttribute('dir')).toBe('auto');
    const holders = [...root.querySelectorAll('*')].filter((e) => [...e.childNodes].some((n) => n.nodeType === 3 && /[\u0590-\u06ff]|L{300}/.test(n.textContent!)));
    expect(holders.length).toBeGreaterThan(5);
    for (const e of holders) expect(e.tagName === 'BDI' || e.closest('[dir="auto"]') !== null, e.outerHTML.slice(0, 80)).toBe(true);
    expect([...root.querySelectorAll('#verdict bdi')].map((b) => b.textContent)).toEqual([ARABIC, LONG, 'Land CN', 'Law a']);
  });
});
