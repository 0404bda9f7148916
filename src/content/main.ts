// Content script on store app pages: reads what the page shows and reports it to the background.
// The background identifies the app from the URL on its own; this only enriches the report.
import type { Message } from '../shared/messages';
import { identifyApp } from '../shared/stores';
import { extractPageFacts } from './extract';

// The content script is kept small (it loads on every store page), so it talks to the runtime
// directly instead of through webextension-polyfill: runtime.sendMessage returns a promise in every
// browser we support.
declare const browser: typeof chrome | undefined;
const runtime = (typeof browser !== 'undefined' ? browser : chrome).runtime;

const URL_POLL_MS = 1000;
// Stores render the next app's details a moment after changing the URL.
const SETTLE_DELAYS_MS = [800, 2500];

let lastSent = '';

function send(initial: boolean): void {
  const url = location.href;
  const match = identifyApp(url);
  if (!match || !runtime?.id) return;
  const facts = extractPageFacts(match.store, document);
  const key = JSON.stringify([url, facts]);
  if (key === lastSent) return;
  lastSent = key;
  const message: Message<'page-facts'> = { type: 'page-facts', url, initial, facts };
  // Fails when the extension was reloaded under this page ("context invalidated"): nothing to do.
  runtime.sendMessage(message).catch(() => undefined);
}

function watchUrl(): void {
  let current = location.href;
  const timer = setInterval(() => {
    if (!runtime?.id) return clearInterval(timer);
    if (location.href === current) return;
    current = location.href;
    for (const delay of SETTLE_DELAYS_MS) setTimeout(() => location.href === current && send(false), delay);
  }, URL_POLL_MS);
}

send(true);
watchUrl();
