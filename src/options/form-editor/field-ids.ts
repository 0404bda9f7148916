// Element ids and labels of form fields, derived from the field's JSON pointer so that a problem's
// pointer finds its control, and a control names its field in words.
import type { RecordKind } from '../../shared/dataset-types';
import { fieldAt } from '../../shared/edit-model/field-table';
import type { Path } from '../../shared/edit-model/json-pointer';
import { parsePointer } from '../../shared/edit-model/json-pointer';
import { t } from '../../shared/i18n';

/** "f-publishers-0-entity" for /publishers/0/entity. Field names are letters and indexes digits. */
export const controlId = (path: readonly (string | number)[]): string => `f-${path.join('-') || 'record'}`;
export const messageId = (path: readonly (string | number)[]): string => `${controlId(path)}-problem`;

export const fieldLabel = (name: string): string => t(`field_${name}`);

/** "Publishers 1 › Entity" for /publishers/0/entity: what a problem names for a person. */
export function pathLabel(kind: RecordKind, pointer: string): string {
  const path = parsePointer(pointer);
  const words: string[] = [];
  path.forEach((step, i) => {
    if (/^\d+$/.test(step)) words[words.length - 1] = `${words[words.length - 1] ?? ''} ${Number(step) + 1}`;
    else words.push(fieldAt(kind, path.slice(0, i + 1) as Path) ? fieldLabel(step) : step);
  });
  return words.join(' › ') || t('wholeRecord');
}
