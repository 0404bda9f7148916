import { MAX_ITEMS, cleanText } from './text';

// Play's details page writes the data types of a data-safety summary line as one localized phrase:
// "Location, Personal info, and App activity", "Personal info, Messages and 3 others",
// "位置信息、个人信息和另外 12 种数据". Commas always separate items; the final conjunction does too,
// except inside category names that contain it, which are protected first. The protected names are
// Play's English categories and data types that contain "and", plus the Chinese ones as far as we know
// them; in other languages a final "A <and> B" stays one item, which is safe, just less tidy.
const SEPARATORS = /\s*[,、，;；،]\s*/;
const OXFORD_AND = /^and\s+/i;
const FINAL_CONJUNCTION = /\s+and\s+|和/;
const PROTECTED = [
  'Photos and videos',
  'Health and fitness',
  'Files and docs',
  'App info and performance',
  'Race and ethnicity',
  '照片和视频',
  '健康和健身',
  '文件和文档',
  '应用信息和性能',
];
const PLACEHOLDER = /\u0000(\d+)\u0000/g;

/** Splits a localized list phrase into its items (at most MAX_ITEMS). */
export function splitList(phrase: unknown): string[] {
  const text = cleanText(phrase, 2000);
  if (!text) return [];
  const parts = protect(text).split(SEPARATORS).map((part) => part.replace(OXFORD_AND, ''));
  const last = parts.pop() ?? '';
  parts.push(...last.split(FINAL_CONJUNCTION));
  return parts
    .map((part) => cleanText(restore(part)))
    .filter((part): part is string => part !== null)
    .slice(0, MAX_ITEMS);
}

function protect(text: string): string {
  return PROTECTED.reduce((acc, name, i) => acc.split(name).join(`\u0000${i}\u0000`), text);
}

function restore(text: string): string {
  return text.replace(PLACEHOLDER, (_, i: string) => PROTECTED[Number(i)] ?? '');
}
