/**
 * Where two result JSON texts first differ: `''` when identical byte for byte, else the first
 * differing field path (when both parse) or character offset, in words.
 *
 * @example
 * firstDifference('{"a":1}', '{"a":2}'); // 'a: 1 vs 2'
 */
export function firstDifference(a: string, b: string): string {
  if (a === b) return '';
  let x: unknown;
  let y: unknown;
  try {
    x = JSON.parse(a);
    y = JSON.parse(b);
  } catch {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return `the texts differ at character ${i}`;
  }
  return walk(x, y, '') || 'same values, different formatting or key order';
}

function walk(x: unknown, y: unknown, path: string): string {
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null)
    return Object.is(x, y)
      ? ''
      : `${path || '(root)'}: ${JSON.stringify(x)} vs ${JSON.stringify(y)}`;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) {
    const sub = Array.isArray(x) ? `${path}[${k}]` : path ? `${path}.${k}` : k;
    const d = walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], sub);
    if (d) return d;
  }
  return '';
}
