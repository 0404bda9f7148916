// What the extension's contract says the badge and the popup show, shared by both browser suites.

export const LEVELS = ['concern', 'noted', 'unknown', 'none'] as const;
export type Level = (typeof LEVELS)[number];

/** Badge text per level: "!" concern, "i" noted, "?" not in the dataset, "" not an app page. */
export const BADGE_OF: Record<Level, string> = { concern: '!', noted: 'i', unknown: '?', none: '' };

/** A badge that means "this app is in the dataset". */
export const isDatasetBadge = (text: string): boolean => text === BADGE_OF.concern || text === BADGE_OF.noted;

/** Developer names the fixtures show (the store's display name or the legal/trader name). */
export const PAGE_DEVELOPERS = {
  // Play shows "Adex77" as developer; the trader block names the person behind it.
  whereAmI: /Adex77|Adrian Chmielewski/,
  // Apple shows the developer "UNIVERZA CO., LTD."; the seller line reads "UNIVERZA COMPANY LIMITED".
  tukdaeng: /UNIVERZA (CO\., LTD\.|COMPANY LIMITED)/i,
} as const;
