// Types of the dataset records. The JSON Schema in schema/dataset.schema.json says the same thing
// for people who edit the files by hand; tests/unit/schema-types.test.ts keeps the two in step.

/** A publication that supports a statement. Every statement in the dataset carries at least one. */
export interface Source {
  /** https only. */
  url: string;
  title: string;
  publisher: string;
  /** Publication date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

export interface Sourced {
  sources: Source[];
}

/** Which kinds of law a user may treat as a concern. */
export const LAW_TOPICS = [
  'compelled-assistance', // organisations must assist or cooperate with state security/intelligence work
  'interception', // government may intercept communications or obtain data in bulk
  'extraterritorial-access', // government may demand data held by the company abroad
  'data-localisation', // data must be stored in the country
  'data-protection', // rights of the people the data is about
  'oversight', // who authorises and reviews government access
] as const;
export type LawTopic = (typeof LAW_TOPICS)[number];

export interface Law extends Sourced {
  /** kebab-case, unique within its jurisdiction. */
  id: string;
  name: string;
  year: number;
  topics: LawTopic[];
  /** One neutral sentence on what the law allows or requires. */
  summary: string;
}

export interface Note extends Sourced {
  text: string;
}

export interface IndexScore extends Sourced {
  /** e.g. "Freedom on the Net". */
  index: string;
  year: number;
  score: number;
  max: number;
  /** The index's own label, e.g. "Not Free". */
  status?: string;
}

export interface JurisdictionRecord {
  kind: 'jurisdiction';
  /** ISO 3166-1 alpha-2 in lower case, or "eu". */
  id: string;
  name: string;
  /** Blocs whose law also applies, e.g. ["eu"] for Ireland. */
  memberOf?: string[];
  laws: Law[];
  notes?: Note[];
  scores?: IndexScore[];
  lastReviewed: string;
}

export interface Place extends Sourced {
  jurisdiction: string;
  city?: string;
}

export interface EntityRef extends Sourced {
  entity: string;
}

export interface RegionalEntityRef extends EntityRef {
  /** Where this arrangement applies, in words: "European Economic Area", "Mainland China". */
  region: string;
}

export interface DataLocation extends Sourced {
  jurisdictions: string[];
  note: string;
}

export interface EntityRecord {
  kind: 'entity';
  /** kebab-case. */
  id: string;
  legalName: string;
  /** Other names, including the names it uses as a store developer or seller. */
  names?: string[];
  /** Where it is incorporated. */
  domicile: Place;
  /** Where it is run from; may differ from the domicile. */
  headquarters: Place;
  /** Absent for an ultimate parent. */
  parent?: EntityRef;
  dataControllers?: RegionalEntityRef[];
  dataLocations?: DataLocation[];
  notes?: Note[];
  lastReviewed: string;
}

/** Namespaces of store identities. "android" is one package across Play, F-Droid and other stores. */
export const STORE_ID_TYPES = ['android', 'apple', 'chrome', 'firefox', 'microsoft', 'edge', 'huawei'] as const;
export type StoreIdType = (typeof STORE_ID_TYPES)[number];

export interface StoreIdentity extends Sourced {
  type: StoreIdType;
  id: string;
  /** e.g. "iPhone and iPad", "Lite", "Mainland China". */
  note?: string;
}

/** "all": the source describes the app or service as a whole, not one platform's build. */
export const PLATFORMS = ['android', 'ios', 'macos', 'windows', 'browser-extension', 'all'] as const;
export type Platform = (typeof PLATFORMS)[number];

export interface PermissionNote extends Sourced {
  platform: Platform;
  permission: string;
  /** What it lets the app do, in one sentence. */
  note: string;
}

export const EVENT_KINDS = [
  'government-action',
  'court-decision',
  'regulator-fine',
  'research-finding',
  'incident',
  'company-statement',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface AppEvent extends Sourced {
  date: string;
  kind: EventKind;
  /** Jurisdiction whose government or court acted, where there is one. */
  jurisdiction?: string;
  summary: string;
  /** Set when the facts are contested; the popup then shows the event as disputed. */
  disputed?: boolean;
}

export interface RelatedApp extends Sourced {
  app: string;
  relation: 'regional-variant' | 'lite-version' | 'same-publisher';
}

export interface AppRecord {
  kind: 'app';
  id: string;
  name: string;
  names?: string[];
  stores: StoreIdentity[];
  publishers: RegionalEntityRef[];
  related?: RelatedApp[];
  permissionNotes?: PermissionNote[];
  events?: AppEvent[];
  lastReviewed: string;
}

export interface GlossaryEntry extends Sourced {
  /** e.g. "android.permission.CAMERA". */
  key: string;
  label: string;
  meaning: string;
}

export interface GlossaryRecord {
  kind: 'glossary';
  /** e.g. "android-permissions". */
  id: string;
  title: string;
  entries: GlossaryEntry[];
  lastReviewed: string;
}

export type DatasetRecord = JurisdictionRecord | EntityRecord | AppRecord | GlossaryRecord;
export type RecordKind = DatasetRecord['kind'];
export const RECORD_KINDS: readonly RecordKind[] = ['jurisdiction', 'entity', 'app', 'glossary'];
