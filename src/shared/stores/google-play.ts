import { isAndroidPackage } from './android-package';
import type { AdapterExamples, StoreAdapter } from './store-adapter';

// The details page and the separate data-safety page name the app with the same ?id= parameter.
const APP_PATHS = new Set(['/store/apps/details', '/store/apps/datasafety']);

export const googlePlay: StoreAdapter = {
  store: 'google-play',
  identify(url) {
    if (url.protocol !== 'https:' || url.hostname !== 'play.google.com') return null;
    if (!APP_PATHS.has(url.pathname.replace(/\/$/, ''))) return null;
    const id = url.searchParams.get('id');
    if (!isAndroidPackage(id)) return null;
    return { store: 'google-play', type: 'android', id };
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://play.google.com/store/apps/details?id=com.tencent.mm', id: 'com.tencent.mm' },
    { url: 'https://play.google.com/store/apps/details?id=com.instagram.android&hl=zh&gl=CN', id: 'com.instagram.android' },
    { url: 'https://play.google.com/store/apps/details?hl=ko&id=com.youngkiu.stock_knee_shoulder', id: 'com.youngkiu.stock_knee_shoulder' },
    { url: 'https://play.google.com/store/apps/details?id=com.adex77.WhereAmI&hl=en&gl=us', id: 'com.adex77.WhereAmI' },
    { url: 'https://play.google.com/store/apps/datasafety?id=com.google.android.apps.translate&hl=en', id: 'com.google.android.apps.translate' },
    { url: 'https://play.google.com/store/apps/details/?id=com.mojang.minecraftpe#details-reviews', id: 'com.mojang.minecraftpe' },
  ],
  nonApp: [
    'https://play.google.com/store/apps',
    'https://play.google.com/store/games',
    'https://play.google.com/store/search?q=wechat&c=apps',
    'https://play.google.com/store/apps/dev?id=5700313618786177705',
    'https://play.google.com/store/apps/developer?id=Larry+Aasen',
    'https://play.google.com/store/apps/details?id=',
    'https://play.google.com/store/apps/details?id=not-a-package',
    'http://play.google.com/store/apps/details?id=com.tencent.mm',
    'https://play.google.com.evil.example/store/apps/details?id=com.tencent.mm',
  ],
};
