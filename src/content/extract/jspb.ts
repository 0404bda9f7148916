// Google's embedded data is protobuf written as JSON arrays ("JSPB"): field n sits at index n - 1.
// A message may end with a plain object that holds fields by number instead, so {"70": …} is index 69.
// The data-safety page uses that sparse form for the whole app record and the 2025+ details page for
// its later fields; at() reads both, so every path is written as in the dense layout.

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field at a dense index of a JSPB message, whether stored densely or in the trailing object. */
export function at(message: unknown, index: number): unknown {
  if (!Array.isArray(message)) return undefined;
  const dense: unknown = message[index];
  if (dense !== undefined && dense !== null && !isPlainObject(dense)) return dense;
  const last: unknown = message[message.length - 1];
  const sparse = isPlainObject(last) ? last[String(index + 1)] : undefined;
  return sparse ?? (isPlainObject(dense) ? undefined : dense);
}

/** Follows dense indices through nested messages; undefined as soon as one step is missing. */
export function path(message: unknown, ...indices: number[]): unknown {
  let value = message;
  for (const index of indices) {
    value = at(value, index);
    if (value === undefined || value === null) return undefined;
  }
  return value;
}

export function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
