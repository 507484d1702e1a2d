import type { CoreExports } from './CoreExports';
import type { Table } from './Table';
import { columnCapacityView } from './tableView';

/** Copies rows [from, table.rows) of every column of an encoded table into the core's table. */
export function writeRows(core: CoreExports, id: number, table: Table, from = 0): void {
  for (let c = 0; c < table.cols; c++) {
    const src = table.data.subarray(c * table.rows + from, (c + 1) * table.rows);
    if (src.length > 0) columnCapacityView(core, id, c).set(src, from);
  }
}
