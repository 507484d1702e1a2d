import * as L from '../../../assembly/layout';
import type { Greeks, MarginResult, Worst } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { columnView } from './tableView';

/** Values [from, from + count) of a column as a plain array (a loop: `Array.from` over a typed
 *  array goes through the iterator protocol and costs several times more). */
function toArray(column: Float64Array, from: number, count: number): number[] {
  const out = new Array<number>(count);
  for (let k = 0; k < count; k++) out[k] = column[from + k]!;
  return out;
}

/** The four Greek columns of a table, as views made once (not once per row). */
function greekColumns(
  view: (c: number) => Float64Array,
  cols: [number, number, number, number],
): [Float64Array, Float64Array, Float64Array, Float64Array] {
  return [view(cols[0]), view(cols[1]), view(cols[2]), view(cols[3])];
}

function positionGreeks(
  g: [Float64Array, Float64Array, Float64Array, Float64Array],
  count: number,
): Greeks[] {
  const out = new Array<Greeks>(count);
  for (let i = 0; i < count; i++) out[i] = greeksAt(g, i);
  return out;
}

function greeksAt(g: [Float64Array, Float64Array, Float64Array, Float64Array], i: number): Greeks {
  return { delta: g[0][i]!, gamma: g[1][i]!, vega: g[2][i]!, theta: g[3][i]! };
}

/** Reads MODEL.md §8's result (less the hashes) out of a finalized core. Copies, no arithmetic. */
export function readResult(core: CoreExports, book: EncodedBook): Omit<MarginResult, 'hashes'> {
  // T_RESULT is one row: view the whole table once; column c sits `stride` values apart.
  const stride = core.tableCapacity(L.T_RESULT);
  const resultRow = new Float64Array(
    core.memory.buffer,
    core.tablePtr(L.T_RESULT),
    stride * L.R_COLS,
  );
  const R = (c: number) => resultRow[c * stride]!;
  const n = book.counts.n;
  const pnl = columnView(core, L.T_PNL, L.PNL_VALUE);
  const uCol = (c: number) => columnView(core, L.T_UNDERLIER, c);
  const uGreeks = greekColumns(uCol, [L.U_DELTA, L.U_GAMMA, L.U_VEGA, L.U_THETA]);
  const posGreeks = greekColumns(
    (c) => columnView(core, L.T_POS, c),
    [L.POS_DELTA, L.POS_GAMMA, L.POS_VEGA, L.POS_THETA],
  );
  const basisCol = uCol(L.U_BASIS);

  const scenarioPnl: Record<string, number[]> = {};
  const basis: Record<string, number> = {};
  const greeks: Record<string, Greeks> = {};
  book.underliers.forEach((u, i) => {
    scenarioPnl[u] = toArray(pnl, i * n, n);
    basis[u] = basisCol[i]!;
    greeks[u] = greeksAt(uGreeks, i);
  });
  scenarioPnl.joint = toArray(columnView(core, L.T_JOINT, L.J_VALUE), 0, n);

  const k = R(L.R_WORST_K);
  const scenario = k < 0 ? 'basis' : k;
  const worst: Worst =
    R(L.R_WORST_U) < 0
      ? { underlier: 'joint', scenario, pnl: R(L.R_W) }
      : { underlier: book.underliers[R(L.R_WORST_U)]!, scenario, pnl: R(L.R_W) };

  return {
    format: 'dcro.result/1',
    equity: R(L.R_EQUITY),
    initialMargin: R(L.R_IM),
    maintenanceMargin: R(L.R_MM),
    initialHeadroom: R(L.R_IH),
    maintenanceHeadroom: R(L.R_MH),
    isolatedInitialMargin: R(L.R_ISO_IM),
    efficiency: R(L.R_EFF_DEFINED) === 1 ? R(L.R_EFF) : null,
    worst,
    scenarioPnl,
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
    positionGreeks: positionGreeks(posGreeks, book.counts.nPos),
  };
}
