// Kinds of law in words: the setting's label (as the options page shows it) and what a law of that
// kind does, for the verdict sentence. The same words for every country.
import type { LawTopic } from '../shared/dataset-types';
import { LAW_TOPICS } from '../shared/dataset-types';
import type { LawFinding, Report } from '../shared/report-types';

export { TOPIC_LABEL_KEYS } from '../shared/law-topic-labels';

/** What a law of this kind does, to complete "..., whose 2017 National Intelligence Law ___". */
export const TOPIC_EFFECT_KEYS: Record<LawTopic, string> = {
  'compelled-assistance': 'effectCompelledAssistance',
  interception: 'effectInterception',
  'extraterritorial-access': 'effectExtraterritorialAccess',
  'data-localisation': 'effectDataLocalisation',
  'data-protection': 'effectDataProtection',
  oversight: 'effectOversight',
};

/** The law's kinds that the user's settings flag, in the order the dataset lists them. */
export function flaggedTopics(law: LawFinding, settings: Report['settings']): LawTopic[] {
  return law.concern ? law.topics.filter((t) => settings.topics.includes(t)) : [];
}

/** Every kind of law that raised the level, in the settings' order. */
export function topicsBehindLevel(report: Report): LawTopic[] {
  const flagged = new Set(report.reasons.flatMap((i) => flaggedTopics(report.laws[i]!, report.settings)));
  return LAW_TOPICS.filter((t) => flagged.has(t));
}
