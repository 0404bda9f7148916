// JSON pointers (RFC 6901) as paths, and immutable updates of a draft record along a path: the form
// edits one field at a time and never mutates what the store or the bundled dataset holds.
export type Path = (string | number)[];

export function toPointer(path: readonly (string | number)[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function parsePointer(pointer: string): string[] {
  if (!pointer || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function getAt(value: unknown, path: readonly (string | number)[]): unknown {
  let node = value;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[String(step)];
  }
  return node;
}

/** A copy of `value` with `next` at `path`; `undefined` removes the member (or the list item). */
export function setAt(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (!path.length) return next;
  const [step, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    const i = Number(step);
    const child = setAt(copy[i], rest, next);
    if (child === undefined && !rest.length) copy.splice(i, 1);
    else copy[i] = child;
    return copy;
  }
  const copy: Record<string, unknown> = value && typeof value === 'object' ? { ...(value as Record<string, unknown>) } : {};
  const child = setAt(copy[String(step)], rest, next);
  if (child === undefined) delete copy[String(step)];
  else copy[String(step)] = child;
  return copy;
}
