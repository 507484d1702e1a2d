// The tables in linear memory: one bump arena laid out by `reserve`, nothing freed piecemeal.
// The hot loops read and write through `col()` base pointers; nothing here allocates a managed
// object, so the core runs on the stub runtime with no garbage collector.
import {
  T_COUNT, T_UNDERLIER, T_EXPIRY, T_INSTR, T_GROUP, T_PNL, PNL_VALUE, G_COLS, U_COLS, E_COLS, O_COLS, I_COLS, GR_COLS, F_COLS, P_COLS,
  C_COLS, POS_COLS, S_COLS, EK_COLS, PNL_COLS, J_COLS, R_COLS,
} from './layout';

const TABLE_PTR: usize = memory.data(T_COUNT << 3);
const TABLE_ROWS: usize = memory.data(T_COUNT << 2);
const TABLE_COLS: usize = memory.data(T_COUNT << 2);
/** Rows allocated per table (≥ the active rows): column stride, room for what-if rows. */
const TABLE_CAP: usize = memory.data(T_COUNT << 2);
/** Checkpoint copies: base address of each table's shadow (0 = not checkpointed). */
const SHADOW_PTR: usize = memory.data(T_COUNT << 3);
const SHADOW_ROWS: usize = memory.data(T_COUNT << 2);

/** Base address of column `c` of `table`. */
@inline
export function col(table: i32, c: i32): usize {
  const cap = load<i32>(TABLE_CAP + (<usize>table << 2));
  return load<usize>(TABLE_PTR + (<usize>table << 3)) + ((<usize>c * <usize>cap) << 3);
}

@inline
export function capacity(table: i32): i32 {
  return load<i32>(TABLE_CAP + (<usize>table << 2));
}

@inline
export function rows(table: i32): i32 {
  return load<i32>(TABLE_ROWS + (<usize>table << 2));
}

@inline
export function at(base: usize, i: i32): f64 {
  return load<f64>(base + (<usize>i << 3));
}

@inline
export function put(base: usize, i: i32, v: f64): void {
  store<f64>(base + (<usize>i << 3), v);
}

/** Scalar of the one-row tables (T_GLOBAL, T_RESULT). */
@inline
export function scalar(table: i32, c: i32): f64 {
  return load<f64>(load<usize>(TABLE_PTR + (<usize>table << 3)) + (<usize>c << 3));
}

@inline
export function setScalar(table: i32, c: i32, v: f64): void {
  store<f64>(load<usize>(TABLE_PTR + (<usize>table << 3)) + (<usize>c << 3), v);
}

/** A parameter of T_GLOBAL. */
@inline
export function param(c: i32): f64 {
  return load<f64>(load<usize>(TABLE_PTR) + (<usize>c << 3));
}

export function tablePtr(table: i32): usize {
  return load<usize>(TABLE_PTR + (<usize>table << 3));
}

export function tableCols(table: i32): i32 {
  return load<i32>(TABLE_COLS + (<usize>table << 2));
}

function columnsOf(table: i32): i32 {
  switch (table) {
    case 0: return G_COLS;
    case 1: return U_COLS;
    case 2: return E_COLS;
    case 3: return O_COLS;
    case 4: return I_COLS;
    case 5: return GR_COLS;
    case 6: return F_COLS;
    case 7: return P_COLS;
    case 8: return C_COLS;
    case 9: return POS_COLS;
    case 10: return S_COLS;
    case 11: return EK_COLS;
    case 12: return PNL_COLS;
    case 13: return J_COLS;
    default: return R_COLS;
  }
}

/** Sets the active rows and capacity of `table`; `layoutTables` then places every table. */
export function setRows(table: i32, count: i32, cap: i32): void {
  store<i32>(TABLE_ROWS + (<usize>table << 2), count);
  store<i32>(TABLE_CAP + (<usize>table << 2), cap);
}

/** Changes the active rows of a laid-out table (within its capacity). */
export function setActiveRows(table: i32, count: i32): void {
  store<i32>(TABLE_ROWS + (<usize>table << 2), count);
}

/**
 * Lays out every table for the row counts set with `setRows` and zeroes them, and with
 * `shadows` the checkpoint copies a what-if session needs. The arena starts at `__heap_base`:
 * the core never allocates managed objects, so nothing else lives there. Returns false when the
 * total does not fit in linear memory.
 */
