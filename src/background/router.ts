// Decides whether a message may be handled at all. Content scripts may only report facts about the page
// they run in (their own tab, top frame); only the extension's own pages may ask for reports. Anything
// else — an unknown type, another sender — is dropped without an answer.
import type { Message, MessageType, Response } from '../shared/messages';
import { SENDERS } from '../shared/messages';
import { identifyApp, sameApp } from '../shared/stores';
import type { StoreMatch } from '../shared/stores';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface Extension {
  id: string;
  /** e.g. "chrome-extension://abc/" */
  baseUrl: string;
}

/** One handler per message type; a page-facts handler may rely on `sender.tab.id` (checked here). */
export type Handlers = { [T in MessageType]: (message: Message<T>, sender: SenderInfo) => Promise<Response<T>> };

export function messageType(message: unknown): MessageType | null {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && Object.hasOwn(SENDERS, type) ? (type as MessageType) : null;
}

/** null when the sender may send this message, else why not (for logs and tests). */
export function rejectSender(type: MessageType, sender: SenderInfo, ext: Extension): string | null {
  if (sender.id !== ext.id) return 'not from this extension';
  const base = ext.baseUrl.endsWith('/') ? ext.baseUrl : `${ext.baseUrl}/`;
  // Chrome gives the origin; Firefox only the URL. Compare whole origins, not string prefixes.
  const fromExtensionPage = sender.origin ? `${sender.origin}/` === base : (sender.url ?? '').startsWith(base);
  if (SENDERS[type] === 'extension-page') return fromExtensionPage ? null : 'only extension pages may send this';
  if (fromExtensionPage) return 'only content scripts may send this';
  if (typeof sender.tab?.id !== 'number' || sender.tab.id < 0) return 'content script without a tab';
  if (sender.frameId !== 0) return 'only the top frame may report page facts';
  return null;
}

/** The handler's answer for a message this sender may send; undefined (no answer) for anything else. */
export function route(message: unknown, sender: SenderInfo, ext: Extension, handlers: Handlers, warn = console.warn): Promise<unknown> | undefined {
  const type = messageType(message);
  if (!type) return undefined;
  const why = rejectSender(type, sender, ext);
  if (why) {
    warn(`Jurisdiction Lens: dropped "${type}" message: ${why}`);
    return undefined;
  }
  return (handlers[type] as (m: unknown, s: SenderInfo) => Promise<unknown>)(message, sender);
}

/** The app a content script reports on, when the URL it names shows the same app as its tab does now
 *  (the tab's URL comes from the browser, the message's from the page); else null. */
export function reportedApp(messageUrl: unknown, tabUrl: string | undefined): StoreMatch | null {
  const match = identifyApp(typeof messageUrl === 'string' ? messageUrl : undefined);
  return match && sameApp(match, identifyApp(tabUrl)) ? match : null;
}
