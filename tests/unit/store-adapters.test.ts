// Every adapter's example URLs against every adapter: each example is identified by its own adapter
// with the expected id and by no other; non-app URLs are identified by none.
import { describe, expect, it } from 'vitest';
import type { AdapterExamples, StoreAdapter } from '../../src/shared/stores/store-adapter';
import { identifyApp, STORE_ADAPTERS, STORE_LABELS } from '../../src/shared/stores';

const modules = import.meta.glob<{ examples?: AdapterExamples } & Record<string, unknown>>('../../src/shared/stores/*.ts', { eager: true });
// Modules that are not adapters: the registry, the shared types and URL check, the package-name check.
const NOT_ADAPTERS = /\/(index|store-adapter|android-package|identify)\.ts$/;
const adapterFiles = Object.entries(modules).filter(([path]) => !NOT_ADAPTERS.test(path));

function adapterOf(mod: Record<string, unknown>): StoreAdapter {
  const found = Object.values(mod).find((v): v is StoreAdapter => STORE_ADAPTERS.includes(v as StoreAdapter));
  if (!found) throw new Error('adapter file exports no registered adapter');
  return found;
}

describe('store adapters', () => {
  it('has one registered adapter per file, each with examples', () => {
    expect(adapterFiles.length).toBe(STORE_ADAPTERS.length);
    for (const [path, mod] of adapterFiles) {
      expect(mod.examples?.apps.length, `${path} needs app examples`).toBeGreaterThan(0);
      expect(mod.examples?.nonApp.length, `${path} needs non-app examples`).toBeGreaterThan(0);
      adapterOf(mod);
    }
  });

  for (const [path, mod] of adapterFiles) {
    const own = adapterOf(mod);
    describe(path.split('/').pop()!, () => {
      for (const example of mod.examples!.apps) {
        it(`identifies ${example.url}`, () => {
          for (const adapter of STORE_ADAPTERS) {
            const match = adapter.identify(new URL(example.url));
            if (adapter === own) expect(match?.id).toBe(example.id);
            else expect(match, `${adapter.store} must not claim it`).toBeNull();
          }
        });
      }
      for (const url of mod.examples!.nonApp) {
        it(`ignores ${url}`, () => expect(identifyApp(url)).toBeNull());
      }
    });
  }

  it('labels every store', () => {
    for (const adapter of STORE_ADAPTERS) expect(STORE_LABELS[adapter.store], adapter.store).toBeTruthy();
  });

  it('gives one Android package the same identity in every Android store', () => {
    const urls = [
      'https://play.google.com/store/apps/details?id=com.tencent.mm',
      'https://f-droid.org/en/packages/com.tencent.mm/',
      'https://galaxystore.samsung.com/detail/com.tencent.mm',
      'https://sj.qq.com/appdetail/com.tencent.mm',
      'https://app.mi.com/details?id=com.tencent.mm',
    ];
    const matches = urls.map(identifyApp);
    expect(new Set(matches.map((m) => m?.store)).size).toBe(urls.length);
    for (const match of matches) expect([match?.type, match?.id]).toEqual(['android', 'com.tencent.mm']);
  });

  it('rejects store URLs with a port or credentials', () => {
    for (const url of [
      'https://chromewebstore.google.com:444/detail/gmail/pjkljhegncpnkpknbcohdijeoejaedia',
      'https://user:pw@addons.mozilla.org/en-US/firefox/addon/ublock-origin/',
      'https://user@f-droid.org/en/packages/org.fdroid.fdroid/',
    ]) {
      expect(identifyApp(url), url).toBeNull();
    }
  });

  it('never throws on junk', () => {
    for (const junk of ['', 'not a url', 'javascript:alert(1)', 'https://', 'x'.repeat(10_000), undefined, null]) {
      expect(identifyApp(junk as string)).toBeNull();
    }
  });
});
