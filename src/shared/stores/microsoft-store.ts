import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// Microsoft Store product ids: 12 letters and digits (e.g. 9NKSQGP7F2NH), or 14 starting with "XP"
// for desktop (Win32) apps. URLs use either case; the dataset keeps them upper-cased.
//   apps.microsoft.com/detail/<id>, /detail/<slug>/<id>, /store/detail/[<slug>/]<id>   (2023 →)
//   www.microsoft.com/<locale>/p/<slug>/<id>, /<locale>/store/apps/<slug>/<id>         (older)
const PRODUCT_ID = '((?:XP)?[0-9A-Z]{12})';
const APPS_PATH = new RegExp(`^/(?:store/)?detail/(?:[^/]+/)?${PRODUCT_ID}/?$`, 'i');
const LEGACY_PATH = new RegExp(`^/(?:[a-z]{2}-[a-z]{2}/)?(?:p|store/apps)/(?:[^/]+/)?${PRODUCT_ID}/?$`, 'i');

function productId(url: URL): string | null {
  if (isHttpsOn(url, 'apps.microsoft.com')) return APPS_PATH.exec(url.pathname)?.[1] ?? null;
  if (isHttpsOn(url, 'www.microsoft.com')) return LEGACY_PATH.exec(url.pathname)?.[1] ?? null;
  return null;
}

export const microsoftStore: StoreAdapter = {
  store: 'microsoft-store',
  identify(url) {
    const id = productId(url);
    return id ? { store: 'microsoft-store', type: 'microsoft', id: id.toUpperCase() } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://apps.microsoft.com/detail/9NKSQGP7F2NH', id: '9NKSQGP7F2NH' },
    { url: 'https://apps.microsoft.com/detail/9nh2gph4jzs4?hl=en-US&gl=US', id: '9NH2GPH4JZS4' },
    { url: 'https://apps.microsoft.com/detail/tiktok/9NH2GPH4JZS4', id: '9NH2GPH4JZS4' },
    { url: 'https://apps.microsoft.com/store/detail/whatsapp/9NKSQGP7F2NH?hl=en-us&gl=us', id: '9NKSQGP7F2NH' },
    { url: 'https://apps.microsoft.com/detail/xpfftq037jwmhs', id: 'XPFFTQ037JWMHS' },
    { url: 'https://www.microsoft.com/en-us/p/tiktok/9nh2gph4jzs4', id: '9NH2GPH4JZS4' },
    { url: 'https://www.microsoft.com/de-de/p/whatsapp/9nksqgp7f2nh?activetab=pivot:overviewtab', id: '9NKSQGP7F2NH' },
    { url: 'https://www.microsoft.com/en-gb/store/apps/tiktok/9nh2gph4jzs4', id: '9NH2GPH4JZS4' },
    { url: 'https://www.microsoft.com/store/apps/9nh2gph4jzs4', id: '9NH2GPH4JZS4' },
  ],
  nonApp: [
    'https://apps.microsoft.com/home',
    'https://apps.microsoft.com/apps',
    'https://apps.microsoft.com/search?query=tiktok',
    'https://apps.microsoft.com/detail/9NH2GPH4JZS',
    'https://apps.microsoft.com/detail/9NH2GPH4JZS4X',
    'https://apps.microsoft.com/detail/9NH2GPH4-ZS4',
    'https://www.microsoft.com/en-us/store/b/home',
    'https://www.microsoft.com/en-us/p/tiktok/',
    'https://www.microsoft.com/en-us/d/surface-laptop/8xn49v61s1bn/extra',
    'http://apps.microsoft.com/detail/9NKSQGP7F2NH',
    'https://apps.microsoft.com.evil.example/detail/9NKSQGP7F2NH',
    'https://microsoft.com/en-us/p/tiktok/9nh2gph4jzs4',
    'https://apps.microsoft.co/detail/9NKSQGP7F2NH',
  ],
};
