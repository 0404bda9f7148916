import type { AdapterExamples, StoreAdapter } from './store-adapter';

// apps.apple.com/<storefront>/app/<optional slug>/id<digits>; the same shape serves iPhone, iPad and
// Mac apps. Legacy itunes.apple.com links use the same path and redirect to apps.apple.com.
const APP_PATH = /^\/(?:[a-z]{2}\/)?app\/(?:[^/]+\/)?id(\d{1,15})\/?$/i;
const HOSTS = new Set(['apps.apple.com', 'itunes.apple.com']);

export const appleAppStore: StoreAdapter = {
  store: 'apple-app-store',
  identify(url) {
    if (url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return null;
    const m = APP_PATH.exec(url.pathname);
    if (!m?.[1]) return null;
    return { store: 'apple-app-store', type: 'apple', id: String(Number(m[1])) };
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://apps.apple.com/us/app/wechat/id414478124', id: '414478124' },
    { url: 'https://apps.apple.com/th/app/univerza-tukdaeng/id6811926515', id: '6811926515' },
    { url: 'https://apps.apple.com/cn/app/%E5%BE%AE%E4%BF%A1/id414478124?l=en-GB', id: '414478124' },
    { url: 'https://apps.apple.com/gb/app/get-stuff-done/id1185631908?mt=12', id: '1185631908' },
    { url: 'https://apps.apple.com/app/id389801252', id: '389801252' },
    { url: 'https://itunes.apple.com/us/app/instagram/id389801252?mt=8', id: '389801252' },
  ],
  nonApp: [
    'https://apps.apple.com/us/developer/univerza-co-ltd/id6811767204',
    'https://apps.apple.com/us/charts/iphone',
    'https://apps.apple.com/us/story/id1538632801',
    'https://apps.apple.com/',
    'https://www.apple.com/app-store/',
    'http://apps.apple.com/us/app/wechat/id414478124',
  ],
};
