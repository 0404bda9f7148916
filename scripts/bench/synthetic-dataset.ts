// Synthetic records for the benchmarks. They pass the schema and the rules between records (ids,
// references, no parent cycles, no store id claimed twice) so the benchmarks run the real code paths;
// their sources point at example.org, a reserved domain.
import type { AppRecord, DatasetRecord, EntityRecord, JurisdictionRecord, Source } from '../../src/shared/dataset-types';
import type { UserLayer } from '../../src/shared/user-layer';

const source: Source = { url: 'https://example.org/synthetic', title: 'Synthetic record for benchmarks', publisher: 'Jurisdiction Lens', date: '2026-11-28' };
const REVIEWED = '2026-11-28';
// The bundled dataset has these jurisdictions too, so user records may point at them.
const COUNTRIES = ['cn', 'us', 'gb', 'ie', 'sg', 'se', 'ky', 'ca', 'in', 'eu'];

/** How the records of one set are named, so that two sets (bundled, user) never collide. */
interface Naming {
  id: string;
  developer: string;
  android: string;
  appleBase: number;
}

const BUNDLED: Naming = { id: '', developer: 'Synthetic Developer', android: 'org.example.app', appleBase: 1_000_000 };
const USER: Naming = { id: 'user-', developer: 'User Developer', android: 'org.example.user.app', appleBase: 2_000_000 };

export const syntheticStoreId = (i: number): string => `${BUNDLED.android}${i}`;
export const syntheticDeveloper = (i: number): string => `${BUNDLED.developer} ${i} Ltd`;
export const syntheticEntityCount = (apps: number): number => Math.max(1, Math.floor(apps / 3));

/** A whole dataset: ten jurisdictions, `apps` apps and a third as many entities. */
export function syntheticRecords(apps: number): DatasetRecord[] {
  const jurisdictions = COUNTRIES.map((id): JurisdictionRecord => ({ kind: 'jurisdiction', id, name: `Country ${id}`, laws: [], lastReviewed: REVIEWED }));
  return [...jurisdictions, ...appsAndEntities(apps, BUNDLED)];
}

/**
 * A user layer of `count` records (three apps to one entity) over the real bundled dataset. The first
 * app takes the store id `claimAndroidId`, so that a lookup of that app must come from this layer.
 */
export function syntheticUserLayer(count: number, claimAndroidId: string): UserLayer {
  const records = appsAndEntities(Math.ceil((count * 3) / 4), USER).slice(0, count);
  const first = records.find((r): r is AppRecord => r.kind === 'app');
  if (first) first.stores[0] = { type: 'android', id: claimAndroidId, sources: [source] };
  const overrides = Object.fromEntries(records.map((record) => [`${record.kind}:${record.id}`, { record, updatedAt: `${REVIEWED}T00:00:00.000Z` }]));
  return { version: 1, overrides };
}

function appsAndEntities(apps: number, naming: Naming): DatasetRecord[] {
  const entities = syntheticEntityCount(apps);
  const out: DatasetRecord[] = [];
  for (let i = 0; i < entities; i++) out.push(entity(i, entities, naming));
  for (let i = 0; i < apps; i++) out.push(app(i, entities, naming));
  return out;
}

function entity(i: number, total: number, n: Naming): EntityRecord {
  const place = { jurisdiction: COUNTRIES[i % COUNTRIES.length]!, sources: [source] };
  // Nine entities in ten have the next one as parent, so chains of up to ten exist (and never loop).
  const parent = i % 10 === 9 || i + 1 >= total ? {} : { parent: { entity: `${n.id}entity-${i + 1}`, sources: [source] } };
  return {
    kind: 'entity',
    id: `${n.id}entity-${i}`,
    legalName: `${n.developer} ${i} Ltd`,
    names: [`${n.developer} ${i}`],
    domicile: place,
    headquarters: place,
    ...parent,
    lastReviewed: REVIEWED,
  };
}

function app(i: number, entities: number, n: Naming): AppRecord {
  return {
    kind: 'app',
    id: `${n.id}app-${i}`,
    name: `Synthetic App ${i}`,
    stores: [
      { type: 'android', id: `${n.android}${i}`, sources: [source] },
      { type: 'apple', id: String(n.appleBase + i), sources: [source] },
    ],
    publishers: [{ entity: `${n.id}entity-${i % entities}`, region: 'Worldwide', sources: [source] }],
    lastReviewed: REVIEWED,
  };
}
