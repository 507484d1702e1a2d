/**
 * A copy of `value` that JSON can carry: bigints (chain integers) become decimal strings.
 *
 * @example
 * toJsonSafe({ nonce: 3n, equity: -1n }); // { nonce: '3', equity: '-1' }
 */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSafe(v)]));
  return value;
}
