// Scenario P&L of each underlier (MODEL.md §5) from the expiry values of optionLoop: static
// discounts, skew rule, dated futures, the net perp and risk-cancelling collateral. Fixed order per
// underlier: its net perp, then each of its expiries in row order (options, then futures), then
// its collateral in input order. Underliers never mix, so one underlier can be summed again alone,
// or from any of its expiries on (EK_PRE keeps each partial sum), with the very same bits.
import * as L from '../layout';
import { col, rows, at, put } from '../tables';

/** Starts underlier u's sum at its net perp's P&L for scenarios [k0, k1); folds the perp's minimum. */
function startWithPerp(u: i32, k0: i32, k1: i32, n: i32, pnl: usize, spotCol: usize, weightCol: usize): void {
  const qty = at(col(L.T_UNDERLIER, L.U_PERP_QTY), u);
  const price = at(col(L.T_UNDERLIER, L.U_PERP_PRICE), u);
  const has = at(col(L.T_UNDERLIER, L.U_HAS_PERP), u) == 1;
  let isoMin = at(col(L.T_UNDERLIER, L.U_PERP_ISO_MIN), u);
  for (let k = k0; k < k1; k++) {
    const i = u * n + k;
    const x = qty * (at(spotCol, i) - 1) * price * at(weightCol, i);
    put(pnl, i, x);
    if (has) isoMin = Math.min(isoMin, x);
  }
  put(col(L.T_UNDERLIER, L.U_PERP_ISO_MIN), u, isoMin);
}

/** Adds underlier u's risk-cancelling collateral, in input order, to scenarios [k0, k1). */
function addCollateral(u: i32, k0: i32, k1: i32, n: i32, pnl: usize, spotCol: usize, weightCol: usize): void {
  const nC = rows(L.T_COLL);
  for (let c = 0; c < nC; c++) {
    if (<i32>at(col(L.T_COLL, L.C_RC_UNDERLIER), c) != u) continue;
    const value = at(col(L.T_COLL, L.C_VALUE), c);
    for (let k = k0; k < k1; k++) {
      const i = u * n + k;
      put(pnl, i, at(pnl, i) + value * (at(spotCol, i) - 1) * at(weightCol, i));
    }
  }
}

/** Every underlier's P&L of scenarios [k0, k1), keeping the partial sums a what-if restarts from. */
export function assemble(k0: i32, k1: i32, n: i32): void {
  const pnl = col(L.T_PNL, L.PNL_VALUE);
  const spotCol = col(L.T_SCEN, L.S_SPOT);
  const weightCol = col(L.T_SCEN, L.S_WEIGHT);
  const codeCol = col(L.T_SCEN, L.S_VOL);
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) startWithPerp(u, k0, k1, n, pnl, spotCol, weightCol);
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) addExpiry(e, k0, k1, n, pnl, weightCol, codeCol, col(L.T_EK, L.EK_V), true);
  const beforeColl = col(L.T_PNL, L.PNL_BEFORE_COLL);
  for (let u = 0; u < nU; u++) {
    const at0 = <usize>(u * n + k0) << 3;
    memory.copy(beforeColl + at0, pnl + at0, <usize>(k1 - k0) << 3);
    addCollateral(u, k0, k1, n, pnl, spotCol, weightCol);
  }
}

/** The value column of expiry e: a what-if's EK_VW when its options changed the expiry. */
@inline
function valuesOf(e: i32): usize {
  const changed = <i32>at(col(L.T_EXPIRY, L.E_CHANGED), e);
  return col(L.T_EK, (changed & L.E_CHANGED_VALUES) != 0 ? L.EK_VW : L.EK_V);
}

/**
 * A what-if's P&L, all n scenarios: the underliers it changed are summed again from where they
 * first differ from the book — from the perp when it trades a perp, else from the partial sum
 * before the first expiry row it changed (EK_PRE), else (only new expiry rows) from the sum before
 * the collateral — and the others keep the book's P&L (restored from the checkpoint). `ckE` and
 * `ckP` are the book's expiry and perp rows; rows from there on are the what-if's.
 */
