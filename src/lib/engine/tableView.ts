import type { CoreExports } from './CoreExports';

/**
 * A Float64Array over one whole table in the core's memory. Views go stale when memory grows
 * (every `reserve`), so take them fresh after each call that may grow it.
 */
export function tableView(core: CoreExports, table: number): Float64Array {
  const length = core.tableRows(table) * core.tableCols(table);
  return new Float64Array(core.memory.buffer, core.tablePtr(table), length);
}

/** One column of a table, as a view. */
export function columnView(core: CoreExports, table: number, column: number): Float64Array {
  const rows = core.tableRows(table);
  return new Float64Array(core.memory.buffer, core.tablePtr(table) + column * rows * 8, rows);
}
