import { isAndroidPackage } from './android-package';
import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// Tencent MyApp (应用宝), sj.qq.com/appdetail/<pkg>. Identification only: no page structure is known.
const DETAIL_PATH = /^\/appdetail\/([^/]+)\/?$/;

export const tencentMyApp: StoreAdapter = {
  store: 'tencent-myapp',
  identify(url) {
    if (!isHttpsOn(url, 'sj.qq.com')) return null;
    const id = DETAIL_PATH.exec(url.pathname)?.[1];
    return isAndroidPackage(id) ? { store: 'tencent-myapp', type: 'android', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://sj.qq.com/appdetail/com.tencent.mm', id: 'com.tencent.mm' },
    { url: 'https://sj.qq.com/appdetail/com.ss.android.ugc.aweme?from=search', id: 'com.ss.android.ugc.aweme' },
  ],
  nonApp: [
    'https://sj.qq.com/',
    'https://sj.qq.com/search?q=wechat',
    'https://sj.qq.com/appdetail/',
    'https://sj.qq.com/appdetail/12345',
    'http://sj.qq.com/appdetail/com.tencent.mm',
    'https://sj.qq.com.evil.example/appdetail/com.tencent.mm',
    'https://qq.com/appdetail/com.tencent.mm',
  ],
};