export function reassembleChanged(ckE: i32, ckP: i32, n: i32): void {
  const pnl = col(L.T_PNL, L.PNL_VALUE);
  const spotCol = col(L.T_SCEN, L.S_SPOT);
  const weightCol = col(L.T_SCEN, L.S_WEIGHT);
  const codeCol = col(L.T_SCEN, L.S_VOL);
  const nU = rows(L.T_UNDERLIER);
  const nE = rows(L.T_EXPIRY);
  const nP = rows(L.T_PERP);
  const changedCol = col(L.T_EXPIRY, L.E_CHANGED);
  const underCol = col(L.T_EXPIRY, L.E_UNDERLIER);
  const row = <usize>n << 3;
  for (let u = 0; u < nU; u++) {
    let fromPerp = false;
    for (let p = ckP; p < nP; p++) if (<i32>at(col(L.T_PERP, L.P_UNDERLIER), p) == u) fromPerp = true;
    // The first of u's expiry rows to sum again: a changed book row, else a new row.
    let first = nE;
    for (let e = 0; e < nE && first == nE; e++) {
      if (<i32>at(underCol, e) == u && (e >= ckE || at(changedCol, e) != 0)) first = e;
    }
    if (!fromPerp && first == nE) continue;
    put(col(L.T_UNDERLIER, L.U_CHANGED), u, 1);
    const start = pnl + (<usize>(u * n) << 3);
    if (fromPerp) {
      put(col(L.T_UNDERLIER, L.U_PERP_ISO_MIN), u, Infinity);
      startWithPerp(u, 0, n, n, pnl, spotCol, weightCol);
      first = 0;
    } else if (first < ckE) {
      memory.copy(start, col(L.T_EK, L.EK_PRE) + (<usize>first * row), row);
    } else {
      memory.copy(start, col(L.T_PNL, L.PNL_BEFORE_COLL) + (<usize>(u * n) << 3), row);
    }
    for (let e = first; e < nE; e++) {
      if (<i32>at(underCol, e) != u) continue;
      if (e < ckE && at(changedCol, e) == 0) {
        addKeptTerms(e, n, pnl);
        continue;
      }
      put(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e, Infinity);
      addExpiry(e, 0, n, n, pnl, weightCol, codeCol, valuesOf(e), false);
    }
    addCollateral(u, 0, n, n, pnl, spotCol, weightCol);
  }
}

/**
 * Adds a book expiry the what-if did not change to its underlier's P&L, all n scenarios, from the
 * terms the book's pass kept (EK_X, EK_FX): the same additions in the same order as addExpiry.
 * Its futures' isolated minimum is the book's.
 */
function addKeptTerms(e: i32, n: i32, pnl: usize): void {
  const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
  const hasFut = at(col(L.T_EXPIRY, L.E_HAS_FUT), e) == 1;
  const xCol = col(L.T_EK, L.EK_X) + (<usize>(e * n) << 3);
  const fxCol = col(L.T_EK, L.EK_FX) + (<usize>(e * n) << 3);
  const sum = pnl + (<usize>(u * n) << 3);
  let k = 0;
  for (; k + 1 < n; k += 2) {
    const at2 = <usize>k << 3;
    let total = f64x2.add(v128.load(sum + at2), v128.load(xCol + at2));
    if (hasFut) total = f64x2.add(total, v128.load(fxCol + at2));
    v128.store(sum + at2, total);
  }
  for (; k < n; k++) {
    let total = at(sum, k) + at(xCol, k);
    if (hasFut) total += at(fxCol, k);
    put(sum, k, total);
  }
}

