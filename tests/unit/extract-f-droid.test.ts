// @vitest-environment jsdom
// F-Droid package pages.
//
// NO CAPTURED F-DROID PAGE EXISTS in tests/fixtures. The documents below are written by us from the
// site's Jekyll template (f-droid/fdroid-website _layouts/package.html, as described in STRUCTURE.md
// §6): the class names and nesting follow the template; the app, author, anti-features and
// permissions are made up. Two permission forms are covered: label + raw android.permission.* name +
// description (the newer template), and label + description only (an older one).
import { describe, expect, it } from 'vitest';
import { extractFDroid } from '../../src/content/extract/f-droid';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS } from '../../src/shared/page-facts';

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

const antiFeatures = `
  <div class="package-anti-features">
    <h3>Anti-Features</h3>
    <ul class="package-version-anti-features-list">
      <li class="anti-feature-item"><a class="anti-feature-link" href="/en/docs/Anti-Features/#Tracking">
        <img class="anti-feature-icon" src="/assets/Tracking.svg" alt=""><div class="anti-feature-text">This app tracks and reports your activity</div></a></li>
      <li class="anti-feature-item"><a class="anti-feature-link" href="/en/docs/Anti-Features/#NonFreeNet">
        <img class="anti-feature-icon" src="/assets/NonFreeNet.svg" alt=""><div class="anti-feature-text">This app promotes or depends entirely on a non-free network service</div></a></li>
      <li class="anti-feature-item"><a class="anti-feature-link" href="/en/docs/Anti-Features/#Tracking">
        <div class="anti-feature-text">This app tracks and reports your activity</div></a></li>
    </ul>
  </div>`;

function version(latest: boolean, permissions: string): string {
  return `
    <li class="package-version" ${latest ? 'id="latest"' : ''}>
      <div class="package-version-header">Version ${latest ? '2.0' : '1.0'} (${latest ? 20 : 10})</div>
      <div class="package-version-permissions"><details open>
        <summary class="package-version-permissions-summary">Permissions</summary>
        <ul class="package-version-permissions-list">${permissions}</ul>
      </details></div>
    </li>`;
}

const newerPermissions = `
  <li class="permission"><div class="permission-label">take pictures and videos</div>
    android.permission.CAMERA
    <div class="permission-description">Allows the app to take pictures and videos with the camera.</div></li>
  <li class="permission"><div class="permission-label">have full network access</div>
    android.permission.INTERNET
    <div class="permission-description">Allows the app to create network sockets.</div></li>
  <li class="permission"><div class="permission-label">com.google.android.c2dm.permission.RECEIVE</div></li>`;

const olderPermissions = `
  <li class="permission"><div class="permission-label">read your contacts</div>
    <div class="permission-description">Allows the app to read data about your contacts.</div></li>`;

function packagePage(options: { anti?: boolean; latest?: string; older?: string } = {}): Document {
  return parse(`<html><head><link rel="canonical" href="https://f-droid.org/en/packages/org.example.notes/"></head><body>
    <article class="package">
      <header class="package-header"><div class="package-title">
        <h3 class="package-name">
          Example Notes
        </h3>
        <div class="package-summary">Notes, offline</div>
      </div></header>
      <div class="package-description" dir="auto">A notes app.</div>
      ${options.anti ? antiFeatures : ''}
      <ul class="package-links">
        <li class="package-link">Author: <a href="mailto:dev@example.org?subject=F-Droid%20on%20">
          Example Dev
        </a></li>
        <li class="package-link">License: <a href="https://www.gnu.org/licenses/gpl-3.0.html">GPL-3.0-only</a></li>
        <li class="package-link"><a href="https://gitlab.com/fdroid/fdroiddata/tree/master/metadata/org.example.notes.yml">Build Metadata</a></li>
      </ul>
      <div class="package-versions"><h3>Packages</h3><ul class="package-versions-list">
        ${options.latest === undefined ? '' : version(true, options.latest)}
        ${options.older === undefined ? '' : version(false, options.older)}
      </ul></div>
    </article></body></html>`);
}

const BASE = { ...EMPTY_PAGE_FACTS, pageAppId: 'org.example.notes', title: 'Example Notes', developer: 'Example Dev' };

describe('extractFDroid (documents built from the template; no captured page exists)', () => {
  it('reads name, author, anti-features by id and the latest version’s raw permission names', () => {
    expect(extractFDroid(packagePage({ anti: true, latest: newerPermissions, older: olderPermissions }))).toStrictEqual({
      ...BASE,
      antiFeatures: ['Tracking', 'NonFreeNet'],
      permissions: ['android.permission.CAMERA', 'android.permission.INTERNET', 'com.google.android.c2dm.permission.RECEIVE'],
    });
  });

  it('uses the permission label where the template shows no raw name', () => {
    expect(extractFDroid(packagePage({ latest: olderPermissions })).permissions).toEqual(['read your contacts']);
  });

  it('says "none" on a package page without anti-features or permissions', () => {
    expect(extractFDroid(packagePage({ latest: '' }))).toStrictEqual({ ...BASE, antiFeatures: [], permissions: [] });
  });

  it('leaves the lists absent when the page is not a package page (still loading, error page)', () => {
    expect(extractFDroid(parse('<html><body><h1>404</h1></body></html>'))).toStrictEqual(EMPTY_PAGE_FACTS);
    expect(extractFDroid(packagePage()).permissions).toBeUndefined();
  });

  it('is what extractPageFacts returns for F-Droid', () => {
    const doc = packagePage({ anti: true, latest: newerPermissions });
    expect(extractPageFacts('f-droid', doc)).toStrictEqual(extractFDroid(doc));
  });
});
