// Extraction must never throw into the content script: each field is read on its own, and a failure
// (a markup change, a hostile page) costs that field only.

/** read(), or fallback if it throws. */
export function safely<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** The first reader that returns a value that is neither null, undefined nor an empty array. */
export function firstOf<T>(...readers: Array<() => T | null | undefined>): T | null {
  for (const read of readers) {
    const value = safely(read, null);
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) return value;
  }
  return null;
}
