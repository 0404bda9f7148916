// @vitest-environment jsdom
// Firefox Add-ons (addons.mozilla.org).
//
// NO CAPTURED AMO PAGE EXISTS in tests/fixtures. Every document below is written by us from the
// documented structure, not copied from the store: the redux state layout of mozilla/addons-frontend
// (src/amo/reducers/addons.js: addons.byID / byIdInURL / bySlug / byGUID; versions.js:
// versions.byId[id].file.{permissions, host_permissions}) serialized into
// <script type="application/json" id="redux-store-state">, and the header markup quoted in
// STRUCTURE.md §6 (<h1 class="AddonTitle">… <span class="AddonTitle-author"> by <a>…</a></span>).
// Names, ids and permissions are made up.
import { describe, expect, it } from 'vitest';
import { extractFirefoxAddOns } from '../../src/content/extract/firefox-add-ons';
import { extractPageFacts } from '../../src/content/extract/index';
import { EMPTY_PAGE_FACTS } from '../../src/shared/page-facts';

const parse = (text: string): Document => new DOMParser().parseFromString(text, 'text/html');

const addon = {
  id: 1001,
  guid: 'example@addons.example',
  slug: 'example-addon',
  name: 'Example Add-on',
  authors: [{ id: 7, name: 'Alice Example', url: 'https://addons.mozilla.org/en-US/firefox/user/7/' }, { id: 8, name: 'Bob' }],
  currentVersionId: 5005,
};

const state = {
  addons: {
    byID: { '1001': addon },
    byIdInURL: { 'example-addon': 1001 },
    bySlug: { 'example-addon': 1001 },
    byGUID: { 'example@addons.example': 1001 },
  },
  versions: {
    byId: {
      '5005': {
        id: 5005,
        // MV2 lists mix API permissions and host patterns; MV3 has host_permissions apart.
        file: { permissions: ['storage', 'tabs', '*://*.example.org/*'], host_permissions: ['https://api.example.com/*'], optional_permissions: ['history'] },
      },
    },
  },
};

const header = '<h1 class="AddonTitle">Example Add-on<span class="AddonTitle-author"> by <a href="/en-US/firefox/user/7/">Alice Example</a>, <a href="/en-US/firefox/user/8/">Bob</a></span></h1>';

function page(options: { canonical?: string; state?: unknown; header?: string }): Document {
  const canonical = options.canonical ? `<link rel="canonical" href="https://addons.mozilla.org/en-US/firefox/addon/${options.canonical}/">` : '';
  const json = options.state === undefined ? '' : `<script type="application/json" id="redux-store-state">${JSON.stringify(options.state)}</script>`;
  return parse(`<html><head>${canonical}</head><body>${options.header ?? ''}${json}</body></html>`);
}

const FACTS = {
  ...EMPTY_PAGE_FACTS,
  pageAppId: 'example-addon',
  title: 'Example Add-on',
  developer: 'Alice Example, Bob',
  permissions: ['storage', 'tabs'],
  hostPermissions: ['*://*.example.org/*', 'https://api.example.com/*'],
};

describe('extractFirefoxAddOns (documents built from the documented structure)', () => {
  it('reads name, authors and the current version’s permissions from the redux state', () => {
    expect(extractFirefoxAddOns(page({ canonical: 'example-addon', state, header }))).toStrictEqual(FACTS);
  });

  it('finds the add-on by guid or numeric id as well as by slug', () => {
    for (const id of ['example@addons.example', '1001']) {
      const s = { ...state, addons: { ...state.addons, byIdInURL: {} } };
      expect(extractFirefoxAddOns(page({ canonical: encodeURIComponent(id), state: s })).title).toBe('Example Add-on');
    }
  });

  it('uses the only add-on in the state, and its slug, when the page has no canonical link', () => {
    expect(extractFirefoxAddOns(page({ state }))).toStrictEqual(FACTS);
  });

  it('does not use state that describes another add-on (in-store navigation)', () => {
    const facts = extractFirefoxAddOns(page({ canonical: 'other-addon', state }));
    expect(facts).toStrictEqual({ ...EMPTY_PAGE_FACTS, pageAppId: 'other-addon' });
  });

  it('falls back to the AddonTitle header without the state, and reads no permissions then', () => {
    expect(extractFirefoxAddOns(page({ canonical: 'example-addon', header }))).toStrictEqual({
      ...EMPTY_PAGE_FACTS,
      pageAppId: 'example-addon',
      title: 'Example Add-on',
      developer: 'Alice Example, Bob',
    });
  });

  it('survives broken state and empty documents', () => {
    const broken = parse('<script type="application/json" id="redux-store-state">{"addons": </script>');
    expect(extractFirefoxAddOns(broken)).toStrictEqual(EMPTY_PAGE_FACTS);
    expect(extractFirefoxAddOns(parse(''))).toStrictEqual(EMPTY_PAGE_FACTS);
    const odd = { addons: { byID: { '1001': { ...addon, name: { 'en-US': 'x' }, authors: 'x', currentVersionId: {} } } } };
    expect(extractFirefoxAddOns(page({ state: odd }))).toStrictEqual({ ...EMPTY_PAGE_FACTS, pageAppId: 'example-addon' });
  });

  it('is what extractPageFacts returns for Firefox Add-ons', () => {
    const doc = page({ canonical: 'example-addon', state });
    expect(extractPageFacts('firefox-add-ons', doc)).toStrictEqual(extractFirefoxAddOns(doc));
  });
});
