// The host permissions both built manifests must have: one per supported store (issue 3), nothing
// broader (no <all_urls>, no wildcard hosts). Adding a store means changing this list on purpose; the
// README's permissions table justifies each entry.
export const HOST_PERMISSIONS = [
  'https://play.google.com/*',
  'https://apps.apple.com/*',
  'https://chromewebstore.google.com/*',
  'https://chrome.google.com/webstore/*',
  'https://addons.mozilla.org/*',
  'https://apps.microsoft.com/*',
  'https://www.microsoft.com/*/p/*',
  'https://www.microsoft.com/*/store/apps/*',
  'https://microsoftedge.microsoft.com/addons/*',
  'https://appgallery.huawei.com/*',
  'https://f-droid.org/*',
  'https://galaxystore.samsung.com/*',
  'https://sj.qq.com/appdetail/*',
  'https://app.mi.com/details*',
];
