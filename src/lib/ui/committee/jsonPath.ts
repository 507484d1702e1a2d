/** A JSON value of a parameters document being edited (possibly invalid while typed). */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The value at `path` in `doc`, or `undefined`. */
export function getAt(doc: Json, path: readonly string[]): Json | undefined {
  let at: Json | undefined = doc;
  for (const key of path) {
    if (at === null || typeof at !== 'object' || Array.isArray(at)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * A copy of `doc` with `value` at `path` (objects created on the way; `undefined` deletes the
 * key). The original is never mutated, so Svelte's `$state.raw` sees a new document.
 *
 * @example
 * setAt({ a: { b: 1 } }, ['a', 'b'], 2); // {a: {b: 2}}
 */
export function setAt(doc: Json, path: readonly string[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [key, ...rest] = path as [string, ...string[]];
  const obj = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc : {};
  const copy: { [key: string]: Json } = { ...obj };
  const next = setAt(obj[key] ?? {}, rest, value);
  if (rest.length === 0 && value === undefined) delete copy[key];
  else copy[key] = next;
  return copy;
}

/**
 * Every leaf of a document as `dotted.path → value` (arrays are leaves: a vol-state list or
 * the tail moves are one field to a committee).
 *
 * @example
 * flatten({ a: { b: 1, c: [1, 2] } }); // Map {'a.b' => 1, 'a.c' => [1, 2]}
 */
export function flatten(doc: Json, prefix = '', out = new Map<string, Json>()): Map<string, Json> {
  if (doc !== null && typeof doc === 'object' && !Array.isArray(doc)) {
    for (const [k, v] of Object.entries(doc)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, doc);
  return out;
}
