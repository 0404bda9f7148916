// An in-memory storage.local for unit tests: values go in and come out as JSON copies (as in
// Chrome), every write tells the onChanged listeners, and a write can be made to fail like a full
// quota. `bytes()` is the whole store serialised, to check that nothing changed.
export type ChangeListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export interface FakeLocalStorage {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged: { addListener(listener: ChangeListener): void };
  /** Makes the next writes throw this error (until set back to null). */
  failWrites: Error | null;
  writes: number;
  bytes(): string;
}

const copy = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export function fakeLocalStorage(initial: Record<string, unknown> = {}): FakeLocalStorage {
  const data = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, copy(v)]));
  const listeners: ChangeListener[] = [];
  const tell = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => listeners.forEach((l) => l(changes, 'local'));
  const storage: FakeLocalStorage = {
    failWrites: null,
    writes: 0,
    async get(keys) {
      const wanted = keys === null || keys === undefined ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((k) => data.has(k)).map((k) => [k, copy(data.get(k))]));
    },
    async set(items) {
      if (storage.failWrites) throw storage.failWrites;
      storage.writes++;
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: copy(data.get(k)), newValue: copy(v) };
        data.set(k, copy(v));
      }
      tell(changes);
    },
    async remove(keys) {
      if (storage.failWrites) throw storage.failWrites;
      storage.writes++;
      const changes: Record<string, { oldValue?: unknown }> = {};
      for (const k of Array.isArray(keys) ? keys : [keys]) {
        if (data.has(k)) changes[k] = { oldValue: copy(data.get(k)) };
        data.delete(k);
      }
      tell(changes);
    },
    onChanged: { addListener: (l) => void listeners.push(l) },
    bytes: () => JSON.stringify([...data.entries()].sort(([a], [b]) => a.localeCompare(b))),
  };
  return storage;
}
