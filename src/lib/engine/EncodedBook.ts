import type { BookCounts } from './BookCounts';
import type { BookEncoder } from './BookEncoder';
import type { Table } from './Table';

/** A book flattened into the core's input tables, plus what decoding needs to name rows. */
export interface EncodedBook {
  counts: BookCounts;
  /** Input tables by table id (assembly/layout.ts T_*); derived columns are zero. */
  tables: Map<number, Table>;
  /** Underlier names in row order (sorted). */
  underliers: string[];
  /** Expiry rows: underlier and the expiry's unix time. */
  expiries: { underlier: string; expiry: number }[];
  /** For each option row, the index of its position in `portfolio.positions`. */
  optionPositions: number[];
  /** The encoder that produced the position tables (a what-if appends legs to it). */
  encoder: BookEncoder;
}
