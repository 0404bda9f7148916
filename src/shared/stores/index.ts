import { appleAppStore } from './apple-app-store';
import { chromeWebStore } from './chrome-web-store';
import { edgeAddOns } from './edge-add-ons';
import { fDroid } from './f-droid';
import { firefoxAddOns } from './firefox-add-ons';
import { googlePlay } from './google-play';
import { huaweiAppGallery } from './huawei-appgallery';
import { microsoftStore } from './microsoft-store';
import { samsungGalaxyStore } from './samsung-galaxy-store';
import { tencentMyApp } from './tencent-myapp';
import { xiaomiGetApps } from './xiaomi-getapps';
import { identifyWith } from './identify';
import type { StoreAdapter, StoreMatch, StoreName } from './store-adapter';

export type { StoreAdapter, StoreMatch, StoreName } from './store-adapter';

// Every adapter checks its own exact host, so at most one can match and the order does not matter.
export const STORE_ADAPTERS: readonly StoreAdapter[] = [
  googlePlay,
  appleAppStore,
  chromeWebStore,
  firefoxAddOns,
  microsoftStore,
  edgeAddOns,
  huaweiAppGallery,
  fDroid,
  samsungGalaxyStore,
  tencentMyApp,
  xiaomiGetApps,
];

/** The app a URL points at, or null when it is not an app page of a store we know. Never throws. */
export function identifyApp(href: string | undefined | null): StoreMatch | null {
  return identifyWith(STORE_ADAPTERS, href);
}

export function sameApp(a: StoreMatch | null, b: StoreMatch | null): boolean {
  return !!a && !!b && a.store === b.store && a.type === b.type && a.id === b.id;
}

export const STORE_LABELS: Record<StoreName, string> = {
  'google-play': 'Google Play',
  'apple-app-store': 'App Store',
  'chrome-web-store': 'Chrome Web Store',
  'firefox-add-ons': 'Firefox Add-ons',
  'microsoft-store': 'Microsoft Store',
  'edge-add-ons': 'Edge Add-ons',
  'huawei-appgallery': 'Huawei AppGallery',
  'f-droid': 'F-Droid',
  'samsung-galaxy-store': 'Galaxy Store',
  'tencent-myapp': 'Tencent MyApp',
  'xiaomi-getapps': 'Xiaomi GetApps',
};
