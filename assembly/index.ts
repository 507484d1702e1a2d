// The core's ABI, and nothing else (the layout of its tables is layout.ts, its status codes
// errors.ts). Call order for one margin computation:
//   reserve(counts…) → write the input columns (column c of a table starts at
//   tablePtr(t) + 8·c·tableCapacity(t)) → prepare() → runScenarios(k0, k1) for every shard of
//   [0, n) → finalize().
// A worker pool runs prepare + runScenarios on each shard in its own instance, then copies the
// shards' T_PNL slices and isolated minima into one instance and calls finalize there
// (src/lib/engine/shards.ts). A what-if session calls checkpoint() after finalize, then per
// what-if writes the new rows after the checkpointed ones and calls appendRows(counts…).
import * as L from './layout';
import { col, at, put } from './tables';
import { OK, ERR_CAPACITY, ERR_NON_FINITE, ERR_BAD_RANGE, ERR_NOT_READY, ERR_BAD_INDEX, ERR_OUT_OF_RANGE } from './errors';
import {
  setRows, setActiveRows, layoutTables, tablePtr as ptrOf, rows, capacity, tableCols as colsOf,
  checkpointTables, restoreTables, hasShadows,
} from './tables';
import { prepareExpiries, prepareScenarioGrid } from './margin/expiries';
import { prepareOptions, netGroups, prepareBasis } from './margin/options';
import { netPerps, valueCollateral, computeEquity, resetLinearIsolatedMinima } from './margin/accountState';
import { computeGreeks } from './margin/greeks';
import { computeContingencies } from './margin/contingencies';
import { runOptions, MODE_VALUES, MODE_ISOLATED } from './margin/optionLoop';
import { assemble, reassembleChanged } from './margin/assemble';
import { finalize as finalizeMargin } from './margin/finalize';
import { allFinite, clearError, errTable, errRow, errCol } from './margin/finiteCheck';
import { black76 as black76Unit } from './pricing/black76';
import { normalCdf as normalCdfImpl } from './math/normalCdf';


/** ABI version: bump whenever layout.ts or an export's signature changes. */
export const ABI_VERSION: i32 = 3;

let scenarioCount: i32 = 0;
let state: i32 = 0; // 0 empty, 1 reserved, 2 prepared, 3 checkpointed

/**
 * Lays out and zeroes every table. Counts of underliers, expiries, options, instruments,
 * naked groups, futures, perps, collateral, positions, and scenarios per underlier; `spare`
 * extra rows in every table a what-if may extend (expiries, options, instruments, groups,
 * futures, perps, positions).
 */
