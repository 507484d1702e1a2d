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
  const vCol = col(L.T_EK, L.EK_V);
  const fCol = col(L.T_EK, L.EK_F);
  for (let e = 0; e < nE; e++) {
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const discPos = at(col(L.T_EXPIRY, L.E_DISC_POS), e);
    const discNeg = at(col(L.T_EXPIRY, L.E_DISC_NEG), e);
    const v1 = at(col(L.T_EXPIRY, L.E_V1), e);
    const futQty = at(col(L.T_EXPIRY, L.E_FUT_QTY), e);
    const F1 = at(col(L.T_EXPIRY, L.E_F1), e);
    const hasFut = at(col(L.T_EXPIRY, L.E_HAS_FUT), e) == 1;
    let isoMin = at(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e);
    for (let k = k0; k < k1; k++) {
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
