import type { StoreIdType } from '../dataset-types';

/** Stores we identify from the URL. */
export type StoreName =
  | 'google-play'
  | 'apple-app-store'
  | 'chrome-web-store'
  | 'firefox-add-ons'
  | 'microsoft-store'
  | 'edge-add-ons'
  | 'huawei-appgallery'
  | 'f-droid'
  | 'samsung-galaxy-store'
  | 'tencent-myapp'
  | 'xiaomi-getapps';

/** The app a URL points at: the store, and the identity used to look it up in the dataset. */
export interface StoreMatch {
  store: StoreName;
  type: StoreIdType;
  id: string;
}

export interface StoreAdapter {
  store: StoreName;
  /** Returns the app identity for an app page of this store, or null for any other URL. Pure. */
  identify(url: URL): StoreMatch | null;
}

/** Every adapter file also exports `examples`, kept out of the bundles by tree-shaking.
 *  tests/unit/store-adapters.test.ts checks each example against every adapter. */
export interface AdapterExamples {
  /** Each must be identified by its own adapter, with this id, and by no other adapter. */
  apps: ReadonlyArray<{ url: string; id: string }>;
  /** Same-store URLs that are not app pages: no adapter may identify them. */
  nonApp: readonly string[];
}

/** True for an https URL on exactly `host`: no other scheme, no port, no user:password@ prefix, so
 *  look-alike hosts (`host.evil.example`, `evil-host`) and odd forms never pass. */
export function isHttpsOn(url: URL, host: string): boolean {
  return url.protocol === 'https:' && url.hostname === host && url.port === '' && !url.username && !url.password;
}
