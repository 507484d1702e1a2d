// Guards the "never a NaN" promise: after each stage, the first non-finite figure is reported
// with its table, row and column, so the TypeScript side can name the input that overflowed.
// An input the core finds out of range (ERR_OUT_OF_RANGE) is reported the same way.
import { col, rows, at } from '../tables';

export let errTable: i32 = -1;
export let errRow: i32 = -1;
export let errCol: i32 = -1;

/** Whether rows [0, n) of a column are finite: x − x is 0 exactly for finite x, NaN otherwise. */
function columnFinite(base: usize, n: i32): bool {
  const zero = f64x2.splat(0);
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const v = v128.load(base + (<usize>i << 3));
    if (!i64x2.all_true(f64x2.eq(f64x2.sub(v, v), zero))) return false;
  }
  return i == n || isFinite<f64>(at(base, i));
}

/** True if columns [c0, c1) of `table` are all finite; otherwise records the first offender. */
export function allFinite(table: i32, c0: i32, c1: i32): bool {
  const n = rows(table);
  for (let c = c0; c < c1; c++) {
    const base = col(table, c);
    if (columnFinite(base, n)) continue;
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

/** Records the cell of an input out of range (the caller returns ERR_OUT_OF_RANGE). */
export function flagCell(table: i32, row: i32, column: i32): void {
  errTable = table;
  errRow = row;
  errCol = column;
}

export function clearError(): void {
  errTable = -1;
  errRow = -1;
  errCol = -1;
}
