// Concern settings: which kinds of law raise the badge to "concern". The same rule applies to every
// jurisdiction; the popup names the law and the setting that produced the level.
import browser from '../shared/browser';
import type { LawTopic } from '../shared/dataset-types';
import { LAW_TOPICS } from '../shared/dataset-types';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';
import { normaliseSettings } from '../shared/settings';
import { LOCAL } from '../shared/storage-keys';

export const TOPIC_KEYS: Record<LawTopic, string> = {
  'compelled-assistance': 'topicCompelledAssistance',
  interception: 'topicInterception',
  'extraterritorial-access': 'topicExtraterritorialAccess',
  'data-localisation': 'topicDataLocalisation',
  'data-protection': 'topicDataProtection',
  oversight: 'topicOversight',
};

export async function settingsSection(): Promise<HTMLElement> {
  const settings = normaliseSettings((await browser.storage.local.get(LOCAL.settings))[LOCAL.settings]);
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  const boxes = LAW_TOPICS.map((topic) => {
    const box = el('input', { id: `topic-${topic}`, attrs: { type: 'checkbox', name: 'topic', value: topic } });
    box.checked = settings.topics.includes(topic);
    return box;
  });
  const save = async () => {
    const topics = boxes.filter((b) => b.checked).map((b) => b.value as LawTopic);
    await browser.storage.local.set({ [LOCAL.settings]: { ...settings, topics } });
    status.textContent = t('settingsSaved');
  };
  boxes.forEach((b) => b.addEventListener('change', () => void save()));
  const fieldset = el(
    'fieldset',
    {},
    el('legend', { text: t('settingsTopicsLegend') }),
    ...boxes.map((box, i) => el('div', {}, box, ' ', el('label', { text: t(TOPIC_KEYS[LAW_TOPICS[i]!]), attrs: { for: box.id } }))),
  );
  return el('section', { id: 'settings' }, el('h2', { text: t('settingsTitle') }), el('p', { text: t('settingsHelp') }), fieldset, status);
}
