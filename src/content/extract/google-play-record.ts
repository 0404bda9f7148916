import type { PrivacyDeclaration } from '../../shared/page-facts';
import type { AfDataset } from './af-init-data';
import { asArray, asString, at, path } from './jspb';
import { capDeclarations, declaration, nestedHeading } from './privacy';
import { splitList } from './split-list';
import { cleanLines, cleanText } from './text';

// The app record is `[1][2]` of one AF_initDataCallback dataset (2022 → today). Its key moves between
// eras (ds:4 in 2022, ds:5 in 2025/2026, ds:3 on the data-safety page), so it is found by content.
// Paths below are dense indices (see jspb.ts) and were checked on every saved page, 2022-06 to 2026-07.
// The 2019/2021 legacy layout has no package id in its record, so legacy pages use JSON-LD and the DOM.

export type PlayRecord = unknown;

const recordOf = (dataset: AfDataset): PlayRecord => path(dataset.data, 1, 2);
const recordAppId = (record: PlayRecord): string | null => asString(path(record, 77, 0));

/** The details-page record whose package id ([77][0]) is `appId`. Without an id from the page, the
 *  record is used only when it is the one app record there, so we never describe some other app. */
export function findDetailsRecord(
  datasets: readonly AfDataset[],
  appId: string | null,
): { id: string; record: PlayRecord } | null {
  const found = datasets
    .map(recordOf)
    .map((record) => ({ id: recordAppId(record), record }))
    .filter((entry): entry is { id: string; record: PlayRecord } => entry.id !== null);
  if (appId) return found.find((entry) => entry.id === appId) ?? null;
  return new Set(found.map((entry) => entry.id)).size === 1 ? (found[0] ?? null) : null;
}

/** The data-safety page's record: the one that carries a full data-safety block ([137]). It has no
 *  package id, so it is taken only when exactly one dataset has such a block. */
export function findDataSafetyRecord(datasets: readonly AfDataset[]): PlayRecord | null {
  const found = datasets.map(recordOf).filter((record) => Array.isArray(path(record, 137, 4)));
  return found.length === 1 ? found[0] : null;
}

export const recordTitle = (record: PlayRecord): string | null => cleanText(path(record, 0, 0));
export const recordDeveloper = (record: PlayRecord): string | null => cleanText(path(record, 68, 0));
/** "About the developer" legal name (2025+). */
export const recordLegalName = (record: PlayRecord): string | null => cleanText(path(record, 69, 4, 0));

/** 2025+: "About the developer" address; 2022: the "Developer contact" Address row. */
export function recordAddress(record: PlayRecord): string | null {
  return cleanLines(path(record, 69, 4, 2, 0)) ?? cleanLines(path(record, 69, 2, 0));
}

/** Details page: the data-safety summary lines ([136][1]): [icon, heading, [_, sub-line]]. A sub-line
 *  with a link ("Learn more about how developers declare sharing") explains; it lists nothing. */
export function recordSafetySummary(record: PlayRecord): PrivacyDeclaration[] {
  return capDeclarations(
    asArray(path(record, 136, 1)).map((row) => {
      const subLine = asString(path(row, 2, 1)) ?? '';
      return declaration(at(row, 1), subLine.includes('<') ? [] : splitList(subLine));
    }),
  );
}

/** Data-safety page ([137]): sections [4] ("Data shared", "Data collected") with their categories and
 *  data types, then the security practices [9]. */
export function recordDataSafety(record: PlayRecord): PrivacyDeclaration[] {
  const sections = asArray(path(record, 137, 4)).flatMap((section) =>
    sectionDeclarations(asString(at(section, 1)), asArray(at(section, 0)).map(category)),
  );
  const security = path(record, 137, 9);
  const practices = asArray(at(security, 2)).map((row) => ({ name: asString(at(row, 1)), types: [] }));
  return capDeclarations([...sections, ...sectionDeclarations(asString(at(security, 1)), practices)]);
}

export interface Category {
  name: string | null;
  types: readonly unknown[];
}

// Category: [[icon, name, [_, summary]], _, _, _, [[dataType, optional, purposes], …]]
function category(entry: unknown): Category {
  return { name: asString(path(entry, 0, 1)), types: asArray(at(entry, 4)).map((type) => at(type, 0)) };
}

/** One block per category that lists data types ("Data collected › Personal info"); categories without
 *  data types (security practices) become the items of the section's own block, and a section with
 *  neither ("No data shared with third parties") is a block with no items. Shared with the DOM reader. */
export function sectionDeclarations(
  section: string | null,
  categories: readonly Category[],
): Array<PrivacyDeclaration | null> {
  const withTypes = categories.filter((c) => c.types.length > 0);
  const bare = categories.filter((c) => c.types.length === 0).map((c) => c.name);
  const heading = (c: Category): string | null => nestedHeading(cleanText(section), cleanText(c.name));
  const blocks = withTypes.map((c) => declaration(heading(c), c.types));
  return bare.length || !withTypes.length ? [declaration(section, bare), ...blocks] : blocks;
}
