// The verdict at the top of the popup, with the real English and Chinese sentences.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/popup/phrase';
import { formatDate, phraseText } from '../../src/popup/phrase';
import { levelWhy, verdictPhrases } from '../../src/popup/verdict';
import type { Report } from '../../src/shared/report-types';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { catalog } from './helpers/catalog';
import { app, entity, jurisdiction, law, src } from './helpers/records';
import { reportFor } from './helpers/reports';

const en: Locale = { t: catalog('en'), lang: 'en' };
const say = (report: Report, loc = en) => verdictPhrases(report).map((p) => phraseText(p, loc)).join(' ');
const why = (report: Report, loc = en) => levelWhy(report).map((p) => phraseText(p, loc)).join(' ');

const cn = jurisdiction('cn', [law('nil', ['compelled-assistance'], 1), law('pipl', ['data-protection'], 2)]);
const sg = jurisdiction('sg', [law('pdpa', ['data-protection'], 3)]);

describe('verdict', () => {
  it('names the publisher, the parent whose country brings in the law, the law and its sources', () => {
    const r = reportFor([cn, sg, jurisdiction('ky'), entity('holding', 'ky', undefined, { headquarters: { jurisdiction: 'cn', sources: [src(9)] } }), entity('intl', 'sg', 'holding'), app('chat', 'intl')]);
    expect(say(r)).toBe('Published by intl Ltd; its parent company holding Ltd is headquartered in Land CN, whose 2017 Law nil requires companies to assist state security or intelligence work[7].');
    expect(r.sources[6]?.url, 'footnote 7 is the source of the law').toBe(src(1).url);
    expect(why(r)).toBe('The level is “Concern” because your concern settings include “Companies must assist state security or intelligence work”.');
  });

  it('says it of the publisher itself, of a parent further up, and of a data controller', () => {
    expect(say(reportFor([cn, entity('co', 'cn'), app('chat', 'co')]))).toMatch(/^Published by co Ltd, incorporated and headquartered in Land CN, whose 2017 Law nil /);
    const ancestor = reportFor([cn, sg, entity('top', 'cn'), entity('mid', 'sg', 'top'), entity('pub', 'sg', 'mid'), app('chat', 'pub')]);
    expect(say(ancestor)).toMatch(/^Published by pub Ltd; top Ltd, a parent company further up its ownership chain, is incorporated and headquartered in Land CN, whose/);
    const controller = reportFor([cn, sg, entity('ctl', 'cn'), entity('pub', 'sg', undefined, { dataControllers: [{ entity: 'ctl', region: 'Mainland', sources: [src(8)] }] }), app('chat', 'pub')]);
    expect(say(controller)).toMatch(/^Published by pub Ltd; its data controller ctl Ltd is incorporated and headquartered in Land CN, whose/);
  });

  it('names the member country for a law of a bloc', () => {
    const r = reportFor([jurisdiction('eu', [law('ev', ['extraterritorial-access'], 4)]), jurisdiction('ie', [], ['eu']), entity('co', 'ie'), app('chat', 'co')]);
    expect(say(r)).toBe('Published by co Ltd, incorporated and headquartered in Land IE (Land EU), whose 2017 Law ev lets authorities demand data that companies store abroad[4].');
    expect(r.sources[3]?.url).toBe(src(4).url);
  });

  it('says how many more laws set the level, and that there are several publishers', () => {
    const two = jurisdiction('cn', [law('a', ['compelled-assistance'], 1), law('b', ['interception'], 2), law('c', ['interception'], 3)]);
    const r = reportFor([two, sg, entity('co', 'cn'), entity('other', 'sg'), { ...app('chat', 'co'), publishers: [{ entity: 'co', region: 'A', sources: [src(5)] }, { entity: 'other', region: 'B', sources: [src(6)] }] }]);
    expect(say(r)).toContain('2 more laws you treat as a concern also apply');
    expect(say(r)).toContain('It has 2 publishers, depending on the region');
  });

  it('"noted": publisher and where it is, the parent when it is elsewhere, and why nothing is flagged', () => {
    const r = reportFor([sg, cn, entity('holding', 'cn'), entity('co', 'sg', 'holding'), app('chat', 'co')], { settings: { ...DEFAULT_SETTINGS, topics: ['oversight'] } });
    expect(r.level).toBe('noted');
    expect(say(r)).toBe('Published by co Ltd, incorporated and headquartered in Land SG. Its parent company holding Ltd is incorporated and headquartered in Land CN.');
    expect(why(r)).toBe('The level is “Noted”: none of the 3 laws recorded for these countries is of a kind your settings treat as a concern (“Oversight of government access”).');
  });

  it('"noted" with no laws recorded, or with no kind of law flagged, says so', () => {
    const bare = [jurisdiction('th'), entity('co', 'th'), app('chat', 'co')];
    expect(why(reportFor(bare))).toMatch(/no laws are recorded for these countries yet/);
    expect(why(reportFor([sg, entity('co', 'sg'), app('chat', 'co')], { settings: { ...DEFAULT_SETTINGS, topics: [] } }))).toMatch(/treat no kind of law as a concern/);
  });

  it('names the jurisdictions when the settings are narrowed to some', () => {
    const r = reportFor([cn, entity('co', 'cn'), app('chat', 'co')], { settings: { ...DEFAULT_SETTINGS, jurisdictions: ['cn', 'us'] } });
    expect(why(r)).toContain('Your settings apply this only to Land CN and US.');
  });

  it('"not in the dataset": never sounds safe, and names companies the developer matches', () => {
    const page = { pageAppId: 'com.x', title: 'Other', developer: 'co Ltd', legalName: null, address: null, privacy: [] };
    const r = reportFor([cn, entity('co', 'cn'), app('chat', 'co')], { id: 'com.x', page });
    expect(say(r)).toBe('Other is not in the dataset, so nothing is known here about who controls its data. That is not a sign that it is safe. The developer named on the page matches a company in the dataset: co Ltd.');
    expect(why(r)).toBe('The level is “Not in dataset”: neither the bundled data nor your edits have a record for the store id com.x.');
  });

  it.each(['zh_CN', 'zh_TW'])('%s: the same verdict, fully translated, every placeholder filled', (locale) => {
    const r = reportFor([cn, sg, jurisdiction('ky'), entity('holding', 'ky', undefined, { headquarters: { jurisdiction: 'cn', sources: [src(9)] } }), entity('intl', 'sg', 'holding'), app('chat', 'intl')]);
    const text = `${say(r, { t: catalog(locale), lang: locale.replace('_', '-') })} ${why(r, { t: catalog(locale), lang: locale.replace('_', '-') })}`;
    expect(text).toContain('intl Ltd');
    expect(text).toContain('holding Ltd');
    expect(text).toContain('《Law nil》');
    expect(text).not.toMatch(/\$|\uE000|\uE001|Published|level/);
  });
});

describe('dates and lists follow the locale', () => {
  it('formats dataset dates at their own precision', () => {
    expect(formatDate('2024-02-29', 'en')).toBe('Feb 29, 2024');
    expect(formatDate('2024-02', 'en')).toBe('February 2024');
    expect(formatDate('2024', 'en')).toBe('2024');
    expect(formatDate('2024-02-29', 'zh-CN')).toBe('2024年2月29日');
    expect(formatDate('2024-02', 'zh-TW')).toBe('2024年2月');
    expect(formatDate('not a date', 'en')).toBe('not a date');
  });

  it('joins lists the way each language does', () => {
    const list = { key: 'lawVia', args: [{ list: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] }] };
    expect(phraseText(list, en)).toBe('Applies through: A, B, and C');
    expect(phraseText(list, { t: catalog('zh_CN'), lang: 'zh-CN' })).toBe('适用原因：A、B和C');
  });
});
