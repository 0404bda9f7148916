import type { PrivacyDeclaration } from '../../shared/page-facts';
import { capDeclarations, declaration } from './privacy';
import { cleanText } from './text';

// The 2025+ (Svelte) App Store page embeds its shelf data as JSON in
// <script type="application/json" id="serialized-server-data">: {data: [{intent, data}]}, where
// intent {$kind: "ProductPageIntent", id: "<numeric id>"} says which app the entry describes.
// Like the page's DOM, it describes the first page loaded (STRUCTURE.md §7), hence the id check.

type Json = Record<string, unknown>;
const MAX_CHARS = 5_000_000;

function obj(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null;
}
function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The product-page data for `appId` (or for the only product page, when the page names no id). */
export function findProductPageData(doc: Document, appId: string | null): Json | null {
  const text = doc.getElementById('serialized-server-data')?.textContent ?? '';
  if (!text || text.length > MAX_CHARS) return null;
  const pages = list(obj(JSON.parse(text))?.['data'])
    .map(obj)
    .filter((entry) => obj(entry?.['intent'])?.['$kind'] === 'ProductPageIntent');
  const page = appId ? pages.find((entry) => String(obj(entry?.['intent'])?.['id']) === appId) : pages[0];
  return appId || pages.length === 1 ? obj(page?.['data']) : null;
}

export const serverTitle = (page: Json | null): string | null => cleanText(page?.['title']);
export const serverDeveloper = (page: Json | null): string | null =>
  cleanText(obj(page?.['developerAction'])?.['title']);

function shelf(page: Json | null, id: string): readonly unknown[] {
  return list(obj(obj(page?.['shelfMapping'])?.[id])?.['items']);
}

/** Seller: the first annotation of the "information" shelf. Its label is localized ("Seller",
 *  "Provider", "ผู้เผยแพร่") and it has no identifier, but the seller has always come first. */
export function serverSeller(page: Json | null): string | null {
  return cleanText(obj(shelf(page, 'information')[0])?.['summary']);
}

/** Privacy cards: each type ("Data Linked to You", …, localized) with its category titles. */
export function serverPrivacy(page: Json | null): PrivacyDeclaration[] {
  return capDeclarations(
    shelf(page, 'privacyTypes').map((type) =>
      declaration(
        obj(type)?.['title'],
        list(obj(type)?.['categories']).map((category) => obj(category)?.['title']),
      ),
    ),
  );
}
