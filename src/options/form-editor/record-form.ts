// The form for one record, generated from the field table (shared/edit-model/field-table.ts): a
// control per field, a fieldset per object, and add/remove for every list. Controls and their message
// slots are registered by JSON pointer, so validation problems land on the field they name.
import type { RecordKind } from '../../shared/dataset-types';
import { el } from '../../shared/dom';
import type { FieldSpec } from '../../shared/edit-model/field-table';
import { emptyItem, RECORD_FIELDS } from '../../shared/edit-model/field-table';
import type { Path } from '../../shared/edit-model/json-pointer';
import { getAt, toPointer } from '../../shared/edit-model/json-pointer';
import { t } from '../../shared/i18n';
import { controlId, fieldLabel, messageId } from './field-ids';
import type { Choice } from './field-inputs';
import { scalarControl } from './field-inputs';

export interface FormContext {
  draft(): unknown;
  /** A field changed. `structural`: items were added or removed, so the form must be drawn again. */
  change(path: Path, value: unknown, structural?: boolean): void;
  choices(kind: RecordKind): Choice[];
  register(pointer: string, control: HTMLElement, message: HTMLElement): void;
}

export function recordForm(kind: RecordKind, ctx: FormContext): HTMLElement {
  return el('div', { id: 'record-form', class: 'record-form' }, ...fields(RECORD_FIELDS[kind], [], ctx));
}

const fields = (specs: FieldSpec[], at: Path, ctx: FormContext): HTMLElement[] => specs.map((s) => fieldView(s, [...at, s.name], ctx));

function fieldView(spec: FieldSpec, path: Path, ctx: FormContext): HTMLElement {
  if (spec.kind === 'objects' || spec.kind === 'strings') return listView(spec, path, ctx);
  if (spec.kind === 'object') return objectView(spec, path, ctx);
  return scalarRow(spec, spec.kind, fieldLabel(spec.name), path, ctx);
}

function message(path: Path): HTMLElement {
  return el('p', { id: messageId(path), class: 'field-problem' });
}

function scalarRow(spec: FieldSpec, kind: Parameters<typeof scalarControl>[0], label: string, path: Path, ctx: FormContext, extra?: HTMLElement): HTMLElement {
  const msg = message(path);
  const required = spec.kind === 'strings' || spec.required;
  const control = scalarControl(kind, spec, { id: controlId(path), value: getAt(ctx.draft(), path), required, choices: ctx.choices, onValue: (v) => ctx.change(path, v) });
  control.setAttribute('aria-describedby', msg.id);
  ctx.register(toPointer(path), control, msg);
  const labelEl = el('label', { text: label, class: required ? 'required' : '', attrs: { for: control.id } });
  return el('div', { class: 'field' }, labelEl, control, extra, msg);
}

function group(legend: string, path: Path, ctx: FormContext, ...children: (HTMLElement | null)[]): HTMLElement {
  const msg = message(path);
  const set = el('fieldset', { id: controlId(path), attrs: { 'aria-describedby': msg.id, tabindex: '-1' } }, el('legend', { text: legend }), ...children, msg);
  ctx.register(toPointer(path), set, msg);
  return set;
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { text, class: 'small', attrs: { type: 'button' } });
  b.addEventListener('click', onClick);
  return b;
}

function objectView(spec: FieldSpec, path: Path, ctx: FormContext): HTMLElement {
  const label = fieldLabel(spec.name);
  if (getAt(ctx.draft(), path) === undefined) {
    // An optional part that is absent (an entity's parent): one click adds it, with its fields empty.
    return el('div', { class: 'field' }, button(t('addPart', [label]), () => ctx.change(path, emptyItem(spec), true)));
  }
  const remove = spec.required ? null : button(t('removePart', [label]), () => ctx.change(path, undefined, true));
  return group(label, path, ctx, ...fields(spec.fields!, path, ctx), remove);
}

function listView(spec: FieldSpec, path: Path, ctx: FormContext): HTMLElement {
  const label = fieldLabel(spec.name);
  const items = getAt(ctx.draft(), path);
  const list = Array.isArray(items) ? items : [];
  const views = list.map((_, i) => itemView(spec, [...path, i], `${label} ${i + 1}`, ctx, list.length));
  const add = button(t('addItem', [label]), () => ctx.change(path, [...list, emptyItem(spec)], true));
  return group(label, path, ctx, ...views, add);
}

function itemView(spec: FieldSpec, path: Path, label: string, ctx: FormContext, count: number): HTMLElement {
  const remove = button(t('removeItem', [label]), () => {
    const parent = path.slice(0, -1);
    // The last item of an optional list takes the list with it, so no empty list is saved.
    ctx.change(count === 1 && !spec.required ? parent : path, undefined, true);
  });
  if (spec.kind === 'strings') {
    const kind = spec.ref ? 'ref' : spec.values ? 'enum' : 'text';
    return scalarRow(spec, kind, label, path, ctx, remove);
  }
  return group(label, path, ctx, ...fields(spec.fields!, path, ctx), remove);
}
