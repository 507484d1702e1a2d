import * as L from '../../../assembly/layout';
import type { Portfolio, Position } from '../model/types';
import type { CoreExports } from './CoreExports';
import { memoryF64 } from './memoryF64';
import { Table } from './Table';

/** Row counts of the position-driven tables at some point (see `mark` / `rollback`). */
export type EncoderMark = {
  nE: number;
  nO: number;
  nI: number;
  nG: number;
  nF: number;
  nP: number;
  nPos: number;
  journal: number;
};

/** The position-driven tables, in the order the core's `appendRows` takes their counts. */
export const POSITION_TABLES = [
  L.T_EXPIRY,
  L.T_OPTION,
  L.T_INSTR,
  L.T_GROUP,
  L.T_FUTURE,
  L.T_PERP,
  L.T_POS,
] as const;

/** Each position table's field in an EncoderMark, in POSITION_TABLES order. */
const MARK_KEYS = ['nE', 'nO', 'nI', 'nG', 'nF', 'nP', 'nPos'] as const;

/** A mark's row counts in POSITION_TABLES order (the order `appendRows` takes them in). */
export function markRows(m: EncoderMark): number[] {
  return MARK_KEYS.map((k) => m[k]);
}

const COLS: Record<number, number> = {
  [L.T_EXPIRY]: L.E_COLS,
  [L.T_OPTION]: L.O_COLS,
  [L.T_INSTR]: L.I_COLS,
  [L.T_GROUP]: L.GR_COLS,
  [L.T_FUTURE]: L.F_COLS,
  [L.T_PERP]: L.P_COLS,
  [L.T_POS]: L.POS_COLS,
};

/** One row of `table`: the given input columns set, derived columns zero. */
function rowOf(table: number, values: [column: number, value: number][]): number[] {
  const r = new Array<number>(COLS[table]!).fill(0);
  for (const [c, v] of values) r[c] = v;
  return r;
}

/**
 * Turns positions into rows of the core's position-driven tables (expiries, options,
 * instruments, naked-short groups, futures, perps, positions), one position at a time and in
 * first-appearance order, so that appending legs only ever appends rows. `mark` and `rollback`
 * let a what-if session add legs on top of a book and take them off again without re-encoding
 * the book. Pure bookkeeping: copies numbers, no arithmetic but `expiry − asOf`.
 *
 * @example
 * const enc = new BookEncoder(portfolio, underliers);
 * portfolio.positions.forEach((p) => enc.add(p));
 * enc.tables(); // Map<tableId, Table> of every row
 */
export class BookEncoder {
  readonly expiries: { underlier: string; expiry: number }[] = [];
  /** For each option row, the index of its position among all positions added. */
  readonly optionPositions: number[] = [];
  private readonly uIndex: Map<string, number>;
  private readonly keys = new Map<string, number>();
  private readonly journal: string[] = [];
  private readonly rows = new Map<number, number[][]>(
    POSITION_TABLES.map((t) => [t, [] as number[][]]),
  );
  private counts = { option: 0, future: 0, perp: 0 };

  constructor(
    private readonly portfolio: Portfolio,
    underliers: readonly string[],
  ) {
    this.uIndex = new Map(underliers.map((u, i) => [u, i]));
  }

  private row(table: number): number[][] {
    return this.rows.get(table)!;
  }

  private index(key: string, create: () => void): number {
    let i = this.keys.get(key);
    if (i === undefined) {
      i = this.rowCountOf(key);
      this.keys.set(key, i);
      this.journal.push(key);
      create();
    }
    return i;
  }

  private rowCountOf(key: string): number {
    const table = key.startsWith('e|') ? L.T_EXPIRY : key.startsWith('g|') ? L.T_GROUP : L.T_INSTR;
    return this.row(table).length;
  }

  private expiryRow(underlier: string, expiry: number): number {
    return this.index(`e|${underlier}|${expiry}`, () => {
      const m = this.portfolio.underliers[underlier]!.expiries[String(expiry)];
      this.expiries.push({ underlier, expiry });
      this.row(L.T_EXPIRY).push(
        rowOf(L.T_EXPIRY, [
          [L.E_UNDERLIER, this.uIndex.get(underlier)!],
          [L.E_SEC, Math.max(0, expiry - this.portfolio.asOf)],
          [L.E_FORWARD, m?.forward ?? Number.NaN],
          [L.E_FWD_FIXED, m?.forwardFixed ?? 0],
          [L.E_RATE, m?.rate ?? 0],
          [L.E_FWD_CONF, m?.forwardConfidence ?? 1],
          [L.E_RATE_CONF, m?.rateConfidence ?? 1],
        ]),
      );
    });
  }

