// Validation problems (JSON pointers from the schema and the rules between records) placed on the form:
// each goes to the field it names or, when the form has no control for that exact place (a list that
// needs one more item, a missing object), to the nearest enclosing field that it has.
import type { Problem } from '../dataset-rules';
import { parsePointer, toPointer } from './json-pointer';

/** pointer of a form field → its problems. Problems no field can take go under "". */
export function problemsByField(problems: readonly Problem[], hasField: (pointer: string) => boolean): Map<string, Problem[]> {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const at = nearestField(p.field, hasField);
    out.set(at, [...(out.get(at) ?? []), p]);
  }
  return out;
}

function nearestField(pointer: string, hasField: (pointer: string) => boolean): string {
  const path = parsePointer(pointer);
  for (let n = path.length; n > 0; n--) {
    const candidate = toPointer(path.slice(0, n));
    if (hasField(candidate)) return candidate;
  }
  return '';
}
