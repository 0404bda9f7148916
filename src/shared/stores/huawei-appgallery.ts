import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// appgallery.huawei.com/app/C<digits>, and the older single-page form /#/app/C<digits> whose route
// lives in the fragment (it may carry its own "?query"). The C-id is AppGallery's own; the Android
// package, when the page shows it, comes from the page, not the URL.
const APP_ROUTE = /^\/app\/(C\d{5,15})\/?$/;

function route(url: URL): string {
  if (url.pathname !== '/' || !url.hash.startsWith('#/')) return url.pathname;
  return url.hash.slice(1).split('?')[0] ?? '';
}

export const huaweiAppGallery: StoreAdapter = {
  store: 'huawei-appgallery',
  identify(url) {
    if (!isHttpsOn(url, 'appgallery.huawei.com')) return null;
    const id = APP_ROUTE.exec(route(url))?.[1];
    return id ? { store: 'huawei-appgallery', type: 'huawei', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://appgallery.huawei.com/app/C100263871', id: 'C100263871' },
    { url: 'https://appgallery.huawei.com/app/C10132067?sharePrepath=ag&locale=en_GB', id: 'C10132067' },
    { url: 'https://appgallery.huawei.com/#/app/C100263871', id: 'C100263871' },
    { url: 'https://appgallery.huawei.com/#/app/C10132067?sharePrepath=ag', id: 'C10132067' },
  ],
  nonApp: [
    'https://appgallery.huawei.com/',
    'https://appgallery.huawei.com/#/Top',
    'https://appgallery.huawei.com/#/search/wechat',
    'https://appgallery.huawei.com/Featured',
    'https://appgallery.huawei.com/app/100263871',
    'https://appgallery.huawei.com/app/Cabc',
    'https://appgallery.huawei.com/app/c100263871',
    'https://appgallery.huawei.com/app/C100263871/comments/extra',
    'http://appgallery.huawei.com/app/C100263871',
    'https://appgallery.huawei.com.evil.example/app/C100263871',
    'https://appgallery.cloud.huawei.com/app/C100263871',
  ],
};