  /** Appends one position's rows. */
  add(p: Position): void {
    const pos = this.row(L.T_POS);
    const kind =
      p.type === 'option' ? L.KIND_OPTION : p.type === 'future' ? L.KIND_FUTURE : L.KIND_PERP;
    pos.push(
      rowOf(L.T_POS, [
        [L.POS_KIND, kind],
        [L.POS_REF, this.counts[p.type]++],
      ]),
    );
    if (p.type === 'perp') {
      this.row(L.T_PERP).push(
        rowOf(L.T_PERP, [
          [L.P_UNDERLIER, this.uIndex.get(p.underlier)!],
          [L.P_QTY, p.qty],
          [L.P_UPNL, p.unrealizedPnl],
          [L.P_FUNDING, p.unrealizedFunding],
        ]),
      );
      return;
    }
    const e = this.expiryRow(p.underlier, p.expiry);
    if (p.type === 'future') {
      this.row(L.T_FUTURE).push(
        rowOf(L.T_FUTURE, [
          [L.F_EXPIRY, e],
          [L.F_QTY, p.qty],
          [L.F_ENTRY, p.entryPrice],
        ]),
      );
      return;
    }
    const optionRow = this.row(L.T_OPTION).length;
    const group = `g|${p.underlier}|${p.expiry}|${p.strike}`;
    const instr = this.index(`i|${group}|${p.right}`, () => {
      const g = this.index(group, () =>
        this.row(L.T_GROUP).push(rowOf(L.T_GROUP, [[L.GR_EXPIRY, e]])),
      );
      this.row(L.T_INSTR).push(
        rowOf(L.T_INSTR, [
          [L.I_FIRST, optionRow],
          [L.I_GROUP, g],
        ]),
      );
    });
    this.row(L.T_OPTION).push(
      rowOf(L.T_OPTION, [
        [L.O_EXPIRY, e],
        [L.O_STRIKE, p.strike],
        [L.O_CALL, p.right === 'call' ? 1 : 0],
        [L.O_QTY, p.qty],
        [L.O_VOL, p.vol],
        [L.O_VOL_CONF, p.volConfidence],
        [L.O_INSTR, instr],
      ]),
    );
    this.optionPositions.push(pos.length - 1);
  }

  /** The current row counts, to roll back to. */
  mark(): EncoderMark {
    const m = { journal: this.journal.length } as EncoderMark;
    POSITION_TABLES.forEach((t, i) => (m[MARK_KEYS[i]!] = this.row(t).length));
    return m;
  }

  /** Forgets every position added since `m`. */
  rollback(m: EncoderMark): void {
    for (const key of this.journal.splice(m.journal)) this.keys.delete(key);
    const keep = markRows(m);
    POSITION_TABLES.forEach((t, i) => (this.row(t).length = keep[i]!));
    this.expiries.length = m.nE;
    this.optionPositions.length = m.nO;
    this.counts = { option: m.nO, future: m.nF, perp: m.nP };
  }

  /**
   * Writes rows [from, end) of each position-driven table straight into a core laid out for the
   * book (a what-if's legs, after the book's rows): no intermediate tables on a per-keystroke path.
   */
  writeSince(core: CoreExports, from: EncoderMark): void {
    const mem = memoryF64(core);
    const start = markRows(from);
    for (const [i, t] of POSITION_TABLES.entries()) {
      const rows = this.row(t);
      const first = start[i]!;
      if (rows.length === first) continue;
      const stride = core.tableCapacity(t);
      if (rows.length > stride)
        throw new RangeError(`writeSince: ${rows.length} rows exceed table ${t}'s ${stride}`);
      const base = core.tablePtr(t) / 8;
      for (let r = first; r < rows.length; r++) {
        const row = rows[r]!;
        for (let c = 0; c < row.length; c++) mem[base + c * stride + r] = row[c]!;
      }
    }
  }

  /** Every row of each position-driven table, as core tables. */
  tables(): Map<number, Table> {
    const out = new Map<number, Table>();
    for (const t of POSITION_TABLES) {
      const rows = this.row(t);
      const table = new Table(rows.length, COLS[t]!);
      rows.forEach((r, row) => r.forEach((v, c) => table.set(row, c, v)));
      out.set(t, table);
    }
    return out;
  }
}
