// Validation problems on the form: each field that has one is marked aria-invalid and its message
// slot (its aria-describedby) says what is wrong; a summary lists them all, each a button that takes
// the user to the field.
import type { Problem } from '../../shared/dataset-rules';
import type { RecordKind } from '../../shared/dataset-types';
import { el } from '../../shared/dom';
import { problemsByField } from '../../shared/edit-model/field-problems';
import { t } from '../../shared/i18n';
import { pathLabel } from './field-ids';

export interface FieldSlot {
  control: HTMLElement;
  message: HTMLElement;
}

const MAX_LISTED = 30;

export function showProblems(kind: RecordKind | null, problems: readonly Problem[], slots: Map<string, FieldSlot>, summary: HTMLElement): void {
  for (const slot of slots.values()) {
    slot.control.removeAttribute('aria-invalid');
    slot.message.textContent = '';
  }
  const byField = problemsByField(problems, (p) => slots.has(p));
  for (const [pointer, list] of byField) {
    const slot = slots.get(pointer);
    if (!slot) continue;
    slot.control.setAttribute('aria-invalid', 'true');
    slot.message.textContent = list.map((p) => p.message).join('; ');
  }
  summary.replaceChildren();
  if (!problems.length) return;
  const items = problems.slice(0, MAX_LISTED).map((p) => {
    const name = kind ? pathLabel(kind, p.field) : p.field;
    const slot = [...byField].find(([, list]) => list.includes(p))?.[0];
    const target = slot ? slots.get(slot)?.control : undefined;
    const text = `${name}: ${p.message}`;
    if (!target) return el('li', { text });
    const go = el('button', { text, class: 'link', attrs: { type: 'button' } });
    go.addEventListener('click', () => (target.scrollIntoView?.({ block: 'center' }), target.focus()));
    return el('li', {}, go);
  });
  summary.append(el('p', { text: t('problemsHeading', [String(problems.length)]) }), el('ul', {}, ...items));
}
