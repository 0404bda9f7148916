// What the report adds for the popup's verdict: how each law reaches the app (which company, by
// incorporation or headquarters, through which member country of a bloc), the settings that produced
// the level, and the laws that set it ordered by how much of the chain they reach.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';
import { app, entity, jurisdiction, law, src } from './helpers/records';
import { reportFor } from './helpers/reports';

const records = [
  jurisdiction('cn', [law('nil', ['compelled-assistance'], 1)]),
  jurisdiction('ky', [law('dpl', ['data-protection'], 2)]),
  jurisdiction('eu', [law('ev', ['extraterritorial-access', 'compelled-assistance'], 3)]),
  jurisdiction('ie', [law('ret', ['compelled-assistance'], 4)], ['eu']),
  entity('holding', 'ky', undefined, { headquarters: { jurisdiction: 'cn', sources: [src(30)] } }),
  entity('ops', 'cn', 'holding', { dataControllers: [{ entity: 'eu-arm', region: 'EEA', sources: [src(31)] }] }),
  entity('eu-arm', 'ie', 'holding'),
  app('chat', 'ops'),
];

describe('buildReport: law links and settings', () => {
  const r = reportFor(records);
  const byName = (name: string) => r.laws.find((l) => l.name === `Law ${name}`)!;

  it('says which company brings each law in, and how', () => {
    expect(byName('nil').links).toEqual([
      { entityId: 'ops', basis: 'domicile', place: { id: 'cn', name: 'Land CN' } },
      { entityId: 'ops', basis: 'headquarters', place: { id: 'cn', name: 'Land CN' } },
      { entityId: 'holding', basis: 'headquarters', place: { id: 'cn', name: 'Land CN' } },
    ]);
    expect(byName('dpl').links).toEqual([{ entityId: 'holding', basis: 'domicile', place: { id: 'ky', name: 'Land KY' } }]);
  });

  it('reaches a bloc through the member country where the company is', () => {
    expect(byName('ev').links).toEqual([
      { entityId: 'eu-arm', basis: 'domicile', place: { id: 'ie', name: 'Land IE' } },
      { entityId: 'eu-arm', basis: 'headquarters', place: { id: 'ie', name: 'Land IE' } },
    ]);
    expect(byName('ev').via).toEqual(['eu-arm Ltd']);
  });

  it('keeps a copy of the settings that produced the level', () => {
    expect(r.settings).toEqual({ topics: DEFAULT_SETTINGS.topics, jurisdictions: 'all' });
    expect(r.settings.topics).not.toBe(DEFAULT_SETTINGS.topics);
    expect(reportFor(records, { id: 'com.unknown' }).settings).toEqual(r.settings);
  });

  it('orders the laws that set the level by how many companies of the chain they reach, then by kinds flagged', () => {
    expect(r.laws.map((l) => `${l.name}:${l.concern}`)).toEqual(['Law nil:true', 'Law ev:true', 'Law ret:true', 'Law dpl:false']);
    expect(r.reasons).toEqual([0, 1, 2]);
  });
});
