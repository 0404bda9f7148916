import type { StoreAdapter } from '../../shared/stores';
import { identifyWith } from '../../shared/stores/identify';
import { metaContent } from './dom';

// The URLs a page gives for itself. Play's data-safety page has two canonicals, one without the id;
// Apple's og:url adds ?l=<lang>. The store adapters decide what an id looks like, so ids found here
// compare equal to ids found in the address bar.
function selfUrls(doc: Document): string[] {
  const canonicals = Array.from(doc.querySelectorAll('link[rel="canonical"]')).slice(0, 10);
  const urls = canonicals.map((link) => link.getAttribute('href'));
  urls.push(metaContent(doc, 'og:url'));
  return urls.filter((url): url is string => !!url);
}

/** The app id named by the page's canonical link or og:url, for the given store. Takes the store's
 *  adapter (not all of them), so each store's content script bundles only its own. */
export function idFromSelfLinks(doc: Document, adapter: StoreAdapter): string | null {
  for (const url of selfUrls(doc)) {
    const match = identifyWith([adapter], url);
    if (match) return match.id;
  }
  return null;
}

/** Path of the page (details vs data safety): the document URL when it is a store URL, else the
 *  canonical link (tests and saved pages have no real document URL). */
export function pagePath(doc: Document, host: string): string | null {
  for (const url of [doc.URL, ...selfUrls(doc)]) {
    try {
      const parsed = new URL(url);
      if (parsed.hostname === host) return parsed.pathname;
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}
