// The extension's message catalogue, read from src/_locales the way browsers read it, so tests see the
// real sentences: named placeholders ($APP$) become their content ($1), then $1..$9 the substitutions.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> }>;

export const LOCALES_DIR = resolve(__dirname, '../../../src/_locales');
export const LOCALES = ['en', 'zh_CN', 'zh_TW'] as const;

export function loadMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Messages;
}

/** chrome.i18n.getMessage over one locale; '' for a missing key, like the browser. */
export function catalog(locale: string): (key: string, substitutions?: string | string[]) => string {
  const messages = loadMessages(locale);
  const lower = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions) => {
    const entry = lower.get(key.toLowerCase());
    if (!entry) return '';
    const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
    const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
    const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (all, name: string) => placeholders.get(name.toLowerCase()) ?? all);
    return named.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
  };
}
