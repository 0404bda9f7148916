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
  /** The developer's legal name and postal address where the page shows them (Play, App Store). */
  legalName: string;
  address: string;
  url: string;
}

export function addHash(report: Report, type: string): string {
  const params = new URLSearchParams({
    type,
    id: report.storeId,
    name: report.page?.title ?? '',
    developer: report.page?.developer ?? report.page?.legalName ?? '',
    legalName: report.page?.legalName ?? '',
    address: report.page?.address ?? '',
    url: report.url,
  });
  return `#add=${encodeURIComponent(params.toString())}`;
}

export function parseAddHash(hash: string): AddPrefill | null {
  const m = /^#add=(.*)$/.exec(hash);
  if (!m) return null;
  const p = new URLSearchParams(decodeURIComponent(m[1]!));
  const get = (name: string) => p.get(name) ?? '';
  return { type: get('type'), id: get('id'), name: get('name'), developer: get('developer'), legalName: get('legalName'), address: get('address'), url: get('url') };
}
