import type { PrivacyDeclaration } from '../../shared/page-facts';
import { linesOf, ownTextOf, textOf } from './dom';
import { sectionDeclarations } from './google-play-record';
import { capDeclarations, declaration } from './privacy';
import { splitList } from './split-list';
import { MAX_DECLARATIONS, MAX_ITEMS } from './text';

// DOM fallbacks, used when the embedded app record is missing (legacy pages, or a future format we do
// not parse). Stable hooks first: itemprop, the "developer-contacts" id, link targets, heading tags.
// Where Play offers nothing stable the obfuscated class names seen on the saved pages are the last
// resort; each is named in a comment with the era it was seen in.

const DEV_LINK = /\/store\/apps\/dev(?:eloper)?\?id=/;

/** h1[itemprop=name] (≤2022) or h1 > span[itemprop=name] (2025+); data-safety header div.ylijCc. */
export function domTitle(doc: Document): string | null {
  return textOf(doc.querySelector('[itemprop="name"]')) ?? textOf(doc.querySelector('.ylijCc'));
}

/** The first developer link with text (the header's comes before "Similar apps" and "More by");
 *  data-safety header div.Ukpm6d. */
export function domDeveloper(doc: Document): string | null {
  const links = Array.from(doc.querySelectorAll('a[href*="/store/apps/dev"]')).slice(0, 50);
  const link = links.find((a) => DEV_LINK.test(a.getAttribute('href') ?? '') && textOf(a));
  return textOf(link) ?? textOf(doc.querySelector('.Ukpm6d'));
}

/** 2025+ "About the developer" block: div.HhKIQc > div (legal name, email, address, phone). */
export function domLegalName(doc: Document): string | null {
  return textOf(doc.querySelector('#developer-contacts .HhKIQc > div:first-child'));
}

/** 2025+: the "About the developer" address (div.mHsyY); 2022: the Address row, the one contact row
 *  that links to Google Maps, value in the row's last div. */
export function domAddress(doc: Document): string | null {
  const contacts = doc.getElementById('developer-contacts');
  return (
    linesOf(contacts?.querySelector('.mHsyY')) ??
    linesOf(contacts?.querySelector('a[href^="https://maps.google.com/"] div > div:last-child'))
  );
}

/** Details page: the summary lines of the section that links to the data-safety page (div.wGcURe,
 *  2022 → 2026): the line's own text is the heading, a nested div its sub-line. */
export function domSafetySummary(doc: Document): PrivacyDeclaration[] {
  const section = doc.querySelector('a[href*="/store/apps/datasafety"]')?.closest('section');
  const rows = Array.from(section?.querySelectorAll('.wGcURe') ?? []).slice(0, MAX_DECLARATIONS);
  return capDeclarations(
    rows.map((row) => {
      const line = row.querySelector(':scope > div');
      const sub = line?.querySelector(':scope > div');
      return declaration(ownTextOf(line), !sub || sub.querySelector('a') ? [] : splitList(sub.textContent));
    }),
  );
}

/** Data-safety page: h2 sections under the h1, h3 categories, h4 data types (name in the first span). */
export function domDataSafety(doc: Document): PrivacyDeclaration[] {
  const root = doc.querySelector('h1')?.parentElement;
  const sections = Array.from(root?.querySelectorAll('h2') ?? []).slice(0, MAX_DECLARATIONS);
  return capDeclarations(
    sections.flatMap((h2) => {
      const headings = Array.from(h2.parentElement?.querySelectorAll('h3') ?? []).slice(0, MAX_ITEMS);
      const categories = headings.map((h3) => ({ name: textOf(h3), types: dataTypes(h3) }));
      return sectionDeclarations(textOf(h2), categories);
    }),
  );
}

// A category's data types sit in an accordion region beside its heading; climb to the largest
// ancestor that still holds only this h3, then read its h4s.
function dataTypes(h3: Element): string[] {
  let scope: Element = h3;
  while (scope.parentElement && scope.parentElement.querySelectorAll('h3').length === 1) {
    scope = scope.parentElement;
  }
  return Array.from(scope.querySelectorAll('h4'))
    .slice(0, MAX_ITEMS)
    .map((h4) => textOf(h4.querySelector('span')) ?? textOf(h4))
    .filter((name): name is string => name !== null);
}
