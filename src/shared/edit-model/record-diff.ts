// Field-by-field differences between two versions of a record (the bundled one and the user's), for
// "your changes vs the bundled data". Lists are compared item by item, so one changed source of one
// store is one line, not the whole list.
import { canonicalJson } from './fingerprint';
import type { Path } from './json-pointer';

export interface FieldChange {
  path: Path;
  /** absent: the field was added. */
  before?: unknown;
  /** absent: the field was removed. */
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function diffRecords(before: unknown, after: unknown, path: Path = []): FieldChange[] {
  if (canonicalJson(before) === canonicalJson(after)) return [];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((k) => diffRecords(before[k], after[k], [...path, k]));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    return Array.from({ length: n }, (_, i) => diffRecords(before[i], after[i], [...path, i])).flat();
  }
  return [{ path, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) }];
}
