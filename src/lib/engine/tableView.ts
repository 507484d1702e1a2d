import type { CoreExports } from './CoreExports';

/**
 * One column of a table as a Float64Array view over the core's memory (active rows only).
 * Columns are `capacity` rows apart. Views go stale when memory grows (every `reserve`), so
 * take them fresh after each call that may grow it.
 */
export function columnView(core: CoreExports, table: number, column: number): Float64Array {
  const stride = core.tableCapacity(table);
  return new Float64Array(
    core.memory.buffer,
    core.tablePtr(table) + column * stride * 8,
    core.tableRows(table),
  );
}
