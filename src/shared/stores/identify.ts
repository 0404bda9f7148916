import type { StoreAdapter, StoreMatch } from './store-adapter';

export type Identify = (href: string | undefined | null) => StoreMatch | null;

/** The app a URL points at according to these adapters, or null. Never throws. Content scripts use
 *  it with their own store's adapter only, to stay small. */
export function identifyWith(adapters: readonly StoreAdapter[], href: string | undefined | null): StoreMatch | null {
  if (!href || href.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const adapter of adapters) {
    const match = adapter.identify(url);
    if (match) return match;
  }
  return null;
}
