// The report the background builds for a tab and the popup renders. Plain data, so that it can be
// kept in storage.session and survive a restart of the background.
import type { AppEvent, LawTopic, PermissionNote, Source } from './dataset-types';
import type { Origin } from './effective-dataset';
import type { TermExplanation } from './explain-page';
import type { PageFacts } from './page-facts';
import type { ConcernSettings } from './settings';
import type { StoreName } from './stores';

/** "concern" = a law the user's settings flag; "noted" = in the dataset, nothing flagged;
 *  "unknown" = not in the dataset (never shown as safe); "none" = not an app page. */
export type Level = 'concern' | 'noted' | 'unknown' | 'none';

export interface NumberedSource extends Source {
  n: number;
}

/** Source numbers into Report.sources, and where the statement came from. */
export interface Attributed {
  sources: number[];
  origin: Origin | 'page';
}

export interface PlaceRef {
  id: string;
  name: string;
}

export interface ChainLink extends Attributed {
  role: 'publisher' | 'parent' | 'controller';
  entityId: string;
  name: string;
  /** For publishers and controllers: where the arrangement applies. */
  region?: string;
  /** Name of the entity this one is the parent or controller of. */
  of?: string;
  domicile: PlaceRef;
  headquarters: PlaceRef;
  /** Sources for the domicile and headquarters. */
  placeSources: number[];
}

/** How one company in the chain connects the app to a law's jurisdiction: where it is incorporated
 *  or headquartered (for a bloc's law, the member country it is in). */
export interface LawLink {
  entityId: string;
  basis: 'domicile' | 'headquarters';
  place: PlaceRef;
}

export interface LawFinding extends Attributed {
  jurisdiction: PlaceRef;
  /** Names of the entities in the chain that connect the app to this jurisdiction. */
  via: string[];
  /** The same connections in detail, in chain order, so the popup can say "headquartered in China". */
  links: LawLink[];
  name: string;
  year: number;
  summary: string;
  topics: LawTopic[];
  concern: boolean;
}

export interface EventFinding extends Attributed, Pick<AppEvent, 'date' | 'kind' | 'summary'> {
  disputed: boolean;
  jurisdiction?: PlaceRef;
}

export interface PermissionFinding extends Attributed, Pick<PermissionNote, 'platform' | 'permission' | 'note'> {}

/** Something the store page declares that a glossary of the dataset explains (see explain-page.ts),
 *  with its sources numbered into Report.sources. */
export interface ExplainedTerm extends Attributed, Omit<TermExplanation, 'sources' | 'origin'> {}

/** For an app not in the dataset: the country the developer's address on the store page names, and
 *  what the dataset records for it. A hint from the page, never a finding about the app's data. */
export interface PageCountry {
  id: string;
  name: string;
  /** The words of the address that named it. */
  matched: string;
  /** "last-line": the address ends with it, as stores print the country; "in-address": named elsewhere. */
  confidence: 'last-line' | 'in-address';
  /** Whether the dataset has a profile of this jurisdiction. */
  inDataset: boolean;
  /** Its laws (and its blocs'), as recorded in the dataset. */
  laws: LawFinding[];
}

/** State of the page facts for the current URL. "forbidden": the browser runs no content script on
 *  this store (its own add-on store), so the report comes from the URL alone. */
export type PageStatus = 'pending' | 'ok' | 'unavailable' | 'forbidden';

export interface Report {
  url: string;
  store: StoreName;
  storeLabel: string;
  /** The store identity from the URL. */
  storeId: string;
  app: { id: string; name: string; lastReviewed: string; stale: boolean; origin: Origin } | null;
  level: Level;
  /** The laws that set the level to "concern" (indexes into laws). */
  reasons: number[];
  chain: ChainLink[];
  laws: LawFinding[];
  events: EventFinding[];
  permissions: PermissionFinding[];
  /** What the dataset's glossaries say about the permissions and data types the page declares. */
  explained: ExplainedTerm[];
  /** Entities whose name matches the developer shown on the page (for apps not in the dataset). */
  nameMatches: { entityId: string; name: string }[];
  /** Only for apps not in the dataset whose page shows the developer's address. */
  pageCountry?: PageCountry;
  page: PageFacts | null;
  pageStatus: PageStatus;
  disputed: boolean;
  sources: NumberedSource[];
  /** The concern settings the level was computed with, so the popup can say which one produced it. */
  settings: Pick<ConcernSettings, 'topics' | 'jurisdictions'>;
}
