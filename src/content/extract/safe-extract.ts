import type { PageFacts } from '../../shared/page-facts';
import { EMPTY_PAGE_FACTS } from '../../shared/page-facts';

/** Runs one store's extractor. Never throws: a failure (or no extractor) yields empty facts, and the
 *  popup shows "not found" rather than nothing at all. */
export function safeExtract(extract: ((doc: Document) => PageFacts) | undefined, doc: Document): PageFacts {
  try {
    if (extract) return extract(doc);
  } catch {
    // fall through
  }
  // A fresh object: EMPTY_PAGE_FACTS is frozen and callers may fill in what they find.
  return { ...EMPTY_PAGE_FACTS, privacy: [] };
}
