// Text from a store page is untrusted: it is cleaned, capped and returned as plain strings that the UI
// shows with textContent. Caps keep a huge or hostile page from making us hold megabytes of it.

/** Longest single field we keep (title, developer, legal name, address, privacy heading). */
export const MAX_FIELD_CHARS = 500;
/** Longest privacy item (one data type or category name). */
export const MAX_ITEM_CHARS = 200;
/** Most privacy blocks and items per block we keep. */
export const MAX_DECLARATIONS = 30;
export const MAX_ITEMS = 100;

// Bidi controls can reorder what a reader sees (the Apple page even starts its <title> with U+200E);
// C0 controls have no business in a name. Zero-width joiners stay: several scripts need them.
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// \s covers no-break space, ideographic space and line breaks as well as ASCII spaces.
const WHITESPACE = /\s+/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** One line of text: whitespace collapsed, trimmed, capped; null when nothing is left. */
export function cleanText(value: unknown, max = MAX_FIELD_CHARS): string | null {
  if (typeof value !== 'string') return null;
  // Cut first, so a multi-megabyte string costs no more than a short one.
  const text = value.slice(0, max * 4).replace(UNSAFE_CHARS, '').replace(WHITESPACE, ' ').trim();
  return text ? capChars(text, max) : null;
}

/** Multi-line text such as a postal address: each line cleaned, empty lines dropped, joined with "\n". */
export function cleanLines(value: unknown, max = MAX_FIELD_CHARS): string | null {
  if (typeof value !== 'string') return null;
  const lines = value
    .slice(0, max * 4)
    .split(LINE_BREAK)
    .map((line) => cleanText(line, max))
    .filter((line): line is string => line !== null);
  return lines.length ? capChars(lines.join('\n'), max) : null;
}

// Counts code points, so a surrogate pair (emoji, rare CJK) is never cut in half.
function capChars(text: string, max: number): string {
  return text.length <= max ? text : Array.from(text).slice(0, max).join('');
}

/** Longest permission list we keep (an extension may match hundreds of sites), and longest entry. */
export const MAX_LIST_ITEMS = 300;
export const MAX_LIST_ITEM_CHARS = 300;

/** Cleaned, de-duplicated one-line strings; anything that is not a string is skipped. */
export function cleanList(values: readonly unknown[], max = MAX_LIST_ITEMS): string[] {
  const out = new Set<string>();
  for (const value of values.slice(0, max * 2)) {
    const text = cleanText(value, MAX_LIST_ITEM_CHARS);
    if (text) out.add(text);
    if (out.size >= max) break;
  }
  return [...out];
}
