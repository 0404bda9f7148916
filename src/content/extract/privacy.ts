import type { PrivacyDeclaration } from '../../shared/page-facts';
import { MAX_DECLARATIONS, MAX_ITEM_CHARS, MAX_ITEMS, cleanText } from './text';

/** A privacy block with a cleaned heading and cleaned, capped items; null when the heading is empty. */
export function declaration(heading: unknown, items: readonly unknown[] = []): PrivacyDeclaration | null {
  const cleanHeading = cleanText(heading);
  if (!cleanHeading) return null;
  const cleanItems: string[] = [];
  for (const item of items) {
    const text = cleanText(item, MAX_ITEM_CHARS);
    if (text) cleanItems.push(text);
    if (cleanItems.length >= MAX_ITEMS) break;
  }
  return { heading: cleanHeading, items: cleanItems };
}

/** Drops empty blocks and keeps at most MAX_DECLARATIONS. */
export function capDeclarations(list: ReadonlyArray<PrivacyDeclaration | null>): PrivacyDeclaration[] {
  return list.filter((d): d is PrivacyDeclaration => d !== null).slice(0, MAX_DECLARATIONS);
}

/** Heading for a category inside a section, e.g. "Data collected › Personal info". The separator is
 *  not a word, so it reads the same in every UI language. */
export function nestedHeading(section: string | null, category: string | null): string | null {
  if (!category) return section;
  return section ? `${section} › ${category}` : category;
}
