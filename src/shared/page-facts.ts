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
}

export const EMPTY_PAGE_FACTS: PageFacts = Object.freeze({
  pageAppId: null,
  title: null,
  developer: null,
  legalName: null,
  address: null,
  privacy: [],
}) as PageFacts;