export function layoutTables(shadows: bool): bool {
  let top: u64 = (<u64>__heap_base + 15) & ~15;
  for (let t = 0; t < T_COUNT; t++) {
    const r = load<i32>(TABLE_CAP + (<usize>t << 2));
    const c = columnsOf(t);
    const bytes: u64 = <u64>r * <u64>c * 8;
    store<usize>(TABLE_PTR + (<usize>t << 3), <usize>top);
    store<i32>(TABLE_COLS + (<usize>t << 2), c);
    top = (top + bytes + 15) & ~15;
  }
  // Shadows for checkpoints of the tables a what-if mutates, same shape as their tables.
  for (let t = 0; t < T_COUNT; t++) {
    store<usize>(SHADOW_PTR + (<usize>t << 3), 0);
    if (!shadows || !isShadowed(t)) continue;
    const bytes: u64 = <u64>load<i32>(TABLE_CAP + (<usize>t << 2)) * <u64>shadowEndColumn(t) * 8;
    store<usize>(SHADOW_PTR + (<usize>t << 3), <usize>top);
    top = (top + bytes + 15) & ~15;
  }
  if (top > 0xffff0000) return false;
  const needPages = <i32>((top + 0xffff) >> 16);
  const havePages = memory.size();
  if (needPages > havePages && memory.grow(needPages - havePages) < 0) return false;
  const start = (<usize>__heap_base + 15) & ~15;
  memory.fill(start, 0, <usize>top - start);
  return true;
}

/**
 * Tables a what-if changes in place (their active rows are saved by `checkpointTables`). T_EK is
 * not among them: a what-if writes the values of the expiries it changes to EK_VW and leaves the
 * book's EK_V and EK_PRE as they were.
 */
function isShadowed(table: i32): bool {
  return table == T_UNDERLIER || table == T_EXPIRY || table == T_INSTR || table == T_GROUP || table == T_PNL;
}

/** The columns [first, end) of a shadowed table that a what-if changes: T_PNL's value only. */
function shadowFirstColumn(table: i32): i32 {
  return table == T_PNL ? PNL_VALUE : 0;
}

function shadowEndColumn(table: i32): i32 {
  return table == T_PNL ? PNL_VALUE + 1 : columnsOf(table);
}

/** Whether `layoutTables` made checkpoint copies (a what-if session's layout). */
export function hasShadows(): bool {
  return load<usize>(SHADOW_PTR + (<usize>T_UNDERLIER << 3)) != 0;
}

/** Saves the active rows of every shadowed table. */
export function checkpointTables(): void {
  for (let t = 0; t < T_COUNT; t++) {
    if (!isShadowed(t)) continue;
    const cap = <usize>load<i32>(TABLE_CAP + (<usize>t << 2));
    const skip = (<usize>shadowFirstColumn(t) * cap) << 3;
    const bytes = ((cap * <usize>shadowEndColumn(t)) << 3) - skip;
    memory.copy(load<usize>(SHADOW_PTR + (<usize>t << 3)) + skip, load<usize>(TABLE_PTR + (<usize>t << 3)) + skip, bytes);
    store<i32>(SHADOW_ROWS + (<usize>t << 2), load<i32>(TABLE_ROWS + (<usize>t << 2)));
  }
}

/**
 * Restores the checkpointed rows of every shadowed table, column by column, leaving rows past
 * the checkpoint alone (the caller may have written what-if input rows there).
 */
export function restoreTables(): void {
  for (let t = 0; t < T_COUNT; t++) {
    if (!isShadowed(t)) continue;
    const cap = <usize>load<i32>(TABLE_CAP + (<usize>t << 2));
    const saved = <usize>load<i32>(SHADOW_ROWS + (<usize>t << 2));
    const cols = shadowEndColumn(t);
    const dst = load<usize>(TABLE_PTR + (<usize>t << 3));
    const src = load<usize>(SHADOW_PTR + (<usize>t << 3));
    for (let c = shadowFirstColumn(t); c < cols; c++) {
      memory.copy(dst + ((<usize>c * cap) << 3), src + ((<usize>c * cap) << 3), saved << 3);
    }
  }
}
