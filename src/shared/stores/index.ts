import { appleAppStore } from './apple-app-store';
import { googlePlay } from './google-play';
import type { StoreAdapter, StoreMatch, StoreName } from './store-adapter';

export type { StoreAdapter, StoreMatch, StoreName } from './store-adapter';

export const STORE_ADAPTERS: readonly StoreAdapter[] = [googlePlay, appleAppStore];

/** The app a URL points at, or null when it is not an app page of a store we know. Never throws. */
export function identifyApp(href: string | undefined | null): StoreMatch | null {
  if (!href || href.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  for (const adapter of STORE_ADAPTERS) {
    const match = adapter.identify(url);
    if (match) return match;
  }
  return null;
}

export function sameApp(a: StoreMatch | null, b: StoreMatch | null): boolean {
  return !!a && !!b && a.store === b.store && a.type === b.type && a.id === b.id;
}

export const STORE_LABELS: Record<StoreName, string> = {
  'google-play': 'Google Play',
  'apple-app-store': 'App Store',
};
