import { isAndroidPackage } from './android-package';
import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// galaxystore.samsung.com/detail/<pkg>: the Android package, shared with Play and the other stores.
const DETAIL_PATH = /^\/detail\/([^/]+)\/?$/;

export const samsungGalaxyStore: StoreAdapter = {
  store: 'samsung-galaxy-store',
  identify(url) {
    if (!isHttpsOn(url, 'galaxystore.samsung.com')) return null;
    const id = DETAIL_PATH.exec(url.pathname)?.[1];
    return isAndroidPackage(id) ? { store: 'samsung-galaxy-store', type: 'android', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://galaxystore.samsung.com/detail/com.whatsapp', id: 'com.whatsapp' },
    { url: 'https://galaxystore.samsung.com/detail/studio.happycode.puking_cat?langCd=en', id: 'studio.happycode.puking_cat' },
    { url: 'https://galaxystore.samsung.com/detail/com.tencent.mm/', id: 'com.tencent.mm' },
  ],
  nonApp: [
    'https://galaxystore.samsung.com/',
    'https://galaxystore.samsung.com/detail/',
    'https://galaxystore.samsung.com/detail/whatsapp',
    'https://galaxystore.samsung.com/detail/com.whatsapp/reviews',
    'https://galaxystore.samsung.com/search?keyword=whatsapp',
    'http://galaxystore.samsung.com/detail/com.whatsapp',
    'https://galaxystore.samsung.com.evil.example/detail/com.whatsapp',
    'https://galaxystore-samsung.com/detail/com.whatsapp',
  ],
};
