import { isAndroidPackage } from './android-package';
import { type AdapterExamples, isHttpsOn, type StoreAdapter } from './store-adapter';

// f-droid.org/<lang>/packages/<pkg>/ and f-droid.org/packages/<pkg>/. Language folders look like
// "en", "de", "pt_BR", "zh_Hans".
const PACKAGE_PATH = /^\/(?:[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?\/)?packages\/([^/]+)\/?$/;

export const fDroid: StoreAdapter = {
  store: 'f-droid',
  identify(url) {
    if (!isHttpsOn(url, 'f-droid.org')) return null;
    const id = PACKAGE_PATH.exec(url.pathname)?.[1];
    return isAndroidPackage(id) ? { store: 'f-droid', type: 'android', id } : null;
  },
};

export const examples: AdapterExamples = {
  apps: [
    { url: 'https://f-droid.org/en/packages/org.fdroid.fdroid/', id: 'org.fdroid.fdroid' },
    { url: 'https://f-droid.org/zh_Hans/packages/org.telegram.messenger/', id: 'org.telegram.messenger' },
    { url: 'https://f-droid.org/pt_BR/packages/de.danoeh.antennapod', id: 'de.danoeh.antennapod' },
    { url: 'https://f-droid.org/packages/com.termux/#latest', id: 'com.termux' },
  ],
  nonApp: [
    'https://f-droid.org/',
    'https://f-droid.org/en/packages/',
    'https://f-droid.org/en/docs/Anti-Features/',
    'https://f-droid.org/en/categories/security/',
    'https://f-droid.org/en/packages/not-a-package/',
    'https://f-droid.org/en/packages/org.fdroid.fdroid/extra/',
    'https://f-droid.org/repo/org.fdroid.fdroid_1020050.apk',
    'http://f-droid.org/en/packages/org.fdroid.fdroid/',
    'https://f-droid.org.evil.example/en/packages/org.fdroid.fdroid/',
    'https://www.f-droid.org.evil.example/packages/org.fdroid.fdroid/',
  ],
};
