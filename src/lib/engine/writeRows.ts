import type { CoreExports } from './CoreExports';
import { memoryF64 } from './memoryF64';
import type { Table } from './Table';

/** Copies every row of an encoded table into the core's table, starting at row `offset`. */
export function writeRows(core: CoreExports, id: number, table: Table, offset = 0): void {
  if (table.rows === 0) return;
  const mem = memoryF64(core);
  const base = core.tablePtr(id) / 8 + offset;
  const stride = core.tableCapacity(id);
  if (offset + table.rows > stride)
    throw new RangeError(
      `writeRows: rows ${offset}…${offset + table.rows} exceed table ${id}'s ${stride}`,
    );
  for (let c = 0; c < table.cols; c++)
    mem.set(table.data.subarray(c * table.rows, (c + 1) * table.rows), base + c * stride);
}
