import * as L from '../../../assembly/layout';
import type { Greeks, MarginResult, Worst } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { memoryF64 } from './memoryF64';

/** delta, gamma, vega, theta columns of consecutive positions. */
type GreekColumns = [Float64Array, Float64Array, Float64Array, Float64Array];

/**
 * The long arrays of a result, copied out of the core as typed arrays: each underlier's scenario
 * P&L, the joint P&L, and the position Greeks as segments of consecutive positions. A what-if
 * shares with its book's result what the core left unchanged.
 */
export type ResultArrays = { pnl: Float64Array[]; joint: Float64Array; greeks: GreekColumns[] };

/** What a what-if result may share with the book's: its arrays and the book's position count. */
export type ReuseBase = { arrays: ResultArrays; positions: number };

/** Where column c of a table starts in memoryF64 (a pair of core calls per table, not per cell). */
function columnStart(core: CoreExports, table: number): (c: number) => number {
  const base = core.tablePtr(table) / 8;
  const stride = core.tableCapacity(table);
  return (c: number) => base + c * stride;
}

/**
 * Copies the result's long arrays out of a finalized core, in one allocation. With `reuse` (a
 * what-if on a checkpointed book), an underlier whose P&L the core did not sum again (U_CHANGED
 * 0) and the book's own positions' Greeks are the book's arrays, not copies.
 */
export function readArrays(core: CoreExports, book: EncodedBook, reuse?: ReuseBase): ResultArrays {
  const mem = memoryF64(core);
  const { n, nU, nPos } = book.counts;
  const pnlAt = columnStart(core, L.T_PNL)(L.PNL_VALUE);
  const changedAt = columnStart(core, L.T_UNDERLIER)(L.U_CHANGED);
  const copied = Array.from({ length: nU }, (_, u) => !reuse || mem[changedAt + u] !== 0);
  const from = reuse ? reuse.positions : 0;
  const size = copied.filter(Boolean).length * n + n + 4 * (nPos - from);
  const out = new Float64Array(size);
  let end = 0;
  const take = (start: number, count: number) => {
    const part = out.subarray(end, end + count);
    part.set(mem.subarray(start, start + count));
    end += count;
    return part;
  };
  const pnl = copied.map((copy, u) => (copy ? take(pnlAt + u * n, n) : reuse!.arrays.pnl[u]!));
  const joint = take(columnStart(core, L.T_JOINT)(L.J_VALUE), n);
  const pos = columnStart(core, L.T_POS);
  const count = nPos - from;
  const own: GreekColumns = [
    take(pos(L.POS_DELTA) + from, count),
    take(pos(L.POS_GAMMA) + from, count),
    take(pos(L.POS_VEGA) + from, count),
    take(pos(L.POS_THETA) + from, count),
  ];
  return { pnl, joint, greeks: reuse ? [...reuse.arrays.greeks, own] : [own] };
}

/** A column as a plain array (a loop: `Array.from` over a typed array is several times slower). */
function toArray(column: Float64Array): number[] {
  const out = new Array<number>(column.length);
  for (let k = 0; k < column.length; k++) out[k] = column[k]!;
  return out;
}

/** Replaces a lazy getter by its value, in place (the key keeps its position). */
function settle<T>(target: object, key: string, value: T): T {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  return value;
}

/**
 * MODEL.md §8's result (less the hashes) of a finalized core, with its long arrays from
 * `readArrays`. Copies, no arithmetic. `scenarioPnl` and `positionGreeks` become plain arrays
 * when first read, so a what-if that shows the margin does not build thousands of numbers it
 * never reads; reading, spreading, JSON and structured clones see the same data, in the same key
 * order, as an eager copy.
 */
export function resultOf(
  core: CoreExports,
  book: EncodedBook,
  arrays: ResultArrays,
): Omit<MarginResult, 'hashes'> {
  const mem = memoryF64(core);
  const result = columnStart(core, L.T_RESULT);
  const under = columnStart(core, L.T_UNDERLIER);
  const R = (c: number) => mem[result(c)]!;
  const U = (c: number, i: number) => mem[under(c) + i]!;

  const basis: Record<string, number> = {};
  const greeks: Record<string, Greeks> = {};
  book.underliers.forEach((u, i) => {
    basis[u] = U(L.U_BASIS, i);
    greeks[u] = {
      delta: U(L.U_DELTA, i),
      gamma: U(L.U_GAMMA, i),
      vega: U(L.U_VEGA, i),
      theta: U(L.U_THETA, i),
    };
  });

  const k = R(L.R_WORST_K);
  const scenario = k < 0 ? 'basis' : k;
  const worst: Worst =
    R(L.R_WORST_U) < 0
      ? { underlier: 'joint', scenario, pnl: R(L.R_W) }
      : { underlier: book.underliers[R(L.R_WORST_U)]!, scenario, pnl: R(L.R_W) };

  return {
    format: 'dcro.result/1' as const,
    equity: R(L.R_EQUITY),
    initialMargin: R(L.R_IM),
    maintenanceMargin: R(L.R_MM),
    initialHeadroom: R(L.R_IH),
    maintenanceHeadroom: R(L.R_MH),
    isolatedInitialMargin: R(L.R_ISO_IM),
    efficiency: R(L.R_EFF_DEFINED) === 1 ? R(L.R_EFF) : null,
    worst,
    get scenarioPnl(): Record<string, number[]> {
      const out: Record<string, number[]> = {};
      book.underliers.forEach((u, i) => (out[u] = toArray(arrays.pnl[i]!)));
      out.joint = toArray(arrays.joint);
      return settle(this, 'scenarioPnl', out);
    },
    basis,
    addOns: {
      mm: {
        option: R(L.R_MM_OPTION),
        perp: R(L.R_MM_PERP),
        collateral: R(L.R_MM_COLL),
        total: R(L.R_MM_TOTAL),
      },
      im: {
        option: R(L.R_IM_OPTION),
        perp: R(L.R_IM_PERP),
        collateral: R(L.R_IM_COLL),
        confidence: R(L.R_IM_CONF),
        total: R(L.R_IM_TOTAL),
        pegFactor: R(L.R_PEG),
      },
    },
    greeks,
    get positionGreeks(): Greeks[] {
      const out: Greeks[] = [];
      for (const [delta, gamma, vega, theta] of arrays.greeks)
        for (let i = 0; i < delta.length; i++)
          out.push({ delta: delta[i]!, gamma: gamma[i]!, vega: vega[i]!, theta: theta[i]! });
      return settle(this, 'positionGreeks', out);
    },
  };
}

/** Reads MODEL.md §8's result (less the hashes) out of a finalized core (readArrays, resultOf). */
export function readResult(core: CoreExports, book: EncodedBook): Omit<MarginResult, 'hashes'> {
  return resultOf(core, book, readArrays(core, book));
}
