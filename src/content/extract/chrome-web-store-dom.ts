import type { PrivacyDeclaration, TraderStatus } from '../../shared/page-facts';
import { textOf } from './dom';
import { capDeclarations, declaration } from './privacy';
import { MAX_DECLARATIONS, MAX_ITEMS, cleanLines, cleanText } from './text';

// DOM readers for the Chrome Web Store. Stable hooks first: the header link to the item itself, the
// link to the item's privacy page, legacy schema.org microdata. The developer block has no stable
// hook; its class (div.C2WXF, seen on every 2024-04 page) is the last resort. Each reader is used
// when the embedded item record is missing or describes another item.

/** 2023 →: the item's name is the h1 inside the header link back to the item ("./detail/<id>"); the
 *  page's other h1 is a "Switch to Chrome?" promo. Legacy: <meta itemprop="name">. */
export function domTitle(doc: Document): string | null {
  return (
    textOf(doc.querySelector('a[href^="./detail/"] h1')) ??
    cleanText(doc.querySelector('meta[itemprop="name"]')?.getAttribute('content'))
  );
}

/** The developer block: name, a line break, then the postal address ("Adobe Inc.<br>345 Park Ave…"). */
export function domDeveloperBlock(doc: Document): { name: string | null; address: string | null } {
  const block = doc.querySelector('.C2WXF');
  if (!block) return { name: null, address: null };
  const before: string[] = [];
  const after: string[] = [];
  let seenBreak = false;
  for (const node of Array.from(block.childNodes).slice(0, 50)) {
    if (node.nodeName === 'BR') {
      if (seenBreak) after.push('\n');
      seenBreak = true;
    } else (seenBreak ? after : before).push(node.textContent ?? '');
  }
  return { name: cleanText(before.join(' ')), address: cleanLines(after.join('')) };
}

/** Legacy (≤ 2023) header: "offered by <name>" (span.e-f-Me). Only the English prefix is removed. */
export function domLegacyDeveloper(doc: Document): string | null {
  return cleanText(textOf(doc.querySelector('.e-f-Me'))?.replace(/^offered by\s+/i, ''));
}

/** The trader row's label, in the English UI only ("Trader" / "Non-trader"): the label is the row's
 *  only wording of the status, and it is translated. */
export function domTrader(doc: Document): TraderStatus | null {
  const labels = Array.from(doc.querySelectorAll('li > div:first-child')).slice(0, 200).map(textOf);
  if (labels.includes('Trader')) return 'trader';
  if (labels.includes('Non-trader')) return 'non-trader';
  return null;
}

/** The Privacy section, found by its "See details" link to ./detail/<id>/privacy, which only a
 *  developer who disclosed something has. Each heading in it (h3 "… handles the following:", h2
 *  "This developer declares that your data is") is a block; the items are the children of the
 *  element that follows the heading. */
export function domPrivacy(doc: Document): PrivacyDeclaration[] {
  const link = doc.querySelector('a[href^="./detail/"][href$="/privacy"]');
  const section = link?.closest('section');
  if (!section) return [];
  const headings = Array.from(section.querySelectorAll('h2, h3')).slice(0, MAX_DECLARATIONS);
  return capDeclarations(
    headings
      .filter((heading) => heading.nextElementSibling)
      .map((heading) => {
        const items = Array.from(heading.nextElementSibling?.children ?? []).slice(0, MAX_ITEMS);
        return declaration(textOf(heading), items.map(textOf));
      }),
  );
}
