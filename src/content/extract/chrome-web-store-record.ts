import type { TraderStatus } from '../../shared/page-facts';
import type { AfDataset } from './af-init-data';
import { manifestPermissions, type ExtensionPermissions } from './extension-manifest';
import { path } from './jspb';
import { cleanLines, cleanText } from './text';

// The Chrome Web Store (2023 →) bootstraps its detail page with AF_initDataCallback dataset ds:0, the
// item record (STRUCTURE.md §4.1). Paths checked on every saved 2024-04 page that has one:
//   [0][0] id, [0][2] name
//   [10]   developer block: [email, address, _, trader flag, _, publisher name, name, name]
//          ([7] holds the name for traders, [6] for non-traders who give an address)
//   [20]   the item's own manifest.json, as a string
// A delisted item has an error dataset instead, and the saved "prettified" page has no JSON left.

export type ItemRecord = unknown;

const ITEM_ID = /^[a-p]{32}$/;
const MAX_MANIFEST_CHARS = 1_000_000;

const recordId = (record: ItemRecord): string | null => {
  const id = path(record, 0, 0);
  return typeof id === 'string' && ITEM_ID.test(id) ? id : null;
};

/** The item record for `itemId`; without an id from the page, the only item record there is. */
export function findItemRecord(datasets: readonly AfDataset[], itemId: string | null): { id: string; record: ItemRecord } | null {
  const found = datasets
    .map((dataset) => ({ id: recordId(dataset.data), record: dataset.data }))
    .filter((entry): entry is { id: string; record: ItemRecord } => entry.id !== null);
  if (itemId) return found.find((entry) => entry.id === itemId) ?? null;
  return new Set(found.map((entry) => entry.id)).size === 1 ? (found[0] ?? null) : null;
}

export const recordTitle = (record: ItemRecord): string | null => cleanText(path(record, 0, 2));

/** The name in the developer block (a trader's or an identified non-trader's). */
export const recordLegalName = (record: ItemRecord): string | null =>
  cleanText(path(record, 10, 7)) ?? cleanText(path(record, 10, 6));

/** The legal name, else the publisher's store name (the "Offered by" line). */
export const recordDeveloper = (record: ItemRecord): string | null =>
  recordLegalName(record) ?? cleanText(path(record, 10, 5));

export const recordAddress = (record: ItemRecord): string | null => cleanLines(path(record, 10, 1));

/** Every saved page with a developer block shows "Trader" exactly when [10][3] is true and
 *  "Non-trader" otherwise, including items whose block carries no flag at all. */
export function recordTrader(record: ItemRecord): TraderStatus | null {
  if (!Array.isArray(path(record, 10))) return null;
  return path(record, 10, 3) === true ? 'trader' : 'non-trader';
}

/** Permissions of the item's embedded manifest.json, or null when it is missing or not JSON. */
export function recordPermissions(record: ItemRecord): ExtensionPermissions | null {
  const manifest = path(record, 20);
  if (typeof manifest !== 'string' || manifest.length > MAX_MANIFEST_CHARS) return null;
  try {
    return manifestPermissions(JSON.parse(manifest));
  } catch {
    return null;
  }
}
