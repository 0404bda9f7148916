// Decides whether a message may be handled at all. Content scripts may only report facts about the page
// they run in (their own tab, top frame); only the extension's own pages may ask for reports.
import type { MessageType } from '../shared/messages';
import { SENDERS } from '../shared/messages';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

export interface Extension {
  id: string;
  /** e.g. "chrome-extension://abc/" */
  baseUrl: string;
}

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
