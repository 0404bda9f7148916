import { isJsonObject, type JsonObject } from './json-ld';

// Single-page stores (AMO, and by their documented structure the Microsoft Store and Galaxy Store)
// ship their initial state as JSON in <script type="application/json">. Where the wrapper around
// the record is not known for sure, the record is found by its own keys, with a bounded search.

const MAX_SCRIPTS = 30;
const MAX_SCRIPT_CHARS = 5_000_000;
const MAX_VISITS = 20_000;
const MAX_DEPTH = 8;

/** The parsed JSON of the script matched by `selector`, or null when there is none. Throws on bad JSON. */
export function parseJsonScript(doc: Document, selector: string): unknown {
  const text = doc.querySelector(selector)?.textContent ?? '';
  if (!text || text.length > MAX_SCRIPT_CHARS) return null;
  return JSON.parse(text) as unknown;
}

/** The first object in the page's JSON scripts, searched breadth-first, that passes `test`. */
export function findJsonRecord(doc: Document, test: (item: JsonObject) => boolean): JsonObject | null {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/json"]')).slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    try {
      const found = findRecord(JSON.parse(text), test);
      if (found) return found;
    } catch {
      // not JSON: try the next script
    }
  }
  return null;
}

/** Breadth-first search of a parsed JSON value, bounded in depth and in nodes visited. */
export function findRecord(root: unknown, test: (item: JsonObject) => boolean): JsonObject | null {
  let level: unknown[] = [root];
  let visits = 0;
  for (let depth = 0; depth <= MAX_DEPTH && level.length; depth++) {
    const next: unknown[] = [];
    for (const value of level) {
      if (++visits > MAX_VISITS) return null;
      if (isJsonObject(value) && test(value)) return value;
      if (Array.isArray(value)) next.push(...value.slice(0, 1000));
      else if (isJsonObject(value)) next.push(...Object.values(value).slice(0, 1000));
    }
    level = next;
  }
  return null;
}
