// Every adapter's example URLs against every adapter: each example is identified by its own adapter
// with the expected id and by no other; non-app URLs are identified by none.
import { describe, expect, it } from 'vitest';
import type { AdapterExamples, StoreAdapter } from '../../src/shared/stores/store-adapter';
import { identifyApp, STORE_ADAPTERS } from '../../src/shared/stores';

const modules = import.meta.glob<{ examples?: AdapterExamples } & Record<string, unknown>>('../../src/shared/stores/*.ts', { eager: true });
const adapterFiles = Object.entries(modules).filter(([path]) => !/\/(index|store-adapter)\.ts$/.test(path));

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

  it('never throws on junk', () => {
    for (const junk of ['', 'not a url', 'javascript:alert(1)', 'https://', 'x'.repeat(10_000), undefined, null]) {
      expect(identifyApp(junk as string)).toBeNull();
    }
  });
});
