/** Money with thousands separators and 2 decimals; minus as U+2212 for legibility. */
export function money(x: number): string {
  const s = Math.abs(x).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return x < 0 && s !== '0.00' ? `−${s}` : s;
}

/** A Greek with 4 significant digits (small values stay readable). */
export function greek(x: number): string {
  if (x === 0) return '0';
  const s =
    Math.abs(x) >= 1e4
      ? Math.abs(x).toLocaleString('en-US', { maximumFractionDigits: 0 })
      : Number(Math.abs(x).toPrecision(4)).toString();
  return x < 0 ? `−${s}` : s;
}

/** Right-aligned columns: rows of cells → lines. */
export function columns(rows: string[][], leftAligned = 1): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, c) => (c < leftAligned ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}
