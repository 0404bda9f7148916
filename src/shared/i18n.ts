// All user-facing strings go through the browser's i18n (_locales/<lang>/messages.json).
// tests/unit/conventions.test.ts checks that every locale has every key the code uses, and no other.
import browser from './browser';

export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser chose from our locales, for Intl formatting. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage?.() || 'en';
}
