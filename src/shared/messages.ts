// The one message map between contexts. Each message names who may send it; the background's router
// (src/background/router.ts) enforces that before anything else runs.
import type { MarkerLevel } from './marker-levels';
import type { PageFacts } from './page-facts';
import type { Report } from './report-types';

export interface Protocol {
  /** Content script → background: what the page shows. Only for the sender's own tab. */
  'page-facts': { request: { url: string; initial: boolean; facts: PageFacts }; response: { ok: boolean } };
  /** Extension pages → background: the report for a tab (null: not an app page). */
  'get-report': { request: { tabId: number }; response: Report | null };
  /** Content script → background: levels of the app links on a listing page, for the opt-in markers
   *  (answers only whether markers are on and, if so, the level and name of apps in the dataset). */
  'marker-levels': { request: { urls: string[] }; response: { enabled: boolean; levels: MarkerLevel[] } };
}

export type MessageType = keyof Protocol;
export type Message<T extends MessageType = MessageType> = { type: T } & Protocol[T]['request'];
export type Response<T extends MessageType> = Protocol[T]['response'];

/** Who may send each message: the router drops anything else. */
export const SENDERS: Record<MessageType, 'content-script' | 'extension-page'> = {
  'page-facts': 'content-script',
  'get-report': 'extension-page',
  'marker-levels': 'content-script',
};
