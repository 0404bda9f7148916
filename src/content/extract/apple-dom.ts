import type { PrivacyDeclaration } from '../../shared/page-facts';
import { ownTextOf, textOf } from './dom';
import { capDeclarations, declaration } from './privacy';
import { MAX_DECLARATIONS, MAX_ITEMS } from './text';

// DOM readers for both App Store generations. Svelte (2025 →): sections keyed by id (#information,
// #privacyTypes, #privacyHeader), verified on the saved Thai page. Ember (2019 – mid 2025): data-test
// attributes and BEM classes as described in STRUCTURE.md §3.1; no Ember page is saved, so those
// selectors are checked only against hand-written markup in the tests.

/** Ember h1.product-header__title holds the name plus an age badge span; Svelte's first h1 is the name
 *  (the privacy dialog's h1 comes later in the page). */
export function domTitle(doc: Document): string | null {
  return ownTextOf(doc.querySelector('h1.product-header__title')) ?? textOf(doc.querySelector('h1'));
}

/** Ember header link; Svelte privacy intro names the developer in <b>; Ember privacy section too. */
export function domDeveloper(doc: Document): string | null {
  return (
    textOf(doc.querySelector('h2.product-header__identity a')) ??
    textOf(doc.querySelector('#privacyHeader b')) ??
    textOf(doc.querySelector('.app-privacy__developer-name'))
  );
}

/** Ember: dd[data-test-app-info-seller]. Svelte: the first row of section#information's <dl>, whose
 *  label is localized but which is always the seller. */
export function domSeller(doc: Document): string | null {
  return (
    textOf(doc.querySelector('[data-test-app-info-seller]:not(dt)')) ??
    textOf(doc.querySelector('#information dl dd'))
  );
}

/** Svelte: cards in section#privacyTypes (h3 + list); Ember: div.app-privacy__card. */
export function domPrivacy(doc: Document): PrivacyDeclaration[] {
  const svelte = Array.from(doc.querySelectorAll('#privacyTypes [aria-label]'))
    .filter((card) => card.querySelector('h3'))
    .slice(0, MAX_DECLARATIONS)
    .map(svelteCard);
  const ember = () => Array.from(doc.querySelectorAll('.app-privacy__card')).slice(0, MAX_DECLARATIONS).map(emberCard);
  return capDeclarations(svelte.length ? svelte : ember());
}

function svelteCard(card: Element): PrivacyDeclaration | null {
  const items = Array.from(card.querySelectorAll('ul li')).slice(0, MAX_ITEMS).map(textOf);
  return declaration(textOf(card.querySelector('h3')) ?? card.getAttribute('aria-label'), items);
}

function emberCard(card: Element): PrivacyDeclaration | null {
  const items = Array.from(card.querySelectorAll('.privacy-type__data-category-heading')).slice(0, MAX_ITEMS);
  return declaration(textOf(card.querySelector('.privacy-type__heading')), items.map(textOf));
}
