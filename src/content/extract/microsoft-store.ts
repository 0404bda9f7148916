import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { microsoftStore } from '../../shared/stores/microsoft-store';
import { identifyWith } from '../../shared/stores/identify';
import { findJsonRecord } from './embedded-json';
import { isJsonObject, type JsonObject } from './json-ld';
import { idFromSelfLinks } from './page-id';
import { safely } from './safe';
import { cleanLines, cleanList, cleanText } from './text';

// Microsoft Store product page, apps.microsoft.com/detail/<productId>. The product data is the
// object the store's own back end returns for the page (GET /api/pages/pdp?productId=…): a saved copy
// of it is the only real Microsoft Store capture we hold (STRUCTURE.md §5). No HTML page is saved, so
// where and whether the page embeds that object is unverified: the DOM reader looks for an object
// with its keys in the page's JSON scripts and reads nothing else.

/** Page facts from a product-detail object (the PDP API response). Never throws. */
export function extractMicrosoftStoreData(json: unknown): PageFacts {
  if (!isJsonObject(json)) return { ...EMPTY_PAGE_FACTS, privacy: [] };
  const publisher = cleanText(json['publisherName']);
  const facts: PageFacts = {
    pageAppId: safely(() => productId(json['productId']), null),
    title: cleanText(json['title']),
    // "Developed by" when the listing names a developer, else "Published by".
    developer: cleanText(json['developerName']) ?? publisher,
    // The publisher is the account the Store sells under, like Apple's seller.
    legalName: publisher,
    address: cleanLines(json['publisherAddress']),
    privacy: [],
  };
  const required = json['permissionsRequired'];
  return Array.isArray(required) ? { ...facts, permissions: cleanList(required) } : facts;
}

/** Product page: the embedded product object for the page's own id, if the page has one. */
export function extractMicrosoftStore(doc: Document): PageFacts {
  const linkedId = safely(() => idFromSelfLinks(doc, microsoftStore), null);
  const data = safely(() => findJsonRecord(doc, (item) => isProductData(item, linkedId)), null);
  const facts = data ? extractMicrosoftStoreData(data) : { ...EMPTY_PAGE_FACTS, privacy: [] };
  return { ...facts, pageAppId: linkedId ?? facts.pageAppId };
}

function isProductData(item: JsonObject, wantedId: string | null): boolean {
  const id = productId(item['productId']);
  return !!id && (!wantedId || id === wantedId) && typeof item['title'] === 'string' && 'publisherName' in item;
}

// Validated and upper-cased by the same adapter that reads ids from URLs.
function productId(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 20) return null;
  const match = identifyWith([microsoftStore], `https://apps.microsoft.com/detail/${encodeURIComponent(value)}`);
  return match?.store === 'microsoft-store' ? match.id : null;
}
