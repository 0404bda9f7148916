import { appleAppStore } from '../../shared/stores/apple-app-store';
import type { PageFacts } from '../../shared/page-facts';
import { domDeveloper, domPrivacy, domSeller, domTitle } from './apple-dom';
import {
  findProductPageData,
  serverDeveloper,
  serverPrivacy,
  serverSeller,
  serverTitle,
} from './apple-server-data';
import { findJsonLd, ldObject } from './json-ld';
import { idFromSelfLinks } from './page-id';
import { firstOf, safely } from './safe';
import { cleanText } from './text';

// Apple App Store product page, apps.apple.com/<cc>/app/<slug>/id<digits>. JSON-LD and the embedded
// server data first, then the DOM (Svelte ids, then Ember classes); see STRUCTURE.md §3.

/** What an App Store product page says about the app. Never throws; missing fields are null / []. */
export function extractAppleAppStore(doc: Document): PageFacts {
  const pageAppId = safely(() => idFromSelfLinks(doc, appleAppStore), null);
  const ld = safely(() => findJsonLd(doc, 'SoftwareApplication'), null);
  const page = safely(() => findProductPageData(doc, pageAppId), null);
  return {
    pageAppId,
    title: firstOf(() => cleanText(ld?.['name']), () => serverTitle(page), () => domTitle(doc)),
    developer: firstOf(
      () => cleanText(ldObject(ld, 'author')?.['name']),
      () => serverDeveloper(page),
      () => domDeveloper(doc),
    ),
    legalName: firstOf(() => serverSeller(page), () => domSeller(doc)),
    // Apple's product page shows no postal address for the seller.
    address: null,
    privacy: firstOf(() => serverPrivacy(page), () => domPrivacy(doc)) ?? [],
  };
}
