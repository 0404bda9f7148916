// What a content script reads from a store page. Everything here is untrusted page text: it is shown
// with textContent only and is never used to build markup or URLs.

/** One block of the store's own privacy declaration, e.g. Apple's "Data Linked to You" card or a
 *  Play data-safety category. */
export interface PrivacyDeclaration {
  /** The heading as the page words it (localized), e.g. "Data Linked to You". */
  heading: string;
  /** The categories or data types under it, as the page words them. */
  items: string[];
}

/** EU trader status as the store shows it (Chrome Web Store's "Trader" / "Non-trader"). */
export type TraderStatus = 'trader' | 'non-trader';

// The optional fields below exist only for stores whose pages can show them. Absent means "this
// store's pages do not say" (or the extractor does not read it); null / [] means "the page was read
// and shows none". A list that is present is what the page declares, never a guess.
export interface PageFacts {
  /** The app id the page itself names (canonical link, embedded data). Compared with the id in the
   *  URL: after in-store navigation the embedded data may still describe the first page loaded. */
  pageAppId: string | null;
  title: string | null;
  /** Developer or seller name as shown on the page. */
  developer: string | null;
  /** Legal name of the developer where the page shows one (Play "About the developer", Apple seller). */
  legalName: string | null;
  /** Postal address as shown, lines joined with "\n". */
  address: string | null;
  /** The store's own privacy declarations; empty when the page shows none. */
  privacy: PrivacyDeclaration[];
  /** EU trader status; null when a store that shows it has not shown it on this page. */
  trader?: TraderStatus | null;
  /** Declared permissions or capabilities, as the page names them: API permissions from a browser
   *  extension's own manifest, Android permissions of F-Droid's latest version, the Microsoft Store's
   *  capability descriptions. */
  permissions?: string[];
  /** Sites a browser extension can read and change once installed (match patterns such as
   *  "<all_urls>" or "https://*.example.com/*"): its host permissions and content-script matches. */
  hostPermissions?: string[];
  /** F-Droid anti-features (e.g. "Ads", "Tracking", "NonFreeNet"). */
  antiFeatures?: string[];
}

/** Nothing found. Holds only the fields every store has: the optional ones stay absent, since an
 *  empty page does not declare "no permissions" or "no anti-features". */
export const EMPTY_PAGE_FACTS: PageFacts = Object.freeze({
  pageAppId: null,
  title: null,
  developer: null,
  legalName: null,
  address: null,
  privacy: [],
}) as PageFacts;
