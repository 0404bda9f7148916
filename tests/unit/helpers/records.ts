// Small, valid records for tests of the pure logic. Their sources are placeholders on example.org
// (a reserved domain), used only in tests and never in the bundled dataset.
import type { AppRecord, EntityRecord, JurisdictionRecord, Source } from '../../../src/shared/dataset-types';

export const src = (n: number): Source => ({ url: `https://example.org/source-${n}`, title: `Source ${n}`, publisher: 'Example', date: '2024-01-01' });

export function jurisdiction(id: string, laws: JurisdictionRecord['laws'] = [], memberOf?: string[]): JurisdictionRecord {
  return { kind: 'jurisdiction', id, name: `Land ${id.toUpperCase()}`, ...(memberOf ? { memberOf } : {}), laws, lastReviewed: '2026-11-01' };
}

export function law(id: string, topics: JurisdictionRecord['laws'][number]['topics'], n = 1) {
  return { id, name: `Law ${id}`, year: 2017, topics, summary: `What law ${id} allows.`, sources: [src(n)] };
}

export function entity(id: string, j: string, parent?: string, extra: Partial<EntityRecord> = {}): EntityRecord {
  return {
    kind: 'entity',
    id,
    legalName: `${id} Ltd`,
    domicile: { jurisdiction: j, sources: [src(10)] },
    headquarters: { jurisdiction: j, sources: [src(11)] },
    ...(parent ? { parent: { entity: parent, sources: [src(12)] } } : {}),
    ...extra,
    lastReviewed: '2026-11-01',
  };
}

export function app(id: string, publisher: string, stores: AppRecord['stores'] = [{ type: 'android', id: `com.example.${id}`, sources: [src(20)] }], extra: Partial<AppRecord> = {}): AppRecord {
  return { kind: 'app', id, name: `App ${id}`, stores, publishers: [{ entity: publisher, region: 'Worldwide', sources: [src(21)] }], ...extra, lastReviewed: '2026-11-01' };
}
