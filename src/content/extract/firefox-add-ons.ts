import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { firefoxAddOns } from '../../shared/stores/firefox-add-ons';
import { identifyWith } from '../../shared/stores/identify';
import { ownTextOf, textOf } from './dom';
import { parseJsonScript } from './embedded-json';
import { splitPermissions } from './extension-manifest';
import { isJsonObject, type JsonObject } from './json-ld';
import { idFromSelfLinks } from './page-id';
import { firstOf, safely } from './safe';
import { cleanText } from './text';

// Firefox Add-ons (addons.mozilla.org), server-rendered React. No captured page is saved; this reads
// the structure documented by the site's own source (mozilla/addons-frontend) and STRUCTURE.md §6:
// the initial redux state in <script type="application/json" id="redux-store-state">, where
//   addons.byID[<numeric id>] = {name, slug, guid, authors: [{name}], currentVersionId}
//   addons.byIdInURL / bySlug (lower-cased) / byGUID map the id in the URL to that numeric id
//   versions.byId[<version id>].file = {permissions, host_permissions, optional_permissions}
// and, as fallback, the header <h1 class="AddonTitle">Name<span class="AddonTitle-author"> by <a>….
// Firefox forbids content scripts on this site, so this runs in other browsers.

const MAX_AUTHORS = 10;

/** What an add-on page says about the add-on. Never throws; missing fields are null / []. */
export function extractFirefoxAddOns(doc: Document): PageFacts {
  const linkedId = safely(() => idFromSelfLinks(doc, firefoxAddOns), null);
  const state = safely(() => parseJsonScript(doc, '#redux-store-state'), null);
  const addon = safely(() => findAddon(state, linkedId), null);
  const facts: PageFacts = {
    ...EMPTY_PAGE_FACTS,
    pageAppId: linkedId ?? safely(() => addonSlug(addon), null),
    title: firstOf(() => cleanText(addon?.['name']), () => ownTextOf(doc.querySelector('h1.AddonTitle'))),
    developer: firstOf(() => authorNames(addon), () => domAuthors(doc)),
    privacy: [],
  };
  const file = safely(() => currentFile(state, addon), null);
  if (!file) return facts;
  return { ...facts, ...splitPermissions(file['permissions'], list(file['host_permissions'])) };
}

function obj(value: unknown, key: string): JsonObject | null {
  const child = isJsonObject(value) ? value[key] : undefined;
  return isJsonObject(child) ? child : null;
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The add-on the URL names (slug, guid or numeric id), or the only add-on in the state. */
function findAddon(state: unknown, urlId: string | null): JsonObject | null {
  const addons = obj(state, 'addons');
  const byID = obj(addons, 'byID');
  if (!byID) return null;
  if (urlId) {
    const key =
      obj(addons, 'byIdInURL')?.[urlId] ?? obj(addons, 'bySlug')?.[urlId.toLowerCase()] ?? obj(addons, 'byGUID')?.[urlId] ?? urlId;
    return obj(byID, String(key));
  }
  const all = Object.values(byID).filter(isJsonObject);
  return all.length === 1 ? (all[0] ?? null) : null;
}

function addonSlug(addon: JsonObject | null): string | null {
  const slug = addon?.['slug'];
  if (typeof slug !== 'string') return null;
  const match = identifyWith([firefoxAddOns], `https://addons.mozilla.org/firefox/addon/${encodeURIComponent(slug)}/`);
  return match?.store === 'firefox-add-ons' ? match.id : null;
}

function authorNames(addon: JsonObject | null): string | null {
  const names = list(addon?.['authors'])
    .slice(0, MAX_AUTHORS)
    .map((author) => (isJsonObject(author) ? cleanText(author['name']) : null))
    .filter((name): name is string => name !== null);
  return cleanText(names.join(', '));
}

function domAuthors(doc: Document): string | null {
  const links = Array.from(doc.querySelectorAll('h1.AddonTitle .AddonTitle-author a')).slice(0, MAX_AUTHORS);
  return cleanText(links.map(textOf).filter(Boolean).join(', '));
}

function currentFile(state: unknown, addon: JsonObject | null): JsonObject | null {
  const versionId = addon?.['currentVersionId'];
  if (typeof versionId !== 'number' && typeof versionId !== 'string') return null;
  return obj(obj(obj(state, 'versions'), 'byId')?.[String(versionId)], 'file');
}
