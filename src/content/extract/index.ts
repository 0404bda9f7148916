import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { extractAppleAppStore } from './apple-app-store';
import { extractGooglePlay } from './google-play';

export type ExtractableStore = 'google-play' | 'apple-app-store';

/** Page facts for the store the URL was identified as. Never throws: a failure yields empty facts. */
export function extractPageFacts(store: ExtractableStore, doc: Document): PageFacts {
  try {
    if (store === 'google-play') return extractGooglePlay(doc);
    if (store === 'apple-app-store') return extractAppleAppStore(doc);
  } catch {
    // fall through: the popup shows "not found" rather than nothing at all
  }
  return emptyFacts();
}

// A fresh object: EMPTY_PAGE_FACTS is frozen and callers may fill in what they find.
function emptyFacts(): PageFacts {
  return { ...EMPTY_PAGE_FACTS, privacy: [] };
}
