import type { LawTopic } from './dataset-types';

/** Message keys of the kinds of law, as the concern settings label them; the popup and the options
 *  page use the same words. */
export const TOPIC_LABEL_KEYS: Record<LawTopic, string> = {
  'compelled-assistance': 'topicCompelledAssistance',
  interception: 'topicInterception',
  'extraterritorial-access': 'topicExtraterritorialAccess',
  'data-localisation': 'topicDataLocalisation',
  'data-protection': 'topicDataProtection',
  oversight: 'topicOversight',
};