/**
 * Adds expiry `e`'s P&L (and its futures') to its underlier's scenarios [k0, k1), from the
 * expiry values `vCol`: static discount, the skew rule, futures; and the futures' isolated
 * minimum. With `keep` (the book's pass), first stores the underlier's running sum in EK_PRE and
 * the expiry's terms in EK_X and EK_FX, for what-ifs to restart from. Two scenarios per f64x2
 * step: each lane does exactly the scalar operations in the scalar order (IEEE lane ops are
 * exact), so the bits match the scalar tail and any shard boundary.
 */
function addExpiry(
  e: i32, k0: i32, k1: i32, n: i32, pnl: usize, weightCol: usize, codeCol: usize, vCol: usize, keep: bool,
): void {
  const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
  const discPos = at(col(L.T_EXPIRY, L.E_DISC_POS), e);
  const discNeg = at(col(L.T_EXPIRY, L.E_DISC_NEG), e);
  const v1 = at(col(L.T_EXPIRY, L.E_V1), e);
  const futQty = at(col(L.T_EXPIRY, L.E_FUT_QTY), e);
  const F1 = at(col(L.T_EXPIRY, L.E_F1), e);
  const hasFut = at(col(L.T_EXPIRY, L.E_HAS_FUT), e) == 1;
  const fCol = col(L.T_EK, L.EK_F);
  const preCol = col(L.T_EK, L.EK_PRE);
  const xCol = col(L.T_EK, L.EK_X);
  const fxCol = col(L.T_EK, L.EK_FX);
  let isoMin = at(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e);

  const dp = f64x2.splat(discPos);
  const dn = f64x2.splat(discNeg);
  const v1v = f64x2.splat(v1);
  const zero = f64x2.splat(0);
  const skew = f64x2.splat(<f64>L.VOL_SKEW_LINEAR);
  const fq = f64x2.splat(futQty);
  const F1v = f64x2.splat(F1);
  let isoV = f64x2.splat(isoMin);
  let k = k0;
  for (; k + 1 < k1; k += 2) {
    const ia = pnl + (<usize>(u * n + k) << 3);
    const wa = weightCol + (<usize>(u * n + k) << 3);
    const ca = codeCol + (<usize>(u * n + k) << 3);
    const ek = <usize>(e * n + k) << 3;
    const v = v128.load(vCol + ek);
    const d = v128.load(wa);
    const disc = v128.bitselect(dp, dn, f64x2.ge(v, zero));
    let x = f64x2.mul(f64x2.sub(f64x2.mul(v, disc), v1v), d);
    x = v128.bitselect(f64x2.neg(f64x2.abs(x)), x, f64x2.ge(v128.load(ca), skew));
    const before = v128.load(ia);
    if (keep) {
      v128.store(preCol + ek, before);
      v128.store(xCol + ek, x);
    }
    let total = f64x2.add(before, x);
    if (hasFut) {
      const f = f64x2.mul(f64x2.mul(fq, f64x2.sub(v128.load(fCol + ek), F1v)), d);
      if (keep) v128.store(fxCol + ek, f);
      total = f64x2.add(total, f);
      isoV = f64x2.min(isoV, f);
    }
    v128.store(ia, total);
  }
  isoMin = Math.min(f64x2.extract_lane(isoV, 0), f64x2.extract_lane(isoV, 1));
  for (; k < k1; k++) {
    const i = u * n + k;
    const ek = e * n + k;
    const d = at(weightCol, i);
    const v = at(vCol, ek);
    let x = ((v >= 0 ? v * discPos : v * discNeg) - v1) * d;
    if (<i32>at(codeCol, i) >= L.VOL_SKEW_LINEAR) x = -Math.abs(x);
    const before = at(pnl, i);
    if (keep) {
      put(preCol, ek, before);
      put(xCol, ek, x);
    }
    let total = before + x;
    if (hasFut) {
      const f = futQty * (at(fCol, ek) - F1) * d;
      if (keep) put(fxCol, ek, f);
      total += f;
      isoMin = Math.min(isoMin, f);
    }
    put(pnl, i, total);
  }
  put(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e, isoMin);
}
