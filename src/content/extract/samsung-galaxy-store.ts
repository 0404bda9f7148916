import { samsungGalaxyStore } from '../../shared/stores/samsung-galaxy-store';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { isAndroidPackage } from '../../shared/stores/android-package';
import { findJsonRecord } from './embedded-json';
import { findJsonLd, isJsonObject, ldObject, type JsonObject } from './json-ld';
import { idFromSelfLinks } from './page-id';
import { firstOf, safely } from './safe';
import { cleanLines, cleanText } from './text';

// Samsung Galaxy Store, galaxystore.samsung.com/detail/<pkg>: a single-page app fed by the store's
// detail JSON (STRUCTURE.md §6, seen in a scraper's recording of /api/detail/<pkg>, not in a page):
//   DetailMain {appId, contentName, sellerName, …}
//   SellerInfo {sellerTradeName, firstSellerAddress, secondSellerAddress, …}   (EU trader data)
//   RichSnippet  a schema.org SoftwareApplication, also emitted as JSON-LD
// No captured page is saved: whether the page embeds that JSON is unverified, so it is looked for
// by its keys in the page's JSON scripts, with the JSON-LD block as fallback for name and seller.

/** What a Galaxy Store app page says about the app. Never throws; missing fields are null / []. */
export function extractSamsungGalaxyStore(doc: Document): PageFacts {
  const linkedId = safely(() => idFromSelfLinks(doc, samsungGalaxyStore), null);
  const detail = safely(() => findJsonRecord(doc, (item) => isDetail(item, linkedId)), null);
  const main = child(detail, 'DetailMain');
  const seller = child(detail, 'SellerInfo');
  const ld = safely(() => findJsonLd(doc, 'SoftwareApplication'), null);
  return {
    ...EMPTY_PAGE_FACTS,
    pageAppId: linkedId ?? packageOf(main?.['appId']),
    title: firstOf(() => cleanText(main?.['contentName']), () => cleanText(ld?.['name'])),
    developer: firstOf(() => cleanText(main?.['sellerName']), () => cleanText(ldObject(ld, 'author')?.['name'])),
    legalName: cleanText(seller?.['sellerTradeName']),
    address: cleanLines([seller?.['firstSellerAddress'], seller?.['secondSellerAddress']].filter((line) => typeof line === 'string').join('\n')),
    privacy: [],
  };
}

function packageOf(value: unknown): string | null {
  return typeof value === 'string' && isAndroidPackage(value) ? value : null;
}

function child(item: JsonObject | null, key: string): JsonObject | null {
  const value = item?.[key];
  return isJsonObject(value) ? value : null;
}

// The detail record for the page's own package (or any, when the page names none).
function isDetail(item: JsonObject, wantedId: string | null): boolean {
  const appId = child(item, 'DetailMain')?.['appId'];
  return typeof appId === 'string' && (!wantedId || appId === wantedId);
}
