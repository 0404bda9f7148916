// Concern settings: which kinds of law raise the badge to "concern", in which jurisdictions (all by
// default: the same rule for every country), and whether store listing pages show markers. The popup
// names the law and the setting that produced the level.
import browser from '../shared/browser';
import type { CompiledDataset } from '../shared/compiled-dataset';
import type { LawTopic } from '../shared/dataset-types';
import { LAW_TOPICS } from '../shared/dataset-types';
import { el } from '../shared/dom';
import { t } from '../shared/i18n';
import type { ConcernSettings } from '../shared/settings';
import { normaliseSettings } from '../shared/settings';
import { TOPIC_LABEL_KEYS as TOPIC_KEYS } from '../shared/law-topic-labels';
import { LOCAL } from '../shared/storage-keys';
import { EffectiveDataset } from '../shared/effective-dataset';
import type { UserLayer } from '../shared/user-layer';


export interface JurisdictionChoice {
  id: string;
  name: string;
}

/** Every jurisdiction the user's dataset has, by name. */
export function jurisdictionChoices(bundled: CompiledDataset, layer: UserLayer): JurisdictionChoice[] {
  const all = new EffectiveDataset(bundled, layer).all('jurisdiction').map(({ record }) => ({ id: record.id, name: record.name }));
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

function checkbox(id: string, label: string, checked: boolean, value = ''): { box: HTMLInputElement; row: HTMLElement } {
  const box = el('input', { id, attrs: { type: 'checkbox', value } });
  box.checked = checked;
  return { box, row: el('div', {}, box, ' ', el('label', { text: label, attrs: { for: id } })) };
}

function radio(id: string, label: string, checked: boolean): { input: HTMLInputElement; row: HTMLElement } {
  const input = el('input', { id, attrs: { type: 'radio', name: 'jurisdiction-scope' } });
  input.checked = checked;
  return { input, row: el('div', {}, input, ' ', el('label', { text: label, attrs: { for: id } })) };
}

export async function settingsSection(jurisdictions: readonly JurisdictionChoice[] = []): Promise<HTMLElement> {
  const settings = normaliseSettings((await browser.storage.local.get(LOCAL.settings))[LOCAL.settings]);
  const status = el('p', { class: 'status', attrs: { role: 'status' } });
  const topics = LAW_TOPICS.map((topic) => checkbox(`topic-${topic}`, t(TOPIC_KEYS[topic]), settings.topics.includes(topic), topic));
  const chosen = settings.jurisdictions === 'all' ? [] : settings.jurisdictions;
  const all = radio('jurisdictions-all', t('settingsJurisdictionsAll'), settings.jurisdictions === 'all');
  const some = radio('jurisdictions-some', t('settingsJurisdictionsSome'), settings.jurisdictions !== 'all');
  const places = jurisdictions.map((j) => checkbox(`jurisdiction-${j.id}`, `${j.name} (${j.id})`, chosen.includes(j.id), j.id));
  const markers = checkbox('markers', t('settingsMarkers'), settings.markers === true);
  const sync = () => places.forEach((p) => (p.box.disabled = all.input.checked));
  const save = async () => {
    sync();
    const next: ConcernSettings = {
      version: 1,
      topics: topics.filter((b) => b.box.checked).map((b) => b.box.value as LawTopic),
      jurisdictions: all.input.checked ? 'all' : places.filter((p) => p.box.checked).map((p) => p.box.value),
      markers: markers.box.checked,
    };
    await browser.storage.local.set({ [LOCAL.settings]: next });
    status.textContent = t('settingsSaved');
  };
  [...topics.map((b) => b.box), all.input, some.input, ...places.map((p) => p.box), markers.box].forEach((b) => b.addEventListener('change', () => void save()));
  sync();
  const topicSet = el('fieldset', {}, el('legend', { text: t('settingsTopicsLegend') }), ...topics.map((b) => b.row));
  const placeSet = el('fieldset', {}, el('legend', { text: t('settingsJurisdictionsLegend') }), all.row, some.row, el('div', { class: 'choices' }, ...places.map((p) => p.row)));
  const markerSet = el('fieldset', {}, el('legend', { text: t('settingsMarkersLegend') }), markers.row);
  return el('section', { id: 'settings' }, el('h2', { text: t('settingsTitle') }), el('p', { text: t('settingsHelp') }), topicSet, placeSet, markerSet, status);
}
