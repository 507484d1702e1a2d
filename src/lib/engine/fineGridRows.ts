import * as L from '../../../assembly/layout';
import { checkCompatible } from '../model/checkCompatible';
import { expandScenarios } from '../model/expandScenarios';
import type { Params, Portfolio } from '../model/types';
import type { CoreExports } from './CoreExports';
import type { EncodedBook } from './EncodedBook';
import { checkStatus } from './checkStatus';
import { encodeBook } from './encodeBook';
import { encodeGlobals } from './encodeGlobals';
import { encodeScenarios } from './encodeScenarios';
import { fineGridParams } from './fineGridParams';
import { loadBook } from './loadBook';
import { columnView } from './tableView';

export type FineGridRowsParameters = {
  portfolio: Portfolio;
  params: Params;
  spots: number[];
  volShifts: number[];
  /** Rows [v0, v1) of the grid (vol shifts), so workers can share a grid. */
  v0: number;
  v1: number;
  core: CoreExports;
};

/**
 * Scenario P&L of an exploratory spot × vol-shift grid (fineGridParams), rows [v0, v1): per
 * underlier and `joint`, (v1 − v0) × spots.length values, row-major. The book is encoded once;
 * each row only swaps the scenario and parameter tables, so a 41 × 21 grid of a large book
 * costs little more than its repricings.
 *
 * @example
 * fineGridRows({ portfolio, params, spots: [0.9, 1, 1.1], volShifts: [0], v0: 0, v1: 1, core }).joint;
 */
export function fineGridRows({
  portfolio,
  params,
  spots,
  volShifts,
  v0,
  v1,
  core,
}: FineGridRowsParameters): Record<string, Float64Array> {
  checkCompatible(portfolio, params);
  const underliers = Object.keys(portfolio.underliers).sort();
  const n = spots.length;
  const out: Record<string, Float64Array> = {};
  for (const u of [...underliers, 'joint']) out[u] = new Float64Array((v1 - v0) * n);
  let book: EncodedBook | undefined;
  for (let v = v0; v < v1; v++) {
    const p = fineGridParams(params, spots, volShifts[v]!);
    const list = expandScenarios(p.scenarios);
    const sets = Object.fromEntries(underliers.map((u) => [u, list]));
    if (!book) {
      book = encodeBook({ portfolio, params: p, scenarioSets: sets, n });
    } else {
      const tables = new Map(book.tables);
      tables.set(L.T_GLOBAL, encodeGlobals(portfolio, p));
      tables.set(L.T_SCEN, encodeScenarios(underliers, sets, n));
      book = { ...book, tables };
    }
    loadBook(core, book);
    checkStatus(core.runScenarios(0, n), core, book, 'runScenarios');
    checkStatus(core.finalize(), core, book, 'finalize');
    const pnl = columnView(core, L.T_PNL, L.PNL_VALUE);
    underliers.forEach((u, i) => out[u]!.set(pnl.subarray(i * n, (i + 1) * n), (v - v0) * n));
    out.joint!.set(columnView(core, L.T_JOINT, L.J_VALUE), (v - v0) * n);
  }
  return out;
}
