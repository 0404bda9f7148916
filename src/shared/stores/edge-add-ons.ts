import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// microsoftedge.microsoft.com/addons/detail/<slug>/<id>: the id has the same shape as a Chrome
// extension id (32 letters a–p) but names a different listing, so it is its own type.
const ITEM_PATH = /^\/addons\/detail\/(?:[^/]+\/)?([a-p]{32})\/?$/;

export const edgeAddOns: StoreAdapter = {
  store: 'edge-add-ons',
  identify(url) {
    if (!isHttpsOn(url, 'microsoftedge.microsoft.com')) return null;
    const id = ITEM_PATH.exec(url.pathname)?.[1];
    return id ? { store: 'edge-add-ons', type: 'edge', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://microsoftedge.microsoft.com/addons/detail/ublock-origin/odfafepnkmbhccpbejgmiehpchacaeak', id: 'odfafepnkmbhccpbejgmiehpchacaeak' },
    { url: 'https://microsoftedge.microsoft.com/addons/detail/odfafepnkmbhccpbejgmiehpchacaeak?hl=zh-CN', id: 'odfafepnkmbhccpbejgmiehpchacaeak' },
    { url: 'https://microsoftedge.microsoft.com/addons/detail/%E7%BF%BB%E8%AF%91/odfafepnkmbhccpbejgmiehpchacaeak/', id: 'odfafepnkmbhccpbejgmiehpchacaeak' },
  ],
  nonApp: [
    'https://microsoftedge.microsoft.com/addons/Microsoft-Edge-Extensions-Home',
    'https://microsoftedge.microsoft.com/addons/search/translate',
    'https://microsoftedge.microsoft.com/addons/category/Productivity',
    'https://microsoftedge.microsoft.com/addons/detail/ublock-origin/odfafepnkmbhccpbejgmiehpchacaea',
    'https://microsoftedge.microsoft.com/addons/detail/ublock-origin/ODFAFEPNKMBHCCPBEJGMIEHPCHACAEAK',
    'http://microsoftedge.microsoft.com/addons/detail/ublock-origin/odfafepnkmbhccpbejgmiehpchacaeak',
    'https://microsoftedge.microsoft.com.evil.example/addons/detail/ublock-origin/odfafepnkmbhccpbejgmiehpchacaeak',
    'https://microsoft.com/addons/detail/ublock-origin/odfafepnkmbhccpbejgmiehpchacaeak',
  ],
};
