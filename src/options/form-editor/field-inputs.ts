// One control per scalar field: text, long text, number, yes/no, a choice of values, or a reference
// chosen from the records that exist. Each reports its new value; empty optional fields report
// undefined, so that they are left out of the record instead of saved empty.
import type { RecordKind } from '../../shared/dataset-types';
import { el } from '../../shared/dom';
import type { FieldSpec } from '../../shared/edit-model/field-table';
import { t } from '../../shared/i18n';
import { TOPIC_LABEL_KEYS as TOPIC_KEYS } from '../../shared/law-topic-labels';

export interface Choice {
  id: string;
  label: string;
}

export interface ControlOptions {
  id: string;
  value: unknown;
  required: boolean;
  /** For a reference: the records of that kind that exist. */
  choices: (kind: RecordKind) => Choice[];
  onValue: (value: unknown) => void;
}

type ScalarKind = 'text' | 'longText' | 'integer' | 'number' | 'boolean' | 'enum' | 'ref';

export function scalarControl(kind: ScalarKind, spec: Pick<FieldSpec, 'values' | 'ref'>, o: ControlOptions): HTMLElement {
  if (kind === 'boolean') return checkbox(o);
  if (kind === 'enum' || (kind === 'ref' && spec.ref)) return select(kind === 'ref' ? refOptions(spec.ref!, o) : enumOptions(spec.values ?? []), o);
  const input = kind === 'longText' ? el('textarea', { class: 'field-text', attrs: { rows: '2' } }) : el('input', { attrs: { type: 'text' } });
  if (kind === 'integer' || kind === 'number') input.setAttribute('inputmode', kind === 'integer' ? 'numeric' : 'decimal');
  input.id = o.id;
  input.value = o.value === undefined || o.value === null ? '' : String(o.value);
  if (o.required) input.setAttribute('aria-required', 'true');
  input.addEventListener('input', () => o.onValue(parse(kind, input.value, o.required)));
  return input;
}

function parse(kind: ScalarKind, text: string, required: boolean): unknown {
  if (kind === 'integer' || kind === 'number') {
    if (text.trim() === '') return undefined;
    const n = Number(text);
    // Kept as typed when it is not a number, so that validation says so and nothing typed is lost.
    return Number.isFinite(n) ? n : text;
  }
  return text === '' && !required ? undefined : text;
}

function checkbox(o: ControlOptions): HTMLElement {
  const box = el('input', { id: o.id, attrs: { type: 'checkbox' } });
  box.checked = o.value === true;
  // Unticked optional flags are left out rather than saved as false.
  box.addEventListener('change', () => o.onValue(box.checked ? true : undefined));
  return box;
}

const enumOptions = (values: readonly string[]): Choice[] =>
  values.map((v) => ({ id: v, label: v in TOPIC_KEYS ? t(TOPIC_KEYS[v as keyof typeof TOPIC_KEYS]) : v }));

function refOptions(kind: RecordKind, o: ControlOptions): Choice[] {
  const list = [{ id: '', label: t('chooseRecord') }, ...o.choices(kind)];
  // A reference to a record that does not exist stays visible (and is flagged), never silently changed.
  if (typeof o.value === 'string' && !list.some((c) => c.id === o.value)) list.push({ id: o.value, label: t('unknownRef', [o.value]) });
  return list;
}

function select(choices: Choice[], o: ControlOptions): HTMLElement {
  const node = el('select', { id: o.id }, ...choices.map((c) => el('option', { text: c.label, attrs: { value: c.id } })));
  if (o.required) node.setAttribute('aria-required', 'true');
  node.value = typeof o.value === 'string' ? o.value : '';
  node.addEventListener('change', () => o.onValue(node.value === '' && !o.required ? undefined : node.value));
  return node;
}
