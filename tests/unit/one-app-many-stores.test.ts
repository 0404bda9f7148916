// One app, many stores: the store identities in the bundled dataset are found from every store's URL
// shape. An Android package is the same app on Google Play, F-Droid, Galaxy Store, MyApp and GetApps.
import { describe, expect, it } from 'vitest';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { identifyApp } from '../../src/shared/stores';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { loadDataset } from '../../scripts/lib/load-dataset';

const data = new EffectiveDataset(compileDataset(loadDataset().records), emptyUserLayer());
const lookUp = (url: string) => {
  const match = identifyApp(url);
  return match ? data.appByStoreId(match.type, match.id)?.record.id : undefined;
};

describe('one app, many stores (bundled dataset)', () => {
  it.each([
    'https://play.google.com/store/apps/details?id=com.tencent.mm&hl=en',
    'https://f-droid.org/en/packages/com.tencent.mm/',
    'https://galaxystore.samsung.com/detail/com.tencent.mm',
    'https://sj.qq.com/appdetail/com.tencent.mm',
    'https://app.mi.com/details?id=com.tencent.mm',
    'https://apps.apple.com/us/app/wechat/id414478124',
    'https://itunes.apple.com/cn/app/id414478124?mt=8',
  ])('finds WeChat from %s', (url) => {
    expect(lookUp(url)).toBe('wechat');
  });

  it('finds a browser extension from its Chrome Web Store URLs, new and legacy', () => {
    expect(lookUp('https://chromewebstore.google.com/detail/google-translate/aapbdbdomjkkjkaonfhkkikfgjllcleb')).toBe('google-translate-chrome-extension');
    expect(lookUp('https://chrome.google.com/webstore/detail/google-translate/aapbdbdomjkkjkaonfhkkikfgjllcleb?hl=en')).toBe('google-translate-chrome-extension');
  });

  it('finds every store identity of every bundled app from a URL of its store', () => {
    const urlFor: Record<string, (id: string) => string> = {
      android: (id) => `https://play.google.com/store/apps/details?id=${id}`,
      apple: (id) => `https://apps.apple.com/us/app/x/id${id}`,
      chrome: (id) => `https://chromewebstore.google.com/detail/x/${id}`,
      firefox: (id) => `https://addons.mozilla.org/en-US/firefox/addon/${encodeURIComponent(id)}/`,
      microsoft: (id) => `https://apps.microsoft.com/detail/${id.toLowerCase()}`,
      edge: (id) => `https://microsoftedge.microsoft.com/addons/detail/x/${id}`,
      huawei: (id) => `https://appgallery.huawei.com/app/${id}`,
    };
    let checked = 0;
    for (const { record } of data.all('app')) {
      for (const s of record.stores) {
        const make = urlFor[s.type];
        // A store type without a URL shape here would be an identity no page can ever show.
        expect(make, `${record.id}: no URL shape for store type ${s.type}`).toBeDefined();
        expect(lookUp(make!(s.id)), `${record.id} ${s.type}:${s.id}`).toBe(record.id);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(data.all('app').length);
  });
});
