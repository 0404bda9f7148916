// Links from the popup into the options page: "edit this entry" and "add it", prefilled from the page.
import type { Report } from './report-types';

export function editHash(kind: string, id: string): string {
  return `#edit=${encodeURIComponent(`${kind}:${id}`)}`;
}

/** A prefill for a new app record from what the store page showed. */
export interface AddPrefill {
  type: string;
  id: string;
  name: string;
  developer: string;
  url: string;
}

export function addHash(report: Report, type: string): string {
  const params = new URLSearchParams({
    type,
    id: report.storeId,
    name: report.page?.title ?? '',
    developer: report.page?.legalName ?? report.page?.developer ?? '',
    url: report.url,
  });
  return `#add=${encodeURIComponent(params.toString())}`;
}

export function parseAddHash(hash: string): AddPrefill | null {
  const m = /^#add=(.*)$/.exec(hash);
  if (!m) return null;
  const p = new URLSearchParams(decodeURIComponent(m[1]!));
  return { type: p.get('type') ?? '', id: p.get('id') ?? '', name: p.get('name') ?? '', developer: p.get('developer') ?? '', url: p.get('url') ?? '' };
}
