// A sentence to translate whose parts are data: names, source numbers, lists, dates. One model feeds
// both the popup (DOM, names isolated in <bdi> for right-to-left text) and "Copy report" (plain text),
// so the two always say the same thing. Data never goes through the message catalogue as markup.
import { el } from '../shared/dom';

export type Translate = (key: string, substitutions?: string | string[]) => string;

/** A message key and its substitutions ($1, $2, ... in the catalogue, in order). */
export interface Phrase {
  key: string;
  args: Arg[];
}

export type Arg =
  | string
  | Phrase
  /** A company, app or place name: isolated so that right-to-left text cannot reorder the sentence. */
  | { name: string }
  /** Footnote numbers into Report.sources. */
  | { refs: readonly number[] }
  /** Items joined for the locale ("A, B and C"; "A、B和C"). */
  | { list: readonly Arg[] }
  /** A dataset date: YYYY, YYYY-MM or YYYY-MM-DD. */
  | { date: string };

export const phrase = (key: string, ...args: Arg[]): Phrase => ({ key, args });

/** Translation, locale and the renderers a phrase needs. */
export interface Locale {
  t: Translate;
  /** BCP 47 language for Intl (browser.i18n.getUILanguage()). */
  lang: string;
}

// Private-use characters mark where each substitution lands in the translated text.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARK = new RegExp(`${OPEN}(\\d+)${CLOSE}`);

/** Splits a translated message into literal text and the indexes of its substitutions. */
function translateParts(p: Phrase, t: Translate): (string | number)[] {
  const text = t(p.key, p.args.map((_, i) => `${OPEN}${i}${CLOSE}`));
  return text.split(MARK).map((part, i) => (i % 2 ? Number(part) : part)).filter((part) => part !== '');
}

/** Dataset dates have the precision the source gives: a year, a month or a day. */
export function formatDate(date: string, lang: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const when = new Date(Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const options: Intl.DateTimeFormatOptions = d ? { dateStyle: 'medium' } : mo ? { year: 'numeric', month: 'long' } : { year: 'numeric' };
  try {
    return new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' }).format(when);
  } catch {
    return date;
  }
}

/** Joins items for the locale; each item may be any node or text. */
function listParts<T>(items: readonly T[], lang: string): (string | T)[] {
  const markers = items.map((_, i) => `${OPEN}${i}${CLOSE}`);
  let joined: string;
  try {
    joined = new Intl.ListFormat(lang, { type: 'conjunction' }).format(markers);
  } catch {
    joined = markers.join(', ');
  }
  return joined.split(MARK).map((part, i) => (i % 2 ? items[Number(part)]! : part)).filter((part) => part !== '');
}

export const refsText = (refs: readonly number[]): string => refs.map((n) => `[${n}]`).join('');

/** The phrase as plain text; `name` lets the caller escape data (Markdown). */
export function phraseText(arg: Arg, loc: Locale, name: (text: string) => string = (s) => s): string {
  if (typeof arg === 'string') return arg;
  if ('key' in arg) return translateParts(arg, loc.t).map((part) => (typeof part === 'number' ? phraseText(arg.args[part]!, loc, name) : part)).join('');
  if ('name' in arg) return name(arg.name);
  if ('refs' in arg) return refsText(arg.refs);
  if ('date' in arg) return formatDate(arg.date, loc.lang);
  return listParts(arg.list.map((a) => phraseText(a, loc, name)), loc.lang).join('');
}

/** Footnote marks that link to the numbered sources. */
export function refLinks(refs: readonly number[], t: Translate): HTMLElement | null {
  if (!refs.length) return null;
  const sup = el('sup', { class: 'refs' });
  for (const n of refs) {
    sup.append(el('a', { class: 'ref', text: `[${n}]`, attrs: { href: `#source-${n}`, 'aria-label': t('sourceRef', [String(n)]) } }));
  }
  return sup;
}

/** The phrase as DOM nodes: names in <bdi>, source numbers as links. */
export function phraseNodes(arg: Arg, loc: Locale): (Node | string)[] {
  if (typeof arg === 'string') return [arg];
  if ('key' in arg) return translateParts(arg, loc.t).flatMap((part) => (typeof part === 'number' ? phraseNodes(arg.args[part]!, loc) : [part]));
  if ('name' in arg) return [el('bdi', { text: arg.name })];
  if ('refs' in arg) return [refLinks(arg.refs, loc.t) ?? ''];
  if ('date' in arg) return [formatDate(arg.date, loc.lang)];
  return listParts(arg.list.map((a) => phraseNodes(a, loc)), loc.lang).flatMap((part) => (typeof part === 'string' ? [part] : part));
}
