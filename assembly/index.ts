// The core's ABI, and nothing else. Call order for one margin computation:
//   reserve(counts…) → write the input columns (tablePtr/tableRows) → prepare()
//   → runScenarios(k0, k1) for every shard of [0, n) → finalize().
// A worker pool runs prepare + runScenarios on each shard in its own instance, then copies the
// shards' T_PNL slices and isolated minima into one instance and calls finalize there.
import * as L from './layout';
import { OK, ERR_CAPACITY, ERR_NON_FINITE, ERR_BAD_RANGE, ERR_NOT_READY } from './errors';
import { setRows, layoutTables, tablePtr as ptrOf, rows, tableCols as colsOf } from './tables';
import { prepareExpiries, prepareScenarioGrid } from './margin/expiries';
import { prepareOptions, prepareBasis } from './margin/options';
import { netPerps, valueCollateral, computeEquity, resetIsolatedMinima } from './margin/accountState';
import { computeGreeks } from './margin/greeks';
import { computeContingencies } from './margin/contingencies';
import { runOptions, MODE_VALUES, MODE_ISOLATED } from './margin/optionLoop';
import { assemble } from './margin/assemble';
import { finalize as finalizeMargin } from './margin/finalize';
import { allFinite, clearError, errTable, errRow, errCol } from './margin/finiteCheck';
import { black76 as black76Unit } from './pricing/black76';
import { normalCdf as normalCdfImpl } from './math/normalCdf';


/** ABI version: bump whenever layout.ts changes. */
export const ABI_VERSION: i32 = 1;

let scenarioCount: i32 = 0;
let state: i32 = 0; // 0 empty, 1 reserved, 2 prepared

/** Lays out and zeroes every table. Counts of underliers, expiries, options, instruments,
 *  naked groups, futures, perps, collateral, positions, and scenarios per underlier. */
export function reserve(nU: i32, nE: i32, nO: i32, nI: i32, nG: i32, nF: i32, nP: i32, nC: i32, nPos: i32, n: i32): i32 {
  state = 0;
  clearError();
  const counts: i64 = <i64>nU * n + <i64>nE * n;
  if (nU < 0 || nE < 0 || nO < 0 || nI < 0 || nG < 0 || nF < 0 || nP < 0 || nC < 0 || nPos < 0 || n < 0 || counts > 0x7fffffff) {
    return ERR_CAPACITY;
  }
  setRows(L.T_GLOBAL, 1);
  setRows(L.T_UNDERLIER, nU);
  setRows(L.T_EXPIRY, nE);
  setRows(L.T_OPTION, nO);
  setRows(L.T_INSTR, nI);
  setRows(L.T_GROUP, nG);
  setRows(L.T_FUTURE, nF);
  setRows(L.T_PERP, nP);
  setRows(L.T_COLL, nC);
  setRows(L.T_POS, nPos);
  setRows(L.T_SCEN, nU * n);
  setRows(L.T_EK, nE * n);
  setRows(L.T_PNL, nU * n);
  setRows(L.T_JOINT, n);
  setRows(L.T_RESULT, 1);
  if (!layoutTables()) return ERR_CAPACITY;
  scenarioCount = n;
  state = 1;
  return OK;
}

export function tablePtr(table: i32): usize {
  return ptrOf(table);
}

export function tableRows(table: i32): i32 {
  return rows(table);
}

export function tableCols(table: i32): i32 {
  return colsOf(table);
}

/** Everything that does not depend on the scenario: market state, prices now, basis, Greeks,
 *  add-ons, equity; and the per-(expiry, scenario) forward and vol-shock grid. */
export function prepare(): i32 {
  if (state != 1) return ERR_NOT_READY;
  netPerps();
  valueCollateral();
  prepareExpiries();
  if (!allFinite(L.T_EXPIRY, L.E_T, L.E_VOL_M + 1)) return ERR_NON_FINITE;
  prepareScenarioGrid(scenarioCount);
  prepareOptions();
  prepareBasis();
  computeGreeks();
  computeContingencies();
  computeEquity();
  resetIsolatedMinima();
  state = 2;
  return OK;
}

/** Scenario P&L of scenarios [k0, k1) for every underlier, and the isolated minima over them. */
export function runScenarios(k0: i32, k1: i32): i32 {
  if (state != 2) return ERR_NOT_READY;
  if (k0 < 0 || k1 > scenarioCount || k0 > k1) return ERR_BAD_RANGE;
  runOptions(0, rows(L.T_OPTION), k0, k1, scenarioCount, MODE_VALUES | MODE_ISOLATED);
  assemble(k0, k1, scenarioCount);
  return OK;
}

/** Margins from the full T_PNL and the isolated minima. */
export function finalize(): i32 {
  if (state != 2) return ERR_NOT_READY;
  finalizeMargin(scenarioCount);
  if (!allFinite(L.T_RESULT, 0, L.R_COLS)) return ERR_NON_FINITE;
  if (!allFinite(L.T_PNL, 0, L.PNL_COLS)) return ERR_NON_FINITE;
  if (!allFinite(L.T_UNDERLIER, L.U_BASIS, L.U_THETA + 1)) return ERR_NON_FINITE;
  if (!allFinite(L.T_POS, L.POS_DELTA, L.POS_THETA + 1)) return ERR_NON_FINITE;
  return OK;
}

export function errorTable(): i32 {
  return errTable;
}

export function errorRow(): i32 {
  return errRow;
}

export function errorCol(): i32 {
  return errCol;
}

/** Black-76 unit price (tests, pricing tools). */
export function black76(F: f64, K: f64, D: f64, sigma: f64, T: f64, isCall: i32): f64 {
  return black76Unit(F, K, D, sigma, T, isCall != 0);
}

/** N(x) (tests). */
export function normalCdf(x: f64): f64 {
  return normalCdfImpl(x);
}
