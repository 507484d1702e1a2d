/** One place two reports differ: the JSON path and both values (canonical JSON, shortened). */
export type ReportDifference = { path: string; expected: string; actual: string };

const show = (v: unknown) => {
  const s = v === undefined ? '(absent)' : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/**
 * Where `actual` differs from `expected` (two parsed reports), depth first in key order, at
 * most `limit` places: what `dcro impact --verify` prints when the hashes differ.
 *
 * @example
 * diffReports(fromFile, recomputed); // [{path: 'totals.initialMargin.proposed', expected: '1', actual: '2'}]
 */
export function diffReports(
  expected: unknown,
  actual: unknown,
  limit = 10,
  path = '',
): ReportDifference[] {
  const out: ReportDifference[] = [];
  const walk = (e: unknown, a: unknown, at: string) => {
    if (out.length >= limit) return;
    const bothObjects =
      e !== null &&
      a !== null &&
      typeof e === 'object' &&
      typeof a === 'object' &&
      Array.isArray(e) === Array.isArray(a);
    if (!bothObjects) {
      if (JSON.stringify(e) !== JSON.stringify(a))
        out.push({ path: at || '(root)', expected: show(e), actual: show(a) });
      return;
    }
    const keys = Array.isArray(e)
      ? Array.from({ length: Math.max(e.length, (a as unknown[]).length) }, (_, i) => i)
      : [...new Set([...Object.keys(e as object), ...Object.keys(a as object)])].sort();
    for (const k of keys) {
      const next = typeof k === 'number' ? `${at}[${k}]` : at ? `${at}.${k}` : k;
      walk(
        (e as Record<string | number, unknown>)[k],
        (a as Record<string | number, unknown>)[k],
        next,
      );
    }
  };
  walk(expected, actual, path);
  return out;
}
