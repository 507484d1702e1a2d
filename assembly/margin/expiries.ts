// Per-expiry market state (MODEL.md §2, §5): T, discount, forward, static discounts, futures
// netting, and the per-scenario forward and vol-shock coefficients the hot loop reads.
import * as L from '../layout';
import { col, at, put, param } from '../tables';
import { volShockScale, volShockCoefficients, shockMul, shockAdd, shockFloor } from '../scenarios/volShock';
import { flagCell } from './finiteCheck';
import { YEAR_SEC } from '../units';

/** F(s) of expiry row `e`: the given forward itself when s = 1 (so "no move" is exactly 0). */
@inline
export function forwardAt(e: i32, s: f64): f64 {
  return s == 1 ? at(col(L.T_EXPIRY, L.E_F1), e) : at(col(L.T_EXPIRY, L.E_FVAR), e) * s + at(col(L.T_EXPIRY, L.E_FWD_FIXED), e);
}

@inline
function logOrMinusInf(x: f64): f64 {
  return x > 0 ? Math.log(x) : -Infinity;
}

/**
 * Derived columns of expiry rows [e0, e1), and the netting of future rows [f0, f1). Returns false
 * (the cell flagged) when a row's forwardFixed is outside [0, F(1)]: MODEL.md §8 bounds it by the
 * forward, which for a default forward `spot·exp(rate·T)` exists only here.
 */
export function prepareExpiries(e0: i32, e1: i32, f0: i32, f1: i32): bool {
  for (let e = e0; e < e1; e++) {
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const sec = at(col(L.T_EXPIRY, L.E_SEC), e);
    const rate = Math.max(0, at(col(L.T_EXPIRY, L.E_RATE), e));
    const T = sec / YEAR_SEC;
    const given = at(col(L.T_EXPIRY, L.E_FORWARD), e);
    const F1 = isNaN(given) ? at(col(L.T_UNDERLIER, L.U_SPOT), u) * Math.exp(rate * T) : given;
    put(col(L.T_EXPIRY, L.E_F1), e, F1);
    const fixed = at(col(L.T_EXPIRY, L.E_FWD_FIXED), e);
    if (!(fixed >= 0 && fixed <= F1)) {
      flagCell(L.T_EXPIRY, e, L.E_FWD_FIXED);
      return false;
    }
    put(col(L.T_EXPIRY, L.E_T), e, T);
    put(col(L.T_EXPIRY, L.E_SQRT_T), e, Math.sqrt(T));
    put(col(L.T_EXPIRY, L.E_D), e, Math.exp(-rate * T));
    put(col(L.T_EXPIRY, L.E_LNF1), e, logOrMinusInf(F1));
    put(col(L.T_EXPIRY, L.E_FVAR), e, F1 - fixed);
    put(col(L.T_EXPIRY, L.E_DISC_POS), e,
      param(L.G_LONG_BASE) * Math.exp(-T * (rate * param(L.G_LONG_RATE_MULT) + param(L.G_LONG_RATE_ADD))));
    put(col(L.T_EXPIRY, L.E_DISC_NEG), e, Math.min(
      1 / Math.exp(-rate * T),
      param(L.G_SHORT_BASE) / Math.exp(-T * (rate * param(L.G_SHORT_RATE_MULT) + param(L.G_SHORT_RATE_ADD)))));
    put(col(L.T_EXPIRY, L.E_VOL_M), e, volShockScale(sec));
    // Accumulators of this row start at zero (a what-if may reuse rows of an earlier one).
    put(col(L.T_EXPIRY, L.E_FUT_QTY), e, 0);
    put(col(L.T_EXPIRY, L.E_FUT_ENTRY), e, 0);
    put(col(L.T_EXPIRY, L.E_HAS_FUT), e, 0);
    put(col(L.T_EXPIRY, L.E_V1), e, 0);
    put(col(L.T_EXPIRY, L.E_VUP), e, 0);
    put(col(L.T_EXPIRY, L.E_VDOWN), e, 0);
    put(col(L.T_EXPIRY, L.E_FUT_ISO_MIN), e, Infinity);
  }
  for (let i = f0; i < f1; i++) {
    const e = <i32>at(col(L.T_FUTURE, L.F_EXPIRY), i);
    const q = at(col(L.T_FUTURE, L.F_QTY), i);
    put(col(L.T_EXPIRY, L.E_FUT_QTY), e, at(col(L.T_EXPIRY, L.E_FUT_QTY), e) + q);
    put(col(L.T_EXPIRY, L.E_FUT_ENTRY), e,
      at(col(L.T_EXPIRY, L.E_FUT_ENTRY), e) + q * at(col(L.T_FUTURE, L.F_ENTRY), i));
    put(col(L.T_EXPIRY, L.E_HAS_FUT), e, 1);
  }
  return true;
}

/** Fills T_EK (forward, its log, vol-shock coefficients; value 0) for expiry rows [e0, e1). */
export function prepareScenarioGrid(e0: i32, e1: i32, n: i32): void {
  const fCol = col(L.T_EK, L.EK_F);
  const lnCol = col(L.T_EK, L.EK_LNF);
  const mulCol = col(L.T_EK, L.EK_VMUL);
  const addCol = col(L.T_EK, L.EK_VADD);
  const floorCol = col(L.T_EK, L.EK_VFLOOR);
  const vCol = col(L.T_EK, L.EK_V);
  for (let e = e0; e < e1; e++) {
    const u = <i32>at(col(L.T_EXPIRY, L.E_UNDERLIER), e);
    const m = at(col(L.T_EXPIRY, L.E_VOL_M), e);
    for (let k = 0; k < n; k++) {
      const s = at(col(L.T_SCEN, L.S_SPOT), u * n + k);
      const code = <i32>at(col(L.T_SCEN, L.S_VOL), u * n + k);
      const F = forwardAt(e, s);
      const ek = e * n + k;
      put(fCol, ek, F);
      put(lnCol, ek, logOrMinusInf(F));
      volShockCoefficients(code, m);
      put(mulCol, ek, shockMul);
      put(addCol, ek, shockAdd);
      put(floorCol, ek, shockFloor);
      put(vCol, ek, 0);
    }
  }
}
