// Every storage key in one place. storage.local: the user's data (survives updates and restarts).
// storage.session: per-tab state of the background (survives a stopped worker, not a browser restart).
export const LOCAL = {
  userLayer: 'userLayer',
  /** Stored user layers (or parts) that could not be used, kept for the user to download. */
  userLayerSetAside: 'userLayerSetAside',
  settings: 'settings',
} as const;

export const sessionReportKey = (tabId: number): string => `report:${tabId}`;
export const sessionFactsKey = (tabId: number): string => `facts:${tabId}`;
