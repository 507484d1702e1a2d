import * as L from '../../../assembly/layout';
import type { Greeks, MarginResult, Worst } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { columnView } from './tableView';

function greeksAt(
  view: (c: number) => Float64Array,
  i: number,
  cols: [number, number, number, number],
): Greeks {
  return {
    delta: view(cols[0])[i]!,
    gamma: view(cols[1])[i]!,
    vega: view(cols[2])[i]!,
    theta: view(cols[3])[i]!,
  };
}

/** Reads MODEL.md §8's result (less the hashes) out of a finalized core. Copies, no arithmetic. */
export function readResult(core: CoreExports, book: EncodedBook): Omit<MarginResult, 'hashes'> {
  const R = (c: number) => columnView(core, L.T_RESULT, c)[0]!;
  const n = book.counts.n;
  const pnl = columnView(core, L.T_PNL, L.PNL_VALUE);
  const uCol = (c: number) => columnView(core, L.T_UNDERLIER, c);
  const posCol = (c: number) => columnView(core, L.T_POS, c);

  const scenarioPnl: Record<string, number[]> = {};
  const basis: Record<string, number> = {};
  const greeks: Record<string, Greeks> = {};
  book.underliers.forEach((u, i) => {
    scenarioPnl[u] = Array.from(pnl.subarray(i * n, (i + 1) * n));
    basis[u] = uCol(L.U_BASIS)[i]!;
    greeks[u] = greeksAt(uCol, i, [L.U_DELTA, L.U_GAMMA, L.U_VEGA, L.U_THETA]);
  });
  scenarioPnl.joint = Array.from(columnView(core, L.T_JOINT, L.J_VALUE));

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
    positionGreeks: Array.from({ length: book.counts.nPos }, (_, i) =>
      greeksAt(posCol, i, [L.POS_DELTA, L.POS_GAMMA, L.POS_VEGA, L.POS_THETA]),
    ),
  };
}