export function reserve(nU: i32, nE: i32, nO: i32, nI: i32, nG: i32, nF: i32, nP: i32, nC: i32, nPos: i32, n: i32, spare: i32): i32 {
  state = 0;
  clearError();
  if (nU < 0 || nE < 0 || nO < 0 || nI < 0 || nG < 0 || nF < 0 || nP < 0 || nC < 0 || nPos < 0 || n < 0 || spare < 0) {
    return ERR_CAPACITY;
  }
  const capE: i64 = <i64>nE + spare;
  if (<i64>nU * n + capE * n > 0x7fffffff || <i64>nPos + spare > 0x7fffffff) return ERR_CAPACITY;
  setRows(L.T_GLOBAL, 1, 1);
  setRows(L.T_UNDERLIER, nU, nU);
  setRows(L.T_EXPIRY, nE, nE + spare);
  setRows(L.T_OPTION, nO, nO + spare);
  setRows(L.T_INSTR, nI, nI + spare);
  setRows(L.T_GROUP, nG, nG + spare);
  setRows(L.T_FUTURE, nF, nF + spare);
  setRows(L.T_PERP, nP, nP + spare);
  setRows(L.T_COLL, nC, nC);
  setRows(L.T_POS, nPos, nPos + spare);
  setRows(L.T_SCEN, nU * n, nU * n);
  setRows(L.T_EK, nE * n, (nE + spare) * n);
  setRows(L.T_PNL, nU * n, nU * n);
  setRows(L.T_JOINT, n, n);
  setRows(L.T_RESULT, 1, 1);
  // Only a what-if session (spare rows) checkpoints: other layouts need no shadow copies.
  if (!layoutTables(spare > 0)) return ERR_CAPACITY;
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

/** Allocated rows of a table: the column stride in memory. */
export function tableCapacity(table: i32): i32 {
  return capacity(table);
}

export function tableCols(table: i32): i32 {
  return colsOf(table);
}

/** Everything that depends only on rows [first, active) of each table: derived columns and the
 *  in-order sums they feed. Then everything recomputed from all rows (groups, basis, add-ons,
 *  equity). Full preparation and a what-if append share it, so they cannot drift apart. */
function prepareRows(e0: i32, o0: i32, f0: i32, p0: i32, pos0: i32): i32 {
  netPerps(p0, rows(L.T_PERP));
  if (!prepareExpiries(e0, rows(L.T_EXPIRY), f0, rows(L.T_FUTURE))) return ERR_OUT_OF_RANGE;
  if (!allFinite(L.T_EXPIRY, L.E_T, L.E_VOL_M + 1)) return ERR_NON_FINITE;
  prepareScenarioGrid(e0, rows(L.T_EXPIRY), scenarioCount);
  prepareOptions(o0, rows(L.T_OPTION));
  netGroups();
  prepareBasis();
  computeGreeks(pos0, rows(L.T_POS));
  computeContingencies();
  computeEquity();
  return OK;
}

/** Everything that does not depend on the scenario: market state, prices now, basis, Greeks,
 *  add-ons, equity; and the per-(expiry, scenario) forward and vol-shock grid. */
export function prepare(): i32 {
  if (state != 1) return ERR_NOT_READY;
  valueCollateral();
  const status = prepareRows(0, 0, 0, 0, 0);
  if (status != OK) return status;
  resetLinearIsolatedMinima();
  state = 2;
  return OK;
}

/** Scenario P&L of scenarios [k0, k1) for every underlier, and the isolated minima over them. */
export function runScenarios(k0: i32, k1: i32): i32 {
  if (state != 2) return ERR_NOT_READY; // not after a checkpoint: appendRows owns that state
  if (k0 < 0 || k1 > scenarioCount || k0 > k1) return ERR_BAD_RANGE;
  runOptions(0, rows(L.T_OPTION), k0, k1, scenarioCount, MODE_VALUES | MODE_ISOLATED, L.EK_V);
  assemble(k0, k1, scenarioCount);
  return OK;
}

/** Margins from the full T_PNL and the isolated minima. */
export function finalize(): i32 {
  if (state < 2) return ERR_NOT_READY;
  return finish(false);
}

/** finalize's work; `whatIf` after appendRows (unchanged underliers keep the book's W_u). */
function finish(whatIf: bool): i32 {
  finalizeMargin(scenarioCount, whatIf);
  if (!allFinite(L.T_RESULT, 0, L.R_COLS)) return ERR_NON_FINITE;
  if (!allFinite(L.T_PNL, L.PNL_VALUE, L.PNL_VALUE + 1)) return ERR_NON_FINITE;
  if (!allFinite(L.T_UNDERLIER, L.U_BASIS, L.U_THETA + 1)) return ERR_NON_FINITE;
  if (!allFinite(L.T_POS, L.POS_DELTA, L.POS_THETA + 1)) return ERR_NON_FINITE;
  return OK;
}

// Row counts at the checkpoint (what-ifs append after them).
let ckE: i32 = 0, ckO: i32 = 0, ckI: i32 = 0, ckF: i32 = 0, ckP: i32 = 0, ckPos: i32 = 0;

/** Saves the computed book so that `appendRows` can start every what-if from it. */
export function checkpoint(): i32 {
  if (state < 2 || !hasShadows()) return ERR_NOT_READY;
  checkpointTables();
  ckE = rows(L.T_EXPIRY);
  ckO = rows(L.T_OPTION);
  ckI = rows(L.T_INSTR);
  ckF = rows(L.T_FUTURE);
  ckP = rows(L.T_PERP);
  ckPos = rows(L.T_POS);
  state = 3;
  return OK;
}

@inline
function fits(table: i32, from: i32, count: i32): bool {
  return count >= from && count <= capacity(table);
}

/**
 * Flags the expiries a what-if's option rows [o0, o1) and future rows [f0, f1) change
 * (E_CHANGED). The options' expiries take their values in EK_VW, which starts as the book's EK_V
 * (zero for a new expiry row), so the book's EK_V stays as checkpointed.
 */
function markChangedExpiries(o0: i32, o1: i32, f0: i32, f1: i32): void {
  const flags = col(L.T_EXPIRY, L.E_CHANGED);
  const bytes = <usize>scenarioCount << 3;
  for (let o = o0; o < o1; o++) {
    const e = <i32>at(col(L.T_OPTION, L.O_EXPIRY), o);
    const f = <i32>at(flags, e);
    if ((f & L.E_CHANGED_VALUES) != 0) continue;
    memory.copy(col(L.T_EK, L.EK_VW) + <usize>e * bytes, col(L.T_EK, L.EK_V) + <usize>e * bytes, bytes);
    put(flags, e, <f64>(f | L.E_CHANGED_VALUES));
  }
  for (let i = f0; i < f1; i++) {
    const e = <i32>at(col(L.T_FUTURE, L.F_EXPIRY), i);
    put(flags, e, <f64>(<i32>at(flags, e) | L.E_CHANGED_FUTURES));
  }
}

/**
 * A what-if: restores the checkpointed book, activates the rows written after it (new totals
 * of expiries, options, instruments, groups, futures, perps, positions), prices only the new
 * option rows under every scenario, re-runs the isolated P&L of the instruments they touch,
 * and re-aggregates — bit-identical to a full computation of the book with those rows
 * appended in that order (every sum runs in row order, and rows are in first-appearance order).
 */
export function appendRows(nE: i32, nO: i32, nI: i32, nG: i32, nF: i32, nP: i32, nPos: i32): i32 {
  if (state != 3) return ERR_NOT_READY;
  clearError();
  restoreTables();
  if (!fits(L.T_EXPIRY, ckE, nE) || !fits(L.T_OPTION, ckO, nO) || !fits(L.T_INSTR, ckI, nI) || !fits(L.T_GROUP, 0, nG)
    || !fits(L.T_FUTURE, ckF, nF) || !fits(L.T_PERP, ckP, nP) || !fits(L.T_POS, ckPos, nPos)) {
    return ERR_BAD_RANGE;
  }
  setActiveRows(L.T_EXPIRY, nE);
  setActiveRows(L.T_EK, nE * scenarioCount);
  setActiveRows(L.T_OPTION, nO);
  setActiveRows(L.T_INSTR, nI);
  setActiveRows(L.T_GROUP, nG);
  setActiveRows(L.T_FUTURE, nF);
  setActiveRows(L.T_PERP, nP);
  setActiveRows(L.T_POS, nPos);
  // Existing instruments the new rows trade: their isolated P&L must be recomputed.
  const isoCol = col(L.T_INSTR, L.I_ISO_MIN);
  for (let o = ckO; o < nO; o++) {
    const j = <i32>at(col(L.T_OPTION, L.O_INSTR), o);
    if (j < 0 || j >= nI) return ERR_BAD_INDEX;
    if (j < ckI) put(isoCol, j, Infinity);
  }
  const status = prepareRows(ckE, ckO, ckF, ckP, ckPos);
  if (status != OK) return status;
  markChangedExpiries(ckO, nO, ckF, nF);
  // New instruments get their isolated P&L in the same pass (their first row is a new row);
  // instruments the book already held re-run theirs from their first row below.
  runOptions(ckO, nO, 0, scenarioCount, scenarioCount, MODE_VALUES | MODE_ISOLATED, L.EK_VW);
  for (let o = ckO; o < nO; o++) {
    const j = <i32>at(col(L.T_OPTION, L.O_INSTR), o);
    const first = <i32>at(col(L.T_INSTR, L.I_FIRST), j);
    if (at(isoCol, j) == Infinity) runOptions(first, first + 1, 0, scenarioCount, scenarioCount, MODE_ISOLATED, L.EK_V);
  }
  reassembleChanged(ckE, ckP, scenarioCount);
  return finish(true);
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

/** The discount factor D = exp(−max(0, rate)·T) of MODEL.md §2, for pricing tools that must not
 *  call an engine's own exp (JavaScript engines differ in its last bits): the demo LP quoter. */
export function discountFactor(rate: f64, T: f64): f64 {
  return Math.exp(-Math.max(0, rate) * T);
}
