// Which laws the user treats as a concern. The same rule applies to every jurisdiction unless the user
// narrows it: the default flags laws that compel companies to assist, let a government intercept, or
// reach data held abroad, wherever they are in force.
import type { LawTopic } from './dataset-types';
import { LAW_TOPICS } from './dataset-types';

export interface ConcernSettings {
  version: 1;
  /** Kinds of law that raise the level to "concern". */
  topics: LawTopic[];
  /** "all", or only these jurisdiction ids. */
  jurisdictions: 'all' | string[];
  /** Show a small marker next to app tiles on store listing pages. Off unless the user opts in. */
  markers?: boolean;
}

export const DEFAULT_SETTINGS: ConcernSettings = Object.freeze({
  version: 1,
  topics: ['compelled-assistance', 'interception', 'extraterritorial-access'],
  jurisdictions: 'all',
}) as ConcernSettings;

/** Settings come from storage: repair anything malformed to the default instead of failing. */
export function normaliseSettings(value: unknown): ConcernSettings {
  const v = (value ?? {}) as Partial<ConcernSettings>;
  const topics = Array.isArray(v.topics) ? v.topics.filter((t): t is LawTopic => (LAW_TOPICS as readonly string[]).includes(t)) : DEFAULT_SETTINGS.topics;
  const jurisdictions =
    Array.isArray(v.jurisdictions) && v.jurisdictions.every((j) => typeof j === 'string' && /^([a-z]{2}|eu)$/.test(j))
      ? v.jurisdictions
      : 'all';
  return { version: 1, topics: [...new Set(topics)], jurisdictions, markers: v.markers === true };
}

export function isConcern(settings: ConcernSettings, jurisdiction: string, topics: readonly LawTopic[]): boolean {
  if (settings.jurisdictions !== 'all' && !settings.jurisdictions.includes(jurisdiction)) return false;
  return topics.some((t) => settings.topics.includes(t));
}
