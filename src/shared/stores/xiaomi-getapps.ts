import { isAndroidPackage } from './android-package';
import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// Xiaomi GetApps (小米应用商店), app.mi.com/details?id=<pkg>. Identification only: no page structure
// is known.
export const xiaomiGetApps: StoreAdapter = {
  store: 'xiaomi-getapps',
  identify(url) {
    if (!isHttpsOn(url, 'app.mi.com') || url.pathname.replace(/\/$/, '') !== '/details') return null;
    const id = url.searchParams.get('id');
    return isAndroidPackage(id) ? { store: 'xiaomi-getapps', type: 'android', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://app.mi.com/details?id=com.tencent.mm', id: 'com.tencent.mm' },
    { url: 'https://app.mi.com/details?id=com.ss.android.ugc.aweme&ref=search', id: 'com.ss.android.ugc.aweme' },
  ],
  nonApp: [
    'https://app.mi.com/',
    'https://app.mi.com/details',
    'https://app.mi.com/details?id=',
    'https://app.mi.com/details?id=not a package',
    'https://app.mi.com/search?keywords=wechat',
    'http://app.mi.com/details?id=com.tencent.mm',
    'https://app.mi.com.evil.example/details?id=com.tencent.mm',
    'https://global.app.mi.com.evil.example/details?id=com.tencent.mm',
  ],
};
