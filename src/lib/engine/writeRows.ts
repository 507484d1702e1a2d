import type { CoreExports } from './CoreExports';
import type { Table } from './Table';
import { columnCapacityView } from './tableView';

/** Copies every row of an encoded table into the core's table, starting at row `offset`. */
export function writeRows(core: CoreExports, id: number, table: Table, offset = 0): void {
  for (let c = 0; c < table.cols; c++) {
    const src = table.data.subarray(c * table.rows, (c + 1) * table.rows);
    if (src.length > 0) columnCapacityView(core, id, c).set(src, offset);
  }
}
