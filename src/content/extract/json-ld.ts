// schema.org JSON-LD blocks. Play has one SoftwareApplication block in every era; Apple has one in both
// its Ember (name="schema:software-application") and Svelte (id=software-application) pages.

export type JsonObject = Record<string, unknown>;

const MAX_BLOCKS = 20;
const MAX_BLOCK_CHARS = 2_000_000;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first JSON-LD object of the given @type, or null. Unparseable blocks are skipped. */
export function findJsonLd(doc: Document, type: string): JsonObject | null {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_BLOCKS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    const match = candidates(parsed).find((item) => hasType(item, type));
    if (match) return match;
  }
  return null;
}

// A block may hold one object, an array of them, or an {"@graph": [...]} wrapper.
function candidates(parsed: unknown): JsonObject[] {
  const list = Array.isArray(parsed) ? parsed : [parsed];
  return list.flatMap((item) => {
    if (!isJsonObject(item)) return [];
    const graph = item['@graph'];
    return Array.isArray(graph) ? [item, ...graph.filter(isJsonObject)] : [item];
  });
}

function hasType(item: JsonObject, type: string): boolean {
  const value = item['@type'];
  return value === type || (Array.isArray(value) && value.includes(type));
}

/** item.key when it is an object (e.g. "author"). */
export function ldObject(item: JsonObject | null, key: string): JsonObject | null {
  const value = item?.[key];
  return isJsonObject(value) ? value : null;
}
