// What a store page declares (an extension's permissions and site access, Android permissions, the
// stores' privacy labels), explained by the dataset's glossaries. Only names a glossary lists exactly
// are explained: store pages in other languages show their own words, which stay as the page wrote
// them, never guessed at.
import type { GlossaryEntry, GlossaryRecord, Source } from './dataset-types';
import type { EffectiveDataset, Origin } from './effective-dataset';
import type { PageFacts } from './page-facts';
import type { StoreName } from './stores';

/** One thing the page declares and what a glossary says it means. */
export interface TermExplanation {
  /** Which list of the page the term is in: "permissions", "hosts", or a privacy block's heading. */
  scope: string;
  /** The term as the page names it. */
  term: string;
  label: string;
  /** The glossary's sentence; absent when the term is a category explained by what it includes. */
  meaning?: string;
  /** For a category (the App Store shows categories): the data types the glossary lists in it. */
  includes?: string[];
  glossary: string;
  sources: Source[];
  origin: Origin;
}

const EXTENSION_PERMISSIONS = ['browser-extension-permissions'];
const ANDROID_PERMISSIONS = ['android-runtime-permissions'];

/** Which glossaries explain which list, by store. The store decides: "Contacts" means a different
 *  thing in Apple's labels than in Google Play's data safety section. */
const GLOSSARIES: Partial<Record<StoreName, { permissions?: string[]; privacy?: string[] }>> = {
  'chrome-web-store': { permissions: EXTENSION_PERMISSIONS },
  'edge-add-ons': { permissions: EXTENSION_PERMISSIONS },
  'firefox-add-ons': { permissions: EXTENSION_PERMISSIONS },
  'google-play': { permissions: ANDROID_PERMISSIONS, privacy: ['google-play-data-safety-data-types'] },
  'f-droid': { permissions: ANDROID_PERMISSIONS },
  'samsung-galaxy-store': { permissions: ANDROID_PERMISSIONS },
  'huawei-appgallery': { permissions: ANDROID_PERMISSIONS },
  'apple-app-store': { privacy: ['apple-privacy-label-data-types'] },
};

/** A privacy block heading names its category last: "Data collected › Personal info". */
const CATEGORY_SEPARATOR = '›';
const MAX_TERMS = 300;

export function explainPage(data: EffectiveDataset, store: StoreName, page: PageFacts | null): TermExplanation[] {
  const plan = GLOSSARIES[store];
  if (!page || !plan) return [];
  const out: TermExplanation[] = [];
  const permissionBooks = books(data, plan.permissions);
  // Permissions and site access; anti-features are F-Droid's own labels, which no glossary explains.
  for (const { scope, terms } of declaredLists(page).filter((l) => l.scope !== 'anti-features')) {
    for (const term of terms) push(out, scope, term, lookUp(permissionBooks, [term]));
  }
  const privacyBooks = books(data, plan.privacy);
  for (const block of privacyBooks.length ? page.privacy : []) {
    const category = block.heading.split(CATEGORY_SEPARATOR).pop()!.trim();
    for (const term of block.items) {
      push(out, block.heading, term, lookUp(privacyBooks, [`${category}: ${term}`, term]) ?? categoryOf(privacyBooks, term));
    }
  }
  return out.slice(0, MAX_TERMS);
}

type Found = Omit<TermExplanation, 'scope' | 'term'>;

function push(out: TermExplanation[], scope: string, term: string, found: Found | undefined): void {
  if (found) out.push({ scope, term, ...found });
}

interface Book {
  record: GlossaryRecord;
  origin: Origin;
  byKey: Map<string, GlossaryEntry>;
}

const keyIndex = new WeakMap<GlossaryRecord, Map<string, GlossaryEntry>>();

function books(data: EffectiveDataset, ids: readonly string[] | undefined): Book[] {
  return (ids ?? []).flatMap((id) => {
    const found = data.get('glossary', id);
    if (!found) return [];
    let byKey = keyIndex.get(found.record);
    if (!byKey) {
      byKey = new Map(found.record.entries.map((e) => [e.key.toLowerCase(), e]));
      keyIndex.set(found.record, byKey);
    }
    return [{ record: found.record, origin: found.origin, byKey }];
  });
}

function lookUp(list: readonly Book[], keys: readonly string[]): Found | undefined {
  for (const book of list) {
    for (const key of keys) {
      const entry = book.byKey.get(key.toLowerCase());
      if (entry) return { label: entry.label, meaning: entry.meaning, glossary: book.record.id, sources: entry.sources, origin: book.origin };
    }
  }
  return undefined;
}

/** A category such as "Contact Info": the entries labelled "Contact Info: …". */
function categoryOf(list: readonly Book[], term: string): Found | undefined {
  const prefix = `${term.toLowerCase()}: `;
  for (const book of list) {
    const entries = book.record.entries.filter((e) => e.label.toLowerCase().startsWith(prefix));
    if (!entries.length) continue;
    const sources = [...new Map(entries.flatMap((e) => e.sources).map((s) => [s.url, s])).values()];
    return { label: term, includes: entries.map((e) => e.label.slice(prefix.length)), glossary: book.record.id, sources, origin: book.origin };
  }
  return undefined;
}

/** The page's declared lists besides privacy labels, in the order a reader weighs them. */
export function declaredLists(p: PageFacts): { scope: string; key: string; terms: string[] }[] {
  const lists = [
    { scope: 'permissions', key: 'pagePermissions', terms: p.permissions },
    { scope: 'hosts', key: 'pageHostPermissions', terms: p.hostPermissions },
    { scope: 'anti-features', key: 'pageAntiFeatures', terms: p.antiFeatures },
  ];
  return lists.flatMap((l) => (l.terms?.length ? [{ ...l, terms: l.terms }] : []));
}

/** Looks up what was explained for a term of one of the page's lists (scope + name). */
export function explanationFinder<T extends { scope: string; term: string }>(explained: readonly T[]): (scope: string, term: string) => T | undefined {
  const byTerm = new Map(explained.map((x) => [`${x.scope}\u0000${x.term}`, x]));
  return (scope, term) => byTerm.get(`${scope}\u0000${term}`);
}

/** The glossary's sentence, or for a category the data types it includes. */
export function explanationText(x: { meaning?: string; includes?: string[] }, t: (key: string, subs?: string[]) => string): string {
  return x.meaning ?? t('glossaryIncludes', [(x.includes ?? []).join(', ')]);
}
