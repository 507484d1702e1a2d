// Scenario P&L of each underlier (MODEL.md §5) from the expiry values of optionLoop: static
// discounts, skew rule, dated futures, the net perp and risk-cancelling collateral. Fixed order:
// perp, then each expiry (options, then futures), then collateral in input order.
import * as L from '../layout';
import { col, rows, at, put } from '../tables';

export function assemble(k0: i32, k1: i32, n: i32): void {
  const pnl = col(L.T_PNL, L.PNL_VALUE);
  const spotCol = col(L.T_SCEN, L.S_SPOT);
  const codeCol = col(L.T_SCEN, L.S_VOL);
  const weightCol = col(L.T_SCEN, L.S_WEIGHT);
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) {
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
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) addExpiry(e, k0, k1, n, pnl, weightCol, codeCol);
  const nC = rows(L.T_COLL);
  for (let c = 0; c < nC; c++) {
    const u = <i32>at(col(L.T_COLL, L.C_RC_UNDERLIER), c);
    if (u < 0) continue;
    const value = at(col(L.T_COLL, L.C_VALUE), c);
    for (let k = k0; k < k1; k++) {
      const i = u * n + k;
      put(pnl, i, at(pnl, i) + value * (at(spotCol, i) - 1) * at(weightCol, i));
    }
  }
}

/**
 * Adds expiry `e`'s P&L (and its futures') to its underlier's scenarios [k0, k1): static
 * discount, the skew rule, futures; and the futures' isolated minimum. Two scenarios per f64x2
 * step: each lane does exactly the scalar operations in the scalar order (IEEE lane ops are
 * exact), so the bits match the scalar tail and any shard boundary.
 */
function addExpiry(e: i32, k0: i32, k1: i32, n: i32, pnl: usize, weightCol: usize, codeCol: usize): void {
  const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
  const discPos = at(col(L.T_EXPIRY, L.E_DISC_POS), e);
  const discNeg = at(col(L.T_EXPIRY, L.E_DISC_NEG), e);
  const v1 = at(col(L.T_EXPIRY, L.E_V1), e);
  const futQty = at(col(L.T_EXPIRY, L.E_FUT_QTY), e);
  const F1 = at(col(L.T_EXPIRY, L.E_F1), e);
  const hasFut = at(col(L.T_EXPIRY, L.E_HAS_FUT), e) == 1;
  const vCol = col(L.T_EK, L.EK_V);
  const fCol = col(L.T_EK, L.EK_F);
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
    let total = f64x2.add(v128.load(ia), x);
    if (hasFut) {
      const f = f64x2.mul(f64x2.mul(fq, f64x2.sub(v128.load(fCol + ek), F1v)), d);
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
    let total = at(pnl, i) + x;
    if (hasFut) {
      const f = futQty * (at(fCol, ek) - F1) * d;
      total += f;
      isoMin = Math.min(isoMin, f);
    }
    put(pnl, i, total);
  }
  put(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e, isoMin);
}
