// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/shared/build-report';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import type { DatasetRecord, GlossaryRecord } from '../../src/shared/dataset-types';
import type { PageFacts } from '../../src/shared/page-facts';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { renderReport } from '../../src/popup/render-report';
import { app, entity, jurisdiction, law, src } from './helpers/records';

// Translation stub: the key and its substitutions, so tests can see which string was chosen.
const t = (key: string, subs?: string | string[]) => [key, ...(Array.isArray(subs) ? subs : subs ? [subs] : [])].join('|');
const HOSTILE = '<img src=x onerror="window.__pwned=1">\u202Egnp.exe<script>window.__pwned=1</script>';

function render(records: DatasetRecord[] = [jurisdiction('cn', [law('nil', ['compelled-assistance'])]), entity('co', 'cn'), app('chat', 'co')], id = 'com.example.chat', page: PageFacts | null = null) {
  const data = new EffectiveDataset(compileDataset(records), emptyUserLayer());
  const report = buildReport(data, DEFAULT_SETTINGS, {
    url: `https://play.google.com/store/apps/details?id=${id}`,
    match: { store: 'google-play', type: 'android', id },
    page,
    pageStatus: page ? 'ok' : 'pending',
    now: new Date('2026-11-28'),
  });
  const root = document.createElement('main');
  root.replaceChildren(...renderReport(report, t));
  return root;
}

describe('renderReport', () => {
  it('shows the app, the level in text and icon, the chain, the laws and numbered sources', () => {
    const root = render();
    expect(root.querySelector('#app-name')?.textContent).toBe('App chat');
    expect(root.querySelector('#level')?.textContent).toContain('levelConcern');
    expect(root.querySelector('#level .level-icon')?.textContent).toBe('!');
    expect(root.querySelector('.chain')?.textContent).toContain('co Ltd');
    expect(root.querySelector('.laws')?.textContent).toContain('Law nil');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('#sources li a')];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) {
      expect(a.href).toMatch(/^https:/);
      expect(a.target).toBe('_blank');
      expect(a.rel).toContain('noopener');
    }
    expect([...root.querySelectorAll('#sources li')].map((li) => li.getAttribute('value'))).toEqual(links.map((_, i) => String(i + 1)));
  });

  it('shows hostile page and dataset text as plain text', () => {
    const page: PageFacts = { pageAppId: 'com.x', title: HOSTILE, developer: HOSTILE, legalName: HOSTILE, address: HOSTILE, privacy: [{ heading: HOSTILE, items: [HOSTILE] }] };
    const bad = { ...app('chat', 'co'), name: HOSTILE };
    const root = render([jurisdiction('cn'), entity('co', 'cn'), bad], 'com.x', page);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('#app-name')?.textContent).toBe(HOSTILE);
    expect(root.querySelector('#page-developer')?.textContent).toBe(HOSTILE);
    const unknown = render([jurisdiction('cn'), entity('co', 'cn'), app('chat', 'co')], 'com.x', page);
    expect(unknown.querySelectorAll('img, script')).toHaveLength(0);
    expect(unknown.querySelector('#page-developer')?.textContent).toBe(HOSTILE);
  });

  it('never links a non-http source', () => {
    const evil = { ...app('chat', 'co'), events: [{ date: '2020', kind: 'incident' as const, summary: 'x', sources: [{ ...src(1), url: 'javascript:alert(1)' }] }] };
    const root = render([jurisdiction('cn'), entity('co', 'cn'), evil]);
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
  });

  it('says "not in dataset" for unknown apps and still shows the page facts', () => {
    const page: PageFacts = { pageAppId: 'com.x', title: 'Other', developer: 'Dev Co', legalName: null, address: 'Street 1\nCity', privacy: [] };
    const root = render(undefined, 'com.x', page);
    expect(root.querySelector('#level')?.textContent).toContain('levelUnknown');
    expect(root.querySelector('#verdict')?.textContent).toContain('verdictUnknown');
    expect(root.querySelector('#page-developer')?.textContent).toBe('Dev Co');
    expect(root.querySelector('#page-address')?.textContent).toBe('Street 1\nCity');
    expect(root.querySelector('#sources')).toBeNull();
  });

  it("lists the page's permissions, site access and anti-features, with a glossary's meaning and source as text", () => {
    const glossary: GlossaryRecord = {
      kind: 'glossary',
      id: 'android-runtime-permissions',
      title: 'Android runtime permissions',
      entries: [{ key: 'android.permission.CAMERA', label: 'Camera', meaning: `Takes pictures ${HOSTILE}`, sources: [src(70)] }],
      lastReviewed: '2026-11-01',
    };
    const page: PageFacts = { pageAppId: 'com.x', title: null, developer: null, legalName: null, address: null, privacy: [], permissions: ['android.permission.CAMERA', HOSTILE], antiFeatures: ['Ads'] };
    const root = render([jurisdiction('cn'), entity('co', 'cn'), app('chat', 'co'), glossary], 'com.x', page);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    const items = [...root.querySelectorAll('#page-permissions li')];
    expect(items.map((li) => li.querySelector('.term')?.textContent)).toStrictEqual(['android.permission.CAMERA', HOSTILE]);
    expect(items[0]?.querySelector('.explain')?.textContent).toContain(`Takes pictures ${HOSTILE}`);
    expect(items[0]?.querySelector('.explain a.ref')?.getAttribute('href')).toMatch(/^#source-\d+$/);
    expect(items[1]?.querySelector('.explain')).toBeNull();
    expect(root.querySelector('#page-anti-features li')?.textContent).toBe('Ads');
    expect([...root.querySelectorAll('#sources a')].map((a) => a.getAttribute('href'))).toContain('https://example.org/source-70');
  });
});
