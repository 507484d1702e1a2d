// Account-level inputs that need no scenario: perp netting, collateral values, equity (§2, §7).
import * as L from '../layout';
import { col, rows, at, put, param, setScalar } from '../tables';

/** Nets perp rows [p0, p1) into their underliers. */
export function netPerps(p0: i32, p1: i32): void {
  for (let i = p0; i < p1; i++) {
    const u = <i32>at(col(L.T_PERP, L.P_UNDERLIER), i);
    put(col(L.T_UNDERLIER, L.U_PERP_QTY), u, at(col(L.T_UNDERLIER, L.U_PERP_QTY), u) + at(col(L.T_PERP, L.P_QTY), i));
    put(col(L.T_UNDERLIER, L.U_PERP_EQUITY), u,
      at(col(L.T_UNDERLIER, L.U_PERP_EQUITY), u) + (at(col(L.T_PERP, L.P_UPNL), i) + at(col(L.T_PERP, L.P_FUNDING), i)));
    put(col(L.T_UNDERLIER, L.U_HAS_PERP), u, 1);
  }
}

export function valueCollateral(): void {
  const nC = rows(L.T_COLL);
  const stable = param(L.G_STABLE_PRICE);
  for (let c = 0; c < nC; c++) {
    put(col(L.T_COLL, L.C_VALUE), c, (at(col(L.T_COLL, L.C_AMOUNT), c) * at(col(L.T_COLL, L.C_PRICE), c)) / stable);
  }
}

/** equity = cash + Σ collateral + Σ_e V_e(1) + Σ perp (uPnL + funding) + Σ futures qty·(F(1) − entry). */
export function computeEquity(): void {
  let equity = param(L.G_CASH);
  const nC = rows(L.T_COLL);
  for (let c = 0; c < nC; c++) equity += at(col(L.T_COLL, L.C_VALUE), c);
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) equity += at(col(L.T_EXPIRY, L.E_V1), e);
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) equity += at(col(L.T_UNDERLIER, L.U_PERP_EQUITY), u);
  for (let e = 0; e < nE; e++) {
    equity += at(col(L.T_EXPIRY, L.E_FUT_QTY), e) * at(col(L.T_EXPIRY, L.E_F1), e) - at(col(L.T_EXPIRY, L.E_FUT_ENTRY), e);
  }
  setScalar(L.T_RESULT, L.R_EQUITY, equity);
}

/** Starts the futures' and perps' isolated minima at +∞ (assemble's `min` then folds in). */
export function resetLinearIsolatedMinima(): void {
  const nE = rows(L.T_EXPIRY);
  for (let e = 0; e < nE; e++) put(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e, Infinity);
  const nU = rows(L.T_UNDERLIER);
  for (let u = 0; u < nU; u++) put(col(L.T_UNDERLIER, L.U_PERP_ISO_MIN), u, Infinity);
}
