// Starting points for new records. The "add this app" link from the popup prefills an app record
// with what the store page showed; fields the page cannot tell (sources, publisher) are left for
// the user, and the editor says which ones are missing.
import type { AddPrefill } from '../shared/editor-links';

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

export function newAppTemplate(prefill?: AddPrefill | null): Record<string, unknown> {
  const name = prefill?.name || 'New app';
  const source = prefill?.url ? [{ url: prefill.url, title: `${name} (store page)`, publisher: 'App store', date: today() }] : [];
  return {
    kind: 'app',
    id: slug(name),
    name,
    ...(prefill?.developer ? { names: [] } : {}),
    stores: [{ type: prefill?.type || 'android', id: prefill?.id || '', sources: source }],
    publishers: [{ entity: prefill?.developer ? slug(prefill.developer) : '', region: 'Worldwide', sources: [] }],
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
