/**
 * A struct-of-arrays table as the core lays it out: column `c` of row `i` at `c·rows + i`.
 * The encoder fills one per input table and the writer copies it into linear memory as is.
 */
export class Table {
  readonly data: Float64Array;
  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    this.data = new Float64Array(rows * cols);
  }

  set(row: number, column: number, value: number): void {
    this.data[column * this.rows + row] = value;
  }

  get(row: number, column: number): number {
    return this.data[column * this.rows + row]!;
  }
}
