import { chromeWebStore } from '../../shared/stores/chrome-web-store';
import type { PageFacts } from '../../shared/page-facts';
import { readAfDatasets } from './af-init-data';
import {
  domDeveloperBlock,
  domLegacyDeveloper,
  domPrivacy,
  domTitle,
  domTrader,
} from './chrome-web-store-dom';
import {
  findItemRecord,
  recordAddress,
  recordDeveloper,
  recordLegalName,
  recordPermissions,
  recordTitle,
  recordTrader,
} from './chrome-web-store-record';
import { idFromSelfLinks } from './page-id';
import { firstOf, safely } from './safe';

// Chrome Web Store item page, chromewebstore.google.com/detail/<slug>/<id> (2023 →) and the legacy
// chrome.google.com/webstore/detail/… page (STRUCTURE.md §4). The embedded item record first, the DOM
// as fallback; the privacy disclosures are read from the DOM only (the record holds them as codes).
// Chrome itself forbids content scripts on this store, so this runs in other browsers.

/** What a Chrome Web Store item page says about the item. Never throws; missing fields are null / []. */
export function extractChromeWebStore(doc: Document): PageFacts {
  const linkedId = safely(() => idFromSelfLinks(doc, chromeWebStore), null);
  const found = safely(() => findItemRecord(readAfDatasets(doc), linkedId), null);
  const record = found?.record;
  const block = safely(() => domDeveloperBlock(doc), { name: null, address: null });
  const facts: PageFacts = {
    pageAppId: linkedId ?? found?.id ?? null,
    title: firstOf(() => recordTitle(record), () => domTitle(doc)),
    // With the record, a missing name or address is missing from the page too.
    developer: found ? safely(() => recordDeveloper(record), null) : (block.name ?? safely(() => domLegacyDeveloper(doc), null)),
    legalName: found ? safely(() => recordLegalName(record), null) : block.name,
    address: found ? safely(() => recordAddress(record), null) : block.address,
    privacy: safely(() => domPrivacy(doc), []),
    trader: firstOf(() => (found ? recordTrader(record) : null), () => domTrader(doc)),
  };
  // Only the embedded manifest says what the item may do; without it the lists stay absent.
  const permissions = found ? safely(() => recordPermissions(record), null) : null;
  return permissions ? { ...facts, ...permissions } : facts;
}
