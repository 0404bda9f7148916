// One manifest.json for both browsers; this turns it into each browser's own. Chrome runs the
// background as a service worker; Firefox runs `background.scripts` and needs its gecko settings.
export type TargetBrowser = 'chrome' | 'firefox';

export interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown } };
  minimum_chrome_version?: string;
  [key: string]: unknown;
}

export function manifestFor(base: Manifest, browser: TargetBrowser): Manifest {
  const manifest = structuredClone(base);
  const background = { ...manifest.background };
  if (browser === 'chrome') {
    if (!background.service_worker) throw new Error('manifest.json: background.service_worker is required for Chrome');
    delete background.scripts;
    delete manifest.browser_specific_settings;
  } else {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (!background.scripts?.length) throw new Error('manifest.json: background.scripts is required for Firefox');
    if (!gecko?.id) throw new Error('manifest.json: browser_specific_settings.gecko.id is required for Firefox');
    if (!gecko.strict_min_version) throw new Error('manifest.json: gecko.strict_min_version is required for Firefox');
    if (!gecko.data_collection_permissions) throw new Error('manifest.json: gecko.data_collection_permissions is required for Firefox');
    delete background.service_worker;
    delete manifest.minimum_chrome_version;
  }
  manifest.background = background;
  return manifest;
}
