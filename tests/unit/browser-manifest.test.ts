import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Manifest } from '../../scripts/lib/browser-manifest';
import { manifestFor } from '../../scripts/lib/browser-manifest';
import { HOST_PERMISSIONS } from '../helpers/expected-permissions';

const base = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Manifest;

describe('manifestFor', () => {
  it('gives Chrome a service worker and no Firefox settings', () => {
    const m = manifestFor(base, 'chrome');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(m.minimum_chrome_version).toBe(base.minimum_chrome_version);
  });

  it('gives Firefox background scripts and gecko settings', () => {
    const m = manifestFor(base, 'firefox');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.minimum_chrome_version).toBeUndefined();
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/@/);
    expect(gecko?.strict_min_version).toBeTruthy();
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('does not change the input', () => {
    const copy = structuredClone(base);
    manifestFor(base, 'chrome');
    manifestFor(base, 'firefox');
    expect(base).toEqual(copy);
  });

  it('refuses a Firefox manifest without gecko id or data_collection_permissions', () => {
    const noId = structuredClone(base);
    delete noId.browser_specific_settings!.gecko!.id;
    expect(() => manifestFor(noId, 'firefox')).toThrow(/gecko.id/);
    const noData = structuredClone(base);
    delete noData.browser_specific_settings!.gecko!.data_collection_permissions;
    expect(() => manifestFor(noData, 'firefox')).toThrow(/data_collection_permissions/);
  });

  it('keeps the permissions minimal and the same in both browsers', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(base, browser) as Manifest & { permissions: string[]; host_permissions: string[] };
      expect(m.permissions).toEqual(['storage']);
      // One entry per supported store; adding a host must be a deliberate change of this list.
      expect(m.host_permissions).toEqual(HOST_PERMISSIONS);
      expect(m.web_accessible_resources).toBeUndefined();
    }
  });
});
