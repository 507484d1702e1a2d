// Guards the "never a NaN" promise: after each stage, the first non-finite figure is reported
// with its table, row and column, so the TypeScript side can name the input that overflowed.
import { col, rows, at } from '../tables';

export let errTable: i32 = -1;
export let errRow: i32 = -1;
export let errCol: i32 = -1;

/** True if columns [c0, c1) of `table` are all finite; otherwise records the first offender. */
export function allFinite(table: i32, c0: i32, c1: i32): bool {
  const n = rows(table);
  for (let c = c0; c < c1; c++) {
    const base = col(table, c);
    for (let i = 0; i < n; i++) {
      if (!isFinite<f64>(at(base, i))) {
        errTable = table;
        errRow = i;
        errCol = c;
        return false;
      }
    }
  }
  return true;
}

export function clearError(): void {
  errTable = -1;
  errRow = -1;
  errCol = -1;
}
