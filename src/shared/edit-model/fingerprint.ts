// A short fingerprint of a record's canonical JSON. Each override stores the fingerprint of the bundled
// record it was based on, so that after an update the options page can tell which of the user's
// edits were made against a bundled record that has since changed (issue 5, item 3).

/** JSON with object members in sorted order, so equal records give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** 64-bit FNV-1a of the canonical JSON, as 16 hex digits. Not a security measure: it only has to
 *  notice that the bundled record changed, synchronously, in every browser. */
export function fingerprint(value: unknown): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(canonicalJson(value))) {
    h ^= BigInt(byte);
    h = (h * prime) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

export const sameContent = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);
