import type { PageFacts } from '../../shared/page-facts';
import type { StoreName } from '../../shared/stores';
import { extractAppleAppStore } from './apple-app-store';
import { extractChromeWebStore } from './chrome-web-store';
import { extractFDroid } from './f-droid';
import { extractFirefoxAddOns } from './firefox-add-ons';
import { extractGooglePlay } from './google-play';
import { extractHuaweiAppGallery } from './huawei-appgallery';
import { extractMicrosoftStore } from './microsoft-store';
import { safeExtract } from './safe-extract';
import { extractSamsungGalaxyStore } from './samsung-galaxy-store';

export type ExtractableStore = StoreName;

// Stores with no extractor (Edge Add-ons, Tencent MyApp, Xiaomi GetApps) are identified from the URL
// only: no structure of their pages is known, so their pages yield empty facts.
const EXTRACTORS: Partial<Record<StoreName, (doc: Document) => PageFacts>> = {
  'google-play': extractGooglePlay,
  'apple-app-store': extractAppleAppStore,
  'chrome-web-store': extractChromeWebStore,
  'firefox-add-ons': extractFirefoxAddOns,
  'microsoft-store': extractMicrosoftStore,
  'huawei-appgallery': extractHuaweiAppGallery,
  'f-droid': extractFDroid,
  'samsung-galaxy-store': extractSamsungGalaxyStore,
};

/** Page facts for the store the URL was identified as. Never throws: a failure yields empty facts. */
export function extractPageFacts(store: ExtractableStore, doc: Document): PageFacts {
  return safeExtract(Object.hasOwn(EXTRACTORS, store) ? EXTRACTORS[store] : undefined, doc);
}
