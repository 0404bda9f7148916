// Starting points for new records. The "add this app" link from the popup prefills an app record
// with what the store page showed; fields the page cannot tell (sources, publisher) are left for
// the user, and the editor says which ones are missing.
import type { CompiledDataset } from '../shared/compiled-dataset';
import type { AddPrefill } from '../shared/editor-links';
import { EffectiveDataset } from '../shared/effective-dataset';
import type { UserLayer } from '../shared/user-layer';

const today = () => new Date().toISOString().slice(0, 10);

export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return s || 'new-record';
}

/** The company in the dataset whose legal name or alias is the one the page shows, if exactly one is. */
export function matchingEntity(prefill: AddPrefill, bundled: CompiledDataset, layer: UserLayer): string | undefined {
  const data = new EffectiveDataset(bundled, layer);
  const found = [prefill.legalName, prefill.developer].filter(Boolean).map((n) => data.entitiesByName(n));
  const ids = [...new Set(found.flat().map((e) => e.record.id))];
  return ids.length === 1 ? ids[0] : undefined;
}

export function newAppTemplate(prefill?: AddPrefill | null, bundled?: CompiledDataset, layer?: UserLayer): Record<string, unknown> {
  const name = prefill?.name || 'New app';
  const source = prefill?.url ? [{ url: prefill.url, title: `${name} (store page)`, publisher: 'App store', date: today() }] : [];
  const entity = prefill && bundled && layer ? matchingEntity(prefill, bundled, layer) : undefined;
  return {
    kind: 'app',
    id: slug(name),
    name,
    stores: [{ type: prefill?.type || 'android', id: prefill?.id || '', sources: source }],
    publishers: [{ entity: entity ?? '', region: 'Worldwide', sources: source }],
    lastReviewed: today(),
  };
}

export function newTemplate(kind: string): Record<string, unknown> {
  if (kind === 'entity') {
    const place = { jurisdiction: '', sources: [] };
    return { kind, id: 'new-entity', legalName: '', domicile: place, headquarters: place, lastReviewed: today() };
  }
  if (kind === 'jurisdiction') return { kind, id: '', name: '', laws: [], lastReviewed: today() };
  if (kind === 'glossary') return { kind, id: 'new-glossary', title: '', entries: [], lastReviewed: today() };
  return newAppTemplate();
}
