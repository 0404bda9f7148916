import type { PageFacts } from '../../shared/page-facts';
import { googlePlay } from '../../shared/stores/google-play';
import { identifyWith } from '../../shared/stores/identify';
import { readAfDatasets, type AfDataset } from './af-init-data';
import { metaContent } from './dom';
import {
  domAddress,
  domDataSafety,
  domDeveloper,
  domLegalName,
  domSafetySummary,
  domTitle,
} from './google-play-dom';
import {
  findDataSafetyRecord,
  findDetailsRecord,
  recordAddress,
  recordDataSafety,
  recordDeveloper,
  recordLegalName,
  recordSafetySummary,
  recordTitle,
} from './google-play-record';
import { findJsonLd, ldObject, type JsonObject } from './json-ld';
import { idFromSelfLinks, pagePath } from './page-id';
import { firstOf, safely } from './safe';
import { cleanText } from './text';

// Google Play: the details page (every era since 2019) and the data-safety page. Embedded data first
// (the AF_initDataCallback app record, then JSON-LD), the DOM as fallback; see STRUCTURE.md §1–2.

/** What a Google Play app page says about the app. Never throws; missing fields are null / []. */
export function extractGooglePlay(doc: Document): PageFacts {
  const datasets = safely(() => readAfDatasets(doc), []);
  const pageAppId = safely(() => playIdFromPage(doc), null);
  const path = safely(() => pagePath(doc, 'play.google.com'), null);
  return path?.startsWith('/store/apps/datasafety')
    ? dataSafetyFacts(doc, datasets, pageAppId)
    : detailsFacts(doc, datasets, pageAppId);
}

function detailsFacts(doc: Document, datasets: AfDataset[], linkedId: string | null): PageFacts {
  const found = safely(() => findDetailsRecord(datasets, linkedId), null);
  const record = found?.record;
  const ld = safely(() => findJsonLd(doc, 'SoftwareApplication'), null);
  return {
    pageAppId: linkedId ?? found?.id ?? null,
    title: firstOf(() => recordTitle(record), () => cleanText(ld?.['name']), () => domTitle(doc)),
    developer: firstOf(() => recordDeveloper(record), () => authorName(ld), () => domDeveloper(doc)),
    // When the record is there, a field it lacks is absent from the page too (no legal block, no
    // data-safety summary such as "No information available"), so the DOM is not asked.
    legalName: safely(() => (found ? recordLegalName(record) : domLegalName(doc)), null),
    address: safely(() => (found ? recordAddress(record) : domAddress(doc)), null),
    privacy: safely(() => (found ? recordSafetySummary(record) : domSafetySummary(doc)), []),
  };
}

// The data-safety page shows only title, developer and the declaration; its record also carries the
// developer's legal block (the same data as the details page's "About the developer").
function dataSafetyFacts(doc: Document, datasets: AfDataset[], pageAppId: string | null): PageFacts {
  const record = safely(() => findDataSafetyRecord(datasets), null);
  return {
    pageAppId,
    title: firstOf(() => recordTitle(record), () => domTitle(doc)),
    developer: firstOf(() => recordDeveloper(record), () => domDeveloper(doc)),
    legalName: firstOf(() => recordLegalName(record)),
    address: firstOf(() => recordAddress(record)),
    privacy: firstOf(() => recordDataSafety(record), () => domDataSafety(doc)) ?? [],
  };
}

/** Package named by the canonical link / og:url, else by <meta name="appstore:bundle_id">. */
function playIdFromPage(doc: Document): string | null {
  const linked = idFromSelfLinks(doc, googlePlay);
  if (linked) return linked;
  const bundleId = metaContent(doc, 'appstore:bundle_id');
  if (!bundleId) return null;
  // Validated by the same adapter that reads ids from URLs.
  const match = identifyWith([googlePlay], `https://play.google.com/store/apps/details?id=${encodeURIComponent(bundleId)}`);
  return match?.store === 'google-play' ? match.id : null;
}

function authorName(ld: JsonObject | null): string | null {
  return cleanText(ldObject(ld, 'author')?.['name']);
}
