// Issue 7, item 6: least privilege, checked on what ships — the built manifests in dist/chrome and
// dist/firefox (and the zips made from them), so it runs after `npm run build` with the other
// end-to-end suites. A change to any list pinned here must be deliberate: update the list in the same
// change, and the README's Permissions section with it.
import { HOST_PERMISSIONS } from '../helpers/expected-permissions';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extensionDir, REPO_ROOT } from './harness/paths';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: Record<string, unknown>[];
  content_security_policy?: Record<string, string>;
  browser_specific_settings?: { gecko?: { data_collection_permissions?: unknown } };
};

/** API permissions. `storage` only: edits and settings in storage.local, per-tab reports in storage.session. */
const PERMISSIONS = ['storage'];
/** The store sites, pinned once for both manifest tests (tests/helpers/expected-permissions.ts). */
const CONTENT_SCRIPT_MATCHES = [
  'https://play.google.com/store/apps/*',
  'https://play.google.com/store/search*',
  'https://apps.apple.com/*',
  'https://chromewebstore.google.com/*',
  'https://chrome.google.com/webstore/*',
  'https://addons.mozilla.org/*',
  'https://apps.microsoft.com/*',
  'https://appgallery.huawei.com/*',
  'https://f-droid.org/*',
  'https://galaxystore.samsung.com/*',
];
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
/** Every top-level key; a new one (web_accessible_resources, externally_connectable, optional_permissions...) must be deliberate. */
const KEYS = ['action', 'background', 'content_scripts', 'content_security_policy', 'default_locale', 'description', 'host_permissions', 'icons', 'manifest_version', 'name', 'options_ui', 'permissions', 'short_name', 'version'];
const BROWSER_KEYS = { chrome: [...KEYS, 'minimum_chrome_version'], firefox: [...KEYS, 'browser_specific_settings'] };

const built = (browser: 'chrome' | 'firefox'): Manifest => JSON.parse(readFileSync(path.join(extensionDir(browser), 'manifest.json'), 'utf8')) as Manifest;

/** CSP directives by name, e.g. {"script-src": ["'self'"]}. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe.each(['chrome', 'firefox'] as const)('the built %s manifest', (browser) => {
  const manifest = built(browser);

  it('asks for exactly the pinned permissions and hosts, and nothing optional', () => {
    expect(manifest.permissions).toEqual(PERMISSIONS);
    expect(manifest.host_permissions).toEqual(HOST_PERMISSIONS);
    expect(manifest.optional_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    for (const host of manifest.host_permissions!) expect(host, 'https store hosts only').toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
  });

  it('has exactly the pinned top-level keys: no web_accessible_resources, externally_connectable or other surface', () => {
    expect(Object.keys(manifest).sort()).toEqual(BROWSER_KEYS[browser].sort());
  });

  it('runs content scripts on the pinned store pages only, in the top frame and their isolated world', () => {
    const scripts = manifest.content_scripts ?? [];
    expect([...new Set(scripts.flatMap((c) => c.matches as string[]))].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    for (const script of scripts) {
      // No all_frames, match_about_blank, match_origin_as_fallback or world: "MAIN".
      expect(Object.keys(script).filter((k) => !['matches', 'exclude_matches', 'js', 'run_at'].includes(k)), JSON.stringify(script)).toEqual([]);
      for (const file of script.js as string[]) expect(existsSync(path.join(extensionDir(browser), file)), file).toBe(true);
    }
  });

  it('puts extension pages under a strict content security policy', () => {
    expect(manifest.content_security_policy).toEqual({ extension_pages: CSP });
    const d = directives(CSP);
    expect(d['default-src']).toEqual(["'none'"]); // so connect-src, frame-src, font-src... are 'none'
    expect(d['script-src']).toEqual(["'self'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['connect-src']).toBeUndefined();
    expect(CSP).not.toMatch(/unsafe-|wasm-unsafe-eval|https?:|\*|data:|blob:/);
  });

  if (browser === 'firefox') {
    it('declares that it collects no data', () => {
      expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    });
  }

  it('is the manifest inside the zip made for the store', () => {
    const version = String(manifest.version);
    const zip = unzipSync(readFileSync(path.join(extensionDir(browser), '..', `jurisdiction-lens-${version}-${browser}.zip`)));
    expect(JSON.parse(strFromU8(zip['manifest.json']!))).toEqual(manifest);
  });

  it('ships no code that reaches the network or evaluates strings, dependencies included', () => {
    for (const file of readdirSync(extensionDir(browser)).filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(path.join(extensionDir(browser), file), 'utf8');
      expect(code.match(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|\beval\(|new Function\(/g), file).toBeNull();
    }
    for (const file of ['popup.html', 'options.html']) {
      const html = readFileSync(path.join(extensionDir(browser), file), 'utf8');
      expect(html.match(/(src|href)\s*=\s*["']?(https?:)?\/\//gi), `${file} loads nothing from elsewhere`).toBeNull();
    }
  });
});

describe('the README', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Permissions'), readme.indexOf('\n## ', readme.indexOf('## Permissions') + 1));

  it('justifies each API permission in its Permissions table, and host access', () => {
    for (const permission of PERMISSIONS) expect(section, permission).toMatch(new RegExp(`^\\| \`${permission}\` \\| \\S.{20,}`, 'm'));
    expect(section).toMatch(/^\| host access to .+ \| \S.{20,}/m);
  });
});
