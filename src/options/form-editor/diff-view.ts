// "Your changes vs the bundled data": one table row per changed field, with the bundled value and
// the user's. The same table shows both versions when an update changed a record the user edited.
import type { RecordKind } from '../../shared/dataset-types';
import { el } from '../../shared/dom';
import { toPointer } from '../../shared/edit-model/json-pointer';
import type { FieldChange } from '../../shared/edit-model/record-diff';
import { t } from '../../shared/i18n';
import { pathLabel } from './field-ids';

const MAX_ROWS = 200;

function shown(value: unknown): string {
  if (value === undefined) return t('diffAbsent');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function diffTable(kind: RecordKind, changes: readonly FieldChange[]): HTMLElement {
  if (!changes.length) return el('p', { text: t('diffNone') });
  const head = el('tr', {}, ...['diffField', 'diffBundled', 'diffYours'].map((k) => el('th', { text: t(k), attrs: { scope: 'col' } })));
  const rows = changes.slice(0, MAX_ROWS).map((c) => el('tr', {}, el('th', { text: pathLabel(kind, toPointer(c.path)), attrs: { scope: 'row' } }), el('td', { text: shown(c.before) }), el('td', { text: shown(c.after) })));
  return el('table', { class: 'diff' }, el('caption', { text: t('diffCaption', [String(changes.length)]) }), el('thead', {}, head), el('tbody', {}, ...rows));
}
