// "Copy report": the report as Markdown / plain text, with its numbered sources.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../src/popup/phrase';
import { escapeMarkdown, reportMarkdown } from '../../src/popup/report-markdown';
import type { PageFacts } from '../../src/shared/page-facts';
import { catalog } from './helpers/catalog';
import { app, entity, jurisdiction, law, src } from './helpers/records';
import { reportFor } from './helpers/reports';

const en: Locale = { t: catalog('en'), lang: 'en' };
const HOSTILE = '[click me](javascript:alert(1)) <img src=x onerror=alert(1)> **bold** \u202Egnp.exe\n# heading';
const records = [
  jurisdiction('cn', [law('nil', ['compelled-assistance'], 1), law('pipl', ['data-protection'], 2)]),
  entity('co', 'cn'),
  app('chat', 'co', undefined, {
    events: [{ date: '2020-06-29', kind: 'government-action', jurisdiction: 'cn', summary: 'Something happened.', disputed: true, sources: [src(40)] }],
    permissionNotes: [{ platform: 'android', permission: 'CAMERA', note: 'Takes pictures.', sources: [src(41)] }],
  }),
];

describe('reportMarkdown', () => {
  const md = reportMarkdown(reportFor(records), en);

  it('starts with the app, the store, the level in words and the verdict', () => {
    expect(md.split('\n').slice(0, 4)).toEqual(['# App chat', '', 'Google Play · com.example.chat  ', '**Level: Concern**']);
    expect(md).toContain('Published by co Ltd, incorporated and headquartered in Land CN, whose 2017 Law nil requires companies to assist state security or intelligence work[');
    expect(md).toContain('The level is “Concern” because your concern settings include “Companies must assist state security or intelligence work”.');
  });

  it('has the sections of the popup, each statement with its source numbers and where it comes from', () => {
    for (const heading of ['## Who controls the data', '## Laws that give a government access', '## What the Google Play page shows', '## Permission notes', '## Documented events', '## Sources']) {
      expect(md).toContain(`\n${heading}\n`);
    }
    expect(md).toMatch(/- \*\*co Ltd\*\* — publisher \(Worldwide\) \[\d+\]\. Incorporated and headquartered in Land CN \[\d+\]\[\d+\] _\(bundled data\)_/);
    expect(md).toMatch(/- \*\*Land CN: Law nil \(2017\)\*\* Matches your setting “Companies must assist state security or intelligence work” What law nil allows\. \[\d+\] Applies through: co Ltd _\(bundled data\)_/);
    // A law that does not set the level is named with its sources, without its summary.
    expect(md).toMatch(/- \*\*Land CN: Law pipl \(2017\)\*\* \[\d+\] Applies through: co Ltd _\(bundled data\)_/);
    expect(md).toMatch(/- \*\*Jun 29, 2020 · Government action · Land CN\*\* \(disputed\): Something happened\. \[\d+\] _\(bundled data\)_/);
  });

  it('numbers the sources as the popup does, with publisher, date and URL', () => {
    const report = reportFor(records);
    const lines = md.slice(md.indexOf('## Sources')).split('\n').filter((l) => /^\d+\. /.test(l));
    expect(lines).toHaveLength(report.sources.length);
    lines.forEach((line, i) => expect(line).toBe(`${i + 1}. Source ${report.sources[i]!.url.split('-').pop()} — Example, Jan 1, 2024 <${report.sources[i]!.url}>`));
  });

  it('says out of date and disputed at the top', () => {
    const old = reportFor(records, { now: new Date('2028-01-01') });
    const text = reportMarkdown(old, en);
    expect(text).toContain('> **Out of date.** This entry was last reviewed on Nov 1, 2026, more than 12 months ago.');
    expect(text).toContain('> **Disputed.** Some statements about this app are disputed');
  });

  it('an app not in the dataset: the level, what the page shows, no sources section', () => {
    const page: PageFacts = { pageAppId: 'com.x', title: 'Other', developer: 'Dev Co', legalName: null, address: 'Street 1\nCity', privacy: [{ heading: 'Data shared', items: ['Location', 'Contacts'] }] };
    const text = reportMarkdown(reportFor(records, { id: 'com.x', page }), en);
    expect(text).toContain('**Level: Not in dataset**');
    expect(text).toContain('Other is not in the dataset');
    expect(text).toContain('- Developer: Dev Co\n- Address: Street 1, City\n- Data shared: Location; Contacts\n\n_(from the store page)_');
    expect(text).not.toContain('## Sources');
    expect(text).not.toContain('## Who controls the data');
  });

  it('treats page and dataset text as data: no links, markup or bidi controls get through', () => {
    const page: PageFacts = { pageAppId: 'com.x', title: HOSTILE, developer: HOSTILE, legalName: null, address: null, privacy: [{ heading: HOSTILE, items: [HOSTILE] }] };
    const text = reportMarkdown(reportFor([...records.slice(0, 2), { ...app('chat', 'co'), name: HOSTILE }], { page }), en);
    expect(text).not.toMatch(/(^|[^\\])\[click me\]/);
    expect(text).not.toMatch(/(^|[^\\])<img/);
    expect(text).not.toContain('\u202E');
    expect(text).not.toMatch(/^# heading/m);
    expect(escapeMarkdown(HOSTILE)).toBe('\\[click me\\](javascript:alert(1)) \\<img src=x onerror=alert(1)\\> \\*\\*bold\\*\\* gnp.exe \\# heading');
  });

  it('never gives a non-http source URL', () => {
    const evil = { ...app('chat', 'co'), events: [{ date: '2020', kind: 'incident' as const, summary: 'x', sources: [{ ...src(1), url: 'javascript:alert(1)' }] }] };
    const text = reportMarkdown(reportFor([...records.slice(0, 2), evil]), en);
    expect(text).not.toContain('javascript:');
  });

  it('is written in the UI language', () => {
    const text = reportMarkdown(reportFor(records), { t: catalog('zh_TW'), lang: 'zh-TW' });
    expect(text).toContain('**等級：值得關注**');
    expect(text).toContain('## 來源');
    expect(text).toContain('2024年1月1日');
  });

  it("lists the page's permissions with what the glossary says they mean, and the platform by name", () => {
    const glossary = { kind: 'glossary' as const, id: 'android-runtime-permissions', title: 'Android', entries: [{ key: 'android.permission.CAMERA', label: 'Camera', meaning: 'Takes pictures.', sources: [src(70)] }], lastReviewed: '2026-11-01' };
    const page: PageFacts = { pageAppId: 'com.example.chat', title: null, developer: null, legalName: null, address: null, privacy: [], permissions: ['android.permission.CAMERA', 'android.permission.INTERNET'] };
    const text = reportMarkdown(reportFor([...records, glossary], { page }), en);
    expect(text).toMatch(/- Permissions it asks for: android\.permission\.CAMERA \(Takes pictures\. \[\d+\]\); android\.permission\.INTERNET\n/);
    expect(text).toContain('https://example.org/source-70');
    expect(text).toMatch(/- \*\*CAMERA \(Android\)\*\*: Takes pictures\./);
  });
});
